package cmd

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiffCommand(t *testing.T) {
	code, out, errs := run(t, "", "diff", "../examples/lang-son-2020.yaml", "../examples/lang-son.yaml")
	if code != ExitProblems { // like diff(1): 1 when they differ
		t.Fatalf("exit %d %q", code, errs)
	}
	for _, want := range []string{"13 thay đổi", `- tên Ban Chỉ đạo: "Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Lạng Sơn" thành "Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn"`,
		"- Giám đốc Sở Thông tin và Truyền thông: Ủy viên thường trực thành Phó Trưởng ban", `- thêm quyết định bị thay thế: "1782/QĐ-UBND"`} {
		if !strings.Contains(out, want) {
			t.Errorf("text diff lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", "--lang", "en", "diff", "--format", "json", "../examples/lang-son-2020.yaml", "../examples/lang-son.yaml")
	var doc struct {
		Changes []struct{ Field, Kind, Message string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitProblems || len(doc.Changes) != 13 {
		t.Fatalf("json: exit %d %v %s", code, err, out)
	}
	if doc.Changes[0].Field != "committee.name" || !strings.Contains(doc.Changes[0].Message, "became") {
		t.Errorf("first change %+v", doc.Changes[0])
	}
	if code, _, _ := run(t, "", "diff", "../examples/lang-son.yaml"); code != ExitUsage {
		t.Error("one file is a usage error")
	}
	if code, _, _ := run(t, "", "diff", "../examples/lang-son.yaml", "../testdata/bad/syntax-tab.yaml"); code != ExitProblems {
		t.Error("a broken file is a problem")
	}
}

// TestDiffMarkdown: `qd diff --format md` gives the member changes as a table a clerk pastes
// into the Tờ trình: who joins, leaves, changes role or person, with their posts; pandoc
// reads it as a table.
func TestDiffMarkdown(t *testing.T) {
	base := string(mustRead(t, "../examples/vinh-long.yaml"))
	edit := func(s, old, new string) string {
		t.Helper()
		if !strings.Contains(s, old) {
			t.Fatalf("example lacks %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
	n := edit(base, "  - {role: uy_vien, position: Giám đốc, organization: Sở Tư pháp}\n", "")
	n = edit(n, "{role: uy_vien, position: Giám đốc, organization: Sở Y tế}", "{role: uy_vien, position: Giám đốc, organization: Sở Y tế}\n  - {role: uy_vien, position: Giám đốc, organization: Sở Ngoại vụ}")
	n = edit(n, "{role: uy_vien, position: Chủ tịch, organization: UBND huyện Vũng Liêm}", "{role: uy_vien_thuong_truc, position: Chủ tịch, organization: UBND huyện Vũng Liêm}")
	base = edit(base, "{role: uy_vien, position: Giám đốc, organization: Sở Tài chính}", "{role: uy_vien, name: Nguyễn Văn An, position: Giám đốc, organization: Sở Tài chính}")
	n = edit(n, "{role: uy_vien, position: Giám đốc, organization: Sở Tài chính}", "{role: uy_vien, name: Trần Thị Bình, position: Giám đốc, organization: Sở Tài chính}")
	dir := t.TempDir()
	oldPath, newPath := filepath.Join(dir, "cu.yaml"), filepath.Join(dir, "moi.yaml")
	os.WriteFile(oldPath, []byte(base), 0o644)
	os.WriteFile(newPath, []byte(n), 0o644)
	code, out, errs := run(t, "", "diff", "--format", "md", oldPath, newPath)
	if code != ExitOK && code != ExitProblems {
		t.Fatalf("exit %d %s", code, errs)
	}
	for _, want := range []string{
		"| STT | Thay đổi | Thành viên (chức vụ, cơ quan) | Trước | Sau |",
		"| Thay đổi chức danh trong Ban | Chủ tịch UBND huyện Vũng Liêm | Ủy viên | Ủy viên thường trực |",
		"| Bổ sung | Giám đốc Sở Ngoại vụ | — | Ủy viên |",
		"| Thôi tham gia | Giám đốc Sở Tư pháp | Ủy viên | — |",
		"| Thay người | Giám đốc Sở Tài chính | Nguyễn Văn An | Trần Thị Bình |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("md diff lacks %q:\n%s", want, out)
		}
	}
	_, en, _ := run(t, "", "--lang", "en", "diff", "--format", "md", oldPath, newPath)
	if !strings.Contains(en, "| Joins | Giám đốc Sở Ngoại vụ | — | Ủy viên |") || strings.Contains(en, "Thay đổi") {
		t.Errorf("English md diff:\n%s", en)
	}
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc not installed")
	}
	cmd := exec.Command("pandoc", "-f", "markdown", "-t", "html")
	cmd.Stdin = strings.NewReader(out)
	html, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(html), "<tr"); !strings.Contains(string(html), "<table") || got != 5 {
		t.Errorf("pandoc does not read a table of 4 changes (%d rows):\n%s", got, html)
	}
}

// TestDiffExitAndCommittee (issue #10 item 7): like diff(1), exit 0 when equal and 1 when the
// two differ; two unrelated committees are said to be so, in text and JSON.
func TestDiffExitAndCommittee(t *testing.T) {
	code, out, errs := run(t, "", "diff", "../examples/lang-son.yaml", "../examples/lang-son.yaml")
	if code != ExitOK || !strings.Contains(out, ": 0 thay đổi") {
		t.Errorf("equal: exit %d %q %q", code, out, errs)
	}
	code, out, _ = run(t, "", "diff", "../examples/vinh-long.yaml", "../examples/binh-thuan.yaml")
	if code != ExitProblems || !strings.HasPrefix(out, "Lưu ý: hai tệp nói về hai Ban Chỉ đạo khác nhau") {
		t.Errorf("unrelated: exit %d %.200q", code, out)
	}
	code, out, _ = run(t, "", "diff", "../examples/lang-son-2020.yaml", "../examples/lang-son.yaml")
	if strings.Contains(out, "khác nhau") {
		t.Errorf("a rename is one committee: %.200q", out)
	}
	code, out, _ = run(t, "", "--lang", "en", "diff", "--format", "json", "../examples/vinh-long.yaml", "../examples/binh-thuan.yaml")
	var doc struct {
		SameCommittee bool `json:"same_committee"`
		Notice        string
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitProblems || doc.SameCommittee || !strings.Contains(doc.Notice, "different committees") {
		t.Errorf("json: exit %d %v %+v", code, err, doc)
	}
	if code, _, errs := run(t, "", "diff", "-", "-"); code != ExitUsage || !strings.Contains(errs, "đầu vào chuẩn") {
		t.Errorf("- -: exit %d %q", code, errs)
	}
}
