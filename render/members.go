package render

import (
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/render/textwidth"
)

// The member list as an annex: many decisions name the members in a table attached to the
// decision, Điều 1 pointing to it. Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục III.1: the
// text points to its Phụ lục; "Phụ lục" on its own line (bold 14), the title in upper case
// (bold 13-14), under it the line "(Kèm theo ... số ... ngày ... của ...)" in italics; the
// Phụ lục's pages are numbered on their own.

// Style names of the member table, defined in templates/styles.xml.
const (
	sMemberTable, sTableHeading, sTableText, sTableNumber = "MemberTable", "TableHeading", "TableText", "TableNumber"
)

// MemberRow is one member as the annex table and the exported lists give it.
type MemberRow struct {
	Number       string // "1", or "4-22" for a line standing for 19 members
	Name         string // with the honorific: "Ông Nguyễn Văn A"; "" when the decision names the post only
	Position     string // with the portfolio and the invitation word
	Organization string
	Role         string // the title in the committee, as the decision writes it
}

// Post is the position and the body together, as the annex table's column shows them.
func (r MemberRow) Post() string { return strings.TrimSpace(r.Position + " " + r.Organization) }

// MemberRows returns the members in order, numbered as Điều 1 numbers them.
func MemberRows(d *decision.Decision) []MemberRow {
	var out []MemberRow
	nums := memberNumbers(d)
	for i, m := range d.Members {
		r := MemberRow{Number: nums[i], Position: m.Position, Organization: m.Organization,
			Role: m.LabelIn(d.Committee.Titles)}
		if m.Count > 1 {
			r.Organization += " (" + strconv.Itoa(m.Count) + " thành viên)"
		}
		if m.Portfolio != "" {
			r.Position += " " + m.Portfolio
		}
		if m.Invited {
			r.Position = "Mời " + r.Position // the title keeps its capital, as decision.Invitation words Điều 1
		}
		if m.Name != "" {
			r.Name = strings.TrimSpace(m.Honorific + " " + m.Name)
		}
		out = append(out, r)
	}
	return out
}

// memberNumbers returns the numbers Điều 1 gives the members, in order: "1", or "4-22" for
// a line standing for 19 members.
func memberNumbers(d *decision.Decision) []string {
	out := make([]string, len(d.Members))
	n := 1
	for i, m := range d.Members {
		out[i] = strconv.Itoa(n)
		if m.Count > 1 {
			out[i] += "-" + strconv.Itoa(n+m.Count-1)
		}
		n += max(m.Count, 1)
	}
	return out
}

// MembersAnnexTitle is the title of the annex: "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO ...".
func MembersAnnexTitle(d *decision.Decision) string {
	return "DANH SÁCH THÀNH VIÊN " + strings.ToUpper(d.Committee.Name)
}

// membersAnnexTitleLines puts "DANH SÁCH" on its own line and balances the rest.
func membersAnnexTitleLines(d *decision.Decision, width int) []string {
	rest := strings.TrimPrefix(MembersAnnexTitle(d), "DANH SÁCH ")
	return append([]string{"DANH SÁCH"}, textwidth.Balance(rest, true, 14, width)...)
}

// annexReference is the line under an annex's title: "(Kèm theo Quyết định số ... ngày ...
// của ...)".
func annexReference(d *decision.Decision) string {
	by := d.Issuer.Short
	if d.Regulation != nil && d.Regulation.IssuedBy != "" {
		by = d.Regulation.IssuedBy
	}
	if by == "" {
		by = d.Issuer.Name.Text()
	}
	return "(Kèm theo Quyết định số " + d.FullNumber() + " " + d.Date.Long() + " của " + by + ")"
}

// memberColumns are the widths of STT, Họ và tên, Chức vụ / Cơ quan, Chức danh trong Ban as
// shares of the text width.
var memberColumns = []float64{0.08, 0.26, 0.44, 0.22}

// membersSection is the annex holding the member table.
func membersSection(d *decision.Decision, page docx.Page) docx.Section {
	width := page.TextWidth()
	body := []docx.Block{
		docx.P(sAnnexType, "Phụ lục"),
		docx.P(sAnnexTitle, strings.Join(membersAnnexTitleLines(d, width), "\n")),
		keepNumbers(docx.P(sAnnexRef, annexReference(d))),
		rule(int(float64(width)/6), width),
		docx.P(sTableText, ""), // room between the rule and the table
	}
	widths := make([]int, len(memberColumns))
	rest := width
	for i, f := range memberColumns[:len(memberColumns)-1] {
		widths[i] = int(float64(width) * f)
		rest -= widths[i]
	}
	widths[len(widths)-1] = rest
	cell := func(style, text string) docx.Cell {
		return docx.Cell{Paragraphs: []docx.Paragraph{docx.P(style, text)}}
	}
	t := docx.Table{Style: sMemberTable, Widths: widths, HeaderRows: 1, Rows: [][]docx.Cell{{
		cell(sTableHeading, "STT"), cell(sTableHeading, "Họ và tên"), cell(sTableHeading, "Chức vụ / Cơ quan"), cell(sTableHeading, "Chức danh trong Ban"),
	}}}
	for _, r := range MemberRows(d) {
		t.Rows = append(t.Rows, []docx.Cell{cell(sTableNumber, r.Number), cell(sTableText, r.Name), cell(sTableText, r.Post()), cell(sTableText, r.Role)})
	}
	body = append(body, t)
	return docx.Section{Page: page, Header: PageHeader(), TitlePage: true, RestartNumbering: true, Body: body}
}
