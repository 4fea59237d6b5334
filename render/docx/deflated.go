package docx

import (
	"archive/zip"
	"hash/crc32"

	"github.com/vanthu-vn/qd/internal/zipstamp"
)

// The parts that are the same bytes in document after document (the package relationships,
// the settings, the embedded styles parts) are deflated once, when deflated_gen.go is
// generated (go test ./render/docx -run TestDeflatedParts -update), not on every Write: that
// was a fifth of the time Write spent compressing. A part is taken from the table only when
// its length and CRC-32 are those of the bytes the table was made from; anything else, a
// reference document's styles or a table made before a template changed, is compressed as
// before. TestDeflatedParts checks that the table holds exactly what the compressor Write
// uses gives for the parts it names, and TestPrecompressedSameBytes that a document is the
// same bytes with the table and without.

// deflated is one part deflated in advance.
type deflated struct {
	size int    // of the part
	crc  uint32 // CRC-32 (IEEE) of the part
	data string // the part compressed by fastDeflate
}

// usePrecompressed is false only in the test that writes documents both ways.
var usePrecompressed = true

// lookupDeflated returns the deflated form of data when the table has it.
func lookupDeflated(data []byte) (deflated, bool) {
	if !usePrecompressed {
		return deflated{}, false
	}
	var crc uint32
	for _, d := range deflatedParts {
		if d.size != len(data) {
			continue
		}
		if crc == 0 {
			crc = crc32.ChecksumIEEE(data)
		}
		if d.crc == crc {
			return d, true
		}
	}
	return deflated{}, false
}

// writeDeflated writes p from the table of parts deflated in advance, with the same header
// and data descriptor zip.Writer.CreateHeader would write for it, and reports whether it did.
func writeDeflated(zw *zip.Writer, p part) (bool, error) {
	d, ok := lookupDeflated(p.data)
	if !ok {
		return false, nil
	}
	fh := &zip.FileHeader{
		Name:               p.name,
		Method:             zip.Deflate,
		Flags:              0x8, // sizes and CRC in a data descriptor after the data, as CreateHeader writes them
		CreatorVersion:     20,
		ReaderVersion:      20,
		Modified:           zipstamp.Time,
		ModifiedDate:       zipstamp.DOSDate,
		ModifiedTime:       0,
		Extra:              append([]byte(nil), zipTimeExtra[:]...),
		CRC32:              d.crc,
		CompressedSize64:   uint64(len(d.data)),
		UncompressedSize64: uint64(d.size),
	}
	w, err := zw.CreateRaw(fh)
	if err != nil {
		return true, err
	}
	_, err = w.Write([]byte(d.data))
	return true, err
}

// zipTimeExtra is the extended-timestamp extra field CreateHeader writes for zipstamp.Time:
// ID 0x5455, size 5, flags 1 (modification time), the Unix time little-endian.
var zipTimeExtra = [9]byte{0x55, 0x54, 5, 0, 1, zipstamp.Unix & 0xFF, zipstamp.Unix >> 8 & 0xFF, zipstamp.Unix >> 16 & 0xFF, zipstamp.Unix >> 24}
