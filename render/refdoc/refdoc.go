// Package refdoc reads a reference .docx, as pandoc's --reference-doc does: its styles
// matched to qd's by name, its page set-up, its default header with the parts that header
// names, its theme, font table and numbering, checking every part it takes before use.
package refdoc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/vanthu-vn/qd/internal/lazyre"
	"github.com/vanthu-vn/qd/render"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/templates"
	"golang.org/x/text/unicode/norm"
)

// Error says what is wrong with a reference document, in Vietnamese and in English.
type Error struct {
	// Part is the part of the package at fault ("" for the file as a whole).
	Part   string
	VI, EN string
}

func (e *Error) Error() string { return e.Message(true) }

// Message returns the message in English when en is set, else in Vietnamese.
func (e *Error) Message(en bool) string {
	msg := e.VI
	if en {
		msg = e.EN
	}
	if e.Part == "" {
		return msg
	}
	return e.Part + ": " + msg
}

func fail(part, vi, en string, args ...any) error {
	viArgs := args
	if n := len(args); n > 0 && strings.HasSuffix(vi, ": %v") {
		if _, ok := args[n-1].(error); ok {
			// A Go error's text (zip's, encoding/xml's) is English: the Vietnamese message
			// stops before it, so one message is in one language.
			vi, viArgs = strings.TrimSuffix(vi, ": %v"), args[:n-1]
		}
	}
	return &Error{Part: part, VI: fmt.Sprintf(vi, viArgs...), EN: fmt.Sprintf(en, args...)}
}

// Limits on what is read from a reference document.
const (
	maxParts    = 10000
	maxPartSize = 32 << 20
	maxTotal    = 256 << 20
)

// Minimum text area, in twips: the header table and the closing table need about 120 mm of
// line width (Nơi nhận is 63.5 mm); a page with less cannot hold the layout of Nghị định 30.
const (
	minTextWidth  = 6804 // 120 mm
	minTextHeight = 8504 // 150 mm
	maxPageSide   = 31680
)

const (
	nsMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg  = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsA    = "http://schemas.openxmlformats.org/drawingml/2006/main"
)

// pkg is an open reference document.
type pkg struct {
	files map[string]*zip.File
	types struct {
		def map[string]string // extension (lower case) → content type
		ovr map[string]string // part name (lower case, no leading /) → content type
	}
	read  int64
	parts []docx.Part
	names map[string]bool // names given to copied parts
}

// Read reads the reference document at path and returns the layout options it gives, with
// the styles of the State's format (templates/styles.xml) it lacks.
func Read(path string) (render.Options, error) { return ReadFor(path, nil) }

// ReadFor is Read for a decision laid out in the format whose styles part is base
// (render.StylesPart): the styles the reference lacks are taken from base, so a party
// decision gets the party's sizes (templates/styles-dang.xml), not the State's. A nil base
// is the State's.
func ReadFor(path string, base []byte) (render.Options, error) {
	var o render.Options
	zr, err := zip.OpenReader(path)
	if err != nil {
		return o, fail("", "không phải tệp .docx (không mở được như tệp zip): %v", "not a .docx (cannot be opened as a zip file): %v", err)
	}
	defer zr.Close()
	return read(&zr.Reader, base)
}

// ReadBytes is Read on a document held in memory.
func ReadBytes(data []byte) (render.Options, error) { return ReadBytesFor(data, nil) }

// ReadBytesFor is ReadFor on a document held in memory.
func ReadBytesFor(data []byte, base []byte) (render.Options, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return render.Options{}, fail("", "không phải tệp .docx (không mở được như tệp zip): %v", "not a .docx (cannot be opened as a zip file): %v", err)
	}
	return read(zr, base)
}

