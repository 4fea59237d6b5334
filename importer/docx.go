package importer

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/render"
)

// Para is one paragraph of the input with where it came from. Text may hold "\n" (a line
// break inside the paragraph) and "\t" (a tab).
type Para struct {
	Text string
	Pos  Pos
	// Style is the paragraph style's name in a .docx ("" elsewhere).
	Style string
	// Table is the 1-based number of the table holding the paragraph (0: body text), with
	// its 0-based row and column.
	Table, Row, Col int
}

const nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// readDocx returns the paragraphs of word/document.xml in reading order, table cells one
// after the other, with automatic numbers written out, field results kept, tracked
// insertions kept and deletions dropped (changes taken as accepted).
func readDocx(zr *zip.Reader) ([]Para, error) {
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	doc := files["word/document.xml"]
	if doc == nil {
		return nil, fail("không phải văn bản Word: thiếu phần word/document.xml", "not a Word document: word/document.xml is missing", nil)
	}
	r := &docxReader{}
	if f := files["word/numbering.xml"]; f != nil {
		if err := withPart(f, r.readNumbering); err != nil {
			return nil, fail("phần word/numbering.xml hỏng (không phải XML hợp lệ)", "word/numbering.xml", err)
		}
	}
	if f := files["word/styles.xml"]; f != nil {
		if err := withPart(f, r.readStyles); err != nil {
			return nil, fail("phần word/styles.xml hỏng (không phải XML hợp lệ)", "word/styles.xml", err)
		}
	}
	if err := withPart(doc, r.readBody); err != nil {
		return nil, fail("phần word/document.xml hỏng (không phải XML hợp lệ)", "word/document.xml", err)
	}
	return r.paras, nil
}

func withPart(f *zip.File, read func(*xml.Decoder) error) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return read(xml.NewDecoder(io.LimitReader(rc, 256<<20)))
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// numLevel is one level of a list definition.
type numLevel struct {
	format string // decimal, lowerLetter, upperRoman, bullet, ...
	text   string // "Điều %1.", "%1.", "%1.%2."
	start  int
}

type numInstance struct {
	abstract string
	starts   map[int]int // level → startOverride
}

type styleInfo struct {
	name, basedOn string
	numID         string
	ilvl          int
	hasNum        bool
}

type docxReader struct {
	abstract  map[string]map[int]numLevel
	nums      map[string]numInstance
	styles    map[string]styleInfo
	counters  map[string][]int // numId → current count per level
	paras     []Para
	paraCount int
	tables    int
}

func (r *docxReader) readNumbering(dec *xml.Decoder) error {
	r.abstract = map[string]map[int]numLevel{}
	r.nums = map[string]numInstance{}
	var curAbs, curNum string
	curLvl := -1
	var lvl numLevel
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "abstractNum":
				curAbs = attr(t, "abstractNumId")
				r.abstract[curAbs] = map[int]numLevel{}
			case "num":
				curNum = attr(t, "numId")
				r.nums[curNum] = numInstance{starts: map[int]int{}}
			case "abstractNumId":
				if curNum != "" {
					n := r.nums[curNum]
					n.abstract = attr(t, "val")
					r.nums[curNum] = n
				}
			case "lvl":
				curLvl, _ = strconv.Atoi(attr(t, "ilvl"))
				lvl = numLevel{start: 1, format: "decimal"}
			case "lvlOverride":
				curLvl, _ = strconv.Atoi(attr(t, "ilvl"))
			case "startOverride":
				if curNum != "" {
					v, _ := strconv.Atoi(attr(t, "val"))
					r.nums[curNum].starts[curLvl] = v
				}
			case "start":
				if curAbs != "" && curNum == "" {
					lvl.start, _ = strconv.Atoi(attr(t, "val"))
				}
			case "numFmt":
				lvl.format = attr(t, "val")
			case "lvlText":
				lvl.text = attr(t, "val")
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "lvl":
				if curAbs != "" && curNum == "" {
					r.abstract[curAbs][curLvl] = lvl
				}
			case "abstractNum":
				curAbs = ""
			case "num":
				curNum = ""
			}
		}
	}
}

func (r *docxReader) readStyles(dec *xml.Decoder) error {
	r.styles = map[string]styleInfo{}
	var id string
	var s styleInfo
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				id, s = attr(t, "styleId"), styleInfo{}
			case "name":
				s.name = attr(t, "val")
			case "basedOn":
				s.basedOn = attr(t, "val")
			case "numId":
				s.numID, s.hasNum = attr(t, "val"), true
			case "ilvl":
				s.ilvl, _ = strconv.Atoi(attr(t, "val"))
			}
		case xml.EndElement:
			if t.Name.Local == "style" && id != "" {
				r.styles[id] = s
				id = ""
			}
		}
	}
}

// styleNum returns the numbering a paragraph style (or one it is based on) carries.
func (r *docxReader) styleNum(id string) (string, int, bool) {
	for i := 0; i < 10 && id != ""; i++ {
		s, ok := r.styles[id]
		if !ok {
			return "", 0, false
		}
		if s.hasNum {
			return s.numID, s.ilvl, true
		}
		id = s.basedOn
	}
	return "", 0, false
}

