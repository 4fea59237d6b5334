package decision

import (
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/textnorm"
)

// TestDegreeKeys: the degree abbreviations and titles signerDegree looks for are the
// textnorm keys of the words as a clerk writes them, and isDegreeToken accepts those
// abbreviations and no other word of the examples and test data.
func TestDegreeKeys(t *testing.T) {
	tokens := strings.Fields("GS PGS TS TSKH ThS KS BS CN NCS DS LS BSCKI BSCKII NSND NSƯT NGND NGƯT TTND TTƯT")
	words := []string{"Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Tiến sỹ", "Thạc sĩ", "Thạc sỹ", "Kỹ sư", "Bác sĩ", "Bác sỹ",
		"Cử nhân", "Luật sư", "Dược sĩ", "Nghệ sĩ nhân dân", "Nghệ sĩ ưu tú", "Nhà giáo nhân dân", "Nhà giáo ưu tú",
		"Thầy thuốc nhân dân", "Thầy thuốc ưu tú"}
	isToken := map[string]bool{}
	for _, tok := range tokens {
		k := textnorm.Key(tok)
		isToken[k] = true
		if !isDegreeToken(k) {
			t.Errorf("isDegreeToken(%q) (%s) = false", k, tok)
		}
	}
	if len(degreeWords) != len(words) {
		t.Fatalf("%d degreeWords, %d words", len(degreeWords), len(words))
	}
	for i, w := range words {
		if k := textnorm.Key(w); degreeWords[i] != k {
			t.Errorf("degreeWords[%d] = %q, textnorm.Key(%q) = %q", i, degreeWords[i], w, k)
		}
	}
	n := 0
	for _, s := range shapeTexts(t) {
		for _, w := range strings.FieldsFunc(textnorm.Key(s), func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
			if isDegreeToken(w) != isToken[w] {
				t.Errorf("isDegreeToken(%q) = %v", w, isDegreeToken(w))
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d words", n)
	}
}
