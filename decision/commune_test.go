package decision

import (
	"strings"
	"testing"
)

// communeUBND is a commune People's Committee's decision as a clerk writes it after 01/7/2025
// (two-level local government, Luật 72/2025/QH15): ỦY BAN NHÂN DÂN / XÃ ..., QĐ-UBND, the
// Chủ tịch signs; members from the commune's phòng.
const communeUBND = `kind: thanh_lap
symbol: QĐ-UBND
date: 2025-08-15
place: Minh Đức
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ MINH ĐỨC]
  level: xa
  authority: CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MINH ĐỨC
signer:
  authority: CHỦ TỊCH
  name: Huỳnh Văn Minh
committee:
  name: Ban Chỉ đạo chuyển đổi số xã Minh Đức
bases:
  - type: Luật
    date: 2025-06-16
    title: Tổ chức chính quyền địa phương
members:
  - {role: truong_ban, position: Chủ tịch Ủy ban nhân dân xã}
  - {role: pho_truong_ban, position: Phó Chủ tịch Ủy ban nhân dân xã}
  - {role: uy_vien, position: Trưởng phòng, organization: Phòng Văn hóa - Xã hội}
duties:
  - Giúp Chủ tịch Ủy ban nhân dân xã chỉ đạo chuyển đổi số trên địa bàn xã.
execution:
  addressees: [Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, các thành viên Ban Chỉ đạo]
recipients:
  - Như Điều 3
  - "Lưu: VT, VHXH"
`

func communeErrors(t *testing.T, src string) []Diagnostic {
	t.Helper()
	d, diags := Load("xa.yaml", []byte(src))
	var errs []Diagnostic
	for _, dg := range append(diags, Validate(d)...) {
		if dg.Severity == Error {
			errs = append(errs, dg)
		}
	}
	return errs
}

// TestCommuneLevel: a commune UBND's decision has a level of its own (xa). Before it, level
// huyen was refused after 01/7/2025 and level tinh passed a commune's name unnoticed.
func TestCommuneLevel(t *testing.T) {
	if errs := communeErrors(t, communeUBND); len(errs) != 0 {
		t.Fatalf("a commune UBND decision with level xa: %v", errs)
	}
	for _, tc := range []struct{ level, rule string }{{"tinh", "level-name"}, {"huyen", "unit-dissolved"}} {
		errs := communeErrors(t, strings.Replace(communeUBND, "level: xa", "level: "+tc.level, 1))
		var hit bool
		for _, e := range errs {
			hit = hit || e.Rule == tc.rule && e.Field == "issuer.level"
		}
		if !hit {
			t.Errorf("level %s on ỦY BAN NHÂN DÂN XÃ ...: want [%s] at issuer.level, got %v", tc.level, tc.rule, errs)
		}
	}
	// the Vietnamese label works like the code
	if errs := communeErrors(t, strings.Replace(communeUBND, "level: xa", "level: Ủy ban nhân dân xã", 1)); len(errs) != 0 {
		t.Errorf("level written as its Vietnamese label: %v", errs)
	}
	for _, n := range []string{"ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN", "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC"} {
		if got := levelsForName(n + " "); len(got) != 1 || got[0] != LevelCommune {
			t.Errorf("levelsForName(%q) = %v, want [xa]", n, got)
		}
	}
	if got := levelsForName("ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA "); len(got) != 1 || got[0] != LevelDistrict {
		t.Errorf("a thị xã is a district, not a commune: %v", got)
	}
}

