package cmd

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// oldFile puts a file qd wrote before into dir and returns its path and bytes.
func oldFile(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	path := filepath.Join(dir, "qd.docx")
	if code, _, errs := run(t, "", "draft", "../examples/binh-thuan.yaml", "-o", path); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	return path, mustRead(t, path)
}

func assertUntouched(t *testing.T, dir, path string, before []byte) {
	t.Helper()
	if !bytes.Equal(mustRead(t, path), before) {
		t.Error("the file that was there changed")
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("leftovers in %s: %v", dir, names)
	}
}

// TestDraftReadOnlyDirectory: an unwritable directory gives exit 3 and leaves its file alone.
// Root writes through permissions, so the directory is made immutable (chattr +i) when the
// test runs as root.
func TestDraftReadOnlyDirectory(t *testing.T) {
	dir := t.TempDir()
	path, before := oldFile(t, dir)
	if os.Geteuid() == 0 {
		if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
			t.Skipf("SKIPPED: cannot make a read-only directory as root: %v %s", err, out)
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
	} else {
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	code, _, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", path)
	if code != ExitInternal || !strings.Contains(errs, "không ghi được") {
		t.Errorf("exit %d %q", code, errs)
	}
	assertUntouched(t, dir, path, before)
}

// TestDraftFullDisk: a disk that fills up in the middle of the write gives exit 3, no partial
// file, and the old file as it was. Uses a tiny tmpfs when the test may mount one (root);
// TestWriteAtomic covers a writer that fails after N bytes everywhere.
func TestDraftFullDisk(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("SKIPPED: cannot mount a tmpfs here: %v %s", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	path, before := oldFile(t, dir)
	// Fill the disk but for a few kilobytes: less than the Kiên Giang document needs.
	filler := filepath.Join(dir, "filler")
	f, _ := os.Create(filler)
	buf := make([]byte, 1024)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	os.Truncate(filler, mustSize(t, filler)-4096)
	code, _, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", path)
	if code != ExitInternal || !strings.Contains(errs, "đĩa hết chỗ") { // the reason in the user's language, not the OS's English
		t.Errorf("exit %d %q", code, errs)
	}
	os.Remove(filler)
	assertUntouched(t, dir, path, before)
}

func mustSize(t *testing.T, path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// TestDraftMissingDirectory: an output in a directory that does not exist is refused before
// anything is read or written, as a usage error (the path given is wrong).
func TestDraftMissingDirectory(t *testing.T) {
	out := filepath.Join(t.TempDir(), "khong-co", "qd.docx")
	if code, _, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", out); code != ExitUsage || !strings.Contains(errs, "khong-co") {
		t.Errorf("exit %d %q", code, errs)
	}
}

// TestDeterministicAcrossProcesses: the qd binary, run twice as separate processes on each
// example, writes the same bytes.
func TestDeterministicAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "qd")
	if out, err := exec.Command("go", "build", "-o", bin, "./qd").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v %s", err, out)
	}
	examples, _ := filepath.Glob("../examples/*.yaml")
	for _, ex := range examples {
		var outs [][]byte
		for i := 0; i < 2; i++ {
			cmd := exec.Command(bin, "draft", ex, "-o", "-")
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+[]string{"1", "2"}[i], "TZ="+[]string{"UTC", "Asia/Ho_Chi_Minh"}[i])
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: %v", ex, err)
			}
			outs = append(outs, out)
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Errorf("%s: two processes wrote different bytes", ex)
		}
	}
}
