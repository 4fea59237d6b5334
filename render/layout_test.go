package render

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/ziptest"
	"github.com/vanthu-vn/qd/render/textwidth"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func load(t testing.TB, name string) *decision.Decision {
	t.Helper()
	d, diags, err := decision.LoadFile(filepath.Join("..", "examples", name))
	if err != nil || d == nil {
		t.Fatalf("%s: %v %v", name, err, diags)
	}
	if ds := decision.Validate(d); decision.HasErrors(ds) {
		t.Fatalf("%s: %v", name, ds)
	}
	return d
}

func parts(t testing.TB, d *decision.Decision) map[string][]byte {
	t.Helper()
	var b bytes.Buffer
	if err := Document(d, Options{}).Write(&b); err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for name, data := range ziptest.Parts(t, b.Bytes()) {
		out[name] = []byte(data)
	}
	return out
}

// node is a generic XML element.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []node     `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n node) child(name string) *node {
	for i := range n.Nodes {
		if n.Nodes[i].XMLName.Local == name {
			return &n.Nodes[i]
		}
	}
	return nil
}

func (n node) all(name string, out *[]node) {
	for _, c := range n.Nodes {
		if c.XMLName.Local == name {
			*out = append(*out, c)
		}
		c.all(name, out)
	}
}

