package decision

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The regular expressions the rules used before shapes.go, the reference each plain
// function is held to.
var (
	docNumberREF   = regexp.MustCompile(`^\d+[a-z]?(/\d{4})?/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9.]*)+$`)
	lawNumberREF   = regexp.MustCompile(`^\d+[a-z]?/\d{4}/(QH|UBTVQH)\d{1,2}$`)
	partyNumberREF = regexp.MustCompile(`^\d+[a-z]?-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*$`)
	yearREF        = regexp.MustCompile(`^\d+[a-z]?/\d{4}/`)
	ownNumberREF   = regexp.MustCompile(`^(0[1-9]|[1-9]\d+)[a-z]?$`)
	ownSymbolREF   = regexp.MustCompile(`^[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9]*)+$`)
	partySymREF    = regexp.MustCompile(`^[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ0-9]*$`)
	nhuDieuREF     = regexp.MustCompile(`(?i)^như[\s\p{Z}]*điều[\s\p{Z}]*(\d+)`)
	articleREF     = regexp.MustCompile(`Điều \d+\.[^\s./]`)
	numericDateREF = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{4}\b`)
	defersREF      = regexp.MustCompile(`(ban hành|xây dựng|dự thảo|soạn thảo)( và ban hành)? quy chế|quy chế[^.;]* do [^.;]*ban hành`)
)

// shapeDiff returns how the plain functions of shapes.go differ from their expressions on s,
// "" when they agree.
func shapeDiff(s string) string {
	var out []string
	same := func(name string, got, want bool) {
		if got != want {
			out = append(out, name)
		}
	}
	same("isDocNumber", isDocNumber(s), docNumberREF.MatchString(s))
	same("isLawNumber", isLawNumber(s), lawNumberREF.MatchString(s))
	same("isPartyNumber", isPartyNumber(s), partyNumberREF.MatchString(s))
	same("yearPrefix", yearPrefix(s) > 0, yearREF.MatchString(s))
	if n := yearPrefix(s); n > 0 && s[:n] != yearREF.FindString(s) {
		out = append(out, "yearPrefix length")
	}
	same("isOwnNumber", isOwnNumber(s), ownNumberREF.MatchString(s))
	same("isOwnSymbol", isOwnSymbol(s), ownSymbolREF.MatchString(s))
	same("isPartySymbol", isPartySymbol(s), partySymREF.MatchString(s))
	m, num, ok := nhuDieu(s)
	if want := nhuDieuREF.FindStringSubmatch(s); ok != (want != nil) || ok && (m != want[0] || num != want[1]) {
		out = append(out, "nhuDieu")
	}
	if articleNoSpace(s) != articleREF.FindString(s) {
		out = append(out, "articleNoSpace")
	}
	if numericDate(s) != numericDateREF.FindString(s) {
		out = append(out, "numericDate")
	}
	l := strings.ToLower(s)
	same("defersRegulation", defersRegulation(l), defersREF.MatchString(l))
	return strings.Join(out, ", ")
}

// shapeTexts returns every string of the examples and test data, each line of them and each
// run of up to four of their words.
func shapeTexts(t *testing.T) []string {
	files, _ := filepath.Glob("../examples/*.yaml")
	more, _ := filepath.Glob("../testdata/*/*.yaml")
	seen := map[string]bool{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.ScalarNode {
			seen[n.Value] = true
			for _, line := range strings.Split(n.Value, "\n") {
				seen[line] = true
				ws := strings.Fields(line)
				for i := range ws {
					for j := i + 1; j <= len(ws) && j <= i+4; j++ {
						seen[strings.Join(ws[i:j], " ")] = true
					}
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var n yaml.Node
		if yaml.Unmarshal(data, &n) == nil {
			walk(&n)
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	return out
}

// shapePieces are what generated strings are made of: the digits, letters, separators and
// words the expressions read, spaces of every kind, case variants the (?i) folding knows
// (the Kelvin sign folds with k, not with h), full-width digits and bytes that are not UTF-8.
var shapePieces = []string{
	"0", "1", "2", "9", "07", "10", "2025", "20255", "123", "a", "b", "z", "A", "Q", "Z", "Đ", "đ",
	"QĐ", "UBND", "QH", "UBTVQH", "15", "TU", "NQ", "TW", "VPTW", "HD", "-", "/", ".", ";", ",", "_",
	" ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2002", "\u2028", "\u2029", "\u3000", "\u200b",
	"Như", "như", "NHƯ", "như", "Nhu", "Điều", "điều", "ĐIỀU", "Điêu", "ĐiỀu", "Điều ", "\u212a", "K",
	"ban hành", "Ban hành", "xây dựng", "dự thảo", "soạn thảo", " và ban hành", "quy chế", "Quy chế",
	" do ", "do", "Trưởng ban", "ngày", "１２", "٣", "\xff", "\xe1\xbb", "ư", "Ư", "ề", "Ề", "x",
}

// TestShapesAsRegexps: every plain function of shapes.go answers as the expression it
// replaced, on every string of the examples and test data (their lines and runs of words),
// 200,000 strings made of the pieces the expressions read and 100,000 near misses.
func TestShapesAsRegexps(t *testing.T) {
	texts := shapeTexts(t)
	if len(texts) < 5000 {
		t.Fatalf("only %d texts", len(texts))
	}
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for j := rng.Intn(8); j >= 0; j-- {
			b.WriteString(shapePieces[rng.Intn(len(shapePieces))])
		}
		texts = append(texts, b.String())
	}
	// Near misses: strings of the shapes the functions accept, cut, doubled or changed at
	// one or two places.
	good := []string{"12/2025/QĐ-UBND", "5a/2024/NĐ-CP", "130/QĐ-TTg", "64/2025/QH15", "19/2025/UBTVQH15",
		"57-NQ/TW", "1407-QĐ/TU", "QĐ/TU", "HD/VPTW2", "QĐ-UBND", "QĐ-BCĐ-VP1", "07", "10a", "2025",
		"Như Điều 4", "NHƯ  ĐIỀU 12:", "Như điều3", "Điều 1.Thành lập", "tại Điều 12.a", "ngày 01/02/2025.",
		"(5/6/2024)", "Quy chế do Trưởng ban ban hành", "xây dựng và ban hành Quy chế", "soạn thảo quy chế"}
	mutate := func(s string) string {
		p := shapePieces[rng.Intn(len(shapePieces))]
		i := rng.Intn(len(s) + 1)
		j := i + rng.Intn(3)
		if j > len(s) {
			j = len(s)
		}
		switch rng.Intn(4) {
		case 0:
			return s[:i] + p + s[i:]
		case 1:
			return s[:i] + s[j:]
		case 2:
			return s[:i] + p + s[j:]
		}
		return s + s[i:]
	}
	for i := 0; i < 100000; i++ {
		s := good[rng.Intn(len(good))]
		for k := rng.Intn(3); k > 0; k-- {
			s = mutate(s)
		}
		texts = append(texts, s)
	}
	hits := map[string]int{}
	for _, s := range texts {
		if d := shapeDiff(s); d != "" {
			t.Errorf("%q: %s differ from the expression", s, d)
		}
		if isDocNumber(s) {
			hits["doc"]++
		}
		if isLawNumber(s) {
			hits["law"]++
		}
		if isPartyNumber(s) {
			hits["party"]++
		}
		if isOwnNumber(s) {
			hits["own"]++
		}
		if isOwnSymbol(s) {
			hits["symbol"]++
		}
		if isPartySymbol(s) {
			hits["partysym"]++
		}
		if _, _, ok := nhuDieu(s); ok {
			hits["nhu"]++
		}
		if articleNoSpace(s) != "" {
			hits["article"]++
		}
		if numericDate(s) != "" {
			hits["date"]++
		}
		if defersRegulation(strings.ToLower(s)) {
			hits["defers"]++
		}
	}
	// Each function must have said yes often enough for the comparison to mean something.
	for _, k := range []string{"doc", "law", "party", "own", "symbol", "partysym", "nhu", "article", "date", "defers"} {
		if hits[k] < 1000 {
			t.Errorf("%s matched only %d texts", k, hits[k])
		}
	}
}

// FuzzShapesAsRegexps holds the functions of shapes.go to their expressions on any string.
func FuzzShapesAsRegexps(f *testing.F) {
	for _, s := range []string{"12/2025/QĐ-UBND", "64/2025/QH15", "57-NQ/TW", "QĐ/TU", "QĐ-UBND", "07a",
		"Như Điều 4", "NHƯ\u00a0ĐIỀU 3;", "Điều 1.Thành lập", "ngày 01/02/2025.", "Quy chế do Trưởng ban ban hành"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := shapeDiff(s); d != "" {
			t.Errorf("%q: %s differ from the expression", s, d)
		}
	})
}

// TestShowableRanges: no rune showable lets through is one checkUnshowableChars reports.
func TestShowableRanges(t *testing.T) {
	n := 0
	for c := rune(0); c <= 0x1FFFF; c++ {
		if !showable(c) {
			continue
		}
		n++
		if what, bad := unshowable(c); bad {
			t.Errorf("showable(%U), but it is unshowable: %s", c, what.VI)
		}
	}
	if n != 0x250+0x100 {
		t.Errorf("showable lets %d runes through, want %d", n, 0x250+0x100)
	}
}
