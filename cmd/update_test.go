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
		`bases[0]: thay căn cứ Luật Tổ chức chính quyền địa phương (hết hiệu lực) bằng Luật Tổ chức chính quyền địa phương`,
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
