package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeFirstCommandClean: the first command of the README, the one a newcomer runs first,
// succeeds without a single warning, strict validation included (issue #11, item 13).
func TestReadmeFirstCommandClean(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(data), "```sh\n")
	if !ok {
		t.Fatal("README.md has no sh block")
	}
	line, _, _ := strings.Cut(block, "\n")
	line, _, _ = strings.Cut(line, "#")
	args := strings.Fields(line)
	if len(args) < 4 || strings.Join(args[:3], " ") != "go run ./cmd/qd" {
		t.Fatalf("first command is not qd: %q", line)
	}
	args = args[3:]
	dir := t.TempDir()
	for i, a := range args {
		switch {
		case strings.HasPrefix(a, "examples/"):
			args[i] = "../" + a
		case i > 0 && args[i-1] == "-o":
			args[i] = filepath.Join(dir, a)
		}
	}
	code, out, errs := run(t, "", args...)
	if code != ExitOK || strings.Contains(out+errs, "cảnh báo") || strings.Contains(out+errs, "warning") {
		t.Errorf("qd %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	for _, a := range args {
		if strings.HasSuffix(a, ".yaml") {
			code, out, errs = run(t, "", "validate", "--strict", a)
			if code != ExitOK || !strings.Contains(out, "0 lỗi, 0 cảnh báo") {
				t.Errorf("qd validate --strict %s: exit %d\n%s%s", a, code, out, errs)
			}
		}
	}
}
