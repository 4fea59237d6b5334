package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Limits bound what Read takes in, against zip bombs and sheets that address a million
// columns: past one, Read stops with a TooLarge error.
type Limits struct {
	// PartSize is the most bytes one part (the sheet, the shared strings) may unpack to.
	PartSize int64
	// Cells is the most cells the rows may span in all, counting the empty cells before
	// the last filled one of each row (a row with only XFD1 filled spans 16,384).
	Cells int
	// Strings is the most shared strings.
	Strings int
}

// DefaultLimits are ample for any member list (a few hundred rows) and keep a hostile file
// to some tens of megabytes of memory.
var DefaultLimits = Limits{PartSize: 32 << 20, Cells: 1 << 20, Strings: 1 << 20}

// Row is one row of a sheet that has text in at least one cell.
type Row struct {
	Num   int      // 1-based row number, as Excel shows it
	Cells []string // the cells' text from column A to the last filled one; "" for an empty cell
}

// Table is the text of one worksheet as read.
type Table struct {
	Sheet string // the sheet's name
	Rows  []Row  // rows with text, in order; empty rows are left out
}

// Read returns the text of the workbook's first sheet (the first visible worksheet in the
// workbook's own order, whatever its part is named), within DefaultLimits.
func Read(data []byte) (*Table, error) { return DefaultLimits.Read(data) }

// Read returns the text of the workbook's first sheet within the limits l.
//
// A cell's text is the string it holds (shared, inline or a formula's result, rich text runs
// joined, phonetic guides left out), a number in shortest form to 15 significant digits as
// Excel shows it under the General format ("0.1", "42", a date's serial number), TRUE or
// FALSE, or an error value such as "#N/A". A range merged over several rows reads as its
// first cell's text in each of those rows (in its first column).
func (l Limits) Read(data []byte) (*Table, error) {
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		return nil, &Error{Kind: OldFormat}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{Kind: NotZip, Err: err}
	}
	p := &pkg{limits: l, files: map[string]*zip.File{}, folded: map[string]*zip.File{}}
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, "/")
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
		if _, dup := p.folded[strings.ToLower(name)]; !dup {
			p.folded[strings.ToLower(name)] = f // OPC part names are case-insensitive
		}
	}
	return p.firstSheet()
}

type pkg struct {
	limits Limits
	files  map[string]*zip.File
	folded map[string]*zip.File
}

func (p *pkg) file(name string) *zip.File {
	if f := p.files[name]; f != nil {
		return f
	}
	return p.folded[strings.ToLower(name)]
}

// Relationship types end the same in transitional and strict OOXML.
const (
	relOfficeDocument = "/officeDocument"
	relWorksheet      = "/worksheet"
	relSharedStrings  = "/sharedStrings"
)

type rel struct{ id, typ, target string }

func (p *pkg) firstSheet() (*Table, error) {
	wbPart := "xl/workbook.xml"
	if rels, err := p.rels(""); err != nil {
		return nil, err
	} else {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, relOfficeDocument) {
				wbPart = r.target
				break
			}
		}
	}
	if p.file(wbPart) == nil {
		return nil, &Error{Kind: NotWorkbook, Part: wbPart, Err: errors.New("no workbook part")}
	}
	sheets, err := p.workbook(wbPart)
	if err != nil {
		return nil, err
	}
	if len(sheets) == 0 {
		return nil, &Error{Kind: NoSheet, Part: wbPart}
	}
	rels, err := p.rels(wbPart)
	if err != nil {
		return nil, err
	}
	// The first worksheet a clerk sees: hidden sheets and chart sheets are passed over,
	// unless every sheet is hidden.
	byID := map[string]rel{}
	var ssPart string
	for _, r := range rels {
		if _, dup := byID[r.id]; !dup {
			byID[r.id] = r
		}
		if strings.HasSuffix(r.typ, relSharedStrings) && ssPart == "" {
			ssPart = r.target
		}
	}
	first := sheets[0]
	for _, hidden := range []bool{false, true} {
		found := false
		for _, sh := range sheets {
			if r, ok := byID[sh.rid]; ok && strings.HasSuffix(r.typ, relWorksheet) && (hidden || sh.state == "" || sh.state == "visible") {
				first, found = sh, true
				break
			}
		}
		if found {
			break
		}
	}
	sheetPart := byID[first.rid].target
	if sheetPart == "" {
		return nil, &Error{Kind: MissingPart, Part: relsName(wbPart), Err: fmt.Errorf("no relationship %q for sheet %q", short(first.rid), short(first.name))}
	}
	if p.file(sheetPart) == nil {
		return nil, &Error{Kind: MissingPart, Part: sheetPart}
	}
	var strs []string
	if ssPart != "" {
		if p.file(ssPart) == nil {
			return nil, &Error{Kind: MissingPart, Part: ssPart}
		}
		if strs, err = p.sharedStrings(ssPart); err != nil {
			return nil, err
		}
	}
	rows, err := p.sheet(sheetPart, strs)
	if err != nil {
		return nil, err
	}
	return &Table{Sheet: first.name, Rows: rows}, nil
}