func read(zr *zip.Reader, base []byte) (render.Options, error) {
	var o render.Options
	if len(zr.File) > maxParts {
		return o, fail("", "có %d phần, quá %d", "has %d parts, more than %d", len(zr.File), maxParts)
	}
	p := &pkg{files: map[string]*zip.File{}, names: map[string]bool{}}
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	if err := p.readTypes(); err != nil {
		return o, err
	}
	main := "word/document.xml"
	if rels, err := p.rels("_rels/.rels"); err != nil {
		return o, err
	} else {
		for _, r := range rels {
			if strings.HasSuffix(r.Type, "/officeDocument") && !r.external() {
				main = r.resolve("")
			}
		}
	}
	dir := path.Dir(main)
	docRels, err := p.rels(relsName(main))
	if err != nil {
		return o, err
	}
	byType := func(t string) string {
		for _, r := range docRels {
			if strings.HasSuffix(r.Type, "/"+t) && !r.external() {
				return r.resolve(dir)
			}
		}
		return ""
	}

	// Styles, matched to qd's by name.
	stylesName := byType("styles")
	if stylesName == "" {
		stylesName = dir + "/styles.xml"
	}
	styles, err := p.xmlPart(stylesName, nsMain, "styles")
	if err != nil {
		return o, err
	}
	if o.Styles, o.StyleIDs, err = mergeStyles(styles, base); err != nil {
		return o, &Error{Part: stylesName, VI: err.Error(), EN: err.Error()}
	}

	// Page set-up and the default header of the last section.
	if _, ok := p.files[main]; !ok {
		o.Parts = p.parts
		return o, nil // styles only
	}
	document, err := p.xmlPart(main, nsMain, "document")
	if err != nil {
		return o, err
	}
	page, headerID, err := lastSection(document)
	if err != nil {
		return o, &Error{Part: main, VI: err.Error(), EN: err.Error()}
	}
	if page != nil {
		if err := checkPage(main, *page); err != nil {
			return o, err
		}
	}
	o.Page = page
	if headerID != "" {
		var target string
		for _, r := range docRels {
			if r.ID == headerID && !r.external() {
				target = r.resolve(dir)
			}
		}
		if target == "" {
			return o, fail(main, "đầu trang %q không có trong %s", "header %q is not in %s", headerID, relsName(main))
		}
		if o.Header, err = p.xmlPart(target, nsMain, "hdr"); err != nil {
			return o, err
		}
		if !hasBlock(o.Header) {
			return o, fail(target, "đầu trang không có đoạn văn nào (Word cần ít nhất một w:p)", "the header has no paragraph (Word needs at least one w:p)")
		}
		if o.HeaderRels, err = p.copyTargets(target, o.Header); err != nil {
			return o, err
		}
	}

	// Theme, font table and numbering come along, with what they name.
	for _, t := range []struct{ rel, ns, root, name, ctype string }{
		{"theme", nsA, "theme", "word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"},
		{"fontTable", nsMain, "fonts", "word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"},
		{"numbering", nsMain, "numbering", "word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"},
	} {
		src := byType(t.rel)
		if src == "" {
			continue
		}
		data, err := p.xmlPart(src, t.ns, t.root)
		if err != nil {
			return o, err
		}
		rels, err := p.copyTargets(src, data)
		if err != nil {
			return o, err
		}
		p.parts = append(p.parts, docx.Part{Name: t.name, ContentType: t.ctype, Data: data, Rels: rels,
			RelType: nsRel + "/" + t.rel})
	}
	o.Parts = p.parts
	return o, nil
}

