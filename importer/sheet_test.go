package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/xlsx"
	"github.com/vanthu-vn/qd/render"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

var memberRows = [][]string{
	{"DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO", "", "", "", ""},
	{"STT", "Họ và tên", "Chức vụ", "Cơ quan/Đơn vị", "Chức danh trong Ban"},
	{"1", "Ông Lê Tuấn Phong", "Chủ tịch", "UBND tỉnh", "TRƯỞNG BAN"},
	{"2", "Bà Nguyễn Thị Hoa", "Phó Chủ tịch", "UBND tỉnh", norm.NFD.String("Phó Trưởng ban thường trực")},
	{"3", "Vũ Văn Tuấn", "Giám đốc", "Sở Thông tin và Truyền thông", "Uỷ viên thường trực kiêm Thư ký"},
	{"4", "Trần Văn Bình", "Giám đốc Sở Tài chính", "", "thành viên"},
	{"", "", "", "", ""},
	{"5", "Hoàng Minh", "Trưởng phòng", "Văn phòng UBND tỉnh", "Tổ phó"},
}

func checkMembers(t *testing.T, res *Result) {
	t.Helper()
	var got struct {
		Members []decision.Member `yaml:"members"`
	}
	if err := yaml.Unmarshal(res.YAML, &got); err != nil {
		t.Fatalf("%v\n%s", err, res.YAML)
	}
	want := []decision.Member{
		{Role: decision.RoleTruongBan, Honorific: "Ông", Name: "Lê Tuấn Phong", Position: "Chủ tịch", Organization: "UBND tỉnh"},
		{Role: decision.RolePhoThuongTruc, Honorific: "Bà", Name: "Nguyễn Thị Hoa", Position: "Phó Chủ tịch", Organization: "UBND tỉnh"},
		{Role: decision.RoleUyVienThuongTruc, Also: []decision.Role{decision.RoleThuKy}, Name: "Vũ Văn Tuấn", Position: "Giám đốc", Organization: "Sở Thông tin và Truyền thông"},
		{Role: decision.RoleUyVien, Name: "Trần Văn Bình", Position: "Giám đốc", Organization: "Sở Tài chính"},
		{Role: decision.RoleUyVien, RoleLabel: "Tổ phó", Name: "Hoàng Minh", Position: "Trưởng phòng", Organization: "Văn phòng UBND tỉnh"},
	}
	if len(got.Members) != len(want) {
		t.Fatalf("%d members, want %d:\n%s", len(got.Members), len(want), res.YAML)
	}
	for i, w := range want {
		g := got.Members[i]
		if g.Role != w.Role || g.RoleLabel != w.RoleLabel || g.Honorific != w.Honorific || g.Name != w.Name || g.Position != w.Position ||
			g.Organization != w.Organization || len(g.Also) != len(w.Also) {
			t.Errorf("members[%d] = %+v, want %+v", i, g, w)
		}
	}
	// The unknown role "Tổ phó" is a note on row 8.
	if len(res.Notes) != 1 || res.Notes[0].Pos.Line != 8 || res.Notes[0].Field != "members[4].role" {
		t.Errorf("notes: %+v", res.Notes)
	}
	// The section loads into a decision.
	if _, diags := decision.Load("m.yaml", append([]byte("kind: kien_toan\n"), res.YAML...)); decision.HasErrors(diags) {
		for _, d := range diags {
			if d.Severity == decision.Error && strings.HasPrefix(d.Field, "members") {
				t.Errorf("%s", d.Message(decision.EN))
			}
		}
	}
}

// TestMembersCSV: a member list saved from Excel (semicolons, BOM, a title row above the
// headers, a blank row) with Vietnamese headers and role labels written any way.
func TestMembersCSV(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	for _, r := range memberRows {
		b.WriteString(strings.Join(r, ";") + "\r\n")
	}
	res, err := Import("thanh-vien.csv", b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkMembers(t, res)
}

// TestMembersUnicodeText: the same list saved by Excel as "Unicode text" (UTF-16 little
// endian with a byte-order mark, tab-separated) under a .csv name.
func TestMembersUnicodeText(t *testing.T) {
	var text strings.Builder
	for _, r := range memberRows {
		text.WriteString(strings.Join(r, "\t") + "\r\n")
	}
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text.String())) {
		b = append(b, byte(u), byte(u>>8))
	}
	res, err := Import("thanh-vien.csv", b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkMembers(t, res)
}

