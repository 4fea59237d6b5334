package registry

import (
	"strings"
	"testing"
)

// Every entry of the embedded registry names its source, keys are unique and every
// replacement points at a document the registry knows.
func TestEmbeddedEntriesHaveSources(t *testing.T) {
	r := Default()
	if len(r.Documents) == 0 || len(r.Bodies) == 0 || len(r.Units) == 0 {
		t.Fatalf("empty registry: %d documents, %d bodies, %d units", len(r.Documents), len(r.Bodies), len(r.Units))
	}
	keys := map[string]bool{}
	for _, d := range r.Documents {
		if d.Key == "" || d.Source == "" || d.Date.IsZero() || d.Title == "" {
			t.Errorf("document %q lacks key, source, date or title", d.Number)
		}
		if keys[d.Key] {
			t.Errorf("key %q twice", d.Key)
		}
		keys[d.Key] = true
	}
	for _, d := range r.Documents {
		if d.ReplacedBy != "" && r.ByKey(d.ReplacedBy) == nil {
			t.Errorf("%s replaced by unknown %q", d.Key, d.ReplacedBy)
		}
	}
	for _, b := range r.Bodies {
		if b.Source == "" || b.Until.IsZero() || b.Successor == "" {
			t.Errorf("body %q lacks source, date or successor", b.Name)
		}
	}
	for _, u := range r.Units {
		if u.Source == "" || u.Until.IsZero() || u.Successor == "" {
			t.Errorf("unit %q lacks source, date or successor", u.Name)
		}
	}
}

// A broken registry file is refused with the position of the fault, in both languages.
func TestParseErrorsLocated(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"bodies:\n  - nam: x\n", "so.yaml:2:5: "},
		{"documents:\n  - key: a\n    date: 2025-02-30\n", "so.yaml:3:11: "},
		{"units: x\n", "so.yaml:1:8: "},
		{"khac: 1\n", "so.yaml:1:1: "},
	} {
		_, err := Parse("so.yaml", []byte(c.src))
		fe, ok := err.(*FileError)
		if !ok || !strings.HasPrefix(fe.Message(false), c.want) || !strings.HasPrefix(fe.Message(true), c.want) || fe.Vi == fe.En {
			t.Errorf("%q: %v", c.src, err)
		}
	}
}

func TestCurrentFollowsReplacements(t *testing.T) {
	r := Default()
	doc := r.Find(Cite{Type: "Luật", Title: "Tổ chức chính quyền địa phương", Date: D(2015, 6, 19)})
	if doc == nil || doc.Number != "77/2015/QH13" {
		t.Fatalf("find: %+v", doc)
	}
	for _, c := range []struct {
		asOf Date
		want string
	}{{D(2019, 5, 3), "77/2015/QH13"}, {D(2026, 1, 1), "72/2025/QH15"}} {
		if cur, _ := r.Current(doc, c.asOf); cur.Number != c.want {
			t.Errorf("as of %s: %s, want %s", c.asOf, cur.Number, c.want)
		}
	}
}
