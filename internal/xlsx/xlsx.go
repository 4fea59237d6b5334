// Package xlsx reads the cell text of a workbook's first visible sheet and writes small styled
// workbooks, in the Office Open XML spreadsheet format (.xlsx), with archive/zip and
// encoding/xml only.
//
// It does what qd needs of spreadsheets (member lists in and out) and no more: no formulas
// are evaluated (a formula cell reads as the value Excel or LibreOffice saved with it), and
// numbers read as the number itself, not as the cell's number format shows it (a date is its
// serial number).
package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The largest cell Excel addresses (ECMA-376 Part 1, 18.3.1.4: XFD1048576).
const (
	MaxCol = 16384
	MaxRow = 1048576
)

// Kind says what went wrong reading a workbook.
type Kind int

// The kinds of Error.
const (
	NotZip      Kind = iota + 1 // not a zip archive (or a damaged one)
	OldFormat                   // an OLE compound file: a .xls of Excel 97-2003, or an .xlsx protected by a password
	NotWorkbook                 // a zip, but not a spreadsheet (a .docx, say)
	MissingPart                 // a part the workbook names is not in the archive
	BadXML                      // a part is not well-formed XML
	TooLarge                    // a part or the sheet is beyond the reader's limits
	BadCell                     // a cell reference or a cell's value is out of range
	NoSheet                     // the workbook lists no sheet
)

// Error is a workbook that cannot be read, with where: the part, its line, the cell.
type Error struct {
	Kind Kind
	Part string // the part of the package, e.g. "xl/worksheets/sheet1.xml"; "" for the archive
	Line int    // line in Part, 0 when unknown
	Cell string // the cell, e.g. "B7"; "" when none
	Err  error  // the cause, or nil
}

var kindText = map[Kind]string{
	NotZip:      "not a zip archive",
	OldFormat:   "an OLE compound file (Excel 97-2003 .xls, or a password-protected .xlsx)",
	NotWorkbook: "not a spreadsheet",
	MissingPart: "missing part",
	BadXML:      "malformed XML",
	TooLarge:    "too large",
	BadCell:     "bad cell",
	NoSheet:     "the workbook has no sheet",
}

// Error says what went wrong and where, in English: "xlsx: xl/worksheets/sheet1.xml:3:
// B7: bad cell: ...".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("xlsx: ")
	if e.Part != "" {
		b.WriteString(e.Part)
		if e.Line > 0 {
			b.WriteString(":" + strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	}
	if e.Cell != "" {
		b.WriteString(e.Cell + ": ")
	}
	b.WriteString(kindText[e.Kind])
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// ColName returns the letters of 1-based column col: 1 is "A", 27 is "AA", 16384 "XFD".
func ColName(col int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append(b, byte('A'+(col-1)%26))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// CellName returns the reference of the cell at 1-based col and row, e.g. "B7".
func CellName(col, row int) string { return ColName(col) + strconv.Itoa(row) }

// ParseCell reads a cell reference such as "B7" or "$B$7" (letters in either case) into its
// 1-based column and row; row is 0 when ref has no digits ("B"). A reference beyond XFD1048576
// is an error.
func ParseCell(ref string) (col, row int, err error) {
	q := short(ref)
	s := strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		if i == 3 {
			return 0, 0, fmt.Errorf("column of %q beyond XFD", q)
		}
		col = col*26 + int(s[i]|0x20-'a') + 1
		i++
	}
	if i == 0 {
		return 0, 0, fmt.Errorf("%q is not a cell reference", q)
	}
	if col > MaxCol {
		return 0, 0, fmt.Errorf("column of %q beyond XFD", q)
	}
	if i == len(s) {
		return col, 0, nil
	}
	if len(s)-i > 7 {
		return 0, 0, fmt.Errorf("row of %q beyond %d", q, MaxRow)
	}
	for _, c := range []byte(s[i:]) {
		if c < '0' || c > '9' {
			return 0, 0, fmt.Errorf("%q is not a cell reference", q)
		}
		row = row*10 + int(c-'0')
	}
	if row < 1 || row > MaxRow {
		return 0, 0, fmt.Errorf("row of %q outside 1-%d", q, MaxRow)
	}
	return col, row, nil
}

// short returns s, cut to 20 bytes, for an error message.
func short(s string) string {
	if len(s) > 20 {
		s = s[:20] + "…"
	}
	return strings.ToValidUTF8(s, "?")
}

// Text in a workbook is an ST_Xstring (ECMA-376 Part 1, 22.9.2.19): a character XML cannot
// carry (a control character, an unpaired surrogate) is written _xHHHH_, and a literal
// "_xHHHH_" in the text has its underscore written _x005F_.

// unescape decodes the _xHHHH_ escapes of s.
func unescape(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 || len(s)-i < 7 {
			break
		}
		h := s[i+2 : i+6]
		v, err := strconv.ParseUint(h, 16, 16)
		if err != nil || s[i+6] != '_' {
			b.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i])
		r := rune(v)
		if !utf8.ValidRune(r) {
			r = utf8.RuneError // half of a surrogate pair: Go strings cannot hold it
		}
		b.WriteRune(r)
		s = s[i+7:]
	}
	b.WriteString(s)
	return b.String()
}

// escape writes the characters of s that XML 1.0 cannot carry as _xHHHH_, and protects a
// literal _xHHHH_ by escaping its underscore.
func escape(s string) string {
	need := false
	for i, r := range s {
		if !xmlChar(r) || r == '_' && isEscape(s[i:]) {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case !xmlChar(r):
			fmt.Fprintf(&b, "_x%04X_", r)
		case r == '_' && isEscape(s[i:]):
			b.WriteString("_x005F_")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isEscape reports whether s starts with _xHHHH_.
func isEscape(s string) bool {
	if len(s) < 7 || s[:2] != "_x" || s[6] != '_' {
		return false
	}
	_, err := strconv.ParseUint(s[2:6], 16, 16)
	return err == nil
}

// xmlChar reports whether r may appear in XML 1.0 text (its Char production); tab, line
// feed and carriage return may, though XML turns a carriage return into a line feed on
// reading, so it is escaped too.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < 0x20 || r == '\r':
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	case r == utf8.RuneError:
		return true
	}
	return r <= 0x10FFFF
}
