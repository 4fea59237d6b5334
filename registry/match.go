package registry

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
)

// Names are compared the way a reader compares them, not byte by byte. Two spellings that
// textnorm.Key holds equal fold to the same words (TestFoldAgreesWithKey): NFC and NFKC
// (full-width "Ｓở"), case, any run of Unicode spaces or line breaks, invisible format
// characters (a zero-width space or soft hyphen inside a word is not there), a hyphen,
// dash or comma with or without spaces around it, and "&" with or without spaces. Folding
// goes further than Key, as a reader does: tone marks and diacritics are dropped (so
// "Hoà"/"Hòa", "Uỷ"/"Ủy" and a lost mark still match), punctuation separates words, "&"
// reads as "và", a "và" of a registry name is matched by a hyphen, dash or comma written in
// its place ("Sở Thông tin - Truyền thông", "Sở Lao động - Thương binh - Xã hội"), and the
// customary abbreviations are spelled out (UBND, TT&TT, KH&CN, LĐ-TB&XH, GTVT, TN&MT, TP.).
//
// Which abbreviations: only the initials of a whole name as official texts and agencies'
// own letterheads shorten it, each letter pair standing for one word pair of that name
// ("TT&TT", "TT-TT", "TTTT", "TT & TT" for Thông tin và Truyền thông; "LĐ-TB&XH"). An
// abbreviation is expanded only as a whole (a match may not start or end inside one), and a
// body's name still needs its kind word ("Sở", "Bộ") before it, so "Trung tâm TTTT" is not
// Sở Thông tin và Truyền thông. A pair alone ("TT", "KH", "ĐT") stands for too many words
// (Thông tin, Truyền thông, Thanh tra, Thường trực; Kế hoạch, Khoa học) and is never
// expanded: "Sở TT và TT" is not taken for the ceased Sở, as a false error is as bad as a
// missed one; neither is "&amp;" (HTML pasted as text), which another rule shows.

// abbreviations maps the folded form of a customary abbreviation to its folded expansion.
var abbreviations = map[string]string{
	"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho",
	"tt&tt": "thong tin va truyen thong", "tttt": "thong tin va truyen thong", "tt-tt": "thong tin va truyen thong",
	"kh&cn": "khoa hoc va cong nghe", "khcn": "khoa hoc va cong nghe", "kh-cn": "khoa hoc va cong nghe",
	"ld-tb&xh": "lao dong thuong binh va xa hoi", "ldtb&xh": "lao dong thuong binh va xa hoi", "ldtbxh": "lao dong thuong binh va xa hoi",
	"gtvt": "giao thong van tai", "gt-vt": "giao thong van tai", "gt&vt": "giao thong van tai",
	"tn&mt": "tai nguyen va moi truong", "tnmt": "tai nguyen va moi truong", "tn-mt": "tai nguyen va moi truong",
	"kh&dt": "ke hoach va dau tu", "khdt": "ke hoach va dau tu", "kh-dt": "ke hoach va dau tu",
	"nn&ptnt": "nong nghiep va phat trien nong thon", "nnptnt": "nong nghiep va phat trien nong thon", "nn-ptnt": "nong nghiep va phat trien nong thon",
	"nn&mt": "nong nghiep va moi truong", "nnmt": "nong nghiep va moi truong",
	"gd&dt": "giao duc va dao tao", "gddt": "giao duc va dao tao", "gd-dt": "giao duc va dao tao",
	"vhttdl": "van hoa the thao va du lich", "vh-tt&dl": "van hoa the thao va du lich", "vhtt&dl": "van hoa the thao va du lich",
	"nhnn": "ngan hang nha nuoc", "kbnn": "kho bac nha nuoc", "bhxh": "bao hiem xa hoi",
	"cntt": "cong nghe thong tin", "cds": "chuyen doi so", "bcd": "ban chi dao", "dmst": "doi moi sang tao",
}

