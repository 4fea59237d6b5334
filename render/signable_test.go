package render

import (
	"archive/zip"
	"bytes"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/tooltest"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/render/textwidth"
)

// The tests of this file hold the faults a reviewer found in signed-looking drafts (issue #11),
// each at the level of the text a reader sees: the paragraphs of the .docx, in order.

// docText returns the text of every paragraph of the rendered .docx, tables included, in order.
func docText(t *testing.T, d *decision.Decision) []string {
	t.Helper()
	p := parts(t, d)
	doc := parse(t, p["word/document.xml"])
	var ps []para
	paragraphs(*doc.child("body"), false, &ps)
	var out []string
	for _, p := range ps {
		out = append(out, p.text)
	}
	return out
}

func joined(t *testing.T, d *decision.Decision) string {
	return strings.Join(docText(t, d), "\n")
}

// index returns the index of the first paragraph starting with prefix, or -1.
func index(ps []string, prefix string) int {
	for i, p := range ps {
		if strings.HasPrefix(p, prefix) {
			return i
		}
	}
	return -1
}

// TestWorkingGroupNotDoubled: "giúp việc" is said once, whatever the group is called, in the
// decision and in the standard Quy chế (issue #11, item 1).
func TestWorkingGroupNotDoubled(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"", "Thành lập Tổ giúp việc Ban Chỉ đạo đặt tại Sở Khoa học và Công nghệ, do Giám đốc Sở Khoa học và Công nghệ làm Tổ trưởng"},
		{"Tổ giúp việc", "Thành lập Tổ giúp việc Ban Chỉ đạo đặt tại"},
		{"Tổ Giúp việc liên ngành", "Thành lập Tổ Giúp việc liên ngành Ban Chỉ đạo đặt tại"},
		{"Tổ công tác", "Thành lập Tổ công tác giúp việc Ban Chỉ đạo đặt tại"},
	} {
		d := load(t, "lang-son.yaml")
		d.Organization.WorkingGroup = &decision.WorkingGroup{Name: tc.name, LocatedAt: "Sở Khoa học và Công nghệ", Leader: "Giám đốc Sở Khoa học và Công nghệ"}
		d.Organization.Order = append(d.Organization.Order, "working_group")
		d.Regulation = &decision.Regulation{Standard: true}
		text := joined(t, d)
		if !strings.Contains(text, tc.want) {
			t.Errorf("%q: no %q in\n%s", tc.name, tc.want, text)
		}
		if strings.Contains(strings.ToLower(text), "giúp việc giúp việc") {
			t.Errorf("%q: doubled \"giúp việc\"", tc.name)
		}
	}
}

// TestInvitedMember: an invited member is invited in a sentence, keeping the title's capital
// (issue #11, item 2).
func TestInvitedMember(t *testing.T) {
	d := load(t, "lang-son.yaml")
	d.Members[20].Invited = true // Giám đốc Bưu điện tỉnh Lạng Sơn
	named := d.Members[2]
	named.Invited, named.Honorific, named.Name = true, "Ông", "Nguyễn Văn A"
	d.Members[2] = named
	text := joined(t, d)
	for _, want := range []string{"21. Mời Giám đốc Bưu điện tỉnh Lạng Sơn tham gia làm thành viên.",
		"3. Phó Trưởng ban: Mời ông Nguyễn Văn A, Giám đốc Sở Thông tin và Truyền thông, tham gia làm thành viên."} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "Mời giám đốc") {
		t.Error("the title lost its capital")
	}
	// The annex table and the exported list word it the same way.
	if got := MemberRows(d)[20].Position; !strings.HasPrefix(got, "Mời Giám đốc") {
		t.Errorf("annex row 21: %q, want the title's capital kept (Mời Giám đốc ...)", got)
	}
}

// TestOtherPostAboveName: the signer's other post stands below the signature space, directly
// above the name (spec §2.8, position 7b; seed 004; issue #11, item 3).
func TestOtherPostAboveName(t *testing.T) {
	l := layout(t, "kien-giang.yaml")
	var styles, texts []string
	for _, p := range l.paras {
		styles, texts = append(styles, p.style), append(texts, p.text)
	}
	name := index(texts, "Phạm Vũ Hồng")
	if name < 3 || texts[name-1] != "CHỦ TỊCH UBND TỈNH" || styles[name-2] != sSignatureSpace || texts[name-3] != "TRƯỞNG BAN" {
		t.Errorf("closing block reads %q", texts[max(0, name-3):name+1])
	}
}

