package registry

import (
	"strings"
	"testing"
)

// Every regional office lists provinces that existed on its date, each with a source, and
// no province is served by two offices of one body from the same date.
func TestRegionsWellFormed(t *testing.T) {
	r := Default()
	for _, b := range r.Bodies {
		seen := map[string]string{}
		for _, g := range b.Regions {
			if g.Source == "" || g.Name == "" || g.From.IsZero() || len(g.Units) == 0 || strings.Contains(g.Name, "[[") {
				t.Errorf("%s: region %q lacks its source, date, name or provinces", b.Name, g.Name)
			}
			if g.From.Before(b.Until) {
				t.Errorf("%s: region %q starts before the body ended", b.Name, g.Name)
			}
			for _, u := range g.Units {
				if r.Province(u, g.From) == nil {
					t.Errorf("%s: %q lists %q, not a province on %v", b.Name, g.Name, u, g.From)
				}
				k := g.From.String() + "|" + Fold(u)
				if other, ok := seen[k]; ok && other != g.Name {
					t.Errorf("%s: %q in both %q and %q from %v", b.Name, u, other, g.Name, g.From)
				}
				seen[k] = g.Name
			}
		}
	}
}

// The central bank's provincial branch names its regional successor exactly, province by
// province and date by date: from 01/7/2025 by the 34 provinces (a province that merged is
// found through the one it joined), between 01/3 and 30/6/2025 by the 63 where a source gives
// the region; where none does, the successor keeps its [[số khu vực]] placeholder.
func TestStateBankRegionSuccessors(t *testing.T) {
	r := Default()
	const placeholder = "Ngân hàng Nhà nước Chi nhánh Khu vực [[số khu vực]]"
	after, before := Date{2026, 1, 5}, Date{2025, 4, 10}
	for _, c := range []struct {
		unit string
		asOf Date
		want string // region number, or "" for the placeholder
	}{
		{"thành phố Hà Nội", after, "1"}, {"Thành phố Hồ Chí Minh", after, "2"}, {"tỉnh Đồng Nai", after, "2"},
		{"tỉnh Sơn La", after, "3"}, {"tỉnh Điện Biên", after, "3"}, {"tỉnh Lai Châu", after, "3"},
		{"tỉnh Phú Thọ", after, "4"}, {"tỉnh Tuyên Quang", after, "4"}, {"tỉnh Lào Cai", after, "4"},
		{"tỉnh Thái Nguyên", after, "5"}, {"tỉnh Cao Bằng", after, "5"}, {"tỉnh Lạng Sơn", after, "5"},
		{"thành phố Hải Phòng", after, "6"}, {"tỉnh Quảng Ninh", after, "6"},
		{"tỉnh Ninh Bình", after, "7"}, {"tỉnh Thanh Hóa", after, "7"},
		{"tỉnh Hà Tĩnh", after, "8"}, {"tỉnh Nghệ An", after, "8"}, {"tỉnh Quảng Trị", after, "8"},
		{"thành phố Đà Nẵng", after, "9"}, {"tỉnh Quảng Ngãi", after, "9"}, {"thành phố Huế", after, "9"},
		{"tỉnh Khánh Hòa", after, "10"}, {"tỉnh Lâm Đồng", after, "10"},
		{"tỉnh Đắk Lắk", after, "11"}, {"tỉnh Gia Lai", after, "11"},
		{"tỉnh Hưng Yên", after, "12"}, {"tỉnh Bắc Ninh", after, "12"},
		{"tỉnh Đồng Tháp", after, "13"}, {"tỉnh Tây Ninh", after, "13"},
		{"thành phố Cần Thơ", after, "14"}, {"tỉnh Vĩnh Long", after, "14"},
		{"tỉnh Cà Mau", after, "15"},
		{"tỉnh An Giang", after, ""}, // no source names its region
		// Provinces that ceased on 01/7/2025, through the province they joined.
		{"tỉnh Bắc Giang", after, "12"}, {"tỉnh Bến Tre", after, "14"}, {"tỉnh Bạc Liêu", after, "15"},
		{"tỉnh Hà Giang", after, "4"}, {"tỉnh Bình Dương", after, "2"}, {"tỉnh Thừa Thiên Huế", after, "9"},
		{"tỉnh Kiên Giang", after, ""},
		// 01/3 to 30/6/2025: the regions of the 63.
		{"tỉnh Bến Tre", before, "13"}, {"tỉnh Long An", before, "13"}, {"tỉnh Bạc Liêu", before, "14"},
		{"tỉnh Tây Ninh", before, "12"}, {"tỉnh Đồng Tháp", before, "15"}, {"Thành phố Hồ Chí Minh", before, "2"},
		{"tỉnh Lạng Sơn", before, "5"}, {"tỉnh Bắc Giang", before, "5"}, {"tỉnh Bắc Ninh", before, "5"},
		{"tỉnh Bình Dương", before, ""}, {"tỉnh Hưng Yên", before, ""},
	} {
		text := "Giám đốc Ngân hàng Nhà nước Chi nhánh " + c.unit
		got, ms := r.Bring(text, c.asOf, false)
		want := "Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực " + c.want
		if c.want == "" {
			want = "Giám đốc " + placeholder
		}
		if got != want || len(ms) == 0 {
			t.Errorf("%s on %v: got %q, want %q", c.unit, c.asOf, got, want)
		}
	}
	// Before 01/3/2025 the provincial branch exists: nothing to replace.
	if got, ms := r.Bring("Ngân hàng Nhà nước Chi nhánh tỉnh Lạng Sơn", Date{2025, 2, 28}, false); len(ms) != 0 || got != "Ngân hàng Nhà nước Chi nhánh tỉnh Lạng Sơn" {
		t.Errorf("before 01/3/2025: %q %v", got, ms)
	}
}

