package decision

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shapes of numbers, symbols and phrases the rules look for, read by plain string code
// rather than regular expressions: a process checks one decision, and compiling the
// expressions cost it more than matching them (each qd run compiled them again). Each
// function says the expression it is equal to; shapes_test.go holds it to that expression
// on the strings of the examples and test data and on many generated and hostile ones.
// Like the expressions, \d is an ASCII digit, a byte that is not UTF-8 matches no class but
// a negated one.

// digitRun returns the length of the run of ASCII digits at the start of s.
func digitRun(s string) int {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// isCodeUpper reports whether r is in [A-ZĐ], the first letter of a type or issuer code.
func isCodeUpper(r rune) bool { return 'A' <= r && r <= 'Z' || r == 'Đ' }

// isCodeLetter reports whether r is in [A-Za-zĐđ], more the ASCII digits with digits and the
// dot with dot.
func isCodeLetter(r rune, digits, dot bool) bool {
	return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || r == 'Đ' || r == 'đ' ||
		digits && '0' <= r && r <= '9' || dot && r == '.'
}

// isCode reports whether the whole of s is [A-ZĐ][A-Za-zĐđ]*, with [0-9] and "." in the
// letters after the first as digits and dot say.
func isCode(s string, digits, dot bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !isCodeUpper(r) {
		return false
	}
	for _, r := range s[n:] {
		if !isCodeLetter(r, digits, dot) {
			return false
		}
	}
	return true
}

// isJoinedCode reports whether s is ^[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9]*)+$ (with "."
// in the later parts' letters as dot says): codes joined by "-", at least two. No class holds
// "-", so the parts are what splitting on "-" gives.
func isJoinedCode(s string, dot bool) bool {
	first, rest, ok := strings.Cut(s, "-")
	if !ok || !isCode(first, false, false) {
		return false
	}
	for {
		part, more, ok := strings.Cut(rest, "-")
		if !isCode(part, true, dot) {
			return false
		}
		if !ok {
			return true
		}
		rest = more
	}
}

// numberPrefix returns the length of ^\d+[a-z]? at the start of s: a document's number with
// an optional letter, 0 when s does not start with a digit.
func numberPrefix(s string) int {
	n := digitRun(s)
	if n > 0 && n < len(s) && 'a' <= s[n] && s[n] <= 'z' {
		n++
	}
	return n
}

// yearPrefix returns the length of ^\d+[a-z]?/\d{4}/ at the start of s, 0 when s does not
// start so.
func yearPrefix(s string) int {
	n := numberPrefix(s)
	if n == 0 || len(s) < n+6 || s[n] != '/' || digitRun(s[n+1:n+5]) != 4 || s[n+5] != '/' {
		return 0
	}
	return n + 6
}

// isOwnNumber reports whether s is ^(0[1-9]|[1-9]\d+)[a-z]?$: a decision's number, 01-09
// or 10 and over without a leading zero, with an optional letter.
func isOwnNumber(s string) bool {
	if n := len(s); n > 0 && 'a' <= s[n-1] && s[n-1] <= 'z' {
		s = s[:n-1]
	}
	if len(s) < 2 || digitRun(s) != len(s) {
		return false
	}
	if s[0] == '0' {
		return len(s) == 2 && s[1] != '0'
	}
	return true
}

// isOwnSymbol reports whether s is ^[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9]*)+$: a State
// decision's symbol ("QĐ-UBND").
func isOwnSymbol(s string) bool { return isJoinedCode(s, false) }

// isPartySymbol reports whether s is ^[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ0-9]*$: a party
// symbol, type code "/" issuer code ("QĐ/TU", "NQ/TW", "HD/VPTW").
func isPartySymbol(s string) bool {
	typ, issuer, ok := strings.Cut(s, "/")
	return ok && isCode(typ, false, false) && isCode(issuer, true, false)
}

// isDocNumber reports whether s is
// ^\d+[a-z]?(/\d{4})?/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ0-9.]*)+$: number with an optional
// letter, optional year, type code and issuer code joined by "-" ("12/2025/QĐ-UBND").
func isDocNumber(s string) bool {
	n := yearPrefix(s)
	if n == 0 {
		n = numberPrefix(s)
		if n == 0 || n == len(s) || s[n] != '/' {
			return false
		}
		n++
	}
	return isJoinedCode(s[n:], true)
}

// isLawNumber reports whether s is ^\d+[a-z]?/\d{4}/(QH|UBTVQH)\d{1,2}$: a law or a
// resolution of the National Assembly or its Standing Committee ("64/2025/QH15").
func isLawNumber(s string) bool {
	n := yearPrefix(s)
	if n == 0 {
		return false
	}
	rest, ok := strings.CutPrefix(s[n:], "QH")
	if !ok {
		rest, ok = strings.CutPrefix(s[n:], "UBTVQH")
	}
	return ok && (len(rest) == 1 || len(rest) == 2) && digitRun(rest) == len(rest)
}

// isPartyNumber reports whether s is ^\d+[a-z]?-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*$: a
// party document's number and symbol ("57-NQ/TW").
func isPartyNumber(s string) bool {
	n := numberPrefix(s)
	if n == 0 || n == len(s) || s[n] != '-' {
		return false
	}
	typ, issuer, ok := strings.Cut(s[n+1:], "/")
	return ok && isCode(typ, false, false) && isCode(issuer, false, false)
}

// isSpaceOrZ reports whether r is in [\s\p{Z}]: an ASCII space, tab, line feed, form feed or
// carriage return, or a Unicode space or line or paragraph separator (no-break spaces too).
func isSpaceOrZ(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return r >= utf8.RuneSelf && unicode.Is(unicode.Z, r)
}

// cutFoldPrefix returns s after prefix, comparing letters as (?i) does (Unicode simple case
// folding, rune by rune).
func cutFoldPrefix(s, prefix string) (string, bool) {
	for _, p := range prefix {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !equalFold(r, p) {
			return "", false
		}
		s = s[n:]
	}
	return s, true
}

// equalFold reports whether r is p or in p's simple case-folding orbit.
func equalFold(r, p rune) bool {
	if r == p {
		return true
	}
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if r == f {
			return true
		}
	}
	return false
}

