// Package docx writes WordprocessingML (.docx) documents: paragraphs and runs that name
// styles, borderless tables, fields, sections with their own page set-up, headers and
// page numbering. It knows nothing about decisions.
package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/internal/zipstamp"
)

// Document is a whole .docx: its styles and its sections in order.
type Document struct {
	// Styles is the complete word/styles.xml part.
	Styles []byte
	// Title goes into the document properties.
	Title string
	// Lang is the default language of the text, e.g. "vi-VN"; it is set in styles.xml by
	// the caller, and here only in the properties.
	Lang string
	// Creator (the issuing body) and Created (the decision's date; zero when unknown) go into
	// docProps/core.xml as dc:creator and dcterms:created/modified, which Word shows in
	// File > Info.
	Creator string
	Created time.Time
	// StyleIDs maps the style IDs the body names to the IDs they have in Styles, when Styles
	// comes from a reference document whose IDs differ (styles are matched by name); an ID
	// not in the map is written as is.
	StyleIDs map[string]string
	// Parts are further parts copied into the package, such as a reference document's theme,
	// font table and the images its header shows.
	Parts    []Part
	Sections []Section
	// Source, when set, is stored verbatim in a custom XML part (customXml/item1.xml), so
	// that a reader can get back the text the document was made from (see ReadSource).
	Source []byte
}

// Part is a part copied into the package as it is.
type Part struct {
	// Name is the part's path in the package, e.g. "word/theme/theme1.xml".
	Name        string
	ContentType string
	Data        []byte
	// Rels, when set, is the part's own relationships part (_rels/NAME.rels beside it).
	Rels []byte
	// RelType, when set, makes word/document.xml name the part by a relationship of this
	// type (e.g. the theme or the font table).
	RelType string
}

// Section is a run of pages with one page set-up and one header.
type Section struct {
	Page Page
	// Header is shown on every page but the first when TitlePage is set.
	Header []Paragraph
	// RawHeader, when set, is a complete header part (word/headerN.xml) used instead of
	// Header, as taken from a reference document.
	RawHeader []byte
	// RawHeaderRels is the relationships part of RawHeader (images, links), when it has one.
	RawHeaderRels []byte
	// TitlePage gives the first page of the section an empty header.
	TitlePage bool
	// RestartNumbering starts page numbers at 1 in this section.
	RestartNumbering bool
	Body             []Block
}

// Page is a page size and margins, in twips (1/1440 inch; 1 mm ≈ 56.7 twips).
type Page struct {
	Width, Height            int
	Top, Bottom, Left, Right int
	HeaderDistance           int
	FooterDistance           int
}

// A4 returns an A4 portrait page with the margins given in millimetres.
func A4(top, bottom, left, right float64) Page {
	return Page{Width: 11906, Height: 16838, Top: MM(top), Bottom: MM(bottom), Left: MM(left), Right: MM(right),
		HeaderDistance: MM(10), FooterDistance: MM(10)}
}

// MM converts millimetres to twips.
func MM(mm float64) int { return int(mm*1440/25.4 + 0.5) }

// TextWidth is the width between the margins.
func (p Page) TextWidth() int { return p.Width - p.Left - p.Right }

// Block is a Paragraph or a Table.
type Block interface{ block() }

// Paragraph is a paragraph in a named style.
type Paragraph struct {
	Style string
	Runs  []Run
	// Indent, when set, overrides the style's left and right indentation; layouts use it
	// for geometry, such as centring a rule of a computed length.
	Indent *Indent
	// KeepNext keeps the paragraph on the page of the next paragraph or table.
	KeepNext bool
}

// Indent is left and right indentation in twips.
type Indent struct{ Left, Right int }

// Run is text in the paragraph's style or a named character style. Text may contain "\t"
// (a tab) and "\n" (a line break).
type Run struct {
	Text  string
	Style string
	// Field, when set, makes the run a simple field such as "PAGE"; Text is its cached result.
	Field string
	// Size, when not zero, overrides the style's font size, in half-points.
	Size int
}

