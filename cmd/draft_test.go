package cmd

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/internal/conformance"
	"github.com/vanthu-vn/qd/internal/tooltest"
	"github.com/vanthu-vn/qd/internal/ziptest"
)

// docxParts opens a .docx and returns its parts, failing unless every XML part parses.
func docxParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	conformance.Check(t, t.Name(), data)
	out := ziptest.Parts(t, data)
	for name, b := range out {
		dec := xml.NewDecoder(strings.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed: %v", name, err)
			}
		}
	}
	return out
}

func copyExample(t *testing.T, name, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, _ := os.ReadDir(dir)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestDraftExamples(t *testing.T) {
	dir := t.TempDir()
	for _, ex := range []string{"vinh-long", "lang-son", "binh-thuan", "thua-thien-hue", "kien-giang"} {
		in := copyExample(t, ex+".yaml", dir)
		code, out, errs := run(t, "", "draft", in)
		if code != ExitOK {
			t.Fatalf("%s: exit %d %s%s", ex, code, out, errs)
		}
		data, err := os.ReadFile(filepath.Join(dir, ex+".docx"))
		if err != nil {
			t.Fatalf("%s: default output name not used: %v", ex, err)
		}
		parts := docxParts(t, data)
		if !strings.Contains(parts["word/document.xml"], "QUYẾT ĐỊNH") {
			t.Errorf("%s: no QUYẾT ĐỊNH", ex)
		}
		if !strings.Contains(errs, "đã ghi "+filepath.Join(dir, ex+".docx")) {
			t.Errorf("%s: stderr %q", ex, errs)
		}
	}
}

func TestDraftRefusesInvalid(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile("../testdata/bad/one-head.yaml")
	in := filepath.Join(dir, "bad.yaml")
	os.WriteFile(in, data, 0o644)
	code, out, errs := run(t, "", "draft", in)
	if code != ExitProblems {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, in+":34:11: error [one-head]") || !strings.Contains(errs, "không ghi gì") {
		t.Errorf("stderr %q", errs)
	}
	if out != "" {
		t.Errorf("stdout %q", out)
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("files written despite errors: %v", names)
	}
	// Also when the YAML cannot be read at all.
	code, _, errs = run(t, "", "draft", "../testdata/bad/binary-garbage.yaml", "-o", filepath.Join(dir, "x.docx"))
	if code != ExitProblems || !strings.Contains(errs, "[not-text]") || len(listDir(t, dir)) != 1 {
		t.Errorf("garbage: exit %d %q %v", code, errs, listDir(t, dir))
	}
}

func TestDraftWarningsDoNotStop(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "w.docx")
	code, _, errs := run(t, "", "draft", "../testdata/bad/numeric-date.yaml", "-o", out)
	if code != ExitOK || !strings.Contains(errs, "warning [numeric-date]") {
		t.Errorf("exit %d %q", code, errs)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error("warnings must not stop the draft")
	}
}

