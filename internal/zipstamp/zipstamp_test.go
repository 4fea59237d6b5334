package zipstamp

import (
	"archive/zip"
	"bytes"
	"testing"
)

// TestConstantsAreTime: Unix and DOSDate say Time, as archive/zip writes it.
func TestConstantsAreTime(t *testing.T) {
	if Time.Unix() != Unix {
		t.Errorf("Unix = %d, Time is %d", Unix, Time.Unix())
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	if _, err := zw.CreateHeader(&zip.FileHeader{Name: "a", Modified: Time}); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if f := zr.File[0]; f.ModifiedDate != DOSDate || f.ModifiedTime != 0 {
		t.Errorf("archive/zip writes MS-DOS date %#x time %#x, DOSDate is %#x", f.ModifiedDate, f.ModifiedTime, DOSDate)
	}
}
