package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/vanthu-vn/qd/internal/conformance"
	"github.com/vanthu-vn/qd/internal/ziptest"
)

const testStyles = `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`

// unzip returns the parts of a written document.
func unzip(t *testing.T, b []byte) map[string]string { return ziptest.Parts(t, b) }

func write(t *testing.T, d *Document) map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	conformance.Check(t, t.Name(), b.Bytes())
	return unzip(t, b.Bytes())
}

// wellFormed checks that every XML part parses.
func wellFormed(t *testing.T, parts map[string]string) {
	t.Helper()
	for name, data := range parts {
		dec := xml.NewDecoder(strings.NewReader(data))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed XML: %v\n%s", name, err, data)
			}
		}
	}
}

func TestPackageParts(t *testing.T) {
	d := &Document{Styles: []byte(testStyles), Title: "Quyết định", Lang: "vi-VN",
		Sections: []Section{{Page: A4(20, 20, 30, 15), Body: []Block{P("BodyText", "Điều 1.")}}}}
	parts := write(t, d)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
		"word/document.xml", "word/styles.xml", "word/settings.xml", "word/_rels/document.xml.rels"} {
		if _, ok := parts[name]; !ok {
			t.Errorf("missing part %s", name)
		}
	}
	wellFormed(t, parts)
	if parts["word/styles.xml"] != testStyles {
		t.Error("styles.xml is not the one given")
	}
	if !strings.Contains(parts["word/document.xml"], `<w:pStyle w:val="BodyText"/>`) {
		t.Error("paragraph style not named")
	}
	if !strings.Contains(parts["word/document.xml"], `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"`) {
		t.Errorf("A4 with margins 20/15/20/30 mm expected:\n%s", parts["word/document.xml"])
	}
}

// TestEscaping: text with XML specials, quotes and characters XML forbids still gives
// well-formed parts, and the specials come back as written.
func TestEscaping(t *testing.T) {
	nasty := `<Ban & "Chỉ" 'đạo'> ]]> ` + "\x01\x0b\ufffe" + ` \u202e`
	d := &Document{Styles: []byte(testStyles), Title: nasty,
		Sections: []Section{{Page: A4(20, 20, 30, 15), Header: []Paragraph{P("H", nasty)},
			Body: []Block{P(`St"yle<`, nasty), Table{Style: "T", Widths: []int{100}, Rows: [][]Cell{{{Paragraphs: []Paragraph{P("", nasty)}}}}}}}}}
	parts := write(t, d)
	wellFormed(t, parts)
	var doc struct {
		Texts []string `xml:"body>p>r>t"`
	}
	if err := xml.Unmarshal([]byte(parts["word/document.xml"]), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Texts) == 0 || !strings.HasPrefix(doc.Texts[0], `<Ban & "Chỉ" 'đạo'> ]]> `) {
		t.Errorf("text did not round-trip: %q", doc.Texts)
	}
}

func TestTabsBreaksAndFields(t *testing.T) {
	d := &Document{Styles: []byte(testStyles), Sections: []Section{{Page: A4(20, 20, 30, 15),
		Body: []Block{Paragraph{Runs: []Run{{Text: "a\tb\nc"}, {Field: "PAGE", Text: "1", Style: "PageNumber"}}}}}}}
	doc := write(t, d)["word/document.xml"]
	for _, want := range []string{`<w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t>`,
		`<w:fldChar w:fldCharType="begin"/>`, `<w:instrText xml:space="preserve"> PAGE </w:instrText>`, `<w:rStyle w:val="PageNumber"/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("missing %s in\n%s", want, doc)
		}
	}
}

// TestSections: each section ends with its own sectPr; headers are shared between sections
// that have the same one; titlePg gives page 1 an empty header; numbering restarts.
func TestSections(t *testing.T) {
	hdr := []Paragraph{{Style: "Header", Runs: []Run{{Field: "PAGE", Text: "1"}}}}
	d := &Document{Styles: []byte(testStyles), Sections: []Section{
		{Page: A4(20, 20, 30, 15), Header: hdr, TitlePage: true, RestartNumbering: true, Body: []Block{P("", "one")}},
		{Page: A4(25, 20, 35, 20), Header: hdr, TitlePage: true, RestartNumbering: true, Body: []Block{P("", "two")}},
	}}
	parts := write(t, d)
	wellFormed(t, parts)
	doc := parts["word/document.xml"]
	if n := strings.Count(doc, "<w:sectPr>"); n != 2 {
		t.Errorf("%d sectPr, want 2", n)
	}
	if n := strings.Count(doc, `<w:pgNumType w:start="1"/>`); n != 2 {
		t.Errorf("%d numbering restarts, want 2", n)
	}
	if n := strings.Count(doc, `<w:titlePg/>`); n != 2 {
		t.Errorf("%d titlePg, want 2", n)
	}
	// The first section's sectPr sits in the paragraph "one": a section break before "two".
	one := strings.Index(doc, ">one<")
	start, end := strings.LastIndex(doc[:one], "<w:p>"), one+strings.Index(doc[one:], "</w:p>")
	if brk := strings.Index(doc, "<w:sectPr>"); brk < start || brk > end {
		t.Errorf("the first section's sectPr is not in its last paragraph")
	}
	if _, ok := parts["word/header3.xml"]; ok {
		t.Error("identical headers were not shared")
	}
	if !strings.Contains(parts["word/header1.xml"], "PAGE") || strings.Contains(parts["word/header2.xml"], "PAGE") {
		t.Error("header1 should hold the page number and header2 (first page) nothing")
	}
	if !strings.Contains(parts["word/_rels/document.xml.rels"], `Target="header2.xml"`) ||
		!strings.Contains(parts["[Content_Types].xml"], `/word/header1.xml`) {
		t.Error("headers not related or typed")
	}
}

func TestDeterministic(t *testing.T) {
	d := &Document{Styles: []byte(testStyles), Sections: []Section{{Page: A4(20, 20, 30, 15),
		Header: []Paragraph{P("", "h")}, Body: []Block{P("", "x")}}}}
	var a, b bytes.Buffer
	if err := d.Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same document gave different bytes")
	}
}

func TestNoSection(t *testing.T) {
	if err := (&Document{}).Write(io.Discard); err == nil {
		t.Error("a document without sections should be refused")
	}
}

func TestTableGeometry(t *testing.T) {
	d := &Document{Styles: []byte(testStyles), Sections: []Section{{Page: A4(20, 20, 30, 15), Body: []Block{
		Table{Style: "LayoutTable", Widths: []int{3969, 5812}, Indent: -425, Rows: [][]Cell{{{}, {}}}}}}}}
	doc := write(t, d)["word/document.xml"]
	for _, want := range []string{`<w:tblStyle w:val="LayoutTable"/>`, `<w:tblW w:w="9781" w:type="dxa"/>`,
		`<w:tblInd w:w="-425" w:type="dxa"/>`, `<w:gridCol w:w="3969"/><w:gridCol w:w="5812"/>`, `<w:tc><w:tcPr><w:tcW w:w="3969" w:type="dxa"/></w:tcPr><w:p/></w:tc>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("missing %s", want)
		}
	}
}

