package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// qd update brings a 2018 decision to 2026: every body and unit it is sure of replaced, each
// change printed, the unsure ones flagged KIỂM TRA and left; what it cannot settle (a member
// from a district) stays an error, and it says so with exit 1 after writing.
func TestUpdateCommand(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "vl.yaml")
	code, _, errs := run(t, "", "update", "../examples/vinh-long.yaml", "--date", "2026-11-23", "-o", out)
	if code != ExitProblems {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		`members[2].organization: "Sở Thông tin và Truyền thông" thành "Sở Khoa học và Công nghệ"`,
		`execution.addressees[2]: "Chủ tịch UBND các huyện, thị xã, thành phố" thành "Chủ tịch UBND các xã, phường"`,
		`bases[0]: thay căn cứ Luật Tổ chức chính quyền địa phương năm 2015 (hết hiệu lực) bằng Luật Tổ chức chính quyền địa phương năm 2025`,
		`bases[2]: KIỂM TRA: Nghị định 64/2007/NĐ-CP có thể đã được thay bằng Nghị định 224/2026/NĐ-CP`,
		"[unit-dissolved] members[14].organization",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(data); strings.Contains(s, "Thông tin và Truyền thông") || !strings.Contains(s, "date: 2026-11-23") {
		t.Errorf("not brought up to date:\n%s", s)
	}
	// A decision naming a province that ceased: issuer, place, committee and level follow.
	src, _ := os.ReadFile("../examples/kien-giang.yaml")
	in := filepath.Join(dir, "kg.yaml")
	os.WriteFile(in, src, 0o644)
	code, stdout, errs := run(t, "", "update", in, "--date", "2026-01-05", "-o", "-")
	if code != ExitProblems || !strings.Contains(errs, "[unit-dissolved] regulation.chapters[2].articles[3].title") {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, want := range []string{"place: An Giang", "TỈNH AN GIANG", "Ban Chỉ đạo Chính quyền điện tử tỉnh An Giang"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if code, _, _ := run(t, "", "update", in, "-o", "-"); code != ExitUsage {
		t.Error("update without --date must be a usage error")
	}
}

// The end: a 2026 rename of the Lạng Sơn committee of 2020 gives a decision of the
// 2025 UBND model (598/QĐ-TTg) that passes validate --strict as written: the registry knows
// the central bank's regional branch of Lạng Sơn (Khu vực 5 from 01/7/2025), so no [[...]]
// placeholder is left for a body it knows. Dated before the region lists it does know (a
// province and date the registry has no source for), the placeholder stays and --strict fails.
func TestRename2026LangSon(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ls-2026.yaml")
	code, _, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "--date", "2026-11-23", "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	data, _ := os.ReadFile(out)
	s := string(data)
	for _, want := range []string{
		"name: Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lạng Sơn",
		"number: 598/QĐ-TTg", "- {role: pho_truong_ban, position: Giám đốc, organization: Công an tỉnh}",
		"- {role: pho_truong_ban, position: Giám đốc, organization: Sở Nội vụ}",
		"- {role: pho_truong_ban, position: Giám đốc, organization: Sở Khoa học và Công nghệ}",
		"Tổ công tác triển khai Đề án 06 do Giám đốc Công an tỉnh làm Tổ trưởng", "title: Chuyển đổi số",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("lacks %q", want)
		}
	}
	for _, gone := range []string{"17/NQ-CP", "1619/QĐ-TTg", "Thông tin và Truyền thông", "Chi nhánh tỉnh", "Kế hoạch và Đầu tư", "ngày 19 tháng 6 năm 2015", "date: 2015-06-19",
		"Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"} {
		if strings.Contains(s, gone) {
			t.Errorf("still has %q", gone)
		}
	}
	if !strings.Contains(s, "{role: uy_vien, position: Giám đốc, organization: Ngân hàng Nhà nước Chi nhánh Khu vực 5}") || strings.Contains(s, "[[") {
		t.Errorf("the central bank's branch is not named exactly, or a placeholder is left:\n%s", s)
	}
	if !strings.Contains(errs, `"Ngân hàng Nhà nước Chi nhánh tỉnh" thành "Ngân hàng Nhà nước Chi nhánh Khu vực 5"`) {
		t.Errorf("the change is not printed for review:\n%s", errs)
	}
	if code, stdout, _ := run(t, "", "validate", "--strict", out); code != ExitOK {
		t.Errorf("the 2026 rename does not pass --strict:\n%s", stdout)
	}
	// April 2025, the arrangement of the 63 provinces: Lạng Sơn was in Khu vực 5 then too.
	early := filepath.Join(dir, "ls-2025.yaml")
	if code, _, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "--date", "2025-04-10", "-o", early); code != ExitOK || !strings.Contains(errs, "Chi nhánh Khu vực 5") {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	// The same committee in Bình Dương, April 2025: no source gives Bình Dương's region before
	// 01/7/2025, so the placeholder stays and --strict says so; from 01/7/2025 it is Khu vực 2.
	src, _ := os.ReadFile("../examples/lang-son-2020.yaml")
	bd := strings.NewReplacer("Lạng Sơn", "Bình Dương", "LẠNG SƠN", "BÌNH DƯƠNG").Replace(string(src))
	in := filepath.Join(dir, "binh-duong-2020.yaml")
	os.WriteFile(in, []byte(bd), 0o644)
	unknown := filepath.Join(dir, "bd-2025.yaml")
	if code, _, errs := run(t, "", "rename", in, "--date", "2025-04-10", "-o", unknown); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	code, stdout, _ := run(t, "", "validate", "--strict", unknown)
	if code != ExitProblems || !strings.Contains(stdout, "[placeholder] members[14].organization") {
		t.Errorf("an unknown region must stay a placeholder: %d\n%s", code, stdout)
	}
}

// TestRewriteStdinNeedsOutput: rename, update and change reading standard input have no
// file name to make the output's from, so they need -o, as draft and members do; they wrote
// "--doi-ten.yaml", "--2026-11-23.yaml" or "--thay-doi.yaml" (a name rm takes for an option)
// and exited 0.
func TestRewriteStdinNeedsOutput(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	newer, err := filepath.Abs("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for _, args := range [][]string{
		{"rename", "-", "--date", "2026-03-16"},
		{"update", "-", "--date", "2026-11-23"},
		{"change", "-", newer, "--date", "2026-03-16"},
	} {
		code, _, errs := run(t, string(src), args...)
		if code != ExitUsage || !strings.Contains(errs, "cần -o") {
			t.Errorf("qd %s: exit %d, want %d and 'cần -o':\n%s", strings.Join(args, " "), code, ExitUsage, errs)
		}
		if left, _ := os.ReadDir("."); len(left) != 0 {
			t.Errorf("qd %s wrote %s", args[0], left[0].Name())
			for _, e := range left {
				os.Remove(e.Name())
			}
		}
	}
}