// relsName is the relationships part of part ("" for the package's own).
func relsName(part string) string {
	dir, file := path.Split(part)
	return dir + "_rels/" + file + ".rels"
}

// rels reads the relationships of part, their targets resolved to part names. A package
// without _rels/.rels has none (the caller falls back to the customary names); any other
// missing relationships part is an error.
func (p *pkg) rels(part string) ([]rel, error) {
	name := relsName(part)
	if p.file(name) == nil {
		if part == "" {
			return nil, nil
		}
		return nil, &Error{Kind: MissingPart, Part: name}
	}
	var out []rel
	err := p.parse(name, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "Relationship" || attr(se, "TargetMode") == "External" {
			return nil
		}
		t := attr(se, "Target")
		if u, err := url.PathUnescape(t); err == nil {
			t = u
		}
		if strings.HasPrefix(t, "/") {
			t = path.Clean(t)[1:]
		} else {
			t = path.Join(path.Dir(part), t)
		}
		out = append(out, rel{attr(se, "Id"), attr(se, "Type"), t})
		return nil
	})
	return out, err
}

type sheetRef struct{ name, rid, state string }

// workbook reads the sheets the workbook lists, in order. Its root must be <workbook>.
func (p *pkg) workbook(part string) ([]sheetRef, error) {
	var out []sheetRef
	root := true
	err := p.parse(part, func(d *xml.Decoder, se xml.StartElement) error {
		if root {
			root = false
			if se.Name.Local != "workbook" {
				return &Error{Kind: NotWorkbook, Part: part, Err: fmt.Errorf("root element <%s>", se.Name.Local)}
			}
		}
		if se.Name.Local == "sheet" {
			out = append(out, sheetRef{attr(se, "name"), attr(se, "id"), attr(se, "state")})
		}
		return nil
	})
	return out, err
}

// sharedStrings reads the shared string table: each <si>'s text, the <t> of its rich text
// runs joined, phonetic runs (<rPh>) left out.
func (p *pkg) sharedStrings(part string) ([]string, error) {
	var out []string
	err := p.parse(part, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "si" {
			return nil
		}
		if len(out) >= p.limits.Strings {
			return &Error{Kind: TooLarge, Part: part, Err: fmt.Errorf("more than %d shared strings", p.limits.Strings)}
		}
		s, err := richText(d)
		if err != nil {
			return err
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

// richText reads the text of the element just started (<si> or <is>) to its end.
func richText(d *xml.Decoder) (string, error) {
	var b strings.Builder
	depth, inT, skip := 1, 0, 0
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case skip > 0:
				skip++
			case t.Name.Local == "rPh":
				skip = 1
			case t.Name.Local == "t":
				inT++
			}
		case xml.EndElement:
			depth--
			switch {
			case skip > 0:
				skip--
			case t.Name.Local == "t" && inT > 0:
				inT--
			}
		case xml.CharData:
			if inT > 0 && skip == 0 {
				b.Write(t)
			}
		}
	}
	return unescape(b.String()), nil
}

