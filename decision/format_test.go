package decision

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
)

// loadEdited loads an example after replacing old with new in its text (each must occur).
func loadEdited(t *testing.T, name string, pairs ...string) (*Decision, []Diagnostic) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("%s has no %q", name, pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	d, diags := Load(name, []byte(s))
	if d == nil {
		t.Fatalf("%s did not load: %v", name, diags)
	}
	return d, append(diags, Validate(d)...)
}

func rulesAt(ds []Diagnostic, rule string) []string {
	var out []string
	for _, d := range ds {
		if d.Rule == rule {
			out = append(out, d.Field)
		}
	}
	return out
}

func TestPlaceholderDateParse(t *testing.T) {
	for in, want := range map[string]Date{
		"[[ngày]]":          {0, 0, PlaceholderDay},
		" [[...]] ":         {0, 0, PlaceholderDay},
		"2018-[[...]]":      {2018, 0, PlaceholderDay},
		"2018-11-[[ngày]]":  {2018, 11, PlaceholderDay},
		"2018-11-19":        {2018, 11, 19},
		"2018 [[tháng]]":    {2018, 0, PlaceholderDay},
		"[[a]]-[[b]]-[[c]]": {0, 0, PlaceholderDay},
	} {
		got, err := ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"[[ngày", "2018-11-19-[[x]]", "19/11/2018 [[x]]", "x[[y]]"} {
		if d, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, d)
		}
	}
	gap := "     "
	if got := (Date{0, 0, PlaceholderDay}).Long(); got != "ngày "+gap+" tháng "+gap+" năm "+gap {
		t.Errorf("placeholder date renders %q, want the blank a clerk fills in", got)
	}
	if got := (Date{2018, 0, PlaceholderDay}).Long(); got != "ngày "+gap+" tháng "+gap+" năm 2018" {
		t.Errorf("placeholder date with its year renders %q", got)
	}
}

// TestPlaceholderDates: every date field takes "[[...]]"; it is reported by the placeholder
// rule and by no date rule, and renders as a blank.
func TestPlaceholderDates(t *testing.T) {
	d, ds := loadEdited(t, "vinh-long.yaml",
		"date: 2017-05-03", `date: "[[ngày]]"`,
		"date: 2018-12-14", "date: 2018-[[...]]",
		"date: 2007-04-10", "date: \"[[ngày ban hành]]\"",
	)
	if HasErrors(ds) {
		t.Fatalf("placeholder dates gave errors: %v", ds)
	}
	got := rulesAt(ds, "placeholder")
	for _, want := range []string{"committee.predecessors[0].date", "proposal.submission.date", "bases[2].date"} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("placeholder rule does not report %s (got %v)", want, got)
		}
	}
	if c := d.Committee.Predecessors[0].Cite(); !strings.Contains(c, "908/QĐ-UBND "+(Date{}).Long()+" của") {
		t.Errorf("predecessor cited as %q", c)
	}
	// The decision's own date may be a placeholder too (with its year, so that it is checked
	// as of 2018 rather than today).
	_, ds = loadEdited(t, "vinh-long.yaml", "date: 2018-12\n", "date: \"2018-[[ngày ký]]\"\n")
	if HasErrors(ds) || len(rulesAt(ds, "placeholder")) == 0 {
		t.Errorf("a placeholder decision date: %v", ds)
	}
}

// TestRefDateKnownParts: a year-only predecessor in the decision's own year is not later than
// the decision (issue 13, item 1); a later year is.
func TestRefDateKnownParts(t *testing.T) {
	_, ds := loadEdited(t, "vinh-long.yaml", "date: 2017-05-03", "date: \"2018\"")
	if f := rulesAt(ds, "ref-date"); len(f) > 0 {
		t.Errorf("a predecessor of 2018 flagged on a decision of 2018-12: %v", f)
	}
	_, ds = loadEdited(t, "vinh-long.yaml", "date: 2017-05-03", "date: \"2019\"")
	if f := rulesAt(ds, "ref-date"); len(f) != 1 || f[0] != "committee.predecessors[0].date" {
		t.Errorf("a predecessor of 2019 on a decision of 2018-12: %v", f)
	}
	_, ds = loadEdited(t, "binh-thuan.yaml", "date: 2021-03-09", "date: 2021-09-06")
	if f := rulesAt(ds, "ref-date"); len(f) != 1 {
		t.Errorf("a replaced decision of the same day must be flagged: %v", f)
	}
}

