package decision

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/registry"
)

// Severity is how serious a problem is.
type Severity int

// Severities. An error stops `qd draft`; a warning is printed and fails `qd validate` only with --strict.
const (
	Warning Severity = iota
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Lang is the language of messages to users.
type Lang string

// Supported message languages; Vietnamese is the default.
const (
	VI Lang = "vi"
	EN Lang = "en"
)

// LangFromEnv returns EN when LC_ALL, LC_MESSAGES or LANG (in that order) names an English
// locale, and VI otherwise. The POSIX locales C and C.UTF-8 name no language and give VI.
func LangFromEnv() Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "en") {
				return EN
			}
			return VI
		}
	}
	return VI
}

// ParseLang reads a --lang value.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(s) {
	case "vi", "vi-vn", "vi_vn":
		return VI, nil
	case "en", "en-us", "en_us", "en-gb", "en_gb":
		return EN, nil
	}
	return "", fmt.Errorf("unknown language %q (vi or en)", s)
}

// Msg is a message in both languages.
type Msg struct{ VI, EN string }

// In returns the message in lang.
func (m Msg) In(l Lang) string {
	if l == EN {
		return m.EN
	}
	return m.VI
}

// msgf formats a message in both languages; an argument written differently in each (a
// longDate, a Msg) is written in the message's own language, so that no message mixes them.
func msgf(vi, en string, args ...any) Msg {
	return Msg{VI: fmt.Sprintf(vi, argsIn(VI, args)...), EN: fmt.Sprintf(en, argsIn(EN, args)...)}
}

// localized is a message argument written differently in each language.
type localized interface{ In(Lang) string }

// maxArgRunes bounds a text quoted in a message: a value pasted whole (a 200 000-character
// title) would make the diagnostic line as long.
const maxArgRunes = 200

// shortArg is s, or its first maxArgRunes characters and "…" when it is longer.
func shortArg(s string) string {
	if len(s) <= maxArgRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == maxArgRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func argsIn(l Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if d, ok := a.(registry.Date); ok {
			a = Date(d)
		}
		if x, ok := a.(localized); ok {
			a = x.In(l)
		}
		if _, stringer := a.(fmt.Stringer); !stringer && a != nil {
			if v := reflect.ValueOf(a); v.Kind() == reflect.String && len(v.String()) > maxArgRunes {
				a = shortArg(v.String()) // a text, or a code (Role, Kind) the file gave
			}
		}
		out[i] = a
	}
	return out
}

// In writes the date for a message in l: "05/03/2025" in Vietnamese (dd/mm/yyyy, zero
// padded), "5 March 2025" in English, as longDate's English; a partial date gives what is
// known ("03/2025", "March 2025", "2025"), a placeholder [[...]] for what is not. A message
// never shows the YAML's ISO form: msgf writes a Date argument this way.
func (d Date) In(l Lang) string {
	if d.IsZero() {
		return Msg{"(chưa có ngày)", "(no date)"}.In(l)
	}
	gap := ""
	if d.IsPlaceholder() {
		gap = "[[...]]"
		if d.Year == 0 {
			return gap
		}
	}
	if l == EN {
		s := longDate(Date{Year: d.Year, Month: d.Month, Day: max(d.Day, 0)}).In(EN)
		if gap != "" {
			s = gap + " " + s
		}
		return s
	}
	s := fmt.Sprintf("%04d", d.Year)
	if d.Month > 0 {
		s = fmt.Sprintf("%02d/%s", d.Month, s)
	}
	switch {
	case d.Day > 0:
		s = fmt.Sprintf("%02d/%s", d.Day, s)
	case gap != "":
		s = gap + "/" + s
	}
	return s
}

// longDate is a date in running text: "ngày 01 tháng 3 năm 2025" in Vietnamese (Nghị định
// 30's form, Date.Long), "1 March 2025" in English.
type longDate Date

var monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// In writes the date in l.
func (d longDate) In(l Lang) string {
	if l != EN {
		return Date(d).Long()
	}
	if d.Year <= 0 {
		return "an unknown date"
	}
	s := strconv.Itoa(d.Year)
	if d.Month >= 1 && d.Month <= 12 {
		s = monthsEN[d.Month-1] + " " + s
		if d.Day > 0 {
			s = strconv.Itoa(d.Day) + " " + s
		}
	}
	return s
}

// Diagnostic is one problem found in a file.
type Diagnostic struct {
	File     string
	Line     int
	Column   int
	Field    string // the YAML path, e.g. members[3].role
	Rule     string // the stable rule ID
	Severity Severity
	Msg      Msg
	// Successor names what replaces an outdated citation or body, when a rule knows it.
	Successor string
}

// Message returns the message in lang, with the field named.
func (d Diagnostic) Message(l Lang) string {
	m := d.Msg.In(l)
	if d.Field != "" {
		return d.Field + ": " + m
	}
	return m
}

// SortDiagnostics orders diagnostics by file, line, column and rule so output is stable.
func SortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
}

// HasErrors reports whether any diagnostic is an error.
func HasErrors(ds []Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// expectedError is a decoding problem saying what was expected.
type expectedError struct{ msg Msg }

func (e *expectedError) Error() string { return e.msg.EN }

func errExpected(vi, en string) error {
	return &expectedError{Msg{VI: "cần " + vi, EN: "expected " + en}}
}

// errFallThrough tells the decoder to decode the node the ordinary way.
var errFallThrough = errors.New("fall through")