func TestDraftOverwrite(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "qd.docx")
	os.WriteFile(out, []byte("thư của chị Lan"), 0o644)
	code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "-o", out)
	if code != ExitUsage || !strings.Contains(errs, "--force") {
		t.Errorf("exit %d %q", code, errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "thư của chị Lan" {
		t.Error("a file qd did not write was overwritten")
	}
	if code, _, _ = run(t, "", "draft", "../examples/vinh-long.yaml", "-o", out, "--force"); code != ExitOK {
		t.Errorf("--force: exit %d", code)
	}
	// A file qd wrote may be replaced without --force.
	if code, _, errs = run(t, "", "draft", "../examples/lang-son.yaml", "-o", out); code != ExitOK {
		t.Errorf("rewriting qd's own file: exit %d %q", code, errs)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(docxParts(t, b)["word/document.xml"], "Lạng Sơn") {
		t.Error("the file was not replaced")
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("temporary files left: %v", names)
	}
}

func TestDraftStdoutAndDeterminism(t *testing.T) {
	code, a, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", "-")
	if code != ExitOK || !strings.HasPrefix(a, "PK") {
		t.Fatalf("exit %d %q", code, errs)
	}
	_, b, _ := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", "-")
	if a != b {
		t.Error("the same YAML gave different bytes")
	}
	docxParts(t, []byte(a))
	// From standard input.
	in, _ := os.ReadFile("../examples/kien-giang.yaml")
	_, c, _ := run(t, string(in), "draft", "-", "-o", "-")
	if c != a {
		t.Error("stdin input gave different bytes")
	}
	if code, _, _ := run(t, string(in), "draft", "-"); code != ExitUsage {
		t.Errorf("stdin without -o: exit %d, want 2", code)
	}
}

func TestDraftSeparate(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "kg.docx")
	if code, _, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", out, "--separate"); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	main, _ := os.ReadFile(out)
	annex, err := os.ReadFile(filepath.Join(dir, "kg-quy-che.docx"))
	if err != nil {
		t.Fatal(err)
	}
	m, a := docxParts(t, main)["word/document.xml"], docxParts(t, annex)["word/document.xml"]
	if strings.Contains(m, "QUY CHẾ") || strings.Count(m, "<w:sectPr>") != 1 {
		t.Error("the decision still holds the Quy chế")
	}
	if !strings.Contains(a, "QUY CHẾ") || !strings.Contains(a, "Chương IV") || strings.Contains(a, "Số: ") {
		t.Error("the Quy chế file is not the Quy chế")
	}
	if code, _, _ := run(t, "", "draft", "../examples/kien-giang.yaml", "-o", "-", "--separate"); code != ExitUsage {
		t.Error("--separate with -o - must be refused")
	}
}

func TestReferenceDoc(t *testing.T) {
	dir := t.TempDir()
	ref := filepath.Join(dir, "ref.docx")
	if code, _, errs := run(t, "", "reference-doc", "-o", ref); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	parts := docxParts(t, mustRead(t, ref))
	if !strings.Contains(parts["word/document.xml"], "Body Text (Nội dung)") {
		t.Error("the reference document does not show the styles")
	}
	// A clerk changes the body size to 13 pt and the left margin to 35 mm in Word.
	styles := strings.Replace(parts["word/styles.xml"], `w:styleId="BodyText"><w:name w:val="Body Text (Nội dung)"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="28"/>`,
		`w:styleId="BodyText"><w:name w:val="Body Text (Nội dung)"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="26"/>`, 1)
	if styles == parts["word/styles.xml"] {
		t.Fatal("test could not edit the BodyText style")
	}
	document := strings.Replace(parts["word/document.xml"], `w:left="1701"`, `w:left="1984"`, 1)
	// and writes "Trang" before the page number.
	header := strings.Replace(parts["word/header1.xml"], `<w:r><w:rPr><w:rStyle w:val="PageNumber"/></w:rPr><w:fldChar w:fldCharType="begin"/>`,
		`<w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:rPr><w:rStyle w:val="PageNumber"/></w:rPr><w:fldChar w:fldCharType="begin"/>`, 1)
	if header == parts["word/header1.xml"] {
		t.Fatal("the reference document has no page-number header to edit")
	}
	edited := filepath.Join(dir, "edited.docx")
	writeZip(t, edited, map[string]string{"word/styles.xml": styles, "word/document.xml": document,
		"word/_rels/document.xml.rels": parts["word/_rels/document.xml.rels"], "word/header1.xml": header})
	out := filepath.Join(dir, "out.docx")
	if code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "-o", out, "--reference-doc", edited); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	got := docxParts(t, mustRead(t, out))
	if got["word/styles.xml"] != styles {
		t.Error("styles not taken from the reference document")
	}
	if !strings.Contains(got["word/document.xml"], `w:left="1984"`) {
		t.Error("margins not taken from the reference document")
	}
	if got["word/header1.xml"] != header {
		t.Error("header not taken from the reference document")
	}
	if code, _, _ := run(t, "", "draft", "../examples/vinh-long.yaml", "-o", out, "--reference-doc", "../examples/vinh-long.yaml"); code != ExitUsage {
		t.Error("a reference document that is not a .docx must be refused")
	}
	// #10 item 8: a malformed header or a page too small is refused, naming what is wrong,
	// and nothing is written.
	for _, c := range []struct {
		name, part, want string
		parts            map[string]string
	}{
		{"malformed header", "word/header1.xml", "word/header1.xml: XML hỏng", map[string]string{"word/styles.xml": styles, "word/document.xml": document,
			"word/_rels/document.xml.rels": parts["word/_rels/document.xml.rels"], "word/header1.xml": header[:len(header)-10]}},
		{"page 100×100 twips", "word/document.xml", "word/document.xml: khổ giấy rộng 1,8 mm", map[string]string{"word/styles.xml": styles,
			"word/document.xml":            strings.Replace(document, `<w:pgSz w:w="11906" w:h="16838"/>`, `<w:pgSz w:w="100" w:h="100"/>`, 1),
			"word/_rels/document.xml.rels": parts["word/_rels/document.xml.rels"], "word/header1.xml": header}},
	} {
		bad := filepath.Join(dir, "bad.docx")
		writeZip(t, bad, c.parts)
		fresh := filepath.Join(dir, "fresh.docx")
		code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "-o", fresh, "--reference-doc", bad)
		if code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d %q, want 2 and %q", c.name, code, errs, c.want)
		}
		if _, err := os.Stat(fresh); err == nil {
			t.Errorf("%s: a file was written", c.name)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeZip(t *testing.T, path string, files map[string]string) {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"word/styles.xml", "word/document.xml", "word/_rels/document.xml.rels", "word/header1.xml"} {
		if data, ok := files[name]; ok {
			w, _ := zw.Create(name)
			w.Write([]byte(data))
		}
	}
	zw.Close()
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDraftSpecialCharacters: XML specials and quotes in any field give a valid document;
// control characters are refused by validation.
func TestDraftSpecialCharacters(t *testing.T) {
	dir := t.TempDir()
	base, _ := os.ReadFile("../examples/binh-thuan.yaml")
	nasty := strings.Replace(string(base), "Nguyễn Hoàng Sâm", `"Nguyễn <Hoàng> & \"Sâm\" 'x' ]]>"`, 1)
	nasty = strings.Replace(nasty, "  - \"Lưu: VT\"", "  - \"Lưu: VT, <P&TT>\"", 1)
	in := filepath.Join(dir, "nasty.yaml")
	os.WriteFile(in, []byte(nasty), 0o644)
	if code, _, errs := run(t, "", "draft", in); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	doc := docxParts(t, mustRead(t, filepath.Join(dir, "nasty.docx")))["word/document.xml"]
	if !strings.Contains(doc, "Nguyễn &lt;Hoàng&gt; &amp; &#34;Sâm&#34; &#39;x&#39; ]]&gt;") || !strings.Contains(doc, "Lưu: VT, &lt;P&amp;TT&gt;.") {
		t.Error("special characters not escaped as expected")
	}
	ctl := strings.Replace(string(base), "Nguyễn Hoàng Sâm", `"Nguyễn\u0007Sâm"`, 1)
	os.WriteFile(in, []byte(ctl), 0o644)
	os.Remove(filepath.Join(dir, "nasty.docx"))
	code, _, errs := run(t, "", "draft", in)
	if code != ExitProblems || !strings.Contains(errs, "[control-char]") {
		t.Errorf("control character: exit %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "nasty.docx")); err == nil {
		t.Error("a document was written despite the control character")
	}
}

// failAfter fails once n bytes have been written, like a full disk.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errors.New("no space left on device")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "qd.docx")
	os.WriteFile(path, []byte("old"), 0o644)
	err := WriteAtomic(path, func(w io.Writer) error {
		w.Write([]byte("partial"))
		_, err := (&failAfter{3}).Write([]byte("more bytes"))
		return err
	})
	if err == nil {
		t.Fatal("the failure was not reported")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("the old file changed: %q", b)
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Errorf("leftovers: %v", names)
	}
	if err := WriteAtomic(filepath.Join(dir, "missing", "x.docx"), func(io.Writer) error { return nil }); err == nil {
		t.Error("a missing directory must be an error")
	}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(dir, "ro")
		os.Mkdir(ro, 0o555)
		if err := WriteAtomic(filepath.Join(ro, "x.docx"), func(io.Writer) error { return nil }); err == nil {
			t.Error("a read-only directory must be an error")
		}
	}
}

