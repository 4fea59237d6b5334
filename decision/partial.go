package decision

import (
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strings"
)

// A decision with problems is still checked as a whole, so that one run shows everything:
// a value that failed its type (a date that is not a date, a list written as one line) or
// that is not one of its allowed values (an unknown role) is reported once and left out,
// and every rule still runs except those that read it. A rule must not report what is only
// a consequence of the value left out: a "missing" field that was present, "no Trưởng ban"
// when a role could not be read.

// ruleNeeds names, per rule, the fields the rule reads beyond the paths it reports: when one
// of them (or a field containing it) failed, the rule is skipped. "[*]" stands for any index.
// A rule that reports only at the field it reads needs no entry: its report at a failed
// path, or inside one, is dropped anyway.
var ruleNeeds = map[string][]string{
	// What kind of decision it is decides which parts it needs.
	"kind-fields": {"kind", "function", "duties"},
	// Who holds which role.
	"one-head":       {"members[*].role", "members[*].also"},
	"role-order":     {"members[*].role"},
	"role-reference": {"members[*].role", "members[*].also"},
	// Two members compared on every field that identifies them.
	"member-duplicate": {"members[*].name", "members[*].position", "members[*].organization", "members[*].portfolio"},
	// The order of the bases comes from their type.
	"bases-order": {"bases[*].type", "bases[*].verb", "bases[*].ref", "issuer.level"},
	// "Như Điều N" is checked against the article plan, which every article-making part changes.
	"recipient-article": {"kind", "function", "duties", "member_duties", "organization", "articles", "effect", "regulation"},
	// Whether the decision carries a Quy chế decides which sentences contradict it.
	"regulation-issued": {"kind", "regulation"},
	"regulation-issuer": {"issuer.short"},
	// The generated trích yếu comes from the kind and the committee's name.
	"title-form": {"kind", "title", "committee.name", "committee.old_name"},
	// The law and the bodies in force are those of the decision's date.
	"basis-in-force":   {"date"},
	"basis-superseded": {"date"},
	"body-dissolved":   {"date"},
	"unit-dissolved":   {"date", "committee.name", "issuer.level"},
	"name-unconfirmed": {"date"},
	"basis-outdated":   {"date"},
	// The issuer's level chooses the format (Decision.Party): the State's or the party's rules.
	"decision-number":  {"issuer.level"},
	"symbol-issuer":    {"issuer.level", "issuer.name"},
	"signer-authority": {"issuer.level", "issuer.authority"},
	"recipients-last":  {"issuer.level"},
	"party-authority":  {"issuer.level", "issuer.name"},
	"party-bases":      {"issuer.level"},
}

var indexRE = lazyre.New(`\[\d+\]`)

// related reports whether path a is b, inside b, or contains b ("members[*]" contains
// "members[*].role").
func related(a, b string) bool {
	return a == b || within(a, b) || within(b, a)
}

// within reports whether path a is inside path b.
func within(a, b string) bool {
	return b == "" || strings.HasPrefix(a, b) && len(a) > len(b) && (a[len(b)] == '.' || a[len(b)] == '[')
}

// failedSet is the set of paths left out of a partially loaded decision.
type failedSet map[string]bool

// covers reports whether a problem at path is a consequence of a failed value: the path
// is a failed one or lies inside one.
func (f failedSet) covers(path string) bool {
	for p := range f {
		if path == p || within(path, p) {
			return true
		}
	}
	return false
}

// skips reports whether the rule reads a value that failed.
func (f failedSet) skips(rule string) bool {
	needs := ruleNeeds[rule]
	if len(needs) == 0 || len(f) == 0 {
		return false
	}
	for p := range f {
		general := indexRE.ReplaceAllString(p, "[*]")
		for _, n := range needs {
			if related(general, n) {
				return true
			}
		}
	}
	return false
}
