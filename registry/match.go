package registry

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names are compared the way a reader compares them, not byte by byte: after NFC, without
// tone marks or diacritics (so "Hoà"/"Hòa", "Uỷ"/"Ủy" and a lost mark still match), in one
// case, with every kind of space (non-breaking, doubled, tab) and punctuation (", " or " - "
// in "Lao động, Thương binh và Xã hội") as one separator, and with the customary
// abbreviations spelled out (UBND, TT&TT, KH&CN, LĐ-TB&XH, GTVT, TN&MT, TP. ...).

// abbreviations maps the folded form of a customary abbreviation to its folded expansion.
var abbreviations = map[string]string{
	"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho",
	"tt&tt": "thong tin va truyen thong", "tttt": "thong tin va truyen thong", "tt-tt": "thong tin va truyen thong",
	"kh&cn": "khoa hoc va cong nghe", "khcn": "khoa hoc va cong nghe", "kh-cn": "khoa hoc va cong nghe",
	"ld-tb&xh": "lao dong thuong binh va xa hoi", "ldtb&xh": "lao dong thuong binh va xa hoi", "ldtbxh": "lao dong thuong binh va xa hoi", "ld,tb&xh": "lao dong thuong binh va xa hoi",
	"gtvt": "giao thong van tai", "gt-vt": "giao thong van tai", "gt&vt": "giao thong van tai",
	"tn&mt": "tai nguyen va moi truong", "tnmt": "tai nguyen va moi truong", "tn-mt": "tai nguyen va moi truong",
	"kh&dt": "ke hoach va dau tu", "khdt": "ke hoach va dau tu", "kh-dt": "ke hoach va dau tu",
	"nn&ptnt": "nong nghiep va phat trien nong thon", "nnptnt": "nong nghiep va phat trien nong thon", "nn-ptnt": "nong nghiep va phat trien nong thon",
	"nn&mt": "nong nghiep va moi truong", "nnmt": "nong nghiep va moi truong",
	"gd&dt": "giao duc va dao tao", "gddt": "giao duc va dao tao", "gd-dt": "giao duc va dao tao",
	"vh,tt&dl": "van hoa the thao va du lich", "vhttdl": "van hoa the thao va du lich", "vh-tt&dl": "van hoa the thao va du lich", "vhtt&dl": "van hoa the thao va du lich",
	"nhnn": "ngan hang nha nuoc", "kbnn": "kho bac nha nuoc", "bhxh": "bao hiem xa hoi",
	"cntt": "cong nghe thong tin", "cds": "chuyen doi so", "bcd": "ban chi dao", "dmst": "doi moi sang tao",
}

// word is one word of a folded text and the bytes of the original it came from.
type word struct {
	key        string
	start, end int
}

// Fold returns the comparison key of a name (see the package's matching rules above).
func Fold(s string) string {
	ws := words(s)
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = w.key
	}
	return strings.Join(keys, " ")
}

// Same reports whether two names are the same once folded.
func Same(a, b string) bool { return Fold(a) == Fold(b) }

// Contains reports whether name occurs in text as whole words, once both are folded.
func Contains(text, name string) bool {
	_, _, ok := find(words(text), strings.Fields(Fold(name)), 0)
	return ok
}

// words splits s into folded words, abbreviations spelled out. s is read as NFC; spans are
// byte offsets into norm.NFC.String(s). The result is shared: callers must not change it.
func words(s string) []word {
	if v, ok := wordsMemo.Load(s); ok {
		return v.([]word)
	}
	ws := splitWords(s)
	ws = ws[:len(ws):len(ws)] // an append by a caller copies
	// Validation folds every name field of every file, and the same names (bodies, units,
	// titles) come back file after file; the memo is bounded against a flood of distinct
	// texts, and long texts (a Quy chế article) are not kept.
	if len(s) <= maxMemoText && wordsMemoSize.Add(1) <= maxMemoWords {
		wordsMemo.Store(s, ws)
	}
	return ws
}

var (
	wordsMemo     sync.Map
	wordsMemoSize atomic.Int64
)

