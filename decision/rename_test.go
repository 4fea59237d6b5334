package decision

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func roles(ms []Member) []Role {
	var out []Role
	for _, m := range ms {
		out = append(out, m.Role)
	}
	return out
}

// TestRenameLangSon: the committee of 2020 renamed as on 13/10/2021 matches the decision
// 2041/QĐ-UBND (seed 001) on name, replaced decision, member roles and seal rules.
func TestRenameLangSon(t *testing.T) {
	old := loadExample(t, "lang-son-2020.yaml")
	want := loadExample(t, "lang-son.yaml")
	got, changes, err := Rename(old, RenameOptions{Date: Date{2021, 10, 13}, Number: "2041"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Committee.Name != want.Committee.Name || got.Committee.OldName != want.Committee.OldName {
		t.Errorf("names %q ← %q, want %q ← %q", got.Committee.Name, got.Committee.OldName, want.Committee.Name, want.Committee.OldName)
	}
	if got.Kind != KindKienToanDoiTen || got.Number != "2041" || got.Date != (Date{2021, 10, 13}) {
		t.Errorf("kind %s number %s date %s", got.Kind, got.Number, got.Date)
	}
	if got.TitleText() != want.TitleText() {
		t.Errorf("title %q, want %q", got.TitleText(), want.TitleText())
	}
	g, w := got.Effect.Replaces, want.Effect.Replaces
	if len(g) != 1 || g[0].Number != w[0].Number || g[0].Date != w[0].Date || g[0].Title != w[0].Title {
		t.Errorf("replaces %+v, want %+v", g, w)
	}
	if !reflect.DeepEqual(roles(got.Members), roles(want.Members)) {
		t.Errorf("roles %v\nwant %v", roles(got.Members), roles(want.Members))
	}
	if !reflect.DeepEqual(got.Organization.Seals, want.Organization.Seals) {
		t.Errorf("seals %+v, want %+v", got.Organization.Seals, want.Organization.Seals)
	}
	if ds := Validate(got); HasErrors(ds) {
		t.Errorf("renamed decision is invalid: %v", ds)
	}
	if len(changes) < 8 {
		t.Errorf("only %d changes listed", len(changes))
	}
}

// TestRenameVinhLong: the Vĩnh Long committee (seed 000) becomes a decision that reads like
// seeds 001 and 003. The example is a draft without number and date; the test gives it
// placeholder ones, since a rename must cite the decision it replaces.
func TestRenameVinhLong(t *testing.T) {
	old := loadExample(t, "vinh-long.yaml")
	if _, _, err := Rename(old, RenameOptions{}); !errors.Is(err, ErrRename) {
		t.Fatalf("a draft without number must be refused, got %v", err)
	}
	old.Number, old.Date = "99", Date{2018, 12, 28} // placeholders for the test
	got, _, err := Rename(old, RenameOptions{Date: Date{2021, 11, 17}})
	if err != nil {
		t.Fatal(err)
	}
	if ds := Validate(got); HasErrors(ds) {
		t.Fatalf("invalid: %v", ds)
	}
	if got.Committee.Name != "Ban Chỉ đạo về chuyển đổi số tỉnh Vĩnh Long" {
		t.Errorf("name %q", got.Committee.Name)
	}
	m := got.Members
	if m[0].Role != RoleTruongBan || m[1].Role != RolePhoThuongTruc || !strings.HasPrefix(m[1].Position, "Phó Chủ tịch") ||
		m[2].Role != RolePhoTruongBan || m[2].Organization != "Sở Thông tin và Truyền thông" || m[3].Role != RoleUyVien || m[3].Heading == "" {
		t.Errorf("members not re-mapped as in seeds 001 and 003: %+v", m[:4])
	}
	if len(m) != len(old.Members) {
		t.Errorf("%d members, had %d", len(m), len(old.Members))
	}
	if !strings.Contains(got.Function, "chuyển đổi số") || !strings.Contains(got.Function, "tỉnh Vĩnh Long") || len(got.Duties) < 5 {
		t.Errorf("standard function and duties not filled in: %q", got.Function)
	}
	var numbers []string
	for _, b := range got.Bases {
		numbers = append(numbers, b.Number)
	}
	if !strings.Contains(strings.Join(numbers, " "), "1619/QĐ-TTg") || strings.Contains(strings.Join(numbers, " "), "908/QĐ-UBND") {
		t.Errorf("bases %v", numbers)
	}
	if r := got.Effect.Replaces; len(r) != 1 || r[0].Number != "99/QĐ-UBND" || r[0].Title != "về việc thành lập Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Vĩnh Long" {
		t.Errorf("replaces %+v", r)
	}
	if got.Recipients[0] != "Như Điều 4" {
		t.Errorf("recipients %v", got.Recipients)
	}
}

func TestRenameRefusals(t *testing.T) {
	tests := []struct {
		name    string
		example string
		opts    RenameOptions
		want    string
	}{
		{"already digital", "lang-son.yaml", RenameOptions{Target: "chuyen-doi-so"}, "already is a chuyen-doi-so committee"},
		{"party name under UBND", "lang-son.yaml", RenameOptions{Target: "khcn-dmst-cds"}, "is the party committee's name"},
		{"no number", "thua-thien-hue.yaml", RenameOptions{}, "lacks the number"},
		{"date before", "lang-son-2020.yaml", RenameOptions{Date: Date{2020, 9, 11}}, "--date 11 September 2020 is not after"},
		{"unknown target", "lang-son-2020.yaml", RenameOptions{Target: "chinh-phu-so"}, "no rename target"},
		{"Quy chế decision", "kien-giang.yaml", RenameOptions{}, "not a decision on a committee's members"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Rename(loadExample(t, tc.example), tc.opts)
			if !errors.Is(err, ErrRename) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want a refusal with %q", err, tc.want)
			}
		})
	}
}

