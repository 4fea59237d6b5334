package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
	"github.com/vanthu-vn/qd/render"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/render/refdoc"
)

// DraftOptions are the inputs of `qd draft`.
type DraftOptions struct {
	IO           IOStreams
	Lang         decision.Lang
	Input        string
	Output       string
	Force        bool
	Separate     bool
	ReferenceDoc string
	Format       string
	PDFA         bool     // --pdfa: PDF/A-2b for the archive
	Registry     []string // --registry files, inputs too
	Final        bool
}

// NewCmdDraft builds `qd draft`.
func NewCmdDraft(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &DraftOptions{IO: ios}
	var c *cobra.Command
	c = &cobra.Command{
		Use:   "draft TỆP.yaml",
		Short: "Soạn quyết định (.docx) theo Nghị định 30 từ tệp YAML",
		Long: "Kiểm tra tệp YAML rồi soạn quyết định và Quy chế kèm theo thành tệp .docx trình bày theo\n" +
			"Nghị định 30/2020/NĐ-CP. Có lỗi thì không ghi gì; cảnh báo được in ra nhưng vẫn soạn.\n" +
			"Tên tệp mặc định: tên tệp YAML với đuôi .docx. Không ghi đè tệp không do qd tạo, trừ khi có --force.",
		Example: "  qd draft examples/vinh-long.yaml\n  qd draft examples/kien-giang.yaml -o quyet-dinh.docx --separate\n  qd draft du-thao.yaml -o - > du-thao.docx",
		Args:    cobra.ExactArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Input, opts.Registry = lang, args[0], g.registryFiles
			if !c.Flags().Changed("format") {
				// as pandoc: the output's name says the format (-o du-thao.pdf is a PDF)
				switch strings.ToLower(filepath.Ext(opts.Output)) {
				case ".pdf", ".txt", ".md":
					opts.Format = strings.ToLower(filepath.Ext(opts.Output))[1:]
				}
				if opts.PDFA {
					opts.Format = "pdf"
				}
			}
			return runDraft(opts)
		}),
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "tệp .docx cần ghi (mặc định theo tên tệp YAML; - là đầu ra chuẩn)")
	c.Flags().BoolVar(&opts.Force, "force", false, "ghi đè cả tệp không do qd tạo")
	c.Flags().BoolVar(&opts.Separate, "separate", false, "ghi Quy chế ra tệp riêng (<tên>-quy-che.docx)")
	c.Flags().StringVar(&opts.Format, "format", "docx", "định dạng: docx, txt (văn bản thuần), md (Markdown), pdf (cần LibreOffice)")
	c.Flags().BoolVar(&opts.Final, "final", false, "bản trình ký: không in dấu DỰ THẢO; từ chối khi còn chỗ [[...]] chưa điền")
	c.Flags().BoolVar(&opts.PDFA, "pdfa", false, "ghi PDF/A-2b để lưu trữ (cần LibreOffice; ngầm định --format pdf)")
	c.Flags().StringVar(&opts.ReferenceDoc, "reference-doc", "", "lấy kiểu trình bày (styles) và khổ giấy, lề từ tệp .docx này (xem qd reference-doc)")
	return c
}