// file reads a part, within the limits.
func (p *pkg) file(name string) ([]byte, error) {
	f, ok := p.files[name]
	if !ok {
		return nil, nil
	}
	if f.UncompressedSize64 > maxPartSize {
		return nil, fail(name, "lớn %d byte, quá %d", "is %d bytes, more than %d", f.UncompressedSize64, maxPartSize)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fail(name, "không đọc được: %v", "cannot be read: %v", err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
	if err != nil {
		return nil, fail(name, "không đọc được: %v", "cannot be read: %v", err)
	}
	if len(b) > maxPartSize {
		return nil, fail(name, "lớn hơn %d byte", "is larger than %d bytes", maxPartSize)
	}
	if p.read += int64(len(b)); p.read > maxTotal {
		return nil, fail("", "các phần cần đọc lớn hơn %d byte", "the parts to read are larger than %d bytes", maxTotal)
	}
	return b, nil
}

// xmlPart reads a part that must exist, be well-formed XML and have the given root element.
func (p *pkg) xmlPart(name, ns, root string) ([]byte, error) {
	b, err := p.file(name)
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, fail(name, "không có trong tệp", "is missing")
	}
	if err := checkXML(b, ns, root); err != nil {
		return nil, fail(name, "XML hỏng: %v", "malformed XML: %v", err)
	}
	return b, nil
}

// checkXML checks that data is one well-formed XML element named {ns}root (any root when
// root is empty).
func checkXML(data []byte, ns, root string) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if root != "" && (t.Name.Space != ns || t.Name.Local != root) {
					return fmt.Errorf("root element is {%s}%s, not {%s}%s", t.Name.Space, t.Name.Local, ns, root)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 || depth != 0 {
		return errors.New("not exactly one root element")
	}
	return nil
}

// hasBlock reports whether the root element of a well-formed part has a paragraph, table,
// content control or custom XML block as a child: Word cannot open a header without one.
func hasBlock(data []byte) bool {
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && t.Name.Space == nsMain {
				switch t.Name.Local {
				case "p", "tbl", "sdt", "customXml":
					return true
				}
			}
		case xml.EndElement:
			depth--
		}
	}
}

// readTypes reads [Content_Types].xml.
func (p *pkg) readTypes() error {
	const name = "[Content_Types].xml"
	p.types.def, p.types.ovr = map[string]string{}, map[string]string{}
	if _, ok := p.files[name]; !ok {
		return nil // not a valid package, but styles and page set-up can still be read
	}
	b, err := p.xmlPart(name, "http://schemas.openxmlformats.org/package/2006/content-types", "Types")
	if err != nil {
		return err
	}
	var ct struct {
		Default []struct {
			Ext  string `xml:"Extension,attr"`
			Type string `xml:"ContentType,attr"`
		}
		Override []struct {
			Part string `xml:"PartName,attr"`
			Type string `xml:"ContentType,attr"`
		}
	}
	if err := xml.Unmarshal(b, &ct); err != nil {
		return fail(name, "XML hỏng: %v", "malformed XML: %v", err)
	}
	for _, d := range ct.Default {
		p.types.def[strings.ToLower(d.Ext)] = d.Type
	}
	for _, o := range ct.Override {
		p.types.ovr[strings.ToLower(strings.TrimPrefix(o.Part, "/"))] = o.Type
	}
	return nil
}

func (p *pkg) contentType(name string) string {
	if t, ok := p.types.ovr[strings.ToLower(name)]; ok {
		return t
	}
	ext := strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))
	if t, ok := p.types.def[ext]; ok {
		return t
	}
	return knownTypes[ext]
}

// knownTypes are the content types of the images and fonts a header or font table names,
// for a package whose [Content_Types].xml does not give them.
var knownTypes = map[string]string{
	"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
	"tif": "image/tiff", "tiff": "image/tiff", "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml",
	"odttf": "application/vnd.openxmlformats-officedocument.obfuscatedFont",
}

type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

func (r rel) external() bool { return r.Mode == "External" }

// resolve returns the part a relationship names, from the directory of its source.
func (r rel) resolve(dir string) string {
	if strings.HasPrefix(r.Target, "/") {
		return path.Clean(strings.TrimPrefix(r.Target, "/"))
	}
	return strings.TrimPrefix(path.Clean(path.Join(dir, r.Target)), "/")
}

// relsName is the relationships part of a part.
func relsName(part string) string {
	dir, base := path.Split(part)
	return dir + "_rels/" + base + ".rels"
}

// rels reads a relationships part; a missing one has no relationships.
func (p *pkg) rels(name string) ([]rel, error) {
	b, err := p.file(name)
	if err != nil || b == nil {
		return nil, err
	}
	if err := checkXML(b, nsPkg, "Relationships"); err != nil {
		return nil, fail(name, "XML hỏng: %v", "malformed XML: %v", err)
	}
	var rs struct {
		Rel []rel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &rs); err != nil {
		return nil, fail(name, "XML hỏng: %v", "malformed XML: %v", err)
	}
	seen := map[string]bool{}
	for _, r := range rs.Rel {
		if r.ID == "" || r.Target == "" || seen[r.ID] {
			return nil, fail(name, "quan hệ thiếu Id, Target hoặc trùng Id %q", "a relationship lacks Id or Target, or repeats Id %q", r.ID)
		}
		seen[r.ID] = true
	}
	return rs.Rel, nil
}

