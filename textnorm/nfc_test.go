package textnorm

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestIsNFCRanges: every rune IsNFC takes as NFC without asking norm is, by the tables of
// x/text, NFC alone and a starter that never combines with the rune before it; and NFC
// gives what norm gives, on precomposed, decomposed and mixed texts.
func TestIsNFCRanges(t *testing.T) {
	for r := rune(0x80); r <= 0x2FFFF; r++ {
		if !utf8.ValidRune(r) || !IsNFC(string(r)) {
			continue
		}
		if p := norm.NFC.PropertiesString(string(r)); !p.BoundaryBefore() || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("U+%04X is taken as NFC but is not a starter in NFC", r)
		}
	}
	for _, s := range []string{"", "Ủy ban nhân dân tỉnh Hòa Bình", "U\u031b\u0309y ban", "Ủy\u0301", "Thừa Thiên–Huế “x”", "\u2000", "A\u030a", "\xffSở", "Ｓở"} {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, norm %q", s, got, want)
		}
	}
	if IsNFC("U\u031b\u0309y") || !IsNFC("Ủy ban – “Hòa”") {
		t.Error("IsNFC: a decomposed mark must be asked of norm; precomposed Vietnamese is NFC")
	}
}
