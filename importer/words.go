package importer

import (
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/vanthu-vn/qd/decision"
	"golang.org/x/text/unicode/norm"
)

// clean puts a paragraph's text in NFC with ordinary spaces, single between words.
func clean(s string) string {
	s = norm.NFC.String(s)
	s = bookmarkRE.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a':
			return ' '
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			return -1
		}
		return r
	}, s)
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(strings.ReplaceAll(l, "\t", "\x00")), " "); l != "" {
			lines = append(lines, strings.ReplaceAll(strings.ReplaceAll(l, " \x00", "\t"), "\x00", "\t"))
		}
	}
	return strings.Join(lines, "\n")
}

// bookmarkRE is a bookmark that a conversion to text wrote out ("[bookmark: dieu_5]").
var bookmarkRE = lazyre.New(`\[bookmark: [^\]]*\]`)

// flat is a paragraph's text on one line: line breaks and tabs become spaces.
func flat(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// fold lowercases, puts in NFC and writes the older tone placement "uỷ" as "ủy", for
// comparing labels written any way.
func fold(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	return strings.NewReplacer("uỷ", "ủy", "oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa", "uý", "úy").Replace(strings.Join(strings.Fields(s), " "))
}

// isUpper reports whether s has letters and all of them are upper case.
func isUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

var (
	locatedRE   = lazyre.New(`đặt tại (.+?)(?:,| do |;|\.|$)`)
	leaderRE    = lazyre.New(`do (.+?) làm Tổ trưởng`)
	roleListSep = lazyre.New(`,\s*|\s+và\s+`)
	countRE     = lazyre.New(`\s*\((\d+) thành viên\)$`)
	cityRE      = lazyre.New(`THÀNH PHỐ (HÀ NỘI|HỒ CHÍ MINH|HẢI PHÒNG|ĐÀ NẴNG|CẦN THƠ|HUẾ)`)
	districtRE  = lazyre.New(`HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ`)
	spaceRunRE  = lazyre.New(` {4,}`)
	articleRE   = lazyre.New(`^Điều\s*(\d+)\s*[.:]?\s*(.*)$`)
	clauseRE    = lazyre.New(`^(\d+)(?:\s*-\s*(\d+))?\s*[.)]\s*(.*)$`)
	pointRE     = lazyre.New(`^([a-zđ]{1,2})\)\s*(.*)$`)
	dashRE      = lazyre.New(`^[-–+•*]\s+(.*)$`)
	chapterRE   = lazyre.New(`^Chương\s+([IVXLC]+|\d+)\b\.?\s*(.*)$`)
	basisRE     = lazyre.New(`^(Căn cứ|Thực hiện)\s+(.*)$`)
	proposalRE  = lazyre.New(`^(Theo đề nghị|Xét đề nghị)\s+(?:của\s+)?(.*)$`)
	placeDateRE = lazyre.New(`^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?\s*\.?$`)
)

// startsPart reports whether a line opens a part of a decision, so that it cannot be the
// wrapped end of the line before.
func startsPart(s string) bool {
	return articleRE.MatchString(s) || clauseRE.MatchString(s) || pointRE.MatchString(s) || dashRE.MatchString(s) ||
		chapterRE.MatchString(s) || basisRE.MatchString(s) || proposalRE.MatchString(s) ||
		strings.HasPrefix(s, "Nơi nhận") || strings.HasPrefix(s, "Số:") || strings.HasPrefix(s, "(Kèm theo") || strings.HasPrefix(s, "(Ban hành kèm theo") || placeDateRE.MatchString(s)
}

// dateRE finds a date written "19/6/2015", "19-6-2015", "03/ 5/2019" or "19 tháng 6 năm
// 2015"; in the written-out form a part may be left blank for the clerk ("tháng 12 năm
// 2018", "tháng năm").
var dateRE = lazyre.New(`(\d{1,2})\s*(?:/\s*|-|\.)\s*(\d{1,2})\s*(?:/\s*|-|\.)\s*(\d{4})|(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?`)

// parseDate reads the first date in s; a date with blanks is partial (year and month
// known) or a placeholder (nothing known), as the model writes them. A day the month does
// not have (31/2, 30/02/2021, 29/2 of a common year) is no date: it comes back as a
// placeholder with false, so that a caller keeping it writes [[...]] for the clerk to fill
// (Parse notes each such date where it stands).
func parseDate(s string) (decision.Date, bool) {
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return decision.Date{}, false
	}
	if m[3] == "" {
		m = []string{m[0], m[4], m[5], m[6]}
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	switch {
	case y == 0 && mo == 0 && d == 0:
		return decision.Date{Day: decision.PlaceholderDay}, true
	case y == 0 || mo == 0 && d > 0:
		return decision.Date{}, false
	case y < 1945 || mo > 12 || d > 31:
		return decision.Date{}, false
	case d == 0:
		return decision.Date{Year: y, Month: mo}, true
	case d > daysIn(y, mo):
		return decision.Date{Day: decision.PlaceholderDay}, false
	}
	return decision.Date{Year: y, Month: mo, Day: d}, true
}

// daysIn is the number of days of month mo (1-12) of year y.
func daysIn(y, mo int) int {
	return time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// impossibleDates returns the dates written in s whose day the month does not have.
func impossibleDates(s string) []string {
	var out []string
	for _, m := range dateRE.FindAllString(s, -1) {
		if d, ok := parseDate(m); !ok && d.IsPlaceholder() {
			out = append(out, strings.TrimSpace(m))
		}
	}
	return out
}

// trimEnd drops a paragraph's closing punctuation and the end mark "./." in its variants.
func trimEnd(s string) string {
	s = strings.TrimSpace(s)
	s = endMarkRE.ReplaceAllString(s, "")
	return strings.TrimRight(s, " ;,.")
}

var endMarkRE = lazyre.New(`\s*\.?/[./V]*\s*$`)

// sameWords compares two texts word for word, ignoring case, spacing and the punctuation
// that closes a sentence or a list item.
func sameWords(a, b string) bool {
	norm := func(s string) string {
		return strings.Trim(fold(strings.NewReplacer("./.", "", ";", "", ",", " , ", ".", "", ":", "").Replace(s)), " ")
	}
	return strings.Join(strings.Fields(norm(a)), " ") == strings.Join(strings.Fields(norm(b)), " ")
}

// stripEmphasis drops Markdown emphasis (**bold**, *italic*) that text copied from a web
// page carries.
func stripEmphasis(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	s = strings.ReplaceAll(s, "**", "")
	if len(s) > 1 && s[0] == '*' && s[1] != ' ' {
		s = s[1:]
	}
	if n := len(s); n > 1 && s[n-1] == '*' && s[n-2] != ' ' {
		s = s[:n-1]
	}
	return strings.TrimSpace(s)
}
