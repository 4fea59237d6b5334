package registry

import (
	"slices"
	"strings"
	"testing"
)

// TestBringLists: names in a list after "các Sở" / "các Bộ", written without the kind word,
// are brought up to date in the list's own form, each item on its own; a successor the list
// now repeats is written once; what qd cannot write in that form is left and reported.
func TestBringLists(t *testing.T) {
	r := Default()
	on := D(2026, 6, 24)
	for _, c := range []struct {
		in, want string
		unsure   int
	}{
		// The seed of Thừa Thiên Huế: the colon stays, "Kế hoạch và Đầu tư" is Tài chính,
		// which the list already names: once.
		{"có Tổ phó gồm Phó Giám đốc các Sở: Thông tin và Truyền thông, Kế hoạch và Đầu tư, Công Thương, Xây dựng, Tài chính, Ủy ban nhân dân thành phố Huế.",
			"có Tổ phó gồm Phó Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Công Thương, Xây dựng, Ủy ban nhân dân thành phố Huế.", 0},
		// Both merged into one: once.
		{"Giám đốc các Sở: Thông tin và Truyền thông, Khoa học và Công nghệ", "Giám đốc các Sở: Khoa học và Công nghệ", 0},
		{"đại diện các Sở Thông tin và Truyền thông, Kế hoạch và Đầu tư và Nội vụ.", "đại diện các Sở Khoa học và Công nghệ, Tài chính và Nội vụ.", 0},
		{"các Sở: Nội vụ và Kế hoạch và Đầu tư", "các Sở: Nội vụ và Tài chính", 0},
		{"các Sở: Tài nguyên và Môi trường; Nông nghiệp và Phát triển nông thôn; Y tế", "các Sở: Nông nghiệp và Môi trường; Y tế", 0},
		{"Lãnh đạo các Bộ: Thông tin và Truyền thông, Giao thông vận tải", "Lãnh đạo các Bộ: Khoa học và Công nghệ, Xây dựng", 0},
		// A name that runs on past its item: qd cannot tell where it ends; left, reported.
		{"các Sở: Tài chính, Giao thông vận tải tỉnh chủ trì", "các Sở: Tài chính, Giao thông vận tải tỉnh chủ trì", 1},
		// Not a list of Sở: nothing.
		{"các sở, ban, ngành tỉnh", "các sở, ban, ngành tỉnh", 0},
		{"các Sở Tài chính, Xây dựng", "các Sở Tài chính, Xây dựng", 0},
		// Full names in a list: duplicates made by the merger are dropped, punctuation kept.
		{"Công an tỉnh; Sở Khoa học và Công nghệ; Sở Tài chính; Sở Kế hoạch và Đầu tư; Sở Nội vụ; Sở Tài nguyên và Môi trường; Sở Nông nghiệp và Phát triển nông thôn; Sở Y tế.",
			"Công an tỉnh; Sở Khoa học và Công nghệ; Sở Tài chính; Sở Nội vụ; Sở Nông nghiệp và Môi trường; Sở Y tế.", 0},
		{"Sở Kế hoạch và Đầu tư, Sở Tài chính và Sở Nội vụ", "Sở Tài chính và Sở Nội vụ", 0},
		{"Sở Tài chính, Sở Nội vụ và Sở Kế hoạch và Đầu tư", "Sở Tài chính và Sở Nội vụ", 0},
		{"Giám đốc Sở Tài chính, Giám đốc Sở Kế hoạch và Đầu tư", "Giám đốc Sở Tài chính", 0},
		// The same body twice in a sentence but not as two items: rewritten, nothing dropped.
		{"Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính", "Sở Tài chính chủ trì, phối hợp với Sở Tài chính", 0},
		// Two sentences: each keeps its own.
		{"Sở Tài chính chủ trì. Sở Kế hoạch và Đầu tư phối hợp.", "Sở Tài chính chủ trì. Sở Tài chính phối hợp.", 0},
	} {
		got, ms := r.Bring(c.in, on, false)
		var names []string
		unsure := 0
		for _, m := range ms {
			if m.Sure() {
				names = append(names, m.Successor)
			} else {
				unsure++
			}
		}
		got, _ = Dedupe(got, names)
		if got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
		if unsure != c.unsure {
			t.Errorf("%q: %d unsure mentions, want %d: %+v", c.in, unsure, c.unsure, ms)
		}
		// Before the reorganisation nothing is found.
		if ms := r.Ceased(c.in, D(2024, 1, 1), false); len(ms) != 0 {
			t.Errorf("%q in 2024: %+v", c.in, ms)
		}
	}
}

// TestCeasedListItems: the check sees a ceased name written as a list item too: "Kế hoạch
// và Đầu tư" after "các Sở:" is Sở Kế hoạch và Đầu tư, whose successor is named the same way.
func TestCeasedListItems(t *testing.T) {
	ms := Default().Ceased("Phó Giám đốc các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng", D(2026, 1, 1), false)
	if len(ms) != 1 || ms[0].Text != "Kế hoạch và Đầu tư" || ms[0].Name != "Sở Kế hoạch và Đầu tư" || ms[0].Successor != "Tài chính" || ms[0].List != "các Sở" {
		t.Errorf("%+v", ms)
	}
	if !strings.Contains(Default().Ceased("các Sở: Giao thông vận tải tỉnh chủ trì", D(2026, 1, 1), false)[0].Unconfirmed, "các Sở") {
		t.Error("an unsure list item does not say why")
	}
}

// TestRepeated: a sentence that now names one body twice because two old bodies merged is
// found for the clerk to reword; one that named the same old body twice is not.
func TestRepeated(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính.", []string{"Sở Tài chính"}},
		{"Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn.", []string{"Sở Nông nghiệp và Môi trường"}},
		{"đặt tại Sở Thông tin và Truyền thông do Giám đốc Sở Thông tin và Truyền thông làm Tổ trưởng.", nil},
		{"Sở Tài chính chủ trì. Sở Kế hoạch và Đầu tư phối hợp.", nil},
	} {
		after, ms := r.Bring(c.in, D(2026, 1, 1), false)
		var names []string
		for _, m := range ms {
			names = append(names, m.Successor)
		}
		after, _ = Dedupe(after, names)
		if got := Repeated(c.in, after, ms); !slices.Equal(got, c.want) {
			t.Errorf("%q → %q: %q, want %q", c.in, after, got, c.want)
		}
	}
}

// FuzzDedupe: whatever the text and names, Dedupe ends, never panics, only removes text, and
// leaves text it has nothing to drop from unchanged.
func FuzzDedupe(f *testing.F) {
	for _, s := range []string{"Sở Tài chính; Sở Tài chính", "các Sở: Tài chính, Tài chính và Tài chính.", "A, B và A", "TP. Hồ Chí Minh; TP. Hồ Chí Minh", ": và , ;", "Sở Tài chính\nSở Tài chính"} {
		f.Add(s, "Sở Tài chính", "Tài chính")
	}
	r := Default()
	f.Fuzz(func(t *testing.T, text, a, b string) {
		got, dropped := Dedupe(text, []string{a, b})
		if len(got) > len(text)+len(" và")*len(dropped) {
			t.Errorf("Dedupe(%q) grew: %q", text, got)
		}
		if len(dropped) == 0 && got != text {
			t.Errorf("Dedupe(%q) changed it without dropping: %q", text, got)
		}
		after, ms := r.Bring(text, D(2026, 1, 1), false)
		Repeated(text, after, ms)
	})
}
