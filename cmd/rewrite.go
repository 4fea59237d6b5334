package cmd

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
)

// rewrite is what qd rename and qd update share once they have a new decision made from an
// old file: print each change for review, encode it with the old file's comments, check it
// as it will be read back, and write the YAML (and .docx) through writeFiles.
type rewrite struct {
	IO      IOStreams
	Lang    decision.Lang
	Input   string
	Old     *decision.Decision
	Src     []byte // the old file
	New     *decision.Decision
	Changes []decision.Change
	Header  string
	Output  string   // "-" for standard output
	Files   []output // the files to write (their write functions are set here)
	Inputs  []string
	Force   bool
	// Partial: qd update changes only what it is sure of, so problems it could not settle
	// may remain: the YAML is written all the same (no .docx), they are reported in it, and
	// the exit status is 1.
	Partial bool
	Verb    decision.Msg // "đổi tên" / "the rename", for the messages
}

// rewriteFlags are the inputs qd rename, update and change share as commands that write a new
// YAML from an old one: where it and its .docx go, the new decision's date and number,
// --force, and the --registry files (inputs too, never overwritten).
type rewriteFlags struct {
	Output   string
	Date     string
	Number   string
	Docx     string
	Force    bool
	Registry []string
}

// add registers the flags of f on c: defaultOut is the default output's name as the help
// shows it, of the new document ("quyết định mới", "bản mới").
func (f *rewriteFlags) add(c *cobra.Command, defaultOut, of string) {
	fs := c.Flags()
	fs.StringVarP(&f.Output, "output", "o", "", "tệp YAML mới (mặc định: "+defaultOut+"; - là đầu ra chuẩn)")
	fs.StringVar(&f.Date, "date", "", "ngày của "+of+", YYYY-MM-DD")
	fs.StringVar(&f.Number, "number", "", "số của quyết định mới")
	fs.StringVar(&f.Docx, "docx", "", "soạn luôn tệp .docx của "+of)
	fs.BoolVar(&f.Force, "force", false, "ghi đè tệp đã có")
}

// date reads --date through dateFlag, the one checker of every date flag: in the forms
// given, required or not.
func (f *rewriteFlags) date(lang decision.Lang, forms dateForms, required bool) (decision.Date, error) {
	return dateFlag(lang, "--date", f.Date, forms, required)
}

// rewriteTargets checks, before anything is read, the files a command writing a new YAML
// (out, "-" for standard output) and maybe its .docx (docx) would write: never over one of
// inputs, the overwrite guards of writeFiles. It returns the files, for rewrite.Files.
func rewriteTargets(lang decision.Lang, out, docx string, force bool, inputs []string) ([]output, error) {
	var files []output
	if out != "-" {
		files = append(files, output{path: out, guard: guardForce, exts: []string{".yaml", ".yml"}})
	}
	if docx != "" {
		files = append(files, output{path: docx, guard: guardQD, exts: []string{".docx"}})
	}
	if _, err := (&outputSet{lang: lang, force: force, inputs: inputs, files: files}).check(); err != nil {
		return nil, err
	}
	return files, nil
}

func (w *rewrite) run() error {
	lang := w.Lang
	fmt.Fprintln(w.IO.Err, pick(lang, "Các thay đổi (rà soát trước khi trình ký):", "Changes (review them before signing):"))
	for _, c := range w.Changes {
		fmt.Fprintf(w.IO.Err, "  - %s: %s\n", c.Field, c.Msg.In(lang))
	}
	data, err := decision.Encode(w.New, w.Src, w.Header, w.Changes...)
	if err != nil {
		return internalErr(lang, err)
	}
	// The result is checked as it will be read back.
	back, newDiags := readBack(w.Output, data)
	remaining := back != nil && decision.HasErrors(newDiags)
	if back == nil || remaining && !w.Partial {
		// Its problems come from the old decision (or from qd): they are reported at the
		// same field of the old file, the only file the clerk has, as nothing is written.
		var at []decision.Diagnostic
		for _, d := range newDiags {
			if d.Severity != decision.Error {
				continue
			}
			p := w.Old.Pos(d.Field)
			d.File, d.Line, d.Column = w.Input, p.Line, p.Column
			d.Msg = decision.Msg{VI: "sau khi " + w.Verb.VI + ": " + d.Msg.VI, EN: "after " + w.Verb.EN + ": " + d.Msg.EN}
			at = append(at, d)
		}
		decision.SortDiagnostics(at)
		printDiags(w.IO, w.Input, at, lang)
		fmt.Fprintln(w.IO.Err, pick(lang, "qd: quyết định mới sẽ không hợp lệ; không ghi gì.", "qd: the new decision would not be valid; nothing written."))
		return problems
	}
	printDiags(w.IO, w.Output, newDiags, lang)
	// No .docx of a decision with errors.
	if err := writeNew(w.IO, lang, w.Output, data, back, w.Files, !remaining, w.Force, w.Inputs); err != nil {
		return err
	}
	if remaining {
		return &exitError{ExitProblems, pick(lang, "đã ghi bản mới; còn lỗi qd không tự sửa được (xem trên), cần sửa tay", "wrote the new version; errors remain that qd cannot settle (see above) and need fixing by hand")}
	}
	return nil
}

// readBack loads data, the new YAML to be written at out, as it will be read back: its load
// diagnostics and, when it loads without errors, its validation, sorted.
func readBack(out string, data []byte) (*decision.Decision, []decision.Diagnostic) {
	return decision.Check(out, data, decision.CheckOptions{})
}

// writeNew writes the new YAML data (to standard output when out is "-") and, when docx is
// true, the .docx of back, to the files that rewriteTargets checked, then names each file
// written.
func writeNew(ios IOStreams, lang decision.Lang, out string, data []byte, back *decision.Decision, targets []output, docx, force bool, inputs []string) error {
	if out == "-" {
		if _, err := ios.Out.Write(data); err != nil {
			return internalErr(lang, err)
		}
	}
	var files []output
	for _, f := range targets {
		switch {
		case f.path == out && out != "-":
			f.write = func(o io.Writer) error { _, err := o.Write(data); return err }
		case !docx:
			continue
		default:
			f.write = render.Document(back, render.Options{}).Write
		}
		files = append(files, f)
	}
	if err := writeFiles(lang, force, inputs, files...); err != nil {
		return err
	}
	for _, f := range files {
		fmt.Fprintln(ios.Err, pick(lang, "đã ghi ", "wrote ")+f.path)
	}
	return nil
}
