package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzFile is what a fuzz run knows of one file in its directory.
type fuzzFile struct {
	data string
	mode os.FileMode
}

// fuzzSnapshot lists every entry under dir (links as links), with content and mode.
func fuzzSnapshot(t *testing.T, dir string) map[string]fuzzFile {
	t.Helper()
	m := map[string]fuzzFile{}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || p == dir {
			return nil
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return nil
		}
		f := fuzzFile{mode: fi.Mode()}
		switch {
		case fi.Mode()&os.ModeSymlink != 0:
			f.data, _ = os.Readlink(p)
		case fi.Mode().IsRegular():
			b, _ := os.ReadFile(p)
			f.data = string(b)
		}
		m[p] = f
		return nil
	})
	return m
}

// fuzzName makes a file name inside dir from fuzzed text: one path element, never "." or
// "..", so that no command is sent outside the directory the test watches.
func fuzzName(s, ext string) string {
	s = strings.Map(func(r rune) rune {
		if r == '/' || r == 0 || r == '\\' {
			return '_'
		}
		return r
	}, s)
	if len(s) > 40 {
		s = s[:40]
	}
	s = strings.TrimLeft(s, ".")
	if s == "" {
		s = "x"
	}
	return s + ext
}

// FuzzCommands runs qd's commands through Main, with injected streams, on generated files and
// arguments in a temporary directory, and checks what a clerk relies on whatever the input:
// no panic (not even one Main would catch), an exit code in 0-3, nothing written unless the
// exit is 0, and nothing touched but the outputs the command was given (no input, no
// temporary file left behind).
func FuzzCommands(f *testing.F) {
	for _, ex := range []string{"vinh-long.yaml", "lang-son-2020.yaml", "kien-giang.yaml"} {
		b, err := os.ReadFile(filepath.Join("..", "examples", ex))
		if err != nil {
			f.Fatal(err)
		}
		for cmd := uint8(0); cmd < 6; cmd++ {
			f.Add(cmd, uint16(cmd)*37, b, "2021-10-13")
		}
	}
	bad, _ := filepath.Glob("../testdata/bad/*.yaml")
	for i, p := range bad {
		if b, err := os.ReadFile(p); err == nil && len(b) < 8<<10 {
			f.Add(uint8(i), uint16(i*131), b, "x")
		}
	}
	f.Add(uint8(1), uint16(0xFFFF), []byte("kind: kien_toan\n---\nkind: x\n"), "in")
	f.Add(uint8(2), uint16(0x0101), []byte{0xFF, 0xFE, 'k', 0, ':', 0}, "1900-01-01")
	other, err := os.ReadFile("../examples/lang-son.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, which uint8, flags uint16, src []byte, arg string) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in.yaml")
		must := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		must(os.WriteFile(in, src, 0o640))
		must(os.WriteFile(filepath.Join(dir, "other.yaml"), other, 0o644))
		must(os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("không do qd tạo"), 0o600))
		must(os.Symlink(in, filepath.Join(dir, "link.yaml")))
		must(os.Link(in, filepath.Join(dir, "hard.yaml")))
		bit := func(i uint) bool { return flags&(1<<i) != 0 }
		pick3 := func(i uint) int { return int(flags>>i) & 3 }

		// Where the outputs go: a new name, the input itself (also through links), a file not
		// qd's, a missing directory, or a name made from the fuzzed argument.
		outs := []string{
			filepath.Join(dir, "out"),
			in,
			filepath.Join(dir, "link.yaml"),
			filepath.Join(dir, "hard.yaml"),
			filepath.Join(dir, "notes.txt"),
			filepath.Join(dir, "khong-co", "out"),
			filepath.Join(dir, fuzzName(arg, "")),
			"-",
		}
		out := outs[int(flags>>8)%len(outs)]
		input := in
		stdin := ""
		if bit(12) {
			input, stdin = "-", string(src)
		}
		lang := []string{"vi", "en", "vi", "xx"}[pick3(13)]
		args := []string{"--lang", lang}
		with := func(i uint, a ...string) { // adds the arguments a when flag bit i is set
			if bit(i) {
				args = append(args, a...)
			}
		}
		var allowed []string // the files the command may write, when it succeeds
		allow := func(p string) {
			if p != "-" {
				allowed = append(allowed, p)
				if r, err := filepath.EvalSymlinks(p); err == nil {
					allowed = append(allowed, r) // an output that is a link is written through
				}
			}
		}
		readsIn := input != "-" // whether the command reads in.yaml, which it must then never write
		switch which % 6 {
		case 0: // validate
			args = append(args, "validate", input)
			with(0, dir)
			with(1, "--strict")
			with(2, "--as-of", arg)
			args = append(args, "--format", []string{"text", "json", "sarif", "github"}[pick3(3)])
		case 1: // draft
			format := []string{"docx", "txt", "md", "docx"}[pick3(0)]
			args = append(args, "draft", input, "--format", format)
			target := out
			if bit(2) && input != "-" {
				target = strings.TrimSuffix(in, ".yaml") + "." + format // the default name
			} else {
				args = append(args, "-o", out)
			}
			allow(target)
			if bit(3) {
				args = append(args, "--separate")
				allow(strings.TrimSuffix(target, "."+format) + "-quy-che." + format)
			}
			with(4, "--force")
		case 2: // rename
			args = append(args, "rename", input, "-o", out)
			allow(out)
			if bit(0) {
				docx := outs[int(flags>>4)%len(outs)]
				if docx == "-" {
					docx = filepath.Join(dir, "new.docx")
				}
				args = append(args, "--docx", docx)
				allow(docx)
			}
			with(2, "--date", arg)
			with(3, "--to", arg)
			with(5, "--number", arg)
			with(6, "--name", arg)
			with(7, "--force")
		case 3: // diff
			a, b := input, filepath.Join(dir, "other.yaml")
			if bit(0) {
				a, b = b, a
			}
			args = append(args, "diff", a, b, "--format", []string{"text", "json", "md", "text"}[pick3(1)])
		case 4: // init
			readsIn = false
			args = append(args, "init", "-o", out)
			allow(out)
			with(0, "--kind", arg)
			with(1, "--date", arg)
			with(2, "--issuer", arg)
		case 5: // reference-doc, and misuse of arguments
			if bit(0) {
				readsIn = false
				args = append(args, "reference-doc", "-o", out)
				allow(out)
				with(1, "--force")
			} else {
				args = append(args, arg, input)
			}
		}

		before := fuzzSnapshot(t, dir)
		var o, e bytes.Buffer
		code := Main(args, IOStreams{In: strings.NewReader(stdin), Out: &o, Err: &e})
		after := fuzzSnapshot(t, dir)

		if code < 0 || code > 3 {
			t.Fatalf("%q: exit %d", args, code)
		}
		if s := e.String(); strings.Contains(s, "lỗi nội bộ của qd") || strings.Contains(s, "qd internal error") || strings.Contains(s, "goroutine ") {
			t.Fatalf("%q: a panic: %s", args, s)
		}
		if code != 0 {
			allowed = nil
		}
		ok := map[string]bool{}
		for _, p := range allowed {
			ok[p] = true
		}
		for p, f := range after {
			if strings.HasPrefix(filepath.Base(p), ".qd-") {
				t.Fatalf("%q: exit %d left a temporary file %s", args, code, p)
			}
			if b, had := before[p]; (!had || b != f) && !ok[p] {
				t.Fatalf("%q: exit %d wrote %s\nstderr: %s", args, code, p, e.String())
			}
		}
		for p := range before {
			if _, still := after[p]; !still {
				t.Fatalf("%q: exit %d removed %s", args, code, p)
			}
		}
		// An input is never an output: the YAML read is as it was, whatever succeeded.
		if got := after[in]; readsIn && got.data != string(src) {
			t.Fatalf("%q: exit %d changed the input", args, code)
		}
	})
}
