package osfile

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

func TestStemAndIsYAML(t *testing.T) {
	for _, c := range []struct {
		name, stem string
		yaml       bool
	}{
		{"qd.yaml", "qd", true},
		{"QD.YAML", "QD", true},
		{"dir/Quyết định.Yml", "dir/Quyết định", true},
		{"a.yaml.yml", "a.yaml", true},
		{"a.yaml.docx", "a.yaml.docx", false},
		{".yaml", "", true},
		{"yaml", "yaml", false},
		{"-", "-", false},
	} {
		if got := Stem(c.name); got != c.stem {
			t.Errorf("Stem(%q) = %q, want %q", c.name, got, c.stem)
		}
		if got := IsYAML(c.name); got != c.yaml {
			t.Errorf("IsYAML(%q) = %v", c.name, got)
		}
	}
}

// TestErrTextOneLanguage: in Vietnamese no reason of the system comes out in English, even
// one qd has no words for (its number then); in English the system's words.
func TestErrTextOneLanguage(t *testing.T) {
	for _, err := range []error{
		&fs.PathError{Op: "open", Path: "/x", Err: syscall.ENOENT},
		&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV},
		fmt.Errorf("write: %w", syscall.ENOSPC),
		&fs.PathError{Op: "write", Path: "/dev/x", Err: syscall.ENXIO},
		&fs.PathError{Op: "write", Path: "/dev/x", Err: syscall.EPIPE},
	} {
		vi, en := ErrText(decision.VI, err), ErrText(decision.EN, err)
		for _, w := range []string{"no such", "space", "device", "link", "pipe", "/x"} {
			if contains(vi, w) {
				t.Errorf("%v: VI %q says %q", err, vi, w)
			}
		}
		if vi == en || contains(en, "/x") {
			t.Errorf("%v: VI %q EN %q", err, vi, en)
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
