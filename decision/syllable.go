package decision

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file knows the shape of a Vietnamese syllable, to tell Vietnamese text from Vietnamese
// typed in a legacy TCVN3 (ABC) font and read as Latin-1, whose letters may all be Latin-1
// letters Vietnamese uses ("Sở Néi vô" for "Sở Nội vụ").

// onsets are the initial consonants of Vietnamese syllables, longest first.
var onsets = []string{"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// rhymes are the Vietnamese rhymes (vần) without tone: the vowel nucleus with its glides and
// final consonant.
var rhymes = map[string]bool{}

// rhymesOnce fills rhymes on first use, not when qd starts.
var rhymesOnce sync.Once

func loadRhymes() {
	for _, r := range strings.Fields(`a ac ach ai am an ang anh ao ap at au ay
		ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
		e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
		i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
		o oc oi om on ong oong ooc op ot oa oac oach oai oam oan oang oanh oao oap oat oay
		oăc oăm oăn oăng oăt oe oen oeo oet
		ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
		u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh
		uyt uyu uơ uôc uôi uôm uôn uông uôp uôt
		ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
		y yêm yên yêng yêt yêu`) {
		rhymes[r] = true
	}
	for _, forms := range toneForms {
		rs := []rune(forms)
		for i, r := range rs {
			vowelTones[r] = [2]rune{rs[0], tones[i]}
		}
	}
}

// isTone reports whether r is a combining Vietnamese tone mark.
func isToneMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// validSyllable reports whether w (one word, letters only) can be a Vietnamese syllable: an
// onset, a rhyme from the list and at most one tone, a stopped rhyme (-p, -t, -c, -ch) taking
// only the sắc or nặng tone.
func validSyllable(w string) bool {
	w = strings.ToLower(w)
	if v, ok := syllableMemo.Load(w); ok {
		return v.(bool)
	}
	ok := checkSyllable(w)
	// Vietnamese has some thousands of syllables: the memo stays small; a flood of distinct
	// non-words (a hostile file) stops filling it at maxMemoSyllables.
	if syllableMemoSize.Add(1) <= maxMemoSyllables {
		syllableMemo.Store(w, ok)
	}
	return ok
}

// syllableMemo remembers validSyllable's answer per lower-cased word: the TCVN3 check asks it
// for every word with a Latin-1 letter, that is most Vietnamese words, in every text field.
var (
	syllableMemo     sync.Map
	syllableMemoSize atomic.Int64
)

const maxMemoSyllables = 50_000

// toneForms are the Vietnamese vowels, each without a tone and then with huyền, sắc, hỏi, ngã
// and nặng, precomposed (NFC); TestToneForms checks them against Unicode's decompositions.
var toneForms = []string{"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"}

// tones are the combining tone marks in the order of toneForms.
var tones = [6]rune{0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}

// vowelTones maps each precomposed vowel of toneForms to its vowel without the tone and its
// tone mark (0 for none); filled with rhymes.
var vowelTones = map[rune][2]rune{}

// splitTone returns w without its tone mark, in NFC, and the mark (0 for none), as
// decomposing w, dropping the mark and composing again gives; ok is false for two marks.
// A word of the letters a-z, đ and the vowels of toneForms is read from the table; any other
// goes through Unicode normalisation (two normalisations a word were most of the TCVN3 check).
func splitTone(w string) (base string, tone rune, ok bool) {
	simple := true
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r == 'đ' {
			continue
		}
		vt, known := vowelTones[r]
		if !known {
			simple = false
			break
		}
		if vt[1] != 0 {
			if tone != 0 {
				return "", 0, false
			}
			tone = vt[1]
		}
	}
	if simple {
		if tone == 0 {
			return w, 0, true
		}
		var b strings.Builder
		b.Grow(len(w))
		for _, r := range w {
			if vt, known := vowelTones[r]; known {
				r = vt[0]
			}
			b.WriteRune(r)
		}
		return b.String(), tone, true
	}
	tone = 0
	var rs []rune
	for _, r := range norm.NFD.String(w) {
		if isToneMark(r) {
			if tone != 0 {
				return "", 0, false
			}
			tone = r
			continue
		}
		rs = append(rs, r)
	}
	return norm.NFC.String(string(rs)), tone, true
}

// checkSyllable is validSyllable without the memo; w is lower case.
func checkSyllable(w string) bool {
	rhymesOnce.Do(loadRhymes)
	s, tone, ok := splitTone(w)
	if !ok {
		return false
	}
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

// tcvn3 maps the Latin-1 characters a TCVN3 (ABC) font shows as Vietnamese letters to those
// letters (lower-case table of TCVN 5712:1993, the code the ABC fonts use).
var tcvn3 = map[rune]rune{
	0xA8: 'ă', 0xA9: 'â', 0xAA: 'ê', 0xAB: 'ô', 0xAC: 'ơ', 0xAD: 'ư', 0xAE: 'đ',
	0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ',
	0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ', 0xC6: 'ặ',
	0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ',
	0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ', 0xD0: 'é', 0xD1: 'ẹ',
	0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ',
	0xD7: 'ì', 0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị',
	0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó', 0xE4: 'ọ',
	0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ',
	0xEA: 'ờ', 0xEB: 'ở', 0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ',
	0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự',
	0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ', 0xFD: 'ý', 0xFE: 'ỵ',
}

// tcvn3Word finds a word of s written only with Latin-1 letters Vietnamese uses that is no
// Vietnamese syllable but becomes one read as TCVN3 ("Néi" → "Nội"): the mark of TCVN3 text
// that the check for foreign Latin-1 symbols cannot see. It returns the word and its reading.
func tcvn3Word(s string) (string, string) {
	// The words are the runs of letters, read in place rather than split into a slice first.
	start, latin := -1, false
	for i := 0; i <= len(s); {
		r, width := utf8.RuneError, 1
		if i < len(s) {
			r, width = utf8.DecodeRuneInString(s[i:])
		}
		if i < len(s) && unicode.IsLetter(r) {
			if start < 0 {
				start, latin = i, false
			}
			if r >= 0xC0 && r <= 0xFF {
				latin = true
			}
		} else if start >= 0 {
			w := s[start:i]
			start = -1
			if latin && !validSyllable(w) {
				dec := []rune(strings.ToLower(w))
				for i, r := range dec {
					if u, ok := tcvn3[r]; ok {
						dec[i] = u
					}
				}
				if validSyllable(string(dec)) {
					return w, string(dec)
				}
			}
		}
		i += width
	}
	return "", ""
}
