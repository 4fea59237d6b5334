package textwidth

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
)

// titles are trích yếu of decisions on committees reported in 2021-2026, not those of the
// examples: the national committee after 598/QĐ-TTg, provincial and ministry committees.
var titles = []string{
	"Về việc kiện toàn Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
	"Về việc thành lập Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 thành phố Hồ Chí Minh",
	"Về việc thành lập Ban Chỉ đạo xây dựng Chính phủ điện tử, chính quyền số và bảo đảm an toàn thông tin mạng của Bộ Tài chính",
	"Về việc kiện toàn Ban Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06 của Ủy ban nhân dân tỉnh Quảng Ngãi",
	"Ban hành Quy chế hoạt động của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Nai",
	"Về việc kiện toàn và đổi tên Ban Chỉ đạo xây dựng chính quyền điện tử thành Ban Chỉ đạo chuyển đổi số thành phố Cần Thơ",
}

// splitWords are the words the old balanced break cut in two (issue #11, item 5) and others
// like them.
var splitWords = []string{"chính phủ", "điện tử", "chính quyền", "công nghệ", "sáng tạo", "đổi mới", "chuyển đổi", "khoa học",
	"thông tin", "hành chính", "cải cách", "phát triển", "an toàn", "bảo đảm", "xây dựng", "hoạt động", "quy chế", "kiện toàn", "thành lập"}

// TestBalanceBreaksBetweenWords: at every width from a wide page to a narrow column, the
// balanced title never breaks inside a word, a capitalised name or a unit and its name.
func TestBalanceBreaksBetweenWords(t *testing.T) {
	for _, title := range titles {
		for width := 9500; width >= 4500; width -= 250 {
			lines := Balance(title, true, 14, width)
			if strings.Join(lines, " ") != title {
				t.Fatalf("lines %q lose text of %q", lines, title)
			}
			for i := 1; i < len(lines); i++ {
				a, b := strings.Fields(lines[i-1]), strings.Fields(lines[i])
				pair := strings.ToLower(a[len(a)-1] + " " + b[0])
				for _, w := range splitWords {
					if strings.Trim(pair, ",") == w {
						t.Errorf("width %d: %q breaks inside %q", width, lines, w)
					}
				}
				if isWord([]string{a[len(a)-1], b[0]}) {
					t.Errorf("width %d: %q breaks inside the word %q", width, lines, pair)
				}
				if unitWords[strings.ToLower(a[len(a)-1])] && upperInitial(b[0]) {
					t.Errorf("width %d: %q parts a unit from its name", width, lines)
				}
			}
			for _, l := range lines {
				if Twips(l, true, 14) > width && len(strings.Fields(l)) > 1 {
					t.Errorf("width %d: line %q too wide", width, l)
				}
			}
		}
	}
}

// TestBalancePrefersPhrases: where a phrase boundary gives lines about as even, the break
// falls there (after a comma, before "về", "của", "và", "tỉnh", "thành phố").
func TestBalancePrefersPhrases(t *testing.T) {
	lines := Balance(titles[0], true, 14, 9355)
	if len(lines) < 2 {
		t.Fatalf("%q", lines)
	}
	for i := 1; i < len(lines); i++ {
		words := strings.Fields(strings.Join(lines[:i], " ") + " " + strings.Join(lines[i:], " "))
		if !PhraseBoundary(words, len(strings.Fields(strings.Join(lines[:i], " ")))) {
			t.Errorf("%q: break %d is not at a phrase boundary", lines, i)
		}
	}
}

// TestWordList: the word list is the generated one, with its source and licence, and holds the
// words whatever the tone placement.
func TestWordList(t *testing.T) {
	for _, w := range []string{"chính phủ", "điện tử", "Ủy ban", "uỷ ban nhân dân", "Hòa bình", "sáng tạo,"} {
		if !isWord(strings.Fields(w)) {
			t.Errorf("%q not found", w)
		}
	}
	for _, w := range []string{"phủ điện", "Ban Chỉ", "của Ban"} {
		if isWord(strings.Fields(w)) {
			t.Errorf("%q found", w)
		}
	}
	if n := strings.Count(wordList, "\n") + 1; n < 40000 {
		t.Errorf("only %d words", n)
	}
}

