// Package textnorm gives names and labels the one form in which qd compares them.
//
// Two spellings of the same name must compare equal: a clerk types a double space, pastes a
// non-breaking space from a web page, writes "Uỷ" where the source has "Ủy", "Bà Rịa-Vũng
// Tàu" where another wrote "Bà Rịa – Vũng Tàu". Key maps all of them to one comparison key.
// A key is for comparing and indexing only; it is never shown to a user. UpperFirst and
// LowerFirst are the one place that changes the case of a text's first letter for display.
//
// The package imports nothing of qd, so every package may use it.
package textnorm

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key returns the comparison key of s. Two strings that differ only in the following have
// the same key:
//
//   - Unicode normal form and compatibility forms (NFKC: composed or decomposed letters,
//     full-width letters, ligatures);
//   - white space: any run of Unicode spaces (space, tab, new line, no-break space U+00A0,
//     narrow no-break space U+202F, ideographic space U+3000 ...) is one space, and spaces
//     at either end are dropped;
//   - invisible format characters (zero-width space, soft hyphen, byte-order mark, bidi
//     marks) are dropped;
//   - letter case, including đ/Đ;
//   - the place of the tone mark in a Vietnamese syllable ("Ủy"/"Uỷ", "hòa"/"hoà"): the
//     tone is one per syllable, so its position is not significant;
//   - separators: a hyphen or dash of any kind (- ‐ ‑ ‒ – — − －), with or without spaces
//     around it, and a comma with its spaces are one separator (", " " - " "–" "-");
//   - the spaces around "&";
//   - curly and straight quotation marks.
//
// Letters, digits, diacritics other than the tone's place, and other punctuation are kept:
// "Nội vụ" and "Nôi vu" have different keys.
func Key(s string) string {
	s = norm.NFKC.String(strings.ToLower(norm.NFKC.String(dropFormat(s))))
	var b strings.Builder
	b.Grow(len(s))
	const (
		none = iota
		space
		sep
		amp
	)
	pending := none // what stands between the last word character written and the next
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			if pending == none {
				pending = space
			}
			continue
		case isDash(r) || r == ',':
			pending = sep
			continue
		case r == '&':
			pending = amp
			continue
		}
		if b.Len() > 0 {
			switch pending {
			case space:
				b.WriteByte(' ')
			case sep:
				b.WriteString(" - ")
			case amp:
				b.WriteString(" & ")
			}
		} else if pending == sep || pending == amp {
			// A leading separator or "&" is kept, without its spaces.
			if pending == sep {
				b.WriteString("- ")
			} else {
				b.WriteString("& ")
			}
		}
		pending = none
		switch r {
		case '“', '”', '„', '‟', '«', '»', '″':
			r = '"'
		case '‘', '’', '‚', '‛', '`', '´', '′':
			r = '\''
		}
		b.WriteRune(r)
	}
	switch pending {
	case sep:
		b.WriteString(" -")
	case amp:
		b.WriteString(" &")
	}
	return moveTones(b.String())
}

// Equal reports whether a and b are the same name once normalised (see Key).
func Equal(a, b string) bool {
	return a == b || Key(a) == Key(b)
}

// Space returns s in NFC with invisible format characters dropped, every run of Unicode
// white space folded to one ASCII space, and no space at either end. Unlike Key it keeps
// case and punctuation, so its result can be shown or stored.
func Space(s string) string {
	s = NFC(dropFormat(s))
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}

// dropFormat removes invisible format characters (Unicode category Cf), before any
// normalisation so that the marks around them are ordered as if they were never there.
func dropFormat(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// IsDash reports whether r is a hyphen, a dash or a minus sign: one separator to Key.
func IsDash(r rune) bool { return isDash(r) }

// isDash reports whether r is a hyphen, a dash or a minus sign.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

// isTone reports whether r is one of the five combining tone marks of Vietnamese (huyền,
// sắc, ngã, hỏi, nặng) in decomposed form.
func isTone(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// isVowel reports whether r is the base letter of a Vietnamese vowel (lower case, decomposed).
func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// moveTones places the tone mark of each word in one place (see appendWord), so that the old and the new placement ("hoà"/"hòa", "uỷ"/"ủy") give one key. The
// result is NFC.
func moveTones(s string) string {
	d := norm.NFD.String(s)
	hasTone := false
	for _, r := range d {
		if isTone(r) {
			hasTone = true
			break
		}
	}
	if !hasTone {
		return s
	}
	rs := []rune(d)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			out = append(out, rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		out = appendWord(out, rs[i:j])
		i = j
	}
	return norm.NFC.String(string(out))
}

// isVietnamese reports whether r may stand in a decomposed lower-case Vietnamese word: a
// letter a-z, đ, a tone mark or a quality mark (circumflex, breve, horn).
func isVietnamese(r rune) bool {
	return r >= 'a' && r <= 'z' || r == 'đ' || isTone(r) || r == '\u0302' || r == '\u0306' || r == '\u031B'
}

// isWordRune reports whether r is a letter or a mark.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// appendWord appends one decomposed word with its tone marks moved to one place. Only words
// written with the letters and marks of Vietnamese are changed.
func appendWord(out, w []rune) []rune {
	for _, r := range w {
		if !isVietnamese(r) {
			return append(out, w...)
		}
	}
	var tones, rest []rune
	for _, r := range w {
		if isTone(r) {
			tones = append(tones, r)
		} else {
			rest = append(rest, r)
		}
	}
	if len(tones) == 0 {
		return append(out, w...)
	}
	// The tone goes after the last vowel that carries a quality mark (ă â ê ô ơ ư), else
	// after the last vowel, else at the end of the word.
	at, plain := -1, -1
	for k := range rest {
		if !isVowel(rest[k]) {
			continue
		}
		end := k + 1
		for end < len(rest) && unicode.Is(unicode.Mn, rest[end]) {
			end++
		}
		if end > k+1 {
			at = end
		}
		plain = end
	}
	if at < 0 {
		at = plain
	}
	if at < 0 {
		at = len(rest)
	}
	out = append(out, rest[:at]...)
	out = append(out, tones...)
	return append(out, rest[at:]...)
}