func runDraft(opts *DraftOptions) error {
	lang := opts.Lang
	// The reference is read before the input, so that a bad one is refused first; a decision
	// in another format than the State's reads it again for its own styles (below).
	ro, err := referenceDoc(lang, opts.ReferenceDoc, nil)
	if err != nil {
		return err
	}
	if opts.Separate && opts.Output == "-" {
		return usageErr(lang, "--separate ghi hai tệp nên không dùng với -o -", "--separate writes two files, so it cannot be used with -o -")
	}
	ext := "." + opts.Format
	if !slices.Contains(draftFormats, opts.Format) {
		return usageErr(lang, "định dạng %q không có; chọn docx, txt, md hoặc pdf", "unknown format %q; choose docx, txt, md or pdf", opts.Format)
	}
	out, err := outputFor(lang, opts.Output, opts.Input, ext)
	if err != nil {
		return err
	}
	if opts.PDFA && opts.Format != "pdf" {
		return usageErr(lang, "--pdfa chỉ dùng với --format pdf", "--pdfa goes with --format pdf only")
	}
	var soffice string
	if opts.Format == "pdf" {
		var err error
		if soffice, err = findSoffice(hostSoffice); err != nil {
			return noSoffice(lang, err)
		}
	}
	if out != "-" {
		// Refuse a wrong output before reading the input: nothing to report on a file that
		// could not be written anyway.
		if _, err := (&outputSet{lang: lang, force: opts.Force, inputs: opts.inputs(), files: []output{{path: out, guard: guardQD, exts: []string{ext}}}}).check(); err != nil {
			return err
		}
	}
	var finalRules []string
	if opts.Final {
		finalRules = []string{"placeholder"} // a placeholder left is an error in the copy for signature
		ro.Final = true
	}
	d, err := loadValidAs(opts.Input, opts.IO, lang, finalRules...)
	if err != nil {
		return err
	}
	if opts.ReferenceDoc != "" && d.Party() {
		// the styles the reference lacks come from the party's sheet, not the State's
		if ro, err = referenceDoc(lang, opts.ReferenceDoc, render.StylesPart(d)); err != nil {
			return err
		}
		ro.Final = opts.Final
	}
	type target struct {
		path string
		doc  *docx.Document
	}
	var targets []target
	if opts.Separate {
		main, annex := render.Separate(d, ro)
		targets = append(targets, target{out, main})
		if annex != nil {
			targets = append(targets, target{strings.TrimSuffix(out, ext) + "-quy-che" + ext, annex})
		}
	} else {
		targets = append(targets, target{out, render.Document(d, ro)})
	}
	write := func(doc *docx.Document) func(io.Writer) error {
		switch opts.Format {
		case "txt", "md":
			return func(w io.Writer) error { _, err := w.Write(render.Text(doc, opts.Format == "md")); return err }
		case "pdf":
			return func(w io.Writer) error { return toPDF(soffice, doc, opts.PDFA, w) }
		}
		return doc.Write
	}
	if out == "-" {
		var b bytes.Buffer
		if err := write(targets[0].doc)(&b); err != nil {
			return internalErr(lang, err)
		}
		if _, err := opts.IO.Out.Write(b.Bytes()); err != nil {
			return internalErr(lang, err)
		}
		return nil
	}
	files := make([]output, len(targets))
	for i, t := range targets {
		files[i] = output{path: t.path, write: write(t.doc), guard: guardQD, exts: []string{ext}}
	}
	if err := writeFiles(lang, opts.Force, opts.inputs(), files...); err != nil {
		return err
	}
	for _, t := range targets {
		fmt.Fprintln(opts.IO.Err, pick(lang, "đã ghi ", "wrote ")+t.path)
	}
	return nil
}

// inputs are the files the draft reads, which it must never write.
func (opts *DraftOptions) inputs() []string {
	return append([]string{opts.Input, opts.ReferenceDoc}, opts.Registry...)
}

// referenceDoc reads --reference-doc for a decision laid out with the styles part base (nil:
// the State's); no path gives the default options.
func referenceDoc(lang decision.Lang, path string, base []byte) (render.Options, error) {
	if path == "" {
		return render.Options{}, nil
	}
	ro, err := refdoc.ReadFor(path, base)
	if err != nil {
		var re *refdoc.Error
		if errors.As(err, &re) {
			return ro, usageErr(lang, "--reference-doc %s: %s", "--reference-doc %s: %s", path, re.Message(lang == decision.EN))
		}
		return ro, usageErr(lang, "--reference-doc %s: %s", "--reference-doc %s: %s", path, osfile.ErrText(lang, err))
	}
	return ro, nil
}