// nhuDieu reads "Như Điều 4" at the start of s in any case and with any spaces, no-break
// spaces included, as (?i)^như[\s\p{Z}]*điều[\s\p{Z}]*(\d+) would: the text matched and the
// article's number.
func nhuDieu(s string) (match, number string, ok bool) {
	rest, ok := cutFoldPrefix(s, "như")
	if !ok {
		return "", "", false
	}
	rest = strings.TrimLeftFunc(rest, isSpaceOrZ)
	if rest, ok = cutFoldPrefix(rest, "điều"); !ok {
		return "", "", false
	}
	rest = strings.TrimLeftFunc(rest, isSpaceOrZ)
	n := digitRun(rest)
	if n == 0 {
		return "", "", false
	}
	end := len(s) - len(rest) + n
	return s[:end], rest[:n], true
}

// articleNoSpace returns the first "Điều N." directly followed by a character other than a
// space, "." or "/" ("Điều 1.Thành lập"), with that character, as the expression
// Điều \d+\.[^\s./] finds it; "" for none.
func articleNoSpace(s string) string {
	for at := 0; ; {
		i := strings.Index(s[at:], "Điều ")
		if i < 0 {
			return ""
		}
		start := at + i
		p := start + len("Điều ")
		if n := digitRun(s[p:]); n > 0 && p+n < len(s) && s[p+n] == '.' && p+n+1 < len(s) {
			r, w := utf8.DecodeRuneInString(s[p+n+1:])
			switch r {
			case ' ', '\t', '\n', '\f', '\r', '.', '/':
			default:
				return s[start : p+n+1+w]
			}
		}
		at = start + 1
	}
}

// isWordByte reports whether c is an ASCII word character, [0-9A-Za-z_] (\b reads those).
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// numericDate returns the first date written d/m/yyyy in s, as \b\d{1,2}/\d{1,2}/\d{4}\b
// finds it: one or two digits, "/", one or two, "/", four, no ASCII letter, digit or "_"
// directly before or after; "" for none.
func numericDate(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		p := i
		day := digitRun(s[p:])
		if day > 2 || p+day >= len(s) || s[p+day] != '/' {
			continue
		}
		p += day + 1
		month := digitRun(s[p:])
		if month < 1 || month > 2 || p+month >= len(s) || s[p+month] != '/' {
			continue
		}
		p += month + 1
		if digitRun(s[p:]) < 4 {
			continue
		}
		p += 4
		if p < len(s) && isWordByte(s[p]) {
			continue
		}
		return s[i:p]
	}
	return ""
}

// defersRegulation reports whether the lower-cased text l says the Quy chế is to be made or
// issued by someone later: "Trưởng ban ban hành Quy chế ...", "xây dựng Quy chế ... trình
// ...", "Quy chế ... do Trưởng ban ban hành" (seed 000, Điều 3: "Trưởng Ban Chỉ đạo ban hành
// Quy chế hoạt động"), as the expression
// (ban hành|xây dựng|dự thảo|soạn thảo)( và ban hành)? quy chế|quy chế[^.;]* do [^.;]*ban hành
// matches: "ban hành quy chế", "xây dựng và ban hành quy chế", or "quy chế" then " do " then
// "ban hành" with no "." or ";" between them.
func defersRegulation(l string) bool {
	for _, verb := range []string{"ban hành", "xây dựng", "dự thảo", "soạn thảo"} {
		if strings.Contains(l, verb+" quy chế") || strings.Contains(l, verb+" và ban hành quy chế") {
			return true
		}
	}
	for at := 0; ; {
		i := strings.Index(l[at:], "quy chế")
		if i < 0 {
			return false
		}
		at += i + len("quy chế")
		clause := l[at:]
		if end := strings.IndexAny(clause, ".;"); end >= 0 {
			clause = clause[:end]
		}
		if _, after, ok := strings.Cut(clause, " do "); ok && strings.Contains(after, "ban hành") {
			return true
		}
	}
}
