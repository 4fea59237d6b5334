package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/xuri/excelize/v2"
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
	if err := c.WriteAll(MemberList(d)); err != nil {
		return err
	}
	return c.Error()
}

// WriteMemberXLSX writes the member list as an .xlsx workbook with one sheet: a title row,
// then the header (bold, repeated on every printed page) and one member a row.
func WriteMemberXLSX(w io.Writer, d *decision.Decision) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Thành viên"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	title := "Danh sách thành viên " + d.Committee.Name
	if err := f.SetCellStr(sheet, "A1", title); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: "Times New Roman", Size: 13},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border:    border()})
	if err != nil {
		return err
	}
	plain, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Times New Roman", Size: 13},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: border()})
	if err != nil {
		return err
	}
	titleStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: "Times New Roman", Size: 14}})
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "A1", titleStyle); err != nil {
		return err
	}
	rows := append([][]string{MemberListHeader}, MemberList(d)...)
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+3)
			if err := f.SetCellStr(sheet, cell, v); err != nil {
				return err
			}
		}
		first, _ := excelize.CoordinatesToCellName(1, i+3)
		last, _ := excelize.CoordinatesToCellName(len(MemberListHeader), i+3)
		style := plain
		if i == 0 {
			style = bold
		}
		if err := f.SetCellStyle(sheet, first, last, style); err != nil {
			return err
		}
	}
	for i, width := range []float64{7, 9, 24, 30, 34, 26, 24, 18} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$3:$3", Scope: sheet}); err != nil {
		return err
	}
	return f.Write(w)
}

func border() []excelize.Border {
	var b []excelize.Border
	for _, side := range []string{"left", "top", "right", "bottom"} {
		b = append(b, excelize.Border{Type: side, Color: "000000", Style: 1})
	}
	return b
}
