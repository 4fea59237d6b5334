package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// writeEdited copies an example into dir, replacing old with new in its text.
func writeEdited(t *testing.T, dir, name, example string, pairs ...string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", example))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("%s has no %q", example, pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestChangeCommand: qd change writes a valid change-members decision from two versions of a
// committee, and its .docx, and says what it left out.
func TestChangeCommand(t *testing.T) {
	dir := t.TempDir()
	old := writeEdited(t, dir, "old.yaml", "binh-thuan.yaml")
	edited := writeEdited(t, dir, "new.yaml", "binh-thuan.yaml",
		"name: Vũ Văn Tuấn, position: Giám đốc", "name: Nguyễn Văn Hà, position: Giám đốc",
		"  - {role: thu_ky,", "  - {role: uy_vien, position: Giám đốc, organization: Công an tỉnh}\n  - {role: thu_ky,",
		"  - Thực hiện các nhiệm vụ khác theo yêu cầu của lãnh đạo tỉnh.\n", "")
	out, docx := filepath.Join(dir, "change.yaml"), filepath.Join(dir, "change.docx")
	code, _, errs := run(t, "", "--lang", "vi", "change", old, edited, "--date", "2022-03-01", "-o", out, "--docx", docx)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"thay ông Vũ Văn Tuấn", "Bổ sung Giám đốc Công an tỉnh, làm Ủy viên Ban Chỉ đạo", "nhiệm vụ: 4 mục thành 3 mục"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	d, diags, err := decision.LoadFile(out)
	if err != nil || d == nil || decision.HasErrors(append(diags, decision.Validate(d)...)) {
		t.Fatalf("written decision: %v %v", err, diags)
	}
	if d.Kind != decision.KindThayDoi || len(d.Changes) != 2 || d.Committee.Establishment.Number != "2236/QĐ-UBND" || len(d.Current) != 5 {
		t.Errorf("written decision: %+v", d)
	}
	if fi, err := os.Stat(docx); err != nil || fi.Size() == 0 {
		t.Errorf("no .docx: %v", err)
	}
	// Nothing to change: exit 1, nothing written.
	out2 := filepath.Join(dir, "none.yaml")
	if code, _, errs := run(t, "", "--lang", "vi", "change", old, old, "-o", out2); code != ExitProblems || !strings.Contains(errs, "không có thay đổi thành viên") {
		t.Errorf("same file twice: exit %d %s", code, errs)
	}
	// A renamed committee is a rename, not a change of members.
	renamed := writeEdited(t, dir, "renamed.yaml", "binh-thuan.yaml", "  name: Ban Chỉ đạo Xây dựng Chính quyền điện tử", "  name: Ban Chỉ đạo chuyển đổi số")
	if code, _, errs := run(t, "", "--lang", "vi", "change", old, renamed, "-o", out2); code != ExitProblems || !strings.Contains(errs, "qd rename") {
		t.Errorf("renamed: exit %d %s", code, errs)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Error("a refused change wrote a file")
	}
	if code, _, _ := run(t, "", "change", old, edited, "--date", "01/3/2022", "-o", out2); code != ExitUsage {
		t.Errorf("bad --date: exit %d", code)
	}
}
