package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
)

// RenameOptions are the inputs of `qd rename`.
type RenameOptions struct {
	IO     IOStreams
	Lang   decision.Lang
	Input  string
	Output string
	Date   string
	Number string
	Docx   string
	To     string
	Name   string
	Force  bool
}

// NewCmdRename builds `qd rename`.
func NewCmdRename(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &RenameOptions{IO: ios}
	c := &cobra.Command{
		Use:   "rename OLD.yaml",
		Short: "Soạn quyết định kiện toàn và đổi tên Ban Chỉ đạo Chính quyền điện tử thành Ban Chỉ đạo chuyển đổi số",
		Long: "Đọc tệp YAML của Ban Chỉ đạo hiện có và viết tệp YAML của quyết định kiện toàn và đổi tên:\n" +
			"tên mới, quyết định cũ bị thay thế, thành viên được giữ và sắp xếp lại vai trò, chức năng, nhiệm vụ,\n" +
			"con dấu, kinh phí theo văn bản chuẩn, căn cứ mới. Mọi thay đổi được in ra để rà soát.\n" +
			"Đích đổi tên (--to): " + strings.Join(decision.Targets(), ", ") + ".",
		Example: "  qd rename examples/lang-son-2020.yaml --date 2021-10-13 --number 2041 -o lang-son-2021.yaml --docx lang-son-2021.docx",
		Args:    cobra.ExactArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Input = lang, args[0]
			return runRename(opts)
		}),
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "tệp YAML mới (mặc định: OLD-doi-ten.yaml; - là đầu ra chuẩn)")
	c.Flags().StringVar(&opts.Date, "date", "", "ngày của quyết định mới, YYYY-MM-DD")
	c.Flags().StringVar(&opts.Number, "number", "", "số của quyết định mới")
	c.Flags().StringVar(&opts.Docx, "docx", "", "soạn luôn tệp .docx của quyết định mới")
	c.Flags().StringVar(&opts.To, "to", "chuyen-doi-so", "đích đổi tên: "+strings.Join(decision.Targets(), ", "))
	c.Flags().StringVar(&opts.Name, "name", "", "tên mới của Ban Chỉ đạo, nếu khác tên chuẩn của đích")
	c.Flags().BoolVar(&opts.Force, "force", false, "ghi đè tệp đã có")
	return c
}

func runRename(opts *RenameOptions) error {
	lang := opts.Lang
	var ro decision.RenameOptions
	ro.Target, ro.Number, ro.Name = opts.To, opts.Number, opts.Name
	if opts.Date != "" {
		d, err := decision.ParseDate(opts.Date)
		if err != nil {
			return usageErr(lang, "--date %q không phải ngày dạng YYYY-MM-DD", "--date %q is not a date as YYYY-MM-DD", opts.Date)
		}
		ro.Date = d
	}
	out := opts.Output
	if out == "" {
		out = strings.TrimSuffix(strings.TrimSuffix(opts.Input, ".yaml"), ".yml") + "-doi-ten.yaml"
	}
	src, err := os.ReadFile(opts.Input)
	if err != nil {
		return usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", opts.Input, err)
	}
	old, diags := decision.Load(opts.Input, src)
	if old == nil || decision.HasErrors(diags) {
		printDiags(opts.IO, opts.Input, diags, lang)
		return problems
	}
	n, changes, err := decision.Rename(old, ro)
	if err != nil {
		var m interface{ Message() decision.Msg }
		if errors.As(err, &m) {
			code := ExitProblems
			if strings.HasPrefix(m.Message().EN, "--date") {
				code = ExitUsage
			}
			return &exitError{code, m.Message().In(lang)}
		}
		return internalErr(lang, err)
	}
	fmt.Fprintln(opts.IO.Err, pick(lang, "Các thay đổi (rà soát trước khi trình ký):", "Changes (review them before signing):"))
	for _, c := range changes {
		fmt.Fprintf(opts.IO.Err, "  - %s: %s\n", c.Field, c.Msg.In(lang))
	}
	header := fmt.Sprintf("Quyết định kiện toàn và đổi tên %s thành %s.\nSoạn bằng qd rename từ %s; xem lại các thay đổi qd đã in ra trước khi trình ký.",
		n.Committee.OldName, n.Committee.Name, filepath.Base(opts.Input))
	data, err := decision.Encode(n, src, header)
	if err != nil {
		return internalErr(lang, err)
	}
	// The result is checked as it will be read back.
	back, diags := decision.Load(out, data)
	if back != nil && !decision.HasErrors(diags) {
		diags = append(diags, decision.Validate(back)...)
	}
	printDiags(opts.IO, out, diags, lang)
	if back == nil || decision.HasErrors(diags) {
		return &exitError{ExitInternal, pick(lang, "quyết định mới không hợp lệ; không ghi gì", "the new decision is not valid; nothing written")}
	}
	if out == "-" {
		_, err := opts.IO.Out.Write(data)
		if err != nil {
			return internalErr(lang, err)
		}
	} else {
		if _, err := os.Stat(out); err == nil && !opts.Force {
			return usageErr(lang, "%s đã có; dùng --force để ghi đè", "%s exists; use --force to overwrite it", out)
		}
		if opts.Docx != "" {
			if err := checkOverwrite(opts.Docx, opts.Force, lang); err != nil {
				return err
			}
		}
		if err := WriteAtomic(out, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			return internalErr(lang, err)
		}
		fmt.Fprintln(opts.IO.Err, pick(lang, "đã ghi ", "wrote ")+out)
	}
	if opts.Docx != "" {
		if err := checkOverwrite(opts.Docx, opts.Force, lang); err != nil {
			return err
		}
		if err := WriteAtomic(opts.Docx, render.Document(back, render.Options{}).Write); err != nil {
			return internalErr(lang, err)
		}
		fmt.Fprintln(opts.IO.Err, pick(lang, "đã ghi ", "wrote ")+opts.Docx)
	}
	return nil
}