// A committee already renamed is refused whatever the word order of its name, and one
// that is not about e-government, IT or digital transformation is refused, each with the
// position of its name and a rule ID.
func TestRenameRefusesByName(t *testing.T) {
	for _, c := range []struct{ name, target, rule string }{
		{"Ban Chỉ đạo tỉnh Lạng Sơn về chuyển đổi số", "chuyen-doi-so", "rename-already"},
		{"Ban Chỉ đạo chuyển đổi số tỉnh Lạng Sơn", "chuyen-doi-so", "rename-already"},
		{"Ban Chỉ đạo tỉnh Lạng Sơn về Đề án 06, chuyển đổi số và phát triển khoa học, công nghệ", "khcn-cds-de-an-06", "rename-already"},
		{"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lạng Sơn", "chuyen-doi-so", "rename-topic"},
		{"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Lạng Sơn", "", "rename-topic"},
		{"Ban Chỉ đạo phòng, chống dịch tỉnh Lạng Sơn", "khcn-cds-de-an-06", "rename-topic"},
	} {
		old := loadExample(t, "lang-son-2020.yaml")
		old.Committee.Name = c.name
		_, _, err := Rename(old, RenameOptions{Target: c.target, Date: Date{2026, 11, 23}})
		var r *renameError
		if !errors.As(err, &r) {
			t.Fatalf("%q: %v", c.name, err)
		}
		if g := r.Diagnostic(old); g.Rule != c.rule || g.Field != "committee.name" || g.Line != 20 || g.Column != 9 {
			t.Errorf("%q to %q: %+v, want %s at committee.name 20:9", c.name, c.target, g, c.rule)
		}
	}
	old := loadExample(t, "lang-son-2020.yaml")
	old.Committee.Name = "Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn"
	if _, _, err := Rename(old, RenameOptions{Date: Date{2026, 11, 23}}); err != nil {
		t.Errorf("a 2021-model committee renamed in 2026 (to the 2025 model): %v", err)
	}
}