// Table is a table in a named table style; Widths are the column widths in twips.
type Table struct {
	Style  string
	Widths []int
	// Indent moves the table from the left margin (negative: into the margin).
	Indent int
	// HeaderRows is the number of first rows repeated at the top of every page the table
	// runs onto (w:tblHeader): a table's column headings.
	HeaderRows int
	Rows       [][]Cell
}

// Cell is a table cell holding paragraphs.
type Cell struct {
	Paragraphs []Paragraph
}

func (Paragraph) block() {}
func (Table) block()     {}

// Text returns the paragraph's text.
func (p Paragraph) Text() string {
	var b strings.Builder
	for _, r := range p.Runs {
		b.WriteString(r.Text)
	}
	return strings.ReplaceAll(b.String(), NoBreakHyphen, "-")
}

// NoBreakHyphen in run text is written as Word's non-breaking hyphen (w:noBreakHyphen), which
// ECMA-376 (Part 1, 17.3.3.18) defines as the hyphen-minus U+002D that is no line-break
// opportunity: the text stays "-" for a reader, only the line may not break there. Text()
// gives it back as "-".
const NoBreakHyphen = "\u2011"

// P is a shorthand for a paragraph of one run.
func P(style, text string) Paragraph { return Paragraph{Style: style, Runs: []Run{{Text: text}}} }

