package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/internal/zipstamp"
)

// Style is how a cell looks. The zero Style is the workbook's default (its Book's font, no
// border, aligned as Excel aligns by default).
type Style struct {
	Font   string  // font name; "" for the Book's
	Size   float64 // in points; 0 for the Book's
	Bold   bool
	Wrap   bool   // wrap text in the cell
	HAlign string // "", "left", "center" or "right"
	VAlign string // "", "top", "center" or "bottom"
	Border bool   // a thin black border on all four sides
}

// Cell is one cell to write: its text and style. An empty cell with a style (a border, say)
// is written; an empty cell with the zero Style is not.
type Cell struct {
	Text  string
	Style Style
}

// Sheet is one worksheet to write.
type Sheet struct {
	Name string   // 1-31 characters, none of : \ / ? * [ ], not starting or ending with '
	Rows [][]Cell // Rows[i] is row i+1; a nil row is an empty one
	// ColWidths are the widths of columns A, B, ... in characters; 0 keeps the default.
	ColWidths []float64
	// PrintTitles are the first and last row repeated at the top of every printed page;
	// zeros for none.
	PrintTitles [2]int
	// Landscape prints the sheet on A4 across rather than upright.
	Landscape bool
	// FitWidth prints every column on the page's width, scaled down as needed.
	FitWidth bool
}

// Book is a workbook to write: its sheets and its default font, the font of the Normal
// style, from which Excel and LibreOffice size rows and columns.
type Book struct {
	Font   string  // "" for Calibri
	Size   float64 // in points; 0 for 11
	Sheets []Sheet
}

// MaxText is the most UTF-16 code units a cell holds (Excel's specifications and limits).
const MaxText = 32767