// "Chi nhánh tỉnh" with no province name is the decision's own province (home); without
// one qd cannot know the region and keeps the placeholder. The abbreviation and an issuer
// line in capitals are read the same way.
func TestStateBankRegionOfHome(t *testing.T) {
	r := Default()
	asOf := Date{2026, 11, 23}
	for _, c := range []struct{ text, home, want string }{
		{"Ngân hàng Nhà nước Chi nhánh tỉnh", "tỉnh Lạng Sơn", "Ngân hàng Nhà nước Chi nhánh Khu vực 5"},
		{"NHNN Chi nhánh tỉnh", "tỉnh Bắc Giang", "Ngân hàng Nhà nước Chi nhánh Khu vực 12"},
		{"Ngân hàng Nhà nước Chi nhánh tỉnh", "", "Ngân hàng Nhà nước Chi nhánh Khu vực [[số khu vực]]"},
		{"Ngân hàng Nhà nước Chi nhánh tỉnh Cao Bằng", "tỉnh Lạng Sơn", "Ngân hàng Nhà nước Chi nhánh Khu vực 5"},
		{"NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH HÀ GIANG", "", "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH KHU VỰC 4"},
		{"Ngân hàng Nhà nước Chi nhánh thành phố", "THÀNH PHỐ HỒ CHÍ MINH", "Ngân hàng Nhà nước Chi nhánh Khu vực 2"},
	} {
		if got, _ := r.BringIn(c.text, asOf, false, c.home); got != c.want {
			t.Errorf("%q (home %q): got %q, want %q", c.text, c.home, got, c.want)
		}
	}
}