// TestRename2025: a 2021 digital-transformation committee renamed in 2025 follows the UBND
// model of 598/QĐ-TTg by default.
func TestRename2025(t *testing.T) {
	if DefaultTarget(Date{2024, 12, 31}) != "chuyen-doi-so" || DefaultTarget(Date{2025, 1, 1}) != "khcn-cds-de-an-06" {
		t.Errorf("default targets %s, %s", DefaultTarget(Date{2024, 12, 31}), DefaultTarget(Date{2025, 1, 1}))
	}
	got, _, err := Rename(loadExample(t, "lang-son.yaml"), RenameOptions{Date: Date{2025, 5, 6}})
	if err != nil {
		t.Fatal(err)
	}
	if got.Committee.Name != "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lạng Sơn" {
		t.Errorf("name %q", got.Committee.Name)
	}
	for _, b := range got.Bases {
		if b.Number == "17/NQ-CP" || b.Number == "1619/QĐ-TTg" {
			t.Errorf("kept %s", b.short())
		}
	}
	if a := got.Organization.StandingAgencies; len(a) != 1 || a[0].Agency != "Sở Khoa học và Công nghệ" {
		t.Errorf("standing agency %+v", a)
	}
	last := got.Bases[len(got.Bases)-1]
	if last.Number != "57-NQ/TW" || last.Verb != "Thực hiện" {
		t.Errorf("the Thực hiện line should come last: %+v", got.Bases)
	}
	if ds := Validate(got); HasErrors(ds) {
		t.Errorf("invalid: %v", ds)
	}
}

// TestRenameKeepsComments: comments by values that did not change survive; those by
// replaced values, and the old file's header, do not.
func TestRenameKeepsComments(t *testing.T) {
	src, _ := os.ReadFile("../examples/lang-son-2020.yaml")
	old, _ := Load("lang-son-2020.yaml", src)
	got, _, err := Rename(old, RenameOptions{Date: Date{2021, 10, 13}, Number: "2041"})
	if err != nil {
		t.Fatal(err)
	}
	out, err := Encode(got, src, "Quyết định kiện toàn và đổi tên")
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, keep := range []string{"type: Nghị quyết # giữ chỗ", "of: Giám đốc Sở Thông tin và Truyền thông # giữ chỗ", "recipients: # giữ chỗ", "# Quyết định kiện toàn và đổi tên\nkind: kien_toan_doi_ten"} {
		if !strings.Contains(text, keep) {
			t.Errorf("lost %q", keep)
		}
	}
	for _, drop := range []string{"giữ chỗ: thành phần", "duties: # giữ chỗ", "seals: # giữ chỗ", "Quyết định số 1782/QĐ-UBND ngày 11/9/2020"} {
		if strings.Contains(text, drop) {
			t.Errorf("kept a comment that no longer applies: %q", drop)
		}
	}
	back, diags := Load("new.yaml", out)
	if back == nil || HasErrors(diags) || HasErrors(Validate(back)) {
		t.Errorf("the written YAML does not validate: %v", diags)
	}
}

