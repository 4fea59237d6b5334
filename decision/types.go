package decision

import (
	"errors"
	"fmt"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Date is a calendar date written in ISO form in YAML. A draft decision may leave the day,
// or the day and month, to be filled in on signing ("2018-12", "2018"); Month and Day are
// then zero. A clerk who does not know a date writes a placeholder "[[...]]", after the
// parts known if any ("2018-[[...]]"): Day is then PlaceholderDay and the unknown parts zero.
type Date struct {
	Year, Month, Day int
}

// PlaceholderDay is the Day of a date written as a [[...]] placeholder: given, but still to
// be filled in (it renders as the blank "ngày      tháng      năm     ").
const PlaceholderDay = -1

// IsZero reports whether no date was given (a placeholder is given).
func (d Date) IsZero() bool { return d.Year == 0 && d.Day != PlaceholderDay }

// IsPlaceholder reports whether the date was written as a [[...]] placeholder.
func (d Date) IsPlaceholder() bool { return d.Day == PlaceholderDay }

// Known reports whether at least the year is known.
func (d Date) Known() bool { return d.Year > 0 }

// Complete reports whether year, month and day are all known.
func (d Date) Complete() bool { return d.Year > 0 && d.Month > 0 && d.Day > 0 }

// String returns the ISO form, as written in YAML.
func (d Date) String() string {
	switch {
	case d.IsPlaceholder() && d.Year == 0:
		return "[[...]]"
	case d.IsPlaceholder() && d.Month == 0:
		return fmt.Sprintf("%04d-[[...]]", d.Year)
	case d.IsPlaceholder():
		return fmt.Sprintf("%04d-%02d-[[...]]", d.Year, d.Month)
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before reports whether d is strictly earlier than e. A partial date stands for its last
// possible day when it is the later one and its first when it is the earlier one, so that
// Before is true only when it is certain; a date whose year is unknown is before nothing.
func (d Date) Before(e Date) bool {
	if !d.Known() || !e.Known() {
		return false
	}
	return d.last().Before(e.first())
}

// NotBefore reports whether d is certainly not earlier than e (the same day or later), using
// only what both dates know: "2018" is not certainly not before 2018-11-19.
func (d Date) NotBefore(e Date) bool {
	if !d.Known() || !e.Known() {
		return false
	}
	return !d.first().Before(e.last())
}

// first and last are the first and last day d may stand for, as the registry's dates count
// them (a [[...]] day is an unknown day).
func (d Date) first() time.Time { return rdate(d).First() }
func (d Date) last() time.Time  { return rdate(d).Last() }

// ParseDate reads an ISO date: YYYY-MM-DD, or for a draft YYYY-MM or YYYY, or a placeholder
// "[[...]]" after the parts known ("2018-[[...]]", "2018-11-[[ngày]]").
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if isPlaceholder(s) {
		known := strings.TrimSpace(strings.TrimRight(placeholderRE.ReplaceAllString(s, ""), "- "))
		if strings.Contains(known, "[[") || strings.Contains(known, "]]") {
			return Date{}, fmt.Errorf("%q is not a date", s)
		}
		d := Date{Day: PlaceholderDay}
		if known == "" {
			return d, nil
		}
		k, err := ParseDate(known)
		if err != nil || k.Day > 0 {
			return Date{}, fmt.Errorf("%q is not a date", s)
		}
		d.Year, d.Month = k.Year, k.Month
		return d, nil
	}
	layouts := []string{"2006-01-02", "2006-01", "2006"}
	for i, l := range layouts {
		if len(s) != len(l) {
			continue
		}
		t, err := time.Parse(l, s)
		if err != nil {
			break
		}
		d := Date{Year: t.Year()}
		if i <= 1 {
			d.Month = int(t.Month())
		}
		if i == 0 {
			d.Day = t.Day()
		}
		if d.Year < 1945 {
			return Date{}, fmt.Errorf("year %d: %w", d.Year, ErrDateRange)
		}
		return d, nil
	}
	return Date{}, fmt.Errorf("%q is not a date", s)
}

// ErrDateRange is the error of ParseDate for a real date before 1945, when no text of the
// State can be dated (it was founded on 2 September 1945).
var ErrDateRange = errors.New("before 1945")

// placeholderRE matches one [[...]] placeholder.
var placeholderRE = lazyre.New(`\[\[[^\]]*\]\]`)

// Long renders the date as Nghị định 30 writes it: "ngày 05 tháng 3 năm 2020" — day below
// 10 and months 1 and 2 take a leading zero (Phụ lục I, ô 4). Unknown parts are left as
// gaps for the clerk to fill in by hand.
func (d Date) Long() string {
	const gap = "     "
	day, month, year := gap, gap, gap
	if d.Day > 0 {
		day = fmt.Sprintf("%02d", d.Day)
	}
	if d.Month > 0 {
		month = strconv.Itoa(d.Month)
		if d.Month <= 2 {
			month = "0" + month
		}
	}
	if d.Year > 0 {
		year = strconv.Itoa(d.Year)
	}
	return "ngày " + day + " tháng " + month + " năm " + year
}

// UnmarshalNode implements nodeUnmarshaler.
func (d *Date) unmarshalNode(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return errExpected("một ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD")
	}
	if n.Tag == "!!null" {
		return nil
	}
	v, err := ParseDate(n.Value)
	if errors.Is(err, ErrDateRange) {
		return errExpected("một ngày từ 02/09/1945 (ngày thành lập nước) trở về sau; "+strconv.Quote(n.Value)+" trước năm 1945, kiểm tra lại năm",
			"a date from 2 September 1945 (the founding of the State) on; "+strconv.Quote(n.Value)+" is before 1945, check the year")
	}
	if err != nil {
		return errExpected("một ngày có thật dạng YYYY-MM-DD (ví dụ 2019-05-03) hoặc [[...]] khi chưa biết, không phải "+strconv.Quote(n.Value),
			"a real date as YYYY-MM-DD (e.g. 2019-05-03), or [[...]] when unknown, not "+strconv.Quote(n.Value))
	}
	*d = v
	return nil
}

// Lines is text that may span several lines in the header or signature; YAML gives either
// one string or a list of strings.
type Lines []string

// Text joins the lines with spaces.
func (l Lines) Text() string { return strings.Join(l, " ") }

func (l *Lines) unmarshalNode(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" || n.Value == "" {
			*l = nil
			return nil
		}
		*l = Lines{n.Value}
		return nil
	case yaml.SequenceNode:
		var out Lines
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return errExpected("một chuỗi hoặc danh sách các dòng chữ", "a string or a list of lines")
			}
			out = append(out, c.Value)
		}
		*l = out
		return nil
	}
	return errExpected("một chuỗi hoặc danh sách các dòng chữ", "a string or a list of lines")
}

// A Duty or Clause may be written as a plain string.
func (d *Duty) unmarshalNode(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		d.Text = n.Value
		return nil
	}
	return errFallThrough
}

func (c *Clause) unmarshalNode(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		c.Text = n.Value
		return nil
	}
	return errFallThrough
}