func parse(t testing.TB, data []byte) node {
	t.Helper()
	var n node
	if err := xml.Unmarshal(data, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// para is a paragraph as laid out: style, indentation, text, and the styles of its runs.
type para struct {
	style       string
	left, right int
	text        string
	runStyles   []string
	inTable     bool
}

func paragraphs(body node, inTable bool, out *[]para) {
	for _, c := range body.Nodes {
		switch c.XMLName.Local {
		case "p":
			p := para{inTable: inTable}
			if ppr := c.child("pPr"); ppr != nil {
				if s := ppr.child("pStyle"); s != nil {
					p.style = s.attr("val")
				}
				if ind := ppr.child("ind"); ind != nil {
					p.left, _ = strconv.Atoi(ind.attr("left"))
					p.right, _ = strconv.Atoi(ind.attr("right"))
				}
			}
			for _, r := range c.Nodes {
				if r.XMLName.Local != "r" {
					continue
				}
				if rpr := r.child("rPr"); rpr != nil && rpr.child("rStyle") != nil {
					p.runStyles = append(p.runStyles, rpr.child("rStyle").attr("val"))
				}
				for _, x := range r.Nodes {
					switch x.XMLName.Local {
					case "t":
						p.text += x.Text
					case "tab":
						p.text += "\t"
					case "br":
						p.text += "\n"
					case "noBreakHyphen": // the hyphen-minus, not a break (ECMA-376 Part 1, 17.3.3.18)
						p.text += "-"
					}
				}
			}
			*out = append(*out, p)
		case "tbl", "tr", "tc", "body":
			paragraphs(c, inTable || c.XMLName.Local == "tbl", out)
		}
	}
}

// style is what a paragraph style resolves to.
type style struct {
	bold, italic bool
	size         int // half-points
	jc           string
	firstLine    int
	before       int
}

func styles(t testing.TB, data []byte) map[string]style {
	root := parse(t, data)
	raw := map[string]node{}
	for _, s := range root.Nodes {
		if s.XMLName.Local == "style" {
			raw[s.attr("styleId")] = s
		}
	}
	out := map[string]style{}
	var resolve func(id string) style
	resolve = func(id string) style {
		s, ok := raw[id]
		if !ok {
			return style{size: 28}
		}
		st := style{size: 28}
		if b := s.child("basedOn"); b != nil {
			st = resolve(b.attr("val"))
		}
		if ppr := s.child("pPr"); ppr != nil {
			if jc := ppr.child("jc"); jc != nil {
				st.jc = jc.attr("val")
			}
			if ind := ppr.child("ind"); ind != nil && ind.attr("firstLine") != "" {
				st.firstLine, _ = strconv.Atoi(ind.attr("firstLine"))
			}
			if sp := ppr.child("spacing"); sp != nil {
				st.before, _ = strconv.Atoi(sp.attr("before"))
			}
		}
		if rpr := s.child("rPr"); rpr != nil {
			st.bold = rpr.child("b") != nil
			st.italic = rpr.child("i") != nil
			if sz := rpr.child("sz"); sz != nil {
				st.size, _ = strconv.Atoi(sz.attr("val"))
			}
		}
		return st
	}
	for id := range raw {
		out[id] = resolve(id)
	}
	return out
}

type laidOut struct {
	paras  []para
	styles map[string]style
	doc    node
	parts  map[string][]byte
}

func layout(t testing.TB, name string) laidOut {
	p := parts(t, load(t, name))
	doc := parse(t, p["word/document.xml"])
	var ps []para
	paragraphs(*doc.child("body"), false, &ps)
	return laidOut{ps, styles(t, p["word/styles.xml"]), doc, p}
}

func (l laidOut) find(t *testing.T, prefix string) para {
	t.Helper()
	for _, p := range l.paras {
		if strings.HasPrefix(p.text, prefix) {
			return p
		}
	}
	t.Fatalf("no paragraph starting %q", prefix)
	return para{}
}

const twipsPerMM = 1440 / 25.4

func TestPageSetup(t *testing.T) {
	for _, ex := range []string{"vinh-long.yaml", "kien-giang.yaml"} {
		l := layout(t, ex)
		var sects []node
		l.doc.all("sectPr", &sects)
		for _, s := range sects {
			sz, mar := s.child("pgSz"), s.child("pgMar")
			if sz.attr("w") != "11906" || sz.attr("h") != "16838" {
				t.Errorf("%s: page %sx%s, want A4 portrait", ex, sz.attr("w"), sz.attr("h"))
			}
			mm := func(a string) float64 { v, _ := strconv.Atoi(mar.attr(a)); return float64(v) / twipsPerMM }
			for _, m := range []struct {
				side   string
				lo, hi float64
			}{{"top", 20, 25}, {"bottom", 20, 25}, {"left", 30, 35}, {"right", 15, 20}} {
				if v := mm(m.side); v < m.lo-0.05 || v > m.hi+0.05 {
					t.Errorf("%s: %s margin %.1f mm outside %v-%v (Nghị định 30, Phụ lục I)", ex, m.side, v, m.lo, m.hi)
				}
			}
			if s.child("titlePg") == nil || s.child("pgNumType") == nil || s.child("pgNumType").attr("start") != "1" {
				t.Errorf("%s: each section hides its first page number and counts from 1", ex)
			}
			if s.child("footerReference") != nil {
				t.Errorf("%s: page numbers belong in the header, not a footer", ex)
			}
		}
		want := 1
		if ex == "kien-giang.yaml" {
			want = 2 // the Quy chế is a section of its own
		}
		if len(sects) != want {
			t.Errorf("%s: %d sections, want %d", ex, len(sects), want)
		}
		hdr := parse(t, l.parts["word/header1.xml"])
		var instr []node
		hdr.all("instrText", &instr)
		if len(instr) != 1 || strings.TrimSpace(instr[0].Text) != "PAGE" {
			t.Errorf("%s: header1 has no PAGE field", ex)
		}
		if st := l.styles["Header"]; st.jc != "center" || st.size < 26 || st.size > 28 {
			t.Errorf("%s: page number must be centred, 13-14 pt: %+v", ex, st)
		}
	}
}

// TestElementFormats checks size, weight and slant of each element against Nghị định 30,
// Phụ lục I, as summarised in ../shared/spec/nd30-layout.md §2.
func TestElementFormats(t *testing.T) {
	type want struct {
		prefix       string
		bold, italic bool
		minSz, maxSz int // half-points
		centred      bool
	}
	checks := []want{
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 24, 26, true},
		{"Độc lập - Tự do - Hạnh phúc", true, false, 26, 28, true},
		{"ỦY BAN NHÂN DÂN", true, false, 24, 26, true},
		{"Số:", false, false, 26, 26, true},
		{"Vĩnh Long, ngày", false, true, 26, 28, true},
		{"QUYẾT ĐỊNH", true, false, 26, 28, true},
		{"Về việc thành lập", true, false, 26, 28, true},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG", true, false, 26, 28, true},
		{"Căn cứ Luật", false, true, 26, 28, false},
		{"Xét đề nghị", false, true, 26, 28, false},
		{"QUYẾT ĐỊNH:", true, false, 26, 28, true},
		{"Điều 2. Chức năng", true, false, 26, 28, false},
		{"Nơi nhận:", true, true, 24, 24, false},
		{"- Như Điều 4;", false, false, 22, 22, false},
		{"CHỦ TỊCH", true, false, 26, 28, true},
	}
	l := layout(t, "vinh-long.yaml")
	for _, c := range checks {
		p := l.find(t, c.prefix)
		if c.prefix == "CHỦ TỊCH" { // the signer's title, not the authority line
			for _, q := range l.paras {
				if q.text == "CHỦ TỊCH" {
					p = q
				}
			}
		}
		st := l.styles[p.style]
		if st.bold != c.bold || st.italic != c.italic || st.size < c.minSz || st.size > c.maxSz || (st.jc == "center") != c.centred {
			t.Errorf("%q (style %s): bold %v italic %v size %d jc %q; want bold %v italic %v size %d-%d centred %v",
				c.prefix, p.style, st.bold, st.italic, st.size, st.jc, c.bold, c.italic, c.minSz, c.maxSz, c.centred)
		}
	}
	// Body text: justified, 13-14 pt, first-line indent 1 or 1.27 cm, at least 6 pt apart (§1).
	for _, id := range []string{"BodyText", "Basis"} {
		st := l.styles[id]
		if st.jc != "both" || st.size < 26 || st.size > 28 || (st.firstLine != 567 && st.firstLine != 720) || st.before < 120 {
			t.Errorf("%s: %+v", id, st)
		}
	}
	// "Điều N." is bold and the text after it is not (§2.7).
	p := l.find(t, "Điều 1.")
	if len(p.runStyles) != 1 || p.runStyles[0] != "ArticleNumber" || l.styles[p.style].bold {
		t.Errorf("Điều 1: run styles %v in paragraph style %s", p.runStyles, p.style)
	}
}

var (
	numberRE    = regexp.MustCompile(`^Số: *(\d{2,}[a-z]?)?/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9]*)+$`)
	placeDateRE = regexp.MustCompile(`^[^,]+, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$`)
)

// TestTextRules checks the text of the laid-out decision against spec §6 (V5, V7, V9, V13,
// V15, V16, V17, V19).
func TestTextRules(t *testing.T) {
	for _, ex := range []string{"vinh-long.yaml", "kien-giang.yaml", "lang-son.yaml", "binh-thuan.yaml", "thua-thien-hue.yaml"} {
		t.Run(ex, func(t *testing.T) {
			l := layout(t, ex)
			if p := l.find(t, "Số:"); !numberRE.MatchString(p.text) {
				t.Errorf("Số line %q does not match R1", p.text)
			}
			if d := load(t, ex); d.Date.Complete() {
				if p := l.find(t, d.Place+", ngày"); !placeDateRE.MatchString(p.text) {
					t.Errorf("place-date %q does not match R2", p.text)
				}
			}
			var bases []string
			articles, decisionArticles := 0, 0
			var last para
			inQuyChe := false
			for _, p := range l.paras {
				if p.style == "Basis" {
					bases = append(bases, p.text)
				}
				if p.text == "QUY CHẾ" {
					inQuyChe = true
				}
				if !inQuyChe && strings.HasPrefix(p.text, "Điều ") {
					decisionArticles++
				}
				if m := regexp.MustCompile(`^Điều (\d+)\.`).FindStringSubmatch(p.text); m != nil {
					n, _ := strconv.Atoi(m[1])
					if n == 1 {
						articles = 0
					}
					if n != articles+1 {
						t.Errorf("Điều %d follows Điều %d", n, articles)
					}
					articles = n
					if inQuyChe && !strings.Contains(p.text[len(m[0]):], " ") {
						t.Errorf("Quy chế article without a title: %q", p.text)
					}
				}
				if (p.style == "BodyText" || p.style == "ArticleTitle") && !p.inTable {
					last = p
				}
				if p.text == "QUYẾT ĐỊNH:" && len(bases) > 0 {
					for i, b := range bases {
						end := ";"
						if i == len(bases)-1 {
							end = "."
						}
						if !strings.HasSuffix(b, end) {
							t.Errorf("basis %d %q should end %q", i, b, end)
						}
					}
				}
			}
			if !strings.HasSuffix(last.text, "./.") {
				t.Errorf("content ends %q, want ./.", last.text)
			}
			var recips []para
			for _, p := range l.paras {
				if p.style == "Recipient" {
					recips = append(recips, p)
				}
			}
			if len(recips) > 0 && !strings.HasPrefix(recips[0].text, fmt.Sprintf("- Như Điều %d", decisionArticles)) {
				t.Errorf("first recipient %q, but the execution article is Điều %d", recips[0].text, decisionArticles)
			}
			if len(recips) < 2 || !strings.HasPrefix(recips[0].text, "- Như Điều ") || !strings.HasPrefix(recips[len(recips)-1].text, "- Lưu: VT") ||
				!strings.HasSuffix(recips[len(recips)-1].text, ".") {
				t.Errorf("Nơi nhận: %+v", recips)
			}
		})
	}
}

func ruleAfter(t *testing.T, l laidOut, prefix string) para {
	t.Helper()
	seen := false
	for _, p := range l.paras {
		if strings.HasPrefix(p.text, prefix) {
			seen = true
		}
		if seen && p.style == "Rule" {
			return p
		}
	}
	t.Fatalf("no rule after %q", prefix)
	return para{}
}

// TestRuleLengths: the rule under the Tiêu ngữ is as long as the Tiêu ngữ (spec §2.1:
// 60.5 mm at 14 pt); those under the issuer and the trích yếu are 1/3 to 1/2 of their text
// (§2.2, §2.5).
func TestRuleLengths(t *testing.T) {
	l := layout(t, "kien-giang.yaml")
	motto := ruleAfter(t, l, "Độc lập")
	length := float64(headerWidths[1]-cellPadding-motto.left-motto.right) / twipsPerMM
	if math.Abs(length-60.5)/60.5 > 0.10 {
		t.Errorf("Tiêu ngữ rule %.1f mm, want 60.5 mm ± 10%%", length)
	}
	issuer := ruleAfter(t, l, "ĐIỆN TỬ TỈNH KIÊN GIANG")
	text := float64(textwidth.Twips("BAN CHỈ ĐẠO CHÍNH QUYỀN", true, 13))
	if r := float64(headerWidths[0]-cellPadding-issuer.left-issuer.right) / text; r < 1.0/3 || r > 0.5 {
		t.Errorf("issuer rule is %.2f of the issuer line, want 1/3 to 1/2", r)
	}
	title := l.find(t, "Ban hành Quy chế")
	rule := ruleAfter(t, l, "Ban hành Quy chế")
	width := DefaultPage.TextWidth()
	var longest float64
	for _, line := range strings.Split(title.text, "\n") {
		longest = math.Max(longest, float64(textwidth.Twips(line, true, 14)))
	}
	if r := float64(width-rule.left-rule.right) / longest; r < 1.0/3 || r > 0.5 {
		t.Errorf("trích yếu rule is %.2f of the title line, want 1/3 to 1/2", r)
	}
	if strings.Count(title.text, "\n") != 1 {
		t.Errorf("a two-line title is broken once: %q", title.text)
	}
}

// TestQuyCheSection: the Quy chế starts a new section with a header without Số and date,
// its title, the reference line and chapters in Roman numerals (spec §2.11).
func TestQuyCheSection(t *testing.T) {
	l := layout(t, "kien-giang.yaml")
	i := 0
	for i < len(l.paras) && l.paras[i].text != "QUY CHẾ" {
		i++
	}
	if i == len(l.paras) {
		t.Fatal("no QUY CHẾ")
	}
	for _, p := range l.paras[i-8 : i] {
		if strings.HasPrefix(p.text, "Số:") || strings.Contains(p.text, ", ngày") {
			t.Errorf("Quy chế header has %q", p.text)
		}
	}
	if p := l.paras[i-1]; p.style != "Rule" {
		t.Errorf("header table of the Quy chế should end with the Tiêu ngữ rule, got %+v", p)
	}
	ref := l.paras[i+2]
	if ref.text != "(Ban hành kèm theo Quyết định số 85/QĐ-BCĐ ngày 03 tháng 5 năm 2019 của Trưởng ban Ban Chỉ đạo Chính quyền điện tử tỉnh Kiên Giang)" ||
		!l.styles[ref.style].italic {
		t.Errorf("reference line %q (italic %v)", ref.text, l.styles[ref.style].italic)
	}
	var chapters []string
	for _, p := range l.paras[i:] {
		if p.style == "ChapterNumber" {
			chapters = append(chapters, p.text)
		}
	}
	if fmt.Sprint(chapters) != "[Chương I Chương II Chương III Chương IV]" {
		t.Errorf("chapters %v", chapters)
	}
	// The section break sits in the last paragraph before the Quy chế's header table.
	var sects []node
	l.doc.all("sectPr", &sects)
	if len(sects) != 2 {
		t.Fatalf("%d sections", len(sects))
	}
}

func TestPointLabelsAndRoman(t *testing.T) {
	var got []string
	for i := 0; i < 12; i++ {
		got = append(got, PointLabel(i))
	}
	if s := strings.Join(got, " "); s != "a) b) c) d) đ) e) g) h) i) k) l) m)" {
		t.Errorf("points: %s", s)
	}
	if Roman(4) != "IV" || Roman(9) != "IX" || Roman(14) != "XIV" {
		t.Error("roman numerals")
	}
}

// TestDeterministic: the same YAML gives the same bytes.
func TestDeterministic(t *testing.T) {
	for _, ex := range []string{"vinh-long.yaml", "kien-giang.yaml"} {
		var a, b bytes.Buffer
		if err := Document(load(t, ex), Options{}).Write(&a); err != nil {
			t.Fatal(err)
		}
		if err := Document(load(t, ex), Options{}).Write(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renderings differ", ex)
		}
	}
}

// readable puts one paragraph, table row and cell per line so golden files can be read and
// reviewed.
func readable(b []byte) []byte {
	s := string(b)
	for _, tag := range []string{"<w:p>", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:sectPr>", "<w:style ", "<w:docDefaults>"} {
		s = strings.ReplaceAll(s, tag, "\n"+tag)
	}
	return []byte(s + "\n")
}

// TestGolden compares document.xml of two examples and styles.xml with the files under
// testdata/golden; run `go test ./render -update` to rewrite them after a deliberate change,
// and read the diff.
func TestGolden(t *testing.T) {
	files := map[string][]byte{}
	for _, ex := range []string{"vinh-long", "kien-giang"} {
		p := parts(t, load(t, ex+".yaml"))
		files[ex+".document.xml"] = readable(p["word/document.xml"])
		files["styles.xml"] = readable(p["word/styles.xml"])
	}
	for name, got := range files {
		path := filepath.Join("testdata", "golden", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./render -update)", err)
		}
		if !bytes.Equal(got, want) {
			gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
			for i := 0; i < len(gl) && i < len(wl); i++ {
				if gl[i] != wl[i] {
					t.Errorf("%s differs at line %d:\n got: %.300s\nwant: %.300s", name, i+1, gl[i], wl[i])
					break
				}
			}
			if len(gl) != len(wl) {
				t.Errorf("%s: %d lines, golden has %d", name, len(gl), len(wl))
			}
		}
	}
}

