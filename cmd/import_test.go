package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportOwnDocx: a .docx qd drafted imports back into its YAML, byte for byte, exit 0.
func TestImportOwnDocx(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "vl.docx")
	if code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "-o", doc); code != ExitOK {
		t.Fatalf("draft: %d %s", code, errs)
	}
	code, out, errs := run(t, "", "import", doc, "-o", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want, _ := os.ReadFile("../examples/vinh-long.yaml")
	if out != string(want) {
		t.Errorf("the YAML did not come back unchanged:\n%s", out)
	}
	if !strings.Contains(errs, "lấy lại nguyên vẹn") {
		t.Errorf("stderr: %q", errs)
	}
	// --from-text reads the text: the notes name the paragraph and field, exit 1.
	code, _, errs = run(t, "", "import", doc, "--from-text", "-o", filepath.Join(dir, "vl.yaml"))
	if code != ExitProblems || !strings.Contains(errs, "đoạn ") || !strings.Contains(errs, "effect.text") {
		t.Errorf("--from-text: exit %d\n%s", code, errs)
	}
	back, err := os.ReadFile(filepath.Join(dir, "vl.yaml"))
	if err != nil || !strings.Contains(string(back), "organization: UBND huyện Trà Ôn") {
		t.Errorf("imported YAML: %v\n%s", err, back)
	}
	// It exists now: no overwrite without --force.
	if code, _, errs := run(t, "", "import", doc, "-o", filepath.Join(dir, "vl.yaml")); code != ExitUsage || !strings.Contains(errs, "--force") {
		t.Errorf("overwrite: exit %d %s", code, errs)
	}
}

// TestImportText: a clean text imports with exit 0 and English notes on request.
func TestImportText(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "kg.txt")
	if code, _, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "--format", "txt", "-o", txt); code != ExitOK {
		t.Fatalf("draft: %d %s", code, errs)
	}
	code, out, errs := run(t, "", "import", txt, "-o", "-", "--lang", "en")
	if code != ExitOK || !strings.Contains(out, "number: \"85\"") || !strings.Contains(out, "Phạm Vũ Hồng") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
	// A member list.
	csv := filepath.Join(dir, "tv.csv")
	os.WriteFile(csv, []byte("STT,Họ và tên,Chức vụ,Cơ quan/Đơn vị,Chức danh trong Ban\n1,Ông Lê Văn A,Giám đốc,Sở Tài chính,Trưởng ban\n2,Bà Lê Thị B,Phó Giám đốc,Sở Tài chính,Thư ký\n"), 0o644)
	code, out, errs = run(t, "", "import", csv, "-o", "-")
	if code != ExitOK || !strings.Contains(out, "{role: truong_ban, honorific: Ông, name: Lê Văn A, position: Giám đốc, organization: Sở Tài chính}") {
		t.Errorf("csv: exit %d\n%s\n%s", code, out, errs)
	}
}

// TestImportUsage: unknown types, old .doc files and a missing pdftotext are usage errors
// that say what to do, and write nothing.
func TestImportUsage(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ file, want string }{
		{"a.odt", "qd import đọc .docx"},
		{"a.doc", "lưu thành .docx"},
	} {
		p := filepath.Join(dir, c.file)
		os.WriteFile(p, []byte("x"), 0o644)
		code, _, errs := run(t, "", "import", p)
		if code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d %q", c.file, code, errs)
		}
	}
	pdf := filepath.Join(dir, "a.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4"), 0o644)
	t.Setenv("PATH", "")
	code, _, errs := run(t, "", "import", pdf)
	if code != ExitUsage || !strings.Contains(errs, "poppler-utils") {
		t.Errorf("pdf without pdftotext: exit %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "a.yaml")); err == nil {
		t.Error("a file was written")
	}
	// Bad content: exit 1, nothing written.
	bad := filepath.Join(dir, "bad.docx")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	if code, _, errs := run(t, "", "import", bad); code != ExitProblems || !strings.Contains(errs, "bad.docx") {
		t.Errorf("bad docx: exit %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.yaml")); err == nil {
		t.Error("a file was written for a bad input")
	}
}
