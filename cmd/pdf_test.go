package cmd

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/internal/tooltest"
)

// fakeMachine is a machine with the given environment variables, programs on the PATH and
// files.
func fakeMachine(goos string, env map[string]string, path map[string]string, files ...string) sofficeEnv {
	return sofficeEnv{
		goos:   goos,
		getenv: func(k string) string { return env[k] },
		lookPath: func(name string) (string, error) {
			if p, ok := path[name]; ok {
				return p, nil
			}
			return "", exec.ErrNotFound
		},
		isFile: func(p string) bool {
			for _, f := range files {
				if f == p {
					return true
				}
			}
			return false
		},
	}
}

// TestFindSoffice: LibreOffice is found where its installers put it, which on Windows and
// macOS is not on the PATH.
func TestFindSoffice(t *testing.T) {
	winEnv := map[string]string{"ProgramFiles": `C:\Program Files`, "ProgramFiles(x86)": `C:\Program Files (x86)`,
		"ProgramW6432": `C:\Program Files`, "LOCALAPPDATA": `C:\Users\Nguyễn Thị Hòa\AppData\Local`}
	for _, c := range []struct {
		name string
		env  sofficeEnv
		want string
	}{
		{"Windows, 64-bit installer", fakeMachine("windows", winEnv, nil, `C:\Program Files\LibreOffice\program\soffice.exe`), `C:\Program Files\LibreOffice\program\soffice.exe`},
		{"Windows, 32-bit installer", fakeMachine("windows", winEnv, nil, `C:\Program Files (x86)\LibreOffice\program\soffice.exe`), `C:\Program Files (x86)\LibreOffice\program\soffice.exe`},
		{"Windows, per-user install", fakeMachine("windows", winEnv, nil, `C:\Users\Nguyễn Thị Hòa\AppData\Local\Programs\LibreOffice\program\soffice.exe`), `C:\Users\Nguyễn Thị Hòa\AppData\Local\Programs\LibreOffice\program\soffice.exe`},
		{"Windows, on the PATH first", fakeMachine("windows", winEnv, map[string]string{"soffice": `D:\LO\program\soffice.exe`}, `C:\Program Files\LibreOffice\program\soffice.exe`), `D:\LO\program\soffice.exe`},
		{"Windows, a trailing backslash", fakeMachine("windows", map[string]string{"ProgramFiles": `C:\Program Files\`}, nil, `C:\Program Files\LibreOffice\program\soffice.exe`), `C:\Program Files\LibreOffice\program\soffice.exe`},
		{"macOS", fakeMachine("darwin", nil, nil, "/Applications/LibreOffice.app/Contents/MacOS/soffice"), "/Applications/LibreOffice.app/Contents/MacOS/soffice"},
		{"Linux, libreoffice only", fakeMachine("linux", nil, map[string]string{"libreoffice": "/usr/bin/libreoffice"}), "/usr/bin/libreoffice"},
		{"QD_SOFFICE", fakeMachine("windows", map[string]string{"QD_SOFFICE": `E:\Apps\soffice.exe`}, nil, `E:\Apps\soffice.exe`), `E:\Apps\soffice.exe`},
	} {
		got, err := findSoffice(c.env)
		if err != nil || got != c.want {
			t.Errorf("%s: %q %v, want %q", c.name, got, err, c.want)
		}
	}
	if _, err := findSoffice(fakeMachine("windows", winEnv, nil)); !errors.Is(err, errNoSoffice) {
		t.Errorf("Windows without LibreOffice: %v", err)
	}
	if _, err := findSoffice(fakeMachine("linux", map[string]string{"QD_SOFFICE": "/nowhere/soffice"}, map[string]string{"soffice": "/usr/bin/soffice"})); err == nil {
		t.Error("a QD_SOFFICE that names no program must be an error, not silently replaced")
	}
}

// TestFileURL: the LibreOffice profile URL of a Windows path with a Vietnamese user name.
func TestFileURL(t *testing.T) {
	for _, c := range []struct{ goos, path, want string }{
		{"windows", `C:\Users\Nguyễn\AppData\Local\Temp\qd-pdf-1\profile`, "file:///C:/Users/Nguy%E1%BB%85n/AppData/Local/Temp/qd-pdf-1/profile"},
		{"linux", "/tmp/thư mục/qd-pdf-1/profile", "file:///tmp/th%C6%B0%20m%E1%BB%A5c/qd-pdf-1/profile"},
	} {
		if got := fileURL(c.goos, c.path); got != c.want {
			t.Errorf("fileURL(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

func requireSoffice(t *testing.T) {
	t.Helper()
	tooltest.Require(t, "soffice", "pdfinfo", "pdffonts")
}

// checkPDF checks that every font of the PDF is embedded and its version is 1.4 or later
// (Nghị định 30, Phụ lục I: electronic documents in PDF 1.4 or later with fonts embedded),
// and returns pdfinfo's metadata.
func checkPDF(t *testing.T, path string) string {
	t.Helper()
	fonts, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(fonts)), "\n")
	if len(lines) < 3 {
		t.Fatalf("no fonts in the PDF:\n%s", fonts)
	}
	for _, l := range lines[2:] {
		// name type encoding emb sub uni object ID: emb is the 4th field from the end but 3.
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	var version float64
	for _, l := range strings.Split(string(info), "\n") {
		if v, ok := strings.CutPrefix(l, "PDF version:"); ok {
			version, _ = strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	if version < 1.4 {
		t.Errorf("PDF version %v, want 1.4 or later", version)
	}
	meta, _ := exec.Command("pdfinfo", "-meta", path).Output()
	return string(meta)
}

// TestDraftPDFA: --format pdf embeds every font; --pdfa writes PDF/A-2b (the XMP metadata
// says part 2, conformance B); both into a folder and file named in Vietnamese.
func TestDraftPDFA(t *testing.T) {
	requireSoffice(t)
	dir := filepath.Join(t.TempDir(), "Văn bản đi")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	in := copyExample(t, "kien-giang.yaml", dir)
	plain := filepath.Join(dir, "quyết định.pdf")
	if code, _, errs := run(t, "", "draft", in, "--format", "pdf", "-o", plain); code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	if meta := checkPDF(t, plain); strings.Contains(meta, "pdfaid:part") {
		t.Error("plain --format pdf claims PDF/A")
	}
	archive := filepath.Join(dir, "quyết định lưu trữ.pdf")
	if code, _, errs := run(t, "", "draft", in, "--pdfa", "-o", archive); code != ExitOK {
		t.Fatalf("--pdfa: exit %d %q", code, errs)
	}
	meta := checkPDF(t, archive)
	if !strings.Contains(meta, "<pdfaid:part>2</pdfaid:part>") || !strings.Contains(meta, "<pdfaid:conformance>B</pdfaid:conformance>") {
		t.Errorf("not PDF/A-2b:\n%s", meta)
	}
	if code, _, errs := run(t, "", "draft", in, "--pdfa", "--format", "docx", "-o", filepath.Join(dir, "x.docx")); code != ExitUsage || !strings.Contains(errs, "--pdfa") {
		t.Errorf("--pdfa --format docx: exit %d %q", code, errs)
	}
}
