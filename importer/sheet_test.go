package importer

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/vanthu-vn/qd/decision"
	"github.com/xuri/excelize/v2"
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

// TestMembersXLSX: the same list as an Excel workbook.
func TestMembersXLSX(t *testing.T) {
	f := excelize.NewFile()
	for i, r := range memberRows {
		for j, c := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if c != "" {
				f.SetCellValue("Sheet1", cell, c)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	res, err := Import("thanh-vien.xlsx", b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkMembers(t, res)
}

// TestMembersNoHeader: a sheet without the customary headers is refused, not guessed.
func TestMembersNoHeader(t *testing.T) {
	if _, err := Import("x.csv", []byte("a,b\n1,2\n"), Options{}); err == nil || !strings.Contains(err.Error(), "Họ và tên") {
		t.Errorf("err = %v", err)
	}
}
