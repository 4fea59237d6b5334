package cmd

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"gopkg.in/yaml.v3"
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

// failWriter fails every write with err, as standard output does on a full disk (/dev/full)
// or when it is closed (EBADF).
type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// TestStdoutFails: when what a command prints on standard output cannot be written (a full
// disk, a closed stream), qd says so in one language and exits 3, never 0 (the report or the
// document is lost) and never with the system's English words in a Vietnamese message.
func TestStdoutFails(t *testing.T) {
	for _, err := range []error{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EBADF}} {
		for _, args := range [][]string{
			{"validate", "../examples/vinh-long.yaml"},
			{"validate", "../testdata/bad/one-head.yaml", "--format", "json"},
			{"draft", "../examples/vinh-long.yaml", "-o", "-", "--format", "txt"},
			{"draft", "../examples/vinh-long.yaml", "-o", "-"},
			{"schema"},
			{"basis", "chuyển đổi số"},
			{"diff", "../examples/lang-son-2020.yaml", "../examples/lang-son.yaml"},
			{"members", "../examples/vinh-long.yaml", "-o", "-"},
			{"init", "-o", "-"},
			{"--version"},
		} {
			for _, lang := range []string{"vi", "en"} {
				var errb bytes.Buffer
				code := Main(append([]string{"--lang", lang}, args...), IOStreams{In: strings.NewReader(""), Out: failWriter{err}, Err: &errb})
				msg := errb.String()
				want := "đầu ra chuẩn"
				if lang == "en" {
					want = "standard output"
				}
				last := msg[strings.LastIndex(strings.TrimSuffix(msg, "\n"), "\n")+1:]
				if code != ExitInternal || !strings.HasPrefix(last, "qd: ") || !strings.Contains(last, want) || strings.Count(msg, "qd: ") != 1 {
					t.Errorf("%s %v (%v): exit %d %q", lang, args, err, code, msg)
				}
				if lang == "vi" && (strings.Contains(last, "space") || strings.Contains(last, "descriptor") || strings.Contains(last, "write")) {
					t.Errorf("%v: English in %q", args, msg)
				}
			}
		}
	}
}

// TestOutputPathReasons: an output that cannot be written says why, truly and in one
// language: a "directory" that is a file is not a directory (it was "không có", which it
// is), a symbolic link loop is a loop (not a link to nothing), a path too long for the system
// says so in Vietnamese; nothing is written.
func TestOutputPathReasons(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, "vinh-long.yaml", dir)
	loop1, loop2 := filepath.Join(dir, "loop1"), filepath.Join(dir, "loop2")
	os.Symlink(loop1, loop2)
	os.Symlink(loop2, loop1)
	long := filepath.Join(dir, strings.Repeat(strings.Repeat("x", 200)+"/", 25)+"a.docx")
	before := snapshot(t, dir)
	for _, c := range []struct {
		out, vi, en string
	}{
		{in + "/x.docx", "không phải thư mục", "is not a directory"},
		{loop1, "liên kết tượng trưng vòng quanh", "loop"},
		{long, "tên quá dài", "too long"},
	} {
		for _, lang := range []string{"vi", "en"} {
			code, _, errs := run(t, "", "--lang", lang, "draft", in, "-o", c.out)
			want := c.vi
			if lang == "en" {
				want = c.en
			}
			if code != ExitUsage || !strings.Contains(errs, want) || lang == "vi" && strings.Contains(errs, "file name too long") {
				t.Errorf("%s -o %.60s: exit %d %.300q", lang, c.out, code, errs)
			}
		}
	}
	sameSnapshot(t, "refused outputs", before, snapshot(t, dir))
}

