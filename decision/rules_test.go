package decision

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func loadExample(t testing.TB, name string) *Decision {
	t.Helper()
	path := filepath.Join("..", "examples", name)
	d, diags, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if HasErrors(diags) {
		t.Fatalf("%s: %v", name, diags)
	}
	return d
}

func TestExamplesValid(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.yaml")
	if len(files) < 5 {
		t.Fatalf("expected the five examples, found %d", len(files))
	}
	for _, f := range files {
		d := loadExample(t, filepath.Base(f))
		for _, diag := range Validate(d) {
			if diag.Severity == Error {
				t.Errorf("%s:%d:%d: [%s] %s", f, diag.Line, diag.Column, diag.Rule, diag.Message(EN))
			}
		}
	}
}

// TestRules breaks each rule once on a valid example and expects exactly that rule to fire.
func TestRules(t *testing.T) {
	tests := []struct {
		rule    string
		example string
		field   string // the field the diagnostic must name (prefix)
		break_  func(d *Decision)
		also    string // another rule the same break may fire
	}{
		{"kind-fields", "vinh-long.yaml", "committee.old_name", func(d *Decision) { d.Kind = KindKienToanDoiTen }, ""},
		{"kind-fields", "vinh-long.yaml", "committee.predecessors", func(d *Decision) {
			d.Committee.Basis = BasisHopNhat
		}, ""},
		{"kind-fields", "kien-giang.yaml", "regulation", func(d *Decision) { d.Regulation = nil }, ""},
		{"kind-fields", "vinh-long.yaml", "members", func(d *Decision) { d.Members = nil }, "role-reference"},
		{"one-head", "vinh-long.yaml", "members[1].role", func(d *Decision) { d.Members[1].Role = RoleTruongBan }, "role-reference"},
		{"one-head", "vinh-long.yaml", "members", func(d *Decision) { d.Members[0].Role = RolePhoTruongBan }, "role-reference"},
		{"role-order", "vinh-long.yaml", "members[4].role", func(d *Decision) { d.Members[4].Role = RoleUyVienThuongTruc }, ""},
		{"member-duplicate", "vinh-long.yaml", "members[7]", func(d *Decision) { d.Members[7].Organization = "Sở Tài chính" }, ""},
		{"role-reference", "vinh-long.yaml", "organization.seals[0].roles[1]", func(d *Decision) {
			d.Organization.Seals[0].Roles[1] = RolePhoThuongTruc
		}, ""},
		{"role-reference", "thua-thien-hue.yaml", "member_duties[0].role", func(d *Decision) { d.MemberDuties[0].Role = RoleThuKy }, ""},
		{"ref-date", "vinh-long.yaml", "effect.replaces[0].date", func(d *Decision) { d.Effect.Replaces[0].Date = Date{2019, 1, 2} }, ""},
		{"ref-date", "kien-giang.yaml", "committee.establishment.date", func(d *Decision) { d.Committee.Establishment.Date = Date{2019, 5, 3} }, ""},
		{"ref-date", "kien-giang.yaml", "bases[1].date", func(d *Decision) { d.Bases[1].Date = Date{2019, 6, 1} }, "basis-mismatch"},
		{"proposal-date", "kien-giang.yaml", "proposal.submission.date", func(d *Decision) { d.Proposal.Submission.Date = Date{2019, 5, 4} }, ""},
		{"bases-missing", "vinh-long.yaml", "bases", func(d *Decision) { d.Bases = nil }, ""},
		{"bases-order", "vinh-long.yaml", "bases[1]", func(d *Decision) { d.Bases[0], d.Bases[2] = d.Bases[2], d.Bases[0] }, "basis-mismatch"},
		{"doc-number", "vinh-long.yaml", "bases[2].number", func(d *Decision) { d.Bases[2].Number = "64/2007/NĐ - CP" }, ""},
		{"doc-number", "vinh-long.yaml", "proposal.submission.number", func(d *Decision) { d.Proposal.Submission.Number = "58-TTr-STTTT" }, ""},
		{"law-by-name", "vinh-long.yaml", "bases[0]", func(d *Decision) { d.Bases[0].Number = "77/2015/QH13" }, ""},
		{"decision-number", "kien-giang.yaml", "number", func(d *Decision) { d.Number = "5" }, ""},
		{"decision-number", "kien-giang.yaml", "symbol", func(d *Decision) { d.Symbol = "QD-BCĐ" }, ""},
		{"decision-number", "kien-giang.yaml", "symbol", func(d *Decision) { d.Symbol = "KH-BCĐ" }, ""},
		{"place", "vinh-long.yaml", "place", func(d *Decision) { d.Place = "tỉnh Vĩnh Long" }, ""},
		{"place", "vinh-long.yaml", "place", func(d *Decision) { d.Place = "Vĩnh Long, Việt Nam" }, ""},
		{"upper-case", "vinh-long.yaml", "issuer.name[1]", func(d *Decision) { d.Issuer.Name[1] = "Tỉnh Vĩnh Long" }, ""},
		{"upper-case", "kien-giang.yaml", "signer.other_post", func(d *Decision) { d.Signer.OtherPost = "Chủ tịch UBND tỉnh" }, ""},
		{"signer-authority", "vinh-long.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"} }, ""},
		{"signer-authority", "vinh-long.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"KT. CHỦ TỊCH", "CHỦ TỊCH"} }, ""},
		{"signer-authority", "vinh-long.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"GIÁM ĐỐC"} }, ""},
		{"signer-authority", "vinh-long.yaml", "signer.authority", func(d *Decision) {
			d.Issuer.Authority = Lines{"ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"}
		}, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "TS. Lê Tuấn Phong" }, ""},
		{"recipients-last", "vinh-long.yaml", "recipients[6]", func(d *Decision) { d.Recipients[6] = "Lưu: 1.10.02" }, ""},
		{"recipients-last", "vinh-long.yaml", "recipients[5]", func(d *Decision) { d.Recipients = d.Recipients[:6] }, ""},
		{"recipient-article", "vinh-long.yaml", "recipients[0]", func(d *Decision) { d.Recipients[0] = "Như Điều 3" }, ""},
		{"recipient-article", "kien-giang.yaml", "recipients[0]", func(d *Decision) { d.Articles = nil }, ""},
		{"recipient-punctuation", "vinh-long.yaml", "recipients[1]", func(d *Decision) { d.Recipients[1] = "UBQG về CPĐT;" }, ""},
		{"regulation-article-title", "kien-giang.yaml", "regulation.chapters[1].articles[0]", func(d *Decision) { d.Regulation.Chapters[1].Articles[0].Title = "" }, ""},
		{"regulation-article-title", "kien-giang.yaml", "regulation", func(d *Decision) { d.Regulation.Chapters = nil }, ""},
		{"regulation-issued", "vinh-long.yaml", "organization.regulation_by", func(d *Decision) { d.Regulation = &Regulation{Standard: true} }, "recipient-article"},
		{"regulation-issuer", "kien-giang.yaml", "regulation.issued_by", func(d *Decision) { d.Regulation.IssuedBy, d.Issuer.Short = "", "" }, ""},
		{"title-form", "vinh-long.yaml", "title", func(d *Decision) { d.Title = "Thành lập Ban Chỉ đạo" }, ""},
		{"district-units", "vinh-long.yaml", "members[", func(d *Decision) { d.Issuer.Level = LevelDistrict }, "level-name"},
		{"legacy-encoding", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Quy chÕ ho¹t ®éng") }, ""},
		{"legacy-encoding", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Quyeát ñònh thaønh laäp") }, ""},
		{"control-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chỉ đạo\x07 có chức năng") }, ""},
		{"control-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "dòng một\ndòng hai") }, ""},
		{"invisible-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chỉ\u200b đạo") }, ""},
		{"unshowable-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chỉ đạo 🎉 có chức năng") }, ""},
		{"unshowable-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chi\u0301\u0301\u0301 đạo") }, ""},
		{"unshowable-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Ch\ufffd đạo") }, ""},
		{"unshowable-char", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chỉ đạo \uf0b7 có") }, ""},
		{"double-space", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chỉ đạo  có chức năng") }, ""},
		{"article-space", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Theo Điều 1.Thành lập") }, ""},
		{"unit-kind", "tp-hcm-cds-2022.yaml", "issuer.name", func(d *Decision) { d.Issuer.Name = Lines{"ỦY BAN NHÂN DÂN", "TỈNH HỒ CHÍ MINH"} }, "level-name"},
		{"place-full-name", "tp-hcm-cds-2022.yaml", "place", func(d *Decision) { d.Place = "Hồ Chí Minh" }, ""},
		{"tone-style", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "giúp Uỷ ban nhân dân tỉnh") }, ""},
		{"tone-style", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Cộng hoà xã hội") }, ""},
		{"ban-chi-dao-case", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "các thành viên Ban chỉ đạo") }, ""},
		{"basis-in-force", "kien-giang.yaml", "bases[3]", func(d *Decision) { d.AsOf = Date{2022, 1, 1} }, ""},
		{"basis-superseded", "kien-giang.yaml", "bases[", func(d *Decision) { d.AsOf = Date{2025, 4, 1} }, "body-dissolved,basis-in-force"},
		{"basis-mismatch", "kien-giang.yaml", "bases[2].date", func(d *Decision) { d.Bases[2].Date = Date{2017, 3, 17} }, ""},
		{"body-dissolved", "lang-son.yaml", "members[", func(d *Decision) { d.Date = Date{2025, 5, 1} }, "name-unconfirmed"},
		{"unit-dissolved", "kien-giang.yaml", "", func(d *Decision) { d.AsOf = Date{2025, 8, 1} }, "basis-in-force,body-dissolved,basis-superseded"},
		{"name-unconfirmed", "vinh-long.yaml", "members[1].portfolio", func(d *Decision) {
			d.Members[1].Portfolio = "phụ trách lĩnh vực Thông tin và Truyền thông"
			d.AsOf = Date{2025, 3, 2}
		}, "basis-superseded,body-dissolved,basis-in-force"},
		{"basis-outdated", "lang-son-2020.yaml", "bases[1]", func(d *Decision) { d.AsOf = Date{2026, 1, 5} }, "basis-in-force,body-dissolved,name-unconfirmed,unit-dissolved,basis-superseded"},
		{"unit-dissolved", "vinh-long.yaml", "", func(d *Decision) { d.Date = Date{2025, 8, 1} }, "basis-in-force,body-dissolved,basis-superseded"},
		{"placeholder", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Ban Chỉ đạo có chức năng [[...]]") }, ""},
		// The party's format (Hướng dẫn 36-HD/VPTW): the State rules taught the party's forms.
		{"decision-number", "tinh-uy-nam-dinh-khcn-2025.yaml", "symbol", func(d *Decision) { d.Symbol = "QĐ-TU" }, ""},
		{"decision-number", "kien-giang.yaml", "symbol", func(d *Decision) { d.Symbol = "QĐ/BCĐ" }, ""},
		{"symbol-issuer", "tinh-uy-nam-dinh-khcn-2025.yaml", "symbol", func(d *Decision) { d.Symbol = "QĐ/UBND" }, ""},
		{"level-name", "tinh-uy-nam-dinh-khcn-2025.yaml", "issuer.level", func(d *Decision) { d.Issuer.Name = Lines{"ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"} }, ""},
		{"level-name", "tinh-uy-nam-dinh-khcn-2025.yaml", "issuer.level", func(d *Decision) { d.Issuer.Name = Lines{"SỞ KHOA HỌC VÀ CÔNG NGHỆ"} }, ""},
		{"level-name", "vinh-long.yaml", "issuer.level", func(d *Decision) { d.Issuer.Name = Lines{"TỈNH ỦY VĨNH LONG"} }, ""},
		{"party-authority", "tinh-uy-nam-dinh-khcn-2025.yaml", "issuer.authority", func(d *Decision) { d.Issuer.Authority = Lines{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"} }, ""},
		{"party-authority", "tinh-uy-nam-dinh-khcn-2025.yaml", "issuer.authority", func(d *Decision) { d.Issuer.Authority = Lines{"BAN THƯỜNG VỤ THÀNH ỦY"} }, ""},
		{"signer-authority", "tinh-uy-nam-dinh-khcn-2025.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"TM. BAN THƯỜNG VỤ", "BÍ THƯ"} }, ""},
		{"signer-authority", "tinh-uy-nam-dinh-khcn-2025.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"K/T BÍ THƯ", "PHÓ BÍ THƯ"} }, ""},
		{"signer-authority", "tinh-uy-nam-dinh-khcn-2025.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"BÍ THƯ"} }, ""},
		{"signer-authority", "tinh-uy-nam-dinh-khcn-2025.yaml", "signer.authority", func(d *Decision) { d.Signer.Authority = Lines{"T/M BAN THƯỜNG VỤ", "CHỦ TỊCH"} }, ""},
		{"recipients-last", "tinh-uy-nam-dinh-khcn-2025.yaml", "recipients[4]", func(d *Decision) { d.Recipients[4] = "Lưu: VT, VPTU" }, ""},
		{"recipients-last", "tinh-uy-nam-dinh-khcn-2025.yaml", "recipients[3]", func(d *Decision) { d.Recipients = d.Recipients[:4] }, ""},
		{"party-bases", "tinh-uy-nam-dinh-khcn-2025.yaml", "bases[0]", func(d *Decision) { d.Bases = d.Bases[2:] }, ""},
		{"party-bases", "tinh-uy-nam-dinh-khcn-2025.yaml", "bases[1]", func(d *Decision) { d.Bases[0], d.Bases[1] = d.Bases[1], d.Bases[0] }, ""},
		{"change-member", "uy-ban-cds-thay-doi-2024.yaml", "changes[0].old", func(d *Decision) { d.Changes[0].Old.Name = "Vũ Đức Đam" }, ""},
		{"change-member", "uy-ban-cds-thay-doi-2024.yaml", "changes[1].member", func(d *Decision) {
			d.Changes[1].Member = &Member{Role: RoleUyVien, Position: "Bộ trưởng Bộ Y tế"}
		}, ""},
		{"kind-fields", "uy-ban-cds-thay-doi-2024.yaml", "committee.establishment", func(d *Decision) { d.Committee.Establishment = nil }, ""},
		{"kind-fields", "uy-ban-cds-thay-doi-2024.yaml", "changes[1].member", func(d *Decision) { d.Changes[1].Member = nil }, ""},
		{"kind-fields", "uy-ban-cds-thay-doi-2024.yaml", "members", func(d *Decision) { d.Members = d.Current[:1] }, ""},
		{"symbol-issuer", "vinh-long.yaml", "symbol", func(d *Decision) { d.Symbol = "QĐ-BYT" }, ""},
		{"symbol-issuer", "uy-ban-cds-thay-doi-2024.yaml", "symbol", func(d *Decision) { d.Symbol = "QĐ-UBND" }, ""},
		{"level-name", "vinh-long.yaml", "issuer.level", func(d *Decision) { d.Issuer.Name = Lines{"BỘ Y TẾ"} }, ""},
		{"level-name", "uy-ban-cds-thay-doi-2024.yaml", "issuer.level", func(d *Decision) { d.Issuer.Name = Lines{"ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"} }, ""},
		{"one-standing-deputy", "binh-thuan.yaml", "members[2].role", func(d *Decision) { d.Members[2].Role = RolePhoThuongTruc }, "role-reference"},
		{"standing-agency-level", "vinh-long.yaml", "organization.standing_agencies[0].agency", func(d *Decision) {
			d.Organization.StandingAgencies[0].Agency = "Phòng Văn hóa và Thông tin"
		}, ""},
		{"role-title", "vinh-long.yaml", "members[0].role", func(d *Decision) {
			d.roleLabels = append(d.roleLabels, text{"members[0].role", "Chủ tịch"})
		}, ""},
		{"working-group-count", "vinh-long.yaml", "organization.working_group.count", func(d *Decision) {
			d.Organization.WorkingGroup.Members, d.Organization.WorkingGroup.Count = []string{"Chuyên viên Sở Tài chính"}, 5
		}, ""},
		{"numeric-date", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "theo Quyết định ngày 16/3/2017") }, ""},
		{"curly-quotes", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "“Ban Chỉ đạo có chức năng tham mưu”") }, ""},
		// issue #10: rules that hostile input bypassed
		{"one-head", "vinh-long.yaml", "members[2].also[0]", func(d *Decision) { d.Members[2].Also = []Role{RoleTruongBan} }, ""},
		{"member-duplicate", "vinh-long.yaml", "members[7]", func(d *Decision) { d.Members[7].Organization = "Sở  Tài\u00a0chính" }, ""},
		{"member-duplicate", "binh-thuan.yaml", "members[1]", func(d *Decision) { d.Members[1].Name = strings.ToUpper(d.Members[0].Name) + " " }, ""},
		{"recipient-article", "vinh-long.yaml", "recipients[0]", func(d *Decision) { d.Recipients[0] = "Như điều 9" }, ""},
		{"recipient-article", "vinh-long.yaml", "recipients[0]", func(d *Decision) { d.Recipients[0] = "Như Điều\u00a09" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "TS Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "Ts. Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "TSKH. Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "PGS.TS Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "Tiến sĩ Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "Thạc sĩ Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "Lê Tuấn Phong, TS." }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "GS. Lê Tuấn Phong" }, ""},
		{"signer-degree", "binh-thuan.yaml", "signer.name", func(d *Decision) { d.Signer.Name = "ThS Lê Tuấn Phong" }, ""},
		{"decision-date", "binh-thuan.yaml", "date", func(d *Decision) { d.Date = Date{9999, 12, 31} }, "basis-in-force,basis-superseded,body-dissolved,unit-dissolved"},
		{"decision-date", "binh-thuan.yaml", "date", func(d *Decision) { d.Date = Date{1900, 1, 1} }, "ref-date,proposal-date,basis-in-force"},
		{"effect-date", "binh-thuan.yaml", "effect.from", func(d *Decision) { d.Effect.From = Date{2021, 9, 1} }, ""},
		{"effect-date", "binh-thuan.yaml", "effect.from", func(d *Decision) {
			d.Effect.From = Date{2021, 9, 6}
			d.Effect.Replaces[0].Date = Date{2021, 9, 7}
		}, "ref-date"},
		{"decision-number", "kien-giang.yaml", "number", func(d *Decision) { d.Number = "00" }, ""},
		{"decision-number", "kien-giang.yaml", "number", func(d *Decision) { d.Number = "0123" }, ""},
		{"old-name", "lang-son.yaml", "committee.old_name", func(d *Decision) { d.Committee.OldName = strings.ToLower(d.Committee.Name) + "\u00a0" }, ""},
		{"legacy-encoding", "vinh-long.yaml", "function", func(d *Decision) { setText(d, "function", "Giúp Sở Néi vô theo dõi") }, ""},
		{"chapter-title-case", "kien-giang.yaml", "regulation.chapters[0].title", func(d *Decision) { d.Regulation.Chapters[0].Title = "Những quy định chung" }, ""},
		{"points-limit", "kien-giang.yaml", "regulation.chapters[0].articles[0].clauses[0].points", func(d *Decision) {
			d.Regulation.Chapters[0].Articles[0].Clauses = []Clause{{Text: "Các việc:", Points: make([]string, 24)}}
			for i := range d.Regulation.Chapters[0].Articles[0].Clauses[0].Points {
				d.Regulation.Chapters[0].Articles[0].Clauses[0].Points[i] = "việc"
			}
		}, ""},
		{"points-limit", "vinh-long.yaml", "duties[0].items", func(d *Decision) {
			d.Duties[0] = Duty{Heading: "Nhóm", Items: strings.Fields(strings.Repeat("việc ", 30))}
		}, ""},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.rule] = true
		t.Run(tc.rule+"/"+tc.field, func(t *testing.T) {
			d := loadExample(t, tc.example)
			before := ruleSet(Validate(d))
			tc.break_(d)
			var hit bool
			for _, diag := range Validate(d) {
				if before[diag.Rule+diag.Field] {
					continue
				}
				if tc.also != "" && strings.Contains(","+tc.also+",", ","+diag.Rule+",") {
					continue
				}
				if diag.Rule != tc.rule {
					t.Errorf("unexpected extra diagnostic [%s] %s: %s", diag.Rule, diag.Field, diag.Message(EN))
					continue
				}
				if !strings.HasPrefix(diag.Field, tc.field) {
					t.Errorf("[%s] names field %q, want %q", diag.Rule, diag.Field, tc.field)
				}
				if diag.Msg.VI == "" || diag.Msg.EN == "" || diag.Msg.VI == diag.Msg.EN {
					t.Errorf("[%s] needs distinct Vietnamese and English messages: %+v", diag.Rule, diag.Msg)
				}
				if diag.Line < 1 || diag.Column < 1 {
					t.Errorf("[%s] has no position", diag.Rule)
				}
				hit = true
			}
			if !hit {
				t.Errorf("rule %s did not fire", tc.rule)
			}
		})
	}
	for _, r := range Rules() {
		if !covered[r.ID] {
			t.Errorf("rule %s has no failing example in TestRules", r.ID)
		}
	}
}

