package registry

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// splitRef is splitWords written the slow, plain way, as the reference the one-buffer split
// is held to: the text cut into parts (runs of letters, digits and marks) and the gaps
// between them, each part folded as a string of its own (NFKC, then textnorm.Bare), each gap
// classified as a whole, abbreviations tried on every run of up to four joined parts.
func splitRef(s string) []word {
	s = norm.NFC.String(s)
	type refPart struct {
		key        string
		start, end int
		gap        string // the bytes before it, since the part before
	}
	var parts []refPart
	isWord := func(r rune) bool {
		if unicode.Is(unicode.Cf, r) {
			return false
		}
		for _, c := range norm.NFKC.String(string(r)) {
			if isLetterRef(c) {
				return true
			}
		}
		return false
	}
	prevEnd, start, last := 0, -1, 0
	for i, r := range s {
		switch {
		case isWord(r):
			if start < 0 {
				start = i
			}
			last = i + len(string(r))
		case unicode.Is(unicode.Cf, r):
		case start >= 0:
			parts = append(parts, refPart{start: start, end: last, gap: s[prevEnd:start]})
			prevEnd, start = last, -1
		}
	}
	if start >= 0 {
		parts = append(parts, refPart{start: start, end: last, gap: s[prevEnd:start]})
	}
	for i := range parts {
		var b strings.Builder
		for _, c := range textnorm.Bare(norm.NFKC.String(s[parts[i].start:parts[i].end])) {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				b.WriteRune(c)
			}
		}
		parts[i].key = b.String()
	}
	// gapOf classifies a gap: "" (spaces only), "-", "&", "/" (joining), or "!" (other).
	gapOf := func(g string) string {
		g = norm.NFKC.String(strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, g))
		if g == "/" {
			return "/"
		}
		kind := ""
		for _, r := range g {
			switch {
			case unicode.IsSpace(r) || unicode.IsControl(r):
			case textnorm.IsDash(r) || r == ',':
				kind = "-"
			case r == '&':
				kind = "&"
			default:
				return "!"
			}
		}
		return kind
	}
	var out []word
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		g := gapOf(p.gap)
		if i > 0 && g == "&" {
			at := p.start - len(p.gap) + strings.LastIndex(p.gap, "&")
			if !strings.Contains(p.gap, "&") {
				at = p.start - len(p.gap) + strings.LastIndex(p.gap, "＆")
			}
			out = append(out, word{"va", at, at + len(string(s[at])), false})
		}
		joined := i > 0 && g == "-"
		expanded := false
		for n := 4; n >= 1 && !expanded; n-- {
			if i+n > len(parts) {
				continue
			}
			cand := p.key
			ok := true
			for k := i + 1; k < i+n; k++ {
				gk := gapOf(parts[k].gap)
				if gk == "" || gk == "!" {
					ok = false
					break
				}
				cand += gk + parts[k].key
			}
			if exp, found := abbreviations[cand]; ok && found {
				for _, e := range strings.Fields(exp) {
					out = append(out, word{e, p.start, parts[i+n-1].end, joined})
					joined = false
				}
				i += n - 1
				expanded = true
			}
		}
		if !expanded && p.key != "" {
			out = append(out, word{p.key, p.start, p.end, joined})
		}
	}
	return out
}

// refTexts returns every string of the examples and test files, every line of the source
// texts (../shared/seeds, when present), the registry's names, and hostile spellings.
func refTexts(t *testing.T) []string {
	seen := map[string]bool{}
	exampleScalars(t, seen)
	seeds, _ := filepath.Glob("../../shared/seeds/*.txt")
	for _, f := range seeds {
		data, _ := os.ReadFile(f)
		for _, l := range strings.Split(string(data), "\n") {
			seen[l] = true
		}
	}
	for _, n := range embeddedNames {
		seen[n.name] = true
		seen[strings.ToUpper(n.name)] = true
	}
	for _, s := range []string{"", " ", "-", "&", ",", "-&/,", "--Sở--", "Sở VH,TT&DL,", "VH,TT&DL", "a,b", "Sở LĐ-TB&XH/UBND", "TT & TT", "/UBND/", "U\u031b\u0309y ban", "Ủy\u0301",
		"\xffSở\xfe", "Ｓở Ｔư pháp", "Sở\u200bTư pháp", "ǅ ǈ ǋ Ǳ", "Straße Œuvre Ø ĳ", "Ωmega Ϊ", "१२३ ٣", "x\u0301\u0323", "đĐ", "tỉnh Thừa Thiên - Huế", "TP.HCM", "Q.1, P.2"} {
		seen[s] = true
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	return out
}

// TestSplitAsBefore: the one-buffer split gives the words, spans and folded form the
// string-per-key split gave, on every text qd's files and sources hold and hostile ones.
func TestSplitAsBefore(t *testing.T) {
	texts := refTexts(t)
	for _, s := range texts {
		want := splitRef(s)
		got := splitWords(s)
		if !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Errorf("splitWords(%q):\n got  %v\n want %v", s, got, want)
		}
		keys := make([]string, len(want))
		for i, w := range want {
			keys[i] = w.key
		}
		if f := Fold(s); f != strings.Join(keys, " ") {
			t.Errorf("Fold(%q) = %q, want %q", s, f, strings.Join(keys, " "))
		}
	}
	if len(texts) < 1000 {
		t.Errorf("only %d texts", len(texts))
	}
	t.Logf("%d texts", len(texts))
}

// isLetterRef is the word test of splitRef: a letter, a digit or a combining mark.
func isLetterRef(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// FuzzSplitAsBefore: on any text, the split, Fold and the scan for ceased bodies and units
// give what the former string-per-key split and the try-every-name scan gave.
func FuzzSplitAsBefore(f *testing.F) {
	for _, s := range []string{"Sở TT&TT tỉnh Quảng Nam", "UBND TỈNH KIÊN GIANG", "Cục Thuế tỉnh Lạng Sơn-Sở LĐ-TB&XH", "Ngân hàng Nhà nước Chi nhánh tỉnh", "VH,TT&DL", "U\u031b\u0309y", "\xff"} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, s string) {
		want := splitRef(s)
		got := splitWords(s)
		if !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("splitWords(%q):\n got  %v\n want %v", s, got, want)
		}
		for _, place := range []bool{false, true} {
			got, want := r.scan(s, D(2026, 1, 1), place, "tỉnh Bến Tre", nil), r.ceasedRef(s, D(2026, 1, 1), place, "tỉnh Bến Tre")
			if !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("CeasedIn(%q, place %v):\n got  %+v\n want %+v", s, place, got, want)
			}
		}
	})
}

// exampleScalars adds every scalar of the examples and the test files to into.
func exampleScalars(t *testing.T, into map[string]bool) {
	files, _ := filepath.Glob("../examples/*.yaml")
	more, _ := filepath.Glob("../testdata/*/*.yaml")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var n yaml.Node
		if yaml.Unmarshal(data, &n) != nil {
			continue
		}
		var walk func(*yaml.Node)
		walk = func(n *yaml.Node) {
			if n.Kind == yaml.ScalarNode {
				into[n.Value] = true
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(&n)
	}
}