func TestDraftFormats(t *testing.T) {
	code, txt, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "--format", "txt", "-o", "-")
	if code != ExitOK || !strings.HasPrefix(txt, "DỰ THẢO\nỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n") || !strings.Contains(txt, "\nĐiều 1. Thành lập") {
		t.Errorf("txt: exit %d %q %.200q", code, errs, txt)
	}
	code, md, _ := run(t, "", "draft", "../examples/vinh-long.yaml", "--format", "md", "-o", "-")
	if code != ExitOK || !strings.Contains(md, "**Điều 1.** Thành lập") {
		t.Errorf("md: exit %d %.200q", code, md)
	}
	dir := t.TempDir()
	if code, _, _ := run(t, "", "draft", "../examples/vinh-long.yaml", "--format", "md", "-o", filepath.Join(dir, "a.md")); code != ExitOK {
		t.Errorf("md to file: exit %d", code)
	}
	if code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "--format", "odt"); code != ExitUsage || !strings.Contains(errs, "odt") {
		t.Errorf("bad format: exit %d %q", code, errs)
	}
}

func TestDraftPDFWithoutLibreOffice(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	dir := t.TempDir()
	code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "--format", "pdf", "-o", filepath.Join(dir, "x.pdf"))
	if code != ExitUsage || !strings.Contains(errs, "apt-get install libreoffice-writer-nogui") {
		t.Errorf("exit %d %q", code, errs)
	}
	if names := listDir(t, dir); len(names) != 0 {
		t.Errorf("wrote %v", names)
	}
}

