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

// splitRef is splitWords as it was before its keys were written into one buffer: one
// string per key, folded by decomposition (textnorm.Bare, which TestStripTable holds strip to).
func splitRef(s string) []word {
	s = norm.NFC.String(s)
	var out []word
	emit := func(tok string, start int) {
		if tok == "" {
			return
		}
		end := start + len(tok)
		key := textnorm.Bare(tok)
		if exp, ok := abbreviations[key]; ok {
			for _, k := range strings.Fields(exp) {
				out = append(out, word{k, start, end})
			}
			return
		}
		i := 0
		for j, r := range tok + " " {
			if j == len(tok) || r == '-' || r == '&' || r == '/' || r == ',' {
				if part := tok[i:j]; part != "" {
					k := textnorm.Bare(part)
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
		inWord := isLetterRef(r) || r == '&' || r == '-' || r == '/'
		if r == ',' && start >= 0 && i+1 < len(s) && s[i+1] != ' ' {
			inWord = true
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
			got, want := r.CeasedIn(s, D(2026, 1, 1), place, "tỉnh Bến Tre"), r.ceasedRef(s, D(2026, 1, 1), place, "tỉnh Bến Tre")
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