// label returns the automatic number of a paragraph in list numID at level ilvl, and
// advances the list's counters.
func (r *docxReader) label(numID string, ilvl int) string {
	inst, ok := r.nums[numID]
	if !ok || numID == "0" {
		return ""
	}
	levels := r.abstract[inst.abstract]
	if r.counters == nil {
		r.counters = map[string][]int{}
	}
	c := r.counters[numID]
	if c == nil {
		c = make([]int, 9)
		for i := range c {
			c[i] = -1
		}
		r.counters[numID] = c
	}
	if ilvl < 0 || ilvl > 8 {
		ilvl = 0
	}
	startOf := func(l int) int {
		if s, ok := inst.starts[l]; ok {
			return s
		}
		if lv, ok := levels[l]; ok {
			return lv.start
		}
		return 1
	}
	if c[ilvl] < 0 {
		c[ilvl] = startOf(ilvl)
	} else {
		c[ilvl]++
	}
	for l := ilvl + 1; l < len(c); l++ {
		c[l] = -1
	}
	lv, ok := levels[ilvl]
	if !ok {
		return ""
	}
	if lv.format == "bullet" || lv.format == "none" {
		if lv.format == "bullet" && (lv.text == "-" || lv.text == "–" || lv.text == "+") {
			return lv.text + " "
		}
		return ""
	}
	text := lv.text
	for l := 0; l <= ilvl; l++ {
		n := c[l]
		if n < 0 {
			n = startOf(l)
		}
		f := lv.format
		if l != ilvl {
			if o, ok := levels[l]; ok {
				f = o.format
			}
		}
		text = strings.ReplaceAll(text, "%"+strconv.Itoa(l+1), formatNum(n, f))
	}
	return text + " "
}

// formatNum writes list number n the way Word shows it in format f. Past z, Word's letters
// repeat the letter (27 aa, 28 bb, 53 aaa), not count on like spreadsheet columns (ab):
// LibreOffice reads a .docx's lowerLetter/upperLetter as its CHARS_LOWER_LETTER_N/
// CHARS_UPPER_LETTER_N types for that reason (writerfilter ConversionHelper
// ConvertNumberingType), and the ODF "num-letter-sync" setting that names this
// scheme is the one Word supports ([MS-OODF] 2.1.459). A Vietnamese text never gets there: a
// khoản has at most 23 points, a to y (rule points-limit).
func formatNum(n int, f string) string {
	switch f {
	case "lowerLetter", "upperLetter":
		if n < 1 {
			return strconv.Itoa(n)
		}
		s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
		if f == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "upperRoman", "lowerRoman":
		s := render.Roman(n)
		if f == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// cellPos is where the reader is in a table.
type cellPos struct{ table, row, col int }

func (r *docxReader) readBody(dec *xml.Decoder) error {
	var (
		stack   []cellPos // tables being read, innermost last
		inPara  bool
		text    strings.Builder
		style   string
		numID   string
		ilvl    int
		hasNum  bool
		skip    int  // depth inside w:del, w:moveFrom, w:instrText, deleted text
		fldSkip bool // between a complex field's begin and separate: its instruction
		inPPr   bool
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != nsW && t.Name.Space != "" {
				// Drawings and other vocabularies: descend; w: text inside is still read
				// (text boxes), except for alternate content's fallback copy below.
				if t.Name.Local == "Fallback" {
					skip++
				}
				continue
			}
			if skip > 0 {
				if t.Name.Local == "del" || t.Name.Local == "moveFrom" || t.Name.Local == "instrText" || t.Name.Local == "delText" {
					skip++
				}
				continue
			}
			switch t.Name.Local {
			case "tbl":
				r.tables++
				stack = append(stack, cellPos{table: r.tables, row: -1})
			case "tr":
				if len(stack) > 0 {
					stack[len(stack)-1].row++
					stack[len(stack)-1].col = -1
				}
			case "tc":
				if len(stack) > 0 {
					stack[len(stack)-1].col++
				}
			case "p":
				inPara = true
				r.paraCount++
				text.Reset()
				style, numID, ilvl, hasNum, fldSkip = "", "", 0, false, false
			case "pPr":
				inPPr = true
			case "pStyle":
				if inPPr {
					style = attr(t, "val")
				}
			case "numId":
				if inPPr {
					numID, hasNum = attr(t, "val"), true
				}
			case "ilvl":
				if inPPr {
					ilvl, _ = strconv.Atoi(attr(t, "val"))
				}
			case "del", "moveFrom", "instrText", "delText":
				skip++
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					fldSkip = true
				case "separate", "end":
					fldSkip = false
				}
			case "t":
				if inPara && !fldSkip {
					var s string
					if err := dec.DecodeElement(&s, &t); err != nil {
						return err
					}
					text.WriteString(s)
				}
			case "tab":
				if inPara && !inPPr && !fldSkip {
					text.WriteByte('\t')
				}
			case "br", "cr":
				if inPara && !fldSkip && attr(t, "type") != "page" && attr(t, "type") != "column" {
					text.WriteByte('\n')
				}
			case "noBreakHyphen":
				if inPara && !fldSkip {
					text.WriteByte('-')
				}
			}
		case xml.EndElement:
			if t.Name.Space != nsW && t.Name.Space != "" {
				if t.Name.Local == "Fallback" {
					skip--
				}
				continue
			}
			switch t.Name.Local {
			case "del", "moveFrom", "instrText", "delText":
				if skip > 0 {
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch t.Name.Local {
			case "pPr":
				inPPr = false
			case "tbl":
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			case "p":
				if !inPara {
					continue
				}
				inPara = false
				if !hasNum && style != "" {
					numID, ilvl, hasNum = r.styleNum(style)
				}
				label := ""
				if hasNum {
					label = r.label(numID, ilvl)
				}
				p := Para{Text: label + text.String(), Pos: Pos{Para: r.paraCount}, Style: r.styleName(style)}
				if len(stack) > 0 {
					c := stack[len(stack)-1]
					p.Table, p.Row, p.Col = c.table, c.row, c.col
				}
				r.paras = append(r.paras, p)
			}
		}
	}
}

func (r *docxReader) styleName(id string) string {
	if s, ok := r.styles[id]; ok && s.name != "" {
		return s.name
	}
	return id
}
