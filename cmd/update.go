package cmd

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// UpdateOptions are the inputs of `qd update`.
type UpdateOptions struct {
	IO    IOStreams
	Lang  decision.Lang
	Input string
	rewriteFlags
}

// NewCmdUpdate builds `qd update`, which brings a decision up to the law and map of a date.
func NewCmdUpdate(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &UpdateOptions{IO: ios}
	c := &cobra.Command{
		Use:   "update TỆP.yaml --date YYYY-MM-DD",
		Short: "Đưa một quyết định về pháp luật và địa giới của một ngày: cơ quan, đơn vị, căn cứ, nơi thi hành",
		Long: "Viết bản mới của quyết định, ngày --date: cơ quan, đơn vị hành chính đã thay đổi được thay bằng\n" +
			"cơ quan, đơn vị kế tục (ở mọi chỗ có tên), căn cứ hết hiệu lực bằng văn bản thay thế, chương trình\n" +
			"đã hết thời kỳ bị bỏ, nơi thi hành cấp huyện thành cấp xã. Chỉ sửa điều sổ của qd chắc chắn; điều\n" +
			"chưa xác nhận được in ra với chữ KIỂM TRA và giữ nguyên. Mọi thay đổi được in ra để rà soát.",
		Example: "  qd update examples/vinh-long.yaml --date 2026-11-23 -o vinh-long-2026.yaml",
		Args:    cobra.ExactArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Input, opts.Registry = lang, args[0], g.registryFiles
			return runUpdate(opts)
		}),
	}
	opts.add(c, "TỆP-YYYY-MM-DD.yaml", "bản mới")
	c.Flags().Lookup("date").Usage += " (bắt buộc)"
	c.Flags().Lookup("number").Usage += " (mặc định để trống)"
	return c
}

func runUpdate(opts *UpdateOptions) error {
	lang := opts.Lang
	if err := textFlag(lang, "--number", opts.Number); err != nil {
		return err
	}
	date, err := opts.date(lang, wholeDate, true)
	if err != nil {
		return err
	}
	out, err := outputFor(lang, opts.Output, opts.Input, "-"+date.String()+".yaml")
	if err != nil {
		return err
	}
	inputs := append([]string{opts.Input}, opts.Registry...)
	files, err := rewriteTargets(lang, out, opts.Docx, opts.Force, inputs)
	if err != nil {
		return err
	}
	old, diags, src, err := loadInput(opts.Input, opts.IO.In)
	if err != nil {
		return usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", opts.Input, osfile.ErrText(lang, err))
	}
	if old == nil || decision.HasErrors(diags) {
		decision.SortDiagnostics(diags)
		printDiags(opts.IO, opts.Input, diags, lang)
		fmt.Fprintln(opts.IO.Err, pick(lang, "qd: có lỗi trong tệp, không đưa về ngày mới.", "qd: the file has errors, nothing updated."))
		return problems
	}
	n, changes := decision.Update(old, date)
	if opts.Number != "" {
		n.Number = opts.Number
	}
	header := fmt.Sprintf("Bản đưa về ngày %s của %s (qd update); xem lại các thay đổi qd đã in ra trước khi trình ký.", date.In(decision.VI), filepath.Base(opts.Input))
	w := rewrite{IO: opts.IO, Lang: lang, Input: opts.Input, Old: old, Src: src, New: n, Changes: changes, Header: header,
		Output: out, Files: files, Inputs: inputs, Force: opts.Force, Partial: true, Verb: decision.Msg{VI: "đưa về ngày mới", EN: "the update"}}
	return w.run()
}