// TestLoneEntryNotNumbered: an article, duty list or item list with one entry is not numbered
// (Lạng Sơn, Điều 3; issue #11, item 8).
func TestLoneEntryNotNumbered(t *testing.T) {
	ps := docText(t, load(t, "lang-son.yaml"))
	i := index(ps, "Điều 3.")
	if i < 0 || !strings.HasPrefix(ps[i+1], "Các thành viên Ban Chỉ đạo làm việc theo Quy chế") {
		t.Errorf("Điều 3 reads %q", ps[i:i+2])
	}
	d := load(t, "lang-son.yaml")
	d.Duties = d.Duties[:1]
	d.Function = ""
	d.Articles = []decision.Article{{Title: "Chế độ báo cáo", Clauses: []decision.Clause{{Text: "Định kỳ hằng quý báo cáo:", Points: []string{"Chủ tịch UBND tỉnh."}}}}}
	ps = docText(t, d)
	for _, p := range []string{"Điều 2. Nhiệm vụ của Ban Chỉ đạo", "Điều 4. Chế độ báo cáo"} {
		i := index(ps, p)
		if i < 0 {
			t.Fatalf("no %q", p)
		}
		for _, next := range ps[i+1 : i+3] {
			if next != "" && (next[0] >= '0' && next[0] <= '9' || strings.HasPrefix(next, "a)")) {
				t.Errorf("%s: lone entry numbered: %q", p, next)
			}
		}
	}
}

