package registry

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Date is a calendar day of the registry (ISO YYYY-MM-DD in its files). It has the same
// fields as decision.Date, so a decision's date converts to it directly; Month and Day are
// zero when only the year (or year and month) is known.
type Date struct {
	Year, Month, Day int
}

// D returns the date of year, month and day.
func D(year, month, day int) Date { return Date{year, month, day} }

// IsZero reports whether no date was given.
func (d Date) IsZero() bool { return d.Year == 0 }

// String returns the ISO form.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before reports whether d is certainly earlier than e: a partial date stands for its last
// day when it is the later one and its first day when it is the earlier one.
func (d Date) Before(e Date) bool { return d.Last().Before(e.First()) }

// First is the first day d may stand for: the day itself, or the first of its month or year
// when only those are known.
func (d Date) First() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Last is the last day d may stand for: the day itself, or the last of its month or year
// when only those are known.
func (d Date) Last() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// UnmarshalYAML reads a full ISO date.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(n.Value))
	if n.Kind != yaml.ScalarNode || err != nil {
		return &FileError{Line: n.Line, Column: n.Column,
			Vi: fmt.Sprintf("cần một ngày dạng YYYY-MM-DD, không phải %q", n.Value),
			En: fmt.Sprintf("expected a date as YYYY-MM-DD, not %q", n.Value)}
	}
	*d = Date{t.Year(), int(t.Month()), t.Day()}
	return nil
}