// sheet reads the rows of a worksheet part.
func (p *pkg) sheet(part string, strs []string) ([]Row, error) {
	var rows []Row
	rowNum, cells := 0, 0
	var cur *Row
	finish := func() {
		if cur == nil {
			return
		}
		n := len(cur.Cells)
		for n > 0 && cur.Cells[n-1] == "" {
			n--
		}
		if n > 0 {
			cur.Cells = cur.Cells[:n]
			rows = append(rows, *cur)
		}
		cur = nil
	}
	inData := false
	col := 0
	err := p.parse(part, func(d *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "sheetData":
			inData = true
		case "row":
			if !inData {
				return nil
			}
			finish()
			n := rowNum + 1
			if r := attr(se, "r"); r != "" {
				v, err := strconv.Atoi(r)
				if err != nil || v < 1 || v > MaxRow {
					return &Error{Kind: BadCell, Err: fmt.Errorf("row number %q outside 1-%d", short(r), MaxRow)}
				}
				n = v
			}
			rowNum, col = n, 0
			cur = &Row{Num: n}
		case "c":
			if cur == nil {
				return nil
			}
			c := col + 1
			if r := attr(se, "r"); r != "" {
				v, _, err := ParseCell(r)
				if err != nil {
					return &Error{Kind: BadCell, Cell: short(r), Err: err}
				}
				c = v
			} else if c > MaxCol {
				return &Error{Kind: BadCell, Cell: CellName(MaxCol, rowNum), Err: fmt.Errorf("more than %d cells in row %d", MaxCol, rowNum)}
			}
			col = c
			ref := CellName(c, rowNum)
			text, err := cellText(d, attr(se, "t"), strs)
			if err != nil {
				var e *Error
				if errors.As(err, &e) {
					e.Cell = ref
				}
				return err
			}
			if text == "" {
				return nil
			}
			if grow := c - len(cur.Cells); grow > 0 {
				if cells += grow; cells > p.limits.Cells {
					return &Error{Kind: TooLarge, Cell: ref, Err: fmt.Errorf("the rows span more than %d cells", p.limits.Cells)}
				}
				cur.Cells = append(cur.Cells, make([]string, grow)...)
			}
			cur.Cells[c-1] = text
		}
		return nil
	}, "sheetData")
	if err != nil {
		return nil, err
	}
	finish()
	// The merged ranges follow sheetData (ECMA-376 Part 1, 18.3.1.99): read the part again
	// for them, so that nothing after sheetData is ever read as a cell.
	var merges [][3]int // column, first row, last row of ranges over several rows
	err = p.parse(part, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "mergeCell" {
			return nil
		}
		// A reference that is not a range is left alone (the cells read as written).
		a, b, ok := strings.Cut(attr(se, "ref"), ":")
		if !ok {
			return nil
		}
		c1, r1, err1 := ParseCell(a)
		c2, r2, err2 := ParseCell(b)
		if err1 == nil && err2 == nil && r2 > r1 && c2 >= c1 {
			merges = append(merges, [3]int{c1, r1, r2})
		}
		return nil
	}, "mergeCells")
	if err != nil {
		return nil, err
	}
	// Excel writes rows in order; a writer that does not is read as if it had.
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Num < rows[j].Num })
	out := rows[:0]
	for _, r := range rows {
		if n := len(out); n > 0 && out[n-1].Num == r.Num {
			prev := &out[n-1]
			for len(prev.Cells) < len(r.Cells) {
				prev.Cells = append(prev.Cells, "")
			}
			for i, c := range r.Cells {
				if c != "" {
					prev.Cells[i] = c
				}
			}
			continue
		}
		out = append(out, r)
	}
	return fillMerged(out, merges, p.limits.Cells-cells, part)
}

// fillMerged gives the rows a merged range covers below its first row (ECMA-376 Part 1,
// 18.3.1.55 mergeCell) the value of its first cell, in its first column, as a clerk sees it:
// a member list often merges "UBND tỉnh" over the Chủ tịch's and Phó Chủ tịch's rows, and
// the second member would otherwise read with no body. Rows with no other text stay out.
func fillMerged(rows []Row, merges [][3]int, budget int, part string) ([]Row, error) {
	for _, m := range merges {
		col, first, last := m[0], m[1], m[2]
		i, found := sort.Find(len(rows), func(i int) int { return first - rows[i].Num })
		if !found || col > len(rows[i].Cells) || rows[i].Cells[col-1] == "" {
			continue
		}
		v := rows[i].Cells[col-1]
		for j := i + 1; j < len(rows) && rows[j].Num <= last; j++ {
			if budget -= col; budget < 0 {
				return nil, &Error{Kind: TooLarge, Part: part, Err: errors.New("merged ranges span too many cells")}
			}
			r := &rows[j]
			for len(r.Cells) < col {
				r.Cells = append(r.Cells, "")
			}
			if r.Cells[col-1] == "" {
				r.Cells[col-1] = v
			}
		}
	}
	return rows, nil
}

