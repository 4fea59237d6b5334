// Package conformance checks, in tests, that a .docx conforms to the ECMA-376 schemas and
// package rules, with ../shared/ooxml/validate.sh beside the repository (as in CI).
package conformance

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// Required reports whether a missing checker fails the tests instead of skipping the check:
// QD_REQUIRE_LIBREOFFICE is set, as .ci/run does.
func Required() bool { return os.Getenv("QD_REQUIRE_LIBREOFFICE") != "" }

var (
	once    sync.Once
	script  string // validate.sh, "" when the check cannot run
	missing string // why it cannot
	checked sync.Map
)

// find locates validate.sh at ../shared/ooxml relative to the repository root (the directory
// holding go.mod) and the tools it needs.
func find() {
	dir, err := os.Getwd()
	for err == nil {
		if _, e := os.Stat(filepath.Join(dir, "go.mod")); e == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			err = fmt.Errorf("no go.mod above the test directory")
		}
		dir = parent
	}
	if err != nil {
		missing = err.Error()
		return
	}
	s := filepath.Join(dir, "..", "shared", "ooxml", "validate.sh")
	if _, err := os.Stat(s); err != nil {
		missing = "../shared/ooxml/validate.sh not found beside the repository"
		return
	}
	for _, tool := range []string{"bash", "xmllint", "python3", "unzip"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = tool + " is not installed (apt-get install libxml2-utils python3 unzip)"
			return
		}
	}
	script = s
}

// Check validates data, a .docx the test wrote, and fails the test with the checker's report
// when it does not conform. The same bytes are checked once per test binary. When the checker
// or its tools are missing it says so once and does nothing, unless Required.
func Check(t testing.TB, name string, data []byte) {
	t.Helper()
	once.Do(find)
	if script == "" {
		if Required() {
			t.Fatalf("OOXML conformance check required but unavailable: %s", missing)
		}
		if _, loaded := checked.LoadOrStore("skip-note", true); !loaded {
			fmt.Fprintf(os.Stderr, "SKIPPED OOXML conformance checks: %s\n", missing)
		}
		return
	}
	sum := sha256.Sum256(data)
	if _, seen := checked.LoadOrStore(sum, true); seen {
		return
	}
	dir := t.TempDir()
	file := filepath.Join(dir, filepath.Base(name))
	if filepath.Ext(file) != ".docx" {
		file += ".docx"
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", script, file)
	cmd.Env = append(os.Environ(), "WORK="+filepath.Join(dir, "work"))
	if out, err := cmd.CombinedOutput(); err != nil {
		checked.Delete(sum)
		t.Errorf("%s does not conform to ECMA-376 (validate.sh: %v):\n%s", name, err, out)
	}
}

// CheckFile is Check on a file.
func CheckFile(t testing.TB, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	Check(t, path, data)
}
