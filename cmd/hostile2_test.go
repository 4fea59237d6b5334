package cmd

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestFlagValueErrorsOneLanguage: a malformed flag value is a usage error said wholly in the
// user's language; pflag's reason (strconv's English "invalid syntax") never leaks into a
// Vietnamese message.
func TestFlagValueErrorsOneLanguage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--strict=2", "../examples/vinh-long.yaml"}, "cần true hoặc false"},
		{[]string{"draft", "../examples/vinh-long.yaml", "--final=maybe", "-o", "-"}, "cần true hoặc false"},
		{[]string{"serve", "--port", "abc"}, "cần một số"},
		{[]string{"serve", "--port", "99999999999999999999999"}, "số quá lớn"},
		{[]string{"draft", "../examples/vinh-long.yaml", "-o"}, "cờ -o cần một giá trị"},
	} {
		code, out, errs := run(t, "", tc.args...)
		first := strings.SplitN(errs, "\n", 2)[0]
		if code != ExitUsage || out != "" || !strings.Contains(first, tc.want) ||
			strings.Contains(first, "strconv") || strings.Contains(first, "syntax") || strings.Contains(first, " in -") {
			t.Errorf("%v: exit %d, %q", tc.args, code, errs)
		}
	}
}

// TestMembersFormatExtension: --format that contradicts a .xlsx/.csv output name would write
// CSV text into a .xlsx Excel cannot open; it is a usage error and nothing is written.
func TestMembersFormatExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range [][2]string{{"m.xlsx", "csv"}, {"m.csv", "xlsx"}} {
		out := filepath.Join(dir, tc[0])
		code, _, errs := run(t, "", "members", "../examples/vinh-long.yaml", "-o", out, "--format", tc[1])
		if code != ExitUsage {
			t.Errorf("%v: exit %d %q", tc, code, errs)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%v: %s written", tc, out)
		}
	}
	out := filepath.Join(dir, "m.xlsx")
	if code, _, errs := run(t, "", "members", "../examples/vinh-long.yaml", "-o", out, "--format", "xlsx"); code != ExitOK {
		t.Errorf("matching --format: exit %d %q", code, errs)
	}
}

// TestImportUnreadableOneLanguage: a file import cannot read at all (truncated zip, a .docx
// whose document.xml is not XML, a .docx named .xlsx, NUL bytes named .txt) is exit 1, says
// why in Vietnamese without Go's English cause (zip, encoding/xml), and writes nothing.
func TestImportUnreadableOneLanguage(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.docx")
	if code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "-o", good); code != ExitOK {
		t.Fatal(errs)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	var notXML bytes.Buffer
	zw := zip.NewWriter(&notXML)
	fw, _ := zw.Create("word/document.xml")
	fw.Write([]byte("\x00 <w:p>"))
	zw.Close()
	for name, content := range map[string][]byte{
		"cut.docx":    data[:len(data)/2],
		"notxml.docx": notXML.Bytes(),
		"word.xlsx":   data,
		"nul.txt":     make([]byte, 100),
	} {
		in := filepath.Join(dir, name)
		os.WriteFile(in, content, 0o644)
		out := filepath.Join(dir, name+".yaml")
		code, _, errs := run(t, "", "import", in, "-o", out)
		if code != ExitProblems || !strings.Contains(errs, "không") ||
			strings.Contains(errs, "zip:") || strings.Contains(errs, "XML syntax") || strings.Contains(errs, "not ") || strings.Contains(errs, "expected") {
			t.Errorf("%s: exit %d %q", name, code, errs)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: %s written", name, out)
		}
		if code, _, errs := run(t, "", "--lang", "en", "import", in, "-o", out); code != ExitProblems || !strings.Contains(errs, "cannot read") {
			t.Errorf("%s --lang en: exit %d %q", name, code, errs)
		}
	}
}

// TestOSErrorsOneLanguage: a file that cannot be read (missing, a directory) is said in
// Vietnamese, not with the operating system's English reason; English on request.
func TestOSErrorsOneLanguage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"draft", filepath.Join(dir, "nothere.yaml")},
		{"diff", "../examples/lang-son.yaml", dir},
		{"rename", dir, "-o", filepath.Join(dir, "x.yaml")},
	} {
		code, _, errs := run(t, "", args...)
		if code != ExitUsage || strings.Contains(errs, "no such file") || strings.Contains(errs, "is a directory") || !strings.Contains(errs, "không đọc được") {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
		code, _, errs = run(t, "", append([]string{"--lang", "en"}, args...)...)
		if code != ExitUsage || !strings.Contains(errs, "cannot read") {
			t.Errorf("%v --lang en: exit %d %q", args, code, errs)
		}
	}
}

