package decision

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// check loads and validates YAML as `qd validate` does: one pass, everything.
func check(t *testing.T, name string, data []byte) []Diagnostic {
	t.Helper()
	d, diags := Load(name, data)
	if d == nil {
		t.Fatalf("%s not loaded: %v", name, diags)
	}
	return append(diags, Validate(d)...)
}

// TestAllAtOnce: a bad date, a role that is no role, a member without position and an unquoted
// comma in a one-line member come out of one run, each on its line, and nothing else does.
func TestAllAtOnce(t *testing.T) {
	path := filepath.Join("..", "testdata", "bad", "all-at-once.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range check(t, path, data) {
		got = append(got, fmt.Sprintf("%d %s %s", g.Line, g.Rule, g.Field))
	}
	sort.Strings(got)
	want := []string{
		"25 field members[2].role",
		"26 field members[3].position",
		"27 unknown-key members[4].organization",
		"6 wrong-type date",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFailedValueSkipsDependentRules: a value that failed its type is reported once; no rule
// reports it missing or reports what only follows from its absence, and the other rules run.
func TestFailedValueSkipsDependentRules(t *testing.T) {
	base, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, old, new string
		want           string   // rule and field of the one error expected
		absent         []string // rules that must not fire
	}{
		{"date", "date: 2018-12", "date: 12/2018", "wrong-type date",
			// As of today the 2015 law and the Luật CNTT are no longer in force: that is not
			// what the clerk wrote.
			[]string{"basis-in-force", "basis-superseded", "body-dissolved", "field"}},
		{"role as list", "role: truong_ban", "role: [truong_ban]", "wrong-type members[0].role",
			[]string{"one-head", "role-reference", "role-order", "field"}},
		{"unknown role", "role: truong_ban", "role: Trưởng Ban Chỉ đạo tỉnh", "field members[0].role",
			[]string{"one-head", "role-reference", "role-order"}},
		{"members as text", "members:\n", "members: Chủ tịch UBND tỉnh và các sở\nx_members:\n", "wrong-type members",
			[]string{"kind-fields", "one-head", "role-reference", "field"}},
		{"predecessor date", "number: 908/QĐ-UBND\n      date: 2017-05-03", "number: 908/QĐ-UBND\n      date: 2017-02-30", "wrong-type committee.predecessors[0].date",
			[]string{"field", "ref-date"}},
		{"issuer as text", "issuer:\n  name:", "issuer: UBND TỈNH VĨNH LONG\nx_issuer:\n  name:", "wrong-type issuer",
			[]string{"field", "upper-case", "signer-authority", "regulation-issuer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(string(base), tt.old) {
				t.Fatalf("example lacks %q", tt.old)
			}
			data := strings.Replace(string(base), tt.old, tt.new, 1)
			found := false
			for _, g := range check(t, "vl.yaml", []byte(data)) {
				if g.Rule+" "+g.Field == tt.want {
					found = true
					continue
				}
				if g.Rule == "unknown-key" && strings.HasPrefix(g.Field, "x_") {
					continue // the rest of the replaced block
				}
				for _, a := range tt.absent {
					if g.Rule == a {
						t.Errorf("spurious %s at %s: %s", g.Rule, g.Field, g.Msg.EN)
					}
				}
			}
			if !found {
				t.Errorf("no %s", tt.want)
			}
		})
	}
}

// TestOtherRulesStillRun: a failed value does not stop the rules that do not read it.
func TestOtherRulesStillRun(t *testing.T) {
	base, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data := strings.Replace(string(base), "date: 2018-12", "date: 12/2018", 1)
	data = strings.Replace(data, "symbol: QĐ-UBND", "symbol: QD-UBND", 1)
	data = strings.Replace(data, "Như Điều 4", "Như Điều 9", 1)
	rules := map[string]bool{}
	for _, g := range check(t, "vl.yaml", []byte(data)) {
		rules[g.Rule] = true
	}
	for _, r := range []string{"wrong-type", "decision-number", "recipient-article"} {
		if !rules[r] {
			t.Errorf("%s not reported alongside the failed date; got %v", r, rules)
		}
	}
}
