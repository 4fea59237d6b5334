package registry

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestStripTable: the folding table gives what decomposition gives, for every letter it
// holds and for mixed tokens (precomposed, decomposed, upper case, đ, other scripts).
func TestStripTable(t *testing.T) {
	for _, tok := range []string{"Ủy", "ỦY", "Uỷ", "Đắk", "ĐẮK", "Nghị", "nghi\u0323", "Hòa", "Hoà", "Thừa-Thiên", "Straße", "Ωmega", "ABC", "abc", "Ø", "Œuvre"} {
		if got, want := strip(tok), stripSlow(tok); got != want {
			t.Errorf("strip(%q) = %q, by decomposition %q", tok, got, want)
		}
	}
	for _, rg := range [][2]rune{{0x80, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if got, want := strip(string(r)), stripSlow(string(r)); got != want {
				t.Errorf("strip(%q U+%04X) = %q, by decomposition %q", string(r), r, got, want)
			}
		}
	}
}

// TestIsNFCRanges: every rune isNFC takes as NFC without asking norm is, by the tables of
// x/text, NFC alone and a starter that never combines with the rune before it; and nfc
// gives what norm gives, on precomposed, decomposed and mixed texts.
func TestIsNFCRanges(t *testing.T) {
	for r := rune(0x80); r <= 0x2FFFF; r++ {
		if !utf8.ValidRune(r) || !isNFC(string(r)) {
			continue
		}
		if p := norm.NFC.PropertiesString(string(r)); !p.BoundaryBefore() || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("U+%04X is taken as NFC but is not a starter in NFC", r)
		}
	}
	for _, s := range []string{"Ủy ban nhân dân tỉnh Hòa Bình", "U\u031b\u0309y ban", "Ủy\u0301", "Thừa Thiên–Huế “x”", "\u2000", "A\u030a", "\xffSở"} {
		if got, want := nfc(s), norm.NFC.String(s); got != want {
			t.Errorf("nfc(%q) = %q, norm %q", s, got, want)
		}
	}
}
