package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/registry"
)

// A 2026 draft citing the 2015 Luật Tổ chức chính quyền địa phương fails, naming the law in
// force; the 2018 Vĩnh Long example passes (its citations were right then).
func TestValidateAsOfLaw(t *testing.T) {
	src, _ := os.ReadFile("../examples/vinh-long.yaml")
	draft := strings.Replace(string(src), "date: 2018-12", "date: 2026-12-01", 1)
	path := filepath.Join(t.TempDir(), "2026.yaml")
	os.WriteFile(path, []byte(draft), 0o644)
	code, out, _ := run(t, "", "validate", "--format", "json", path)
	var rep struct {
		Results []struct{ Rule, Field, Successor, Message, Severity string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != ExitProblems {
		t.Fatalf("exit %d %v\n%s", code, err, out)
	}
	found := map[string]string{}
	for _, r := range rep.Results {
		if r.Severity == "error" {
			found[r.Rule+" "+r.Field] = r.Successor
		}
	}
	for key, succ := range map[string]string{
		"basis-in-force bases[0]":                 "72/2025/QH15",
		"basis-in-force bases[1]":                 "148/2025/QH15",
		"basis-in-force bases[3]":                 "1619/QĐ-TTg",
		"body-dissolved members[2].organization":  "Sở Khoa học và Công nghệ",
		"body-dissolved members[4].organization":  "Sở Tài chính",
		"unit-dissolved members[18].organization": "cấp xã",
	} {
		if got, ok := found[key]; !ok || got != succ {
			t.Errorf("%s: successor %q (present %v), want %q", key, got, ok, succ)
		}
	}
	if code, out, _ := run(t, "", "validate", "../examples/vinh-long.yaml"); code != ExitOK {
		t.Errorf("the 2018 example must pass:\n%s", out)
	}
	// --as-of checks an old decision as if issued today.
	code, out, _ = run(t, "", "validate", "--as-of", "2026-01-01", "../examples/kien-giang.yaml")
	if code != ExitProblems || !strings.Contains(out, "[unit-dissolved] place: \"Kiên Giang\": tỉnh Kiên Giang không còn từ ngày 01 tháng 7 năm 2025; thay bằng: An Giang") {
		t.Errorf("--as-of: %d\n%s", code, out)
	}
	if code, _, _ := run(t, "", "validate", "--as-of", "mai", "../examples/kien-giang.yaml"); code != ExitUsage {
		t.Error("bad --as-of must be a usage error")
	}
}

func TestRegistryFlag(t *testing.T) {
	dir := t.TempDir()
	reg := filepath.Join(dir, "so.yaml")
	os.WriteFile(reg, []byte("bodies:\n  - name: Sở Tư pháp\n    until: 2021-01-01\n    successor: Sở Pháp chế\n    source: thử nghiệm\n"), 0o644)
	defer registry.Reset()
	code, out, _ := run(t, "", "--registry", reg, "validate", "../examples/lang-son.yaml")
	if code != ExitProblems || !strings.Contains(out, "Sở Tư pháp không còn từ ngày 01 tháng 01 năm 2021; thay bằng: Sở Pháp chế") {
		t.Errorf("%d\n%s", code, out)
	}
	os.WriteFile(reg, []byte("bodies:\n  - nam: x\n"), 0o644)
	if code, _, errs := run(t, "", "--registry", reg, "validate", "../examples/lang-son.yaml"); code != ExitUsage || !strings.Contains(errs, "so.yaml:2:5") {
		t.Errorf("a broken registry must be a usage error naming the position: %d %q", code, errs)
	}
}

// A 2026 rename maps Sở Thông tin và Truyền thông to Sở Khoa học và Công nghệ and says so.
func TestRename2026MapsBodies(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ls.yaml")
	code, _, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "--date", "2026-12-01", "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d %s", code, errs)
	}
	for _, want := range []string{`members[2].organization: "Sở Thông tin và Truyền thông" thành "Sở Khoa học và Công nghệ"`,
		"thay căn cứ Luật Tổ chức chính quyền địa phương năm 2015 (hết hiệu lực) bằng Luật Tổ chức chính quyền địa phương năm 2025", "gộp thành viên trùng"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if code, o, _ := run(t, "", "validate", out); code != ExitOK {
		t.Errorf("the 2026 rename does not validate:\n%s", o)
	}
}

func TestBasisCommand(t *testing.T) {
	code, out, _ := run(t, "", "basis", "chính quyền địa phương", "--date", "2026-11-21")
	if code != ExitOK || !strings.HasPrefix(out, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n  # ref: luat-tccqdp") {
		t.Errorf("%d %q", code, out)
	}
	code, out, _ = run(t, "", "basis", "chính quyền địa phương", "--date", "2019-05-03")
	if code != ExitOK || !strings.HasPrefix(out, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") {
		t.Errorf("%d %q", code, out)
	}
	// It names what a text replaced, what amends it, and what may have replaced it.
	code, out, _ = run(t, "", "basis", "1619/QĐ-TTg", "--date", "2026-11-21")
	for _, want := range []string{"Căn cứ Quyết định số 1619/QĐ-TTg ngày 24 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc kiện toàn và đổi tên Ủy ban Quốc gia về Chính phủ điện tử;",
		"# thay cho: Quyết định 1072/QĐ-TTg", "# có thể đã được thay bằng Quyết định 598/QĐ-TTg ngày 13/03/2025 (chưa xác nhận)"} {
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("basis 1619 lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", "basis", "chính quyền địa phương", "--date", "2021-01-05")
	if code != ExitOK || !strings.Contains(out, "# được sửa đổi, bổ sung bởi: Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019") {
		t.Errorf("the 2019 amendment is not named:\n%s", out)
	}
	if code, out, _ := run(t, "", "basis", "17/NQ-CP", "--date", "2026-01-05"); code != ExitOK || !strings.Contains(out, "basis-outdated") {
		t.Errorf("17/NQ-CP in 2026 must be flagged as outdated:\n%s", out)
	}
	if code, _, _ := run(t, "", "basis", "không có văn bản này"); code != ExitProblems {
		t.Error("nothing found must be exit 1")
	}
	// The key works in YAML.
	src, _ := os.ReadFile("../examples/kien-giang.yaml")
	y := strings.Replace(string(src), "  - type: Luật\n    title: Tổ chức chính quyền địa phương\n    date: 2015-06-19\n", "  - ref: luat-tccqdp-2015\n", 1)
	d, diags := decision.Load("kg.yaml", []byte(y))
	if d == nil || decision.HasErrors(diags) || d.Bases[0].Title != "Tổ chức chính quyền địa phương" || d.Bases[0].Date != (decision.Date{Year: 2015, Month: 6, Day: 19}) {
		t.Errorf("ref not resolved: %+v %v", d.Bases[0], diags)
	}
	d, diags = decision.Load("kg.yaml", []byte(strings.Replace(y, "luat-tccqdp-2015", "luat-khong-co", 1)))
	if !decision.HasErrors(diags) || diags[0].Rule != "basis-ref" {
		t.Errorf("unknown ref: %v", diags)
	}
}

// Nghị định 224/2026/NĐ-CP is seen only in public code repositories (law-2025-2026.md), so
// its replacing Nghị định 64/2007/NĐ-CP is a warning to check, not an error.
func TestNghiDinh64Expired(t *testing.T) {
	src, _ := os.ReadFile("../examples/vinh-long.yaml")
	path := filepath.Join(t.TempDir(), "2026.yaml")
	os.WriteFile(path, []byte(strings.Replace(string(src), "date: 2018-12", "date: 2026-07-01", 1)), 0o644)
	code, out, _ := run(t, "", "--lang", "en", "validate", path)
	if code != ExitProblems || !strings.Contains(out, "warning [basis-superseded] bases[2]: Nghị định 64/2007/NĐ-CP has a successor issued on 24 June 2026 (Căn cứ Nghị định số 224/2026/NĐ-CP") {
		t.Errorf("%d\n%s", code, out)
	}
}
