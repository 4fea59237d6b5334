package cmd

import (
	"strings"
	"testing"
)

// TestCompletionValues: completing a flag that takes one of a fixed set offers that set.
func TestCompletionValues(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"draft", "x.yaml", "--format", ""}, []string{"docx", "txt", "md", "pdf"}},
		{[]string{"validate", "--format", ""}, []string{"text", "json", "github", "sarif"}},
		{[]string{"diff", "a", "b", "--format", ""}, []string{"text", "json"}},
		{[]string{"init", "--kind", ""}, []string{"thanh_lap", "kien_toan", "kien_toan_doi_ten", "ban_hanh_quy_che"}},
		{[]string{"init", "--level", ""}, []string{"tinh", "thanh_pho", "huyen", "bo"}},
		{[]string{"rename", "old.yaml", "--to", ""}, []string{"chuyen-doi-so", "khcn-dmst-cds"}},
		{[]string{"validate", "--lang", ""}, []string{"vi", "en"}},
	} {
		code, out, errs := run(t, "", append([]string{"__complete"}, c.args...)...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d %s", c.args, code, errs)
		}
		offered := strings.Fields(out)
		for _, w := range c.want {
			found := false
			for _, o := range offered {
				found = found || o == w
			}
			if !found {
				t.Errorf("%v: %q not offered (got %q)", c.args, w, offered)
			}
		}
	}
}

// TestCompletionShell: a shell qd does not know is a usage error; a known one gets a script.
func TestCompletionShell(t *testing.T) {
	if code, _, errs := run(t, "", "completion", "klingon"); code != ExitUsage || !strings.Contains(errs, "klingon") {
		t.Errorf("qd completion klingon: exit %d %q, want 2 naming the shell", code, errs)
	}
	if code, _, _ := run(t, "", "completion"); code != ExitUsage {
		t.Errorf("qd completion without a shell: exit %d, want 2", code)
	}
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		if code, out, _ := run(t, "", "completion", sh); code != ExitOK || !strings.Contains(out, "qd") {
			t.Errorf("qd completion %s: exit %d", sh, code)
		}
	}
}
