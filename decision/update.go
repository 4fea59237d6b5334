package decision

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/vanthu-vn/qd/registry"
)

// Update returns a copy of d brought up to the law and the map of a date, and every change
// it made or could not make. Names of bodies and administrative units are replaced by their
// successors wherever they occur (nameFields), bases by the texts in force, programmes
// whose period has ended dropped, addressees of the district level or of thị trấn rewritten
// at the commune level, and the issuer's level follows its unit (tỉnh → thành phố). Only
// what the registry is sure of is changed; what it is not sure of is listed for review and
// left as it was. The copy bears the date asOf; its number is left blank (a new draft).
func Update(d *Decision, asOf Date) (*Decision, []Change) {
	n := clone(d)
	var changes []Change
	note := noteTo(&changes)
	if n.Number != "" {
		n.Number = ""
		note("number", "số để trống: quyết định mới (dự thảo)", "number left blank: a new decision (draft)")
	}
	if n.Date != asOf {
		note("date", "ngày ban hành %s thành %s", "the date %s became %s", n.Date, asOf)
		n.Date = asOf
	}
	n.Bases = bringBases(n.Bases, asOf, note)
	bringNames(n, asOf, note)
	return n, changes
}

// noteTo returns a noteFunc that appends to changes what was rewritten in place (InPlace):
// Update edits the decision, its comments stay.
func noteTo(changes *[]Change) noteFunc {
	return func(field, vi, en string, args ...any) {
		*changes = append(*changes, Change{Field: field, Msg: msgf(vi, en, args...), InPlace: true})
	}
}

// bringBases replaces each basis the registry knows to be no longer in force on asOf by
// the text that certainly replaced it, and drops programmes whose period ended before it
// (checkBasisOutdated); a successor that is only reported is noted, not cited.
func bringBases(bases []Basis, asOf Date, note noteFunc) []Basis {
	reg := registry.Default()
	var out []Basis
	have := map[string]bool{}
	for i, b := range bases {
		field := fmt.Sprintf("bases[%d]", i)
		if doc := reg.Find(b.citeAsOf(asOf)); doc != nil && !asOf.Before(Date(doc.Date)) {
			if !doc.Expires.IsZero() && Date(doc.Expires).Before(asOf) {
				note(field, "bỏ căn cứ %s (chương trình cho thời kỳ đến %s)", "dropped basis %s (a programme for the period up to %s)", b.short(), longDate(doc.Expires))
				continue
			}
			sure, latest := reg.InForce(doc, rdate(asOf))
			if sure != doc {
				nb := BasisOf(sure)
				note(field, "thay căn cứ %s (hết hiệu lực) bằng %s", "replaced basis %s (no longer in force) by %s", b.short(), nb.short())
				b = nb
			}
			if latest != sure {
				note(field, "KIỂM TRA: %s có thể đã được thay bằng %s %s (chưa xác nhận); qd không sửa", "CHECK: %s may have been replaced by %s %s (not confirmed); qd left it",
					b.short(), latest.Type, latest.Number)
			}
		}
		key := b.Number + "|" + registry.Fold(b.Title)
		if have[key] {
			note(field, "bỏ căn cứ trùng %s", "dropped the repeated basis %s", b.short())
			continue
		}
		have[key] = true
		out = append(out, b)
	}
	return out
}

// bringNames replaces, in every name field, the bodies and units that no longer exist on
// asOf by their successors (registry.Bring), rewrites district and thị trấn addressees at
// the commune level, moves the issuer's level with its unit, and merges members who
// thereby hold the same post. Mentions the registry is unsure of are noted for review.
func bringNames(n *Decision, asOf Date, note noteFunc) {
	reg := registry.Default()
	home, _ := n.locality()
	was := make([]string, len(n.Members)) // who each member was, for the merge notes
	for i, m := range n.Members {
		was[i] = m.Holder()
	}
	for _, f := range n.nameFields() {
		before := *f.p
		after, ms := reg.BringNear(before, rdate(asOf), f.place, home, f.near)
		var written []string
		for _, m := range ms {
			if m.Sure() {
				written = append(written, m.Successor)
				continue
			}
			if m.List != "" {
				note(f.path, "KIỂM TRA: %q: %s không còn từ %s, nay là %s (%s); qd không sửa", "CHECK: %q: %s ceased to exist on %s, now %s (%s); qd left it",
					m.Text, m.Name, longDate(m.Until), m.Successor, unsureWhy(m))
				continue
			}
			note(f.path, "KIỂM TRA: %q: %s có thể không còn từ %s (%s); qd không sửa", "CHECK: %q: %s may have ceased on %s (%s); qd left it",
				m.Text, m.Name, longDate(m.Until), unsureWhy(m))
		}
		// Two old bodies of one list may have one successor: it is written once.
		after, dropped := registry.Dedupe(after, written)
		for _, d := range dropped {
			note(f.path, "bỏ %q lặp lại trong cùng liệt kê (hai cơ quan cũ nay là một)", "dropped %q repeated in the same list (two old bodies are now one)", d)
		}
		for _, r := range registry.Repeated(before, after, ms) {
			note(f.path, "KIỂM TRA: câu nay nêu %s hai lần (hai cơ quan cũ nay là một); sửa lời văn", "CHECK: the sentence now names %s twice (two old bodies are now one); reword it", r)
		}
		if line, ok := n.communeLine(after, asOf); ok && !asOf.Before(Date(reg.DistrictsUntil)) {
			after = line
		}
		if after != before {
			*f.p = after
			was, now := shortChange(before, after)
			note(f.path, "%q thành %q", "%q became %q", was, now)
		}
	}
	if n.Issuer.Level == LevelProvince && strings.Contains(registry.Fold(strings.Join(n.Issuer.Name, " ")), "thanh pho") {
		n.Issuer.Level = LevelCity
		note("issuer.level", "cấp tỉnh (tinh) thành thành phố trực thuộc trung ương (thanh_pho)", "level tinh became thanh_pho (the unit is now a centrally-run city)")
	}
	first := map[string]int{}
	var kept []Member
	for i, m := range n.Members {
		k := memberKey(m)
		if j, ok := first[k]; ok && m.Name == "" {
			note(fmt.Sprintf("members[%d]", i), "gộp thành viên trùng vào members[%d], nay cùng là %s: bỏ dòng %q", "merged a repeated member into members[%d], both now %s: dropped the line %q", j, m.Holder(), was[i])
			continue
		}
		first[k] = i
		kept = append(kept, m)
	}
	n.Members = kept
}

// clone returns a deep copy of d (its slices, pointers and maps are its own), without its
// file, positions and texts.
func clone(d *Decision) *Decision {
	c := deepCopy(reflect.ValueOf(*d)).Interface().(Decision)
	c.File, c.pos, c.texts = "", positions{}, nil
	return &c
}

func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Elem().Type())
		p.Elem().Set(deepCopy(v.Elem()))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			s.Index(i).Set(deepCopy(v.Index(i)))
		}
		return s
	case reflect.Struct:
		s := reflect.New(v.Type()).Elem()
		s.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if s.Field(i).CanSet() {
				s.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return s
	}
	return v
}
