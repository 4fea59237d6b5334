package cmd

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vanthu-vn/qd/decision"
)

// snapshot is the name and content of every file in dir, to assert nothing changed.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, _ := os.ReadFile(p)
			m[p] = string(b)
		}
		return nil
	})
	return m
}

func sameSnapshot(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s: %s changed or vanished", what, k)
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			t.Errorf("%s: %s was written", what, k)
		}
	}
}

// TestOutputIsInput (issue #10 item 1): an output that is the input, by name, through a
// symbolic link or a hard link, is a usage error whatever --force says, and nothing changes.
func TestOutputIsInput(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, "lang-son-2020.yaml", dir)
	link := filepath.Join(dir, "link.yaml")
	hard := filepath.Join(dir, "hard.yaml")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(in, hard); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	for _, args := range [][]string{
		{"draft", in, "-o", in, "--force"},
		{"draft", in, "-o", link, "--force"},
		{"draft", in, "-o", hard, "--force"},
		{"draft", link, "-o", in, "--force", "--format", "txt"},
		{"rename", in, "-o", in, "--force"},
		{"rename", in, "-o", hard, "--force"},
		{"rename", in, "-o", filepath.Join(dir, "new.yaml"), "--docx", link, "--force"},
	} {
		code, _, errs := run(t, "", args...)
		if code != ExitUsage || !strings.Contains(errs, "tệp đầu vào") {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
		sameSnapshot(t, strings.Join(args, " "), before, snapshot(t, dir))
	}
	// A --registry file is an input too.
	reg := filepath.Join(dir, "reg.yaml")
	os.WriteFile(reg, []byte("documents: []\n"), 0o644)
	code, _, errs := run(t, "", "--registry", reg, "draft", in, "-o", reg, "--force")
	if code != ExitUsage || !strings.Contains(errs, "tệp đầu vào") {
		t.Errorf("--registry as output: exit %d %q", code, errs)
	}
}

// TestOutputsAllOrNothing (issue #10 item 2): commands that write several files write all of
// them or none.
func TestOutputsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, "lang-son-2020.yaml", dir)
	before := snapshot(t, dir)
	same := filepath.Join(dir, "same.out")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"rename", in, "-o", filepath.Join(dir, "new.yaml"), "--docx", filepath.Join(dir, "nodir", "new.docx")}, "nodir"},
		{[]string{"rename", in, "-o", same, "--docx", same}, "cùng một tệp"},
		{[]string{"rename", in, "-o", same, "--docx", same, "--force"}, "cùng một tệp"},
		{[]string{"rename", in, "-o", same, "--docx", filepath.Join(dir, ".", "same.out"), "--force"}, "cùng một tệp"},
	} {
		code, _, errs := run(t, "", tc.args...)
		if code != ExitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d %q", tc.args, code, errs)
		}
		sameSnapshot(t, strings.Join(tc.args, " "), before, snapshot(t, dir))
	}
	// draft --separate whose Quy chế file name would be too long: refused before writing.
	long := strings.Repeat("ban-chi-dao-chuyen-doi-so-", 9) + strings.Repeat("x", 11) // 245 bytes + .yaml; + -quy-che.docx is 258
	src := copyExample(t, "kien-giang.yaml", dir)
	in2 := filepath.Join(dir, long+".yaml")
	os.Rename(src, in2)
	before = snapshot(t, dir)
	code, _, errs := run(t, "", "draft", in2, "--separate")
	if code != ExitUsage || !strings.Contains(errs, "quá dài") {
		t.Errorf("long --separate: exit %d %q", code, errs)
	}
	sameSnapshot(t, "long --separate", before, snapshot(t, dir))

	// A failure while writing the second file leaves the first as it was and no temporary.
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("old a"), 0o644)
	before = snapshot(t, dir)
	err := writeFiles("vi", true, nil,
		output{path: a, guard: guardForce, write: func(w io.Writer) error { _, err := io.WriteString(w, "new a"); return err }},
		output{path: b, guard: guardForce, write: func(w io.Writer) error { return errors.New("no space left on device") }})
	if err == nil {
		t.Fatal("the failure was not reported")
	}
	sameSnapshot(t, "second write fails", before, snapshot(t, dir))
}

// TestOutputMode (issue #10 item 3): a replaced file keeps its mode; a new file honours the
// umask.
func TestOutputMode(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "qd.docx")
	if code, _, errs := run(t, "", "draft", "../examples/binh-thuan.yaml", "-o", out); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	os.Chmod(out, 0o600)
	if code, _, errs := run(t, "", "draft", "../examples/binh-thuan.yaml", "-o", out); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("redrafted file has mode %o, want 600", fi.Mode().Perm())
	}
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	fresh := filepath.Join(dir, "fresh.docx")
	if code, _, errs := run(t, "", "draft", "../examples/binh-thuan.yaml", "-o", fresh); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o640 {
		t.Errorf("new file has mode %o, want 640 under umask 027", fi.Mode().Perm())
	}
}

