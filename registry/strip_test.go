package registry

import (
	"testing"

	"github.com/vanthu-vn/qd/textnorm"
)

// TestStripTable: the folding table gives what decomposition gives, for every letter it
// holds and for mixed tokens (precomposed, decomposed, upper case, đ, other scripts).
func TestStripTable(t *testing.T) {
	for _, tok := range []string{"Ủy", "ỦY", "Uỷ", "Đắk", "ĐẮK", "Nghị", "nghi\u0323", "Hòa", "Hoà", "Thừa-Thiên", "Straße", "Ωmega", "ABC", "abc", "Ø", "Œuvre"} {
		if got, want := strip(tok), textnorm.Bare(tok); got != want {
			t.Errorf("strip(%q) = %q, by decomposition %q", tok, got, want)
		}
	}
	for _, rg := range [][2]rune{{0x80, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if got, want := strip(string(r)), textnorm.Bare(string(r)); got != want {
				t.Errorf("strip(%q U+%04X) = %q, by decomposition %q", string(r), r, got, want)
			}
		}
	}
}

// strip folds one token as the split does (appendStrip): lower case, no diacritics, đ as d.
func strip(tok string) string { return string(appendStrip(nil, tok)) }