func ruleSet(ds []Diagnostic) map[string]bool {
	m := map[string]bool{}
	for _, d := range ds {
		m[d.Rule+d.Field] = true
	}
	return m
}

// setText sets a free-text field and registers it with the text rules, as Load would.
func setText(d *Decision, path, s string) {
	if path == "function" {
		d.Function = s
	}
	d.texts = append(d.texts, text{path, s})
}

// TestRuleDocs checks that every rule's check function cites its reason.
func TestRuleDocs(t *testing.T) {
	src, err := os.ReadFile("rules.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Rules() {
		if r.Summary.VI == "" || r.Summary.EN == "" {
			t.Errorf("rule %s lacks a summary", r.ID)
		}
	}
	// Every check function has a doc comment naming a source: Nghị định 30, the spec, or a seed.
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "func check") {
			continue
		}
		name := strings.TrimPrefix(strings.SplitN(l, "(", 2)[0], "func ")
		var doc []string
		for j := i - 1; j >= 0 && strings.HasPrefix(lines[j], "//"); j-- {
			doc = append([]string{strings.TrimPrefix(lines[j], "// ")}, doc...)
		}
		text := strings.Join(doc, " ")
		if !strings.Contains(text, name+":") {
			t.Errorf("%s has no doc comment", name)
		}
		if !strings.Contains(text, "Nghị định") && !strings.Contains(text, "Luật") && !strings.Contains(text, "Nghị quyết") &&
			!strings.Contains(text, "spec") && !strings.Contains(text, "seed") && !strings.Contains(text, "source text") {
			t.Errorf("%s does not cite its reason (Nghị định 30, the spec or a source text)", name)
		}
	}
}

