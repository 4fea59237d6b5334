package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// UpperFirst returns s with its first letter in upper case: a sentence that starts with a
// name given in lower case ("các sở, ngành ... chịu trách nhiệm thi hành").
func UpperFirst(s string) string { return withFirst(s, strings.ToUpper) }

// LowerFirst returns s with its first letter in lower case: a title cited inside a sentence
// ("về việc ..."), the party's lower-case trích yếu.
func LowerFirst(s string) string { return withFirst(s, strings.ToLower) }

// withFirst maps the first rune of s. A first byte that is not UTF-8 is kept as it is (range
// would read it as U+FFFD, three bytes long, and slicing past it would overrun).
func withFirst(s string, f func(string) string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError && n == 1 {
		return s
	}
	return f(s[:n]) + s[n:]
}

// Bare returns s with its letters folded by decomposition: marks dropped (tones and
// diacritics), đ/Đ as d, lower case ("Ủy" → "uy", "Đắk" → "dak"). It is the one definition
// of a bare letter: registry folds names with it and generates its folding tables from it.
func Bare(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