const (
	nsW  = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR  = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// Write writes the document as a .docx package. The same Document always gives the same bytes.
func (d *Document) Write(w io.Writer) error {
	if len(d.Sections) == 0 {
		return fmt.Errorf("docx: document has no section")
	}
	parts := d.parts()
	zw := zip.NewWriter(w)
	// Fastest deflate: compression was three quarters of the time to write a decision, and
	// the parts are small; the output stays deterministic.
	zw.RegisterCompressor(zip.Deflate, fastDeflate)
	for _, p := range parts {
		if ok, err := writeDeflated(zw, p); ok || err != nil {
			if err != nil {
				return err
			}
			continue
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipstamp.Time})
		if err != nil {
			return err
		}
		if _, err := fw.Write(p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

var flatePool sync.Pool

// pooledFlate returns its flate writer to the pool when closed.
type pooledFlate struct{ *flate.Writer }

func (p pooledFlate) Close() error {
	err := p.Writer.Close()
	flatePool.Put(p.Writer)
	return err
}

// fastDeflate compresses at flate.BestSpeed with writers reused across parts and documents.
func fastDeflate(out io.Writer) (io.WriteCloser, error) {
	if fw, ok := flatePool.Get().(*flate.Writer); ok {
		fw.Reset(out)
		return pooledFlate{fw}, nil
	}
	fw, err := flate.NewWriter(out, flate.BestSpeed)
	return pooledFlate{fw}, err
}

type part struct {
	name string
	data []byte
}

// parts builds every part in a fixed order.
func (d *Document) parts() []part {
	var headers []header // deduplicated; header i is word/header{i+1}.xml
	headerID := func(h header) string {
		for i, o := range headers {
			if o.xml == h.xml && bytes.Equal(o.rels, h.rels) {
				return "rIdH" + strconv.Itoa(i+1)
			}
		}
		headers = append(headers, h)
		return "rIdH" + strconv.Itoa(len(headers))
	}
	ids := styler(d.StyleIDs)

	var body bytes.Buffer
	body.Grow(32 << 10) // the body of a long decision and its Quy chế
	body.WriteString(xml.Header)
	body.WriteString(`<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	for i, s := range d.Sections {
		for j, b := range s.Body {
			last := j == len(s.Body)-1
			sect := ""
			if last && i < len(d.Sections)-1 {
				sect = sectPr(s, headerID, ids)
			}
			switch b := b.(type) {
			case Paragraph:
				writeParagraph(&body, b, sect, ids)
			case Table:
				writeTable(&body, b, ids)
				if sect != "" {
					body.WriteString(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>` + sect + `</w:pPr></w:p>`)
				}
			}
		}
		if len(s.Body) == 0 && i < len(d.Sections)-1 {
			body.WriteString(`<w:p><w:pPr>` + sectPr(s, headerID, ids) + `</w:pPr></w:p>`)
		}
	}
	body.WriteString(sectPr(d.Sections[len(d.Sections)-1], headerID, ids))
	body.WriteString(`</w:body></w:document>`)

	var rels bytes.Buffer
	rels.WriteString(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	rels.WriteString(`<Relationship Id="rIdStyles" Type="` + relT + `styles" Target="styles.xml"/>`)
	rels.WriteString(`<Relationship Id="rIdSettings" Type="` + relT + `settings" Target="settings.xml"/>`)
	var ct bytes.Buffer
	ct.WriteString(xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	ct.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	ct.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	ct.WriteString(`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`)
	ct.WriteString(`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`)
	ct.WriteString(`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>`)
	ct.WriteString(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`)
	ct.WriteString(`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	var extra []part
	for i, h := range headers {
		name := "header" + strconv.Itoa(i+1) + ".xml"
		rels.WriteString(`<Relationship Id="rIdH` + strconv.Itoa(i+1) + `" Type="` + relT + `header" Target="` + name + `"/>`)
		ct.WriteString(`<Override PartName="/word/` + name + `" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`)
		extra = append(extra, part{"word/" + name, []byte(h.xml)})
		if h.rels != nil {
			extra = append(extra, part{"word/_rels/" + name + ".rels", h.rels})
		}
	}
	for i, p := range d.Parts {
		if p.RelType != "" {
			target := strings.TrimPrefix(p.Name, "word/")
			rels.WriteString(`<Relationship Id="rIdP` + strconv.Itoa(i+1) + `" Type="` + escape(p.RelType) + `" Target="` + escape(target) + `"/>`)
		}
		ct.WriteString(`<Override PartName="/` + escape(p.Name) + `" ContentType="` + escape(p.ContentType) + `"/>`)
		extra = append(extra, part{p.Name, p.Data})
		if p.Rels != nil {
			dir, base := path.Split(p.Name)
			extra = append(extra, part{dir + "_rels/" + base + ".rels", p.Rels})
		}
	}
	var sourceParts []part
	if d.Source != nil {
		rels.WriteString(`<Relationship Id="rIdSource" Type="` + relT + `customXml" Target="../customXml/item1.xml"/>`)
		ct.WriteString(`<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`)
		sourceParts = sourcePartsOf(d.Source)
	}
	rels.WriteString(`</Relationships>`)
	ct.WriteString(`</Types>`)

	out := []part{
		{"[Content_Types].xml", ct.Bytes()},
		{"_rels/.rels", []byte(packageRels)},
		{"docProps/core.xml", d.coreProperties()},
		{"docProps/app.xml", []byte(appProperties)},
		{"word/document.xml", body.Bytes()},
		{"word/styles.xml", d.Styles},
		{"word/settings.xml", []byte(settings)},
		{"word/_rels/document.xml.rels", rels.Bytes()},
	}
	out = append(out, extra...)
	return append(out, sourceParts...)
}

// The parts every document has with the same bytes.
const (
	packageRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + relT + `officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="` + relT + `extended-properties" Target="docProps/app.xml"/>` +
		`</Relationships>`
	appProperties = xml.Header + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>qd</Application></Properties>`
	settings      = xml.Header + `<w:settings ` + nsW + `><w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
)

// emptyHeader is the header of a title page (Section.TitlePage).
const emptyHeader = xml.Header + `<w:hdr ` + nsW + ` ` + nsR + `><w:p/></w:hdr>`

// header is a header part and its relationships part (nil when it has none).
type header struct {
	xml  string
	rels []byte
}

// coreProperties is docProps/core.xml: title, creator, language and, when the date is
// known, created and modified (the same date, so equal documents stay equal bytes).
func (d *Document) coreProperties() []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + escape(d.Title) + `</dc:title>`)
	if d.Creator != "" {
		b.WriteString(`<dc:creator>` + escape(d.Creator) + `</dc:creator>`)
	}
	b.WriteString(`<dc:language>` + escape(d.Lang) + `</dc:language>`)
	if !d.Created.IsZero() {
		t := d.Created.UTC().Format("2006-01-02T15:04:05Z")
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.Bytes()
}

// styler maps the style IDs the body names to the IDs of the styles part.
type styler map[string]string

func (m styler) id(s string) string {
	if v, ok := m[s]; ok {
		return v
	}
	return s
}

func sectPr(s Section, headerID func(header) string, ids styler) string {
	var b strings.Builder
	b.WriteString(`<w:sectPr>`)
	if len(s.Header) > 0 || s.RawHeader != nil {
		var h bytes.Buffer
		var hrels []byte
		if s.RawHeader != nil {
			h.Write(s.RawHeader)
			hrels = s.RawHeaderRels
		} else {
			h.WriteString(xml.Header + `<w:hdr ` + nsW + ` ` + nsR + `>`)
			for _, p := range s.Header {
				writeParagraph(&h, p, "", ids)
			}
			h.WriteString(`</w:hdr>`)
		}
		b.WriteString(`<w:headerReference w:type="default" r:id="` + headerID(header{h.String(), hrels}) + `"/>`)
		if s.TitlePage {
			b.WriteString(`<w:headerReference w:type="first" r:id="` + headerID(header{xml: emptyHeader}) + `"/>`)
		}
	}
	p := s.Page
	fmt.Fprintf(&b, `<w:type w:val="nextPage"/><w:pgSz w:w="%d" w:h="%d"/>`, p.Width, p.Height)
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		p.Top, p.Right, p.Bottom, p.Left, p.HeaderDistance, p.FooterDistance)
	if s.RestartNumbering {
		b.WriteString(`<w:pgNumType w:start="1"/>`)
	}
	if s.TitlePage {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr>`)
	return b.String()
}

func writeParagraph(b *bytes.Buffer, p Paragraph, sect string, ids styler) {
	b.WriteString(`<w:p>`)
	if p.Style != "" || p.Indent != nil || p.KeepNext || sect != "" {
		b.WriteString(`<w:pPr>`)
		if p.Style != "" {
			b.WriteString(`<w:pStyle w:val="`)
			escapeTo(b, ids.id(p.Style))
			b.WriteString(`"/>`)
		}
		if p.KeepNext {
			b.WriteString(`<w:keepNext/>`)
		}
		if p.Indent != nil {
			b.WriteString(`<w:ind w:left="`)
			writeInt(b, p.Indent.Left)
			b.WriteString(`" w:right="`)
			writeInt(b, p.Indent.Right)
			b.WriteString(`" w:firstLine="0"/>`)
		}
		b.WriteString(sect)
		b.WriteString(`</w:pPr>`)
	}
	for _, r := range p.Runs {
		writeRun(b, r, ids)
	}
	b.WriteString(`</w:p>`)
}

