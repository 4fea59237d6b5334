package cmd

import (
	"strings"
	"testing"
)

// TestDateFlagsOneWording: the --date of rename, change and update (and init, basis and
// validate --as-of) are read by one checker, so the same wrong value is refused in the same
// words by each, in one language: a date written the Vietnamese way, an impossible day, a
// placeholder where a date is needed, and a date before 1945.
func TestDateFlagsOneWording(t *testing.T) {
	cmds := map[string][]string{
		"rename": {"rename", "../examples/lang-son-2020.yaml", "-o", "-"},
		"change": {"change", "../examples/binh-thuan.yaml", "../examples/binh-thuan.yaml", "-o", "-"},
		"update": {"update", "../examples/lang-son-2020.yaml", "-o", "-"},
	}
	for _, c := range []struct {
		value  string
		vi, en string
	}{
		{"13/10/2021", `--date "13/10/2021" không phải ngày dạng`, `--date "13/10/2021" is not a date as`},
		{"2021-02-30", `--date "2021-02-30" không có thật: tháng 2 năm 2021 không có ngày 30`, `--date "2021-02-30" does not exist: February 2021 has no day 30`},
		{"2026-13-01", `--date "2026-13-01" không có thật: không có tháng 13`, `--date "2026-13-01" does not exist: there is no month 13`},
		{"[[...]]", `--date "[[...]]" không phải ngày dạng`, `--date "[[...]]" is not a date as`},
		{"1944-12-31", `--date "1944-12-31" ngoài khoảng`, `--date "1944-12-31" is out of range`},
	} {
		for name, args := range cmds {
			for _, lang := range []string{"vi", "en"} {
				want := c.vi
				if lang == "en" {
					want = c.en
				}
				code, out, errs := run(t, "", append([]string{"--lang", lang}, append(args, "--date", c.value)...)...)
				if code != ExitUsage || out != "" || !strings.Contains(errs, want) {
					t.Errorf("%s %s --date %s: exit %d, want %q in\n%s", lang, name, c.value, code, want, errs)
				}
				if lang == "en" && strings.ContainsAny(errs, "ạếờữ") || lang == "vi" && strings.Contains(errs, " is not ") {
					t.Errorf("%s %s --date %s: mixed languages: %s", lang, name, c.value, errs)
				}
			}
		}
	}
	// update needs a whole date; rename and change take a month or a year for a draft.
	if code, _, errs := run(t, "", "update", "../examples/lang-son-2020.yaml", "-o", "-", "--date", "2026-06"); code != ExitUsage || !strings.Contains(errs, `--date "2026-06" không phải ngày dạng YYYY-MM-DD`) {
		t.Errorf("update --date 2026-06: exit %d %s", code, errs)
	}
	if code, _, errs := run(t, "", "update", "../examples/lang-son-2020.yaml", "-o", "-"); code != ExitUsage || !strings.Contains(errs, "thiếu --date: cần ngày dạng YYYY-MM-DD") {
		t.Errorf("update without --date: exit %d %s", code, errs)
	}
	if code, _, errs := run(t, "", "rename", "../examples/lang-son-2020.yaml", "-o", "-", "--date", "2026-06"); code == ExitUsage {
		t.Errorf("rename --date 2026-06 (a draft's month) refused: %s", errs)
	}
}
