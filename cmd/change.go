package cmd

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
)

// ChangeOptions are the inputs of `qd change`.
type ChangeOptions struct {
	IO       IOStreams
	Lang     decision.Lang
	Old, New string
	rewriteFlags
}

// NewCmdChange builds `qd change`.
func NewCmdChange(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &ChangeOptions{IO: ios}
	c := &cobra.Command{
		Use:   "change CŨ.yaml MỚI.yaml",
		Short: "Soạn quyết định thay đổi thành viên Ban Chỉ đạo từ quyết định cũ và bản đã sửa danh sách thành viên",
		Long: "Đọc tệp YAML của quyết định đang có hiệu lực về Ban Chỉ đạo (CŨ) và bản sao đã sửa danh sách\n" +
			"thành viên (MỚI), rồi viết tệp YAML của quyết định thay đổi thành viên (kind: thay_doi_thanh_vien):\n" +
			"người mới thay người cũ ở cùng chức vụ, bổ sung, thôi tham gia, đổi vai trò; quyết định bị sửa đổi là\n" +
			"quyết định cũ. Những thay đổi khác (nhiệm vụ, con dấu, căn cứ...) không thuộc loại quyết định này và\n" +
			"được in ra để cân nhắc soạn quyết định kiện toàn.",
		Example: "  qd change examples/binh-thuan.yaml binh-thuan-moi.yaml --date 2022-03-01 -o thay-doi.yaml --docx thay-doi.docx",
		Args:    cobra.ExactArgs(2),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Old, opts.New, opts.Registry = lang, args[0], args[1], g.registryFiles
			return runChange(opts)
		}),
	}
	opts.add(c, "CŨ-thay-doi.yaml", "quyết định mới")
	return c
}

func runChange(opts *ChangeOptions) error {
	lang := opts.Lang
	if err := textFlag(lang, "--number", opts.Number); err != nil {
		return err
	}
	var co decision.ChangeOptions
	co.Number = opts.Number
	d, err := opts.date(lang, partialDate, false)
	if err != nil {
		return err
	}
	co.Date = d
	out, err := outputFor(lang, opts.Output, opts.Old, "-thay-doi.yaml")
	if err != nil {
		return err
	}
	inputs := append([]string{opts.Old, opts.New}, opts.Registry...)
	files, err := rewriteTargets(lang, out, opts.Docx, opts.Force, inputs)
	if err != nil {
		return err
	}
	old, err := loadValid(opts.Old, opts.IO, lang)
	if err != nil {
		return err
	}
	edited, err := loadValid(opts.New, opts.IO, lang)
	if err != nil {
		return err
	}
	n, notes, err := decision.ChangeMembers(old, edited, co)
	if err != nil {
		var r interface{ Message() decision.Msg }
		if !errors.As(err, &r) {
			return internalErr(lang, err)
		}
		fmt.Fprintln(opts.IO.Err, "qd: "+r.Message().In(lang))
		return problems
	}
	fmt.Fprintln(opts.IO.Err, pick(lang, "Các thay đổi thành viên (rà soát trước khi trình ký):", "Member changes (review them before signing):"))
	for _, c := range n.Changes {
		fmt.Fprintf(opts.IO.Err, "  - %s\n", n.ChangeText(c))
	}
	if len(notes) > 0 {
		fmt.Fprintln(opts.IO.Err, pick(lang, "Không đưa vào quyết định thay đổi thành viên (nếu cần, soạn quyết định kiện toàn):",
			"Not part of a change-members decision (write a kiện toàn decision if they matter):"))
		for _, it := range notes {
			fmt.Fprintf(opts.IO.Err, "  - %s\n", it.Msg.In(lang))
		}
	}
	data, err := decision.Encode(n, nil, decision.ChangeHeader(n, opts.Old, opts.New))
	if err != nil {
		return internalErr(lang, err)
	}
	back, diags := readBack(out, data)
	printDiags(opts.IO, out, diags, lang)
	if back == nil || decision.HasErrors(diags) {
		fmt.Fprintln(opts.IO.Err, pick(lang, "qd: quyết định mới sẽ không hợp lệ; không ghi gì.", "qd: the new decision would not be valid; nothing written."))
		return problems
	}
	return writeNew(opts.IO, lang, out, data, back, files, true, opts.Force, inputs)
}
