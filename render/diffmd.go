package render

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/vanthu-vn/qd/decision"
)

// DiffMarkdown writes the changes between two decisions as Markdown for a Tờ trình: the
// members who join, leave, change role, person or post in a table (pipe table, read as a
// table by pandoc and GitHub), then the other changes as a list.
func DiffMarkdown(items []decision.DiffItem, lang decision.Lang) []byte {
	t := func(vi, en string) string {
		if lang == decision.EN {
			return en
		}
		return vi
	}
	var members, others []decision.DiffItem
	for _, it := range items {
		if strings.HasPrefix(it.Field, "members[") {
			members = append(members, it)
		} else {
			others = append(others, it)
		}
	}
	var b bytes.Buffer
	if len(items) == 0 {
		b.WriteString(t("Không có thay đổi.\n", "No changes.\n"))
		return b.Bytes()
	}
	if len(members) > 0 {
		fmt.Fprintf(&b, "### %s\n\n", t("Thay đổi thành viên", "Changes of members"))
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", t("STT", "No."), t("Thay đổi", "Change"),
			t("Thành viên (chức vụ, cơ quan)", "Member (post, body)"), t("Trước", "Before"), t("Sau", "After"))
		b.WriteString("|---:|---|---|---|---|\n")
		for i, it := range members {
			var what, before, after string
			switch {
			case it.Kind == "added":
				what, after = t("Bổ sung", "Joins"), it.Role
			case it.Kind == "removed":
				what, before = t("Thôi tham gia", "Leaves"), it.Role
			case strings.HasSuffix(it.Field, ".role"):
				what, before, after = t("Thay đổi chức danh trong Ban", "Role changed"), it.Old, it.New
			case strings.HasSuffix(it.Field, ".name"):
				what, before, after = t("Thay người", "Person changed"), it.Old, it.New
			default:
				what, before, after = t("Thay đổi chức vụ", "Post changed"), it.Old, it.New
			}
			fmt.Fprintf(&b, "| %d | %s | %s | %s | %s |\n", i+1, what, cell(it.Member), cell(before), cell(after))
		}
	}
	if len(others) > 0 {
		if len(members) > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "### %s\n\n", t("Thay đổi khác", "Other changes"))
		for _, it := range others {
			b.WriteString("- " + mdEscape.Replace(it.Msg.In(lang)) + "\n")
		}
	}
	return b.Bytes()
}

// cell is text for one table cell: Markdown escaped, no pipe or line break, "—" when empty.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "—"
	}
	return strings.ReplaceAll(mdEscape.Replace(s), "|", `\|`)
}