// TestMembersXLSX: the same list as an Excel workbook: as qd's own writer writes it, and
// as another library (excelize, which qd used before) wrote it, with a second sheet that is
// not read.
func TestMembersXLSX(t *testing.T) {
	sheet := xlsx.Sheet{Name: "Sheet1"}
	for _, r := range memberRows {
		var cells []xlsx.Cell
		for _, c := range r {
			cells = append(cells, xlsx.Cell{Text: c})
		}
		sheet.Rows = append(sheet.Rows, cells)
	}
	var b bytes.Buffer
	if err := xlsx.Write(&b, sheet); err != nil {
		t.Fatal(err)
	}
	excelize, err := os.ReadFile("../internal/xlsx/testdata/members-excelize.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"qd": b.Bytes(), "excelize": excelize} {
		t.Run(name, func(t *testing.T) {
			res, err := Import("thanh-vien.xlsx", data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkMembers(t, res)
		})
	}
}

// TestMembersXLSXUnreadable: a workbook import cannot read says why in Vietnamese, and where
// (the part, its line, the cell), with Go's cause only in English.
func TestMembersXLSXUnreadable(t *testing.T) {
	var good bytes.Buffer
	if err := xlsx.Write(&good, xlsx.Sheet{Name: "a", Rows: [][]xlsx.Cell{{{Text: "Họ và tên"}}}}); err != nil {
		t.Fatal(err)
	}
	rezip := func(part, content string) []byte {
		zr, err := zip.NewReader(bytes.NewReader(good.Bytes()), int64(good.Len()))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, f := range zr.File {
			if f.Name == part && content == "" {
				continue // the part left out
			}
			w, _ := zw.Create(f.Name)
			if f.Name == part {
				w.Write([]byte(content))
				continue
			}
			rc, _ := f.Open()
			io.Copy(w, rc)
			rc.Close()
		}
		zw.Close()
		return b.Bytes()
	}
	for _, tc := range []struct {
		name   string
		data   []byte
		vi, en string
	}{
		{"not a zip", []byte("STT,Họ và tên\n"), "không phải bảng tính .xlsx (tệp nén zip hỏng", "not an .xlsx workbook"},
		{"an old .xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), "tệp .xls cũ (Excel 97-2003) hoặc .xlsx có mật khẩu", "an old .xls file"},
		{"a damaged sheet", rezip("xl/worksheets/sheet1.xml", "<worksheet>\n<sheetData>\n<row></sheetData>"),
			"phần xl/worksheets/sheet1.xml hỏng ở dòng 3 (không phải XML hợp lệ)", "the part xl/worksheets/sheet1.xml is damaged at line 3 (not well-formed XML)"},
		{"a cell beyond XFD", rezip("xl/worksheets/sheet1.xml", "<worksheet><sheetData>\n<row r=\"1\"><c r=\"ZZZ1\"><v>1</v></c></row></sheetData></worksheet>"),
			"ô ZZZ1: địa chỉ hoặc giá trị ô không hợp lệ (phần xl/worksheets/sheet1.xml, dòng 2)", "cell ZZZ1: invalid cell reference or value (part xl/worksheets/sheet1.xml, line 2)"},
		{"no shared strings part", rezip("xl/sharedStrings.xml", ""), "bảng tính thiếu phần xl/sharedStrings.xml", "the workbook lacks its part xl/sharedStrings.xml"},
		{"no workbook part", rezip("xl/workbook.xml", ""), "không phải bảng tính .xlsx (không có phần bảng tính", "not an .xlsx workbook (no workbook part"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Import("thanh-vien.xlsx", tc.data, Options{})
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want an *importer.Error", err, err)
			}
			vi, en := e.Message(decision.VI), e.Message(decision.EN)
			if !strings.HasPrefix(vi, tc.vi) || !strings.HasPrefix(en, tc.en) {
				t.Errorf("\nvi %s\nen %s", vi, en)
			}
			if strings.Contains(vi, "xlsx:") || strings.Contains(vi, "syntax") || strings.Contains(vi, "expected") {
				t.Errorf("English cause in the Vietnamese message: %s", vi)
			}
		})
	}
}

