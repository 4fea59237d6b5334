package render

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/decision/decisiontest"
	"github.com/vanthu-vn/qd/internal/conformance"
	"github.com/vanthu-vn/qd/internal/tooltest"
)

// TestGeneratedCorpus renders 200 random valid decisions (1 to 200 members, Quy chế written
// out, standard or absent, every optional part on or off), each through YAML, the loader and
// validation, opens every one in LibreOffice, and checks that the PDF text holds every
// member's name.
func TestGeneratedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice corpus")
	}
	tooltest.Require(t, "soffice", "pdftotext")
	dir := t.TempDir()
	r := rand.New(rand.NewSource(30))
	names := map[string][]string{}
	var files []string
	for i := 0; i < 200; i++ {
		gen := decisiontest.Random(r, 1+r.Intn(200))
		if i == 0 {
			gen = decisiontest.Random(r, 200)
		}
		y, err := decision.Encode(gen, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		d, diags := decision.Load(fmt.Sprintf("gen-%03d.yaml", i), y)
		if d == nil || decision.HasErrors(diags) {
			t.Fatalf("generated decision %d does not load: %v", i, diags)
		}
		if ds := decision.Validate(d); decision.HasErrors(ds) {
			t.Fatalf("generated decision %d is invalid: %v\n%s", i, ds, y)
		}
		base := fmt.Sprintf("gen-%03d", i)
		f, err := os.Create(filepath.Join(dir, base+".docx"))
		if err != nil {
			t.Fatal(err)
		}
		if err := Document(d, Options{}).Write(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
		files = append(files, filepath.Join(dir, base+".docx"))
		if i == 0 { // the largest (200 members): the schema check takes seconds a document
			conformance.CheckFile(t, filepath.Join(dir, base+".docx"))
		}
		for _, m := range d.Members {
			names[base] = append(names[base], m.Name)
		}
	}
	tooltest.Soffice(t, dir, "pdf", files...)
	for base, want := range names {
		out, err := exec.Command("pdftotext", "-raw", filepath.Join(dir, base+".pdf"), "-").Output()
		if err != nil {
			t.Errorf("%s: LibreOffice made no readable PDF: %v", base, err)
			continue
		}
		text := squeeze(string(out))
		for _, n := range want {
			if !strings.Contains(text, squeeze(n)) {
				t.Errorf("%s: member %q missing from the PDF", base, n)
			}
		}
	}
}
