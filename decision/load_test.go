package decision

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCOnLoad: text pasted from a Mac or a PDF (decomposed, NFD) is stored composed.
func TestNFCOnLoad(t *testing.T) {
	src := norm.NFD.String("kind: kien_toan\nplace: Kiên Giang\ncommittee:\n  name: Ban Chỉ đạo chuyển đổi số tỉnh Kiên Giang\nissuer:\n  name: [ỦY BAN NHÂN DÂN]\n")
	if src == norm.NFC.String(src) {
		t.Fatal("test input is not decomposed")
	}
	d, diags := Load("nfd.yaml", []byte(src))
	if d == nil || HasErrors(diags) {
		t.Fatalf("%v", diags)
	}
	for _, s := range []string{d.Place, d.Committee.Name, d.Issuer.Name[0]} {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%q is not NFC", s)
		}
	}
	if d.Place != "Kiên Giang" {
		t.Errorf("place %q", d.Place)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2019-05-03", Date{2019, 5, 3}, true},
		{"2018-12", Date{2018, 12, 0}, true},
		{"2018", Date{2018, 0, 0}, true},
		{"2019-02-29", Date{}, false},
		{"03/05/2019", Date{}, false},
		{"2019-5-3", Date{}, false},
		{"1900-01-01", Date{}, false},
	}
	for _, tc := range tests {
		got, err := ParseDate(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDate(%q) = %v, %v", tc.in, got, err)
		}
	}
}

// TestLongDate: Nghị định 30 pads days below 10 and months 1 and 2 (Phụ lục I, ô 4).
func TestLongDate(t *testing.T) {
	for in, want := range map[Date]string{
		{2020, 3, 5}:  "ngày 05 tháng 3 năm 2020",
		{2020, 1, 5}:  "ngày 05 tháng 01 năm 2020",
		{2020, 2, 28}: "ngày 28 tháng 02 năm 2020",
		{2019, 12, 3}: "ngày 03 tháng 12 năm 2019",
		{2018, 12, 0}: "ngày       tháng 12 năm 2018",
	} {
		if got := in.Long(); got != want {
			t.Errorf("%v: %q, want %q", in, got, want)
		}
	}
}

func TestPartialDateOrder(t *testing.T) {
	dec := Date{2018, 12, 0}
	if !(Date{2018, 11, 30}).Before(dec) || (Date{2018, 12, 14}).Before(dec) || dec.Before(Date{2018, 12, 31}) || !dec.Before(Date{2019, 1, 1}) {
		t.Error("a month-only date is before a date only when certainly so")
	}
}

// TestPositions: a missing field points at its parent key; a present one at its value.
func TestPositions(t *testing.T) {
	src := "kind: kien_toan\ncommittee:\n  name: Ban Chỉ đạo\nmembers:\n  - role: truong_ban\n    position: Chủ tịch\n"
	d, _ := Load("p.yaml", []byte(src))
	for path, want := range map[string]Pos{
		"committee.old_name":  {2, 1},
		"committee.name":      {3, 9},
		"members[0].position": {6, 15},
		"members[0].name":     {5, 5},
		"nothing":             {1, 1},
	} {
		if got := d.Pos(path); got != want {
			t.Errorf("Pos(%s) = %v, want %v", path, got, want)
		}
	}
	if !strings.Contains(FieldReference(), "`committee.old_name`") {
		t.Error("field reference lacks committee.old_name")
	}
}

// TestStandardRegulation: the standard Quy chế is filled in with the committee's facts.
func TestStandardRegulation(t *testing.T) {
	d := loadExample(t, "lang-son.yaml")
	d.Regulation = &Regulation{Standard: true}
	d.Organization.StandingAgencies = []StandingAgency{{Agency: "Sở Thông tin và Truyền thông"}}
	d.Recipients[0] = "Như Điều 5" // the article issuing the Quy chế comes before the execution article
	chapters := d.RegulationChapters()
	if len(chapters) != 4 {
		t.Fatalf("%d chapters", len(chapters))
	}
	var all strings.Builder
	articles := 0
	for _, c := range chapters {
		all.WriteString(c.Title + "\n")
		for _, a := range c.Articles {
			articles++
			if a.Title == "" || len(a.Clauses) == 0 {
				t.Errorf("article %q has no title or clauses", a.Title)
			}
			for _, cl := range a.Clauses {
				all.WriteString(cl.Text + "\n")
			}
		}
	}
	text := all.String()
	for _, want := range []string{"Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn (sau đây gọi tắt là Ban Chỉ đạo)",
		"về chuyển đổi số", "Sở Thông tin và Truyền thông là cơ quan thường trực của Ban Chỉ đạo"} {
		if !strings.Contains(text, want) {
			t.Errorf("standard Quy chế lacks %q", want)
		}
	}
	if strings.Contains(text, "Tổ giúp việc") { // Lạng Sơn set up no working group (issue #11, item 10)
		t.Error("standard Quy chế speaks of a Tổ giúp việc the decision did not set up")
	}
	if strings.Contains(text, "{{") || strings.Contains(text, "<no value>") {
		t.Error("unfilled template field")
	}
	if d.Topic() != "chuyển đổi số" {
		t.Errorf("topic %q", d.Topic())
	}
	if ds := Validate(d); HasErrors(ds) {
		t.Errorf("standard Quy chế does not validate: %v", ds)
	}
}

