package cmd

import (
	"io"
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

// TestReadmeCommandTable: the README's command table names every command qd has and no other,
// and every flag a row shows exists on that command (a clerk copies these lines as written).
func TestReadmeCommandTable(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(data), "\n## Lệnh\n")
	if !ok {
		t.Fatal(`README.md has no "## Lệnh" section`)
	}
	table, _, _ = strings.Cut(strings.TrimLeft(table, "\n"), "\n\n") // the table ends at the first blank line
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultVersionFlag()
	inTable := map[string]bool{}
	for _, row := range strings.Split(table, "\n") {
		if !strings.HasPrefix(row, "| `qd ") {
			continue
		}
		usage := strings.Split(row, " | ")[0]
		for _, cell := range strings.Split(usage, "`")[1:] {
			f := strings.Fields(cell)
			if len(f) < 2 || f[0] != "qd" {
				continue
			}
			name := f[1]
			if strings.HasPrefix(name, "-") {
				if root.Flags().Lookup(strings.TrimLeft(name, "-")) == nil && root.PersistentFlags().Lookup(strings.TrimLeft(name, "-")) == nil {
					t.Errorf("README shows qd %s, which qd does not have", name)
				}
				continue
			}
			inTable[name] = true
			c, _, err := root.Find([]string{name})
			if err != nil || c == root {
				t.Errorf("README's command table shows qd %s, which qd does not have", name)
				continue
			}
			for _, w := range f[2:] {
				w = strings.Trim(w, "[]")
				if !strings.HasPrefix(w, "--") {
					continue
				}
				flag, _, _ := strings.Cut(strings.TrimPrefix(w, "--"), "=")
				if c.Flags().Lookup(flag) == nil && c.InheritedFlags().Lookup(flag) == nil {
					t.Errorf("README shows qd %s --%s, which that command does not have", name, flag)
				}
			}
		}
	}
	for _, c := range root.Commands() {
		if !c.Hidden && !inTable[c.Name()] {
			t.Errorf("qd %s is missing from the README's command table", c.Name())
		}
	}
}
