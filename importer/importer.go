// Package importer reads the text of a Vietnamese steering-committee decision (.docx, .txt
// or .pdf) or a member list (.csv, .xlsx) into qd's decision model, with a located note for
// everything it guessed or could not place.
package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
	"github.com/vanthu-vn/qd/render/docx"
)

// Options change how a file is imported.
type Options struct {
	// FromText reads the document's text even when it carries qd's embedded YAML source.
	FromText bool
	// PDFToText is the pdftotext program; "" means "pdftotext" on the PATH.
	PDFToText string
}

// Pos is where in the input a paragraph came from: its number in a .docx, or the page and
// line of a .pdf or .txt.
type Pos struct {
	Para       int // 1-based paragraph number in a .docx (0 for other inputs)
	Page, Line int // 1-based page and line in a .pdf or .txt; a member list's row has no page
}

// String names the position in lang: "đoạn 12", "trang 2, dòng 14".
func (p Pos) String(lang decision.Lang) string {
	switch {
	case p.Para > 0:
		if lang == decision.EN {
			return fmt.Sprintf("paragraph %d", p.Para)
		}
		return fmt.Sprintf("đoạn %d", p.Para)
	case p.Line > 0 && p.Page == 0: // a row of a member list
		if lang == decision.EN {
			return fmt.Sprintf("row %d", p.Line)
		}
		return fmt.Sprintf("dòng %d", p.Line)
	case p.Line > 0:
		if lang == decision.EN {
			return fmt.Sprintf("page %d, line %d", p.Page, p.Line)
		}
		return fmt.Sprintf("trang %d, dòng %d", p.Page, p.Line)
	}
	return ""
}

// Note is something the clerk should review: a guess, a part kept as written, or text the
// importer could not place (it is in the YAML as [[...]] next to where it belongs).
type Note struct {
	Pos   Pos
	Field string // the YAML field, e.g. members[3].position
	Msg   decision.Msg
}

// Message returns the note in lang with its position and field.
func (n Note) Message(lang decision.Lang) string {
	var parts []string
	if s := n.Pos.String(lang); s != "" {
		parts = append(parts, s)
	}
	if n.Field != "" {
		parts = append(parts, n.Field)
	}
	parts = append(parts, n.Msg.In(lang))
	return strings.Join(parts, ": ")
}

// Result is an imported decision (or member list) as YAML, with its notes.
type Result struct {
	// YAML is the decision in qd's format (for a member list, only the members: section).
	YAML []byte
	// Decision is the model the YAML describes (nil for a member list).
	Decision *decision.Decision
	// Embedded is true when the YAML is the source qd stored in the .docx, byte for byte.
	Embedded bool
	Notes    []Note
}

// Error is a file import cannot read at all. Its message is in either language; the Go
// cause (English, e.g. zip's or encoding/xml's) is shown only in English.
type Error struct {
	Msg decision.Msg
	Err error // the underlying cause, or nil
}

func (e *Error) Error() string { return e.Message(decision.EN) }

func (e *Error) Unwrap() error { return e.Err }

// Message says e in lang.
func (e *Error) Message(lang decision.Lang) string {
	if e.Err != nil && lang == decision.EN {
		return e.Msg.EN + ": " + e.Err.Error()
	}
	return e.Msg.In(lang)
}

func fail(vi, en string, cause error) error { return &Error{decision.Msg{VI: vi, EN: en}, cause} }

// ErrUnsupported is returned for a file type import does not read.
var ErrUnsupported = errors.New("unsupported file type")

// Import reads one file: name gives its type by extension, data its content. A result whose
// YAML would be over decision.MaxFileSize, which qd refuses to read, is refused.
func Import(name string, data []byte, o Options) (*Result, error) {
	res, err := importAny(name, data, o)
	if err == nil && res != nil && len(res.YAML) > decision.MaxFileSize {
		return nil, fail(fmt.Sprintf("tệp YAML đọc được dài %d byte, quá giới hạn %d byte của một tệp quyết định", len(res.YAML), decision.MaxFileSize),
			fmt.Sprintf("the YAML read is %d bytes long, over the %d-byte limit of a decision file", len(res.YAML), decision.MaxFileSize), nil)
	}
	return res, err
}

func importAny(name string, data []byte, o Options) (*Result, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx":
		return importDocx(name, data, o)
	case ".txt", ".text":
		paras, err := readText(data)
		if err != nil {
			return nil, err
		}
		return fromParagraphs(name, paras)
	case ".pdf":
		paras, err := readPDF(data, o)
		if err != nil {
			return nil, err
		}
		return fromParagraphs(name, paras)
	case ".csv":
		return importMembers(name, data, readCSV)
	case ".xlsx":
		return importMembers(name, data, readXLSX)
	}
	return nil, ErrUnsupported
}

func importDocx(name string, data []byte, o Options) (*Result, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fail("không phải tệp .docx (tệp nén zip hỏng hoặc không phải zip)", "not a .docx (zip) file", err)
	}
	paras, err := readDocx(zr)
	if err != nil {
		return nil, err
	}
	var edited *Note
	if !o.FromText {
		if src, err := docx.ReadSource(zr); err == nil {
			if d, diags := decision.Load(name, src); d != nil && !decision.HasErrors(diags) {
				if sameText(d, paras) {
					return &Result{YAML: src, Decision: d, Embedded: true}, nil
				}
				edited = &Note{Msg: decision.Msg{
					VI: "tệp do qd soạn nhưng nội dung đã bị sửa sau khi soạn (khác với YAML lưu kèm); qd đọc lại từ nội dung văn bản",
					EN: "qd wrote this file but its text was edited after drafting (it differs from the YAML stored inside); qd read the text instead"}}
			}
		}
	}
	r, err := fromParagraphs(name, paras)
	if err != nil {
		return nil, err
	}
	if edited != nil {
		r.Notes = append([]Note{*edited}, r.Notes...)
	}
	return r, nil
}

// sameText reports whether the paragraphs read from a .docx are those the decision renders
// to, compared word for word.
func sameText(d *decision.Decision, paras []Para) bool {
	want := render.Text(render.Document(d, render.Options{}), false)
	var got strings.Builder
	for _, p := range paras {
		got.WriteString(p.Text)
		got.WriteByte('\n')
	}
	return strings.Join(strings.Fields(string(want)), " ") == strings.Join(strings.Fields(got.String()), " ")
}
