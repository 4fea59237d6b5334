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
			"thay thế. Như diff: mã thoát 0 khi hai quyết định không khác nhau, 1 khi có thay đổi (hoặc tệp có lỗi),\n" +
			"2 khi gọi lệnh sai. Hai tệp về hai Ban Chỉ đạo khác nhau (không cùng tên, không đổi tên, thay thế hay kế\n" +
			"thừa nhau) thì qd nói rõ.",
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
	if opts.Old == "-" && opts.New == "-" {
		return usageErr(lang, "- (đầu vào chuẩn) chỉ được dùng cho một trong hai tệp", "- (standard input) may stand for only one of the two files")
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
	same := decision.SameCommittee(old, n)
	notice := fmt.Sprintf(pick(lang, "Lưu ý: hai tệp nói về hai Ban Chỉ đạo khác nhau (%q và %q): không cùng tên, không quyết định nào đổi tên, thay thế hay kế thừa quyết định kia; các thay đổi dưới đây không phải một lần kiện toàn.",
		"Note: the two files are about different committees (%q and %q): not the same name, and neither renames, replaces or succeeds the other; the changes below are not one consolidation."),
		old.Committee.Name, n.Committee.Name)
	if err := writeDiff(opts, items, same, notice); err != nil {
		return err
	}
	if len(items) > 0 {
		return problems // like diff(1): 1 when the two differ
	}
	return nil
}

// writeDiff prints the changes in the format asked for; notice is said first when the two
// decisions are about different committees.
func writeDiff(opts *DiffOptions, items []decision.DiffItem, same bool, notice string) error {
	lang := opts.Lang
	if opts.Format == "json" {
		type item struct {
			decision.DiffItem
			Message string `json:"message"`
		}
		out := struct {
			Old           string `json:"old"`
			New           string `json:"new"`
			SameCommittee bool   `json:"same_committee"`
			Notice        string `json:"notice,omitempty"`
			Changes       []item `json:"changes"`
		}{opts.Old, opts.New, same, "", []item{}}
		if !same {
			out.Notice = notice
		}
		for _, it := range items {
			out.Changes = append(out.Changes, item{it, it.Msg.In(lang)})
		}
		e := json.NewEncoder(opts.IO.Out)
		e.SetIndent("", "  ")
		return e.Encode(out)
	}
	if !same {
		prefix := ""
		if opts.Format == "md" {
			prefix = "> "
		}
		fmt.Fprintln(opts.IO.Out, prefix+notice)
		if opts.Format == "md" {
			fmt.Fprintln(opts.IO.Out)
		}
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
