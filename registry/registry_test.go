package registry

import (
	"strings"
	"testing"
)

// Every entry of the embedded registry names its source, keys are unique and every
// replacement points at a document the registry knows.
func TestEmbeddedEntriesHaveSources(t *testing.T) {
	r := Default()
	if len(r.Documents) == 0 || len(r.Bodies) == 0 || len(r.Units) == 0 {
		t.Fatalf("empty registry: %d documents, %d bodies, %d units", len(r.Documents), len(r.Bodies), len(r.Units))
	}
	keys := map[string]bool{}
	for _, d := range r.Documents {
		if d.Key == "" || d.Source == "" || d.Date.IsZero() || d.Title == "" {
			t.Errorf("document %q lacks key, source, date or title", d.Number)
		}
		if keys[d.Key] {
			t.Errorf("key %q twice", d.Key)
		}
		keys[d.Key] = true
	}
	for _, d := range r.Documents {
		if d.ReplacedBy != "" && r.ByKey(d.ReplacedBy) == nil {
			t.Errorf("%s replaced by unknown %q", d.Key, d.ReplacedBy)
		}
	}
	for _, b := range r.Bodies {
		if b.Source == "" || b.Until.IsZero() || b.Successor == "" {
			t.Errorf("body %q lacks source, date or successor", b.Name)
		}
	}
	for _, u := range r.Units {
		if u.Source == "" || u.Until.IsZero() != (u.Successor == "") {
			t.Errorf("unit %q lacks its source, or has an end without successor", u.Name)
		}
	}
}

// A broken registry file is refused with the position of the fault, in both languages.
func TestParseErrorsLocated(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"bodies:\n  - nam: x\n", "so.yaml:2:5: "},
		{"documents:\n  - key: a\n    date: 2025-02-30\n", "so.yaml:3:11: "},
		{"units: x\n", "so.yaml:1:8: "},
		{"khac: 1\n", "so.yaml:1:1: "},
	} {
		_, err := Parse("so.yaml", []byte(c.src))
		fe, ok := err.(*FileError)
		if !ok || !strings.HasPrefix(fe.Message(false), c.want) || !strings.HasPrefix(fe.Message(true), c.want) || fe.Vi == fe.En {
			t.Errorf("%q: %v", c.src, err)
		}
	}
}

func TestCurrentFollowsReplacements(t *testing.T) {
	r := Default()
	doc := r.Find(Cite{Type: "Luật", Title: "Tổ chức chính quyền địa phương", Date: D(2015, 6, 19)})
	if doc == nil || doc.Number != "77/2015/QH13" {
		t.Fatalf("find: %+v", doc)
	}
	for _, c := range []struct {
		asOf Date
		want string
	}{{D(2019, 5, 3), "77/2015/QH13"}, {D(2026, 1, 1), "72/2025/QH15"}} {
		if cur, _ := r.Current(doc, c.asOf); cur.Number != c.want {
			t.Errorf("as of %s: %s, want %s", c.asOf, cur.Number, c.want)
		}
	}
}

