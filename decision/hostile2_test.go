package decision

import (
	"os"
	"strings"
	"testing"
)

// TestNumberPlaceholder: a decision number not yet given is written [[...]] like any other
// blank (qd init, the brief); it is a placeholder warning, not a malformed-number error that
// would stop `qd draft` of a dự thảo.
func TestNumberPlaceholder(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "symbol: QĐ-UBND\n", "symbol: QĐ-UBND\nnumber: \"[[số]]\"\n", 1)
	d, diags := Load("x.yaml", []byte(text))
	if d == nil || HasErrors(diags) {
		t.Fatal(diags)
	}
	placeholder := false
	for _, g := range Validate(d) {
		if g.Rule == "decision-number" {
			t.Errorf("placeholder number reported as malformed: %v", g)
		}
		placeholder = placeholder || (g.Rule == "placeholder" && g.Field == "number")
	}
	if !placeholder {
		t.Error("no placeholder warning for number [[số]]")
	}
}

// TestNullMembersNoEmptyMessages: "- null" (or "-" alone) in members is reported by the
// field rule (role, position missing); role-order and member-duplicate do not add messages
// built from empty values ("Trưởng ban đứng sau ;", "trùng với thành viên thứ 1 ()").
func TestNullMembersNoEmptyMessages(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "members:\n", "members:\n  - null\n  -\n", 1)
	d, diags := Load("x.yaml", []byte(text))
	if d == nil {
		t.Fatal(diags)
	}
	field := 0
	for _, g := range append(diags, Validate(d)...) {
		switch g.Rule {
		case "role-order", "member-duplicate":
			t.Errorf("%s at %s: %s", g.Rule, g.Field, g.Msg.VI)
		case "field":
			if strings.HasPrefix(g.Field, "members[0].") || strings.HasPrefix(g.Field, "members[1].") {
				field++
			}
		}
	}
	if field < 2 {
		t.Errorf("the empty members are not reported as missing fields (%d)", field)
	}
}

// TestLongValuesShortInMessages: a message quoting a value quotes a short part of it: a
// pasted 200 000-character title, role or key made a diagnostic line as long (the CI log,
// the terminal, the page of qd serve).
func TestLongValuesShortInMessages(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Ban Chỉ đạo ", 5000)
	text := strings.Replace(string(src), "place: Vĩnh Long\n", "place: Vĩnh Long\ntitle: "+long+"\n"+strings.Repeat("k", 1000)+": 1\n", 1)
	text = strings.Replace(text, "role: truong_ban", "role: "+strings.Repeat("x", 5000), 1)
	d, diags := Load("x.yaml", []byte(text))
	if d != nil {
		diags = append(diags, Validate(d)...)
	}
	rules := map[string]bool{}
	for _, g := range diags {
		rules[g.Rule] = true
		for _, m := range []string{g.Msg.VI, g.Msg.EN} {
			if len(m) > 1000 {
				t.Errorf("%s %s: message of %d bytes: %.120s…", g.Rule, g.Field, len(m), m)
			}
		}
	}
	for _, r := range []string{"title-form", "unknown-key", "field"} {
		if !rules[r] {
			t.Errorf("no %s diagnostic: %v", r, rules)
		}
	}
}

// TestWholeNumberMessages: a whole number written in quotes (draft: "2") or too large for any
// use (draft: 99999999999999999999) is refused saying what is wrong with it, not "expected a
// whole number, got 2" about a value that is one.
func TestWholeNumberMessages(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ value, vi, en string }{
		{`"2"`, "dấu nháy", "quotes"},
		{`'2'`, "dấu nháy", "quotes"},
		{`99999999999999999999`, "quá lớn", "too large"},
	} {
		text := strings.Replace(string(src), "symbol: QĐ-UBND\n", "symbol: QĐ-UBND\ndraft: "+c.value+"\n", 1)
		_, diags := Load("x.yaml", []byte(text))
		var found bool
		for _, g := range diags {
			if g.Field == "draft" && g.Rule == "wrong-type" && strings.Contains(g.Msg.VI, c.vi) && strings.Contains(g.Msg.EN, c.en) {
				found = true
			}
		}
		if !found {
			t.Errorf("draft: %s: %v", c.value, diags)
		}
	}
}

// TestOddKeys: a key that is a list or a mapping ("? [a, b]") is refused as such, located,
// not as the unknown key ""; a key given by an alias of a text ("*k : ...") is that text.
func TestOddKeys(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "kind: thanh_lap\n", "kind: thanh_lap\n? [a, b]\n: 1\n", 1)
	_, diags := Load("x.yaml", []byte(text))
	if len(diags) != 1 || diags[0].Rule != "wrong-type" || diags[0].Line != 13 || !strings.Contains(diags[0].Msg.VI, "danh sách") || strings.Contains(diags[0].Msg.VI, `""`) {
		t.Errorf("complex key: %v", diags)
	}
	text = strings.Replace(string(src), "kind: thanh_lap\n", "kind: thanh_lap\nx: &k place\n", 1)
	text = strings.Replace(text, "place: Vĩnh Long\n", "*k : Vĩnh Long\n", 1)
	d, diags := Load("x.yaml", []byte(text))
	for _, g := range diags {
		if g.Field == "place" {
			t.Errorf("alias key: %v", g)
		}
	}
	if d == nil || d.Place != "Vĩnh Long" {
		t.Errorf("alias key: place %v", d)
	}
}
