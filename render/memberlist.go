package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/xlsx"
)

// The member list for the Tờ trình and the personnel office, as a spreadsheet: one member
// a row, the columns those `qd import` reads back (STT, Họ và tên, Chức vụ, Cơ quan/Đơn vị,
// Chức danh trong Ban, with Ông/Bà and Lĩnh vực phụ trách apart).

// MemberListHeader is the header row of an exported member list.
var MemberListHeader = []string{"STT", "Ông/Bà", "Họ và tên", "Chức vụ", "Cơ quan/Đơn vị", "Lĩnh vực phụ trách", "Chức danh trong Ban", "Ghi chú"}

// MemberList returns the member list's rows under MemberListHeader, numbered as Điều 1
// numbers the members.
func MemberList(d *decision.Decision) [][]string {
	var out [][]string
	nums := memberNumbers(d)
	for i, m := range d.Members {
		var notes []string
		if m.Count > 1 {
			notes = append(notes, strconv.Itoa(m.Count)+" thành viên")
		}
		if m.Invited {
			notes = append(notes, "thành viên mời")
		}
		out = append(out, []string{nums[i], m.Honorific, m.Name, m.Position, m.Organization, m.Portfolio, m.LabelIn(d.Committee.Titles), strings.Join(notes, "; ")})
	}
	return out
}

// WriteMemberCSV writes the member list as CSV in UTF-8 with a byte-order mark, so that
// Excel opens the Vietnamese text as it is.
func WriteMemberCSV(w io.Writer, d *decision.Decision) error {
	if _, err := w.Write([]byte{0xEF, 0xBB, 0xBF}); err != nil {
		return err
	}
	c := csv.NewWriter(w)
	c.UseCRLF = true // what Excel writes and expects
	if err := c.Write(MemberListHeader); err != nil {
		return err
	}
	rows := MemberList(d)
	for _, r := range rows {
		for i, cell := range r {
			r[i] = CSVText(cell)
		}
	}
	if err := c.WriteAll(rows); err != nil {
		return err
	}
	return c.Error()
}

// CSVText is a cell's text as a .csv holds it for a spreadsheet: a text starting with = + -
// @ (or a tab or carriage return) gets a leading apostrophe, so that Excel and LibreOffice
// show it as text instead of running it as a formula ("=HYPERLINK(...)" in a name: CSV
// injection, OWASP). qd import takes the apostrophe off again.
func CSVText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteMemberXLSX writes the member list as an .xlsx workbook with one sheet: a title row,
// then the header (bold, repeated on every printed page) and one member a row, in Times New
// Roman 13 with borders, printed on A4 across with every column on the page's width.
func WriteMemberXLSX(w io.Writer, d *decision.Decision) error {
	title := xlsx.Style{Size: 14, Bold: true}
	head := xlsx.Style{Bold: true, HAlign: "center", VAlign: "center", Wrap: true, Border: true}
	plain := xlsx.Style{VAlign: "top", Wrap: true, Border: true}
	row := func(texts []string, s xlsx.Style) []xlsx.Cell {
		cells := make([]xlsx.Cell, len(texts))
		for i, t := range texts {
			cells[i] = xlsx.Cell{Text: t, Style: s}
		}
		return cells
	}
	rows := [][]xlsx.Cell{{{Text: "Danh sách thành viên " + d.Committee.Name, Style: title}}, nil, row(MemberListHeader, head)}
	for _, r := range MemberList(d) {
		rows = append(rows, row(r, plain))
	}
	return xlsx.Book{Font: "Times New Roman", Size: 13, Sheets: []xlsx.Sheet{{
		Name:        "Thành viên",
		Rows:        rows,
		ColWidths:   []float64{7, 9, 24, 30, 34, 26, 24, 18},
		PrintTitles: [2]int{3, 3},
		Landscape:   true,
		FitWidth:    true,
	}}}.Write(w)
}