// 63 provincial units before 01/7/2025, 34 after (Nghị quyết 202/2025/QH15); Thừa Thiên Huế
// is the thành phố Huế from 01/01/2025 (Nghị quyết 175/2024/QH15).
func TestProvinceCounts(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		d    Date
		want int
	}{{D(2024, 12, 31), 63}, {D(2025, 1, 1), 63}, {D(2025, 6, 30), 63}, {D(2025, 7, 1), 34}, {D(2026, 11, 23), 34}} {
		if got := len(r.Provinces(c.d)); got != c.want {
			t.Errorf("%s: %d provincial units, want %d", c.d, got, c.want)
		}
	}
	ceased := 0
	for _, u := range r.Units {
		if u.Until == D(2025, 7, 1) {
			ceased++
			if r.Province(bareName(u.Successor), D(2025, 7, 1)) == nil {
				t.Errorf("%s: successor %q is not among the 34", u.Name, u.Successor)
			}
		}
	}
	if ceased != 29 {
		t.Errorf("%d units ceased on 01/7/2025, want 29", ceased)
	}
	if r.Province("Thừa Thiên Huế", D(2025, 1, 1)) != nil || r.Province("Huế", D(2024, 12, 31)) != nil || r.Province("Huế", D(2025, 1, 1)) == nil {
		t.Error("Huế: tỉnh Thừa Thiên Huế until 31/12/2024, thành phố Huế from 01/01/2025")
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"},
		{"Sở Lao động-Thương binh và Xã hội", "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"},
		{"Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"},
		{"Sở TT&TT", "Sở Thông tin và Truyền thông"},
		{"Sở TTTT", "Sở Thông tin và Truyền thông"},
		{"Sở\u00a0Thông tin và  Truyền thông", "Sở Thông tin và Truyền thông"},
		{"Sở GTVT", "Sở Giao thông Vận tải"},
		{"Sở TN&MT", "Sở Tài nguyên và Môi trường"},
		{"Sở KH&CN", "Sở Khoa học và Công nghệ"},
		{"UBND tỉnh", "Ủy ban nhân dân tỉnh"},
		{"Uỷ ban nhân dân tỉnh Hoà Bình", "Ủy ban nhân dân tỉnh Hòa Bình"},
		{"TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"},
		{"Thừa Thiên - Huế", "Thừa Thiên Huế"},
		{"Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"},
	} {
		if !Same(c.a, c.b) {
			t.Errorf("%q and %q differ: %q, %q", c.a, c.b, Fold(c.a), Fold(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{{"Sở Tư pháp", "Sở Tài chính"}, {"tỉnh Hà Nam", "tỉnh Nam Định"}} {
		if Same(c.a, c.b) {
			t.Errorf("%q and %q must differ", c.a, c.b)
		}
	}
	if Contains("Quyết định", "Bình Định") || !Contains("Giám đốc Sở TT&TT tỉnh", "Sở Thông tin và Truyền thông") {
		t.Error("Contains matches whole words only, abbreviations spelled out")
	}
}

// Every province that ceased on 01/7/2025, named in any customary way, is found in a text of
// 2026 and replaced by its successor; in 2024 nothing is found.
func TestCeasedProvinces(t *testing.T) {
	r := Default()
	n := 0
	for _, u := range r.Units {
		if u.Until != D(2025, 7, 1) {
			continue
		}
		n++
		for _, text := range []string{"ỦY BAN NHÂN DÂN TỈNH " + strings.ToUpper(u.Name), "Công an tỉnh " + u.Name + " và Sở Tư pháp", "UBND tỉnh " + u.Name} {
			ms := r.Ceased(text, D(2026, 11, 23), false)
			if len(ms) != 1 || ms[0].Name != "tỉnh "+u.Name || !Same(ms[0].Successor, u.Successor) {
				t.Errorf("%q: %+v", text, ms)
			}
			if ms := r.Ceased(text, D(2024, 12, 1), false); len(ms) != 0 {
				t.Errorf("%q in 2024: %+v", text, ms)
			}
		}
		if got, _ := r.Bring(u.Name, D(2026, 1, 1), true); got != bareName(u.Successor) {
			t.Errorf("place %s became %q", u.Name, got)
		}
	}
	if n != 29 {
		t.Errorf("%d provinces, want 29", n)
	}
	got, _ := r.Bring("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", D(2026, 1, 1), false)
	if got != "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" {
		t.Errorf("issuer line: %q", got)
	}
	got, _ = r.Bring("tỉnh Thừa Thiên - Huế", D(2025, 3, 1), false)
	if got != "thành phố Huế" {
		t.Errorf("Huế: %q", got)
	}
}

func TestBringBodies(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		in   string
		d    Date
		want string
		sure bool
	}{
		{"Sở\u00a0Thông tin và  Truyền thông", D(2026, 1, 1), "Sở Khoa học và Công nghệ", true},
		{"Giám đốc Sở TT&TT", D(2026, 1, 1), "Giám đốc Sở Khoa học và Công nghệ", true},
		{"Sở Lao động, Thương binh và Xã hội", D(2026, 1, 1), "Sở Nội vụ", true},
		{"Sở Giao thông Vận tải", D(2026, 1, 1), "Sở Xây dựng", true},
		{"Sở Thông tin và Truyền thông", D(2024, 1, 1), "Sở Thông tin và Truyền thông", true},
		{"Ngân hàng Nhà nước Chi nhánh tỉnh", D(2026, 1, 1), "Ngân hàng Nhà nước Chi nhánh Khu vực [[số khu vực]]", true},
		{"Ngân hàng Nhà nước Chi nhánh Khu vực 5", D(2026, 1, 1), "Ngân hàng Nhà nước Chi nhánh Khu vực 5", true},
		{"Cục Thuế tỉnh Lạng Sơn", D(2026, 1, 1), "Thuế tỉnh Lạng Sơn", true},
		{"Cục Thuế tỉnh Quảng Nam", D(2026, 1, 1), "Thuế thành phố Đà Nẵng", true},
		{"Cục Thuế tỉnh Lạng Sơn", D(2025, 4, 1), "Chi cục Thuế khu vực [[số khu vực]]", true},
		{"phụ trách lĩnh vực Thông tin và Truyền thông", D(2026, 1, 1), "phụ trách lĩnh vực Thông tin và Truyền thông", false},
	} {
		got, ms := r.Bring(c.in, c.d, false)
		if got != c.want {
			t.Errorf("%q on %s: %q, want %q", c.in, c.d, got, c.want)
		}
		if !c.sure && (len(ms) == 0 || ms[0].Sure()) {
			t.Errorf("%q: must be found, unsure: %+v", c.in, ms)
		}
	}
}