// TestMembersNoHeader: a sheet without the customary headers is refused, not guessed.
func TestMembersNoHeader(t *testing.T) {
	if _, err := Import("x.csv", []byte("a,b\n1,2\n"), Options{}); err == nil || !strings.Contains(err.Error(), "Họ và tên") {
		t.Errorf("err = %v", err)
	}
}

// BenchmarkImportXLSX imports a member list of 26 members, as a clerk's `qd import
// danh-sach.xlsx` does: the one `qd members` writes for the example with the most members,
// and the same list as excelize wrote it.
func BenchmarkImportXLSX(b *testing.B) {
	d, _ := loadExample(b, "../examples/vinh-long.yaml")
	var qd bytes.Buffer
	if err := render.WriteMemberXLSX(&qd, d); err != nil {
		b.Fatal(err)
	}
	excelize, err := os.ReadFile("../internal/xlsx/testdata/vinh-long-excelize.xlsx")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
	}{{"qd", qd.Bytes()}, {"excelize", excelize}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Import("danh-sach.xlsx", c.data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMembersTooMany: a member list longer than any decision can hold (the YAML it would make
// is over decision.MaxFileSize, which qd then refuses to read) is refused with a message
// saying so, in both languages, before qd builds it row by row (100 000 rows took 700 MB).
func TestMembersTooMany(t *testing.T) {
	var b strings.Builder
	b.WriteString("STT,Họ và tên,Chức vụ,Cơ quan/Đơn vị,Chức danh trong Ban\n")
	for i := 1; i <= 30000; i++ {
		fmt.Fprintf(&b, "%d,Nguyễn Văn %d,Giám đốc,Sở Y tế,Ủy viên\n", i, i)
	}
	_, err := Import("thanh-vien.csv", []byte(b.String()), Options{})
	var ie *Error
	if !errors.As(err, &ie) || !strings.Contains(ie.Message(decision.VI), "thành viên") || !strings.Contains(ie.Message(decision.EN), "members") {
		t.Fatalf("30 000 rows: %v", err)
	}
	// A long list that fits is still read.
	b.Reset()
	b.WriteString("STT,Họ và tên,Chức vụ,Cơ quan/Đơn vị,Chức danh trong Ban\n")
	for i := 1; i <= 300; i++ {
		fmt.Fprintf(&b, "%d,Nguyễn Văn %d,Giám đốc,Sở Y tế,Ủy viên\n", i, i)
	}
	res, err := Import("thanh-vien.csv", []byte(b.String()), Options{})
	if err != nil || !strings.Contains(string(res.YAML), "Nguyễn Văn 300") {
		t.Fatalf("300 rows: %v", err)
	}
}

// TestMembersExcelErrors: a cell showing Excel's error value for a broken formula (#REF!,
// #N/A...) is no member's position or name: it is left out with a located note, in .csv as
// Excel saves it.
func TestMembersExcelErrors(t *testing.T) {
	src := "STT,Họ và tên,Chức vụ,Cơ quan/Đơn vị,Chức danh trong Ban\n1,Nguyễn Văn A,#REF!,Sở Y tế,Trưởng ban\n2,#N/A,Giám đốc,Sở Nội vụ,Ủy viên\n"
	res, err := Import("thanh-vien.csv", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if y := string(res.YAML); strings.Contains(y, "#REF!") || strings.Contains(y, "#N/A") {
		t.Errorf("error values in the YAML:\n%s", y)
	}
	var got []string
	for _, n := range res.Notes {
		if strings.Contains(n.Msg.VI, "lỗi của Excel") {
			got = append(got, fmt.Sprintf("%d %s", n.Pos.Line, n.Field))
		}
	}
	if want := []string{"2 members[0].position", "3 members[1].name"}; !slices.Equal(got, want) {
		t.Errorf("notes %v, want %v", got, want)
	}
}
