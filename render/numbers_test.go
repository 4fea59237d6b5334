package render

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/render/docx"
)

// numberSymbolRE is what keepNumberHyphens finds, as the regular expression it was.
var numberSymbolRE = regexp.MustCompile(`/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ0-9.]*)+|\b\d+[a-z]?-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ]`)

func keepNumberHyphensRE(s string) string {
	return numberSymbolRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, "-", docx.NoBreakHyphen) })
}

// TestKeepNumberHyphensAsRegexp: the hyphens made non-breaking are those of the regular
// expression's matches, on real lines and on 200,000 random strings made of pieces of numbers
// and of what must not be taken for them (a letter before the digits, Đ's neighbours in
// UTF-8, a byte that is not UTF-8, doubled hyphens).
func TestKeepNumberHyphensAsRegexp(t *testing.T) {
	lines := []string{
		"Căn cứ Quyết định số 908/QĐ-UBND ngày 01/6/2021 của Ủy ban nhân dân tỉnh;",
		"Căn cứ Nghị định số 64/2007/NĐ-CP và Nghị quyết số 57-NQ/TW ngày 22/12/2024;",
		"Số:      /QĐ-BCĐ", "Số: 12/QĐ-BCĐ-VP.TH", "a57-NQ/TW 57-NQ/TW 5a-NQ/TW 5ab-NQ/TW Đ57-NQ/TW _57-NQ/TW",
		"/QĐ- -QĐ /Q-Đ /ĐĐ-đ /Q-Đđ9.-X", "57-NQ/TW-ABC/X-Y", "", "-/", "/A-B/C-D",
	}
	for _, l := range lines {
		if got, want := keepNumberHyphens(l), keepNumberHyphensRE(l); got != want {
			t.Errorf("%q:\n got %q\nwant %q", l, got, want)
		}
	}
	// pieces[k] are what may stand at the k-th place of a number-like chunk
	pieces := [][]string{
		{"/", "/", "57", "5a", "5ab", "a5", "_5", "Đ5", "é5", "\xff5", ""},
		{"QĐ", "Q", "Đ", "đ", "a", "", "NQ", "Ď"},
		{"-", "-", "", "/", "--"},
		{"UBND", "U", "Đ", "đa", "9.", "", "TW", "Ē"},
		{"-", "/", "", " ", "-"},
		{"CP", "Đ", "x", "", "VP.TH", "9", "\xc4"},
		{" ", "", "-", "é", "\xff", "/"},
	}
	rng := rand.New(rand.NewSource(11))
	changed := 0
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(4); k >= 0; k-- {
			for _, p := range pieces {
				b.WriteString(p[rng.Intn(len(p))])
			}
		}
		s := b.String()
		got, want := keepNumberHyphens(s), keepNumberHyphensRE(s)
		if got != want {
			t.Fatalf("%q:\n got %q\nwant %q", s, got, want)
		}
		if got != s {
			changed++
		}
	}
	if changed < 2000 {
		t.Errorf("only %d random strings hold a number: the test compares too few", changed)
	}
}
