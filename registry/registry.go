// Package registry is what qd knows of the law and the map over time: legal documents,
// bodies and administrative units, when each began and ended and what replaced it, each
// entry with its source (templates/registry/), and the as-of queries on them.
package registry

import (
	"os"
	"strings"
	"sync"

	"github.com/vanthu-vn/qd/templates"
	"golang.org/x/text/unicode/norm"
)

// Registry is the whole registry: documents, bodies and units.
type Registry struct {
	Documents       []Document `yaml:"documents"`
	Bodies          []Body     `yaml:"bodies"`
	Units           []Unit     `yaml:"units"`
	DistrictsUntil  Date       `yaml:"districts_until"`
	DistrictsSource string     `yaml:"districts_source"`
}

// Document is a legal document: when it was issued, took effect and by what it was replaced.
type Document struct {
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

// Body is a body that ceased to exist, and what took its place.
type Body struct {
	Name      string `yaml:"name"`
	Until     Date   `yaml:"until"`
	Successor string `yaml:"successor"`
	Source    string `yaml:"source"`
}

// Unit is an administrative unit that ceased to exist.
type Unit struct {
	Name      string `yaml:"name"`
	Unit      string `yaml:"unit"`
	Until     Date   `yaml:"until"`
	Successor string `yaml:"successor"`
	Source    string `yaml:"source"`
}

var (
	mu      sync.Mutex
	current *Registry
)

// Default returns the registry embedded in qd, with any files added by Add.
func Default() *Registry {
	mu.Lock()
	defer mu.Unlock()
	if current == nil {
		r, err := parseFS(templates.Registry, "registry/*.yaml")
		if err != nil {
			panic("registry: " + err.Error()) // embedded and tested
		}
		current = r
	}
	return current
}

// Add extends the default registry with an office's own file (--registry); its entries come
// first, so they override built-in ones with the same key, number or name.
func Add(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	extra, err := Parse(path, data)
	if err != nil {
		return err
	}
	base := Default()
	mu.Lock()
	defer mu.Unlock()
	current = merge(extra, base)
	return nil
}

// Reset drops the files added by Add (for tests).
func Reset() {
	mu.Lock()
	current = nil
	mu.Unlock()
}

// merge returns a registry with a's entries before b's.
func merge(a, b *Registry) *Registry {
	m := &Registry{
		Documents:       append(append([]Document(nil), a.Documents...), b.Documents...),
		Bodies:          append(append([]Body(nil), a.Bodies...), b.Bodies...),
		Units:           append(append([]Unit(nil), a.Units...), b.Units...),
		DistrictsUntil:  a.DistrictsUntil,
		DistrictsSource: a.DistrictsSource,
	}
	if m.DistrictsUntil.IsZero() {
		m.DistrictsUntil, m.DistrictsSource = b.DistrictsUntil, b.DistrictsSource
	}
	return m
}

// ByKey returns the document with the key, or nil.
func (r *Registry) ByKey(key string) *Document {
	for i := range r.Documents {
		if r.Documents[i].Key == key {
			return &r.Documents[i]
		}
	}
	return nil
}

// Cite is how a decision cites a document: what Find matches on.
type Cite struct {
	Type, Number, Title string
	Date                Date
}

// Find returns the document a citation names: by number, or for a Luật by its name (the
// one of that date when several laws share it).
func (r *Registry) Find(c Cite) *Document {
	for i := range r.Documents {
		doc := &r.Documents[i]
		if c.Number != "" && strings.EqualFold(doc.Number, c.Number) {
			return doc
		}
	}
	if strings.EqualFold(c.Type, "Luật") && c.Number == "" {
		var best *Document
		for i := range r.Documents {
			doc := &r.Documents[i]
			if strings.EqualFold(doc.Type, "Luật") && strings.EqualFold(doc.Title, c.Title) {
				if c.Date.IsZero() || doc.Date == c.Date {
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
func (r *Registry) Current(doc *Document, asOf Date) (*Document, bool) {
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

// Search returns the documents whose title, number or key contains every word of query.
func (r *Registry) Search(query string) []*Document {
	words := strings.Fields(strings.ToLower(norm.NFC.String(query)))
	var out []*Document
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
