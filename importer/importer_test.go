package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
)

// notYetRead are examples whose newer layouts (issue #13's additions) the text reader does
// not read back yet; the round trips skip them, saying so. The embedded YAML still gives
// them back exactly (TestEmbeddedSource covers every example).
var notYetRead = map[string]string{}

func examples(t testing.TB) []string {
	files, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(files) < 5 {
		t.Fatalf("examples not found: %v", err)
	}
	return files
}

// readable returns the examples the text reader reads back, logging the others.
func readable(t testing.TB) []string {
	var out []string
	for _, f := range examples(t) {
		if why, ok := notYetRead[filepath.Base(f)]; ok {
			t.Logf("NOT YET READ BACK: %s (%s)", filepath.Base(f), why)
			continue
		}
		out = append(out, f)
	}
	return out
}

func loadExample(t testing.TB, path string) (*decision.Decision, []byte) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, diags := decision.Load(path, src)
	if d == nil || decision.HasErrors(diags) {
		t.Fatalf("%s: %v", path, diags)
	}
	return d, src
}

func docxOf(t testing.TB, d *decision.Decision) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := render.Document(d, render.Options{}).Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func textOf(d *decision.Decision) string {
	return string(render.Text(render.Document(d, render.Options{}), false))
}

// checkRoundTrip: the imported YAML loads, validates with no error and drafts want's text.
func checkRoundTrip(t *testing.T, name string, res *Result, want string) *decision.Decision {
	t.Helper()
	back, diags := decision.Load(name, res.YAML)
	if back == nil || decision.HasErrors(diags) {
		t.Fatalf("%s: imported YAML does not load: %v\n%s", name, diags, res.YAML)
	}
	if ds := decision.Validate(back); decision.HasErrors(ds) {
		for _, d := range ds {
			if d.Severity == decision.Error {
				t.Errorf("%s: %s", name, d.Message(decision.EN))
			}
		}
		t.Logf("%s", res.YAML)
	}
	got := textOf(back)
	if got != want {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Errorf("%s: drafted text differs at line %d:\n got: %s\nwant: %s", name, i+1, gl[i], wl[i])
				return back
			}
		}
		t.Errorf("%s: drafted text has %d lines, want %d", name, len(gl), len(wl))
	}
	return back
}

// TestEmbeddedSource: a .docx qd wrote gives its YAML back byte for byte.
func TestEmbeddedSource(t *testing.T) {
	for _, f := range examples(t) {
		d, src := loadExample(t, f)
		res, err := Import("x.docx", docxOf(t, d), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !res.Embedded || !bytes.Equal(res.YAML, src) || len(res.Notes) > 0 {
			t.Errorf("%s: embedded=%v, notes %v; the YAML did not come back unchanged", f, res.Embedded, res.Notes)
		}
	}
}

// TestEditedDocx: when the text was changed after drafting, import reads the text and says so.
func TestEditedDocx(t *testing.T) {
	d, _ := loadExample(t, "../examples/vinh-long.yaml")
	data := docxOf(t, d)
	edited := rewritePart(t, data, "word/document.xml", func(s string) string {
		return strings.Replace(s, "Sở Y tế", "Sở Du lịch", 1)
	})
	res, err := Import("x.docx", edited, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Embedded {
		t.Fatal("an edited document gave back the stale embedded YAML")
	}
	if len(res.Notes) == 0 || !strings.Contains(res.Notes[0].Msg.EN, "edited after drafting") {
		t.Errorf("no note that the text was edited: %v", res.Notes)
	}
	if !bytes.Contains(res.YAML, []byte("Sở Du lịch")) || bytes.Contains(res.YAML, []byte("Sở Y tế")) {
		t.Errorf("the edit is not in the imported YAML:\n%s", res.YAML)
	}
}

func rewritePart(t *testing.T, data []byte, name string, edit func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		rc, _ := f.Open()
		content, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == name {
			content = []byte(edit(string(content)))
		}
		w, _ := zw.Create(f.Name)
		w.Write(content)
	}
	zw.Close()
	return b.Bytes()
}

// TestRoundTripText: every example drafted, its .docx and its plain text read back by the
// text reader (not the embedded YAML), validates and drafts the same text.
func TestRoundTripText(t *testing.T) {
	for _, f := range readable(t) {
		d, _ := loadExample(t, f)
		want := textOf(d)
		t.Run(filepath.Base(f)+"/docx", func(t *testing.T) {
			res, err := Import("x.docx", docxOf(t, d), Options{FromText: true})
			if err != nil {
				t.Fatal(err)
			}
			if res.Embedded {
				t.Fatal("FromText gave the embedded YAML")
			}
			checkRoundTrip(t, f, res, want)
		})
		t.Run(filepath.Base(f)+"/txt", func(t *testing.T) {
			res, err := Import("x.txt", []byte(want), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkRoundTrip(t, f, res, want)
		})
	}
}

// BenchmarkImportLargest imports the largest example (Kiên Giang: decision and 12-article
// Quy chế) from the .docx qd writes: through the embedded YAML (checked against the text),
// and through the text reader and parser.
func BenchmarkImportLargest(b *testing.B) {
	d, _ := loadExample(b, "../examples/kien-giang.yaml")
	data := docxOf(b, d)
	for _, c := range []struct {
		name string
		o    Options
	}{{"embedded", Options{}}, {"text", Options{FromText: true}}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Import("kien-giang.docx", data, c.o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
