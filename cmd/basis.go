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
			"vào ngày --date (mặc định hôm nay), cùng mã để ghi trong YAML: bases: [{ref: MÃ}]; kèm văn bản nó thay\n" +
			"thế, văn bản sửa đổi nó, và văn bản có thể đã thay nó mà sổ chưa xác nhận.",
		Example: "  qd basis \"chính quyền địa phương\"\n  qd basis \"công nghệ thông tin\" --date 2019-05-03",
		Args:    cobra.MinimumNArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			asOf := decision.Today()
			if date != "" {
				var err error
				if asOf, err = dateFlag(lang, "--date", date, wholeDate, false); err != nil {
					return err
				}
			}
			reg := registry.Default()
			found := reg.Search(strings.Join(args, " "))
			if len(found) == 0 {
				return &exitError{ExitProblems, pick(lang, "không tìm thấy văn bản nào khớp trong sổ của qd", "no document in qd's registry matches")}
			}
			shown := map[string]bool{}
			on := registry.Date(asOf)
			for _, doc := range found {
				if on.Before(doc.Date) {
					continue // not issued yet on that date
				}
				sure, latest := reg.InForce(doc, on)
				if shown[sure.Key] {
					continue
				}
				shown[sure.Key] = true
				printBasis(ios, lang, reg, sure, latest, on)
			}
			if len(shown) == 0 {
				return &exitError{ExitProblems, pick(lang, "chưa có văn bản nào khớp vào ngày ", "no matching document existed on ") + asOf.In(lang)}
			}
			return nil
		}),
	}
	c.Flags().StringVar(&date, "date", "", "ngày ban hành dự kiến, YYYY-MM-DD (mặc định hôm nay)")
	return c
}

// printBasis prints the citation of the document in force and, as comments, what it
// replaced, what amends it, and what the registry is not sure of.
func printBasis(ios IOStreams, lang decision.Lang, reg *registry.Registry, sure, latest *registry.Document, on registry.Date) {
	fmt.Fprintln(ios.Out, decision.Citation(sure))
	fmt.Fprintf(ios.Out, "  # ref: %s — %s\n", sure.Key, sure.Source)
	for i := range reg.Documents {
		if old := &reg.Documents[i]; old.ReplacedBy == sure.Key {
			fmt.Fprintf(ios.Out, pick(lang, "  # thay cho: %s %s ngày %s\n", "  # replaces: %s %s of %s\n"), old.Type, numberOrTitle(old), decision.Date(old.Date).In(lang))
		}
	}
	for _, k := range sure.AmendedBy {
		if a := reg.ByKey(k); a != nil && !on.Before(a.Date) {
			b := decision.BasisOf(a)
			fmt.Fprintf(ios.Out, pick(lang, "  # được sửa đổi, bổ sung bởi: %s (ghi cùng dòng căn cứ)\n", "  # amended by: %s (cite it with this one)\n"), b.Citation())
		}
	}
	if !sure.Effective.IsZero() && on.Before(sure.Effective) {
		fmt.Fprintf(ios.Out, pick(lang, "  # chưa có hiệu lực: có hiệu lực từ %s\n", "  # not yet in force: in force from %s\n"), decision.Date(sure.Effective).In(lang))
	}
	if !sure.Expires.IsZero() && sure.Expires.Before(on) {
		fmt.Fprintf(ios.Out, pick(lang, "  # chương trình cho thời kỳ đến %s, đã kết thúc: không nên làm căn cứ (quy tắc basis-outdated)\n",
			"  # a programme for a period up to %s, which has ended: not a basis any more (rule basis-outdated)\n"), decision.Date(sure.Expires).In(lang))
	}
	if sure.Unconfirmed != "" {
		fmt.Fprintln(ios.Out, pick(lang, "  # chưa xác nhận: "+sure.Unconfirmed, "  # not confirmed by an official source; check before citing it"))
	}
	if latest != sure {
		fmt.Fprintf(ios.Out, pick(lang, "  # có thể đã được thay bằng %s %s ngày %s (chưa xác nhận); kiểm tra: qd basis %s\n",
			"  # may have been replaced by %s %s of %s (not confirmed); check: qd basis %s\n"), latest.Type, numberOrTitle(latest), decision.Date(latest.Date).In(lang), latest.Key)
	}
}

func numberOrTitle(d *registry.Document) string {
	if d.Number != "" {
		return d.Number
	}
	return d.Title
}
