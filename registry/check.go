package registry

import "fmt"

// Check reports what the embedded registry must have beyond the shape Parse checks: every
// entry its source, every document a unique key, a date and a title, every replacement and
// amendment a document the registry knows, every body its end and successor, every unit an
// end exactly when it has a successor. go generate refuses a registry that fails it; an
// office's own file (--registry) is not held to it.
func Check(r *Registry) []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if len(r.Documents) == 0 || len(r.Bodies) == 0 || len(r.Units) == 0 {
		bad("empty registry: %d documents, %d bodies, %d units", len(r.Documents), len(r.Bodies), len(r.Units))
	}
	keys := map[string]bool{}
	for _, d := range r.Documents {
		if d.Key == "" || d.Source == "" || d.Date.IsZero() || d.Title == "" {
			bad("document %q lacks key, source, date or title", d.Number)
		}
		if keys[d.Key] {
			bad("document key %q twice", d.Key)
		}
		keys[d.Key] = true
	}
	for _, d := range r.Documents {
		if d.ReplacedBy != "" && !keys[d.ReplacedBy] {
			bad("document %s replaced by unknown %q", d.Key, d.ReplacedBy)
		}
		for _, a := range d.AmendedBy {
			if !keys[a] {
				bad("document %s amended by unknown %q", d.Key, a)
			}
		}
	}
	for _, b := range r.Bodies {
		if b.Source == "" || b.Until.IsZero() || b.Successor == "" {
			bad("body %q lacks source, date or successor", b.Name)
		}
	}
	for _, u := range r.Units {
		if u.Source == "" || u.Until.IsZero() != (u.Successor == "") {
			bad("unit %q lacks its source, or has an end without successor", u.Name)
		}
	}
	return errs
}
