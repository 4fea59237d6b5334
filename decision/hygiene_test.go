package decision

import (
	"cmp"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// vinhLong is the Vĩnh Long example's text, for tests that edit it.
func vinhLong(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// TestLineSeparators: U+2028, U+2029 and U+0085 pasted into a value are reported in their
// field at their own line and column, in one language, whether the value is plain (yaml.v3
// used to read the separator as a line break and report a missing ':' on the next line),
// quoted (the separator used to pass unseen into the .docx) or in a flow mapping; one in a
// comment is harmless and changes nothing.
func TestLineSeparators(t *testing.T) {
	src := vinhLong(t)
	tests := []struct {
		name, from, to string
		field          string
		line, col      int
		sep            string
	}{
		{"plain", "place: Vĩnh Long", "place: Vĩnh\u2028Long", "place", 15, 12, "U+2028"},
		{"double-quoted", "place: Vĩnh Long", "place: \"Vĩnh\u2029Long\"", "place", 15, 13, "U+2029"},
		{"single-quoted", "place: Vĩnh Long", "place: 'Vĩnh Long\u2028'", "place", 15, 18, "U+2028"},
		{"next line", "place: Vĩnh Long", "place: Vĩnh\u0085Long", "place", 15, 12, "U+0085"},
		{"flow mapping", "organization: Sở Kế hoạch và Đầu tư}", "organization: Sở Kế hoạch\u2028và Đầu tư}", "members[4].organization", 60, 66, "U+2028"},
		{"comment", "# tử tỉnh trên cơ sở", "# tử tỉnh\u2028 trên cơ sở", "", 0, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(src, tc.from) {
				t.Fatalf("example lacks %q", tc.from)
			}
			d, diags := Load("x.yaml", []byte(strings.Replace(src, tc.from, tc.to, 1)))
			if d == nil || HasErrors(diags) {
				t.Fatalf("not loaded: %v", diags)
			}
			var got []Diagnostic
			for _, g := range Validate(d) {
				if g.Severity == Error {
					got = append(got, g)
				}
			}
			if tc.field == "" {
				if len(got) != 0 {
					t.Fatalf("separator in a comment reported: %v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("want one error, got %v", got)
			}
			g := got[0]
			if g.Rule != "control-char" || g.Field != tc.field || g.Line != tc.line || g.Column != tc.col {
				t.Errorf("got %s:%d:%d [%s], want %s:%d:%d [control-char]", g.Field, g.Line, g.Column, g.Rule, tc.field, tc.line, tc.col)
			}
			vi, en := g.Message(VI), g.Message(EN)
			if !strings.Contains(vi, tc.sep) || !strings.Contains(vi, "ẩn") || !strings.Contains(en, "invisible") || strings.Contains(en, "ẩn") {
				t.Errorf("messages: %q / %q", vi, en)
			}
			if string(d.Source()) != strings.Replace(src, tc.from, tc.to, 1) {
				t.Error("Source() is not the file as read")
			}
		})
	}
}

// mergedVinhLong is the Vĩnh Long example with its repeated members written once and reused
// through YAML merge keys, in flow and block style, and with an inline mapping merged.
func mergedVinhLong(t *testing.T) string {
	t.Helper()
	src := vinhLong(t)
	// Each block is named at its first member and merged into the others; the Chủ tịch
	// block is merged as a list whose earlier block wins over the later one.
	blocks := []struct {
		prefix, anchor, merge string
		seen                  bool
	}{
		{prefix: "{role: uy_vien, position: Giám đốc, ", anchor: "&gd ", merge: "{<<: *gd, "},
		{prefix: "{role: uy_vien, position: Chủ tịch, ", anchor: "&ct ", merge: "{<<: [*ct, {position: Phó Chủ tịch, role: uy_vien}], "},
	}
	var b strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		if line == "  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế}\n" {
			line = "  - <<: *gd\n    organization: Sở Y tế\n" // block style
		}
		for i := range blocks {
			bl := &blocks[i]
			switch {
			case !strings.HasPrefix(line, "  - "+bl.prefix):
			case !bl.seen:
				line, bl.seen = strings.Replace(line, "- {", "- "+bl.anchor+"{", 1), true
			default:
				line = strings.Replace(line, bl.prefix, bl.merge, 1)
			}
		}
		b.WriteString(line)
	}
	if !blocks[0].seen || !blocks[1].seen {
		t.Fatal("the example's members changed; update mergedVinhLong")
	}
	return b.String()
}

// TestMergeKeys: a file reusing blocks with "<<: *name" loads to the same decision as the
// file written out in full, and validates the same; the mapping's own keys win over merged
// ones, and the earlier of several merged blocks wins (https://yaml.org/type/merge.html).
func TestMergeKeys(t *testing.T) {
	merged := mergedVinhLong(t)
	if strings.Count(merged, "<<:") < 20 {
		t.Fatalf("too few merges in the test file:\n%s", merged)
	}
	got, ds := Load("merged.yaml", []byte(merged))
	if got == nil || len(ds) != 0 {
		t.Fatalf("merge keys refused: %v", ds)
	}
	want, _ := Load("merged.yaml", []byte(vinhLong(t)))
	gv, wv := Validate(got), Validate(want)
	if len(gv) != len(wv) {
		t.Errorf("diagnostics differ: %v vs %v", gv, wv)
	}
	for i := range min(len(gv), len(wv)) {
		if gv[i].Rule != wv[i].Rule || gv[i].Field != wv[i].Field {
			t.Errorf("diagnostic %d: %s %s vs %s %s", i, gv[i].Rule, gv[i].Field, wv[i].Rule, wv[i].Field)
		}
	}
	got.pos, want.pos, got.texts, want.texts = positions{}, positions{}, nil, nil
	got.source, want.source = nil, nil
	if !reflect.DeepEqual(got, want) {
		for i := range got.Members {
			if !reflect.DeepEqual(got.Members[i], want.Members[i]) {
				t.Errorf("member %d: %+v, want %+v", i, got.Members[i], want.Members[i])
			}
		}
		t.Fatal("the merged file loads to another decision")
	}
}

// TestMergeKeyErrors: what a merge brings in is checked like the rest, and reported at the
// "*name" that brings it; a merge of something that is not a block is a located type error.
func TestMergeKeyErrors(t *testing.T) {
	src := vinhLong(t)
	edit := func(from, to string) []Diagnostic {
		t.Helper()
		if !strings.Contains(src, from) {
			t.Fatalf("example lacks %q", from)
		}
		_, ds := Load("x.yaml", []byte(strings.Replace(src, from, to, 1)))
		return ds
	}
	ds := edit("  - {role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n",
		"  - &bad {role: uy_vien, position: Giám đốc, organisation: Sở Tài chính}\n  - {<<: *bad, organization: Sở Tư pháp}\n")
	var lines []int
	for _, g := range ds {
		if g.Rule == "unknown-key" {
			lines = append(lines, g.Line)
		}
	}
	if len(lines) != 2 || lines[0] != 61 || lines[1] != 62 {
		t.Errorf("unknown key in a merged block: want lines 61 (anchor) and 62 (alias), got %v", ds)
	}
	ds = edit("  - {role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n",
		"  - {<<: 5, role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n")
	if len(ds) != 1 || ds[0].Rule != "wrong-type" || ds[0].Line != 61 || ds[0].Column != 10 || !strings.Contains(ds[0].Message(VI), "<<: *tên") {
		t.Errorf("merge of a number: %v", ds)
	}
}

// TestDraftNumberBound: draft counts the drafts, 1 to 99; a larger one is a located field
// error in one language (it printed "DỰ THẢO LẦN 1000000"), and the schema says the same.
func TestDraftNumberBound(t *testing.T) {
	src := vinhLong(t)
	for _, tc := range []struct {
		draft string
		ok    bool
	}{{"1", true}, {"99", true}, {"100", false}, {"1000000", false}, {"-3", false}} {
		d, ds := Load("x.yaml", []byte(strings.Replace(src, "symbol: QĐ-UBND\n", "symbol: QĐ-UBND\ndraft: "+tc.draft+"\n", 1)))
		if d == nil || HasErrors(ds) {
			t.Fatalf("draft %s: %v", tc.draft, ds)
		}
		var got []Diagnostic
		for _, g := range Validate(d) {
			if g.Field == "draft" {
				got = append(got, g)
			}
		}
		if tc.ok != (len(got) == 0) {
			t.Errorf("draft %s: %v", tc.draft, got)
			continue
		}
		if !tc.ok && (got[0].Severity != Error || got[0].Line != 14 || got[0].Column != 8 ||
			!strings.Contains(got[0].Message(VI), "số") || strings.Contains(got[0].Message(EN), "số")) {
			t.Errorf("draft %s: %+v", tc.draft, got[0])
		}
	}
	props := Schema()["properties"].(map[string]any)
	if p := props["draft"].(map[string]any); p["maximum"] != 99 {
		t.Errorf("schema of draft: %v", p)
	}
}

// TestInvitedNamedMember: a named invited member is invited in a sentence, where the
// honorific is lower case ("Mời ông Nguyễn Văn A, ..."), as the source texts write an
// honorific after the line's start (seed 002: "01 thư ký là ông Nguyễn Hoàng Sâm",
// "đồng chí Nguyễn Minh"); a member line that starts with the name keeps the capital.
func TestInvitedNamedMember(t *testing.T) {
	m := Member{Role: RoleUyVien, Honorific: "Ông", Name: "Nguyễn Văn A", Position: "Giám đốc", Organization: "Bưu điện tỉnh", Invited: true}
	if got, want := m.Holder(), "Mời ông Nguyễn Văn A, Giám đốc Bưu điện tỉnh, tham gia làm thành viên"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	m.Honorific = "Đồng chí"
	if got, want := m.Holder(), "Mời đồng chí Nguyễn Văn A, Giám đốc Bưu điện tỉnh, tham gia làm thành viên"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	m.Invited = false
	if got, want := m.Holder(), "Đồng chí Nguyễn Văn A, Giám đốc Bưu điện tỉnh"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestCheck: Check is Load then Validate, sorted; a decision read in part is validated only
// with Partial (qd validate shows every problem at once; a file qd wrote is checked whole).
func TestCheck(t *testing.T) {
	src := vinhLong(t)
	// A type error (draft) and a rule broken elsewhere (one-head: two Trưởng ban).
	bad := strings.Replace(src, "symbol: QĐ-UBND\n", "symbol: QĐ-UBND\ndraft: hai\n", 1)
	bad = strings.Replace(bad, "role: pho_truong_ban,", "role: truong_ban,", 1)
	rules := func(ds []Diagnostic) []string {
		var out []string
		for _, g := range ds {
			out = append(out, g.Rule)
		}
		return out
	}
	d, whole := Check("x.yaml", []byte(bad), CheckOptions{})
	if d == nil || strings.Join(rules(whole), " ") != "wrong-type" {
		t.Errorf("whole only: %v", rules(whole))
	}
	d, partial := Check("x.yaml", []byte(bad), CheckOptions{Partial: true})
	if d == nil || !slices.Contains(rules(partial), "wrong-type") || !slices.Contains(rules(partial), "one-head") {
		t.Errorf("partial: %v", rules(partial))
	}
	if !slices.IsSortedFunc(partial, func(a, b Diagnostic) int { return cmp.Compare(a.Line, b.Line) }) {
		t.Errorf("not sorted: %v", partial)
	}
	// As of a later date, a body dissolved since is reported; as of its own date it is not.
	_, own := Check("x.yaml", []byte(src), CheckOptions{})
	_, later := Check("x.yaml", []byte(src), CheckOptions{AsOf: Date{2026, 1, 1}})
	if HasErrors(own) || !HasErrors(later) {
		t.Errorf("as of: own %v, later %v", rules(own), rules(later))
	}
}

// TestRoleLabel: a role's label is the first of its labels in codeLabels, the words of the
// source texts; an unknown role is shown as written.
func TestRoleLabel(t *testing.T) {
	for r, want := range map[Role]string{
		RoleTruongBan: "Trưởng ban", RolePhoThuongTruc: "Phó Trưởng ban thường trực", RolePhoTruongBan: "Phó Trưởng ban",
		RoleUyVienThuongTruc: "Ủy viên thường trực", RoleUyVien: "Ủy viên", RoleThuKy: "Thư ký", Role("to_truong"): "to_truong",
	} {
		if got := r.Label(); got != want {
			t.Errorf("%s: %q, want %q", r, got, want)
		}
		if labels := Labels(reflect.TypeOf(r), string(r)); len(labels) > 0 && labels[0] != r.Label() {
			t.Errorf("%s: Label %q is not the first label %q", r, r.Label(), labels[0])
		}
	}
}

// TestPartialDateSpan: a partial or [[...]] date stands for its first day when it is the
// earlier one and its last day when it is the later one (now counted by registry.Date's
// First and Last, the one copy of that reckoning).
func TestPartialDateSpan(t *testing.T) {
	for _, c := range []struct {
		a, b              Date
		before, notBefore bool
	}{
		{Date{2018, 2, 0}, Date{2018, 3, 1}, true, false},
		{Date{2018, 2, 0}, Date{2018, 2, 28}, false, false},
		{Date{2018, 2, 0}, Date{2018, 2, 1}, false, true},
		{Date{2024, 2, 0}, Date{2024, 2, 29}, false, false},
		{Date{2018, 0, 0}, Date{2019, 1, 1}, true, false},
		{Date{2018, 0, 0}, Date{2018, 12, 31}, false, false},
		{Date{2018, 12, PlaceholderDay}, Date{2018, 12, 31}, false, false},
		{Date{2018, 12, PlaceholderDay}, Date{2018, 12, 1}, false, true},
		{Date{2018, 12, PlaceholderDay}, Date{2019, 1, 1}, true, false},
	} {
		if got := c.a.Before(c.b); got != c.before {
			t.Errorf("%v.Before(%v) = %v", c.a, c.b, got)
		}
		if got := c.a.NotBefore(c.b); got != c.notBefore {
			t.Errorf("%v.NotBefore(%v) = %v", c.a, c.b, got)
		}
	}
}

// TestMergeBomb: blocks merging blocks that merge blocks, three times a level, 40 levels
// deep (3^40 merges if expanded), stop at MaxNodes with one located limit error, also when
// each block's own keys override everything it merges (no merged key is kept to count).
func TestMergeBomb(t *testing.T) {
	for _, own := range []string{"", ", role: uy_vien, position: Giám đốc, organization: Sở A"} {
		var b strings.Builder
		b.WriteString("kind: thanh_lap\nmembers:\n  - &m0 {role: uy_vien, position: Giám đốc, organization: Sở A}\n")
		for i := 1; i <= 40; i++ {
			fmt.Fprintf(&b, "  - &m%d {<<: [*m%d, *m%d, *m%d]%s}\n", i, i-1, i-1, i-1, own)
		}
		d, ds := Load("bomb.yaml", []byte(b.String()))
		var limits []Diagnostic
		for _, g := range ds {
			if g.Rule == "limit" {
				limits = append(limits, g)
			}
		}
		if d != nil || len(limits) != 1 || limits[0].Line < 3 {
			t.Errorf("own keys %q: decision %v, limit errors %v", own, d != nil, limits)
		}
	}
}

// BenchmarkLoadSeparators loads a file of 20,000 line separators in one value among long
// other values: finding and placing them must cost about what reading the file does.
func BenchmarkLoadSeparators(b *testing.B) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var extra strings.Builder
	for i := range 200 {
		fmt.Fprintf(&extra, "  - {role: uy_vien, position: Giám đốc, organization: Sở %s%d}\n", strings.Repeat("x", 1000), i)
	}
	data := []byte(strings.NewReplacer("place: Vĩnh Long", "place: Vĩnh"+strings.Repeat("\u2028", 20000)+"Long",
		"  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế}\n", "  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế}\n"+extra.String()).Replace(string(src)))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, ds := Load("x.yaml", data); HasErrors(ds) {
			b.Fatal(ds)
		}
	}
}
