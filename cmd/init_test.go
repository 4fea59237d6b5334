package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

func TestInit(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "du-thao.yaml")
	if code, _, errs := run(t, "", "init", "--kind", "kien_toan_doi_ten", "--issuer", "An Giang", "--date", "2026-12", "-o", out); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	text := string(mustRead(t, out))
	for _, want := range []string{"# yaml-language-server: $schema=qd.schema.json", "# Tên cũ, khi kiện toàn và đổi tên\n  old_name: Ban Chỉ đạo [[tên cũ]] tỉnh An Giang", "# Kiểm tra: qd validate --strict " + out, "kind: kien_toan_doi_ten"} {
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

// TestInitEveryKindAndLevel: `qd init` writes, for every kind and level the model allows, a
// draft that `qd validate` passes with only placeholder warnings.
func TestInitEveryKindAndLevel(t *testing.T) {
	for _, kind := range decision.SkeletonKinds() {
		for _, level := range decision.SkeletonLevels() {
			k, l := string(kind), string(level)
			date := "2026-12"
			if level == decision.LevelDistrict {
				date = "2024-05-10" // before 01/7/2025, and before the 2025 laws whose entry into force qd does not know
			}
			code, yaml, errs := run(t, "", "init", "--kind", k, "--level", l, "--issuer", "Hà Tĩnh", "--date", date, "-o", "-")
			if code != ExitOK {
				t.Fatalf("%s %s: exit %d %s", k, l, code, errs)
			}
			code, out, _ := run(t, yaml, "--lang", "en", "validate", "--format", "json", "-")
			var rep jsonReport
			if err := json.Unmarshal([]byte(out), &rep); err != nil || code != ExitOK {
				t.Fatalf("%s %s: exit %d %v\n%s", k, l, code, err, out)
			}
			for _, r := range rep.Results {
				if r.Rule != "placeholder" {
					t.Errorf("%s %s: [%s] %s: %s", k, l, r.Rule, r.Field, r.Message)
				}
			}
		}
	}
}

// TestInitRefusesWhatNoLongerExists: a district draft dated after the district level ended
// (01/7/2025, from the registry), or undated (checked as of today), is refused with the
// reason; a merged province likewise.
func TestInitRefusesWhatNoLongerExists(t *testing.T) {
	for _, args := range [][]string{
		{"init", "--level", "huyen", "--issuer", "Bình Minh", "--date", "2025-08", "-o", "-"},
		{"init", "--level", "huyen", "--issuer", "Bình Minh", "-o", "-"},
	} {
		code, out, errs := run(t, "", args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "cấp huyện không còn từ ngày 01 tháng 7 năm 2025") {
			t.Errorf("%v: exit %d %q %q", args, code, out, errs)
		}
	}
	code, _, errs := run(t, "", "--lang", "en", "init", "--issuer", "Kiên Giang", "--date", "2026-01", "-o", "-")
	if code != ExitUsage || !strings.Contains(errs, "An Giang") {
		t.Errorf("merged province: exit %d %q", code, errs)
	}
	if code, _, errs := run(t, "", "init", "--level", "huyen", "--issuer", "Bình Minh", "--date", "2025-06-30", "-o", "-"); code != ExitOK {
		t.Errorf("a district draft before 01/7/2025: exit %d %q", code, errs)
	}
}

// TestInitHeaderForStdout: written to standard output, the header names a file to save to,
// not "-".
func TestInitHeaderForStdout(t *testing.T) {
	_, out, _ := run(t, "", "init", "-o", "-")
	if strings.Contains(out, "validate --strict -") || strings.Contains(out, "qd draft -") || !strings.Contains(out, "qd validate --strict du-thao.yaml") {
		t.Errorf("header for -o -:\n%s", out[:min(len(out), 600)])
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

// TestInitCentrallyRunCity: a centrally-run city given with or without its kind word becomes
// the city level, named once ("THÀNH PHỐ THÀNH PHỐ HỒ CHÍ MINH" and "TỈNH HỒ CHÍ MINH" were
// written), with a place named after a person in full (Nghị định 30, Phụ lục I).
func TestInitCentrallyRunCity(t *testing.T) {
	for _, c := range []struct{ issuer, place, name string }{
		{"Thành phố Hồ Chí Minh", "place: Thành phố Hồ Chí Minh", "THÀNH PHỐ HỒ CHÍ MINH]"},
		{"Hồ Chí Minh", "place: Thành phố Hồ Chí Minh", "THÀNH PHỐ HỒ CHÍ MINH]"},
		{"TP. Hà Nội", "place: Hà Nội", "THÀNH PHỐ HÀ NỘI]"},
		{"tỉnh An Giang", "place: An Giang", "TỈNH AN GIANG]"},
	} {
		code, yaml, errs := run(t, "", "init", "--issuer", c.issuer, "--date", "2026-12", "-o", "-")
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", c.issuer, code, errs)
		}
		if !strings.Contains(yaml, "\n"+c.place+"\n") || !strings.Contains(yaml, c.name) || strings.Count(yaml, "THÀNH PHỐ THÀNH PHỐ")+strings.Count(yaml, "TỈNH THÀNH PHỐ") > 0 {
			t.Errorf("%s: want %q and %q in:\n%s", c.issuer, c.place, c.name, yaml[:min(len(yaml), 1500)])
		}
	}
	if code, _, errs := run(t, "", "init", "--issuer", "Hồ Chí Minh", "--level", "tinh", "--date", "2026-12", "-o", "-"); code != ExitUsage || !strings.Contains(errs, "không phải tỉnh") {
		t.Errorf("--level tinh for a centrally-run city: exit %d, %s", code, errs)
	}
}
