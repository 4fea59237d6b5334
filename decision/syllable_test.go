package decision

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// rhymesRef is the rhyme list as it was written before isRhyme: the reference the switch
// is held to.
const rhymesRef = `a ac ach ai am an ang anh ao ap at au ay
	ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
	e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
	i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
	o oc oi om on ong oong ooc op ot oa oac oach oai oam oan oang oanh oao oap oat oay
	oăc oăm oăn oăng oăt oe oen oeo oet
	ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
	u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh
	uyt uyu uơ uôc uôi uôm uôn uông uôp uôt
	ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
	y yêm yên yêng yêt yêu`

// onsets are the initial consonants of Vietnamese syllables, longest first, as the list was
// written before isOnset.
var onsets = []string{"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// checkSyllableRef is checkSyllable as it was with map tables (rhymes: the words of
// rhymesRef; the tone split by Unicode decomposition), the reference of TestSyllableAsBefore.
func checkSyllableRef(rhymes map[string]bool, w string) bool {
	var tone rune
	var rs []rune
	for _, r := range norm.NFD.String(w) {
		if isToneMark(r) {
			if tone != 0 {
				return false
			}
			tone = r
			continue
		}
		rs = append(rs, r)
	}
	s := norm.NFC.String(string(rs))
	for _, on := range onsets {
		rest, ok := strings.CutPrefix(s, on)
		if !ok || !rhymes[rest] {
			continue
		}
		if (on == "qu" || on == "gi") && rest == "" {
			continue
		}
		stopped := strings.HasSuffix(rest, "p") || strings.HasSuffix(rest, "t") || strings.HasSuffix(rest, "c") || strings.HasSuffix(rest, "ch")
		if stopped && tone != 0 && tone != '\u0301' && tone != '\u0323' {
			continue
		}
		return true
	}
	return false
}

// TestRhymesAsListed: isRhyme and isOnset accept the listed rhymes and onsets and nothing
// else among the prefixes and onset-stripped rests of the words of the examples and random
// strings of Vietnamese letters.
func TestRhymesAsListed(t *testing.T) {
	onset := map[string]bool{}
	for _, o := range onsets {
		onset[o] = true
	}
	listed := map[string]bool{}
	for _, r := range strings.Fields(rhymesRef) {
		listed[r] = true
		if !isRhyme(r) {
			t.Errorf("isRhyme(%q) = false", r)
		}
	}
	for _, w := range syllableTestWords(t) {
		for _, on := range onsets {
			if rest, ok := strings.CutPrefix(w, on); ok && isRhyme(rest) != listed[rest] {
				t.Errorf("isRhyme(%q) = %v", rest, isRhyme(rest))
			}
		}
		for n := 0; n <= len(w) && n <= 4; n++ {
			if isOnset(w[:n]) != onset[w[:n]] {
				t.Errorf("isOnset(%q) = %v", w[:n], isOnset(w[:n]))
			}
		}
	}
}

// TestSyllableAsBefore: validSyllable and the TCVN3 reading give what the map-based
// algorithm gave, for every word of the examples and test data and 40,000 random words of
// Vietnamese and other letters and marks, precomposed, decomposed and upper-cased.
func TestSyllableAsBefore(t *testing.T) {
	rhymes := map[string]bool{}
	for _, r := range strings.Fields(rhymesRef) {
		rhymes[r] = true
	}
	n, valid := 0, 0
	for _, w := range syllableTestWords(t) {
		for _, v := range []string{w, norm.NFD.String(w), strings.ToUpper(w)} {
			got, want := validSyllable(v), checkSyllableRef(rhymes, strings.ToLower(v))
			if got != want {
				t.Errorf("validSyllable(%q) = %v, before %v", v, got, want)
			}
			n++
			if got {
				valid++
			}
		}
	}
	if n < 100000 || valid < 5000 {
		t.Fatalf("only %d words, %d of them syllables", n, valid)
	}
}

// syllableTestWords returns the lower-cased words of the examples and test data, the TCVN3
// readings of a sample of Latin-1 text and random strings of letters and marks.
func syllableTestWords(t *testing.T) []string {
	var words []string
	files, _ := filepath.Glob("../examples/*.yaml")
	more, _ := filepath.Glob("../testdata/*/*.yaml")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	var latin1 []rune
	for r := range tcvn3 {
		latin1 = append(latin1, r)
	}
	letters := []rune("abcdđeghiklmnopqrstuvxyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵçñöüßǎ\u0300\u0301\u0303\u0309\u0323\u0302\u031b\u0306")
	rng := rand.New(rand.NewSource(2))
	// Syllables built from parts, so that many are valid, and random strings, so that most are not.
	vowels := []rune("aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
	finals := []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		b.WriteString(onsets[rng.Intn(len(onsets))])
		for j := rng.Intn(3); j >= 0; j-- {
			b.WriteRune(vowels[rng.Intn(len(vowels))])
		}
		b.WriteString(finals[rng.Intn(len(finals))])
		words = append(words, b.String())
		b.Reset()
		for j := rng.Intn(6); j >= 0; j-- {
			if rng.Intn(4) == 0 {
				b.WriteRune(latin1[rng.Intn(len(latin1))])
			} else {
				b.WriteRune(letters[rng.Intn(len(letters))])
			}
		}
		words = append(words, b.String())
	}
	return words
}
