package decision

import (
	"strings"
	"testing"
)

// TestPitfalls: the YAML slips a clerk makes are recognised and explained with what to write
// instead, in each language, at the right place.
func TestPitfalls(t *testing.T) {
	base := "kind: thanh_lap\nsymbol: QĐ-UBND\nplace: An Giang\n"
	tests := []struct {
		name, yaml string
		rule       string
		line, col  int
		vi, en     string
	}{
		{"comma in a one-line member", base + "members:\n  - {role: uy_vien, position: Giám đốc, organization: Sở Văn hóa, Thể thao và Du lịch}\n",
			"unknown-key", 5, 55,
			`đặt giá trị có dấu phẩy trong ngoặc kép "…": organization: "Sở Văn hóa, Thể thao và Du lịch"`,
			`put a value that contains a comma in double quotes "…": organization: "Sở Văn hóa, Thể thao và Du lịch"`},
		{"two commas", base + "members:\n  - {role: uy_vien, position: Giám đốc, organization: Sở Văn hóa, Thể thao, Du lịch}\n",
			"unknown-key", 5, 55, `organization: "Sở Văn hóa, Thể thao, Du lịch"`, `organization: "Sở Văn hóa, Thể thao, Du lịch"`},
		{"curly quotes in a one-line member", base + "members:\n  - {role: uy_vien, position: Giám đốc, organization: “Sở Văn hóa, Thể thao và Du lịch”}\n",
			"unknown-key", 5, 55, `dùng dấu nháy thẳng "…"`, `use straight quotes "…"`},
		{"curly quotes make a mapping", base + "recipients:\n  - Như Điều 3\n  - “Lưu: VT, VX”\n",
			"wrong-type", 6, 5, "dùng dấu nháy thẳng", "use straight quotes"},
		{"curly quotes and a colon", base + "title: “Về việc: thành lập”\n",
			"yaml-syntax", 4, 0, "dùng dấu nháy thẳng", "use straight quotes"},
		{"tab", base + "issuer:\n\tname: ỦY BAN NHÂN DÂN\n",
			"yaml-syntax", 5, 1, "thụt lề bằng dấu cách", "indent with spaces"},
		{"date written day first", base + "date: 20/11/2026\n",
			"wrong-type", 4, 7, "viết ngày theo dạng năm-tháng-ngày: 2026-11-20", "write the date as year-month-day: 2026-11-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, diags := Load("p.yaml", []byte(tt.yaml))
			if d != nil {
				diags = append(diags, Validate(d)...)
			}
			for _, g := range diags {
				if g.Rule != tt.rule || g.Line != tt.line || tt.col > 0 && g.Column != tt.col {
					continue
				}
				if !strings.Contains(g.Msg.VI, tt.vi) || !strings.Contains(g.Msg.EN, tt.en) {
					t.Errorf("message lacks the hint:\n%s\n%s", g.Msg.VI, g.Msg.EN)
				}
				if hasVietnameseOnly(g.Msg.EN) {
					t.Errorf("English message in Vietnamese: %s", g.Msg.EN)
				}
				return
			}
			t.Errorf("no [%s] at %d:%d; got %v", tt.rule, tt.line, tt.col, diags)
		})
	}
}

// hasVietnameseOnly reports words of the Vietnamese hints in an English message.
func hasVietnameseOnly(s string) bool {
	for _, w := range []string{"dấu", "giá trị", "thụt lề", "viết ngày"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TestCurlyQuotedValue: a value wrapped whole in curly quotes is reported (its quotes would be
// printed); quotes around a title inside a sentence are not.
func TestCurlyQuotedValue(t *testing.T) {
	base := "kind: thanh_lap\nsymbol: QĐ-UBND\nplace: An Giang\n"
	for text, want := range map[string]bool{
		"“Ban Chỉ đạo chuyển đổi số tỉnh An Giang”":                   true,
		"‘Ban Chỉ đạo chuyển đổi số tỉnh An Giang’":                   true,
		"Ban Chỉ đạo thực hiện chương trình “Chuyển đổi số” của tỉnh": false,
	} {
		d, _ := Load("q.yaml", []byte(base+"function: "+text+"\n"))
		got := false
		for _, g := range Validate(d) {
			if g.Rule == "curly-quotes" && g.Field == "function" && g.Line == 4 {
				got = strings.Contains(g.Msg.VI, "dấu nháy thẳng") && strings.Contains(g.Msg.EN, "straight quotes")
			}
		}
		if got != want {
			t.Errorf("%s: reported %v, want %v", text, got, want)
		}
	}
}
