package registry

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
)

// TestStripTable: the folding table gives what decomposition gives, for every letter it
// holds and for mixed tokens (precomposed, decomposed, upper case, đ, other scripts,
// compatibility forms, invisible format characters).
func TestStripTable(t *testing.T) {
	for _, tok := range []string{"Ủy", "ỦY", "Uỷ", "Đắk", "ĐẮK", "Nghị", "nghi\u0323", "Hòa", "Hoà", "Straße", "Ωmega", "ABC", "abc", "Ø", "Œuvre",
		"Ｓở", "ＴＴ", "Truyề\u200bn", "Thông\u00adtin", "ﬁ", "Ĳ", "ǅ", "x²"} {
		if got, want := strip(tok), bareRef(tok); got != want {
			t.Errorf("strip(%q) = %q, by decomposition %q", tok, got, want)
		}
	}
	for _, rg := range [][2]rune{{0x80, 0x24F}, {0x1E00, 0x1EFF}, {0xFF00, 0xFFEF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if got, want := strip(string(r)), bareRef(string(r)); got != want {
				t.Errorf("strip(%q U+%04X) = %q, by decomposition %q", string(r), r, got, want)
			}
		}
	}
}

// bareRef folds a token by decomposition of its compatibility form (textnorm.Key reads
// NFKC): its letters and digits, marks dropped, lower case, đ as d.
func bareRef(tok string) string {
	var b strings.Builder
	for _, c := range textnorm.Bare(norm.NFKC.String(tok)) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// strip folds one token as the split does (appendStrip): lower case, no diacritics, đ as d.
func strip(tok string) string { return string(appendStrip(nil, tok)) }