// copyTargets checks the relationships of part (whose XML is data) and copies the parts
// they name under word/ref/, returning the relationships part rewritten for the copies (nil
// when the part has none). Every r:id the part uses must be one of its relationships.
func (p *pkg) copyTargets(part string, data []byte) ([]byte, error) {
	rels, err := p.rels(relsName(part))
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, r := range rels {
		ids[r.ID] = true
	}
	if err := usedIDs(data, func(id string) error {
		if !ids[id] {
			return fail(part, "dùng quan hệ %q không có trong %s", "uses relationship %q, which %s does not have", id, relsName(part))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if len(rels) == 0 {
		return nil, nil
	}
	var b bytes.Buffer
	b.WriteString(xml.Header + `<Relationships xmlns="` + nsPkg + `">`)
	for _, r := range rels {
		target := r.Target
		if !r.external() {
			src := r.resolve(path.Dir(part))
			data, err := p.file(src)
			if err != nil {
				return nil, err
			}
			if data == nil {
				return nil, fail(part, "nêu %s, phần này không có trong tệp", "names %s, which is missing", src)
			}
			if sub, _ := p.rels(relsName(src)); len(sub) > 0 {
				return nil, fail(part, "nêu %s, phần này có quan hệ riêng; qd chỉ chép hình ảnh và liên kết", "names %s, which has relationships of its own; qd copies only images and links", src)
			}
			ct := p.contentType(src)
			if ct == "" {
				return nil, fail(src, "không có kiểu nội dung trong [Content_Types].xml", "has no content type in [Content_Types].xml")
			}
			if strings.HasSuffix(ct, "xml") {
				if err := checkXML(data, "", ""); err != nil {
					return nil, fail(src, "XML hỏng: %v", "malformed XML: %v", err)
				}
			}
			name := p.copyName(path.Base(src))
			p.parts = append(p.parts, docx.Part{Name: name, ContentType: ct, Data: data})
			target = strings.TrimPrefix(name, "word/")
		}
		b.WriteString(`<Relationship Id="` + esc(r.ID) + `" Type="` + esc(r.Type) + `" Target="` + esc(target) + `"`)
		if r.external() {
			b.WriteString(` TargetMode="External"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.Bytes(), nil
}

// copyName is a fresh name under word/ref/ for a copied part.
func (p *pkg) copyName(base string) string {
	name := "word/ref/" + base
	for i := 2; p.names[name]; i++ {
		name = "word/ref/" + strconv.Itoa(i) + "-" + base
	}
	p.names[name] = true
	return name
}

// usedIDs calls f with every relationship ID an attribute in the r: namespace names.
func usedIDs(data []byte, f func(string) error) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Space == nsRel {
					if err := f(a.Value); err != nil {
						return err
					}
				}
			}
		}
	}
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), `"`, "&#34;")
}

// checkPage refuses a page set-up on which qd's layout cannot stand.
func checkPage(part string, p docx.Page) error {
	// bad formats lengths in twips as millimetres, with a decimal comma in Vietnamese.
	bad := func(vi, en string, tw ...int) error {
		var avi, aen []any
		for _, v := range tw {
			s := strconv.FormatFloat(float64(v)*25.4/1440, 'f', 1, 64)
			aen, avi = append(aen, s), append(avi, strings.Replace(s, ".", ",", 1))
		}
		return &Error{Part: part, VI: fmt.Sprintf(vi, avi...), EN: fmt.Sprintf(en, aen...)}
	}
	if p.Width <= 0 || p.Height <= 0 || p.Width > maxPageSide || p.Height > maxPageSide {
		return bad("khổ giấy %s × %s mm không dùng được (cần từ 1 đến %s mm mỗi chiều)", "page size %s × %s mm cannot be used (each side must be 1 to %s mm)",
			p.Width, p.Height, maxPageSide)
	}
	for _, m := range []int{p.Top, p.Bottom, p.Left, p.Right, p.HeaderDistance, p.FooterDistance} {
		if m < 0 || m > maxPageSide {
			return bad("lề trang %s mm không dùng được (cần từ 0 đến %s mm)", "page margin %s mm cannot be used (must be 0 to %s mm)", m, maxPageSide)
		}
	}
	if w := p.TextWidth(); w < minTextWidth {
		return bad("khổ giấy rộng %s mm, lề trái %s, phải %s mm: dòng chữ chỉ rộng %s mm, cần ít nhất %s mm",
			"page %s mm wide with margins left %s, right %s mm: the text is only %s mm wide, at least %s mm is needed",
			p.Width, p.Left, p.Right, w, minTextWidth)
	}
	if h := p.Height - p.Top - p.Bottom; h < minTextHeight {
		return bad("khổ giấy cao %s mm, lề trên %s, dưới %s mm: phần chữ chỉ cao %s mm, cần ít nhất %s mm",
			"page %s mm high with margins top %s, bottom %s mm: the text area is only %s mm high, at least %s mm is needed",
			p.Height, p.Top, p.Bottom, h, minTextHeight)
	}
	return nil
}

// lastSection reads pgSz, pgMar and the default header's relationship ID of the last sectPr
// in document.xml; the page is nil when there is none.
func lastSection(document []byte) (*docx.Page, string, error) {
	var (
		page     *docx.Page
		cur      docx.Page
		headerID string
		curID    string
	)
	dec := xml.NewDecoder(bytes.NewReader(document))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Space != nsMain {
			continue
		}
		var bad error
		num := func(name string) int {
			for _, a := range se.Attr {
				if a.Name.Local == name {
					n, err := twips(a.Value)
					if err != nil && bad == nil {
						bad = fmt.Errorf("w:%s w:%s=%q: %v", se.Name.Local, name, a.Value, err)
					}
					return n
				}
			}
			return 0
		}
		switch se.Name.Local {
		case "sectPr":
			curID = ""
		case "headerReference":
			var typ, id string
			for _, a := range se.Attr {
				switch {
				case a.Name.Local == "type":
					typ = a.Value
				case a.Name.Local == "id" && a.Name.Space == nsRel:
					id = a.Value
				}
			}
			if typ == "default" {
				curID = id
			}
		case "pgSz":
			cur.Width, cur.Height = num("w"), num("h")
		case "pgMar":
			cur.Top, cur.Bottom, cur.Left, cur.Right = num("top"), num("bottom"), num("left"), num("right")
			cur.HeaderDistance, cur.FooterDistance = num("header"), num("footer")
			p := cur
			page, headerID = &p, curID
		}
		if bad != nil {
			return nil, "", bad
		}
	}
	return page, headerID, nil
}

// twips reads a measure in twips, or with a unit (mm, cm, in, pt, pc, pi) as ECMA-376 allows.
func twips(s string) (int, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n, nil
	}
	per := map[string]float64{"mm": 1440 / 25.4, "cm": 1440 / 2.54, "in": 1440, "pt": 20, "pc": 240, "pi": 240}
	if len(s) > 2 {
		if f, ok := per[s[len(s)-2:]]; ok {
			if v, err := strconv.ParseFloat(s[:len(s)-2], 64); err == nil && v > -1e6 && v < 1e6 {
				return int(v*f + 0.5), nil
			}
		}
	}
	return 0, errors.New("not a measure")
}

// style is one w:style element of a styles part.
type style struct {
	typ, id, name string
	raw           []byte // the element as written (qd's styles only)
}

// key is how styles are matched: type and name, NFC, case and spacing folded.
func (s style) key() string {
	return s.typ + "\x00" + strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s.name))), " ")
}

