package importer

import (
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// TestImpossibleDate: a cited date the month does not have (31 tháng 2) is not taken as a
// date: the importer notes it where it stands, in one language, and writes a [[...]]
// placeholder, so the YAML it writes loads (2007-02-31 used to be written, which the
// loader refuses) and the clerk fills in the date.
func TestImpossibleDate(t *testing.T) {
	d, _ := loadExample(t, "../examples/vinh-long.yaml")
	text := textOf(d)
	for _, c := range []struct{ from, to, field string }{
		{"ngày 10 tháng 4 năm 2007", "ngày 31 tháng 2 năm 2007", "bases[2].date"},
		{"ngày 10 tháng 4 năm 2007", "ngày 29/02/2007", "bases[2].date"},
	} {
		if !strings.Contains(text, c.from) {
			t.Fatalf("the drafted text lacks %q", c.from)
		}
		res, err := Import("vinh-long.txt", []byte(strings.Replace(text, c.from, c.to, 1)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		bad := strings.TrimPrefix(c.to, "ngày ")
		var found *Note
		for i, n := range res.Notes {
			if strings.Contains(n.Msg.VI, bad) {
				found = &res.Notes[i]
			}
		}
		if found == nil {
			t.Errorf("%s: no note names %q: %v", c.to, bad, res.Notes)
		} else if found.Pos.Line != 13 || !strings.Contains(found.Msg.VI, "không có thật") || !strings.Contains(found.Msg.EN, "does not exist") || strings.Contains(found.Msg.EN, "không") {
			t.Errorf("%s: note %+v", c.to, *found)
		}
		back, diags := decision.Load("x.yaml", res.YAML)
		if back == nil || decision.HasErrors(diags) {
			t.Fatalf("%s: the imported YAML does not load: %v", c.to, diags)
		}
		if !back.Bases[2].Date.IsPlaceholder() || back.Bases[2].Number != "64/2007/NĐ-CP" {
			t.Errorf("%s: basis %+v, want the number kept and a [[...]] date", c.to, back.Bases[2])
		}
	}
	// Possible dates are read as before, 29 February of a leap year too.
	if got, ok := parseDate("29/02/2024"); !ok || got != (decision.Date{Year: 2024, Month: 2, Day: 29}) {
		t.Errorf("29/02/2024: %v %v", got, ok)
	}
}

// TestLetterNumbering: a lettered Word list shows a to z, then repeats the letter (aa, bb),
// as Word and LibreOffice write it; the reader used to count on like spreadsheet columns
// (27 aa, 28 ab) and so read other labels than the document shows.
func TestLetterNumbering(t *testing.T) {
	for _, c := range []struct {
		n      int
		f, out string
	}{
		{1, "lowerLetter", "a"}, {26, "lowerLetter", "z"}, {27, "lowerLetter", "aa"}, {28, "lowerLetter", "bb"},
		{52, "lowerLetter", "zz"}, {53, "lowerLetter", "aaa"}, {28, "upperLetter", "BB"}, {4, "upperRoman", "IV"},
	} {
		if got := formatNum(c.n, c.f); got != c.out {
			t.Errorf("formatNum(%d, %s) = %q, want %q", c.n, c.f, got, c.out)
		}
	}
}