// word is one word of a folded text and the bytes of the original it came from. joined
// says that a hyphen, dash or comma stands before it ("Thông tin - Truyền thông").
type word struct {
	key        string
	start, end int
	joined     bool
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

// Gaps: what stands between two parts of words in a text, as textnorm.Key reads it. A
// hyphen or dash of any kind and a comma are one separator whether spaces stand around them
// or not ("TT-TT", "TT – TT", "LĐ, TB&XH"), and so is "&" ("TT&TT", "TT & TT", "TT &TT");
// "/" joins only when it stands alone ("LĐ-TB&XH/UBND"). Parts joined by separators make
// one compound, in which customary abbreviations are looked for ("TT & TT" is "TT&TT").
const (
	gapSpace = iota // the start, spaces, invisible format characters
	gapDash         // a hyphen, dash or comma, with or without spaces
	gapAmp          // "&", with or without spaces
	gapSlash        // "/" alone
	gapHard         // any other punctuation
)

// Kinds of rune for the split.
const (
	runeWord  = iota // a letter, digit or combining mark
	runeSkip         // an invisible format character (Cf): zero-width space, soft hyphen, BOM
	runeSpace        // white space or a control character
	runeDash         // a hyphen, dash, minus or comma
	runeAmp          // &
	runeSlash        // /
	runeOther        // other punctuation and symbols
)

// kindOf returns the kind of the rune r, which is raw in the text. A rune with a
// compatibility form (full-width "Ｓ", "＆", superscript "²", ligature "ﬁ") is read as that
// form, as textnorm.Key's NFKC reads it.
func kindOf(r rune, raw string) int {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
			return runeWord
		case r == '-' || r == ',':
			return runeDash
		case r == '&':
			return runeAmp
		case r == '/':
			return runeSlash
		case r <= ' ' || r == 0x7F:
			return runeSpace
		}
		return runeOther
	}
	if foldRune(r) != 0 {
		return runeWord
	}
	switch {
	case unicode.Is(unicode.Mn, r):
		return runeWord
	case unicode.Is(unicode.Cf, r):
		return runeSkip
	}
	if k := norm.NFKC.String(raw); k != raw {
		kind := runeOther
		for i, c := range k {
			ck := kindOf(c, k[i:i+utf8.RuneLen(c)])
			if ck == runeWord {
				return runeWord
			}
			if i == 0 {
				kind = ck
			}
		}
		return kind
	}
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return runeWord
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return runeSpace
	case textnorm.IsDash(r):
		return runeDash
	}
	return runeOther
}

// part is a run of word runes of a text: its bytes, its folded key (bytes of the split's
// key buffer), the gap before it and where that gap's "&" is.
type part struct {
	start, end int
	ks, ke     int
	gap        int
	amp        int
}

// splitScratch is the working memory of one splitNFC: the parts and their keys, the words
// and their folded form before they are copied out at their final size. It is reused from
// call to call (splitPool), so that folding the texts of a decision allocates only what the
// result keeps: the words and the folded string.
type splitScratch struct {
	parts []part
	keys  []byte
	ws    []word
	buf   []byte
}

var splitPool = sync.Pool{New: func() any { return new(splitScratch) }}

