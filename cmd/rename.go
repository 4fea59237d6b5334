package cmd

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// RenameOptions are the inputs of `qd rename`.
type RenameOptions struct {
	IO    IOStreams
	Lang  decision.Lang
	Input string
	To    string
	Name  string
	rewriteFlags
}

// NewCmdRename builds `qd rename`.
func NewCmdRename(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &RenameOptions{IO: ios}
	c := &cobra.Command{
		Use:   "rename CŨ.yaml",
		Short: "Soạn quyết định kiện toàn và đổi tên Ban Chỉ đạo Chính quyền điện tử, chuyển đổi số theo mô hình của ngày ban hành",
		Long: "Đọc tệp YAML của Ban Chỉ đạo hiện có và viết tệp YAML của quyết định kiện toàn và đổi tên:\n" +
			"tên mới, quyết định cũ bị thay thế, thành viên được giữ và sắp xếp lại vai trò, chức năng, nhiệm vụ,\n" +
			"con dấu, kinh phí theo văn bản chuẩn, căn cứ mới; cơ quan, đơn vị hành chính, căn cứ đã thay đổi được\n" +
			"đưa về ngày của quyết định mới như qd update. Mọi thay đổi được in ra để rà soát.\n" +
			"Đích đổi tên (--to): " + strings.Join(decision.Targets(), ", ") + ".",
		Example: "  qd rename examples/lang-son-2020.yaml --date 2021-10-13 --number 2041 -o lang-son-2021.yaml --docx lang-son-2021.docx",
		Args:    cobra.ExactArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Input, opts.Registry = lang, args[0], g.registryFiles
			return runRename(opts)
		}),
	}
	opts.add(c, "OLD-doi-ten.yaml", "quyết định mới")
	c.Flags().StringVar(&opts.To, "to", "", "đích đổi tên: "+strings.Join(decision.Targets(), ", ")+" (mặc định theo ngày: chuyen-doi-so trước 2025, khcn-cds-de-an-06 từ 2025; quyết định của Tỉnh ủy: khcn-dmst-cds-tinh-uy)")
	c.Flags().StringVar(&opts.Name, "name", "", "tên mới của Ban Chỉ đạo, nếu khác tên chuẩn của đích")
	return c
}

func runRename(opts *RenameOptions) error {
	lang := opts.Lang
	var ro decision.RenameOptions
	ro.Target, ro.Number, ro.Name = opts.To, opts.Number, opts.Name
	d, err := opts.date(lang, partialDate, false)
	if err != nil {
		return err
	}
	ro.Date = d
	for _, f := range []struct{ name, v string }{{"--name", opts.Name}, {"--number", opts.Number}, {"--to", opts.To}} {
		if err := textFlag(lang, f.name, f.v); err != nil {
			return err
		}
	}
	if _, err := decision.LoadTarget(opts.To); err != nil {
		return renameRefusal(opts.IO, lang, nil, err)
	}
	out, err := outputFor(lang, opts.Output, opts.Input, "-doi-ten.yaml")
	if err != nil {
		return err
	}
	inputs := append([]string{opts.Input}, opts.Registry...)
	files, err := rewriteTargets(lang, out, opts.Docx, opts.Force, inputs)
	if err != nil {
		return err
	}
	old, diags, src, err := checkInput(opts.Input, opts.IO.In, decision.CheckOptions{})
	if err != nil {
		return usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", opts.Input, osfile.ErrText(lang, err))
	}
	// The old decision must itself be valid: what is wrong in it is reported in it.
	if old == nil || decision.HasErrors(diags) {
		printDiags(opts.IO, opts.Input, diags, lang)
		fmt.Fprintln(opts.IO.Err, pick(lang, "qd: có lỗi trong quyết định cũ, không đổi tên.", "qd: the old decision has errors, nothing renamed."))
		return problems
	}
	n, changes, err := decision.Rename(old, ro)
	if err != nil {
		return renameRefusal(opts.IO, lang, old, err)
	}
	header := fmt.Sprintf("Quyết định kiện toàn và đổi tên %s thành %s.\nSoạn bằng qd rename từ %s; xem lại các thay đổi qd đã in ra trước khi trình ký.",
		n.Committee.OldName, n.Committee.Name, filepath.Base(opts.Input))
	w := rewrite{IO: opts.IO, Lang: lang, Input: opts.Input, Old: old, Src: src, New: n, Changes: changes, Header: header,
		Output: out, Files: files, Inputs: inputs, Force: opts.Force, Verb: decision.Msg{VI: "đổi tên", EN: "the rename"}}
	return w.run()
}

// renameRefusal turns a refusal of decision.Rename into the command's answer: a mistake in
// an option is a usage error (exit 2); a refusal of the input is a diagnostic with its rule
// at its field of the old file (exit 1).
func renameRefusal(ios IOStreams, lang decision.Lang, old *decision.Decision, err error) error {
	var r interface {
		Message() decision.Msg
		Usage() bool
		Diagnostic(*decision.Decision) decision.Diagnostic
	}
	if !errors.As(err, &r) {
		return internalErr(lang, err)
	}
	if r.Usage() || old == nil {
		return &exitError{ExitUsage, r.Message().In(lang)}
	}
	d := r.Diagnostic(old)
	printDiags(ios, d.File, []decision.Diagnostic{d}, lang)
	fmt.Fprintln(ios.Err, pick(lang, "qd: không đổi tên.", "qd: nothing renamed."))
	return problems
}
