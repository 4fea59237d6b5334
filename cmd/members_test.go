package cmd

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMembersExport: `qd members` writes the member list as CSV (UTF-8 with BOM) and .xlsx,
// numbered as Điều 1 numbers them; `qd import` reads the .xlsx back to the same members;
// a file with errors writes nothing.
func TestMembersExport(t *testing.T) {
	code, csv, errs := run(t, "", "members", "../examples/binh-thuan.yaml", "-o", "-")
	if code != ExitOK {
		t.Fatalf("exit %d %s", code, errs)
	}
	for _, want := range []string{"\uFEFFSTT,Ông/Bà,Họ và tên,Chức vụ,Cơ quan/Đơn vị,Lĩnh vực phụ trách,Chức danh trong Ban,Ghi chú\r\n",
		"1,Ông,Lê Tuấn Phong,Chủ tịch,UBND tỉnh,,Trưởng ban,\r\n",
		"4-22,,,\"Giám đốc, Phó Giám đốc\",\"các sở, đơn vị\",,Ủy viên,19 thành viên\r\n",
		"23,Ông,Nguyễn Hoàng Sâm,"} {
		if !strings.Contains(csv, want) {
			t.Errorf("CSV lacks %q:\n%s", want, csv)
		}
	}
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "danh-sach.xlsx")
	if code, _, errs := run(t, "", "members", "../examples/vinh-long.yaml", "-o", xlsx); code != ExitOK {
		t.Fatalf("xlsx: exit %d %s", code, errs)
	}
	code, yml, errs := run(t, "", "import", xlsx, "-o", "-")
	if code != ExitOK && code != ExitProblems {
		t.Fatalf("import: exit %d %s", code, errs)
	}
	vl := string(mustRead(t, "../examples/vinh-long.yaml"))
	for _, line := range []string{"{role: truong_ban, position: Chủ tịch, organization: Ủy ban nhân dân tỉnh}",
		"{role: uy_vien, position: Giám đốc, organization: Sở Tư pháp}"} {
		if !strings.Contains(vl, line) || !strings.Contains(yml, line) {
			t.Errorf("the .xlsx read back lacks %s:\n%s", line, yml)
		}
	}
	if strings.Count(yml, "{role:") != strings.Count(vl, "{role:") {
		t.Errorf("%d members read back, %d in the example", strings.Count(yml, "{role:"), strings.Count(vl, "{role:"))
	}
	bad := filepath.Join(dir, "bad.csv")
	if code, _, _ := run(t, "", "members", "../testdata/bad/all-at-once.yaml", "-o", bad); code != ExitProblems {
		t.Errorf("a file with errors: exit %d", code)
	}
	if _, err := filepath.Glob(bad); err == nil {
		if m, _ := filepath.Glob(bad); len(m) > 0 {
			t.Error("a file with errors wrote a member list")
		}
	}
	if code, _, _ := run(t, "", "members", "../examples/vinh-long.yaml", "-o", filepath.Join(dir, "x.pdf")); code != ExitUsage {
		t.Errorf("unknown extension: exit %d", code)
	}
}