// TestPlaceholderNumbers: the number of a referenced document may be a placeholder; the
// placeholder rule reports it and doc-number does not.
func TestPlaceholderNumbers(t *testing.T) {
	_, ds := loadEdited(t, "vinh-long.yaml", "number: 908/QĐ-UBND", "number: \"[[số]]/QĐ-UBND\"",
		"number: 58/TTr-STTTT", "number: \"[[...]]\"")
	if f := rulesAt(ds, "doc-number"); len(f) > 0 {
		t.Errorf("doc-number on placeholders: %v", f)
	}
	if f := rulesAt(ds, "placeholder"); len(f) != 2 {
		t.Errorf("placeholder numbers reported %v, want 2", f)
	}
}

// TestSchemaPlaceholderDates: editors checking with the schema accept what the loader accepts.
func TestSchemaPlaceholderDates(t *testing.T) {
	s := compiledSchema(t)
	data, _ := os.ReadFile("../examples/vinh-long.yaml")
	for _, v := range []string{`"[[ngày]]"`, `2018-[[...]]`, `2018-11-[[ngày]]`} {
		edited := strings.Replace(string(data), "date: 2017-05-03", "date: "+v, 1)
		if err := s.Validate(jsonValue(t, []byte(edited))); err != nil {
			t.Errorf("schema refuses date %s: %v", v, err)
		}
	}
	edited := strings.Replace(string(data), "date: 2017-05-03", "date: 03/5/2017", 1)
	if s.Validate(jsonValue(t, []byte(edited))) == nil {
		t.Error("schema accepts 03/5/2017")
	}
}

// TestVietnameseLabels: labels in any case, NFC or NFD, Ủy or Uỷ decode to the codes, so the
// decision is the same as the one written with codes (issue 13, item 9).
func TestVietnameseLabels(t *testing.T) {
	want := loadExample(t, "vinh-long.yaml")
	nfd := func(s string) string { return norm.NFD.String(s) }
	got, ds := loadEdited(t, "vinh-long.yaml",
		"kind: thanh_lap", "kind: "+nfd("Thành Lập"),
		"level: tinh", "level: "+nfd("UBND tỉnh"),
		"basis: kien_toan", "basis: trên cơ sở  KIỆN TOÀN",
		"role: truong_ban,", "role: trưởng ban,",
		"role: pho_truong_ban,", "role: Phó Trưởng ban,",
		"role: uy_vien_thuong_truc,", "role: Uỷ viên thường trực,",
		"role: uy_vien, heading", "role: "+nfd("ỦY VIÊN")+", heading",
		"roles: [truong_ban, pho_truong_ban]", "roles: [Trưởng ban, phó trưởng ban]",
	)
	for _, g := range ds {
		if g.Rule == "field" || g.Rule == "wrong-type" {
			t.Errorf("label refused: %s %s", g.Field, g.Message(EN))
		}
	}
	got.pos, want.pos, got.texts, want.texts, got.File, want.File = positions{}, positions{}, nil, nil, "", ""
	got.roleLabels, want.roleLabels = nil, nil
	got.source, want.source = nil, nil // the YAML texts differ by design
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a decision written with labels differs from the one with codes:\n%+v\n%+v", got.Members[:4], want.Members[:4])
	}
	// An unknown value stays as written and the field rule names it.
	_, ds = loadEdited(t, "vinh-long.yaml", "role: truong_ban,", "role: Trưởng nhóm,")
	if f := rulesAt(ds, "field"); len(f) != 1 || f[0] != "members[0].role" {
		t.Errorf("unknown role: %v", f)
	}
}