const (
	nsMain  = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg   = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// Write writes sheets as an .xlsx workbook in Calibri 11, as Book.Write does.
func Write(w io.Writer, sheets ...Sheet) error { return Book{Sheets: sheets}.Write(w) }

// Write writes the workbook as an .xlsx: text cells (shared strings), the styles they use,
// column widths, print titles and page set-up. The same Book always gives the same bytes.
func (bk Book) Write(w io.Writer) error {
	sheets := bk.Sheets
	if bk.Font == "" {
		bk.Font = "Calibri"
	}
	if bk.Size == 0 {
		bk.Size = 11
	}
	if escape(bk.Font) != bk.Font || bk.Size < 1 || bk.Size > 409 {
		return fmt.Errorf("xlsx: default font %q %v", bk.Font, bk.Size)
	}
	if len(sheets) == 0 {
		return errors.New("xlsx: a workbook needs a sheet")
	}
	seen := map[string]bool{}
	for _, s := range sheets {
		if err := checkSheetName(s.Name); err != nil {
			return err
		}
		if k := strings.ToLower(s.Name); seen[k] {
			return fmt.Errorf("xlsx: two sheets named %q", s.Name)
		} else {
			seen[k] = true
		}
		if p := s.PrintTitles; p != [2]int{} && (p[0] < 1 || p[1] < p[0] || p[1] > MaxRow) {
			return fmt.Errorf("xlsx: sheet %q: print titles rows %d-%d", s.Name, p[0], p[1])
		}
		if len(s.Rows) > MaxRow || len(s.ColWidths) > MaxCol {
			return fmt.Errorf("xlsx: sheet %q is larger than Excel's %d rows and %d columns", s.Name, MaxRow, MaxCol)
		}
	}
	st := &styles{index: map[Style]int{{}: 0}, list: []Style{{}}, font: bk.Font, size: bk.Size}
	ss := &strTable{index: map[string]int{}}
	type part struct {
		name string
		data []byte
	}
	var sheetParts []part
	for i, s := range sheets {
		data, err := sheetXML(s, st, ss)
		if err != nil {
			return err
		}
		sheetParts = append(sheetParts, part{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), data})
	}

	var ct, rootRels, wb, wbRels bytes.Buffer
	ct.WriteString(xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	for _, p := range sheetParts {
		ct.WriteString(`<Override PartName="/` + p.name + `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
	}
	ct.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
		`</Types>`)

	rootRels.WriteString(xmlDecl + `<Relationships xmlns="` + nsPkg + `">` +
		`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)

	wb.WriteString(xmlDecl + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, attrEscape(s.Name), i+1, i+1)
	}
	wb.WriteString(`</sheets>`)
	titles := false
	for _, s := range sheets {
		titles = titles || s.PrintTitles != [2]int{}
	}
	if titles {
		wb.WriteString(`<definedNames>`)
		for i, s := range sheets {
			if p := s.PrintTitles; p != [2]int{} {
				fmt.Fprintf(&wb, `<definedName name="_xlnm.Print_Titles" localSheetId="%d">%s!$%d:$%d</definedName>`,
					i, textEscape("'"+strings.ReplaceAll(s.Name, "'", "''")+"'"), p[0], p[1])
			}
		}
		wb.WriteString(`</definedNames>`)
	}
	wb.WriteString(`</workbook>`)

	wbRels.WriteString(xmlDecl + `<Relationships xmlns="` + nsPkg + `">`)
	for i := range sheets {
		fmt.Fprintf(&wbRels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, nsRel, i+1)
	}
	n := len(sheets)
	fmt.Fprintf(&wbRels, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>`, n+1, nsRel)
	fmt.Fprintf(&wbRels, `<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, n+2, nsRel)
	wbRels.WriteString(`</Relationships>`)

	parts := []part{
		{"[Content_Types].xml", ct.Bytes()},
		{"_rels/.rels", rootRels.Bytes()},
		{"xl/workbook.xml", wb.Bytes()},
		{"xl/_rels/workbook.xml.rels", wbRels.Bytes()},
		{"xl/styles.xml", st.xml()},
		{"xl/sharedStrings.xml", ss.xml()},
	}
	parts = append(parts, sheetParts...)

	zw := zip.NewWriter(w)
	for _, p := range parts {
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

// checkSheetName applies Excel's rules for a sheet's name.
func checkSheetName(name string) error {
	switch {
	case name == "":
		return errors.New("xlsx: a sheet needs a name")
	case len(utf16.Encode([]rune(name))) > 31:
		return fmt.Errorf("xlsx: sheet name %q is longer than 31 characters", name)
	case strings.ContainsAny(name, `:\/?*[]`):
		return fmt.Errorf("xlsx: sheet name %q holds one of : \\ / ? * [ ]", name)
	case strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'"):
		return fmt.Errorf("xlsx: sheet name %q starts or ends with '", name)
	case escape(name) != name:
		return fmt.Errorf("xlsx: sheet name %q holds a control character", name)
	}
	return nil
}

func sheetXML(s Sheet, st *styles, ss *strTable) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xmlDecl + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	if s.FitWidth {
		b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	}
	lastRow, lastCol := 0, 0
	for i, r := range s.Rows {
		for j, c := range r {
			if c.Text != "" || c.Style != (Style{}) {
				lastRow = i + 1
				lastCol = max(lastCol, j+1)
			}
		}
	}
	if lastCol > MaxCol {
		return nil, fmt.Errorf("xlsx: sheet %q is wider than Excel's %d columns", s.Name, MaxCol)
	}
	if lastRow > 0 {
		fmt.Fprintf(&b, `<dimension ref="A1:%s"/>`, CellName(lastCol, lastRow))
	} else {
		b.WriteString(`<dimension ref="A1"/>`)
	}
	fmt.Fprintf(&b, `<sheetFormatPr defaultRowHeight="%s"/>`, strconv.FormatFloat(lineHeight(st.size), 'f', -1, 64))
	widths := false
	for _, w := range s.ColWidths {
		widths = widths || w > 0
	}
	if widths {
		b.WriteString(`<cols>`)
		for i, w := range s.ColWidths {
			if w > 0 {
				fmt.Fprintf(&b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, i+1, i+1, strconv.FormatFloat(w, 'f', -1, 64))
			}
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	for i, r := range s.Rows {
		row := false
		for j, c := range r {
			if c.Text == "" && c.Style == (Style{}) {
				continue
			}
			if !row {
				if ht := rowHeight(r, s.ColWidths, st); ht > lineHeight(st.size) {
					fmt.Fprintf(&b, `<row r="%d" ht="%s" customHeight="1">`, i+1, strconv.FormatFloat(ht, 'f', -1, 64))
				} else {
					fmt.Fprintf(&b, `<row r="%d">`, i+1)
				}
				row = true
			}
			ref := CellName(j+1, i+1)
			fmt.Fprintf(&b, `<c r="%s"`, ref)
			id, err := st.id(c.Style)
			if err != nil {
				return nil, fmt.Errorf("%w (sheet %q, cell %s)", err, s.Name, ref)
			}
			if id > 0 {
				fmt.Fprintf(&b, ` s="%d"`, id)
			}
			if c.Text == "" {
				b.WriteString(`/>`)
				continue
			}
			if n := len(utf16.Encode([]rune(c.Text))); n > MaxText {
				return nil, fmt.Errorf("xlsx: sheet %q, cell %s: %d characters, more than Excel's %d", s.Name, ref, n, MaxText)
			}
			fmt.Fprintf(&b, ` t="s"><v>%d</v></c>`, ss.id(c.Text))
		}
		if row {
			b.WriteString(`</row>`)
		}
	}
	b.WriteString(`</sheetData>`)
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	b.WriteString(`<pageSetup paperSize="9"`)
	if s.FitWidth {
		b.WriteString(` fitToWidth="1" fitToHeight="0"`)
	}
	if s.Landscape {
		b.WriteString(` orientation="landscape"/>`)
	} else {
		b.WriteString(` orientation="portrait"/>`)
	}
	b.WriteString(`</worksheet>`)
	return b.Bytes(), nil
}

// lineHeight is the height in points of a line of text in a font of size points, near what
// Excel gives a row (15 for Calibri 11, 18.75 for Times New Roman 14), to the quarter point.
func lineHeight(size float64) float64 { return math.Ceil((size*1.25+1.25)*4) / 4 }

// defaultWidth is Excel's column width when a sheet sets none, in characters.
const defaultWidth = 8.43

// rowHeight estimates the height a row needs: the most lines any cell wraps to in its
// column's width (words laid one after the other, a character taken as 0.9 of a digit),
// in the cell's font. Neither Excel nor LibreOffice sizes a row to wrapped text on opening
// a file, so the height is written.
func rowHeight(r []Cell, widths []float64, st *styles) float64 {
	ht := 0.0
	for j, c := range r {
		size := c.Style.Size
		if size <= 0 {
			size = st.size
		}
		width := defaultWidth
		if j < len(widths) && widths[j] > 0 {
			width = widths[j]
		}
		lines := 1
		if c.Style.Wrap {
			// Letters are on average narrower than the digit a width counts (in Times New
			// Roman and Calibri, Vietnamese text runs about 0.85 of a digit a character).
			lines = wrappedLines(c.Text, width/0.9*st.size/size)
		}
		ht = max(ht, float64(lines)*lineHeight(size))
	}
	return math.Min(ht, 409)
}

// wrappedLines counts the lines text takes in width characters, breaking at spaces and at
// line feeds.
func wrappedLines(text string, width float64) int {
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		used := 0.0
		for _, w := range strings.Fields(para) {
			n := float64(utf8.RuneCountInString(w))
			switch {
			case used == 0:
				used = n
			case used+1+n <= width:
				used += 1 + n
			default:
				lines++
				used = n
			}
			for used > width { // a word longer than the line breaks inside
				lines++
				used -= width
			}
		}
	}
	return lines
}

// strTable is the shared string table, in order of first use.
type strTable struct {
	index map[string]int
	list  []string
	uses  int
}

func (t *strTable) id(s string) int {
	t.uses++
	if i, ok := t.index[s]; ok {
		return i
	}
	t.index[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t *strTable) xml() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, xmlDecl+`<sst xmlns="%s" count="%d" uniqueCount="%d">`, nsMain, t.uses, len(t.list))
	for _, s := range t.list {
		e := escape(s)
		if strings.TrimSpace(e) != e || strings.Contains(e, "  ") {
			b.WriteString(`<si><t xml:space="preserve">` + textEscape(e) + `</t></si>`)
		} else {
			b.WriteString(`<si><t>` + textEscape(e) + `</t></si>`)
		}
	}
	b.WriteString(`</sst>`)
	return b.Bytes()
}

// styles are the cell formats used, in order of first use; 0 is the default.
type styles struct {
	index map[Style]int
	list  []Style
	font  string  // the default font
	size  float64 // and its size
}

func (st *styles) id(s Style) (int, error) {
	if i, ok := st.index[s]; ok {
		return i, nil
	}
	if !oneOf(s.HAlign, "", "general", "left", "center", "right", "fill", "justify", "centerContinuous", "distributed") ||
		!oneOf(s.VAlign, "", "top", "center", "bottom", "justify", "distributed") {
		return 0, fmt.Errorf("xlsx: alignment %q/%q", s.HAlign, s.VAlign)
	}
	if s.Size < 0 || s.Size > 409 || s.Size != s.Size {
		return 0, fmt.Errorf("xlsx: font size %v", s.Size)
	}
	if escape(s.Font) != s.Font {
		return 0, fmt.Errorf("xlsx: font name %q", s.Font)
	}
	st.index[s] = len(st.list)
	st.list = append(st.list, s)
	return len(st.list) - 1, nil
}

func oneOf(s string, list ...string) bool {
	for _, l := range list {
		if s == l {
			return true
		}
	}
	return false
}

type fontKey struct {
	name string
	size float64
	bold bool
}

func (st *styles) xml() []byte {
	fonts := []fontKey{{st.font, st.size, false}}
	fontID := map[fontKey]int{fonts[0]: 0}
	xfFont := make([]int, len(st.list))
	for i, s := range st.list {
		k := fontKey{s.Font, s.Size, s.Bold}
		if k.name == "" {
			k.name = st.font
		}
		if k.size <= 0 {
			k.size = st.size
		}
		id, ok := fontID[k]
		if !ok {
			id = len(fonts)
			fontID[k] = id
			fonts = append(fonts, k)
		}
		xfFont[i] = id
	}
	var b bytes.Buffer
	b.WriteString(xmlDecl + `<styleSheet xmlns="` + nsMain + `">`)
	fmt.Fprintf(&b, `<fonts count="%d">`, len(fonts))
	for _, f := range fonts {
		b.WriteString(`<font>`)
		if f.bold {
			b.WriteString(`<b/>`)
		}
		fmt.Fprintf(&b, `<sz val="%s"/><name val="%s"/>`, strconv.FormatFloat(f.size, 'f', -1, 64), attrEscape(f.name))
		if f.name == "Calibri" {
			b.WriteString(`<family val="2"/><scheme val="minor"/>`)
		}
		b.WriteString(`</font>`)
	}
	b.WriteString(`</fonts>`)
	b.WriteString(`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>`)
	b.WriteString(`<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>`)
	for _, side := range []string{"left", "right", "top", "bottom"} {
		b.WriteString(`<` + side + ` style="thin"><color rgb="FF000000"/></` + side + `>`)
	}
	b.WriteString(`<diagonal/></border></borders>`)
	b.WriteString(`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	fmt.Fprintf(&b, `<cellXfs count="%d">`, len(st.list))
	for i, s := range st.list {
		border := 0
		if s.Border {
			border = 1
		}
		fmt.Fprintf(&b, `<xf numFmtId="0" fontId="%d" fillId="0" borderId="%d" xfId="0"`, xfFont[i], border)
		if xfFont[i] > 0 {
			b.WriteString(` applyFont="1"`)
		}
		if border > 0 {
			b.WriteString(` applyBorder="1"`)
		}
		if s.Wrap || s.HAlign != "" || s.VAlign != "" {
			b.WriteString(` applyAlignment="1"><alignment`)
			if s.HAlign != "" {
				b.WriteString(` horizontal="` + attrEscape(s.HAlign) + `"`)
			}
			if s.VAlign != "" {
				b.WriteString(` vertical="` + attrEscape(s.VAlign) + `"`)
			}
			if s.Wrap {
				b.WriteString(` wrapText="1"`)
			}
			b.WriteString(`/></xf>`)
		} else {
			b.WriteString(`/>`)
		}
	}
	b.WriteString(`</cellXfs>`)
	b.WriteString(`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>`)
	b.WriteString(`</styleSheet>`)
	return b.Bytes()
}

func textEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func attrEscape(s string) string { return textEscape(s) }
