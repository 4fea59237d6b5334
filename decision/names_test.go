package decision

import (
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/registry"
)

// For each of the 29 provinces that ceased on 01/7/2025: a decision of 2026 naming it in its
// issuer or place fails unit-dissolved naming the successor; the same decision dated 2024
// passes that check.
func TestUnitDissolvedEveryProvince(t *testing.T) {
	n := 0
	for _, u := range registry.Default().Units {
		if u.Until != registry.D(2025, 7, 1) {
			continue
		}
		n++
		d := loadExample(t, "lang-son.yaml")
		d.Issuer.Name = Lines{"ỦY BAN NHÂN DÂN", "TỈNH " + strings.ToUpper(u.Name)}
		d.Issuer.Authority = Lines{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH " + strings.ToUpper(u.Name)}
		d.Place = u.Name
		d.Committee.Name = "Ban Chỉ đạo về chuyển đổi số tỉnh " + u.Name
		d.Date = Date{2026, 11, 2}
		found := map[string]string{}
		for _, g := range Validate(d) {
			if g.Rule == "unit-dissolved" {
				found[g.Field] = g.Successor
			}
		}
		for field, want := range map[string]string{"issuer.name[1]": strings.ToUpper(u.Successor), "place": strings.SplitN(u.Successor, " ", 2)[1],
			"issuer.authority[0]": strings.ToUpper(u.Successor), "committee.name": u.Successor} {
			if strings.HasPrefix(u.Successor, "thành phố") && field == "place" {
				want = strings.TrimPrefix(u.Successor, "thành phố ")
			}
			if got, ok := found[field]; !ok || got != want {
				t.Errorf("%s in 2026, %s: successor %q (found %v), want %q", u.Name, field, got, ok, want)
			}
		}
		d.Date = Date{2024, 11, 2}
		for _, g := range Validate(d) {
			if g.Rule == "unit-dissolved" {
				t.Errorf("%s in 2024: %s", u.Name, g.Message(EN))
			}
		}
	}
	if n != 29 {
		t.Fatalf("%d provinces ceased, want 29", n)
	}
}

// However a clerk spells a body that ceased, body-dissolved finds it and names the successor.
func TestBodySpellings(t *testing.T) {
	for _, c := range []struct{ org, succ string }{
		{"Sở Lao động, Thương binh và Xã hội", "Sở Nội vụ"},
		{"Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"},
		{"Sở LĐ-TB&XH", "Sở Nội vụ"},
		{"Sở TT&TT", "Sở Khoa học và Công nghệ"},
		{"Sở TTTT", "Sở Khoa học và Công nghệ"},
		{"Sở Giao thông Vận tải", "Sở Xây dựng"},
		{"Sở GTVT", "Sở Xây dựng"},
		{"Sở\u00a0Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"},
		{"Sở Thông tin và  Truyền thông", "Sở Khoa học và Công nghệ"},
		{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"},
		{"Sở TN&MT", "Sở Nông nghiệp và Môi trường"},
		// The decision is Vĩnh Long's: its branch is Khu vực 14 from 01/7/2025.
		{"Ngân hàng Nhà nước Chi nhánh tỉnh", "Ngân hàng Nhà nước Chi nhánh Khu vực 14"},
		{"NHNN chi nhánh tỉnh Bến Tre", "Ngân hàng Nhà nước Chi nhánh Khu vực 14"},
	} {
		d := loadExample(t, "vinh-long.yaml")
		d.Members[3].Organization = c.org
		d.AsOf = Date{2026, 11, 23}
		var got []string
		for _, g := range Validate(d) {
			if g.Rule == "body-dissolved" && g.Field == "members[3].organization" {
				got = append(got, g.Successor)
			}
		}
		if len(got) != 1 || got[0] != c.succ {
			t.Errorf("%q: successors %q, want %q", c.org, got, c.succ)
		}
	}
}

// The 2025 bodies beyond the sở, in a decision of 2026: a regional social-insurance office
// (provincial again from 01/7/2025) and a merged ministry fail body-dissolved with their
// successor; the provincial social insurance of 2026 passes; an ethnic-affairs board and a
// statistics office no decree in the registry confirms only warn (name-unconfirmed); the
// HĐND's Ban Dân tộc, which still exists, passes.
func TestBodies2025Rules(t *testing.T) {
	for _, c := range []struct{ org, rule, succ string }{
		{"Bảo hiểm xã hội khu vực IX", "body-dissolved", "Bảo hiểm xã hội [[tỉnh, thành phố]]"},
		{"Bộ Thông tin và Truyền thông", "body-dissolved", "Bộ Khoa học và Công nghệ"},
		{"Ủy ban Dân tộc", "body-dissolved", "Bộ Dân tộc và Tôn giáo"},
		{"Ban Dân tộc tỉnh", "name-unconfirmed", "Sở Dân tộc và Tôn giáo"},
		{"Cục Thống kê tỉnh", "name-unconfirmed", "[[cơ quan thống kê của tỉnh từ 01/7/2025]]"},
		{"Bảo hiểm xã hội tỉnh", "", ""},
		{"Ban Dân tộc HĐND tỉnh", "", ""},
	} {
		d := loadExample(t, "vinh-long.yaml")
		d.Members[3].Organization = c.org
		d.AsOf = Date{2026, 11, 23}
		var got []string
		for _, g := range Validate(d) {
			if g.Field == "members[3].organization" && (g.Rule == "body-dissolved" || g.Rule == "name-unconfirmed") {
				got = append(got, g.Rule+": "+g.Successor)
			}
		}
		want := []string{c.rule + ": " + c.succ}
		if c.rule == "" {
			want = nil
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q, want %q", c.org, got, want)
		}
	}
}