// TestSchemaLabels: the schema takes what the loader takes.
func TestSchemaLabels(t *testing.T) {
	s := compiledSchema(t)
	data, _ := os.ReadFile("../examples/vinh-long.yaml")
	for _, v := range []string{"Thành lập", "THÀNH LẬP", norm.NFD.String("thành lập"), "thanh_lap"} {
		edited := strings.Replace(string(data), "kind: thanh_lap", "kind: "+v, 1)
		if err := s.Validate(jsonValue(t, []byte(edited))); err != nil {
			t.Errorf("schema refuses kind %q: %v", v, err)
		}
	}
	for _, v := range []string{"Uỷ viên thường trực", "Ủy Viên Thường Trực", norm.NFD.String("Ủy viên thường trực")} {
		edited := strings.Replace(string(data), "role: uy_vien_thuong_truc,", "role: "+v+",", 1)
		if err := s.Validate(jsonValue(t, []byte(edited))); err != nil {
			t.Errorf("schema refuses role %q: %v", v, err)
		}
	}
	edited := strings.Replace(string(data), "kind: thanh_lap", "kind: giải thể", 1)
	if s.Validate(jsonValue(t, []byte(edited))) == nil {
		t.Error("schema accepts kind: giải thể")
	}
}

// TestChangeMembers: each kind of member change Diff finds becomes one change of Điều 1.
func TestChangeMembers(t *testing.T) {
	old := loadExample(t, "binh-thuan.yaml")
	edited, _ := loadEdited(t, "binh-thuan.yaml",
		"role: pho_truong_ban, honorific: Ông, name: Vũ Văn Tuấn", "role: uy_vien_thuong_truc, honorific: Ông, name: Vũ Văn Tuấn",
		"  - {role: thu_ky, honorific: Ông, name: Nguyễn Hoàng Sâm, position: Trưởng phòng Bưu chính Viễn thông và Công nghệ thông tin, organization: Sở Thông tin và Truyền thông}\n", "",
		"name: Nguyễn Minh, position", "name: Đoàn Anh Dũng, position")
	d, _, err := ChangeMembers(old, edited, ChangeOptions{Date: Date{2022, 3, 1}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.Changes {
		got = append(got, string(c.Action)+": "+d.ChangeText(c))
	}
	want := []string{
		"thay: Ông Đoàn Anh Dũng, Phó Chủ tịch UBND tỉnh, làm Phó Trưởng ban thường trực Ban Chỉ đạo thay ông Nguyễn Minh, Phó Chủ tịch UBND tỉnh.",
		"doi_vai_tro: Ông Vũ Văn Tuấn, Giám đốc Sở Thông tin và Truyền thông, thôi làm Phó Trưởng ban, làm Ủy viên thường trực Ban Chỉ đạo.",
		"thoi: Ông Nguyễn Hoàng Sâm, Trưởng phòng Bưu chính Viễn thông và Công nghệ thông tin Sở Thông tin và Truyền thông, thôi làm Thư ký Ban Chỉ đạo.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if ds := Validate(d); HasErrors(ds) {
		t.Errorf("the change decision is not valid: %v", ds)
	}
	if _, _, err := ChangeMembers(old, old, ChangeOptions{}); err == nil {
		t.Error("no member changed, yet a decision")
	}
}

// TestRoleTitle: a label of another title set is said, not printed silently otherwise.
func TestRoleTitle(t *testing.T) {
	_, ds := loadEdited(t, "vinh-long.yaml", "role: truong_ban,", "role: Chủ tịch,")
	if f := rulesAt(ds, "role-title"); len(f) != 1 || f[0] != "members[0].role" {
		t.Errorf("role: Chủ tịch in a Ban: %v", f)
	}
	_, ds = loadEdited(t, "vinh-long.yaml", "role: truong_ban,", "role: Chủ tịch,", "  name: Ban Chỉ đạo", "  titles: uy_ban\n  name: Ban Chỉ đạo")
	if f := rulesAt(ds, "role-title"); len(f) != 0 {
		t.Errorf("role: Chủ tịch in an Ủy ban: %v", f)
	}
	_, ds = loadEdited(t, "vinh-long.yaml", "role: truong_ban,", "role: TRƯỞNG BAN,")
	if f := rulesAt(ds, "role-title"); len(f) != 0 {
		t.Errorf("role: TRƯỞNG BAN: %v", f)
	}
}

// TestCodesDecodeToThemselves: every code decodes to itself through the comparison keys
// too, so decodeCode may take a value written as the code without building them.
func TestCodesDecodeToThemselves(t *testing.T) {
	for typ, cls := range codeLabels {
		for _, cl := range cls {
			if c, ok := labelIndex(typ)[textnorm.Key(cl.code)]; !ok || c != cl.code {
				t.Errorf("%s: code %q decodes to %q through its key", typ, cl.code, c)
			}
		}
	}
}
