package textwidth

import (
	"strings"
	"testing"
)

// TestBalanceCaps: a line in capitals breaks between phrases when it can, never inside a
// word ("ĐIỆN / TỬ") nor between a unit word and its name ("TỈNH / KIÊN GIANG", "THÀNH PHỐ /
// HỒ CHÍ MINH"); a line that fits is one line.
func TestBalanceCaps(t *testing.T) {
	for _, tc := range []struct {
		s     string
		size  float64
		width int
		want  string
	}{
		{"TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ TỈNH KIÊN GIANG", 14, 9355, "TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ|TỈNH KIÊN GIANG"},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 14, 5000, "CHỦ TỊCH ỦY BAN NHÂN DÂN|THÀNH PHỐ HỒ CHÍ MINH"},
		{"BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH BÀ RỊA - VŨNG TÀU", 13, 4000, "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ|TỈNH BÀ RỊA - VŨNG TÀU"},
		{"ỦY BAN NHÂN DÂN", 13, 3855, "ỦY BAN NHÂN DÂN"},
	} {
		got := BalanceCaps(tc.s, true, tc.size, tc.width)
		if strings.Join(got, "|") != tc.want {
			t.Errorf("BalanceCaps(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
		for _, l := range got {
			if w := Twips(l, true, tc.size); w > tc.width && len(strings.Fields(l)) > 1 {
				t.Errorf("%q: %d twips, wider than %d", l, w, tc.width)
			}
		}
	}
}
