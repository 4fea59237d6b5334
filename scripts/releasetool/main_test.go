package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckRefusesWrongExecutable: an archive whose qd.exe is not a PE executable (here a
// shell script), or whose sum is not the one listed, fails the check.
func TestCheckRefusesWrongExecutable(t *testing.T) {
	dir, work := t.TempDir(), t.TempDir()
	self, err := os.Executable() // an ELF (or Mach-O) test binary, right for no Windows archive
	if err != nil {
		t.Fatal(err)
	}
	selfData, _ := os.ReadFile(self)
	for _, p := range []struct{ platform, exe string }{{"windows_amd64", "qd.exe"}, {"darwin_arm64", "qd"}, {"linux_amd64", "qd"}} {
		name := "qd_v9_" + p.platform
		os.MkdirAll(filepath.Join(work, name), 0o755)
		os.WriteFile(filepath.Join(work, name, p.exe), selfData, 0o755)
		if err := zipDir(filepath.Join(dir, name+".zip"), work, name); err != nil {
			t.Fatal(err)
		}
	}
	f, _ := os.Create(filepath.Join(dir, "SHA256SUMS"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err := sums(f, files); err != nil {
		t.Fatal(err)
	}
	f.Close()
	err = check(dir, "v9")
	if err == nil || !strings.Contains(err.Error(), "not a PE executable") && !strings.Contains(err.Error(), "not a Mach-O") && !strings.Contains(err.Error(), "not an arm64") {
		t.Errorf("check accepted a test binary as every platform's qd: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte("00  qd_v9_windows_amd64.zip\n"), 0o644)
	if err := check(dir, "v9"); err == nil {
		t.Error("check accepted a wrong sum")
	}
}
