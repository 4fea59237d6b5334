package decision

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file knows the shape of a Vietnamese syllable, to tell Vietnamese text from Vietnamese
// typed in a legacy TCVN3 (ABC) font and read as Latin-1, whose letters may all be Latin-1
// letters Vietnamese uses ("Sở Néi vô" for "Sở Nội vụ").

// isRhyme reports whether s is a Vietnamese rhyme (vần) without tone: the vowel nucleus with
// its glides and final consonant. A switch, not a map: the compiler sorts the cases and
// searches them, so no table is built when qd starts or on first use.
func isRhyme(s string) bool {
	switch s {
	case "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
		"ăc", "ăm", "ăn", "ăng", "ăp", "ăt", "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
		"e", "ec", "em", "en", "eng", "eo", "ep", "et", "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
		"i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
		"o", "oc", "oi", "om", "on", "ong", "oong", "ooc", "op", "ot", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
		"oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet",
		"ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
		"u", "uc", "ui", "um", "un", "ung", "up", "ut", "ua", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uy", "uya", "uych", "uyên", "uyêt", "uynh",
		"uyt", "uyu", "uơ", "uôc", "uôi", "uôm", "uôn", "uông", "uôp", "uôt",
		"ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
		"y", "yêm", "yên", "yêng", "yêt", "yêu":
		return true
	}
	return false
}

// vowelTone is a vowel of toneForms without its tone and its tone mark (0 for none).
type vowelTone struct{ base, tone rune }

// Tables of vowelToneOf, indexed by rune: the vowels of toneForms are below U+01B1 (Latin-1,
// Latin Extended-A, ơ, ư) or in U+1EA0-U+1EF9 (Latin Extended Additional); filled once on
// first use from toneForms (72 entries), a zero base for any other rune.
var (
	vowelTonesLow  [0x1B1]vowelTone
	vowelTonesHigh [0x1EFA - 0x1EA0]vowelTone
	vowelTonesOnce sync.Once
)

func loadVowelTones() {
	for _, forms := range toneForms {
		rs := []rune(forms)
		for i, r := range rs {
			vt := vowelTone{rs[0], tones[i]}
			switch {
			case r < rune(len(vowelTonesLow)):
				vowelTonesLow[r] = vt
			case r >= 0x1EA0 && r < 0x1EA0+rune(len(vowelTonesHigh)):
				vowelTonesHigh[r-0x1EA0] = vt
			default:
				panic("decision: toneForms holds a vowel outside vowelTones' ranges: " + string(r))
			}
		}
	}
}

// vowelToneOf returns the vowel of toneForms r is, without its tone, and its tone mark;
// known is false when r is none of them.
func vowelToneOf(r rune) (vt vowelTone, known bool) {
	vowelTonesOnce.Do(loadVowelTones)
	switch {
	case r >= 0 && r < rune(len(vowelTonesLow)):
		vt = vowelTonesLow[r]
	case r >= 0x1EA0 && r < 0x1EA0+rune(len(vowelTonesHigh)):
		vt = vowelTonesHigh[r-0x1EA0]
	}
	return vt, vt.base != 0
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
// only the sắc or nặng tone. Case does not matter. The TCVN3 check asks it for every word with
// a Latin-1 letter, that is most Vietnamese words, so it reads w into a buffer on the stack
// and looks it up in tables that are no maps: no allocation, no memo.
func validSyllable(w string) bool {
	var buf [64]byte
	base, tone, ok := appendBase(buf[:0], w)
	return ok && syllableOf(string(base), tone)
}

// toneForms are the Vietnamese vowels, each without a tone and then with huyền, sắc, hỏi, ngã
// and nặng, precomposed (NFC); TestToneForms checks them against Unicode's decompositions.
var toneForms = []string{"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"}

// tones are the combining tone marks in the order of toneForms.
var tones = [6]rune{0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}

// splitTone returns w without its tone mark, in NFC, and the mark (0 for none), as
// decomposing w, dropping the mark and composing again gives; ok is false for two marks.
// w is lower case.
func splitTone(w string) (base string, tone rune, ok bool) {
	b, tone, ok := appendBase(nil, w)
	return string(b), tone, ok
}

// appendBase appends w lower-cased (strings.ToLower) and without its tone mark, in NFC, to
// buf, and returns the mark (0 for none); ok is false for two marks. A word of the letters
// a-z, đ and the vowels of toneForms, in either case, is read from the table; any other goes
// through Unicode normalisation (two normalisations a word were most of the TCVN3 check).
func appendBase(buf []byte, w string) (base []byte, tone rune, ok bool) {
	start := len(buf)
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if r >= 'a' && r <= 'z' || r == 'đ' {
			buf = utf8.AppendRune(buf, r)
			continue
		}
		vt, known := vowelToneOf(r)
		if !known {
			return appendBaseSlow(buf[:start], w)
		}
		if vt.tone != 0 {
			if tone != 0 {
				return nil, 0, false
			}
			tone = vt.tone
		}
		buf = utf8.AppendRune(buf, vt.base)
	}
	return buf, tone, true
}

// appendBaseSlow is appendBase by Unicode normalisation, for a word with a letter or mark
// outside the table.
func appendBaseSlow(buf []byte, w string) ([]byte, rune, bool) {
	var tone rune
	var rs []rune
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		if isToneMark(r) {
			if tone != 0 {
				return nil, 0, false
			}
			tone = r
			continue
		}
		rs = append(rs, r)
	}
	return append(buf, norm.NFC.String(string(rs))...), tone, true
}

// syllableOf reports whether s, lower case and toneless, with the tone mark tone, is a
// Vietnamese syllable: an onset (isOnset, none longer than 3 bytes) then a rhyme (isRhyme),
// "qu" and "gi" not alone, a stopped rhyme with the sắc or nặng tone or none.
func syllableOf(s string, tone rune) bool {
	for n := 0; n <= 3 && n <= len(s); n++ {
		on, rest := s[:n], s[n:]
		if !isOnset(on) || !isRhyme(rest) {
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

// isOnset reports whether s is the initial consonant of a Vietnamese syllable, or none ("").
func isOnset(s string) bool {
	switch s {
	case "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
		"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "":
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