// TestSkeleton: `qd init` drafts are valid except for the placeholders they mark, for
// every kind and level of the model, hold every key of the model, and state nothing the
// clerk did not (no false, no 0, no invented date).
func TestSkeleton(t *testing.T) {
	if len(SkeletonKinds()) < 4 || len(SkeletonLevels()) < 5 {
		t.Fatalf("kinds %v levels %v: not read from the model", SkeletonKinds(), SkeletonLevels())
	}
	for _, k := range SkeletonKinds() {
		for _, l := range SkeletonLevels() {
			for _, place := range []string{"", "An Giang"} {
				date := Date{2026, 11, 0}
				if l == LevelDistrict {
					date = Date{2024, 5, 0} // the district level ended on 01/7/2025
				}
				out, err := EncodeDocumented(Skeleton(SkeletonOptions{Kind: k, Level: l, Place: place, Date: date}), "dự thảo")
				if err != nil {
					t.Fatal(err)
				}
				name := fmt.Sprintf("%s/%s/%q", k, l, place)
				d, diags := Load("init.yaml", out)
				if d == nil || HasErrors(diags) {
					t.Fatalf("%s: %v\n%s", name, diags, out)
				}
				placeholders := 0
				for _, g := range Validate(d) {
					if g.Rule == "placeholder" {
						placeholders++
						continue
					}
					t.Errorf("%s: [%s] %s: %s", name, g.Rule, g.Field, g.Message(EN))
				}
				if placeholders == 0 {
					t.Errorf("%s: no placeholder marked", name)
				}
				if d.Issuer.Level != l || d.Kind != k {
					t.Errorf("%s: wrote kind %s level %s", name, d.Kind, d.Issuer.Level)
				}
				for _, key := range []string{"kind:", "issuer:", "authority:", "members:", "recipients:", "regulation:", "effect:", "# Nơi nhận"} {
					if !strings.Contains(string(out), key) {
						t.Errorf("%s: skeleton lacks %q", name, key)
					}
				}
				for _, bad := range []string{"count: 0", "invited: false", "false", "2020-01-01", "also: []"} {
					if strings.Contains(string(out), bad) {
						t.Errorf("%s: skeleton states %q", name, bad)
					}
				}
				// A value the clerk must confirm is a placeholder: the dates of the decisions it
				// cites and the signer's authority.
				for _, r := range append(append([]DocRef(nil), d.Effect.Replaces...), d.Committee.Predecessors...) {
					if !r.Date.IsPlaceholder() {
						t.Errorf("%s: cited decision dated %v, not a placeholder", name, r.Date)
					}
				}
				if e := d.Committee.Establishment; e != nil && !e.Date.IsPlaceholder() {
					t.Errorf("%s: establishment dated %v", name, e.Date)
				}
				if s := d.Proposal.Submission; s != nil && !s.Date.IsPlaceholder() {
					t.Errorf("%s: Tờ trình dated %v", name, s.Date)
				}
			}
		}
	}
}

// TestTemplatesTakeAnyText: a committee name with YAML specials, quotes, colons, control
// characters or template syntax fills the standard texts verbatim and changes nothing else
// (FuzzRender found the first version parsing the filled-in text).
func TestTemplatesTakeAnyText(t *testing.T) {
	for _, name := range []string{"\x00", "Ban: Chỉ đạo # x", `"quoted" 'q' {{.Ten}} [a, b]`, "- item\n  key: v"} {
		d := loadExample(t, "lang-son.yaml")
		d.Committee.Name = name
		d.Regulation = &Regulation{Standard: true}
		ch := d.RegulationChapters()
		if len(ch) != 4 || !strings.Contains(ch[0].Articles[0].Clauses[0].Text, name+" (sau đây gọi tắt là Ban Chỉ đạo)") {
			t.Errorf("%q: %+v", name, ch[0].Articles[0])
		}
		old := loadExample(t, "lang-son-2020.yaml")
		old.Committee.Name = name + " chính quyền điện tử tỉnh Lạng Sơn"
		if _, _, err := Rename(old, RenameOptions{Name: name, Target: "chuyen-doi-so"}); err != nil && !strings.Contains(err.Error(), "already") {
			t.Errorf("%q: %v", name, err)
		}
	}
}

func TestListLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("kind: kien_toan\nrecipients:\n")
	for i := 0; i <= MaxListItems; i++ {
		b.WriteString("  - Sở Y tế\n")
	}
	d, diags := Load("long.yaml", []byte(b.String()))
	if d != nil && !HasErrors(diags) || len(diags) == 0 || diags[0].Rule != "limit" || diags[0].Line != 3 {
		t.Errorf("%v", diags)
	}
}

// TestPartialDateBasis: a decision dated only "2021" may cite a text of September 2021.
func TestPartialDateBasis(t *testing.T) {
	d := loadExample(t, "thua-thien-hue.yaml")
	d.Bases = []Basis{{Type: "Quyết định", Number: "1619/QĐ-TTg", Date: Date{2021, 9, 24}, Issuer: "Thủ tướng Chính phủ",
		Title: "về việc kiện toàn và đổi tên Ủy ban Quốc gia về Chính phủ điện tử thành Ủy ban Quốc gia về chuyển đổi số"}}
	for _, g := range Validate(d) {
		if g.Severity == Error {
			t.Errorf("[%s] %s", g.Rule, g.Message(EN))
		}
	}
	d.Date = Date{2021, 6, 0}
	if ds := Validate(d); !HasErrors(ds) {
		t.Error("a decision of June 2021 cannot cite a text of September 2021")
	}
}
