// Package registry is what qd knows of the law and the map over time: legal documents,
// bodies and administrative units, when each began and ended and what replaced it, each
// entry with its source (templates/registry/), and the as-of queries on them.
//
// The YAML under templates/registry/ is the source of truth; qd runs on data_gen.go, the
// same data compiled into Go by go generate (see internal/gen), so that it starts without
// parsing them. After editing the YAML, run go generate ./registry; TestEmbeddedIsTheYAML
// fails until then.
package registry

//go:generate go run -tags registrygen ./internal/gen -o data_gen.go

import (
	"os"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// Registry is the whole registry: documents, bodies and units.
type Registry struct {
	Documents       []Document `yaml:"documents"`
	Bodies          []Body     `yaml:"bodies"`
	Units           []Unit     `yaml:"units"`
	DistrictsUntil  Date       `yaml:"districts_until"`
	DistrictsSource string     `yaml:"districts_source"`
	// TownsUntil is the end of the thị trấn (communes are xã, phường, đặc khu after it).
	TownsUntil Date `yaml:"towns_until"`
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
	// AmendedBy lists the keys of the documents that amend this one (cited with it).
	AmendedBy []string `yaml:"amended_by"`
	// Expires is the end of the period a programme covers (Nghị quyết 17/NQ-CP: 2019-2020,
	// to 2025): after it the text is not repealed, but no longer a basis for a new decision.
	Expires Date `yaml:"expires"`
	// Unconfirmed says what no official source has confirmed; such an entry only warns.
	Unconfirmed string `yaml:"unconfirmed"`
	Source      string `yaml:"source"`
}

// Body is a body (or a portfolio) that ceased to exist, and what took its place.
type Body struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	// Scope "unit": the name is followed by its province ("Cục Thuế tỉnh Lạng Sơn"), which
	// {đơn vị} in the successor repeats. Scope "region": the name is followed by a region
	// number ("Chi cục Thuế khu vực XVI"), which the mention includes.
	Scope     string `yaml:"scope"`
	Until     Date   `yaml:"until"`
	Successor string `yaml:"successor"`
	// Restored is the day the name is in use again (Bảo hiểm xã hội tỉnh: regional from
	// 2025, provincial again from 01/7/2025): from then on it is not a mention.
	Restored Date `yaml:"restored"`
	// Unless are longer names of other bodies that contain this one ("Chi cục Thống kê"
	// contains "Cục Thống kê", "Ban Dân tộc Hội đồng nhân dân" contains "Ban Dân tộc"): a
	// match inside one of them is not this body.
	Unless []string `yaml:"unless"`
	// UnlessWith are names of other bodies that have a board or office of this name: where
	// the texts naming one holder together (a member's organisation, post and portfolio)
	// name one of them, the name is theirs, not this body ("Trưởng Ban Dân tộc" of a member
	// whose organisation is "Hội đồng nhân dân tỉnh" heads the HĐND's Ban Dân tộc).
	UnlessWith []string `yaml:"unless_with"`
	// Successors are later names of the successor, each from a date.
	Successors []Later `yaml:"successors"`
	// Regions name, for a scope "unit" body, the regional office that succeeds it in each
	// province from a date (the State Bank's Chi nhánh Khu vực N); a province none lists
	// keeps the Successor with its [[...]] placeholder.
	Regions     []Region `yaml:"regions"`
	Unconfirmed string   `yaml:"unconfirmed"`
	Source      string   `yaml:"source"`
}

// Region is a regional office and the provinces it serves from a date. Units are province
// names as they were on From; a province that ceased later is found through its successor.
type Region struct {
	From   Date     `yaml:"from"`
	Name   string   `yaml:"name"`
	Units  []string `yaml:"units"`
	Source string   `yaml:"source"`
}

// RegionOf returns the regional office that serves a province (its name, with or without
// "tỉnh"/"thành phố") on a date. The entries of one From are one arrangement, replacing the
// ones before it: only the latest arrangement not after asOf is read, under the province's
// name on that date or the one it was merged into. Nil when that arrangement does not list
// it (qd then keeps the placeholder rather than a number from an older arrangement).
func (r *Registry) RegionOf(b *Body, unit string, asOf Date) *Region {
	var from Date
	for _, g := range b.Regions {
		if !asOf.Before(g.From) && from.Before(g.From) {
			from = g.From
		}
	}
	if from.IsZero() {
		return nil
	}
	key := r.unitOn(Fold(unit), from)
	for i := range b.Regions {
		g := &b.Regions[i]
		if g.From != from {
			continue
		}
		for _, u := range g.Units {
			if keyOf(u) == key {
				return g
			}
		}
	}
	return nil
}

// unitOn follows the successors of a province, given as a folded name with or without its
// kind word, up to a date, and returns the folded bare name: "Bắc Giang" on 01/7/2025 is
// "bac ninh". The units named so are looked up in the scan index (places: by the first word
// of the bare name, in registry order), not by walking every unit at each step.
func (r *Registry) unitOn(key string, asOf Date) string {
	bare := func(k string) string {
		for _, p := range []string{"tinh ", "thanh pho "} {
			k = strings.TrimPrefix(k, p)
		}
		return k
	}
	places := r.index().places
	key = bare(key)
	for seen := 0; seen < 5; seen++ {
		next := ""
		first, _, _ := strings.Cut(key, " ")
		for _, i := range places[first] {
			u := &r.Units[i]
			if u.Unconfirmed == "" && !u.Until.IsZero() && !asOf.Before(u.Until) && keyOf(u.Name) == key {
				next = bare(keyOf(u.Successor))
				break
			}
		}
		if next == "" {
			break
		}
		key = next
	}
	return key
}

