package cmd

import (
	"strings"
	"testing"
)

func TestVersionHelpCompletion(t *testing.T) {
	if code, out, _ := run(t, "", "--version"); code != ExitOK || !strings.Contains(out, "qd phiên bản "+Version) { // Vietnamese by default (issue #11, item 12)
		t.Errorf("--version: %d %q", code, out)
	}
	if code, out, _ := run(t, "", "--help"); code != ExitOK || !strings.Contains(out, "Nghị định 30/2020/NĐ-CP") || !strings.Contains(out, "validate") {
		t.Errorf("--help: %d %q", code, out)
	}
	if code, out, _ := run(t, "", "completion", "bash"); code != ExitOK || !strings.Contains(out, "__start_qd") {
		t.Errorf("completion: %d %.100q", code, out)
	}
}

// TestUsageHintOneLanguage: the hint after a usage error (exit 2) is in the message's language,
// never Vietnamese and English on one line.
func TestUsageHintOneLanguage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		lang, want, not string
	}{{"vi", "qd --help: hướng dẫn\n", "usage"}, {"en", "qd --help: usage\n", "hướng dẫn"}} {
		code, _, errs := run(t, "", "init", "--lang", tc.lang, "--level", "huyen", "-o", dir+"/x.yaml")
		if code != ExitUsage || !strings.HasSuffix(errs, tc.want) || strings.Contains(errs, tc.not) {
			t.Errorf("--lang %s: exit %d, stderr %q", tc.lang, code, errs)
		}
	}
}
