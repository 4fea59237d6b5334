package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUpperCaseYAMLName: a decision saved as QD.YAML (Windows, a careless clerk) is a YAML
// file like qd.yaml: draft names its output QD.docx (not QD.YAML.docx) and validate DIR
// checks it (it skipped it silently, so CI passed a folder it never read).
func TestUpperCaseYAMLName(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "QD.YAML")
	os.WriteFile(in, src, 0o644)
	bad := filepath.Join(dir, "sai.Yml")
	os.WriteFile(bad, []byte("kind: giai_the\n"), 0o644)
	if code, _, errs := run(t, "", "draft", in); code != ExitOK {
		t.Fatalf("draft: exit %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "QD.docx")); err != nil {
		names, _ := filepath.Glob(filepath.Join(dir, "*"))
		t.Errorf("draft QD.YAML wrote %v, want QD.docx", names)
	}
	code, out, _ := run(t, "", "validate", dir)
	if code != ExitProblems || !strings.Contains(out, "sai.Yml:1:7:") || !strings.Contains(out, "2 tệp") {
		t.Errorf("validate DIR: exit %d %q", code, out)
	}
}
