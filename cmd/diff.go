package cmd

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
)

// DiffOptions are the inputs of `qd diff`.
type DiffOptions struct {
	IO       IOStreams
	Lang     decision.Lang
	Old, New string
	Format   string
}

// NewCmdDiff builds `qd diff`.
func NewCmdDiff(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &DiffOptions{IO: ios}
	c := &cobra.Command{
		Use:   "diff CŨ.yaml MỚI.yaml",
		Short: "Liệt kê thay đổi giữa hai quyết định về cùng một Ban Chỉ đạo (thành viên, nhiệm vụ, căn cứ, con dấu...)",
		Long: "So sánh hai quyết định về cùng một Ban Chỉ đạo: tên; thành viên thêm, bớt, đổi vai trò, chức vụ,\n" +
			"người giữ chức vụ; chức năng, nhiệm vụ, căn cứ, con dấu, kinh phí, cơ quan thường trực, quyết định bị\n" +
			"thay thế. Mã thoát 0 khi so sánh được (dù có hay không có thay đổi).",
		Args: cobra.ExactArgs(2),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Old, opts.New = lang, args[0], args[1]
			return runDiff(opts)
		}),
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "định dạng: text, json hoặc md (bảng Markdown để dán vào Tờ trình)")
	return c
}

func runDiff(opts *DiffOptions) error {
	lang := opts.Lang
	if opts.Format != "text" && opts.Format != "json" && opts.Format != "md" {
		return usageErr(lang, "định dạng %q không có; chọn text, json hoặc md", "unknown format %q; choose text, json or md", opts.Format)
	}
	old, err := loadValid(opts.Old, opts.IO, lang)
	if err != nil {
		return err
	}
	n, err := loadValid(opts.New, opts.IO, lang)
	if err != nil {
		return err
	}
	items := decision.Diff(old, n)
	if opts.Format == "json" {
		type item struct {
			decision.DiffItem
			Message string `json:"message"`
		}
		out := struct {
			Old     string `json:"old"`
			New     string `json:"new"`
			Changes []item `json:"changes"`
		}{opts.Old, opts.New, []item{}}
		for _, it := range items {
			out.Changes = append(out.Changes, item{it, it.Msg.In(lang)})
		}
		e := json.NewEncoder(opts.IO.Out)
		e.SetIndent("", "  ")
		return e.Encode(out)
	}
	if opts.Format == "md" {
		_, err := opts.IO.Out.Write(render.DiffMarkdown(items, lang))
		return err
	}
	fmt.Fprintf(opts.IO.Out, pick(lang, "%s → %s: %d thay đổi\n", "%s → %s: %d changes\n"), opts.Old, opts.New, len(items))
	for _, it := range items {
		fmt.Fprintf(opts.IO.Out, "- %s\n", it.Msg.In(lang))
	}
	return nil
}