// TestDiffOfRename: diffing the Lạng Sơn committee of 2020 with its renamed successor lists
// exactly the changes the rename made.
func TestDiffOfRename(t *testing.T) {
	old := loadExample(t, "lang-son-2020.yaml")
	n, changes, err := Rename(old, RenameOptions{Date: Date{2021, 10, 13}, Number: "2041"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, c := range changes {
		want[c.Field] = true
	}
	got := map[string]bool{}
	for _, d := range Diff(old, n) {
		got[d.Field] = true
		if d.Msg.VI == "" || d.Msg.EN == "" {
			t.Errorf("%s has no message", d.Field)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("diff lists %v\nrename made %v", keys(got), keys(want))
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestDiffMembers(t *testing.T) {
	old := loadExample(t, "binh-thuan.yaml")
	n := loadExample(t, "binh-thuan.yaml")
	n.Members[0].Name = "Đoàn Anh Dũng"
	n.Members = append(n.Members[:3], n.Members[4:]...)
	n.Members = append(n.Members, Member{Role: RoleUyVien, Position: "Giám đốc", Organization: "Sở Tư pháp"})
	var lines []string
	for _, d := range Diff(old, n) {
		lines = append(lines, d.Kind+" "+d.Field+" "+d.Msg.VI)
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{`changed members[0].name Chủ tịch UBND tỉnh: người giữ chức vụ "Lê Tuấn Phong" thành "Đoàn Anh Dũng"`,
		"added members[4] thêm thành viên: Giám đốc Sở Tư pháp (Ủy viên)", "removed members[3] bỏ thành viên: Giám đốc, Phó Giám đốc các sở, đơn vị"} {
		if !strings.Contains(text, want) {
			t.Errorf("diff lacks %q:\n%s", want, text)
		}
	}
	if len(Diff(old, loadExample(t, "binh-thuan.yaml"))) != 0 {
		t.Error("a decision differs from itself")
	}
}

// TestRenameToParty: a UBND committee moved to the Ban Thường vụ Tỉnh ủy (target
// khcn-dmst-cds-tinh-uy) becomes a party decision in the party's format: TỈNH ỦY over the
// asterisk, QĐ/TU, T/M BAN THƯỜNG VỤ, bases from the Điều lệ Đảng, the Bí thư as Trưởng ban
// and the Chủ tịch UBND as standing deputy, the old committee a predecessor (not "replaced": a
// party document does not repeal a UBND decision), Lưu Văn phòng Tỉnh ủy; it validates with
// only warnings, and every change is listed.
func TestRenameToParty(t *testing.T) {
	old := loadExample(t, "lang-son.yaml")
	got, changes, err := Rename(old, RenameOptions{Target: "khcn-dmst-cds-tinh-uy", Date: Date{2025, 4, 1}})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Party() || got.Symbol != "QĐ/TU" || got.Issuer.Name.Text() != "TỈNH ỦY LẠNG SƠN" || got.Issuer.Authority.Text() != "BAN THƯỜNG VỤ TỈNH ỦY" {
		t.Errorf("issuer %+v symbol %s", got.Issuer, got.Symbol)
	}
	if got.Kind != KindThanhLap || got.Committee.Basis != BasisKienToan || len(got.Committee.Predecessors) != 1 ||
		got.Committee.Predecessors[0].Number != old.Number+"/"+old.Symbol || len(got.Effect.Replaces) != 0 {
		t.Errorf("kind %s basis %s predecessors %+v replaces %+v", got.Kind, got.Committee.Basis, got.Committee.Predecessors, got.Effect.Replaces)
	}
	if got.Members[0].Role != RoleTruongBan || got.Members[0].Position != "Bí thư Tỉnh ủy" ||
		got.Members[1].Role != RolePhoThuongTruc || !strings.HasPrefix(got.Members[1].Position, "Chủ tịch") {
		t.Errorf("first members %+v, %+v", got.Members[0], got.Members[1])
	}
	if len(got.Bases) == 0 || !partyCharter(got.Bases[0]) {
		t.Errorf("bases %+v", got.Bases)
	}
	if last := got.Recipients[len(got.Recipients)-1]; last != "Lưu Văn phòng Tỉnh ủy" {
		t.Errorf("last recipient %q", last)
	}
	if got.Signer.Authority[0] != "T/M BAN THƯỜNG VỤ" {
		t.Errorf("signer %+v", got.Signer)
	}
	if ds := Validate(got); HasErrors(ds) {
		t.Errorf("renamed decision has errors: %v", ds)
	}
	fields := map[string]bool{}
	for _, c := range changes {
		fields[c.Field] = true
	}
	for _, f := range []string{"issuer", "signer", "committee.predecessors", "members", "bases", "execution"} {
		if !fields[f] {
			t.Errorf("no change listed for %s", f)
		}
	}
	// A district committee is not a Tỉnh ủy's.
	d := loadExample(t, "lang-son.yaml")
	d.Committee.Name = "Ban Chỉ đạo về chuyển đổi số huyện Cao Lộc"
	if _, _, err := Rename(d, RenameOptions{Target: "khcn-dmst-cds-tinh-uy"}); err == nil {
		t.Error("a district committee was moved to a Tỉnh ủy")
	}
}

// TestDiffLawYear: a Luật is cited by name and date, without a number, so the 2015 and the
// 2025 Luật Tổ chức chính quyền địa phương differ only by their date; qd diff must still
// list the basis as changed (it listed nothing: both were "Luật Tổ chức chính quyền địa
// phương") and name each by its year.
func TestDiffLawYear(t *testing.T) {
	old := loadExample(t, "vinh-long.yaml")
	n := loadExample(t, "vinh-long.yaml")
	i := -1
	for k, b := range n.Bases {
		if b.Type == "Luật" && b.Number == "" && b.Date.Known() {
			i = k
			break
		}
	}
	if i < 0 {
		t.Fatal("vinh-long.yaml cites no Luật by name and date")
	}
	oldYear := n.Bases[i].Date.Year
	n.Bases[i].Date = Date{2025, 6, 16}
	var lines []string
	for _, d := range Diff(old, n) {
		lines = append(lines, d.Kind+" "+d.Field+" "+d.Msg.VI)
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{
		fmt.Sprintf("removed bases bỏ căn cứ Luật %s năm %d", n.Bases[i].Title, oldYear),
		fmt.Sprintf("added bases thêm căn cứ Luật %s năm 2025", n.Bases[i].Title),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("diff lacks %q:\n%s", want, text)
		}
	}
}

// A party committee's decision renamed without --to follows the party's model (its new
// decision is the Ban Thường vụ's), not the UBND model of the date, which turned it into a
// UBND decision that failed doc-number and party checks so qd rename wrote nothing.
func TestRenamePartyDefaultTarget(t *testing.T) {
	old := loadExample(t, "tinh-uy-nam-dinh-khcn-2025.yaml")
	old.Committee.Name = "Ban Chỉ đạo chuyển đổi số tỉnh Nam Định"
	n, _, err := Rename(old, RenameOptions{Date: Date{2025, 5, 6}})
	if err != nil {
		t.Fatal(err)
	}
	if !n.Party() {
		t.Errorf("renamed party decision is issued at level %q, want tinh_uy", n.Issuer.Level)
	}
	old = loadExample(t, "tinh-uy-nam-dinh-khcn-2025.yaml")
	_, _, err = Rename(old, RenameOptions{Date: Date{2025, 5, 6}})
	var r *renameError
	if !errors.As(err, &r) || r.rule != "rename-already" {
		t.Errorf("the party example (already the party model) renamed by default: %v, want rename-already", err)
	}
}

// TestUpdateLevelNote: Thừa Thiên Huế became a centrally-run city on 01/01/2025; qd update
// changes the level and says so in the clerk's words, not as the codes of the YAML alone
// (it printed "cấp tinh thành thanh_pho").
func TestUpdateLevelNote(t *testing.T) {
	d := loadExample(t, "thua-thien-hue.yaml")
	n, changes := Update(d, Date{2026, 3, 2})
	if n.Issuer.Level != LevelCity {
		t.Fatalf("level = %s, want %s", n.Issuer.Level, LevelCity)
	}
	for _, c := range changes {
		if c.Field == "issuer.level" {
			if c.Msg.VI != "cấp tỉnh (tinh) thành thành phố trực thuộc trung ương (thanh_pho)" {
				t.Errorf("vi note = %q", c.Msg.VI)
			}
			return
		}
	}
	t.Errorf("no issuer.level change among %d changes", len(changes))
}