// BenchmarkRenderLargest renders the Kiên Giang example (decision and 12-article Quy chế).
func BenchmarkRenderLargest(b *testing.B) {
	d := load(b, "kien-giang.yaml")
	b.ReportAllocs()
	var size int
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := Document(d, Options{}).Write(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(size), "bytes/doc")
}

// BenchmarkLayoutLargest lays out the Kiên Giang example without writing it.
func BenchmarkLayoutLargest(b *testing.B) {
	d := load(b, "kien-giang.yaml")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Document(d, Options{})
	}
}

// BenchmarkWriteLargest writes the laid-out Kiên Giang example as a .docx.
func BenchmarkWriteLargest(b *testing.B) {
	doc := Document(load(b, "kien-giang.yaml"), Options{})
	b.ReportAllocs()
	var buf bytes.Buffer
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if err := doc.Write(&buf); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPropertyDate: the documented rule for the created/modified date of the properties.
func TestPropertyDate(t *testing.T) {
	for _, c := range []struct {
		d    decision.Date
		want string
	}{
		{decision.Date{Year: 2021, Month: 10, Day: 13}, "2021-10-13"},
		{decision.Date{Year: 2018, Month: 12}, "2018-12-01"},
		{decision.Date{Year: 2021}, "2021-01-01"},
		{decision.Date{Year: 2018, Month: 12, Day: decision.PlaceholderDay}, "2018-12-01"},
		{decision.Date{Day: decision.PlaceholderDay}, "0001-01-01"},
		{decision.Date{}, "0001-01-01"},
	} {
		if got := PropertyDate(c.d).Format("2006-01-02"); got != c.want {
			t.Errorf("PropertyDate(%v) = %s, want %s", c.d, got, c.want)
		}
	}
	doc := Document(load(t, "lang-son.yaml"), Options{})
	if doc.Creator != "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" || doc.Created.Format("2006-01-02") != "2021-10-13" {
		t.Errorf("creator %q, created %v", doc.Creator, doc.Created)
	}
}
