package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDraftMergeKeys: a decision that reuses a member block through a YAML merge key
// ("<<: *gd") drafts to the same document as the file written out in full; only the
// embedded YAML source differs.
func TestDraftMergeKeys(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	full := string(src)
	merged := strings.NewReplacer(
		"  - {role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n",
		"  - &gd {role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n",
		"  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế}\n",
		"  - <<: *gd\n    organization: Sở Y tế\n",
		"  - {role: uy_vien, position: Giám đốc, organization: Sở Tư pháp}\n",
		"  - {<<: *gd, organization: Sở Tư pháp}\n",
	).Replace(full)
	if strings.Count(merged, "*gd") != 2 {
		t.Fatal("the example's members changed; update the test")
	}
	code, want, errs := run(t, full, "draft", "-", "-o", "-")
	if code != ExitOK {
		t.Fatalf("full: exit %d %s", code, errs)
	}
	code, got, errs := run(t, merged, "draft", "-", "-o", "-")
	if code != ExitOK {
		t.Fatalf("merged: exit %d %s", code, errs)
	}
	gp, wp := docxParts(t, []byte(got)), docxParts(t, []byte(want))
	for name, w := range wp {
		if strings.HasPrefix(name, "customXml/") {
			continue // the YAML source, which differs by design
		}
		if gp[name] != w {
			t.Errorf("%s differs", name)
		}
	}
	if len(gp) != len(wp) {
		t.Errorf("%d parts, want %d", len(gp), len(wp))
	}
}

// TestTextFlagLength: a text flag takes a name, a number or a place; a value of thousands of
// characters (init --issuer used to take 100,000) is a usage error in one language, and a
// long but real name still passes.
func TestTextFlagLength(t *testing.T) {
	long := strings.Repeat("Kiên Giang ", 10_000)
	for _, args := range [][]string{
		{"init", "--issuer", long, "-o", "-"},
		{"rename", "../examples/lang-son-2020.yaml", "--name", long, "-o", "-"},
	} {
		code, out, errs := run(t, "", args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "110000 ký tự") {
			t.Errorf("%s: exit %d %q", args[0], code, errs)
		}
		code, _, errs = run(t, "", append([]string{"--lang", "en"}, args...)...)
		if code != ExitUsage || !strings.Contains(errs, "110000 characters") || strings.Contains(errs, "ký tự") {
			t.Errorf("%s, English: exit %d %q", args[0], code, errs)
		}
	}
	name := "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lạng Sơn"
	if code, _, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "--name", name, "-o", "-"); code == ExitUsage {
		t.Errorf("a real name refused: %q", errs)
	}
}

// TestNumberFlagIsText: --number of change and update is checked like rename's: a control
// character or a byte that is not UTF-8 is a usage error in one language, nothing written.
func TestNumberFlagIsText(t *testing.T) {
	dir := t.TempDir()
	old := writeEdited(t, dir, "old.yaml", "binh-thuan.yaml")
	edited := writeEdited(t, dir, "new.yaml", "binh-thuan.yaml",
		"name: Vũ Văn Tuấn, position: Giám đốc", "name: Nguyễn Văn Hà, position: Giám đốc")
	for _, number := range []string{"12\x00", "12\n34", "\xff"} {
		for _, args := range [][]string{
			{"change", old, edited, "--date", "2022-03-01", "--number", number, "-o", filepath.Join(dir, "out.yaml")},
			{"update", old, "--date", "2026-01-01", "--number", number, "-o", filepath.Join(dir, "out.yaml")},
		} {
			code, out, errs := run(t, "", args...)
			if code != ExitUsage || out != "" || !strings.Contains(errs, "qd: --number: giá trị") {
				t.Errorf("%s --number %q: exit %d %q", args[0], number, code, errs)
			}
			code, _, errs = run(t, "", append([]string{"--lang", "en"}, args...)...)
			if code != ExitUsage || !strings.Contains(errs, "qd: --number: the value") || strings.Contains(errs, "giá trị") {
				t.Errorf("%s --number %q, English: exit %d %q", args[0], number, code, errs)
			}
			if names := listDir(t, dir); len(names) != 2 {
				t.Fatalf("written: %v", names)
			}
		}
	}
}

// TestReferenceDocPartyStyles: a party decision drafted with a --reference-doc that lacks
// qd's styles gets them from the party's sheet (templates/styles-dang.xml: the issuer's
// parent line in 14 pt), not from the State's (13 pt); a State decision still gets the State's.
func TestReferenceDocPartyStyles(t *testing.T) {
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.docx")
	writeZip(t, ref, map[string]string{"word/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style></w:styles>`})
	issuerParent := func(example string) string {
		t.Helper()
		code, out, errs := run(t, "", "draft", "../examples/"+example, "--reference-doc", ref, "-o", "-")
		if code != ExitOK {
			t.Fatalf("%s: exit %d %s", example, code, errs)
		}
		styles := docxParts(t, []byte(out))["word/styles.xml"]
		i := strings.Index(styles, `w:styleId="IssuerParent"`)
		if i < 0 {
			t.Fatalf("%s: no IssuerParent style", example)
		}
		end := strings.Index(styles[i:], "</w:style>")
		return styles[i : i+end]
	}
	if s := issuerParent("tinh-uy-nam-dinh-khcn-2025.yaml"); !strings.Contains(s, `<w:sz w:val="28"/>`) {
		t.Errorf("party decision: IssuerParent is not the party's (14 pt): %s", s)
	}
	if s := issuerParent("vinh-long.yaml"); !strings.Contains(s, `<w:sz w:val="26"/>`) {
		t.Errorf("State decision: IssuerParent is not the State's (13 pt): %s", s)
	}
}