// Later is the name a successor bears from a date.
type Later struct {
	From Date   `yaml:"from"`
	Name string `yaml:"name"`
}

// SuccessorAt is the name to write instead of the body on a date.
func (b *Body) SuccessorAt(asOf Date) string {
	s := b.Successor
	for _, l := range b.Successors {
		if !asOf.Before(l.From) {
			s = l.Name
		}
	}
	return s
}

// Unit is a provincial administrative unit: those that ceased have Until and Successor.
type Unit struct {
	Name string `yaml:"name"`
	Unit string `yaml:"unit"` // tỉnh or thành phố
	// From is the day the unit began under this name and kind (zero: before 2015).
	From      Date   `yaml:"from"`
	Until     Date   `yaml:"until"`
	Successor string `yaml:"successor"`
	// Absorbed are the units merged into this one on 01/7/2025.
	Absorbed []string `yaml:"absorbed"`
	// SpecialZones are its đặc khu (commune-level island units from 01/7/2025).
	SpecialZones []string `yaml:"special_zones"`
	Unconfirmed  string   `yaml:"unconfirmed"`
	Source       string   `yaml:"source"`
}

// Provinces returns the provincial units that existed on a date (confirmed entries only).
func (r *Registry) Provinces(asOf Date) []*Unit {
	var out []*Unit
	for i := range r.Units {
		u := &r.Units[i]
		if u.Unconfirmed != "" || asOf.Before(u.From) || !u.Until.IsZero() && !asOf.Before(u.Until) {
			continue
		}
		out = append(out, u)
	}
	return out
}

// Province returns the confirmed unit of that name existing on a date, or nil.
func (r *Registry) Province(name string, asOf Date) *Unit {
	key := Fold(name)
	for _, u := range r.Provinces(asOf) {
		if keyOf(u.Name) == key {
			return u
		}
	}
	return nil
}

var (
	mu      sync.Mutex
	current *Registry
)

// Default returns the registry embedded in qd, with any files added by Add. Callers must not
// change it.
func Default() *Registry {
	mu.Lock()
	defer mu.Unlock()
	if current == nil {
		current = &embedded
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
	dropIndex(current)
	current = merge(extra, base)
	return nil
}

// Reset drops the files added by Add (for tests).
func Reset() {
	mu.Lock()
	dropIndex(current)
	current = nil
	mu.Unlock()
}

// dropIndex forgets the scan index of a registry Add or Reset replaces (a merged one; the
// embedded registry's stays, as the registry itself does), so that each Add does not keep the
// index of the registry before it alive. A caller still holding the replaced registry gets
// its index built again.
func dropIndex(r *Registry) {
	if r != nil && r != &embedded {
		indexes.Delete(r)
	}
}

// merge returns a registry with a's entries before b's.
func merge(a, b *Registry) *Registry {
	m := &Registry{
		TownsUntil:      a.TownsUntil,
		Documents:       append(append([]Document(nil), a.Documents...), b.Documents...),
		Bodies:          append(append([]Body(nil), a.Bodies...), b.Bodies...),
		Units:           append(append([]Unit(nil), a.Units...), b.Units...),
		DistrictsUntil:  a.DistrictsUntil,
		DistrictsSource: a.DistrictsSource,
	}
	if m.TownsUntil.IsZero() {
		m.TownsUntil = b.TownsUntil
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
	// AsOf, for a Luật cited by name without its date: the one issued last by then.
	AsOf Date
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
				switch {
				case !c.Date.IsZero() && doc.Date == c.Date:
					return doc
				case c.Date.IsZero() && !c.AsOf.IsZero():
					if !c.AsOf.Before(doc.Date) && (best == nil || best.Date.Before(doc.Date)) {
						best = doc
					}
				case c.Date.IsZero():
					return doc
				case best == nil:
					best = doc
				}
			}
		}
		return best
	}
	return nil
}

// Current follows the replacements of doc as of a date. It returns the newest document
// that may be in force then, and whether that is certain: a successor whose entry into force
// is not confirmed, or whose entry is unconfirmed, replaces its predecessor only uncertainly,
// from its date of issue.
func (r *Registry) Current(doc *Document, asOf Date) (*Document, bool) {
	sure, latest := r.InForce(doc, asOf)
	return latest, sure == latest
}

// InForce follows the replacements of doc as of a date: sure is the last document that
// certainly replaced it by then (doc itself if none), latest the newest that may have.
func (r *Registry) InForce(doc *Document, asOf Date) (sure, latest *Document) {
	sure, latest = doc, doc
	for seen := 0; latest.ReplacedBy != "" && seen < 20; seen++ {
		next := r.ByKey(latest.ReplacedBy)
		if next == nil || asOf.Before(next.Date) {
			break
		}
		confirmed := next.Unconfirmed == "" && !next.Effective.IsZero()
		if confirmed && asOf.Before(next.Effective) {
			break
		}
		latest = next
		if confirmed {
			// A confirmed successor in force ends everything before it in the chain.
			sure = next
		}
	}
	return sure, latest
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