const (
	maxMemoWords = 20_000
	maxMemoText  = 512
)

// splitWords is words without the memo.
func splitWords(s string) []word {
	s = norm.NFC.String(s)
	var out []word
	emit := func(tok string, start int) {
		if tok == "" {
			return
		}
		end := start + len(tok)
		key := strip(tok)
		if exp, ok := abbreviations[key]; ok {
			for _, k := range strings.Fields(exp) {
				out = append(out, word{k, start, end})
			}
			return
		}
		// Not an abbreviation as a whole: split at -, &, / and try each part.
		i := 0
		for j, r := range tok + " " {
			if j == len(tok) || r == '-' || r == '&' || r == '/' || r == ',' {
				if part := tok[i:j]; part != "" {
					k := strip(part)
					if exp, ok := abbreviations[k]; ok {
						for _, e := range strings.Fields(exp) {
							out = append(out, word{e, start + i, start + j})
						}
					} else if k != "" {
						out = append(out, word{k, start + i, start + j})
					}
				}
				i = j + len(string(r))
			}
		}
	}
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '&' || r == '-' || r == '/'
		if r == ',' && start >= 0 && i+1 < len(s) && s[i+1] != ' ' {
			inWord = true // "VH,TT&DL" is one abbreviation; ", " separates words
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			emit(strings.Trim(s[start:i], "-&/,"), start+len(s[start:i])-len(strings.TrimLeft(s[start:i], "-&/,")))
			start = -1
		}
	}
	if start >= 0 {
		emit(strings.Trim(s[start:], "-&/,"), start+len(s[start:])-len(strings.TrimLeft(s[start:], "-&/,")))
	}
	return out
}

// strip folds one token: lower case, no diacritics, đ as d. It is the hot path of every
// registry lookup, so a letter with diacritics is folded through a table go generate
// computed (foldLatin, foldExtended), not by decomposing the token.
func strip(tok string) string {
	ascii := true
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return tok
	}
	var b strings.Builder
	b.Grow(len(tok))
	for _, r := range tok {
		switch f := foldRune(r); {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case f != 0:
			b.WriteRune(f)
		case unicode.Is(unicode.Mn, r):
		default:
			b.WriteString(stripSlow(string(r)))
		}
	}
	return b.String()
}

// foldRune returns the folded letter of r from the generated tables, or 0.
func foldRune(r rune) rune {
	switch {
	case 0xC0 <= r && r < 0xC0+rune(len(foldLatin)):
		return foldLatin[r-0xC0]
	case 0x1E00 <= r && r < 0x1E00+rune(len(foldExtended)):
		return foldExtended[r-0x1E00]
	}
	return 0
}

// stripSlow is strip by decomposition, for letters outside the table.
func stripSlow(tok string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(tok) {
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

// foldedName is a registry name with its folded form (Fold) and that form's words,
// computed by go generate for the embedded registry (embeddedNames).
type foldedName struct {
	name, key string
	words     []string
}

// embeddedFold returns the folded form of a name of the embedded registry, if it is one.
func embeddedFold(name string) (foldedName, bool) {
	i := sort.Search(len(embeddedNames), func(i int) bool { return embeddedNames[i].name >= name })
	if i < len(embeddedNames) && embeddedNames[i].name == name {
		return embeddedNames[i], true
	}
	return foldedName{}, false
}

// find returns the span of the first occurrence of the folded words needle in ws at or after
// word from, as word indexes [i, j).
func find(ws []word, needle []string, from int) (int, int, bool) {
	if len(needle) == 0 {
		return 0, 0, false
	}
outer:
	for i := from; i+len(needle) <= len(ws); i++ {
		for k, n := range needle {
			if ws[i+k].key != n {
				continue outer
			}
		}
		// An abbreviation matches only as a whole: the match may not start or end inside one.
		if i > 0 && ws[i-1].start == ws[i].start || i+len(needle) < len(ws) && ws[i+len(needle)].start == ws[i+len(needle)-1].start {
			continue
		}
		return i, i + len(needle), true
	}
	return 0, 0, false
}
