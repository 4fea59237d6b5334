package refdoc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/conformance"
	"github.com/vanthu-vn/qd/internal/tooltest"
	"github.com/vanthu-vn/qd/internal/ziptest"
	"github.com/vanthu-vn/qd/render"
	"github.com/vanthu-vn/qd/templates"
)

func load(t *testing.T, name string) *decision.Decision {
	t.Helper()
	d, diags, err := decision.LoadFile(filepath.Join("..", "..", "examples", name))
	if err != nil || d == nil {
		t.Fatalf("%s: %v %v", name, err, diags)
	}
	return d
}

// draft renders an example with the options and returns the .docx.
func draft(t *testing.T, name string, o render.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := render.Document(load(t, name), o).Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func unzip(t *testing.T, data []byte) map[string]string { return ziptest.Parts(t, data) }

func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, _ := zw.Create(n)
		w.Write([]byte(parts[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// format is what a paragraph looks like, resolved through basedOn.
type format struct {
	Bold, Italic    bool
	Size, Jc, First string
}

type styleDef struct {
	ID      string `xml:"styleId,attr"`
	Type    string `xml:"type,attr"`
	Name    val    `xml:"name"`
	BasedOn *val   `xml:"basedOn"`
	PPr     struct {
		Jc  *val `xml:"jc"`
		Ind *struct {
			First *string `xml:"firstLine,attr"`
		} `xml:"ind"`
	} `xml:"pPr"`
	RPr struct {
		B  *val `xml:"b"`
		I  *val `xml:"i"`
		Sz *val `xml:"sz"`
	} `xml:"rPr"`
}

type val struct {
	Val *string `xml:"val,attr"`
}

func (v *val) on() bool {
	return v != nil && (v.Val == nil || *v.Val == "1" || *v.Val == "true" || *v.Val == "on")
}

// resolved returns the formatting of every style of a styles part, by ID.
func resolved(t *testing.T, stylesXML string) map[string]format {
	t.Helper()
	var s struct {
		Styles []styleDef `xml:"style"`
	}
	if err := xml.Unmarshal([]byte(stylesXML), &s); err != nil {
		t.Fatal(err)
	}
	byID := map[string]styleDef{}
	for _, st := range s.Styles {
		byID[st.ID] = st
	}
	var res func(id string, depth int) format
	res = func(id string, depth int) format {
		st, ok := byID[id]
		if !ok || depth > 20 {
			return format{}
		}
		f := format{}
		if st.BasedOn != nil && st.BasedOn.Val != nil {
			f = res(*st.BasedOn.Val, depth+1)
		}
		if st.RPr.B != nil {
			f.Bold = st.RPr.B.on()
		}
		if st.RPr.I != nil {
			f.Italic = st.RPr.I.on()
		}
		if st.RPr.Sz != nil && st.RPr.Sz.Val != nil {
			f.Size = *st.RPr.Sz.Val
		}
		if st.PPr.Jc != nil && st.PPr.Jc.Val != nil {
			// start and end are left and right in a left-to-right paragraph.
			f.Jc = strings.NewReplacer("start", "left", "end", "right").Replace(*st.PPr.Jc.Val)
		}
		if st.PPr.Ind != nil && st.PPr.Ind.First != nil {
			f.First = *st.PPr.Ind.First
		}
		return f
	}
	out := map[string]format{}
	for id := range byID {
		out[id] = res(id, 0)
	}
	return out
}

var styleRef = regexp.MustCompile(`<w:(pStyle|rStyle|tblStyle) w:val="([^"]*)"/>`)

// checkStyled checks that every style the document and its headers name exists in the
// output's styles part and looks as qd's style of the same name does.
func checkStyled(t *testing.T, out map[string]string) {
	t.Helper()
	want := resolved(t, string(templates.Styles))
	qdByName := map[string]string{}
	for _, s := range mustStyles(t, templates.Styles) {
		qdByName[s.key()] = s.id
	}
	got := resolved(t, out["word/styles.xml"])
	gotByID := map[string]style{}
	for _, s := range mustStyles(t, []byte(out["word/styles.xml"])) {
		gotByID[s.id] = s
	}
	n, seen := 0, map[string]bool{}
	for part, text := range out {
		if part != "word/document.xml" && !strings.HasPrefix(part, "word/header") {
			continue
		}
		for _, m := range styleRef.FindAllStringSubmatch(text, -1) {
			n++
			s, ok := gotByID[m[2]]
			if !ok {
				t.Errorf("%s names style %q, which the styles part does not have", part, m[2])
				continue
			}
			if qdID, ok := qdByName[s.key()]; ok && got[m[2]] != want[qdID] && !seen[m[2]] {
				seen[m[2]] = true
				t.Errorf("%s: style %q (%s) looks %+v, qd's %+v", part, m[2], s.name, got[m[2]], want[qdID])
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d style references checked", n)
	}
}

func mustStyles(t *testing.T, data []byte) []style {
	t.Helper()
	s, _, err := stylesOf(data, false)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestLibreOfficeResaved: a reference document re-saved by LibreOffice, which rewrites
// every style ID from the style's name ("Body Text (Nội dung)" → "BodyTextNidung") and
// has a "Header" style of its own, still styles every paragraph of a draft, each as qd's
// style of the same name looks.
func TestLibreOfficeResaved(t *testing.T) {
	tooltest.Require(t, "soffice")
	dir := t.TempDir()
	ref := filepath.Join(dir, "mẫu tham chiếu.docx")
	if err := os.WriteFile(ref, draft(t, "kien-giang.yaml", render.Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	tooltest.Soffice(t, outDir, "docx", ref)
	resaved := filepath.Join(outDir, "mẫu tham chiếu.docx")
	if s := unzip(t, mustRead(t, resaved))["word/styles.xml"]; !strings.Contains(s, `w:styleId="BodyTextNidung"`) && strings.Contains(s, `w:styleId="BodyText"`) {
		t.Log("this LibreOffice kept qd's style IDs; the test still checks every style reference")
	}
	o, err := Read(resaved)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range []string{"kien-giang.yaml", "vinh-long.yaml", "thua-thien-hue.yaml"} {
		data := draft(t, ex, o)
		out := unzip(t, data)
		checkStyled(t, out)
		conformance.Check(t, "refdoc-libreoffice-"+ex, data)
	}
}

// renamedIDs is templates/styles.xml with every style ID rewritten, as a non-English Word
// does, and qd's Header colliding with a different style.
func renamedIDs() string {
	s := regexp.MustCompile(`w:(styleId|val)="([A-Za-z]+)"`).ReplaceAllStringFunc(string(templates.Styles), func(m string) string {
		if strings.Contains(m, "styleId") || !strings.Contains(m, `val="`) {
			return strings.Replace(m, `="`, `="Kieu`, 1)
		}
		return m
	})
	s = regexp.MustCompile(`<w:(basedOn|next|link) w:val="`).ReplaceAllString(s, `<w:$1 w:val="Kieu`)
	return strings.Replace(s, `</w:styles>`, `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:rPr><w:i/></w:rPr></w:style></w:styles>`, 1)
}

// TestStylesByName: styles are found by name whatever their IDs; qd's styles a reference
// lacks are added under IDs that collide with none of its own.
func TestStylesByName(t *testing.T) {
	base := unzip(t, draft(t, "vinh-long.yaml", render.Options{}))
	parts := map[string]string{"word/document.xml": base["word/document.xml"], "word/styles.xml": renamedIDs(),
		"word/_rels/document.xml.rels": base["word/_rels/document.xml.rels"], "word/header1.xml": strings.ReplaceAll(base["word/header1.xml"], `w:val="`, `w:val="Kieu`), "word/header2.xml": base["word/header2.xml"]}
	o, err := ReadBytes(zipOf(t, parts))
	if err != nil {
		t.Fatal(err)
	}
	if o.StyleIDs["BodyText"] != "KieuBodyText" || o.StyleIDs["Header"] != "KieuHeader" {
		t.Errorf("IDs by name: %v", o.StyleIDs)
	}
	checkStyled(t, unzip(t, draft(t, "kien-giang.yaml", o)))

	// A reference with only Normal and a Header of its own (Word's built-in "header").
	only := `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:rPr><w:i/></w:rPr></w:style></w:styles>`
	o, err = ReadBytes(zipOf(t, map[string]string{"word/styles.xml": only}))
	if err != nil {
		t.Fatal(err)
	}
	if o.StyleIDs["Header"] == "Header" || o.StyleIDs["Header"] == "" || o.StyleIDs["Normal"] != "" && o.StyleIDs["Normal"] != "Normal" {
		t.Errorf("qd's Header must get an ID of its own: %v", o.StyleIDs)
	}
	data := draft(t, "kien-giang.yaml", o)
	out := unzip(t, data)
	if n := strings.Count(out["word/styles.xml"], `w:default="1"`); n != 1 {
		t.Errorf("%d default paragraph styles", n)
	}
	if !strings.Contains(out["word/styles.xml"], `<w:sz w:val="24"/>`) {
		t.Error("the reference's Normal was not kept")
	}
	conformance.Check(t, "refdoc-added-styles", data)
}

// TestHeaderWithImageAndLink: the header comes with its relationships and the image it
// shows; theme and font table come along.
func TestHeaderWithImageAndLink(t *testing.T) {
	base := unzip(t, draft(t, "vinh-long.yaml", render.Options{}))
	header := `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>qd</w:t></w:r></w:hyperlink><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:10pt;height:10pt"><v:imagedata r:id="rIdImg"/></v:shape></w:pict></w:r></w:p></w:hdr>`
	parts := map[string]string{
		"[Content_Types].xml":          strings.Replace(base["[Content_Types].xml"], `<Default Extension="xml"`, `<Default Extension="png" ContentType="image/png"/><Default Extension="xml"`, 1) + "",
		"word/document.xml":            base["word/document.xml"],
		"word/styles.xml":              base["word/styles.xml"],
		"word/_rels/document.xml.rels": strings.Replace(base["word/_rels/document.xml.rels"], `</Relationships>`, `<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>`, 1),
		"word/header1.xml":             header,
		"word/_rels/header1.xml.rels":  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`,
		"word/media/logo.png":          "\x89PNG\r\n\x1a\n",
		"word/theme/theme1.xml":        `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements/></a:theme>`,
		"word/fontTable.xml":           `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Times New Roman"/></w:fonts>`,
	}
	o, err := ReadBytes(zipOf(t, parts))
	if err != nil {
		t.Fatal(err)
	}
	out := unzip(t, draft(t, "kien-giang.yaml", o))
	var hdr string
	for name, text := range out {
		if strings.HasPrefix(name, "word/header") && strings.Contains(text, "rIdImg") {
			hdr = name
		}
	}
	if hdr == "" {
		t.Fatal("the reference header is not in the output")
	}
	rels := out["word/_rels/"+strings.TrimPrefix(hdr, "word/")+".rels"]
	if !strings.Contains(rels, `Id="rIdImg"`) || !strings.Contains(rels, `Target="https://example.org/" TargetMode="External"`) {
		t.Fatalf("header relationships: %q", rels)
	}
	target := regexp.MustCompile(`Id="rIdImg" Type="[^"]*" Target="([^"]*)"`).FindStringSubmatch(rels)[1]
	if out["word/"+target] != parts["word/media/logo.png"] {
		t.Errorf("the image the header shows (%s) was not copied", target)
	}
	if !strings.Contains(out["[Content_Types].xml"], `PartName="/word/`+target+`" ContentType="image/png"`) {
		t.Error("no content type for the copied image")
	}
	if out["word/theme/theme1.xml"] != parts["word/theme/theme1.xml"] || out["word/fontTable.xml"] != parts["word/fontTable.xml"] {
		t.Error("theme or font table not copied")
	}
	for _, typ := range []string{"relationships/theme", "relationships/fontTable"} {
		if !strings.Contains(out["word/_rels/document.xml.rels"], typ) {
			t.Errorf("no %s relationship", typ)
		}
	}
}

// TestBadParts: every part taken is checked first; what is wrong is named (#10 item 8).
func TestBadParts(t *testing.T) {
	base := unzip(t, draft(t, "vinh-long.yaml", render.Options{}))
	with := func(changes map[string]string) []byte {
		p := map[string]string{}
		for k, v := range base {
			p[k] = v
		}
		for k, v := range changes {
			if v == "" {
				delete(p, k)
			} else {
				p[k] = v
			}
		}
		return zipOf(t, p)
	}
	pgSz := regexp.MustCompile(`<w:pgSz w:w="\d+" w:h="\d+"/>`)
	for _, c := range []struct {
		name    string
		data    []byte
		part    string
		message string
	}{
		{"not a zip", []byte("kind: thanh_lap\n"), "", "zip"},
		{"malformed header", with(map[string]string{"word/header1.xml": `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p></w:hdr>`}), "word/header1.xml", "malformed XML"},
		{"header is a footer", with(map[string]string{"word/header1.xml": `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`}), "word/header1.xml", "root element"},
		{"header without a paragraph", with(map[string]string{"word/header1.xml": `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`}), "word/header1.xml", "no paragraph"},
		{"header missing", with(map[string]string{"word/header1.xml": ""}), "word/header1.xml", "missing"},
		{"header uses an unknown relationship", with(map[string]string{"word/header1.xml": `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:hyperlink r:id="rId9"/></w:p></w:hdr>`}), "word/header1.xml", `"rId9"`},
		{"header image missing", with(map[string]string{"word/_rels/header1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/none.png"/></Relationships>`}), "word/header1.xml", "word/media/none.png"},
		{"malformed styles", with(map[string]string{"word/styles.xml": `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style>`}), "word/styles.xml", "malformed XML"},
		{"no styles", with(map[string]string{"word/styles.xml": ""}), "word/styles.xml", "missing"},
		{"malformed document", with(map[string]string{"word/document.xml": base["word/document.xml"][:200]}), "word/document.xml", "malformed XML"},
		{"malformed theme", with(map[string]string{"word/_rels/document.xml.rels": strings.Replace(base["word/_rels/document.xml.rels"], `</Relationships>`, `<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>`, 1), "word/theme/theme1.xml": `<a:theme`}), "word/theme/theme1.xml", "malformed XML"},
		{"page of 100×100 twips", with(map[string]string{"word/document.xml": pgSz.ReplaceAllString(base["word/document.xml"], `<w:pgSz w:w="100" w:h="100"/>`)}), "word/document.xml", "the text is only -43.2 mm wide"},
		{"margins eat the page", with(map[string]string{"word/document.xml": strings.ReplaceAll(base["word/document.xml"], `w:top="1134"`, `w:top="9000"`)}), "word/document.xml", "high"},
		{"page size not a number", with(map[string]string{"word/document.xml": pgSz.ReplaceAllString(base["word/document.xml"], `<w:pgSz w:w="A4" w:h="16838"/>`)}), "word/document.xml", `w:w="A4"`},
	} {
		_, err := ReadBytes(c.data)
		var re *Error
		if !errors.As(err, &re) {
			t.Errorf("%s: accepted (%v)", c.name, err)
			continue
		}
		if re.Part != c.part || !strings.Contains(re.EN, c.message) || re.VI == "" || re.VI == re.EN && c.part != "word/document.xml" && c.part != "word/styles.xml" {
			t.Errorf("%s: %q / %q, want part %q and %q", c.name, re.Part, re.EN, c.part, c.message)
		}
	}
	// A page given in millimetres, as ECMA-376 allows, is read.
	o, err := ReadBytes(with(map[string]string{"word/document.xml": pgSz.ReplaceAllString(base["word/document.xml"], `<w:pgSz w:w="210mm" w:h="297mm"/>`)}))
	if err != nil || o.Page == nil || o.Page.Width != 11906 {
		t.Errorf("page in mm: %v %+v", err, o.Page)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
