package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
	"github.com/vanthu-vn/qd/render/docx"
)

// sofficeEnv is what findSoffice looks at; tests replace it with a fake machine.
type sofficeEnv struct {
	goos     string
	getenv   func(string) string
	lookPath func(string) (string, error)
	isFile   func(string) bool
}

var hostSoffice = sofficeEnv{
	goos:     runtime.GOOS,
	getenv:   os.Getenv,
	lookPath: exec.LookPath,
	isFile:   func(p string) bool { fi, err := os.Stat(p); return err == nil && !fi.IsDir() },
}

// errNoSoffice is returned when LibreOffice cannot be found.
var errNoSoffice = errors.New("LibreOffice (soffice) not found")

// noProgram is a QD_SOFFICE naming no program.
type noProgram struct{ path string }

func (e *noProgram) Error() string { return "QD_SOFFICE=" + e.path + ": no such program" }

// Message says the error in lang.
func (e *noProgram) Message(lang decision.Lang) string {
	return pick(lang, "QD_SOFFICE="+e.path+": không có chương trình này", e.Error())
}

// findSoffice returns the LibreOffice program: $QD_SOFFICE when set; soffice (or
// libreoffice) on the PATH; else where the installers put it, which is not on the PATH: on
// Windows %ProgramFiles%\LibreOffice\program\soffice.exe (also the 32-bit Program Files and a
// per-user install under %LOCALAPPDATA%\Programs), on macOS /Applications/LibreOffice.app.
func findSoffice(env sofficeEnv) (string, error) {
	if p := env.getenv("QD_SOFFICE"); p != "" {
		if env.isFile(p) {
			return p, nil
		}
		return "", &noProgram{p}
	}
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := env.lookPath(name); err == nil {
			return p, nil
		}
	}
	var candidates []string
	switch env.goos {
	case "windows":
		for _, v := range []string{"ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"} {
			if dir := env.getenv(v); dir != "" {
				candidates = append(candidates, winJoin(dir, `LibreOffice\program\soffice.exe`))
			}
		}
		if dir := env.getenv("LOCALAPPDATA"); dir != "" {
			candidates = append(candidates, winJoin(dir, `Programs\LibreOffice\program\soffice.exe`))
		}
	case "darwin":
		candidates = append(candidates, "/Applications/LibreOffice.app/Contents/MacOS/soffice")
		if home := env.getenv("HOME"); home != "" {
			candidates = append(candidates, home+"/Applications/LibreOffice.app/Contents/MacOS/soffice")
		}
	}
	for _, c := range candidates {
		if env.isFile(c) {
			return c, nil
		}
	}
	return "", errNoSoffice
}

// noSoffice says how to get LibreOffice on this system.
func noSoffice(lang decision.Lang, err error) error {
	if !errors.Is(err, errNoSoffice) {
		return usageErr(lang, "--format pdf: %s", "--format pdf: %s", osfile.ErrText(lang, err))
	}
	if hostSoffice.goos == "linux" {
		return usageErr(lang, "--format pdf cần LibreOffice; cài bằng: sudo apt-get install libreoffice-writer-nogui fonts-liberation2 (hoặc mở tệp .docx trong Word và lưu thành PDF)",
			"--format pdf needs LibreOffice; install it with: sudo apt-get install libreoffice-writer-nogui fonts-liberation2 (or open the .docx in Word and save it as PDF)")
	}
	return usageErr(lang, "--format pdf cần LibreOffice; cài từ https://www.libreoffice.org/download/ (hoặc mở tệp .docx trong Word và lưu thành PDF); đặt QD_SOFFICE nếu cài ở chỗ khác",
		"--format pdf needs LibreOffice; install it from https://www.libreoffice.org/download/ (or open the .docx in Word and save it as PDF); set QD_SOFFICE if it is installed elsewhere")
}

// winJoin joins a Windows directory and a relative path with backslashes, whatever the
// system qd runs on (so the lookup is tested on Linux).
func winJoin(dir, rel string) string {
	return strings.TrimRight(dir, `\/`) + `\` + rel
}

// fileURL is the file: URL of an absolute path, as LibreOffice's -env:UserInstallation wants
// it: forward slashes, a drive letter after a third slash on Windows, and letters outside
// ASCII (a Vietnamese user name) percent-encoded.
func fileURL(goos, path string) string {
	p := filepath.ToSlash(path)
	if goos == "windows" {
		p = strings.ReplaceAll(p, `\`, "/")
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/Users/... on Windows
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// pdfFilter is LibreOffice's PDF export with every font embedded (Nghị định 30 requires the
// fonts of an electronic document to be embedded), as PDF/A-2b when archive is set.
func pdfFilter(archive bool) string {
	opts := `"EmbedStandardFonts":{"type":"boolean","value":"true"}`
	if archive {
		opts = `"SelectPdfVersion":{"type":"long","value":"2"},` + opts
	}
	return `pdf:writer_pdf_Export:{` + opts + `}`
}

// toPDF converts the document with LibreOffice (soffice) in a private directory and profile.
// pdfError is LibreOffice failing to make the PDF. Its own words (and the exit status) are
// English: the Vietnamese message says what failed without them.
type pdfError struct{ en string }

func (e *pdfError) Error() string { return e.en }

// Message says the failure in lang.
func (e *pdfError) Message(lang decision.Lang) string {
	return pick(lang, "LibreOffice không chuyển được văn bản sang PDF (chạy lại với --lang en để xem thông báo của LibreOffice)", e.en)
}

func toPDF(soffice string, doc *docx.Document, archive bool, w io.Writer) error {
	dir, err := os.MkdirTemp("", "qd-pdf-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "qd.docx")
	f, err := os.Create(in)
	if err != nil {
		return err
	}
	if err := doc.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation="+fileURL(hostSoffice.goos, filepath.Join(dir, "profile")),
		"--convert-to", pdfFilter(archive), "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		return &pdfError{fmt.Sprintf("LibreOffice: %v: %s", err, bytes.TrimSpace(out))}
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "qd.pdf"))
	if err != nil {
		return &pdfError{fmt.Sprintf("LibreOffice wrote no PDF: %v", err)}
	}
	_, err = w.Write(pdf)
	return err
}
