package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/registry"
)

// NewCmdBasis builds `qd basis`, which prints the citation in force for a document.
func NewCmdBasis(ios IOStreams, g *globalOptions) *cobra.Command {
	var date string
	c := &cobra.Command{
		Use:   "basis TỪ-KHOÁ...",
		Short: "In dòng căn cứ đúng (còn hiệu lực) của một văn bản, sẵn để dán vào quyết định",
		Long: "Tìm văn bản trong sổ của qd theo từ khoá (tên, số, mã) và in dòng căn cứ của văn bản còn hiệu lực\n" +
			"vào ngày --date (mặc định hôm nay), cùng mã để ghi trong YAML: bases: [{ref: MÃ}].",
		Example: "  qd basis \"chính quyền địa phương\"\n  qd basis \"công nghệ thông tin\" --date 2019-05-03",
		Args:    cobra.MinimumNArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			asOf := decision.Today()
			if date != "" {
				var err error
				if asOf, err = decision.ParseDate(date); err != nil || !asOf.Complete() {
					return usageErr(lang, "--date %q không phải ngày dạng YYYY-MM-DD", "--date %q is not a date as YYYY-MM-DD", date)
				}
			}
			reg := registry.Default()
			found := reg.Search(strings.Join(args, " "))
			if len(found) == 0 {
				return &exitError{ExitProblems, pick(lang, "không tìm thấy văn bản nào khớp trong sổ của qd", "no document in qd's registry matches")}
			}
			shown := map[string]bool{}
			for _, doc := range found {
				cur, certain := reg.Current(doc, registry.Date(asOf))
				if asOf.Before(decision.Date(cur.Date)) || shown[cur.Key] {
					continue
				}
				shown[cur.Key] = true
				fmt.Fprintln(ios.Out, decision.Citation(cur))
				fmt.Fprintf(ios.Out, "  # ref: %s — %s\n", cur.Key, cur.Source)
				if !certain {
					fmt.Fprintln(ios.Out, pick(lang, "  # chưa xác nhận ngày có hiệu lực của văn bản này; kiểm tra trước khi dùng", "  # this document's entry into force is not confirmed; check before citing it"))
				}
			}
			if len(shown) == 0 {
				return &exitError{ExitProblems, pick(lang, "chưa có văn bản nào khớp vào ngày "+asOf.String(), "no matching document existed on "+asOf.String())}
			}
			return nil
		}),
	}
	c.Flags().StringVar(&date, "date", "", "ngày ban hành dự kiến, YYYY-MM-DD (mặc định hôm nay)")
	return c
}
