// Package textwidth measures how wide a line of Vietnamese text is in Times New Roman.
package textwidth

import (
	"strings"
	"unicode"

	"github.com/vanthu-vn/qd/textnorm"
)

//go:generate go run ./internal/gen /usr/share/fonts/truetype/liberation2

// fallback is the width used for a character the table lacks: the width of "n".
const fallback = 1024

// Twips returns the advance width of s set in Times New Roman (Liberation Serif has the
// same metrics) at size points, bold or regular, in twips (1/20 pt). Text must be NFC.
func Twips(s string, bold bool, size float64) int {
	return int(float64(units(s, bold))*size*20/2048 + 0.5)
}

// absent marks a character a widths table lacks.
const absent = 0xFFFF

// of returns the advance width of r, or fallback when the font lacks it.
func (t *widths) of(r rune) int {
	if i := slot(r); i >= 0 && t[i] != absent {
		return int(t[i])
	}
	return fallback
}

// units is the advance width of s in font units (1/2048 em).
func units(s string, isBold bool) int {
	table := &regular
	if isBold {
		table = &bold
	}
	n := 0
	for _, r := range s {
		n += table.of(r)
	}
	return n
}

// TwipsItalic returns the advance width of s set in Times New Roman italic at size points,
// in twips, as Twips does for upright text.
func TwipsItalic(s string, size float64) int {
	units := 0
	for _, r := range s {
		units += italic.of(r)
	}
	return int(float64(units)*size*20/2048 + 0.5)
}

