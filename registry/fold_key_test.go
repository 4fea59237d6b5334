package registry

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
)

// keyVariants are spellings textnorm.Key holds equal to the text they are made from: the
// ways a name reaches qd pasted from Word, a web page or a scanned letterhead.
var keyVariants = []struct {
	name string
	f    func(string) string
}{
	{"upper", strings.ToUpper},
	{"lower", strings.ToLower},
	{"nfd", norm.NFD.String},
	{"full-width", func(s string) string {
		return strings.Map(func(r rune) rune {
			if r > ' ' && r < 0x7F && r != '&' && r != '-' && r != ',' {
				return r - 0x21 + 0xFF01
			}
			return r
		}, s)
	}},
	{"no-break space", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
	{"doubled spaces", func(s string) string { return strings.ReplaceAll(s, " ", "  ") }},
	{"line break", func(s string) string { return strings.Replace(s, " ", "\n", 2) }},
	{"tab and ideographic space", func(s string) string { return strings.Replace(strings.Replace(s, " ", "\t", 1), " ", "\u3000", 1) }},
	{"zero-width inside words", func(s string) string {
		var b strings.Builder
		for i, r := range s {
			b.WriteRune(r)
			if i%3 == 1 && unicode.IsLetter(r) {
				b.WriteString("\u200b")
			}
		}
		return b.String()
	}},
	{"soft hyphen and BOM", func(s string) string { return "\ufeff" + strings.Replace(s, "n", "n\u00ad", 1) }},
	{"spaced &", func(s string) string { return strings.ReplaceAll(s, "&", " & ") }},
	{"& with one space", func(s string) string { return strings.ReplaceAll(s, "&", " &") }},
	{"spaced hyphen", func(s string) string { return strings.ReplaceAll(s, "-", " - ") }},
	{"en dash", func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, " - ", "–"), "-", " – ") }},
	{"comma for dash", func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, " - ", ", "), "-", ",") }},
	{"dash for comma", func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, ", ", "-"), ",", " — ") }},
}

// foldTexts are the registry's names and the abbreviated ones clerks write.
func foldTexts() []string {
	texts := []string{"Sở TT&TT", "Sở LĐ-TB&XH", "Sở VH,TT&DL", "Sở VH-TT&DL", "Sở KH&ĐT", "Sở TN&MT", "Sở NN&PTNT", "Sở GD&ĐT", "Sở KH&CN", "Sở Lao động, Thương binh và Xã hội", "Cục Thuế tỉnh Bà Rịa - Vũng Tàu"}
	for _, n := range embeddedNames {
		texts = append(texts, n.name)
	}
	return texts
}

// TestFoldAgreesWithKey: "the same name" means one thing in qd. Every spelling textnorm.Key
// holds equal to a name (so textnorm.Equal says they are the same) folds to the same words,
// so the registry finds a ceased body however it is spelled.
func TestFoldAgreesWithKey(t *testing.T) {
	for _, s := range foldTexts() {
		for _, v := range keyVariants {
			got := v.f(s)
			if textnorm.Key(got) != textnorm.Key(s) {
				continue // not a spelling of the same name for this text (a variant of nothing)
			}
			if Fold(got) != Fold(s) {
				t.Errorf("%s of %q: Fold(%q) = %q, Fold of the name %q", v.name, s, got, Fold(got), Fold(s))
			}
		}
	}
}

// FuzzFoldAgreesWithKey: on any text, a spelling textnorm.Key holds equal folds the same.
func FuzzFoldAgreesWithKey(f *testing.F) {
	for _, s := range []string{"Sở TT&TT", "Sở Thông tin và Truyền thông", "Sở LĐ-TB&XH tỉnh Hà Giang", "VH,TT&DL", "a - b & c, d", "Ｓở", "\u200b", "&-,"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, op uint8) {
		v := keyVariants[int(op)%len(keyVariants)]
		got := v.f(s)
		if textnorm.Key(got) != textnorm.Key(s) {
			return
		}
		if Fold(got) != Fold(s) {
			t.Fatalf("%s of %q: Fold(%q) = %q, Fold(%q) = %q", v.name, s, got, Fold(got), s, Fold(s))
		}
	})
}

// TestCeasedSpellings: the ceased Sở Thông tin và Truyền thông is found in a 2026 text
// however a clerk spells it — and not where the letters could name something else.
func TestCeasedSpellings(t *testing.T) {
	r := Default()
	for _, s := range []string{
		"Sở TT & TT", "Sở TT &TT", "Sở TT& TT", "Sở TT&TT", "Sở TT-TT", "Sở TT – TT", "Sở TTTT", "Sở TT, TT",
		"Sở Thông tin & Truyền thông", "Sở Thông tin - Truyền thông", "Sở Thông tin – Truyền thông", "Sở Thông tin-Truyền thông",
		"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Thông tin  và\u00a0Truyền thông", "Sở Thông tin và\nTruyền thông",
		"Sở Thông tin và Truy\u200bền thông", "\ufeffSở Thông tin và Truyền\u00ad thông", "Ｓở Ｔhông tin và Truyền thông",
		"Giám đốc Sở TT & TT tỉnh Lạng Sơn", "Sở Thông tin và Truyền thông",
	} {
		ms := r.Ceased(s, D(2026, 1, 1), false)
		if len(ms) != 1 || ms[0].Name != "Sở Thông tin và Truyền thông" || ms[0].Successor == "" {
			t.Errorf("%q in 2026: %+v, want Sở Thông tin và Truyền thông", s, ms)
			continue
		}
		if m := ms[0]; !strings.HasPrefix(s[m.Start:], "Sở") && !strings.HasPrefix(s[m.Start:], "SỞ") && !strings.HasPrefix(s[m.Start:], "Ｓở") {
			t.Errorf("%q: the mention %q does not start at the name", s, m.Text)
		}
	}
	for _, s := range []string{
		"Ｓở Tài nguyên và Môi trường", "Sở TN & MT", "Sở LĐ-TB&XH/UBND tỉnh", "Sở VH,TT&DL; Sở LĐ,TB&XH", "Sở LĐ-TB & XH", "Sở Lao động – Thương binh & Xã hội", "Sở Lao động - Thương binh - Xã hội", "Sở KH & ĐT", "Sở LĐ, TB&XH",
	} {
		if ms := r.Ceased(s, D(2026, 1, 1), false); len(ms) != 1 {
			t.Errorf("%q in 2026: %+v, want one ceased body", s, ms)
		}
	}
	// Not the ceased body: another body, a pair of letters that names too many things, a
	// name run together after an invisible character is dropped, and before 2025.
	for _, s := range []string{"Sở TT và TT", "Trung tâm TTTT", "Sở Thông\u200btin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Thông tin Truyền thông mới"} {
		if ms := r.Ceased(s, D(2026, 1, 1), false); len(ms) != 0 {
			t.Errorf("%q in 2026: %+v, want nothing", s, ms)
		}
	}
	if ms := r.Ceased("Sở TT & TT", D(2024, 1, 1), false); len(ms) != 0 {
		t.Errorf("Sở TT & TT in 2024: %+v", ms)
	}
	out, _ := r.Bring("Giám đốc Sở TT & TT tỉnh Hà Giang", D(2025, 5, 1), false)
	if out != "Giám đốc Sở Khoa học và Công nghệ tỉnh Hà Giang" {
		t.Errorf("Bring: %q", out)
	}
}
