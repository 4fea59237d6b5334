package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInit(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "du-thao.yaml")
	if code, _, errs := run(t, "", "init", "--kind", "kien_toan_doi_ten", "--issuer", "An Giang", "--date", "2026-12", "-o", out); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	text := string(mustRead(t, out))
	for _, want := range []string{"# yaml-language-server: $schema=qd.schema.json", "# Tên cũ, khi kiện toàn và đổi tên\n  old_name: Ban Chỉ đạo [[tên cũ]] tỉnh An Giang", "kind: kien_toan_doi_ten"} {
		if !strings.Contains(text, want) {
			t.Errorf("init output lacks %q", want)
		}
	}
	// Valid except for its placeholders: fine without --strict, refused with it.
	code, o, _ := run(t, "", "validate", out)
	if code != ExitOK || strings.Contains(o, "error") {
		t.Errorf("validate: exit %d\n%s", code, o)
	}
	if code, o, _ := run(t, "", "validate", "--strict", out); code != ExitProblems || !strings.Contains(o, "[placeholder]") {
		t.Errorf("--strict should refuse placeholders: %d\n%s", code, o)
	}
	// It renders.
	if code, _, errs := run(t, "", "draft", out, "-o", filepath.Join(dir, "d.docx")); code != ExitOK {
		t.Errorf("draft of init output: %d %q", code, errs)
	}
	// Never overwrites.
	os.WriteFile(out, []byte("của tôi"), 0o644)
	if code, _, errs := run(t, "", "init", "-o", out); code != ExitUsage || !strings.Contains(errs, "không ghi đè") || string(mustRead(t, out)) != "của tôi" {
		t.Errorf("overwrite: %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "init", "--kind", "giai_the", "-o", "-"); code != ExitUsage {
		t.Error("unknown kind must be a usage error")
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := run(t, "", "schema")
	var s map[string]any
	if err := json.Unmarshal([]byte(out), &s); err != nil || code != ExitOK {
		t.Fatalf("exit %d %v", code, err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" || s["additionalProperties"] != false {
		t.Errorf("schema header: %v %v", s["$schema"], s["additionalProperties"])
	}
}