// TestLongVietnameseName (issue #10 item 17): a name that fits the 255-byte limit is
// written, whatever the length of the temporary name would have been.
func TestLongVietnameseName(t *testing.T) {
	dir := t.TempDir()
	name := strings.Repeat("Kiện toàn ", 19) // 13 bytes each
	name = name[:len(name)-1] + ".docx"      // 251 bytes: the old temporary name, ".NAME.NNNN.tmp", was over 255
	if len(name) > 255 || len(name) < 240 {
		t.Fatalf("name of %d bytes", len(name))
	}
	out := filepath.Join(dir, name)
	if code, _, errs := run(t, "", "draft", "../examples/binh-thuan.yaml", "-o", out); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	if names := listDir(t, dir); len(names) != 1 || names[0] != name {
		t.Errorf("files %v", names)
	}
}

// TestReadLimit (issue #10 item 10): the size limit holds while reading, for every command
// and for files that never end.
func TestReadLimit(t *testing.T) {
	for _, args := range [][]string{
		{"validate", "/dev/zero"},
		{"draft", "/dev/zero", "-o", "-"},
		{"rename", "/dev/zero", "-o", "-"},
		{"diff", "/dev/zero", "../examples/lang-son.yaml"},
		{"diff", "../examples/lang-son.yaml", "/dev/zero"},
	} {
		done := make(chan struct{})
		var code int
		var out, errs string
		go func() { code, out, errs = run(t, "", args...); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("%v: still reading after 20 s", args)
		}
		if code != ExitProblems || !strings.Contains(out+errs, "[file-too-large]") {
			t.Errorf("%v: exit %d %q %q", args, code, out, errs)
		}
	}
	// A FIFO fed for ever, named on the command line.
	dir := t.TempDir()
	fifo := filepath.Join(dir, "yes.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("SKIPPED: mkfifo: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		line := []byte(strings.Repeat("y\n", 4096))
		for {
			if _, err := f.Write(line); err != nil {
				return
			}
		}
	}()
	code, out, _ := run(t, "", "validate", fifo)
	if code != ExitProblems || !strings.Contains(out, "[file-too-large]") {
		t.Errorf("FIFO: exit %d %q", code, out)
	}
}

// TestValidateSpecialEntries (issue #10 items 11, 13): in a directory walk a FIFO is reported
// and skipped (never opened, so never waited on), a dangling link is a diagnostic of its
// own, and the run goes on to a full report.
func TestValidateSpecialEntries(t *testing.T) {
	dir := t.TempDir()
	copyExample(t, "vinh-long.yaml", dir)
	if err := syscall.Mkfifo(filepath.Join(dir, "x.yaml"), 0o644); err != nil {
		t.Skipf("SKIPPED: mkfifo: %v", err)
	}
	os.Symlink(filepath.Join(dir, "gone.yaml"), filepath.Join(dir, "dangling.yaml"))
	done := make(chan struct{})
	var code int
	var out, errs string
	go func() { code, out, errs = run(t, "", "validate", "--format", "json", dir); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("qd validate hangs on a FIFO in a directory")
	}
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v %q %q", err, out, errs)
	}
	if code != ExitProblems || rep.Summary.Files != 3 || rep.Summary.Errors != 2 {
		t.Errorf("exit %d, summary %+v", code, rep.Summary)
	}
	rules := map[string]string{}
	for _, r := range rep.Results {
		rules[filepath.Base(r.File)] = r.Rule
	}
	if rules["x.yaml"] != "not-a-file" || rules["dangling.yaml"] != "unreadable" {
		t.Errorf("results %+v", rep.Results)
	}
	// A file that vanishes between the listing and the reading.
	files, err := collectFiles([]string{dir}, "vi")
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "vinh-long.yaml"))
	for _, f := range files {
		if filepath.Base(f.path) == "vinh-long.yaml" {
			ds := checkEntry(f, nil, decision.Date{})
			if len(ds) != 1 || ds[0].Rule != "unreadable" {
				t.Errorf("vanished file: %+v", ds)
			}
		}
	}
}

// TestStdinOnce (issue #10 item 12): standard input is read once: "-" twice is a usage error.
func TestStdinOnce(t *testing.T) {
	src, _ := os.ReadFile("../examples/vinh-long.yaml")
	code, out, errs := run(t, string(src), "validate", "-", "-")
	if code != ExitUsage || out != "" || !strings.Contains(errs, "một lần") {
		t.Errorf("exit %d %q %q", code, out, errs)
	}
	if code, out, _ := run(t, string(src), "validate", "-"); code != ExitOK {
		t.Errorf("one -: exit %d %q", code, out)
	}
}

// TestImportNotOverInput (issue #10 item 1): qd import does not write over the file it reads.
func TestImportNotOverInput(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "qd.txt")
	if code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "--format", "txt", "-o", txt); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	before := snapshot(t, dir)
	code, _, errs := run(t, "", "import", txt, "-o", txt, "--force")
	if code != ExitUsage || !strings.Contains(errs, "tệp đầu vào") {
		t.Errorf("exit %d %q", code, errs)
	}
	sameSnapshot(t, "import over its input", before, snapshot(t, dir))
}
