package cmd

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPanicIsExit3 (issue #10 item 9): a panic inside a command is exit 3 with one line on
// stderr, no stack trace. A nil output stream makes `qd schema` panic.
func TestPanicIsExit3(t *testing.T) {
	var errb bytes.Buffer
	code := Main([]string{"schema"}, IOStreams{In: strings.NewReader(""), Out: nil, Err: &errb})
	if code != ExitInternal {
		t.Errorf("exit %d, want 3", code)
	}
	if s := errb.String(); strings.Count(s, "\n") != 1 || !strings.Contains(s, "lỗi nội bộ") || strings.Contains(s, "goroutine") {
		t.Errorf("stderr %q", s)
	}
}

// TestManyDutiesAndPoints (issue #10 item 9): 600 duties render, numbered, without a panic;
// 24 points in one list are a located error, not a crash.
func TestManyDutiesAndPoints(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	i := strings.Index(s, "\nduties:\n")
	j := strings.Index(s[i+1:], "\norganization:")
	if i < 0 || j < 0 {
		t.Fatal("example changed: no duties before organization")
	}
	var b strings.Builder
	b.WriteString("\nfunction: Ban Chỉ đạo giúp Chủ tịch UBND tỉnh chỉ đạo.\nduties:\n")
	for k := 1; k <= 600; k++ {
		fmt.Fprintf(&b, "  - Nhiệm vụ số %d.\n", k)
	}
	many := s[:i] + strings.TrimSuffix(b.String(), "\n") + s[i+1+j:]
	if strings.Contains(s[:i], "\nfunction:") || strings.Contains(s[i+1+j:], "\nfunction:") {
		many = strings.Replace(many, "\nfunction: Ban Chỉ đạo giúp Chủ tịch UBND tỉnh chỉ đạo.", "", 1)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "many.yaml")
	os.WriteFile(in, []byte(many), 0o644)
	code, out, errs := run(t, "", "draft", in, "--format", "txt", "-o", "-")
	if code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	if !strings.Contains(out, ".553. Nhiệm vụ số 553.") || !strings.Contains(out, ".600. Nhiệm vụ số 600.") {
		t.Errorf("duties not numbered: %.300q", out[strings.Index(out, "Nhiệm vụ số 550"):])
	}
	code, out, _ = run(t, "", "validate", "../testdata/bad/points-too-many.yaml")
	if code != ExitProblems || !strings.Contains(out, ":67:17: error [points-limit]") {
		t.Errorf("24 points: exit %d %q", code, out)
	}
}

// TestCLIMisuse (issue #10 item 18): an unknown --lang is a usage error for every command; an
// --as-of before 1945 says it is out of range; an unknown rename target is exit 2.
func TestCLIMisuse(t *testing.T) {
	for _, args := range [][]string{
		{"--lang", "xx", "validate", "../examples/vinh-long.yaml"},
		{"schema", "--lang", "xx"},
		{"--lang=fr", "diff", "../examples/lang-son.yaml", "../examples/lang-son.yaml"},
	} {
		code, out, errs := run(t, "", args...)
		if code != ExitUsage || !strings.Contains(errs, "--lang") || out != "" {
			t.Errorf("%v: exit %d %q %q", args, code, out, errs)
		}
	}
	code, _, errs := run(t, "", "validate", "--as-of", "1900-01-01", "../examples/vinh-long.yaml")
	if code != ExitUsage || !strings.Contains(errs, "ngoài khoảng") || strings.Contains(errs, "không phải ngày") {
		t.Errorf("--as-of 1900: exit %d %q", code, errs)
	}
	// Free text given as a flag must be text: yaml.v3 would write other bytes as !!binary.
	for _, tc := range []struct {
		flag string
		args []string
	}{
		{"--issuer", []string{"init", "--issuer", "\xff\xfe", "-o", "-"}},
		{"--name", []string{"rename", "../examples/lang-son-2020.yaml", "--name", "Ban\x00", "-o", "-"}},
		// invisible direction and zero-width marks pasted with a name (the invisible-char rule
		// would only warn about them in the file written)
		{"--issuer", []string{"init", "--issuer", "An\u202eGiang", "-o", "-"}},
		{"--name", []string{"rename", "../examples/lang-son-2020.yaml", "--name", "Ban Chỉ\u200b đạo", "-o", "-"}},
	} {
		if code, out, errs := run(t, "", tc.args...); code != ExitUsage || out != "" || !strings.Contains(errs, "qd: "+tc.flag+": ") {
			t.Errorf("%q: exit %d %q", tc.args, code, errs)
		}
	}
	code, _, errs = run(t, "", "rename", "../examples/lang-son-2020.yaml", "--to", "bogus", "-o", "-")
	if code != ExitUsage || !strings.Contains(errs, "bogus") {
		t.Errorf("--to bogus: exit %d %q", code, errs)
	}
}

// TestRenameRefusalsLocated (issue #10 item 15): an input rename cannot use is refused with
// exit 1 and diagnostics with a rule ID at a line of OLD.yaml, never in the file not written.
func TestRenameRefusalsLocated(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("../examples/lang-son-2020.yaml")
	noHead := strings.Replace(string(src), "role: truong_ban", "role: pho_truong_ban", 1)
	old := filepath.Join(dir, "old.yaml")
	os.WriteFile(old, []byte(noHead), 0o644)
	out := filepath.Join(dir, "new.yaml")
	code, _, errs := run(t, "", "rename", old, "-o", out)
	if code != ExitProblems || !strings.Contains(errs, old+":") || !strings.Contains(errs, "[one-head]") || strings.Contains(errs, out+":") {
		t.Errorf("no head: exit %d %q", code, errs)
	}
	noNumber := strings.Replace(string(src), "number: \"1782\"\n", "", 1)
	os.WriteFile(old, []byte(noNumber), 0o644)
	code, _, errs = run(t, "", "rename", old, "-o", out)
	if code != ExitProblems || !strings.Contains(errs, old+":") || !strings.Contains(errs, "[rename-input]") {
		t.Errorf("no number: exit %d %q", code, errs)
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("written: %v", names)
	}
}