// cellText reads the value of the <c> just started, of type t, to its end.
func cellText(d *xml.Decoder, t string, strs []string) (string, error) {
	var v string
	var inline string
	hasV := false
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch {
			case depth == 1 && e.Name.Local == "v":
				s, err := textOf(d)
				if err != nil {
					return "", err
				}
				v, hasV = s, true
				continue
			case depth == 1 && e.Name.Local == "is":
				s, err := richText(d)
				if err != nil {
					return "", err
				}
				inline = s
				continue
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	switch t {
	case "inlineStr":
		return inline, nil
	case "s":
		if !hasV {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(strs) {
			return "", &Error{Kind: BadCell, Err: fmt.Errorf("shared string %q not in the table of %d", v, len(strs))}
		}
		return strs[i], nil
	case "b":
		switch strings.TrimSpace(v) {
		case "1", "true":
			return "TRUE", nil
		case "0", "false":
			return "FALSE", nil
		case "":
			return "", nil
		}
		return "", &Error{Kind: BadCell, Err: fmt.Errorf("boolean %q", v)}
	case "str", "e", "d":
		return unescape(v), nil
	case "", "n":
		return number(v), nil
	}
	return "", &Error{Kind: BadCell, Err: fmt.Errorf("unknown cell type %q", t)}
}

// textOf reads the character data of the element just started to its end.
func textOf(d *xml.Decoder) (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

// number returns a numeric cell's value as Excel's General format shows it, to 15
// significant digits ("0.30000000000000004" is "0.3"); text that is not a number is kept.
func number(v string) string {
	v = strings.TrimSpace(v)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return v
	}
	f, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	if f == 0 {
		return "0" // and not "-0"
	}
	if a := math.Abs(f); a >= 1e15 || a < 1e-9 {
		return strconv.FormatFloat(f, 'E', -1, 64)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// parse runs each start element of part through fn (which may read on from the decoder),
// within the part size limit; an error names the part and the line. With stop, parsing ends
// at the end of the first element of that name.
func (p *pkg) parse(part string, fn func(*xml.Decoder, xml.StartElement) error, stop ...string) error {
	f := p.file(part)
	if f == nil {
		return &Error{Kind: MissingPart, Part: part}
	}
	if f.UncompressedSize64 > uint64(p.limits.PartSize) {
		return &Error{Kind: TooLarge, Part: part, Err: fmt.Errorf("%d bytes unpacked, more than %d", f.UncompressedSize64, p.limits.PartSize)}
	}
	rc, err := f.Open()
	if err != nil {
		return &Error{Kind: NotZip, Part: part, Err: err}
	}
	defer rc.Close()
	lr := &limitReader{r: rc, n: p.limits.PartSize}
	d := xml.NewDecoder(lr)
	located := func(err error) error {
		line, _ := d.InputPos()
		var e *Error
		if errors.As(err, &e) {
			if e.Part == "" {
				e.Part = part
			}
			if e.Line == 0 {
				e.Line = line
			}
			return e
		}
		switch {
		case errors.Is(err, errTooLarge):
			return &Error{Kind: TooLarge, Part: part, Line: line, Err: fmt.Errorf("unpacks to more than %d bytes", p.limits.PartSize)}
		case errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrFormat), errors.Is(err, io.ErrUnexpectedEOF) && lr.read < int64(f.UncompressedSize64):
			return &Error{Kind: NotZip, Part: part, Err: err}
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line = se.Line
		}
		return &Error{Kind: BadXML, Part: part, Line: line, Err: err}
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return located(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(d, t); err != nil {
				return located(err)
			}
		case xml.EndElement:
			if len(stop) > 0 && t.Name.Local == stop[0] {
				return nil
			}
		case xml.Directive:
			// A DTD has no place in OOXML (ECMA-376 Part 2, 8.1.4 forbids it in the package's
			// parts); encoding/xml would not expand its entities anyway.
			return &Error{Kind: BadXML, Part: part, Line: func() int { l, _ := d.InputPos(); return l }(), Err: errors.New("DTD declaration")}
		}
	}
}

var errTooLarge = errors.New("part too large")

// limitReader reads at most n bytes and fails, rather than ending quietly, past them.
type limitReader struct {
	r    io.Reader
	n    int64
	read int64
}

func (l *limitReader) Read(b []byte) (int, error) {
	if l.read >= l.n {
		var one [1]byte
		k, err := l.r.Read(one[:])
		if k > 0 {
			return 0, errTooLarge
		}
		if err == nil {
			err = io.EOF
		}
		return 0, err
	}
	if int64(len(b)) > l.n-l.read {
		b = b[:l.n-l.read]
	}
	k, err := l.r.Read(b)
	l.read += int64(k)
	return k, err
}
