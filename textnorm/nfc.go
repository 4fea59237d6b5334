package textnorm

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normal form C, as norm.NFC.String does, without looking up a
// text written only in the letters Vietnamese uses (see IsNFC).
func NFC(s string) string {
	if IsNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsNFC reports, without the normalisation tables, that s is in NFC: every rune below
// U+0300 (ASCII, Latin-1, Latin Extended-A and -B, spacing modifiers), in Latin Extended
// Additional (ạ ả ... ỹ) or in General Punctuation from U+2002 (dashes, quotation marks) is
// a starter that is NFC alone and never combines with the rune before it (TestIsNFCRanges
// checks each against x/text's tables), so a string of them is NFC. False means "not known",
// not "not NFC": ask norm.
func IsNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r < 0x300 || 0x1E00 <= r && r <= 0x1EFF || 0x2002 <= r && r <= 0x206F) {
			return false // also utf8.RuneError
		}
		i += n
	}
	return true
}