func writeRun(b *bytes.Buffer, r Run, ids styler) {
	styled := r.Style != "" || r.Size > 0
	open := func() { // <w:r> and the run's properties
		b.WriteString(`<w:r>`)
		if styled {
			writeRunProperties(b, r, ids)
		}
	}
	if r.Field != "" {
		open()
		b.WriteString(`<w:fldChar w:fldCharType="begin"/></w:r>`)
		open()
		b.WriteString(`<w:instrText xml:space="preserve"> `)
		escapeTo(b, r.Field)
		b.WriteString(` </w:instrText></w:r>`)
		open()
		b.WriteString(`<w:fldChar w:fldCharType="separate"/></w:r>`)
		open()
		b.WriteString(`<w:t>`)
		escapeTo(b, r.Text)
		b.WriteString(`</w:t></w:r>`)
		open()
		b.WriteString(`<w:fldChar w:fldCharType="end"/></w:r>`)
		return
	}
	open()
	// The text is cut at each line break, tab and non-breaking hyphen, which are elements of
	// their own; the pieces between are w:t elements.
	text := r.Text
	for text != "" {
		i := nextBreak(text)
		piece, sep := text, ""
		if i >= 0 {
			piece, text = text[:i], text[i:]
			if text[0] == '\n' || text[0] == '\t' {
				sep, text = text[:1], text[1:]
			} else { // nextBreak found the rune NoBreakHyphen
				sep, text = NoBreakHyphen, text[len(NoBreakHyphen):]
			}
		} else {
			text = ""
		}
		if piece != "" {
			b.WriteString(`<w:t xml:space="preserve">`)
			escapeTo(b, piece)
			b.WriteString(`</w:t>`)
		}
		switch sep {
		case "\n":
			b.WriteString(`<w:br/>`)
		case "\t":
			b.WriteString(`<w:tab/>`)
		case NoBreakHyphen:
			b.WriteString(`<w:noBreakHyphen/>`)
		}
	}
	b.WriteString(`</w:r>`)
}