// TestToolFailuresOneLanguage: when LibreOffice fails to make the PDF, or the port qd serve
// should listen on is taken, or its folder is missing, the Vietnamese message says so in
// Vietnamese (LibreOffice's and the system's own words only in English); nothing is written.
func TestToolFailuresOneLanguage(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, "vinh-long.yaml", dir)
	fake := filepath.Join(dir, "soffice")
	os.WriteFile(fake, []byte("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n"), 0o755)
	t.Setenv("QD_SOFFICE", fake)
	before := snapshot(t, dir)
	code, _, errs := run(t, "", "draft", in, "--format", "pdf", "-o", filepath.Join(dir, "x.pdf"))
	if code != ExitInternal || !strings.Contains(errs, "LibreOffice") || strings.Contains(errs, "exit status") || strings.Contains(errs, "Error:") {
		t.Errorf("vi pdf: exit %d %q", code, errs)
	}
	code, _, errs = run(t, "", "--lang", "en", "draft", in, "--format", "pdf", "-o", filepath.Join(dir, "x.pdf"))
	if code != ExitInternal || !strings.Contains(errs, "could not be loaded") {
		t.Errorf("en pdf: exit %d %q", code, errs)
	}
	sameSnapshot(t, "failed PDF", before, snapshot(t, dir))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	code, _, errs = run(t, "", "serve", dir, "--port", port)
	if code != ExitUsage || !strings.Contains(errs, "cổng "+port) || strings.Contains(errs, "address already in use") || strings.Contains(errs, "listen tcp") {
		t.Errorf("vi port taken: exit %d %q", code, errs)
	}
	code, _, errs = run(t, "", "serve", filepath.Join(dir, "khong-co"), "--port", "0")
	if code != ExitUsage || !strings.Contains(errs, "không có") {
		t.Errorf("vi missing folder: exit %d %q", code, errs)
	}
}

// TestValidateDirWithoutYAML: a CI step that names a folder holding no .yaml file (a wrong
// path, drafts saved as .txt) passed with "0 tệp, 0 lỗi": it is a usage error naming the
// folder, as a missing file is.
func TestValidateDirWithoutYAML(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "du-thao.txt"), []byte("kind: thanh_lap\n"), 0o644)
	for _, lang := range []string{"vi", "en"} {
		code, out, errs := run(t, "", "--lang", lang, "validate", dir)
		want := "không có tệp .yaml"
		if lang == "en" {
			want = "no .yaml"
		}
		if code != ExitUsage || !strings.Contains(errs, want) || !strings.Contains(errs, dir) {
			t.Errorf("%s: exit %d %q %q", lang, code, out, errs)
		}
	}
	// a folder with decisions beside an empty one is checked as before
	code, out, _ := run(t, "", "validate", "../examples/vinh-long.yaml", dir)
	if code != ExitUsage {
		t.Errorf("file + empty folder: exit %d %q", code, out)
	}
}

// TestImportOldExcel: an old Excel .xls (the member lists offices keep) gets the same advice
// as an old Word .doc: save it in the new format; nothing is written.
func TestImportOldExcel(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "Danh sách.xls")
	os.WriteFile(in, append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), 0o644)
	before := snapshot(t, dir)
	code, _, errs := run(t, "", "import", in)
	if code != ExitUsage || !strings.Contains(errs, ".xls cũ") || !strings.Contains(errs, ".xlsx") {
		t.Errorf("exit %d %q", code, errs)
	}
	sameSnapshot(t, "import .xls", before, snapshot(t, dir))
}

// TestMissingFilesOneLanguage: every way of naming a file that is not there (the input of
// import, a --registry, a --reference-doc, a QD_SOFFICE program) is a usage error said in
// Vietnamese, without the system's "no such file or directory".
func TestMissingFilesOneLanguage(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, "vinh-long.yaml", dir)
	missing := filepath.Join(dir, "khong-co")
	for _, c := range []struct {
		env  string
		args []string
	}{
		{"", []string{"import", missing + ".pdf", "-o", "-"}},
		{"", []string{"--registry", missing + ".yaml", "validate", in}},
		{"", []string{"draft", in, "--reference-doc", missing + ".docx", "-o", filepath.Join(dir, "x.docx")}},
		{missing, []string{"draft", in, "--format", "pdf", "-o", filepath.Join(dir, "x.pdf")}},
	} {
		t.Setenv("QD_SOFFICE", c.env)
		code, _, errs := run(t, "", c.args...)
		if code != ExitUsage || strings.Contains(errs, "no such") || strings.Contains(errs, "stat ") || strings.Contains(errs, "open ") {
			t.Errorf("%v: exit %d %q", c.args, code, errs)
		}
		code, _, errs = run(t, "", append([]string{"--lang", "en"}, c.args...)...)
		if code != ExitUsage || strings.ContainsAny(errs, "ạảãàáậầấẩẫắằặẳẵẹẻẽềếểễệọỏõồốổỗộờớởỡợụủũừứửữựịỉĩỵỷỹđ") {
			t.Errorf("en %v: exit %d %q", c.args, code, errs)
		}
	}
}