// splitNFC splits a text already in NFC into folded words (as words, without the memo), with
// its folded form (Fold): the keys of its words, each followed by a space, are written into
// one buffer, and each word's key is a piece of the one string made of it, not a string of
// its own.
func splitNFC(s string) ([]word, string) {
	sc := splitPool.Get().(*splitScratch)
	defer splitPool.Put(sc)
	// Read the parts and the gaps between them.
	parts := sc.parts[:0]
	keys := sc.keys[:0]
	start, last := -1, 0 // the part being read, the end of its last word rune
	gap, gapAt, amp, spaced := gapSpace, 0, -1, false
	closePart := func() {
		if start < 0 {
			return
		}
		ks := len(keys)
		keys = appendStrip(keys, s[start:last])
		parts = append(parts, part{start: start, end: last, ks: ks, ke: len(keys), gap: gap, amp: amp})
		start, gap, gapAt, amp, spaced = -1, gapSpace, last, -1, false
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		k := kindOf(r, s[i:i+n])
		switch k {
		case runeWord:
			if start < 0 {
				start = i
			}
			last = i + n
		case runeSkip:
		default:
			closePart()
			switch k {
			case runeSpace:
				spaced = true
				if gap == gapSlash {
					gap = gapHard
				}
			case runeDash, runeAmp:
				if gap != gapHard {
					gap = gapDash
					if k == runeAmp {
						gap, amp = gapAmp, i
					}
				}
			case runeSlash:
				if gap == gapSpace && !spaced && i == gapAt {
					gap = gapSlash
				} else {
					gap = gapHard
				}
			default:
				gap = gapHard
			}
		}
		i += n
	}
	closePart()
	sc.parts, sc.keys = parts, keys

	ws := sc.ws[:0]
	buf := sc.buf[:0]
	// push adds a word whose key the caller has just appended to buf.
	push := func(start, end int, joined bool) {
		buf = append(buf, ' ')
		ws = append(ws, word{start: start, end: end, joined: joined})
	}
	var cand []byte
	for i := 0; i < len(parts); {
		// The longest abbreviation starting at part i, within its compound.
		j, exp := i, ""
		cand = keys[parts[i].ks:parts[i].ke]
		if e, ok := abbreviations[string(cand)]; ok {
			exp = e
		}
		if i+1 < len(parts) && parts[i+1].gap != gapSpace && parts[i+1].gap != gapHard {
			cand = append(buf[len(buf):], cand...) // the spare room of buf, written over later
			for k := i + 1; k < len(parts) && k <= i+maxAbbrevParts-1 && parts[k].gap != gapSpace && parts[k].gap != gapHard; k++ {
				cand = append(cand, "-&/"[parts[k].gap-gapDash])
				cand = append(cand, keys[parts[k].ks:parts[k].ke]...)
				if e, ok := abbreviations[string(cand)]; ok {
					j, exp = k, e
				}
			}
		}
		p := parts[i]
		joined := p.gap == gapDash && i > 0
		if p.gap == gapAmp && i > 0 {
			// "Thông tin & Truyền thông" is "Thông tin và Truyền thông".
			buf = append(buf, "va"...)
			push(p.amp, p.amp+1, false)
		}
		if exp != "" {
			for e := range strings.FieldsSeq(exp) {
				buf = append(buf, e...)
				push(p.start, parts[j].end, joined)
				joined = false
			}
			i = j + 1
			continue
		}
		if p.ke > p.ks {
			buf = append(buf, keys[p.ks:p.ke]...)
			push(p.start, p.end, joined)
		}
		i++
	}
	sc.ws, sc.buf = ws, buf
	folded := string(buf)
	out := make([]word, len(ws))
	copy(out, ws)
	at := 0
	for i := range out {
		end := at + strings.IndexByte(folded[at:], ' ')
		out[i].key = folded[at:end]
		at = end + 1
	}
	if len(folded) > 0 {
		folded = folded[:len(folded)-1] // the space after the last key
	}
	return out, folded
}

// maxAbbrevParts is the most parts an abbreviation of the table has ("VH-TT&DL").
const maxAbbrevParts = 4

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
		raw := tok[i : i+n]
		i += n - 1
		switch f := foldRune(r); {
		case f != 0:
			buf = utf8.AppendRune(buf, f)
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
		default:
			// Its compatibility form ("Ｓ" is "S", "ﬁ" is "fi"), folded, letters and digits only.
			for _, c := range textnorm.Bare(norm.NFKC.String(raw)) {
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					buf = utf8.AppendRune(buf, c)
				}
			}
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
	for i := from; i < len(ws); i++ {
		if j, ok := matchAt(ws, needle, i); ok {
			return i, j, true
		}
	}
	return 0, 0, false
}

// matchSpan returns the end of the folded words needle in ws at word i, as a word index: a
// needle's "va" may be left out where the text writes a hyphen, dash or comma in its place
// ("Thông tin - Truyền thông").
func matchSpan(ws []word, needle []string, i int) (int, bool) {
	if len(needle) == 0 {
		return 0, false
	}
	p := i
	for k, n := range needle {
		switch {
		case p < len(ws) && ws[p].key == n:
			p++
		case n == "va" && k > 0 && k+1 < len(needle) && p < len(ws) && ws[p].joined && ws[p].key == needle[k+1]:
		default:
			return 0, false
		}
	}
	return p, true
}

// matchAt returns the end of the folded words needle in ws at word i, neither starting nor
// ending inside an abbreviation: an abbreviation matches only as a whole.
func matchAt(ws []word, needle []string, i int) (int, bool) {
	j, ok := matchSpan(ws, needle, i)
	if !ok || i > 0 && ws[i-1].start == ws[i].start || j < len(ws) && ws[j].start == ws[j-1].start {
		return 0, false
	}
	return j, true
}
