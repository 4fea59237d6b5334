package registry

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// ceasedRef is CeasedIn as it was before the index: every body and unit of the registry
// tried on the text in turn. TestCeasedAsScanningAll compares the two.
func (r *Registry) ceasedRef(text string, asOf Date, place bool, home string) []Mention {
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	ws := splitRef(text) // the split as it was (TestSplitAsBefore holds splitWords to it)
	var out []Mention
	add := func(i, j int, m Mention) {
		m.Start, m.End = ws[i].start, ws[j-1].end
		m.Text = text[m.Start:m.End]
		m.Successor = inCase(m.Successor, m.Text)
		out = append(out, m)
	}
	unitPhrase := func(j int) int {
		k := j + kindWords(ws, j)
		best := k
		for i := range r.Units {
			needle := strings.Fields(Fold(r.Units[i].Name))
			if a, b, ok := find(ws[:min(len(ws), k+len(needle))], needle, k); ok && a == k && b > best {
				best = b
			}
		}
		return best
	}
	for bi := range r.Bodies {
		b := &r.Bodies[bi]
		if b.Until.IsZero() || asOf.Before(b.Until) || !b.Restored.IsZero() && !asOf.Before(b.Restored) {
			continue
		}
		for _, name := range append([]string{b.Name}, b.Aliases...) {
			needle := strings.Fields(Fold(name))
			for from := 0; ; {
				i, j, ok := find(ws, needle, from)
				if !ok {
					break
				}
				from = j
				if inside(ws, i, j, b.Unless) {
					continue
				}
				succ := b.SuccessorAt(asOf)
				if b.Scope == "region" && j < len(ws) && regionNumber(ws[j].key) {
					j++
				}
				if b.Scope == "unit" {
					k := unitPhrase(j)
					if k == j {
						continue
					}
					succ = strings.ReplaceAll(succ, "{đơn vị}", text[ws[j].start:ws[k-1].end])
					if len(b.Regions) > 0 {
						unit := home
						if n := kindWords(ws, j); j+n < k {
							unit = text[ws[j+n].start:ws[k-1].end]
						}
						if g := r.RegionOf(b, unit, asOf); g != nil {
							succ = g.Name
						}
					}
					j = k
				}
				add(i, j, Mention{Kind: "body", Name: b.Name, Until: b.Until, Successor: succ, Unconfirmed: b.Unconfirmed, Source: b.Source})
			}
		}
	}
	for ui := range r.Units {
		u := &r.Units[ui]
		if u.Until.IsZero() || asOf.Before(u.Until) {
			continue
		}
		m := Mention{Kind: "unit", Name: u.Unit + " " + u.Name, Until: u.Until, Successor: u.Successor, Unconfirmed: u.Unconfirmed, Source: u.Source}
		if place {
			if len(ws) > 0 && equalWords(ws, strings.Fields(Fold(u.Name))) {
				m.Successor = bareName(u.Successor)
				add(0, len(ws), m)
			}
			continue
		}
		needle := strings.Fields(Fold(u.Unit + " " + u.Name))
		for from := 0; ; {
			i, j, ok := find(ws, needle, from)
			if !ok {
				break
			}
			from = j
			add(i, j, m)
		}
	}
	if !place {
		r.partyUnitsRef(ws, asOf, add)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start >= end {
			kept = append(kept, m)
			end = m.End
		}
	}
	markCited(text, kept) // added after the index; it reads the mentions, not the index
	return kept
}

// partyUnitsRef is partyUnits (added with the index) without it: after "Tỉnh ủy" or
// "Thành ủy", every unit of the registry tried in turn, the first that matches taken.
func (r *Registry) partyUnitsRef(ws []word, asOf Date, add func(i, j int, m Mention)) {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i+1].key != "uy" || ws[i].key != "tinh" && ws[i].key != "thanh" || ws[i].start == ws[i+1].start {
			continue
		}
		k := i + 2
		for ui := range r.Units {
			u := &r.Units[ui]
			needle := strings.Fields(Fold(u.Name))
			if u.Until.IsZero() || asOf.Before(u.Until) || u.Unit != "tỉnh" && u.Unit != "thành phố" {
				continue
			}
			if a, _, ok := find(ws[:min(len(ws), k+len(needle))], needle, k); !ok || a != k {
				continue
			}
			succ := u.Successor
			switch {
			case strings.HasPrefix(succ, "thành phố "):
				succ = "Thành ủy " + strings.TrimPrefix(succ, "thành phố ")
			case strings.HasPrefix(succ, "tỉnh "):
				succ = "Tỉnh ủy " + strings.TrimPrefix(succ, "tỉnh ")
			default:
				succ = "[[Tỉnh ủy, Thành ủy]] " + succ
			}
			add(i, k+len(needle), Mention{Kind: "unit", Name: u.Unit + " " + u.Name, Until: u.Until, Successor: succ, Unconfirmed: u.Unconfirmed, Source: u.Source})
			break
		}
	}
}

// TestCeasedAsScanningAll: looking names up through the index finds exactly what trying
// every name of the registry finds, in the same order, on every text of the examples and
// test files and on texts made of the registry's own names in the ways clerks write them
// (capitals, abbreviations, a province after a body, names run together, repeated), on the
// dates around each reorganisation, as names and as places.
func TestCeasedAsScanningAll(t *testing.T) {
	r := Default()
	texts := map[string]bool{}
	exampleScalars(t, texts)
	var names []string
	for _, b := range r.Bodies {
		names = append(names, b.Name)
		names = append(names, b.Aliases...)
		names = append(names, b.Unless...)
	}
	var units []string
	for _, u := range r.Units {
		units = append(units, u.Unit+" "+u.Name, u.Name)
	}
	for i, n := range names {
		u := units[(i*7)%len(units)]
		for _, s := range []string{n, strings.ToUpper(n), n + " " + u, "Giám đốc " + n + " tỉnh", n + " và " + names[(i+1)%len(names)] + ", " + n,
			n + " " + u + " " + n + " " + units[(i*3+1)%len(units)], n + "-" + u, "UBND " + u + "; Sở TT&TT, Sở LĐ-TB&XH " + u, n + " khu vực XVI", n + " Khu vực 3 và " + n + " " + u} {
			texts[s] = true
		}
	}
	for i, u := range units {
		for _, s := range []string{u, strings.ToUpper(u), "UBND " + u, u + " " + u, u + " và " + units[(i+5)%len(units)], "TP. " + u,
			"Tỉnh ủy " + u, "BAN THƯỜNG VỤ THÀNH ỦY " + strings.ToUpper(u), "Tỉnh ủy, " + u + "; Thành ủy " + units[(i+3)%len(units)]} {
			texts[s] = true
		}
	}
	dates := []Date{D(2019, 5, 3), D(2024, 12, 31), D(2025, 1, 1), D(2025, 3, 1), D(2025, 4, 10), D(2025, 7, 1), D(2026, 11, 23)}
	n := 0
	for text := range texts {
		for _, d := range dates {
			for _, place := range []bool{false, true} {
				for _, home := range []string{"", "tỉnh Lạng Sơn", "tỉnh Bến Tre"} {
					got, want := r.scan(text, d, place, home, nil), r.ceasedRef(text, d, place, home)
					if len(got) == 0 && len(want) == 0 {
						continue
					}
					n++
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%q on %s (place %v, home %q):\n got  %+v\n want %+v", text, d, place, home, got, want)
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d texts with mentions compared", n)
	}
	t.Logf("%d texts, %d with mentions compared", len(texts), n)
}