// TestRegulationIssuedWithoutQuyChe: a sentence issuing a Quy chế "kèm theo Quyết định này"
// in a decision that carries none is an error too (issue #11, item 9).
func TestRegulationIssuedWithoutQuyChe(t *testing.T) {
	src, err := os.ReadFile("../examples/lang-son.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "regulation_by: Các thành viên Ban Chỉ đạo làm việc theo Quy chế hoạt động của Ban Chỉ đạo.",
		"regulation_by: Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.", 1)
	d, diags := Load("x.yaml", []byte(text))
	if d == nil || HasErrors(diags) {
		t.Fatal(diags)
	}
	var got []string
	for _, g := range Validate(d) {
		if g.Rule == "regulation-issued" {
			got = append(got, g.Field)
		}
	}
	if len(got) != 1 || got[0] != "organization.regulation_by" {
		t.Errorf("regulation-issued fired at %v", got)
	}
}

// TestArticleSpaceQuotesWholeLetters: the missing-space message quotes "Điều N." and never
// half of the letter after it ("Điều 1.Ủy ban" once quoted "Điều 1.\xe1\xbb").
func TestArticleSpaceQuotesWholeLetters(t *testing.T) {
	for _, s := range []string{"Theo Điều 1.Ủy ban", "Theo Điều 12.Thành lập", "Điều 3.đ"} {
		d := loadExample(t, "vinh-long.yaml")
		setText(d, "function", s)
		found := false
		for _, g := range Validate(d) {
			if g.Rule != "article-space" {
				continue
			}
			found = true
			for _, l := range []Lang{VI, EN} {
				m := g.Message(l)
				if !utf8.ValidString(m) {
					t.Errorf("%q: %s message is not UTF-8: %q", s, l, m)
				}
				want := s[strings.Index(s, "Điều") : strings.Index(s, ".")+1]
				if !strings.Contains(m, strconv.Quote(want)) {
					t.Errorf("%q: %s message %q does not quote %q", s, l, m, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no article-space diagnostic", s)
		}
	}
}
