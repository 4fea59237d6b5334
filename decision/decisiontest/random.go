// Package decisiontest generates random valid decisions for tests and benchmarks.
package decisiontest

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/vanthu-vn/qd/decision"
)

var (
	family  = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middle  = []string{"Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Xuân", "Thu", "Hoàng", "Kim"}
	given   = []string{"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Tuấn", "Uyên", "Việt", "Yến"}
	sở      = []string{"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Văn phòng UBND tỉnh", "Công an tỉnh", "Bưu điện tỉnh", "Viettel tỉnh", "VNPT tỉnh"}
	tỉnh    = []string{"An Giang", "Lạng Sơn", "Vĩnh Long", "Đồng Tháp", "Gia Lai", "Lào Cai", "Nghệ An", "Quảng Ngãi", "Tây Ninh", "Cà Mau"}
	clauses = []string{"Quy chế này quy định nguyên tắc làm việc của Ban Chỉ đạo.", "Các thành viên làm việc theo chế độ kiêm nhiệm.", "Ban Chỉ đạo họp định kỳ mỗi quý một lần.", "Thư ký giúp Trưởng ban chuẩn bị nội dung các cuộc họp.", "Kinh phí được bố trí trong dự toán ngân sách hằng năm."}
)

// Name returns a random Vietnamese name.
func Name(r *rand.Rand) string {
	return family[r.Intn(len(family))] + " " + middle[r.Intn(len(middle))] + " " + given[r.Intn(len(given))]
}

// Random returns a valid decision with nMembers members (at least 1), every member named,
// and each optional part (proposal, function, member duties, organisation, working group,
// replaced decision, Quy chế with nested chapters, clauses and points) on or off at random.
func Random(r *rand.Rand, nMembers int) *decision.Decision {
	place := tỉnh[r.Intn(len(tỉnh))]
	up := strings.ToUpper("tỉnh " + place)
	kind := []decision.Kind{decision.KindThanhLap, decision.KindKienToan, decision.KindKienToanDoiTen}[r.Intn(3)]
	d := &decision.Decision{
		Kind: kind, Number: fmt.Sprintf("%02d", 1+r.Intn(3000)), Symbol: "QĐ-UBND",
		Date: decision.Date{Year: 2026, Month: 1 + r.Intn(10), Day: 1 + r.Intn(28)}, Place: place,
		Issuer: decision.Issuer{Name: decision.Lines{"ỦY BAN NHÂN DÂN", up}, Level: decision.LevelProvince,
			Authority: decision.Lines{"CHỦ TỊCH ỦY BAN NHÂN DÂN " + up}, Short: "Chủ tịch Ủy ban nhân dân tỉnh " + place},
		Signer:    decision.Signer{Authority: decision.Lines{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, Name: Name(r)},
		Committee: decision.Committee{Name: "Ban Chỉ đạo chuyển đổi số tỉnh " + place},
		Bases:     []decision.Basis{{Ref: "luat-tccqdp"}, {Ref: "luat-cds"}},
		Duties:    []decision.Duty{{Text: "Giúp Chủ tịch UBND tỉnh chỉ đạo chuyển đổi số."}, {Text: "Thực hiện các nhiệm vụ khác."}},
		Execution: decision.Execution{Addressees: []string{"Chánh Văn phòng UBND tỉnh", "các thành viên Ban Chỉ đạo"}},
	}
	if kind == decision.KindKienToanDoiTen {
		d.Committee.OldName = "Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh " + place
	}
	if kind != decision.KindThanhLap || r.Intn(2) == 0 {
		d.Effect.Replaces = []decision.DocRef{{Number: fmt.Sprintf("%d/QĐ-UBND", 100+r.Intn(900)), Date: decision.Date{Year: 2024, Month: 5, Day: 6},
			Issuer: "Chủ tịch UBND tỉnh " + place, Title: "về việc kiện toàn Ban Chỉ đạo"}}
	}
	if r.Intn(2) == 0 {
		d.Proposal = &decision.Proposal{Of: "Giám đốc Sở Khoa học và Công nghệ"}
	}
	if r.Intn(2) == 0 {
		d.Function = "Ban Chỉ đạo có chức năng giúp Chủ tịch UBND tỉnh chỉ đạo chuyển đổi số."
	}
	nMembers = max(nMembers, 1)
	used := map[string]bool{}
	for i := 0; i < nMembers; i++ {
		name := Name(r)
		for used[name] {
			name = Name(r)
		}
		used[name] = true
		role := decision.RoleUyVien
		switch {
		case i == 0:
			role = decision.RoleTruongBan
		case i == 1:
			role = decision.RolePhoThuongTruc
		case i == nMembers-1 && nMembers > 3:
			role = decision.RoleThuKy
		}
		m := decision.Member{Role: role, Honorific: []string{"Ông", "Bà"}[r.Intn(2)], Name: name, Position: "Giám đốc",
			Organization: sở[i%len(sở)]}
		if i == 0 {
			m.Position, m.Organization = "Chủ tịch", "UBND tỉnh"
		}
		d.Members = append(d.Members, m)
	}
	if r.Intn(2) == 0 {
		d.MemberDuties = []decision.MemberDuty{{Role: decision.RoleTruongBan, Text: "Trưởng ban lãnh đạo toàn diện hoạt động của Ban Chỉ đạo."}}
	}
	if r.Intn(3) > 0 {
		d.Organization = &decision.Organization{
			PartTime:         "Các thành viên làm việc theo chế độ kiêm nhiệm.",
			StandingAgencies: []decision.StandingAgency{{Agency: "Sở Khoa học và Công nghệ"}},
			Seals:            []decision.Seal{{Roles: []decision.Role{decision.RoleTruongBan}, Seal: "UBND tỉnh"}, {Others: true}},
			Funding:          []string{"Kinh phí do ngân sách tỉnh bảo đảm."},
		}
		if r.Intn(2) == 0 {
			d.Organization.WorkingGroup = &decision.WorkingGroup{Leader: "Giám đốc Sở Khoa học và Công nghệ", Count: 1 + r.Intn(20), LocatedAt: "Sở Khoa học và Công nghệ"}
		}
		if r.Intn(2) == 0 {
			d.Organization.SelfDissolve = "Ban Chỉ đạo tự giải thể khi hoàn thành nhiệm vụ."
		}
	}
	switch r.Intn(3) {
	case 0:
		d.Regulation = &decision.Regulation{Standard: true}
	case 1:
		reg := &decision.Regulation{}
		for c := 0; c < 1+r.Intn(5); c++ {
			ch := decision.Chapter{Title: fmt.Sprintf("CHƯƠNG THỨ %d", c+1)}
			for a := 0; a < 1+r.Intn(4); a++ {
				art := decision.Article{Title: fmt.Sprintf("Điều khoản %d.%d", c+1, a+1)}
				for k := 0; k < 1+r.Intn(4); k++ {
					cl := decision.Clause{Text: clauses[r.Intn(len(clauses))]}
					for p := 0; p < r.Intn(12); p++ {
						cl.Points = append(cl.Points, clauses[r.Intn(len(clauses))])
					}
					art.Clauses = append(art.Clauses, cl)
				}
				ch.Articles = append(ch.Articles, art)
			}
			reg.Chapters = append(reg.Chapters, ch)
		}
		d.Regulation = reg
	}
	d.Recipients = []string{fmt.Sprintf("Như Điều %d", d.ExecutionArticle()), "Bộ Khoa học và Công nghệ", "Lưu: VT, KGVX"}
	return d
}