// Wrap breaks s into lines no wider than width twips at word boundaries, as a word
// processor does with a centred paragraph; a word wider than width stands on its own line.
func Wrap(s string, bold bool, size float64, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && Twips(try, bold, size) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// Widest returns the width in twips of the widest line of s wrapped at width.
func Widest(s string, bold bool, size float64, width int) int {
	max := 0
	for _, l := range Wrap(s, bold, size, width) {
		if w := Twips(l, bold, size); w > max {
			max = w
		}
	}
	return max
}

// Balance breaks a centred title (a trích yếu) into as few lines as fit width, the lines as
// even as can be, as a clerk breaks one by hand: "Ban hành Quy chế hoạt động của / Ban Chỉ đạo
// Chính quyền điện tử tỉnh Kiên Giang" (seed 004). A break falls between words, never inside
// one: Vietnamese words are often two or more syllables ("chính quyền", "điện tử", "sáng
// tạo"), found in a word list (words_gen.go), and a run of capitalised syllables is one name
// ("Ban Chỉ đạo", "Hồ Chí Minh"), as is a unit word with its name ("tỉnh Kiên Giang"). Among
// those breaks a phrase boundary is preferred: after a comma, before "về", "của", "và", "tỉnh",
// "thành phố" and the like.
func Balance(s string, bold bool, size float64, width int) []string {
	words := strings.Fields(s)
	return balance(s, words, words, bold, size, width, width/12)
}

// balance breaks words as Balance does, measuring words and finding the breaks in shape, the
// same words as a sentence would write them (see BalanceCaps); a break inside a phrase costs
// penalty twips of evenness.
func balance(s string, words, shape []string, bold bool, size float64, width, penalty int) []string {
	if len(words) < 2 || Twips(strings.Join(words, " "), bold, size) <= width {
		return Wrap(s, bold, size, width)
	}
	ok := Breaks(shape)
	// prefix[i] is the width of words[:i] with a space after each, in font units.
	prefix := make([]int, len(words)+1)
	space := units(" ", bold)
	for i, wd := range words {
		prefix[i+1] = prefix[i] + units(wd, bold) + space
	}
	w := func(i, j int) int { return int(float64(prefix[j]-prefix[i]-space)*size*20/2048 + 0.5) }
	var best []int
	bestCost := -1
	lines := 2
	var try func(from int, cuts []int)
	try = func(from int, cuts []int) {
		if len(cuts) == lines-1 {
			if w(from, len(words)) > width {
				return
			}
			cost, prev := 0, 0
			for _, c := range append(cuts, len(words)) {
				cost = max(cost, w(prev, c))
				prev = c
			}
			for _, c := range cuts {
				switch {
				case PhraseBoundary(shape, c):
				case inName(shape, c, ok):
					cost += 3 * penalty
				default:
					cost += penalty
				}
			}
			if bestCost < 0 || cost < bestCost {
				bestCost, best = cost, append([]int(nil), cuts...)
			}
			return
		}
		for i := from + 1; i < len(words); i++ {
			if w(from, i) > width {
				break
			}
			if ok[i] {
				try(i, append(cuts, i))
			}
		}
	}
	// The fewest lines that fit, up to four (a trích yếu longer than that is broken greedily).
	for ; lines <= 4 && best == nil; lines++ {
		try(0, nil)
	}
	if best == nil {
		return Wrap(s, bold, size, width) // a word longer than the line: break as a word processor would
	}
	var out []string
	prev := 0
	for _, c := range append(best, len(words)) {
		out = append(out, strings.Join(words[prev:c], " "))
		prev = c
	}
	return out
}

// unitWords name an administrative unit; the name that follows stays with them.
var unitWords = map[string]bool{"tỉnh": true, "phố": true, "huyện": true, "quận": true, "xã": true, "phường": true, "khu": true, "trấn": true}

// phraseStarts are the words a phrase of a trích yếu starts with (issue #11): a break before
// them, or after a comma or semicolon, is a phrase boundary.
var phraseStarts = map[string]bool{"về": true, "của": true, "và": true, "tỉnh": true, "thành": true, "huyện": true, "xã": true,
	"phường": true, "trên": true, "giai": true, "đến": true, "theo": true, "tại": true, "cho": true, "đối": true, "năm": true}

// PhraseBoundary reports whether a break before words[i] falls at a phrase boundary.
func PhraseBoundary(words []string, i int) bool {
	if i <= 0 || i >= len(words) {
		return true
	}
	if strings.HasSuffix(words[i-1], ",") || strings.HasSuffix(words[i-1], ";") || strings.HasSuffix(words[i-1], ":") {
		return true
	}
	w := strings.ToLower(strings.Trim(words[i], "(\"“"))
	if w == "thành" { // "thành phố ...", or "đổi tên A thành B"
		return i+1 < len(words) && strings.ToLower(words[i+1]) == "phố" || i >= 2
	}
	return phraseStarts[w]
}

// Breaks reports, for each i, whether a line may break before words[i]: not inside a word of
// the word list (longest match first), a capitalised name or a unit and its name.
func Breaks(words []string) []bool {
	ok := make([]bool, len(words))
	for i := 1; i < len(words); i++ {
		ok[i] = true
	}
	for i := 1; i < len(words); i++ {
		prev, cur := words[i-1], words[i]
		if unitWords[strings.ToLower(prev)] && upperInitial(cur) {
			ok[i] = false
		}
		if i >= 2 && upperInitial(prev) && upperInitial(cur) && !endsPhrase(prev) {
			ok[i] = false // inside a name; the title's first word is capitalised as a sentence
		}
	}
	sk := newSyllableKeys(len(words))
	for i := 0; i < len(words); {
		n := 1
		for k := min(4, len(words)-i); k >= 2; k-- {
			if sk.isWord(words, i, k) {
				n = k
				break
			}
		}
		for j := i + 1; j < i+n; j++ {
			ok[j] = false
		}
		i += n
	}
	return ok
}

// inName reports whether a break before words[i] falls inside a name that runs on in capitals
// after a word: "Ban Chỉ đạo / Chính quyền điện tử" (the word before starts with a capital, or
// belongs to a word that does, and the next starts with one).
func inName(words []string, i int, ok []bool) bool {
	if !upperInitial(words[i]) || endsPhrase(words[i-1]) {
		return false
	}
	j := i - 1
	for j > 0 && !ok[j] {
		j-- // the first syllable of the word before the break
	}
	return j > 0 && upperInitial(words[j])
}

func upperInitial(w string) bool {
	for _, r := range strings.TrimLeft(w, "(\"“") {
		return unicode.IsUpper(r)
	}
	return false
}

func endsPhrase(w string) bool { return strings.ContainsAny(w[len(w)-1:], ",;:)") }

// isWord reports whether the syllables form one word of the word list. Punctuation inside the
// run (a comma after a syllable) ends a word.
func isWord(syl []string) bool {
	for _, s := range syl[:len(syl)-1] {
		if strings.ContainsAny(s, ",;:.()\"“”") {
			return false
		}
	}
	return inList(textnorm.Key(strings.Trim(strings.Join(syl, " "), ",;:.()\"“”")))
}

// syllableKeys holds the textnorm.Key of each plain syllable of a text (see plainSyllable),
// made on first need, and what the word list says of the pair of syllables starting at each
// place: Breaks asks about the runs of 4, 3 and 2 syllables at each place, and keying every
// run anew, then looking each up, was most of the time it took.
type syllableKeys struct {
	keys  []string
	pairs []pairInfo
}

// pairInfo is what the word list says of two syllables: whether they are a word, and whether
// a longer word starts with them. Zero means not looked up yet.
type pairInfo uint8

const (
	pairLooked pairInfo = 1 << iota
	pairWord
	pairLonger
)

func newSyllableKeys(n int) *syllableKeys {
	return &syllableKeys{keys: make([]string, n), pairs: make([]pairInfo, n)}
}

// isWord is isWord(words[i:i+k]), joining the syllables' own keys when they are all plain:
// the key of plain syllables joined by spaces is their keys joined by spaces (Key keeps
// letters and marks, folds each run of them on its own, and makes one space of a space), and
// neither the punctuation test nor the trimming of isWord can apply to them. A run of three
// or four is looked up only when a word of the list starts with its first two syllables,
// which one search for the pair tells (the list is sorted).
func (sk *syllableKeys) isWord(words []string, i, k int) bool {
	for j := i; j < i+k; j++ {
		if sk.keys[j] == "" {
			if !plainSyllable(words[j]) {
				return isWord(words[i : i+k])
			}
			sk.keys[j] = textnorm.Key(words[j])
		}
	}
	if sk.pairs[i] == 0 {
		sk.pairs[i] = lookPair(sk.keys[i] + " " + sk.keys[i+1])
	}
	switch {
	case k == 2:
		return sk.pairs[i]&pairWord != 0
	case sk.pairs[i]&pairLonger == 0:
		return false
	}
	n := k - 1
	for j := i; j < i+k; j++ {
		n += len(sk.keys[j])
	}
	b := make([]byte, 0, n)
	for j := i; j < i+k; j++ {
		if j > i {
			b = append(b, ' ')
		}
		b = append(b, sk.keys[j]...)
	}
	return inList(string(b))
}

// lookPair says whether the key k of two syllables is a line of wordList and whether a line
// starts with k and a space. In the sorted list the lines starting so come straight after k
// (no line holds a character below the space), so the first line not less than k tells both.
func lookPair(k string) pairInfo {
	info := pairLooked
	line, next := lineAt(lowerBound(k))
	if line == k {
		info |= pairWord
		line, _ = lineAt(next)
	}
	if len(line) > len(k) && line[len(k)] == ' ' && line[:len(k)] == k {
		info |= pairLonger
	}
	return info
}

// lowerBound returns the offset of the first line of wordList not less than k, or
// len(wordList), bisecting as inList does.
func lowerBound(k string) int {
	lo, hi := 0, len(wordList) // the lines starting before lo are less than k; those from hi on are not
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(wordList[lo:mid], '\n') + 1
		line, next := lineAt(start)
		if line < k {
			lo = next
		} else {
			hi = start
		}
	}
	return min(lo, len(wordList))
}

// lineAt returns the line of wordList starting at offset start ("" at the end) and the offset
// of the next line.
func lineAt(start int) (line string, next int) {
	if start >= len(wordList) {
		return "", len(wordList)
	}
	line = wordList[start:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		return line[:j], start + j + 1
	}
	return line, len(wordList)
}

// plainSyllable reports whether w is made only of Latin letters (ASCII, Latin-1, Latin
// Extended-A and B, Latin Extended Additional: every Vietnamese letter, precomposed or not)
// and combining diacritical marks, which Key turns into letters and marks alone.
func plainSyllable(w string) bool {
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7:
		case r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		default:
			return false
		}
	}
	return w != ""
}

// inList reports whether k is a line of wordList. It bisects the sorted text itself by byte
// offset (the line around the middle byte is compared, and the search goes on before its
// start or after its end), so a start builds no index of the 56,589 lines: building one took
// about 2 ms of every qd draft.
func inList(k string) bool {
	lo, hi := 0, len(wordList) // lo is the start of a line; hi the start of a line or the end
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(wordList[lo:mid], '\n') + 1
		line := wordList[start:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		switch {
		case line == k:
			return true
		case line < k:
			lo = start + len(line) + 1
		default:
			hi = start
		}
	}
	return false
}
