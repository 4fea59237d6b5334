// Package tooltest lets tests use outside programs (LibreOffice, poppler, pandoc): a missing
// one skips the test with the Debian package that installs it, or fails it when
// QD_REQUIRE_LIBREOFFICE is set, as .ci/run does, so that CI never skips them silently.
package tooltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// packages names the Debian package of each program the tests run.
var packages = map[string]string{
	"soffice":   "libreoffice-writer-nogui fonts-liberation2",
	"pdftotext": "poppler-utils",
	"pdfinfo":   "poppler-utils",
	"pdffonts":  "poppler-utils",
	"pdftoppm":  "poppler-utils",
	"pandoc":    "pandoc",
	"xmllint":   "libxml2-utils",
}

// Require skips t, or fails it under QD_REQUIRE_LIBREOFFICE, unless every program in tools
// is on the PATH.
func Require(t testing.TB, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			msg := tool + " is not installed: apt-get install " + packages[tool]
			if os.Getenv("QD_REQUIRE_LIBREOFFICE") != "" {
				t.Fatal(msg)
			}
			t.Skip("SKIPPED: " + msg)
		}
	}
}

// RequireCalc skips t, or fails it under QD_REQUIRE_LIBREOFFICE, unless LibreOffice can open
// spreadsheets: Debian splits Calc (libsclo.so beside soffice) from Writer.
func RequireCalc(t testing.TB) {
	t.Helper()
	Require(t, "soffice")
	bin, err := exec.LookPath("soffice")
	if err == nil {
		bin, err = filepath.EvalSymlinks(bin)
	}
	if err == nil {
		if _, err = os.Stat(filepath.Join(filepath.Dir(bin), "libsclo.so")); err == nil {
			return
		}
	}
	msg := "LibreOffice Calc is not installed: apt-get install libreoffice-calc-nogui"
	if os.Getenv("QD_REQUIRE_LIBREOFFICE") != "" {
		t.Fatal(msg)
	}
	t.Skip("SKIPPED: " + msg)
}

// Soffice converts files with LibreOffice into dir, to format ("pdf", "docx:MS Word 2007
// XML"), with a private profile under dir so that parallel runs do not share one.
func Soffice(t testing.TB, dir, format string, files ...string) {
	t.Helper()
	SofficeArgs(t, dir, append([]string{"--convert-to", format, "--outdir", dir}, files...)...)
}

// SofficeArgs runs LibreOffice headless with a private profile under dir and the arguments
// args, for what Soffice does not say: an input filter, another output directory.
func SofficeArgs(t testing.TB, dir string, args ...string) {
	t.Helper()
	args = append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile")}, args...)
	if out, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
}