// nextBreak returns the index in s of the first line feed, tab or NoBreakHyphen, or -1. It
// looks at bytes: strings.IndexAny with a set holding a character outside ASCII decodes and
// looks up every character of the text, which was a tenth of the time Write spent on the
// document's XML.
func nextBreak(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t':
			return i
		case NoBreakHyphen[0]:
			if strings.HasPrefix(s[i:], NoBreakHyphen) {
				return i
			}
		}
	}
	return -1
}

// writeRunProperties writes a run's w:rPr element: its character style and its size.
func writeRunProperties(b *bytes.Buffer, r Run, ids styler) {
	b.WriteString(`<w:rPr>`)
	if r.Style != "" {
		b.WriteString(`<w:rStyle w:val="`)
		escapeTo(b, ids.id(r.Style))
		b.WriteString(`"/>`)
	}
	if r.Size > 0 {
		b.WriteString(`<w:sz w:val="`)
		writeInt(b, r.Size)
		b.WriteString(`"/><w:szCs w:val="`)
		writeInt(b, r.Size)
		b.WriteString(`"/>`)
	}
	b.WriteString(`</w:rPr>`)
}

func writeInt(b *bytes.Buffer, n int) {
	var buf [20]byte
	b.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}

func writeTable(b *bytes.Buffer, t Table, ids styler) {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	b.WriteString(`<w:tbl><w:tblPr>`)
	if t.Style != "" {
		b.WriteString(`<w:tblStyle w:val="`)
		escapeTo(b, ids.id(t.Style))
		b.WriteString(`"/>`)
	}
	b.WriteString(`<w:tblW w:w="`)
	writeInt(b, total)
	b.WriteString(`" w:type="dxa"/><w:tblInd w:w="`)
	writeInt(b, t.Indent)
	b.WriteString(`" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range t.Widths {
		b.WriteString(`<w:gridCol w:w="`)
		writeInt(b, w)
		b.WriteString(`"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for r, row := range t.Rows {
		if r < t.HeaderRows {
			b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
		} else {
			b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		}
		for i, c := range row {
			w := 0
			if i < len(t.Widths) {
				w = t.Widths[i]
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="`)
			writeInt(b, w)
			b.WriteString(`" w:type="dxa"/></w:tcPr>`)
			if len(c.Paragraphs) == 0 {
				b.WriteString(`<w:p/>`)
			}
			for _, p := range c.Paragraphs {
				writeParagraph(b, p, "", ids)
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// escape escapes text for XML; characters XML 1.0 forbids become U+FFFD.
func escape(s string) string {
	var b bytes.Buffer
	escapeTo(&b, s)
	return b.String()
}

// escapeTo writes s escaped for XML to b, as xml.EscapeText does (quotes, &, <, >, tab, line
// feed and carriage return as references; characters XML 1.0 forbids and bytes that are not
// UTF-8 as U+FFFD), copying the runs between those whole rather than a byte at a time.
func escapeTo(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		width := 1
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				esc = "&#34;"
			case '\'':
				esc = "&#39;"
			case '&':
				esc = "&amp;"
			case '<':
				esc = "&lt;"
			case '>':
				esc = "&gt;"
			case '\t':
				esc = "&#x9;"
			case '\n':
				esc = "&#xA;"
			case '\r':
				esc = "&#xD;"
			default:
				if c < 0x20 {
					esc = "\uFFFD"
				}
			}
		} else {
			var r rune
			r, width = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && width == 1 || !xmlChar(r) {
				esc = "\uFFFD"
			}
		}
		if esc != "" {
			b.WriteString(s[last:i])
			b.WriteString(esc)
			last = i + width
		}
		i += width
	}
	b.WriteString(s[last:])
}

// xmlChar reports whether XML 1.0 allows r (its production Char).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
