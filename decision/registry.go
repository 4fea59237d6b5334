package decision

import (
	"strings"
	"time"

	"github.com/vanthu-vn/qd/registry"
)

// Today is the date an undated draft is checked as of; tests replace it.
var Today = func() Date {
	t := time.Now()
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// rdate is the registry's form of a date; a [[...]] placeholder is no date to it.
func rdate(d Date) registry.Date {
	if d.IsPlaceholder() {
		d = Date{Year: d.Year, Month: d.Month}
	}
	return registry.Date(d)
}

// citeAsOf is how the registry looks a basis up, for a decision of a date: a Luật named without its date is the one
// issued last by then.
func (b Basis) citeAsOf(asOf Date) registry.Cite {
	c := registry.Cite{Type: b.Type, Number: b.Number, Title: b.Title, Date: rdate(b.Date), AsOf: rdate(asOf)}
	if b.Date.IsPlaceholder() || !b.Date.Known() {
		c.Date = registry.Date{}
	}
	return c
}

// BasisOf returns a registry document as a basis of a decision.
func BasisOf(doc *registry.Document) Basis {
	b := Basis{Type: doc.Type, Number: doc.Number, Date: Date(doc.Date), Issuer: doc.Issuer, Title: doc.Title}
	if strings.EqualFold(doc.Type, "Luật") {
		b.Number, b.Issuer = "", ""
	}
	if strings.HasSuffix(doc.Number, "/TW") {
		b.Verb = "Thực hiện"
	}
	return b
}

// Citation is a registry document as a căn cứ line ready to paste.
func Citation(doc *registry.Document) string {
	b := BasisOf(doc)
	return b.VerbText() + " " + b.Citation() + ";"
}

// asOf is the date a decision is checked as of: its own date (the first day of a partial
// one), or today for an undated draft.
func (d *Decision) asOf() Date {
	if d.AsOf.Year > 0 {
		return d.AsOf.firstDay()
	}
	if !d.Date.Known() {
		return Today()
	}
	return d.Date.firstDay()
}

// latestAsOf is the last day a partial decision date may stand for ("2021" → 31/12/2021),
// so that a basis issued within that period is not taken for one issued after it.
func (d *Decision) latestAsOf() Date {
	if d.AsOf.Year > 0 || !d.Date.Known() {
		return d.asOf()
	}
	t := d.Date.last()
	return Date{t.Year(), int(t.Month()), t.Day()}
}

func (d Date) firstDay() Date {
	t := d.first()
	return Date{t.Year(), int(t.Month()), t.Day()}
}