// TestInList: the bisection of the word list finds every one of its lines, the first and the
// last included, and nothing between them: a line with a letter added or dropped, a prefix of
// two lines joined, or the empty string.
func TestInList(t *testing.T) {
	lines := strings.Split(wordList, "\n")
	set := make(map[string]bool, len(lines))
	for _, l := range lines {
		set[l] = true
	}
	for i, l := range lines {
		if !inList(l) {
			t.Fatalf("line %d %q not found", i, l)
		}
		for _, miss := range []string{l + "a", l[:len(l)-1], " " + l, l + " ", "\n" + l} {
			if inList(miss) != set[miss] {
				t.Fatalf("%q: inList %v, want %v", miss, !set[miss], set[miss])
			}
		}
		if i > 0 && inList(lines[i-1]+"\n"+l) {
			t.Fatalf("two lines joined found: %q", lines[i-1]+"\n"+l)
		}
	}
	for _, miss := range []string{"", "\n", "a", "zzzz", "\xff"} {
		if inList(miss) {
			t.Errorf("%q found", miss)
		}
	}
}

// TestWordListKeys: each line of the word list is its own textnorm.Key and the lines are
// strictly sorted, as isWord and the bisection of inList need: a change to textnorm.Key that
// would leave words_gen.go stale (and words silently unfound) fails here.
func TestWordListKeys(t *testing.T) {
	prev := ""
	for i, l := range strings.Split(wordList, "\n") {
		if k := textnorm.Key(l); k != l {
			t.Fatalf("line %d %q is not its key %q: rerun internal/genwords", i, l, k)
		}
		if i > 0 && l <= prev {
			t.Fatalf("line %d %q is not after %q", i, l, prev)
		}
		prev = l
	}
}

// TestSyllableKeysAsIsWord: Breaks' word test on the syllables' own keys answers as isWord on
// the joined run, for runs of the word list's syllables written every way a text may write
// them (capitals, decomposed, tone mark on another vowel, punctuation, letters of other
// scripts and symbols around them).
func TestSyllableKeysAsIsWord(t *testing.T) {
	var pool, lines []string
	for i, l := range strings.Split(wordList, "\n") {
		if i%97 != 0 { // a sample of the 56,589 lines, every kind of syllable
			continue
		}
		pool = append(pool, strings.Fields(l)...)
		if n := len(strings.Fields(l)); n >= 2 && n <= 4 {
			lines = append(lines, l)
		}
	}
	pool = append(pool, "Chính", "PHỦ", "hòa", "hoà", "Ủy", "Uỷ", "thuỷ", "lợi,", "(Đề", "án)", "“số”", "06", "ǅ", "ﬁ", "ŉ",
		"\u0301a", "a\u0301", "x\u034f", "Ω", "&", "-", "TT&TT", "e\u200bx", "\u00a0", "ＡＢ")
	rng := rand.New(rand.NewSource(16))
	found := 0
	for n := 0; n < 20000; n++ {
		k := 2 + rng.Intn(3)
		words := make([]string, k+2)
		for j := range words {
			w := pool[rng.Intn(len(pool))]
			switch rng.Intn(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = norm.NFD.String(w)
			}
			words[j] = w
		}
		// also a run known to be a word, so that true answers are compared too
		if n%2 == 0 {
			copy(words[1:], strings.Fields(lines[rng.Intn(len(lines))]))
		}
		sk := newSyllableKeys(len(words))
		for i := 0; i+k <= len(words); i++ {
			got, want := sk.isWord(words, i, k), isWord(words[i:i+k])
			if got != want {
				t.Fatalf("%q at %d, %d syllables: %v, isWord says %v", words, i, k, got, want)
			}
			if got {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d runs were words: the test compares too few true answers", found)
	}
	words := strings.Fields("ban chỉ đạo chuyển đổi số chính quyền điện tử")
	sk := newSyllableKeys(len(words))
	if !sk.isWord(words, 3, 2) || !sk.isWord(words, 8, 2) || sk.isWord(words, 2, 2) {
		t.Errorf("chuyển đổi / điện tử are words, đạo chuyển is not")
	}
}

// TestLookPair: for every line of the word list, its first two syllables are looked up as a
// word exactly when they are a line, and as the start of a longer word when the line is
// longer; no line holds a character below the space, as lookPair's search needs.
func TestLookPair(t *testing.T) {
	lines := strings.Split(wordList, "\n")
	for i, l := range lines {
		if strings.ContainsFunc(l, func(r rune) bool { return r < ' ' }) {
			t.Fatalf("line %d %q holds a control character", i+1, l)
		}
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		pair := f[0] + " " + f[1]
		info := lookPair(pair)
		if got, want := info&pairWord != 0, inList(pair); got != want {
			t.Fatalf("%q: word %v, inList %v", pair, got, want)
		}
		if len(f) > 2 && info&pairLonger == 0 {
			t.Fatalf("%q: line %q starts with it, lookPair says no longer word", pair, l)
		}
		if i%50 == 0 { // a pair no line starts with
			if info := lookPair(pair + "x"); info&pairLonger != 0 && !strings.Contains(wordList, "\n"+pair+"x ") {
				t.Fatalf("%q: no line starts with it, lookPair says one does", pair+"x")
			}
		}
	}
}
