package registry

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/templates"
)

// Every entry of the embedded registry names its source, keys are unique and every
// replacement points at a document the registry knows (Check, which go generate runs too).
func TestEmbeddedEntriesHaveSources(t *testing.T) {
	for _, err := range Check(Default()) {
		t.Error(err)
	}
	// Check itself finds what it must.
	bad := &Registry{
		Documents: []Document{{Key: "a", Title: "t", Date: D(2020, 1, 1), ReplacedBy: "b"}, {Key: "a", Title: "t", Date: D(2020, 1, 1), Source: "s", AmendedBy: []string{"c"}}},
		Bodies:    []Body{{Name: "Sở X", Source: "s"}},
		Units:     []Unit{{Name: "Y", Source: "s", Successor: "Z"}},
	}
	want := []string{`document "" lacks`, `key "a" twice`, `replaced by unknown "b"`, `amended by unknown "c"`, `body "Sở X" lacks`, `unit "Y" lacks`}
	errs := Check(bad)
	if len(errs) != len(want) {
		t.Fatalf("Check: %v, want %d errors", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("Check error %d: %v, want %q", i, errs[i], w)
		}
	}
}

// TestEmbeddedIsTheYAML: the registry qd runs on (data_gen.go) is exactly what Parse reads
// from templates/registry/, and the folded names go generate stored are what Fold gives.
func TestEmbeddedIsTheYAML(t *testing.T) {
	const regen = "registry/data_gen.go is stale: run `go generate ./registry` after editing templates/registry/*.yaml"
	r, err := ParseFS(templates.Registry, "registry/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*r, embedded) {
		t.Fatal(regen)
	}
	seen := map[string]bool{}
	for i, n := range embeddedNames {
		if i > 0 && embeddedNames[i-1].name >= n.name {
			t.Fatalf("%s: names out of order at %q", regen, n.name)
		}
		seen[n.name] = true
		if key := Fold(n.name); n.key != key || !reflect.DeepEqual(n.words, strings.Fields(key)) {
			t.Errorf("%s: %q folds to %q, stored %q %q", regen, n.name, key, n.key, n.words)
		}
	}
	for _, b := range r.Bodies {
		names := append([]string{b.Name}, b.Aliases...)
		for _, g := range b.Regions {
			names = append(names, g.Units...)
		}
		for _, name := range names {
			if !seen[name] {
				t.Errorf("%s: no folded form of %q", regen, name)
			}
		}
	}
	for _, u := range r.Units {
		if !seen[u.Name] || !seen[u.Unit+" "+u.Name] {
			t.Errorf("%s: no folded form of %q", regen, u.Name)
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

// A province that ceased on 01/7/2025 named through its party committee ("Tỉnh ủy Nam Định",
// in capitals in a party issuer) is found on and after that date, with the successor's
// committee, never before it nor for a province that still exists.
func TestCeasedPartyCommittee(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		text    string
		asOf    Date
		mention string
		succ    string
	}{
		{"Ban Thường vụ Tỉnh ủy Nam Định", D(2026, 3, 10), "Tỉnh ủy Nam Định", "Tỉnh ủy Ninh Bình"},
		{"TỈNH ỦY NAM ĐỊNH", D(2025, 7, 1), "TỈNH ỦY NAM ĐỊNH", "TỈNH ỦY NINH BÌNH"},
		{"Văn phòng Tỉnh uỷ Hà Giang", D(2026, 3, 10), "Tỉnh uỷ Hà Giang", "Tỉnh ủy Tuyên Quang"},
		{"Tỉnh ủy Thừa Thiên Huế", D(2025, 2, 1), "Tỉnh ủy Thừa Thiên Huế", "Thành ủy Huế"},
		{"TỈNH ỦY NAM ĐỊNH", D(2025, 6, 30), "", ""},
		{"Tỉnh ủy Ninh Bình", D(2026, 3, 10), "", ""},
		{"Thành ủy Hà Nội", D(2026, 3, 10), "", ""},
	} {
		ms := r.Ceased(c.text, c.asOf, false)
		if c.mention == "" {
			if len(ms) != 0 {
				t.Errorf("%q on %v: %+v, want nothing", c.text, c.asOf, ms)
			}
			continue
		}
		if len(ms) != 1 || ms[0].Text != c.mention || ms[0].Successor != c.succ {
			t.Errorf("%q on %v: %+v, want %q → %q", c.text, c.asOf, ms, c.mention, c.succ)
		}
	}
}

// A mention the registry is unsure of is left as written and reported once, however many
// passes Bring needs for the sure ones beside it (qd update printed the same KIỂM TRA line
// twice for "Cục Thống kê tỉnh" next to a Kho bạc it replaced).
func TestBringReportsUnsureOnce(t *testing.T) {
	text := "Giám đốc Bảo hiểm xã hội tỉnh, Cục Thống kê tỉnh, Kho bạc Nhà nước tỉnh"
	got, ms := Default().BringIn(text, D(2026, 3, 10), false, "Lạng Sơn")
	if want := "Giám đốc Bảo hiểm xã hội tỉnh, Cục Thống kê tỉnh, Kho bạc Nhà nước khu vực [[số khu vực]]"; got != want {
		t.Errorf("Bring = %q, want %q", got, want)
	}
	unsure := 0
	for _, m := range ms {
		if !m.Sure() {
			unsure++
			if m.Text != "Cục Thống kê tỉnh" {
				t.Errorf("unsure mention %q, want Cục Thống kê tỉnh", m.Text)
			}
		}
	}
	if unsure != 1 {
		t.Errorf("%d unsure mentions, want 1: %+v", unsure, ms)
	}
}

// A ceased name inside the citation of a document issued before it ceased (the cited title
// or issuer keeps the name it was issued with) is not sure: it warns and is not rewritten.
// The same name outside a citation, or cited from a document issued after, stays sure.
func TestCeasedInCitation(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		text string
		sure bool
	}{
		{"Nghị quyết số 09-NQ/TU ngày 15 tháng 10 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Nam Định đến năm 2025", false},
		{"Thông tư số 18/2024/TT-BTTTT của Bộ Thông tin và Truyền thông", false},
		{"Quyết định số 1782/QĐ-UBND ngày 11/9/2020 của Chủ tịch UBND tỉnh Hà Nam", false},
		{"Sở Thông tin và Truyền thông chủ trì", true},
		{"thực hiện Quyết định số 1/QĐ-UBND ngày 02/01/2026; Sở Thông tin và Truyền thông chủ trì", true},
		{"Quyết định số 5/QĐ-UBND ngày 02 tháng 01 năm 2026 của UBND tỉnh Nam Định", true},
	} {
		ms := r.Ceased(c.text, D(2026, 3, 10), false)
		if len(ms) != 1 || ms[0].Sure() != c.sure {
			t.Errorf("%q: %+v, want one mention, sure=%v", c.text, ms, c.sure)
		}
		got, _ := r.Bring(c.text, D(2026, 3, 10), false)
		if !c.sure && got != c.text {
			t.Errorf("%q rewritten to %q", c.text, got)
		}
	}
}

// TestCeasedNear: a body whose unless_with another text of the same holder names is that
// body's board, not the ceased one (the HĐND's Ban Dân tộc); without it, it is found.
func TestCeasedNear(t *testing.T) {
	r := Default()
	asOf := D(2026, 1, 1)
	if ms := r.CeasedNear("Trưởng Ban Dân tộc", asOf, false, "", []string{"HĐND tỉnh", "Trưởng Ban Dân tộc"}); len(ms) != 0 {
		t.Errorf("beside HĐND tỉnh: %+v", ms)
	}
	if ms := r.CeasedNear("Trưởng Ban Dân tộc", asOf, false, "", []string{"Ủy ban nhân dân tỉnh"}); len(ms) != 1 {
		t.Errorf("beside the UBND: %+v, want the Ban Dân tộc", ms)
	}
	if out, ms := r.BringNear("Trưởng Ban Dân tộc", asOf, false, "", []string{"Hội đồng nhân dân tỉnh"}); out != "Trưởng Ban Dân tộc" || len(ms) != 0 {
		t.Errorf("BringNear beside the HĐND: %q %+v", out, ms)
	}
	// The HĐND near does not hide another body: the Sở still ceased.
	if ms := r.CeasedNear("Sở TT&TT", asOf, false, "", []string{"HĐND tỉnh"}); len(ms) != 1 {
		t.Errorf("Sở TT&TT beside HĐND: %+v", ms)
	}
}

// TestCeasedInUndatedCitation: a citation that gives no date (with or without a number) may
// be of a document older than the cessation: the mention is unsure (Undated), never
// rewritten; a dated citation of a later document, and a name after the citation has ended,
// stay sure.
func TestCeasedInUndatedCitation(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		text    string
		undated bool
	}{
		{"Căn cứ Quyết định của Ủy ban nhân dân tỉnh Hà Giang về phát triển chính quyền số", true},
		{"Căn cứ Quyết định của Ủy ban nhân dân\ntỉnh Hà Giang về phát triển chính quyền số", true},
		{"CĂN CỨ QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", true},
		{"căn cứ Quyết định của UBND tỉnh Hà Giang", true},
		{"thực hiện theo quy định của Sở Thông tin và Truyền thông", false},
		{"theo kế hoạch của UBND tỉnh Hà Giang", false},
		{"Thực hiện Chương trình chuyển đổi số tỉnh Hà Giang giai đoạn 2021 - 2025", true},
		{"Triển khai Kế hoạch của Sở Thông tin và Truyền thông về chuyển đổi số", true},
		{"theo Quyết định số 09/QĐ-UBND của UBND tỉnh Hà Giang", true},
		{"Quyết định số 09/QĐ-UBND của UBND tỉnh Hà Giang", true},
		{"Căn cứ Quyết định số 12/QĐ-UBND ngày 02/8/2025 của Ủy ban nhân dân tỉnh Hà Giang", false},
		{"Căn cứ Quyết định số 12/QĐ-UBND, Sở Thông tin và Truyền thông chủ trì", false},
		{"Sở Thông tin và Truyền thông chủ trì xây dựng Kế hoạch", false},
		{"Căn cứ Quyết định của Ủy ban nhân dân tỉnh; Sở Thông tin và Truyền thông chủ trì", false},
		{"Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông", false},
		// a programme named by its number, carried out by the unit now: a committee's name
		{"Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Hà Giang", false},
		{"Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW tỉnh Hà Giang", false},
		{"Thực hiện Đề án 06 tỉnh Hà Giang", false},
	} {
		ms := r.Ceased(c.text, D(2026, 3, 10), false)
		if len(ms) != 1 || ms[0].Undated != c.undated || ms[0].Sure() == c.undated {
			t.Errorf("%q: %+v, want one mention, undated=%v", c.text, ms, c.undated)
			continue
		}
		got, _ := r.Bring(c.text, D(2026, 3, 10), false)
		if c.undated != (got == c.text) {
			t.Errorf("%q: Bring gives %q (undated %v)", c.text, got, c.undated)
		}
	}
}
