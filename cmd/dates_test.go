package cmd

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// isoDate is a date in the YAML's ISO form (2026-06-24, 2026-06), outside any "quoted"
// text: a Vietnamese message shows a date as dd/mm/yyyy (or in words), and an English one
// as "24 June 2026"; only a value the clerk wrote, quoted, keeps its form.
var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}(-\d{2})?\b`)

var quoted = regexp.MustCompile(`"[^"\n]*"`)

// unpadded is a date as dd/mm/yyyy with a one-digit day or month (01/3/2025).
var unpadded = regexp.MustCompile(`\b(\d/\d{1,2}|\d{1,2}/\d)/\d{4}\b`)

// TestMessagesShowNoISODate runs the commands whose messages carry dates (update and its
// change list, validate's date and basis rules, rename's refusal, basis) in both languages
// on the examples and on files made to break each date rule, and finds no ISO date in what
// they print for the clerk.
func TestMessagesShowNoISODate(t *testing.T) {
	dir := t.TempDir()
	ex, _ := filepath.Glob("../examples/*.yaml")
	write := func(name, from, old, new string) string {
		src, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), old) {
			t.Fatalf("%s lacks %q", from, old)
		}
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(strings.Replace(string(src), old, new, 1)), 0o644)
		return p
	}
	bad := []string{
		// basis-superseded (a successor issued on a date), basis-in-force, date-order
		write("vl.yaml", "../examples/vinh-long.yaml", "date: 2018-12", "date: 2026-07-01"),
		// the replaced decision dated after this one; the proposal dated after it
		write("bt.yaml", "../examples/binh-thuan.yaml", "date: 2021-03-09", "date: 2021-12-09"),
		write("kg.yaml", "../examples/kien-giang.yaml", "date: 2019-04-09", "date: 2019-06-09"),
		// a decision dated far in the future
		write("ls.yaml", "../examples/lang-son.yaml", "date: 2021-10-13", "date: 2099-10-13"),
	}
	var runs [][]string
	for _, f := range ex {
		out := filepath.Join(dir, "out.yaml")
		runs = append(runs, []string{"update", f, "--date", "2026-06-24", "-o", out, "--force"}, []string{"validate", f, "--as-of", "2026-06-24"})
	}
	for _, f := range bad {
		runs = append(runs, []string{"validate", f})
	}
	runs = append(runs,
		[]string{"rename", "../examples/lang-son-2020.yaml", "--date", "2019-01-01", "-o", "-"},
		[]string{"change", "../examples/binh-thuan.yaml", "../examples/binh-thuan.yaml", "--date", "2020-01-01", "-o", "-"},
		[]string{"basis", "công nghệ thông tin", "--date", "2026-07-01"},
		[]string{"basis", "chuyển đổi số", "--date", "2026-07-01"},
		[]string{"basis", "chính phủ điện tử", "--date", "2026-01-01"},
		[]string{"basis", "Nghị quyết 17", "--date", "2026-01-01"},
		[]string{"basis", "Luật Chuyển đổi số", "--date", "2026-01-01"},
		[]string{"init", "--date", "1900-01-01", "-o", "-"},
	)
	dated := 0
	for _, args := range runs {
		for _, lang := range []string{"vi", "en"} {
			_, out, errs := run(t, "", append([]string{"--lang", lang}, args...)...)
			if args[len(args)-1] == "-" {
				out = "" // the YAML written
			}
			text := out + errs
			for _, line := range strings.Split(text, "\n") {
				if strings.Contains(line, "# ref:") {
					continue // a document's source, quoted as published
				}
				if m := isoDate.FindString(quoted.ReplaceAllString(line, `""`)); m != "" {
					t.Errorf("%s %s: ISO date %s in %q", lang, strings.Join(args, " "), m, line)
				}
				if m := unpadded.FindString(quoted.ReplaceAllString(line, `""`)); m != "" {
					t.Errorf("%s %s: date %s not zero-padded (dd/mm/yyyy) in %q", lang, strings.Join(args, " "), m, line)
				}
			}
			if regexp.MustCompile(`\d{2}/\d{2}/\d{4}| [1-3]?\d (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`).MatchString(text) {
				dated++
			}
		}
	}
	if dated < 10 {
		t.Errorf("only %d runs printed a date: the test no longer reaches the date messages", dated)
	}
}