// TestDocxNotToStdout: --docx - would write a file literally named "-" (or mix a .docx into
// the YAML on standard output); it is a usage error before anything is read or written.
func TestDocxNotToStdout(t *testing.T) {
	dir := t.TempDir()
	src, _ := filepath.Abs("../examples/thua-thien-hue.yaml")
	t.Chdir(dir)
	code, out, errs := run(t, "", "update", src, "--date", "2026-01-01", "-o", "-", "--docx", "-")
	if code != ExitUsage || out != "" {
		t.Errorf("exit %d, %d bytes out, %q", code, len(out), errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`a file named "-" was written`)
	}
}

// TestReferenceDocOneLanguage: a --reference-doc that is not a zip, or whose parts are not
// XML, is refused (exit 2) in Vietnamese without zip's or encoding/xml's English text.
func TestReferenceDocOneLanguage(t *testing.T) {
	dir := t.TempDir()
	var bad bytes.Buffer
	zw := zip.NewWriter(&bad)
	fw, _ := zw.Create("[Content_Types].xml")
	fw.Write([]byte("<Types/>"))
	zw.Close()
	notZip := filepath.Join(dir, "a.docx")
	os.WriteFile(notZip, []byte("not a zip"), 0o644)
	badXML := filepath.Join(dir, "b.docx")
	os.WriteFile(badXML, bad.Bytes(), 0o644)
	for _, ref := range []string{notZip, badXML} {
		out := filepath.Join(dir, "out.docx")
		code, _, errs := run(t, "", "draft", "../examples/vinh-long.yaml", "--reference-doc", ref, "-o", out)
		first := strings.SplitN(errs, "\n", 2)[0]
		if code != ExitUsage || strings.Contains(first, "zip:") || strings.Contains(first, "root element") || strings.Contains(first, "not a valid") {
			t.Errorf("%s: exit %d %q", ref, code, errs)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: output written", ref)
		}
	}
}

// TestInitDateRange: qd init --date before 1945 says it is out of range, like --as-of, not
// that it is not a date; so do the --date of update, change and basis.
func TestInitDateRange(t *testing.T) {
	for _, v := range []string{"1900", "1944-12", "1944-12-31"} {
		code, out, errs := run(t, "", "init", "--date", v, "-o", "-")
		if code != ExitUsage || out != "" || !strings.Contains(errs, "ngoài khoảng") || strings.Contains(errs, "không phải ngày") {
			t.Errorf("--date %s: exit %d %q", v, code, errs)
		}
	}
	for _, args := range [][]string{
		{"update", "none.yaml", "-o", "-"},
		{"change", "a.yaml", "b.yaml", "-o", "-"},
		{"basis", "công nghệ thông tin"},
	} {
		code, out, errs := run(t, "", append(args, "--date", "1944-12-31")...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "ngoài khoảng") || strings.Contains(errs, "không phải ngày") || strings.Contains(errs, "cần ngày") {
			t.Errorf("%s --date 1944-12-31: exit %d %q", args[0], code, errs)
		}
	}
}

// TestImportUTF16CSV: Excel's "Unicode text" export (UTF-16 LE with a BOM, tab-separated) is
// a member list like its UTF-8 CSV; it was refused as having no header row.
func TestImportUTF16CSV(t *testing.T) {
	dir := t.TempDir()
	text := "STT\tHọ và tên\tChức vụ\tCơ quan/Đơn vị\tChức danh trong Ban\r\n1\tNguyễn Văn A\tGiám đốc\tSở Tài chính\tỦy viên\r\n"
	data := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune(text)) {
		data = append(data, byte(r), byte(r>>8))
	}
	in := filepath.Join(dir, "ds.csv")
	os.WriteFile(in, data, 0o644)
	code, out, errs := run(t, "", "import", in, "-o", "-")
	if code != ExitOK || !strings.Contains(out, "Nguyễn Văn A") || !strings.Contains(out, "Sở Tài chính") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
}
