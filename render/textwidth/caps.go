package textwidth

import (
	"strings"

	"github.com/vanthu-vn/qd/textnorm"
)

// BalanceCaps breaks a line written in capitals (a thẩm quyền line, an issuer's name) as
// Balance breaks a trích yếu: "TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ / TỈNH KIÊN
// GIANG", the way the seeds break such lines by hand (seed 004: "TRƯỞNG BAN CHỈ ĐẠO CHÍNH
// QUYỀN ĐIỆN TỬ / TỈNH KIÊN GIANG"), not "... ĐIỆN TỬ TỈNH / KIÊN GIANG" where a word
// processor runs out of room. In capitals every word looks like part of a name; the breaks
// are found in the line as a sentence writes it: lower case, the name after a unit word
// ("tỉnh Kiên Giang", "thành phố Hồ Chí Minh") capitalised, so that it stays whole. A phrase
// boundary (before "TỈNH", "CỦA", "VỀ" ...) is taken whenever one gives lines that fit, however
// uneven: the unit and its name close the line on their own.
func BalanceCaps(s string, bold bool, size float64, width int) []string {
	words := strings.Fields(s)
	return balance(s, words, sentenceShape(words), bold, size, width, width)
}

// sentenceShape writes upper-case words as a sentence would: lower case, but the words
// naming a place after a unit word capitalised up to the next phrase boundary.
func sentenceShape(words []string) []string {
	shape := make([]string, len(words))
	name := false
	for i, w := range words {
		lw := strings.ToLower(w)
		shape[i] = lw
		if name && PhraseBoundary(shape[:i+1], i) {
			name = false
		}
		if name {
			shape[i] = textnorm.UpperFirst(lw)
		}
		if unitWords[lw] {
			name = true
		}
	}
	return shape
}