func TestDraftPDF(t *testing.T) {
	tooltest.Require(t, "soffice")
	out := filepath.Join(t.TempDir(), "kg.pdf")
	if code, _, errs := run(t, "", "draft", "../examples/kien-giang.yaml", "--format", "pdf", "-o", out); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	if b := mustRead(t, out); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Error("not a PDF")
	}
}

// TestDraftFinal: `qd draft --final` refuses while a placeholder remains (exit 1, each one
// located, nothing written) and writes no draft mark; without it the mark is there.
func TestDraftFinal(t *testing.T) {
	dir := t.TempDir()
	yml := filepath.Join(dir, "du-thao.yaml")
	if code, _, errs := run(t, "", "init", "--date", "2026-12", "-o", yml); code != ExitOK {
		t.Fatalf("init: %d %s", code, errs)
	}
	out := filepath.Join(dir, "du-thao.docx")
	code, _, errs := run(t, "", "draft", "--final", yml, "-o", out)
	if code != ExitProblems {
		t.Fatalf("--final with placeholders: exit %d", code)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("--final wrote a file while placeholders remain")
	}
	_, vout, _ := run(t, "", "validate", yml)
	want := strings.Count(vout, "[placeholder]")
	if got := strings.Count(errs, "error [placeholder]"); want == 0 || got != want || !strings.Contains(errs, "du-thao.yaml:") {
		t.Errorf("%d placeholders located as errors, want %d:\n%s", got, want, errs)
	}
	// A complete decision without a number: marked by default, not with --final.
	for _, final := range []bool{false, true} {
		args := []string{"draft", "../examples/vinh-long.yaml", "-o", "-"}
		if final {
			args = append(args, "--final")
		}
		code, docx, errs := run(t, "", args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
		marked := strings.Contains(docxParts(t, []byte(docx))["word/document.xml"], "DỰ THẢO")
		if marked == final {
			t.Errorf("--final=%v: marked %v", final, marked)
		}
	}
}
