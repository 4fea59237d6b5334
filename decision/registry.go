package decision

import (
	"os"
	"strings"
	"sync"
	"time"

	"github.com/vanthu-vn/qd/templates"
)

// Registry is what qd knows of the law and the administration over time: legal documents,
// bodies and administrative units, each with its source (templates/registry.yaml).
type Registry struct {
	Documents       []RegDoc  `yaml:"documents"`
	Bodies          []RegBody `yaml:"bodies"`
	Units           []RegUnit `yaml:"units"`
	DistrictsUntil  Date      `yaml:"districts_until"`
	DistrictsSource string    `yaml:"districts_source"`
}

// RegDoc is a legal document: when it was issued, took effect and by what it was replaced.
type RegDoc struct {
	Key        string `yaml:"key"`
	Type       string `yaml:"type"`
	Number     string `yaml:"number"`
	Title      string `yaml:"title"`
	Date       Date   `yaml:"date"`
	Effective  Date   `yaml:"effective"`
	Issuer     string `yaml:"issuer"`
	ReplacedBy string `yaml:"replaced_by"`
	Source     string `yaml:"source"`
}

// RegBody is a body that ceased to exist, and what took its place.
type RegBody struct {
	Name      string `yaml:"name"`
	Until     Date   `yaml:"until"`
	Successor string `yaml:"successor"`
	Source    string `yaml:"source"`
}

// RegUnit is an administrative unit that ceased to exist.
type RegUnit struct {
	Name      string `yaml:"name"`
	Unit      string `yaml:"unit"`
	Until     Date   `yaml:"until"`
	Successor string `yaml:"successor"`
	Source    string `yaml:"source"`
}

var (
	registryMu sync.Mutex
	registry   *Registry
)

// DefaultRegistry returns the registry embedded in qd, with any files added by AddRegistry.
func DefaultRegistry() *Registry {
	registryMu.Lock()
	defer registryMu.Unlock()
	if registry == nil {
		var r Registry
		if err := decodeTemplate("templates/registry.yaml", templates.Registry, &r); err != nil {
			panic("decision: " + err.Error()) // embedded and tested
		}
		registry = &r
	}
	return registry
}

// AddRegistry extends the default registry with an office's own file (--registry); its
// entries come first, so they override built-in ones with the same key, number or name.
func AddRegistry(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var extra Registry
	if err := decodeTemplate(path, string(data), &extra); err != nil {
		return err
	}
	base := DefaultRegistry()
	registryMu.Lock()
	defer registryMu.Unlock()
	merged := &Registry{
		Documents:       append(extra.Documents, base.Documents...),
		Bodies:          append(extra.Bodies, base.Bodies...),
		Units:           append(extra.Units, base.Units...),
		DistrictsUntil:  base.DistrictsUntil,
		DistrictsSource: base.DistrictsSource,
	}
	registry = merged
	return nil
}

// Today is the date an undated draft is checked as of; tests replace it.
var Today = func() Date {
	t := time.Now()
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// ByKey returns the document with the key, or nil.
func (r *Registry) ByKey(key string) *RegDoc {
	for i := range r.Documents {
		if r.Documents[i].Key == key {
			return &r.Documents[i]
		}
	}
	return nil
}

// Find returns the registry document a basis cites: by number, or for a Luật by its name.
func (r *Registry) Find(b Basis) *RegDoc {
	for i := range r.Documents {
		doc := &r.Documents[i]
		if b.Number != "" && strings.EqualFold(doc.Number, b.Number) {
			return doc
		}
	}
	if strings.EqualFold(b.Type, "Luật") && b.Number == "" {
		var best *RegDoc
		for i := range r.Documents {
			doc := &r.Documents[i]
			if strings.EqualFold(doc.Type, "Luật") && strings.EqualFold(doc.Title, b.Title) {
				if b.Date.IsZero() || doc.Date == b.Date {
					return doc
				}
				if best == nil {
					best = doc
				}
			}
		}
		return best
	}
	return nil
}

// Current follows the replacements of doc as of a date. It returns the document in force
// then, and whether that is certain: a successor whose entry into force is not confirmed
// replaces its predecessor only uncertainly, from its date of issue.
func (r *Registry) Current(doc *RegDoc, asOf Date) (*RegDoc, bool) {
	cur, certain := doc, true
	for seen := 0; cur.ReplacedBy != "" && seen < 20; seen++ {
		next := r.ByKey(cur.ReplacedBy)
		if next == nil {
			break
		}
		switch {
		case !next.Effective.IsZero() && !asOf.Before(next.Effective):
			cur, certain = next, true
		case next.Effective.IsZero() && !asOf.Before(next.Date):
			cur, certain = next, false
		default:
			return cur, certain
		}
	}
	return cur, certain
}

// Basis returns the document as a basis of a decision.
func (doc *RegDoc) Basis() Basis {
	b := Basis{Type: doc.Type, Number: doc.Number, Date: doc.Date, Issuer: doc.Issuer, Title: doc.Title}
	if strings.EqualFold(doc.Type, "Luật") {
		b.Number, b.Issuer = "", ""
	}
	if strings.HasSuffix(doc.Number, "/TW") {
		b.Verb = "Thực hiện"
	}
	return b
}

// Citation is the document as a căn cứ line ready to paste.
func (doc *RegDoc) Citation() string {
	b := doc.Basis()
	return b.VerbText() + " " + b.Citation() + ";"
}

// Search returns the documents whose title, number or key contains every word of query.
func (r *Registry) Search(query string) []*RegDoc {
	words := strings.Fields(strings.ToLower(nfc(query)))
	var out []*RegDoc
	for i := range r.Documents {
		doc := &r.Documents[i]
		hay := strings.ToLower(doc.Type + " " + doc.Title + " " + doc.Number + " " + doc.Key)
		all := true
		for _, w := range words {
			all = all && strings.Contains(hay, w)
		}
		if all {
			out = append(out, doc)
		}
	}
	return out
}

// asOf is the date a decision is checked as of: its own date (the first day of a partial
// one), or today for an undated draft.
func (d *Decision) asOf() Date {
	if d.AsOf.Year > 0 {
		return d.AsOf.firstDay()
	}
	if d.Date.IsZero() {
		return Today()
	}
	return d.Date.firstDay()
}

// latestAsOf is the last day a partial decision date may stand for ("2021" → 31/12/2021),
// so that a basis issued within that period is not taken for one issued after it.
func (d *Decision) latestAsOf() Date {
	if d.AsOf.Year > 0 || d.Date.IsZero() {
		return d.asOf()
	}
	t := d.Date.last()
	return Date{t.Year(), int(t.Month()), t.Day()}
}

func (d Date) firstDay() Date {
	t := d.first()
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// ResetRegistry drops the files added by AddRegistry (for tests).
func ResetRegistry() {
	registryMu.Lock()
	registry = nil
	registryMu.Unlock()
}