// The State Treasury's regions were renumbered on 01/7/2025 (Quyết định 2020/QĐ-BTC: Khu vực
// X of Thanh Hóa and Nghệ An became XI). From then only the new arrangement counts: a
// province it does not list keeps the placeholder, never a number of the old arrangement.
func TestTreasuryRegionSuccessors(t *testing.T) {
	r := Default()
	asOf := Date{2026, 3, 10}
	for _, c := range []struct{ text, want string }{
		{"Giám đốc Kho bạc Nhà nước tỉnh Thanh Hóa", "Giám đốc Kho bạc Nhà nước khu vực XI"},
		{"Giám đốc Kho bạc Nhà nước tỉnh Nghệ An", "Giám đốc Kho bạc Nhà nước khu vực XI"},
		{"Giám đốc Kho bạc Nhà nước tỉnh Lạng Sơn", "Giám đốc Kho bạc Nhà nước khu vực [[số khu vực]]"},
		{"Giám đốc Kho bạc Nhà nước tỉnh Bắc Kạn", "Giám đốc Kho bạc Nhà nước khu vực VII"},
		{"Giám đốc Kho bạc Nhà nước tỉnh Bình Thuận", "Giám đốc Kho bạc Nhà nước khu vực XVI"},
	} {
		if got, _ := r.Bring(c.text, asOf, false); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	if got, ms := r.Bring("Kho bạc Nhà nước tỉnh Thanh Hóa", Date{2025, 6, 30}, false); len(ms) != 0 {
		t.Errorf("before 01/7/2025 the provincial treasury is not reported: %q", got)
	}
	// An arrangement replaces the one before it as a whole.
	test, err := Parse("t.yaml", []byte(`bodies:
  - name: Kho bạc Nhà nước
    scope: unit
    until: 2025-03-01
    successor: Kho bạc Nhà nước khu vực [[số khu vực]]
    source: thử
    regions:
      - {from: 2025-03-01, name: Kho bạc Nhà nước khu vực VI, units: [Lạng Sơn, Bắc Giang], source: thử}
      - {from: 2025-07-01, name: Kho bạc Nhà nước khu vực XI, units: [Thanh Hóa], source: thử}
`))
	if err != nil {
		t.Fatal(err)
	}
	test = merge(test, &Registry{Units: r.Units})
	for _, c := range []struct {
		text string
		asOf Date
		want string
	}{
		{"Kho bạc Nhà nước tỉnh Lạng Sơn", Date{2025, 5, 1}, "Kho bạc Nhà nước khu vực VI"},
		{"Kho bạc Nhà nước tỉnh Bắc Giang", Date{2025, 5, 1}, "Kho bạc Nhà nước khu vực VI"},
		{"Kho bạc Nhà nước tỉnh Lạng Sơn", Date{2026, 1, 1}, "Kho bạc Nhà nước khu vực [[số khu vực]]"},
		{"Kho bạc Nhà nước tỉnh Thanh Hóa", Date{2025, 5, 1}, "Kho bạc Nhà nước khu vực [[số khu vực]]"},
		{"Kho bạc Nhà nước tỉnh Thanh Hóa", Date{2026, 1, 1}, "Kho bạc Nhà nước khu vực XI"},
	} {
		if got, _ := test.Bring(c.text, c.asOf, false); got != c.want {
			t.Errorf("%q on %v: got %q, want %q", c.text, c.asOf, got, c.want)
		}
	}
}

// The bodies of 2025 beyond the sở: social insurance (provincial, regional from 2025, and
// provincial again from 01/7/2025), statistics, ethnic affairs and the merged ministries. A
// regional name carries its number ("khu vực IX"), replaced with it; a longer name of another
// body ("Chi cục Thống kê", the HĐND's "Ban Dân tộc") is not a mention.
func TestBodies2025(t *testing.T) {
	r := Default()
	y2026, may2025, y2024 := Date{2026, 3, 10}, Date{2025, 5, 1}, Date{2024, 12, 1}
	for _, c := range []struct {
		text string
		asOf Date
		want string // the text brought up to date
		sure []bool // one per mention: replaced (true) or only flagged (false)
	}{
		{"Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn", y2026, "Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn", nil},
		{"Giám đốc Bảo hiểm xã hội tỉnh", y2026, "Giám đốc Bảo hiểm xã hội tỉnh", nil},
		{"Giám đốc Bảo hiểm xã hội tỉnh Bắc Giang", y2026, "Giám đốc Bảo hiểm xã hội tỉnh Bắc Ninh", []bool{true}},
		{"Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn", may2025, "Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn", []bool{false}},
		{"Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn", y2024, "Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn", nil},
		{"Giám đốc Bảo hiểm xã hội khu vực IX", y2026, "Giám đốc Bảo hiểm xã hội [[tỉnh, thành phố]]", []bool{true}},
		{"Giám đốc BHXH khu vực 9", y2026, "Giám đốc Bảo hiểm xã hội [[tỉnh, thành phố]]", []bool{true}},
		{"Giám đốc Bảo hiểm xã hội khu vực IX", may2025, "Giám đốc Bảo hiểm xã hội khu vực IX", nil},
		{"Chi cục trưởng Chi cục Thuế khu vực XVI", y2026, "Chi cục trưởng Thuế [[tỉnh, thành phố]]", []bool{true}},
		{"Cục trưởng Cục Thống kê tỉnh Lạng Sơn", y2026, "Cục trưởng Cục Thống kê tỉnh Lạng Sơn", []bool{false}},
		{"Chi cục trưởng Chi cục Thống kê tỉnh Lạng Sơn", may2025, "Chi cục trưởng Chi cục Thống kê tỉnh Lạng Sơn", nil},
		{"Tổng cục Thống kê", y2026, "Tổng cục Thống kê", []bool{false}},
		{"Trưởng Ban Dân tộc tỉnh", y2026, "Trưởng Ban Dân tộc tỉnh", []bool{false}},
		{"Trưởng Ban Dân tộc HĐND tỉnh", y2026, "Trưởng Ban Dân tộc HĐND tỉnh", nil},
		{"Trưởng Ban Dân tộc của Hội đồng nhân dân tỉnh", y2026, "Trưởng Ban Dân tộc của Hội đồng nhân dân tỉnh", nil},
		{"Ủy ban Dân tộc", y2026, "Bộ Dân tộc và Tôn giáo", []bool{true}},
		{"Bộ Thông tin và Truyền thông (để b/c)", y2026, "Bộ Khoa học và Công nghệ (để b/c)", []bool{true}},
		{"Bộ Kế hoạch và Đầu tư; Bộ Tài nguyên và Môi trường", y2026, "Bộ Tài chính; Bộ Nông nghiệp và Môi trường", []bool{true, true}},
		{"Bộ Lao động, Thương binh và Xã hội", y2026, "Bộ Nội vụ", []bool{true}},
		{"Bộ Thông tin và Truyền thông", y2024, "Bộ Thông tin và Truyền thông", nil},
	} {
		got, ms := r.Bring(c.text, c.asOf, false)
		var sure []bool
		for _, m := range ms {
			sure = append(sure, m.Sure())
		}
		if got != c.want || len(sure) != len(c.sure) {
			t.Errorf("%q on %v: got %q with %v, want %q with %v", c.text, c.asOf, got, sure, c.want, c.sure)
			continue
		}
		for i := range sure {
			if sure[i] != c.sure[i] {
				t.Errorf("%q on %v: mention %d sure=%v, want %v", c.text, c.asOf, i, sure[i], c.sure[i])
			}
		}
	}
	// The unconfirmed statistics office says what to check, in the decision's own words.
	ms := r.Ceased("Cục Thống kê tỉnh Lạng Sơn", y2026, false)
	if len(ms) != 1 || ms[0].Successor != "[[cơ quan thống kê của tỉnh Lạng Sơn từ 01/7/2025]]" {
		t.Errorf("statistics successor: %+v", ms)
	}
}