// TestStandardRegulationFollowsDecision: the standard Quy chế speaks only of what the decision
// set up, with the decision's role titles (issue #11, item 10).
func TestStandardRegulationFollowsDecision(t *testing.T) {
	// Lạng Sơn: no working group, no Thư ký, no standing agency; a Phó Trưởng ban thường trực.
	d := load(t, "lang-son.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	text := joined(t, d)
	for _, no := range []string{"Tổ giúp việc", "Tổ trưởng", "Thư ký", "là cơ quan thường trực", "Ủy viên thường trực"} {
		if strings.Contains(text, no) {
			t.Errorf("Lạng Sơn's Quy chế speaks of %q, which the decision did not set up", no)
		}
	}
	if !strings.Contains(text, ". Phó Trưởng ban thường trực và các Phó Trưởng ban\n") || !strings.Contains(text, "Phó Trưởng ban thường trực thay mặt Trưởng ban") {
		t.Error("Lạng Sơn's Quy chế does not name the Phó Trưởng ban thường trực as the decision does")
	}
	// Bình Thuận: a Thư ký.
	d = load(t, "binh-thuan.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	text = joined(t, d)
	if !strings.Contains(text, ". Thư ký\n") || !strings.Contains(text, "ghi biên bản các cuộc họp") {
		t.Error("Bình Thuận's Quy chế has no article on the Thư ký")
	}
	if !strings.Contains(text, "Sở Thông tin và Truyền thông là cơ quan thường trực") {
		t.Error("standing agency missing")
	}
	// Thừa Thiên Huế: a Tổ công tác with a Tổ trưởng.
	d = load(t, "thua-thien-hue.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	text = joined(t, d)
	for _, want := range []string{". Tổ công tác\n", "các thành viên Ban Chỉ đạo và Tổ công tác giúp việc Ban Chỉ đạo.", "yêu cầu của Tổ trưởng"} {
		if !strings.Contains(text, want) {
			t.Errorf("Huế's Quy chế lacks %q", want)
		}
	}
}

// TestQuyCheIssuedByAnArticle: when the decision carries its Quy chế, an article issues it,
// before the execution article (issue #11, item 9).
func TestQuyCheIssuedByAnArticle(t *testing.T) {
	d := load(t, "lang-son.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	ps := docText(t, d)
	i := index(ps, "Điều 4. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn.")
	j := index(ps, "Điều 5. ")
	if i < 0 || j < i || !strings.Contains(ps[j], "chịu trách nhiệm thi hành Quyết định này") {
		t.Errorf("no article issues the Quy chế before the execution article:\n%s", strings.Join(ps, "\n"))
	}
	if index(ps, "(Kèm theo Quyết định số 2041/QĐ-UBND") < 0 {
		t.Error("no Quy chế attached")
	}
	// An article the clerk wrote that issues it is not doubled.
	d.Articles = []decision.Article{{Text: "Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo."}}
	if n := strings.Count(joined(t, d), "Ban hành kèm theo Quyết định này"); n != 1 {
		t.Errorf("%d articles issue the Quy chế", n)
	}
}

// TestMarkdownKeepsBlanks: the blanks a clerk fills in survive a Markdown renderer (pandoc, as
// Markdown and as GitHub-flavoured Markdown, to HTML and to plain text; issue #11, item 11).
func TestMarkdownKeepsBlanks(t *testing.T) {
	tooltest.Require(t, "pandoc")
	md := Text(Document(load(t, "vinh-long.yaml"), Options{}), true)
	const blank = `[\s\x{00a0}]{5,}`
	number := regexp.MustCompile(`Số:` + blank + `/QĐ-UBND`)
	date := regexp.MustCompile(`ngày` + blank + `tháng 12 năm 2018`)
	for _, args := range [][]string{{"-f", "markdown", "-t", "plain"}, {"-f", "markdown", "-t", "html"}, {"-f", "gfm", "-t", "html"}, {"-f", "commonmark", "-t", "plain"}} {
		cmd := exec.Command("pandoc", args...)
		cmd.Stdin = bytes.NewReader(md)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pandoc %v: %v", args, err)
		}
		text := strings.ReplaceAll(string(out), "&nbsp;", "\u00a0")
		if !number.MatchString(text) || !date.MatchString(text) {
			t.Errorf("pandoc %v lost the blanks:\n%.400s", args, text)
		}
	}
}

// numberBrokenRE is a line of PDF text that ends inside a document number: "... số 908/QĐ-".
var numberBrokenRE = regexp.MustCompile(`(?m)(/[A-ZĐ][A-Za-zĐđ]*-|\d+[a-z]?-)$`)

// checkSignable reads, in a decision LibreOffice made into a PDF, what a reviewer sends back:
// a document number broken at its hyphen (issue #11, item 7) and a page holding the signature
// block without body text (item 4). The copied text of a number keeps its hyphen-minus.
func checkSignable(t *testing.T, pdf string) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	if m := numberBrokenRE.FindAllString(text, -1); m != nil {
		t.Errorf("document numbers broken at their hyphen: %q", m)
	}
	if strings.ContainsRune(text, '\u2011') {
		t.Error("the PDF's text has U+2011 where a reader copies a hyphen-minus")
	}
	for page := 1; ; page++ {
		out, err := exec.Command("pdftotext", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-raw", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			break // past the last page
		}
		p := string(out)
		i := strings.Index(p, "Nơi nhận:")
		if i < 0 {
			continue
		}
		// The body text above the closing block: more than the page number.
		if body := strings.TrimSpace(p[:i]); len([]rune(body)) < 20 {
			t.Errorf("page %d holds the signature block without body text:\n%s", page, p)
		}
		break
	}
}

// TestNumbersKeepTheirHyphen: the hyphens inside document numbers are Word's non-breaking
// hyphen in the .docx, which is the hyphen-minus to a reader (ECMA-376 Part 1, 17.3.3.18): the
// paragraph text says "908/QĐ-UBND"; the text and Markdown outputs keep "-" (issue #11, item 7).
func TestNumbersKeepTheirHyphen(t *testing.T) {
	d := load(t, "vinh-long.yaml")
	p := parts(t, d)
	if !bytes.Contains(p["word/document.xml"], []byte(`908/QĐ</w:t><w:noBreakHyphen/><w:t xml:space="preserve">UBND`)) {
		t.Error("908/QĐ-UBND may break at its hyphen")
	}
	if !strings.Contains(joined(t, d), "thay thế Quyết định số 908/QĐ-UBND ngày 03 tháng 5 năm 2017") {
		t.Error("the .docx text lost the number's hyphen")
	}
	if bytes.Contains(p["word/document.xml"], []byte("\u2011")) {
		t.Error("U+2011 written into the .docx text")
	}
	for _, md := range []bool{false, true} {
		if out := Text(Document(d, Options{}), md); !bytes.Contains(out, []byte("908/QĐ-UBND")) || bytes.Contains(out, []byte("\u2011")) {
			t.Errorf("text output (md %v) changed the number", md)
		}
	}
	// Hyphens that are not inside a number stay breakable.
	if strings.Contains(string(p["word/document.xml"]), "Lao động</w:t><w:noBreakHyphen/>") {
		t.Error("a spaced dash was made non-breaking")
	}
}

// provinces2025 are the 34 provincial units from 01/7/2025 (Nghị quyết 202/2025/QH15; list in
// ../shared/spec/law-2025-2026.md, "The map": 11 unchanged and 23 merged), as a place name is
// written in ô 4: a city named after a person in full ("Thành phố Hồ Chí Minh", Nghị định 30,
// Phụ lục I, ô 4; spec §2.4); the other centrally-run cities both with and without "Thành phố".
var provinces2025 = []string{
	"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
	"Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
	"Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Khánh Hòa", "Lâm Đồng", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ",
	"Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
}

// TestPlaceDateOneLine: every current provincial place name with the widest full date fits
// the header's right column on one line, measured in Times New Roman italic at the size the
// layout chose, 13 or 14 pt (issue #11, item 6).
func TestPlaceDateOneLine(t *testing.T) {
	if len(provinces2025) != 34 {
		t.Fatalf("%d provinces", len(provinces2025))
	}
	avail := headerWidths[1] - cellPadding
	names := append([]string(nil), provinces2025...)
	for _, c := range []string{"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ"} {
		names = append(names, "Thành phố "+c)
	}
	for _, name := range names {
		line := name + ", " + decision.Date{Year: 2026, Month: 12, Day: 28}.Long()
		p := placeDate(line, avail)
		size := 14.0
		if p.Runs[0].Size != 0 {
			size = float64(p.Runs[0].Size) / 2
		}
		if w := textwidth.TwipsItalic(line, size); w > avail || size < 13 {
			t.Errorf("%q: %d twips at %g pt, column %d", line, w, size, avail)
		}
	}
	// A draft leaves the day, month or year blank for the văn thư to fill in after signing:
	// the line with its blanks fits too, each blank still as wide as the two digits it
	// stands for (the tp-hcm-cds-2022 example wrapped "năm 2022" onto a second line).
	digits := textwidth.TwipsItalic(" 28 ", 13)
	for _, name := range names {
		for _, date := range []decision.Date{{Year: 2026}, {Year: 2026, Month: 12}, {}} {
			line := name + ", " + date.Long()
			p := placeDate(line, avail)
			size := 14.0
			if p.Runs[0].Size != 0 {
				size = float64(p.Runs[0].Size) / 2
			}
			got := p.Runs[0].Text
			if w := textwidth.TwipsItalic(got, size); w > avail-placeDateMargin || size < 13 {
				t.Errorf("%q: %d twips at %g pt, column %d", got, w, size, avail)
			}
			if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(line), " ") {
				t.Errorf("place-date words changed: %q from %q", got, line)
			}
			for _, gap := range blankRE.FindAllString(got, -1) {
				if w := textwidth.TwipsItalic(gap, size); w < digits*int(size)/13 {
					t.Errorf("%q: a blank of %d twips, narrower than two digits (%d)", got, w, digits)
				}
			}
		}
	}
	// And as laid out in a real header.
	d := load(t, "lang-son.yaml")
	d.Place = "Thành phố Hồ Chí Minh"
	d.Date = decision.Date{Year: 2026, Month: 12, Day: 28}
	if !bytes.Contains(parts(t, d)["word/document.xml"], []byte(`<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2026`)) {
		t.Error("the place-date line of Thành phố Hồ Chí Minh is not set at 13 pt")
	}
}

// blankRE finds the blank a draft leaves for a day, month or year: more than one space.
var blankRE = regexp.MustCompile(`  +`)

// TestTitleBreaksBetweenWords: the trích yếu as laid out in the .docx breaks its lines between
// words, at phrase boundaries where it can (issue #11, item 5).
func TestTitleBreaksBetweenWords(t *testing.T) {
	d := load(t, "lang-son.yaml")
	d.Committee.Name = "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"
	ps := docText(t, d)
	i := index(ps, "QUYẾT ĐỊNH")
	lines := strings.Split(ps[i+1], "\n")
	if len(lines) < 2 {
		t.Fatalf("title on one line: %q", lines)
	}
	words := strings.Fields(strings.Join(lines, " "))
	ok := textwidth.Breaks(words)
	n := 0
	for _, l := range lines[:len(lines)-1] {
		n += len(strings.Fields(l))
		if !ok[n] {
			t.Errorf("title broken inside a word: %q", lines)
		}
		if !textwidth.PhraseBoundary(words, n) {
			t.Errorf("title broken off a phrase boundary: %q", lines)
		}
	}
}

// TestDocumentTitleProperty: the title Word shows in File > Info and a PDF viewer in its title
// bar reads as a phrase: "Quyết định về việc thành lập ...", "Quy chế hoạt động của ...", not
// "Quyết định Về việc ..." (the trích yếu's capital belongs to its own line, Nghị định 30,
// Phụ lục I, ô 5a); an acronym that opens a written title keeps its capitals.
func TestDocumentTitleProperty(t *testing.T) {
	title := func(doc *docx.Document) string {
		var b bytes.Buffer
		if err := doc.Write(&b); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name == "docProps/core.xml" {
				rc, _ := f.Open()
				data, _ := io.ReadAll(rc)
				rc.Close()
				if m := regexp.MustCompile(`<dc:title>([^<]*)</dc:title>`).FindSubmatch(data); m != nil {
					return string(m[1])
				}
			}
		}
		t.Fatal("no dc:title")
		return ""
	}
	vl := load(t, "vinh-long.yaml")
	if got, want := title(Document(vl, Options{})), "Quyết định về việc thành lập Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Vĩnh Long"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	kg := load(t, "kien-giang.yaml")
	main, annex := Separate(kg, Options{})
	if got, want := title(main), "Quyết định ban hành Quy chế hoạt động của Ban Chỉ đạo Chính quyền điện tử tỉnh Kiên Giang"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got, want := title(annex), "Quy chế hoạt động của Ban Chỉ đạo Chính quyền điện tử tỉnh Kiên Giang"; got != want {
		t.Errorf("Quy chế title %q, want %q", got, want)
	}
	vl.Title = "UBND tỉnh giao nhiệm vụ cho Ban Chỉ đạo"
	if got, want := title(Document(vl, Options{})), "Quyết định UBND tỉnh giao nhiệm vụ cho Ban Chỉ đạo"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestHeaderLinesBreakBetweenPhrases: a thẩm quyền line or an issuer name given as one line
// too long for its column is set on balanced lines broken at a phrase boundary, as a clerk
// breaks "TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ / TỈNH KIÊN GIANG", not where the
// word processor runs out of room ("... ĐIỆN TỬ TỈNH / KIÊN GIANG", "ĐIỆN / TỬ").
func TestHeaderLinesBreakBetweenPhrases(t *testing.T) {
	d := load(t, "kien-giang.yaml")
	d.Issuer.Authority = decision.Lines{"TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ TỈNH KIÊN GIANG"}
	d.Issuer.Name = decision.Lines{"BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ TỈNH KIÊN GIANG"}
	doc := Document(d, Options{})
	width := doc.Sections[0].Page.TextWidth()
	var authority, issuer []string
	for _, b := range doc.Sections[0].Body {
		switch b := b.(type) {
		case docx.Paragraph:
			if b.Style == sAuthority {
				authority = strings.Split(b.Text(), "\n")
			}
		case docx.Table:
			if issuer == nil {
				for _, p := range b.Rows[0][0].Paragraphs {
					if p.Style == sIssuer {
						issuer = append(issuer, p.Text())
					}
				}
			}
		}
	}
	check := func(what string, lines []string, size float64, avail int) {
		if len(lines) < 2 {
			t.Errorf("%s on one line, wider than its column: %q", what, lines)
			return
		}
		// In capitals every word looks like a name: find the words in lower case.
		words := strings.Fields(strings.ToLower(strings.Join(lines, " ")))
		ok := textwidth.Breaks(words)
		n := 0
		for i, l := range lines {
			if w := textwidth.Twips(l, true, size); w > avail {
				t.Errorf("%s line %q: %d twips, column %d", what, l, w, avail)
			}
			n += len(strings.Fields(l))
			if i < len(lines)-1 && !ok[n] {
				t.Errorf("%s broken inside a word or a name: %q", what, lines)
			}
		}
	}
	check("thẩm quyền", authority, 14, width)
	check("issuer", issuer, 13, headerWidths[0]-cellPadding)
	if want := []string{"TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ", "TỈNH KIÊN GIANG"}; strings.Join(authority, "|") != strings.Join(want, "|") {
		t.Errorf("thẩm quyền %q, want %q", authority, want)
	}
	if want := []string{"BAN CHỈ ĐẠO XÂY DỰNG", "CHÍNH QUYỀN ĐIỆN TỬ", "TỈNH KIÊN GIANG"}; strings.Join(issuer, "|") != strings.Join(want, "|") {
		t.Errorf("issuer %q, want %q", issuer, want)
	}
	// Lines the clerk broken already, and lines that fit, are kept as written.
	kg := load(t, "kien-giang.yaml")
	if got := strings.Join(docText(t, kg), "\n"); !strings.Contains(got, "TRƯỞNG BAN CHỈ ĐẠO CHÍNH QUYỀN ĐIỆN TỬ\nTỈNH KIÊN GIANG") {
		t.Error("the written thẩm quyền lines changed")
	}
}
