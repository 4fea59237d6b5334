package decision

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeText returns the YAML text of data as UTF-8, as YAML 1.2 (§5.2) reads a stream: a
// UTF-8 byte-order mark is dropped; UTF-16 and UTF-32, little or big endian, are recognised
// by their byte-order mark (what Windows Notepad's "Unicode" writes) or, without one, by the
// zero bytes around a first character in ASCII, and decoded. Lines and columns count characters,
// so they are the same in the decoded text as in the file. enc names the encoding found
// ("" for UTF-8); bad is the character offset in the decoded text where the encoding is
// broken (an odd byte, a lone surrogate, a code point out of range), or -1.
func decodeText(data []byte) (out []byte, enc string, bad int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], "", -1
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		out, bad = fromUTF32(data[4:], binary.LittleEndian)
		return out, "UTF-32LE", bad
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		out, bad = fromUTF32(data[4:], binary.BigEndian)
		return out, "UTF-32BE", bad
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		out, bad = fromUTF16(data[2:], binary.LittleEndian)
		return out, "UTF-16LE", bad
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, bad = fromUTF16(data[2:], binary.BigEndian)
		return out, "UTF-16BE", bad
	case len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] != 0 && data[3] < 0x80:
		out, bad = fromUTF32(data, binary.BigEndian)
		return out, "UTF-32BE", bad
	case len(data) >= 4 && data[0] != 0 && data[0] < 0x80 && data[1] == 0 && data[2] == 0 && data[3] == 0:
		out, bad = fromUTF32(data, binary.LittleEndian)
		return out, "UTF-32LE", bad
	case len(data) >= 2 && data[0] == 0 && data[1] != 0 && data[1] < 0x80:
		out, bad = fromUTF16(data, binary.BigEndian)
		return out, "UTF-16BE", bad
	case len(data) >= 2 && data[0] != 0 && data[0] < 0x80 && data[1] == 0:
		out, bad = fromUTF16(data, binary.LittleEndian)
		return out, "UTF-16LE", bad
	}
	return data, "", -1
}

// fromUTF16 decodes UTF-16 to UTF-8, stopping at the first broken unit.
func fromUTF16(b []byte, order binary.ByteOrder) ([]byte, int) {
	out := make([]byte, 0, len(b))
	n := 0 // characters written
	for i := 0; i < len(b); i += 2 {
		if i+1 >= len(b) {
			return out, n
		}
		u := rune(order.Uint16(b[i:]))
		r := u
		switch {
		case utf16.IsSurrogate(u) && u < 0xDC00 && i+3 < len(b):
			r = utf16.DecodeRune(u, rune(order.Uint16(b[i+2:])))
			if r == utf8.RuneError {
				return out, n
			}
			i += 2
		case utf16.IsSurrogate(u):
			return out, n
		}
		out = utf8.AppendRune(out, r)
		n++
	}
	return out, -1
}

// fromUTF32 decodes UTF-32 to UTF-8, stopping at the first broken unit.
func fromUTF32(b []byte, order binary.ByteOrder) ([]byte, int) {
	out := make([]byte, 0, len(b)/2)
	n := 0
	for i := 0; i < len(b); i += 4 {
		if i+3 >= len(b) {
			return out, n
		}
		r := rune(order.Uint32(b[i:]))
		if r > utf8.MaxRune || utf16.IsSurrogate(r) || r < 0 {
			return out, n
		}
		out = utf8.AppendRune(out, r)
		n++
	}
	return out, -1
}