// stylesOf lists the top-level styles of a styles part, and the offset where its root element
// closes.
func stylesOf(data []byte, keepRaw bool) ([]style, int64, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		out   []style
		cur   *style
		depth int
		start int64
		end   int64 = -1
	)
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && t.Name.Space == nsMain && t.Name.Local == "style" {
				cur, start = &style{}, off
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						cur.typ = a.Value
					case "styleId":
						cur.id = a.Value
					}
				}
			}
			if depth == 3 && cur != nil && t.Name.Space == nsMain && t.Name.Local == "name" {
				for _, a := range t.Attr {
					if a.Name.Local == "val" {
						cur.name = a.Value
					}
				}
			}
		case xml.EndElement:
			if depth == 2 && cur != nil {
				if keepRaw {
					cur.raw = data[start:dec.InputOffset()]
				}
				if cur.typ == "" {
					cur.typ = "paragraph"
				}
				out = append(out, *cur)
				cur = nil
			}
			if depth == 1 {
				end = off
			}
			depth--
		}
	}
	return out, end, nil
}

var (
	qdMu     sync.Mutex
	qdStyles = map[string][]style{}                                   // a styles part of qd's (by content) → its styles
	idAttr   = lazyre.New(`w:styleId="([^"]*)"`)                      // a style's own ID
	refElems = lazyre.New(`<w:(basedOn|next|link) w:val="([^"]*)"/>`) // a style's references to other styles, in templates/styles.xml
)