// TestMembersCSVNoFormulas: a member's text starting with = + - @ (a malicious or pasted
// "=HYPERLINK(...)") is written to the .csv as text Excel does not run as a formula (a
// leading apostrophe, as OWASP advises for CSV injection), and qd import reads it back as it
// was.
func TestMembersCSVNoFormulas(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	formula := `=HYPERLINK("http://x","Chánh Văn phòng")`
	text := strings.Replace(string(src), "position: Chánh Văn phòng", "position: '"+formula+"'", 1)
	text = strings.Replace(text, "organization: Sở Kế hoạch và Đầu tư", "organization: '@SUM(1+1)'", 1)
	in := filepath.Join(dir, "in.yaml")
	os.WriteFile(in, []byte(text), 0o644)
	out := filepath.Join(dir, "ds.csv")
	if code, _, errs := run(t, "", "members", in, "-o", out); code != ExitOK {
		t.Fatalf("members: exit %d %q", code, errs)
	}
	data, _ := os.ReadFile(out)
	for _, line := range strings.Split(string(data), "\r\n") {
		for _, cell := range strings.Split(line, ",") {
			if c := strings.TrimPrefix(cell, `"`); c != "" && strings.ContainsRune("=+@", rune(c[0])) {
				t.Errorf("cell %q starts a formula in\n%s", cell, line)
			}
		}
	}
	code, y, errs := run(t, "", "import", out, "-o", "-")
	var back struct {
		Members []struct{ Position, Organization string }
	}
	if err := yaml.Unmarshal([]byte(y), &back); err != nil || code == ExitUsage || code == ExitInternal || len(back.Members) < 5 ||
		back.Members[3].Position != formula || back.Members[4].Organization != "@SUM(1+1)" {
		t.Errorf("import back: exit %d %q %v\n%s", code, errs, err, y)
	}
}

// TestOutputNameSaysFormat: an output whose name says another kind of file than what qd
// writes into it (YAML into a .docx, a .docx into a .yaml, text into a .docx) is refused
// before anything is read or written; qd draft -o X.pdf (.txt, .md) writes that format, as
// pandoc does, unless --format says otherwise (then refused).
func TestOutputNameSaysFormat(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, "lang-son-2020.yaml", dir)
	txt := filepath.Join(dir, "cu.txt")
	os.WriteFile(txt, []byte("QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n"), 0o644)
	before := snapshot(t, dir)
	for _, args := range [][]string{
		{"init", "-o", filepath.Join(dir, "moi.docx")},
		{"draft", in, "-o", filepath.Join(dir, "qd.yaml")},
		{"draft", in, "--format", "txt", "-o", filepath.Join(dir, "qd.docx")},
		{"draft", in, "--format", "docx", "-o", filepath.Join(dir, "qd.pdf")},
		{"rename", in, "-o", filepath.Join(dir, "moi.docx")},
		{"rename", in, "-o", filepath.Join(dir, "moi.yaml"), "--docx", filepath.Join(dir, "moi.pdf")},
		{"update", in, "--date", "2026-01-05", "-o", filepath.Join(dir, "moi.txt")},
		{"reference-doc", "-o", filepath.Join(dir, "ref.yaml")},
		{"import", txt, "-o", filepath.Join(dir, "x.docx")},
	} {
		code, _, errs := run(t, "", args...)
		if code != ExitUsage || !strings.Contains(errs, "có đuôi") {
			t.Errorf("%v: exit %d %q", args[:len(args)-1], code, errs)
		}
	}
	sameSnapshot(t, "refused outputs", before, snapshot(t, dir))
	out := filepath.Join(dir, "qd.txt")
	if code, _, errs := run(t, "", "draft", in, "-o", out); code != ExitOK {
		t.Fatalf("draft -o X.txt: exit %d %q", code, errs)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "QUYẾT ĐỊNH") || strings.HasPrefix(string(b), "PK") {
		t.Errorf("draft -o X.txt wrote %.40q", b)
	}
}
