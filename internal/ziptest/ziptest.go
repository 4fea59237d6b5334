// Package ziptest reads the zip packages qd writes (.docx, .xlsx) in tests.
package ziptest

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// Parts returns the parts of the zip package data by name, failing t when data is not a zip
// or a part cannot be read whole.
func Parts(t testing.TB, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	out := make(map[string]string, len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = string(b)
	}
	return out
}