// ownStyles returns the styles of one of qd's styles parts (nil: the State's), read once.
func ownStyles(base []byte) ([]style, error) {
	if base == nil {
		base = templates.Styles
	}
	qdMu.Lock()
	defer qdMu.Unlock()
	if ss, ok := qdStyles[string(base)]; ok {
		return ss, nil
	}
	ss, _, err := stylesOf(base, true)
	if err != nil {
		return nil, fmt.Errorf("qd's own styles part: %w", err) // embedded: a build fault
	}
	qdStyles[string(base)] = ss
	return ss, nil
}

// mergeStyles matches qd's styles (those of base, nil for the State's) to the reference's by
// name. It returns the styles part to use (the reference's, with qd's styles it lacks
// appended) and the IDs of qd's styles in it (nil when they are all the same).
func mergeStyles(ref, base []byte) ([]byte, map[string]string, error) {
	own, err := ownStyles(base)
	if err != nil {
		return nil, nil, err
	}
	mapped := func(ids map[string]string, id string) string {
		if v, ok := ids[id]; ok {
			return v
		}
		return id
	}
	theirs, end, err := stylesOf(ref, false)
	if err != nil {
		return nil, nil, err
	}
	byKey, taken := map[string]string{}, map[string]bool{}
	for _, s := range theirs {
		if s.id == "" {
			return nil, nil, fmt.Errorf("a w:style has no w:styleId (name %q)", s.name)
		}
		if _, ok := byKey[s.key()]; !ok {
			byKey[s.key()] = s.id
		}
		taken[s.id] = true
	}
	ids := map[string]string{}
	var missing []style
	for _, s := range own {
		if id, ok := byKey[s.key()]; ok {
			ids[s.id] = id
			continue
		}
		id := s.id
		for i := 2; taken[id]; i++ {
			id = "qd" + s.id
			if i > 2 {
				id += strconv.Itoa(i)
			}
		}
		taken[id] = true
		ids[s.id] = id
		missing = append(missing, s)
	}
	out := ref
	if len(missing) > 0 {
		var b bytes.Buffer
		b.Write(ref[:end])
		for _, s := range missing {
			raw := string(s.raw)
			raw = strings.Replace(raw, `w:default="1"`, ``, 1)
			raw = strings.Replace(raw, `<w:style `, `<w:style xmlns:w="`+nsMain+`" `, 1)
			raw = refElems.ReplaceAllStringFunc(raw, func(m string) string {
				sub := refElems.FindStringSubmatch(m)
				return `<w:` + sub[1] + ` w:val="` + esc(mapped(ids, sub[2])) + `"/>`
			})
			raw = idAttr.ReplaceAllLiteralString(raw, `w:styleId="`+esc(ids[s.id])+`"`)
			b.WriteString(raw)
		}
		b.Write(ref[end:])
		out = b.Bytes()
	}
	same := true
	for k, v := range ids {
		same = same && k == v
	}
	if same {
		ids = nil
	}
	return out, ids, nil
}
