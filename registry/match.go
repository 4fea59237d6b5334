package registry

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/textnorm"
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

// Fold returns the comparison key of a name (see the package's matching rules above): its
// folded words, each separated by one space.
func Fold(s string) string { return splitOf(s).folded }

// Same reports whether two names are the same once folded.
func Same(a, b string) bool { return Fold(a) == Fold(b) }

// Contains reports whether name occurs in text as whole words, once both are folded.
func Contains(text, name string) bool {
	_, _, ok := find(words(text), strings.Fields(Fold(name)), 0)
	return ok
}

// split is a text read into folded words: src as given, text its NFC form, into which the
// spans of ws point, folded the keys of ws joined by spaces (Fold).
type split struct {
	src, text, folded string
	ws                []word
}

// words splits s into folded words, abbreviations spelled out. s is read as NFC; spans are
// byte offsets into norm.NFC.String(s). The result is shared: callers must not change it.
func words(s string) []word { return splitOf(s).ws }

// splitOf is words with the NFC text the spans point into.
func splitOf(s string) *split {
	if v, ok := wordsMemo.Load(s); ok {
		return v.(*split)
	}
	if l := lastLong.Load(); l != nil && l.src == s {
		return l
	}
	text := nfc(s)
	ws, folded := splitNFC(text)
	sp := &split{s, text, folded, ws}
	// Validation folds every name field of every file, and the same names (bodies, units,
	// titles) come back file after file; the memo is bounded against a flood of distinct
	// texts, and long texts (a Quy chế article) are not kept, but the last one is: a rule
	// folds a text and then scans it (Fold, then Ceased).
	switch {
	case len(s) > maxMemoText:
		lastLong.Store(sp)
	case wordsMemoSize.Add(1) <= maxMemoWords:
		wordsMemo.Store(s, sp)
	}
	return sp
}

var (
	wordsMemo     sync.Map // text → *split
	wordsMemoSize atomic.Int64
	lastLong      atomic.Pointer[split]
)

const (
	maxMemoWords = 20_000
	maxMemoText  = 512
)

// splitNFC splits a text already in NFC into folded words (as words, without the memo), with its folded form (Fold): the keys
// of its words, each followed by a space, are written into one buffer, and each word's key
// is a piece of the one string made of it, not a string of its own.
func splitNFC(s string) ([]word, string) {
	ws := make([]word, 0, strings.Count(s, " ")+1)
	buf := make([]byte, 0, len(s)+8)
	// push records the key just written to buf for the bytes [start, end) of s; the keys
	// are filled in at the end, when buf has become a string.
	push := func(start, end int) {
		ws = append(ws, word{start: start, end: end})
		buf = append(buf, ' ')
	}
	expand := func(exp string, start, end int) {
		for k := range strings.FieldsSeq(exp) {
			buf = append(buf, k...)
			push(start, end)
		}
	}
	emit := func(tok string, start int) {
		if tok == "" {
			return
		}
		end := start + len(tok)
		ks := len(buf)
		buf = appendStrip(buf, tok)
		if exp, ok := abbreviations[string(buf[ks:])]; ok {
			buf = buf[:ks]
			expand(exp, start, end)
			return
		}
		if !hasSep(tok) {
			// One part, the token itself, folded above.
			if len(buf) > ks {
				push(start, end)
			}
			return
		}
		buf = buf[:ks]
		// Not an abbreviation as a whole: split at -, &, / and try each part.
		i := 0
		for j := 0; j <= len(tok); j++ {
			if j < len(tok) && !isSep(tok[j]) {
				continue
			}
			if part := tok[i:j]; part != "" {
				ks := len(buf)
				buf = appendStrip(buf, part)
				if exp, ok := abbreviations[string(buf[ks:])]; ok {
					buf = buf[:ks]
					expand(exp, start+i, start+j)
				} else if len(buf) > ks {
					push(start+i, start+j)
				}
			}
			i = j + 1
		}
	}
	// emitTrimmed emits tok, found at byte start, without separators at its ends.
	emitTrimmed := func(tok string, start int) {
		for len(tok) > 0 && isSep(tok[0]) {
			tok, start = tok[1:], start+1
		}
		for len(tok) > 0 && isSep(tok[len(tok)-1]) {
			tok = tok[:len(tok)-1]
		}
		emit(tok, start)
	}
	start := -1
	for i, r := range s {
		var inWord bool
		if r < utf8.RuneSelf {
			inWord = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '&' || r == '-' || r == '/'
		} else {
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		if r == ',' && start >= 0 && i+1 < len(s) && s[i+1] != ' ' {
			inWord = true // "VH,TT&DL" is one abbreviation; ", " separates words
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			emitTrimmed(s[start:i], start)
			start = -1
		}
	}
	if start >= 0 {
		emitTrimmed(s[start:], start)
	}
	// Keys hold no space (letters, digits, & - / , folded; expansions' words): the keys of
	// ws are the fields of buf, in order.
	folded := string(buf)
	at := 0
	for i := range ws {
		end := at + strings.IndexByte(folded[at:], ' ')
		ws[i].key = folded[at:end]
		at = end + 1
	}
	if len(folded) > 0 {
		folded = folded[:len(folded)-1] // the space after the last key
	}
	return ws[:len(ws):len(ws)], folded
}

// isSep reports whether c separates the parts of a token ("LĐ-TB&XH", "VH,TT&DL").
func isSep(c byte) bool { return c == '-' || c == '&' || c == '/' || c == ',' }

// hasSep reports whether tok has a separator.
func hasSep(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if isSep(tok[i]) {
			return true
		}
	}
	return false
}

// nfc returns s in NFC (textnorm.NFC: without a table lookup for Vietnamese letters).
func nfc(s string) string { return textnorm.NFC(s) }

// appendStrip appends tok folded to buf. It is the hot path of every registry lookup, so a
// letter with diacritics is folded through a table go generate computed (foldLatin,
// foldExtended), not by decomposing the token.
func appendStrip(buf []byte, tok string) []byte {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(tok[i:])
		i += n - 1
		switch f := foldRune(r); {
		case f != 0:
			buf = utf8.AppendRune(buf, f)
		case unicode.Is(unicode.Mn, r):
		default:
			buf = append(buf, textnorm.Bare(string(r))...)
		}
	}
	return buf
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
