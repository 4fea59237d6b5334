package decision

import (
	"os"
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