// TestCommunePartyLevel: the Đảng ủy of a xã (phường, đặc khu) issues its decisions in the
// party's format with the symbol QĐ/ĐU (examples/dang-uy-xa-minh-duc-khcn-2025.yaml). Before
// level dang_uy_xa, the only party level (tinh_uy) refused such a real decision twice
// (level-name, symbol-issuer).
func TestCommunePartyLevel(t *testing.T) {
	d := loadExample(t, "dang-uy-xa-minh-duc-khcn-2025.yaml")
	if !d.Party() {
		t.Fatal("a Đảng ủy xã decision is a party document")
	}
	for _, dg := range Validate(d) {
		if dg.Severity == Error {
			t.Errorf("[%s] %s: %s", dg.Rule, dg.Field, dg.Message(EN))
		}
	}
	if got := d.NumberLine(); got != "Số      -QĐ/ĐU" {
		t.Errorf("number line %q", got)
	}
	breaks := []struct {
		rule, field, want string
		break_            func(d *Decision)
	}{
		{"symbol-issuer", "symbol", "QĐ/ĐU", func(d *Decision) { d.Symbol = "QĐ/TU" }},
		{"level-name", "issuer.level", "ĐẢNG ỦY XÃ", func(d *Decision) { d.Issuer.Name = Lines{"ĐẢNG BỘ XÃ MINH ĐỨC"} }},
		{"level-name", "issuer.level", "tinh_uy", func(d *Decision) { d.Issuer.Level = LevelPartyProvince }},
		{"signer-authority", "signer.authority", "T/M ĐẢNG ỦY", func(d *Decision) {
			d.Issuer.Authority = Lines{"BAN CHẤP HÀNH ĐẢNG BỘ XÃ"}
			d.Signer.Authority = Lines{"TM. ĐẢNG ỦY", "BÍ THƯ"}
		}},
		{"recipients-last", "recipients[3]", "Lưu Văn phòng Đảng ủy", func(d *Decision) { d.Recipients[3] = "Lưu: VT" }},
	}
	for _, b := range breaks {
		d := loadExample(t, "dang-uy-xa-minh-duc-khcn-2025.yaml")
		b.break_(d)
		var hit bool
		for _, dg := range Validate(d) {
			if dg.Rule == b.rule && dg.Field == b.field {
				hit = true
				if m := dg.Message(VI); !strings.Contains(m, b.want) {
					t.Errorf("[%s] says %q, want it to name %q", b.rule, m, b.want)
				}
			}
		}
		if !hit {
			t.Errorf("break for [%s] at %s not reported", b.rule, b.field)
		}
	}
}

// TestChangeTextMemberLowerCase: "thành viên" is no title but the common noun, written lower
// case inside a sentence, as Quyết định 2130/QĐ-TTg ngày 24/9/2025 writes its changes
// ("bổ sung đồng chí Lê Hoài Trung, quyền Bộ trưởng Bộ Ngoại giao, thành viên Ban Chỉ đạo");
// the titles (Ủy viên, Phó Trưởng ban) keep their capital.
func TestChangeTextMemberLowerCase(t *testing.T) {
	d := &Decision{Committee: Committee{Name: "Ban Chỉ đạo của Chính phủ", Titles: TitlesBanThanhVien}}
	add := &Member{Role: RoleUyVien, Honorific: "Đồng chí", Name: "Lê Hoài Trung", Position: "quyền Bộ trưởng Bộ Ngoại giao"}
	old := &Member{Role: RoleUyVien, Honorific: "Đồng chí", Name: "Đỗ Đức Duy", Position: "Bộ trưởng Bộ Nông nghiệp và Môi trường"}
	for _, tc := range []struct {
		c    MemberChange
		want string
	}{
		{MemberChange{Action: ChangeAdd, Member: add}, "Bổ sung đồng chí Lê Hoài Trung, quyền Bộ trưởng Bộ Ngoại giao, làm thành viên Ban Chỉ đạo."},
		{MemberChange{Action: ChangeReplace, Member: add, Old: old}, "Đồng chí Lê Hoài Trung, quyền Bộ trưởng Bộ Ngoại giao, làm thành viên Ban Chỉ đạo thay đồng chí Đỗ Đức Duy, Bộ trưởng Bộ Nông nghiệp và Môi trường."},
		{MemberChange{Action: ChangeRemove, Old: old}, "Đồng chí Đỗ Đức Duy, Bộ trưởng Bộ Nông nghiệp và Môi trường, thôi làm thành viên Ban Chỉ đạo."},
	} {
		if got := d.ChangeText(tc.c); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
	d.Committee.Titles = TitlesBan
	if got := d.ChangeText(MemberChange{Action: ChangeAdd, Member: add}); !strings.Contains(got, "làm Ủy viên Ban Chỉ đạo") {
		t.Errorf("the title Ủy viên keeps its capital: %q", got)
	}
}