// TestTableHeaderRows: the heading rows, and only they, repeat on every page the table runs
// onto.
func TestTableHeaderRows(t *testing.T) {
	cell := func(s string) Cell { return Cell{Paragraphs: []Paragraph{P("", s)}} }
	d := &Document{Styles: []byte(testStyles), Sections: []Section{{Page: A4(20, 20, 30, 15), Body: []Block{
		Table{Style: "T", Widths: []int{100}, HeaderRows: 1, Rows: [][]Cell{{cell("STT")}, {cell("1")}, {cell("2")}}}}}}}
	doc := write(t, d)["word/document.xml"]
	if n := strings.Count(doc, "<w:tblHeader/>"); n != 1 {
		t.Errorf("%d heading rows, want 1", n)
	}
	if !strings.Contains(doc, `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">STT`) {
		t.Errorf("the first row is not the heading row:\n%s", doc)
	}
}

// TestCoreProperties: title, creator and the decision's date are what Word shows in
// File > Info; without a date no date is written (never the clock).
func TestCoreProperties(t *testing.T) {
	d := &Document{Styles: []byte(testStyles), Title: "Quyết định về việc <kiện toàn>", Creator: "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
		Lang: "vi-VN", Created: time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC),
		Sections: []Section{{Page: A4(20, 20, 30, 15), Body: []Block{P("BodyText", "x")}}}}
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created struct {
			Type string `xml:"type,attr"`
			Val  string `xml:",chardata"`
		} `xml:"created"`
		Modified string `xml:"modified"`
	}
	if err := xml.Unmarshal([]byte(write(t, d)["docProps/core.xml"]), &core); err != nil {
		t.Fatal(err)
	}
	if core.Title != d.Title || core.Creator != d.Creator || core.Created.Val != "2021-10-13T00:00:00Z" || core.Modified != core.Created.Val || core.Created.Type != "dcterms:W3CDTF" {
		t.Errorf("core properties: %+v", core)
	}
	d.Created = time.Time{}
	if c := write(t, d)["docProps/core.xml"]; strings.Contains(c, "dcterms:created") || strings.Contains(c, "modified") {
		t.Errorf("no date given, but one written: %s", c)
	}
}

// TestStyleIDsAndParts: style IDs are written as mapped, and copied parts come with their
// content type, relationship and own relationships.
func TestStyleIDsAndParts(t *testing.T) {
	d := &Document{Styles: []byte(testStyles), StyleIDs: map[string]string{"BodyText": "BodyTextNidung", "T": "Bang"},
		Parts: []Part{{Name: "word/fontTable.xml", ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
			Data: []byte(`<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`), RelType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"},
			{Name: "word/ref/image1.png", ContentType: "image/png", Data: []byte("\x89PNG")}},
		Sections: []Section{{Page: A4(20, 20, 30, 15), RawHeader: []byte(`<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:hdr>`),
			RawHeaderRels: []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="ref/image1.png"/></Relationships>`),
			Body:          []Block{P("BodyText", "x"), Paragraph{Style: "Other", Runs: []Run{{Text: "y", Style: "BodyText"}}}, Table{Style: "T", Widths: []int{100}}}}}}
	parts := write(t, d)
	doc := parts["word/document.xml"]
	for _, want := range []string{`<w:pStyle w:val="BodyTextNidung"/>`, `<w:pStyle w:val="Other"/>`, `<w:rStyle w:val="BodyTextNidung"/>`, `<w:tblStyle w:val="Bang"/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if parts["word/_rels/header1.xml.rels"] != string(d.Sections[0].RawHeaderRels) || parts["word/ref/image1.png"] != "\x89PNG" {
		t.Error("header relationships or the image they name not copied")
	}
	if !strings.Contains(parts["word/_rels/document.xml.rels"], `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"`) {
		t.Error("no relationship to the font table")
	}
	ct := parts["[Content_Types].xml"]
	if !strings.Contains(ct, `PartName="/word/ref/image1.png" ContentType="image/png"`) || !strings.Contains(ct, `PartName="/word/fontTable.xml"`) {
		t.Errorf("content types: %s", ct)
	}
}
