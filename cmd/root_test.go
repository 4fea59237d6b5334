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
