package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenameCommand(t *testing.T) {
	dir := t.TempDir()
	out, docx := filepath.Join(dir, "ls.yaml"), filepath.Join(dir, "ls.docx")
	code, stdout, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "--date", "2021-10-13", "--number", "2041", "-o", out, "--docx", docx)
	if code != ExitOK {
		t.Fatalf("exit %d %s%s", code, stdout, errs)
	}
	for _, want := range []string{"Các thay đổi", "committee.name: đổi tên", "Phó Trưởng ban thành Phó Trưởng ban thường trực",
		"Ủy viên thường trực thành Phó Trưởng ban", "thêm căn cứ Quyết định 1619/QĐ-TTg", "đã ghi " + out, "đã ghi " + docx} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if code, o, e := run(t, "", "validate", "--strict", out); code != ExitOK {
		t.Errorf("the new YAML does not validate: %s%s", o, e)
	}
	if !strings.Contains(docxParts(t, mustRead(t, docx))["word/document.xml"], "Kiện toàn và đổi tên Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Lạng Sơn thành Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn") {
		t.Error("the .docx is not the renaming decision")
	}
	// Again without --force: refused, nothing changed.
	before := mustRead(t, out)
	if code, _, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "-o", out); code != ExitUsage || !strings.Contains(errs, "--force") {
		t.Errorf("overwrite: exit %d %q", code, errs)
	}
	if string(mustRead(t, out)) != string(before) {
		t.Error("the file changed")
	}
	// English, to standard output.
	code, stdout, errs = run(t, "", "--lang", "en", "rename", "../examples/lang-son-2020.yaml", "-o", "-")
	if code != ExitOK || !strings.Contains(stdout, "kind: kien_toan_doi_ten") || !strings.Contains(errs, "Changes (review them before signing)") {
		t.Errorf("exit %d %q", code, errs)
	}
}

func TestRenameCommandRefusals(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"rename", "../examples/lang-son.yaml", "--to", "chuyen-doi-so"}, ExitProblems, "[rename-already] committee.name"},
		{[]string{"rename", "../examples/lang-son.yaml", "--to", "khcn-dmst-cds"}, ExitProblems, "[rename-party] committee.name"},
		{[]string{"rename", "../examples/vinh-long.yaml"}, ExitProblems, "thiếu số hoặc ngày"},
		{[]string{"rename", "../examples/lang-son-2020.yaml", "--date", "2019-01-01"}, ExitUsage, "không sau ngày của quyết định cũ"},
		{[]string{"rename", "../examples/lang-son-2020.yaml", "--date", "13/10/2021"}, ExitUsage, "YYYY-MM-DD"},
		{[]string{"rename", "../examples/lang-son-2020.yaml", "--to", "xyz"}, ExitUsage, "không có đích đổi tên"},
		{[]string{"rename", "../testdata/bad/syntax-tab.yaml"}, ExitProblems, "[yaml-syntax]"},
	}
	for _, tc := range tests {
		args := append(tc.args, "-o", filepath.Join(dir, "x.yaml"))
		code, _, errs := run(t, "", args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d %q, want %d %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
	if names, _ := os.ReadDir(dir); len(names) != 0 {
		t.Errorf("files written by refused renames: %v", names)
	}
}
