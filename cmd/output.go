package cmd

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/vanthu-vn/qd/decision"
)

// checkOverwrite refuses to replace a file that qd did not write, unless forced.
func checkOverwrite(path string, force bool, lang decision.Lang) error {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || force {
		return nil
	}
	if err != nil {
		return internalErr(lang, err)
	}
	if fi.IsDir() {
		return usageErr(lang, "%s là thư mục", "%s is a directory", path)
	}
	if !writtenByQD(path) {
		return usageErr(lang, "%s đã có và không do qd tạo; dùng --force để ghi đè", "%s exists and was not written by qd; use --force to overwrite it", path)
	}
	return nil
}

// writtenByQD reports whether path is a .docx whose properties name qd as its application.
func writtenByQD(path string) bool {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return false
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "docProps/app.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		b, _ := io.ReadAll(io.LimitReader(rc, 1<<16))
		return bytes.Contains(b, []byte("<Application>qd</Application>"))
	}
	return false
}

// WriteAtomic writes a file through a temporary file in the same directory and renames it
// into place, so a failure leaves no partial file and the old file untouched.
func WriteAtomic(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
