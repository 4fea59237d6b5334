package decision

import (
	"fmt"
	"strings"
)

// toParty turns the renamed decision n into the party committee's (a target with
// issuer_level tinh_uy): the province moved its committee from the Chủ tịch UBND to the Ban
// Thường vụ Tỉnh ủy, which sets up the new committee "trên cơ sở kiện toàn" the old one (as
// reported for Tỉnh ủy Nam Định, 1407-QĐ/TU of 03/3/2025: the Bí thư Tỉnh ủy is Trưởng ban, the
// Chủ tịch UBND Phó Trưởng ban thường trực). The party's format (Hướng dẫn 36-HD/VPTW;
// docs/party-layout.md): issuer TỈNH ỦY ..., authority BAN THƯỜNG VỤ TỈNH ỦY, QĐ/TU, T/M BAN
// THƯỜNG VỤ, bases from the Điều lệ Đảng, Lưu Văn phòng Tỉnh ủy. What qd cannot know (who
// signs, the Bí thư's name, the committee's term) is a [[...]] placeholder; every change is
// noted for the clerk to review.
func toParty(old, n *Decision, t *Target, replaced DocRef, full, capUy string, note noteFunc) {
	place := strings.TrimPrefix(strings.TrimPrefix(full, "tỉnh "), "thành phố ")
	up := strings.ToUpper(capUy)
	n.Kind = KindThanhLap
	note("kind", "loại quyết định: thành lập (Ban Thường vụ %s thành lập Ban mới trên cơ sở kiện toàn ban của UBND)",
		"kind: thành lập (the Ban Thường vụ %s sets up the new committee on the basis of the UBND's)", capUy)
	n.Committee.OldName = ""
	n.Committee.Basis = BasisKienToan
	n.Committee.Predecessors = []DocRef{{Name: old.Committee.Name, Number: replaced.Number, Date: replaced.Date, Issuer: replaced.Issuer, Title: replaced.Title}}
	note("committee.predecessors", "ban tiền thân: %s (Quyết định số %s); quyết định đó của Chủ tịch UBND không do văn bản của Đảng thay thế: UBND bãi bỏ bằng quyết định của mình",
		"predecessor: %s (Quyết định số %s); that decision of the Chủ tịch UBND is not replaced by a party document: the UBND repeals it by its own decision",
		old.Committee.Name, replaced.Number)
	n.Effect = Effect{}
	n.Symbol = "QĐ/TU"
	n.Issuer = Issuer{Name: Lines{up + " " + strings.ToUpper(place)}, Level: LevelPartyProvince,
		Authority: Lines{"BAN THƯỜNG VỤ " + up}, Short: "Ban Thường vụ " + capUy + " " + place}
	note("issuer", "cơ quan ban hành: %s (văn bản của Đảng, trình bày theo Hướng dẫn 36-HD/VPTW); ký hiệu QĐ/TU",
		"issuer: %s (a party document, laid out per Hướng dẫn 36-HD/VPTW); symbol QĐ/TU", n.Issuer.Name.Text())
	n.Signer = Signer{Authority: Lines{"T/M BAN THƯỜNG VỤ", "[[BÍ THƯ]]"}, Name: "[[Họ và tên người ký]]"}
	note("signer", "người ký: T/M BAN THƯỜNG VỤ, [[BÍ THƯ]] hoặc PHÓ BÍ THƯ; ghi họ tên", "signer: T/M BAN THƯỜNG VỤ, [[BÍ THƯ]] or PHÓ BÍ THƯ; write the name")

	// The Bí thư heads the committee; the Chủ tịch UBND, its head before, is the standing deputy.
	ms := make([]Member, 0, len(n.Members)+1)
	ms = append(ms, Member{Role: RoleTruongBan, Honorific: "Đồng chí", Name: "[[Họ và tên]]", Position: "Bí thư " + capUy})
	note("members", "thêm Bí thư %s làm Trưởng ban", "added the Bí thư %s as Trưởng ban", capUy)
	for i, m := range n.Members {
		switch m.Role {
		case RoleTruongBan:
			m.Role = RolePhoThuongTruc
			note(fmt.Sprintf("members[%d].role", i), "%s: Trưởng ban thành Phó Trưởng ban thường trực", "%s: Trưởng ban became Phó Trưởng ban thường trực", m.Holder())
		case RolePhoThuongTruc:
			m.Role = RolePhoTruongBan
			note(fmt.Sprintf("members[%d].role", i), "%s: Phó Trưởng ban thường trực thành Phó Trưởng ban", "%s: Phó Trưởng ban thường trực became Phó Trưởng ban", m.Holder())
		}
		for j, a := range m.Also {
			if a == RoleTruongBan {
				m.Also = append(append([]Role(nil), m.Also[:j]...), m.Also[j+1:]...)
				break
			}
		}
		ms = append(ms, m)
	}
	n.Members = orderMembers(ms)

	n.Bases = append([]Basis(nil), t.Bases...)
	note("bases", "căn cứ thay bằng căn cứ của văn bản Đảng: Điều lệ Đảng, Quy chế làm việc của cấp ủy, %d văn bản", "bases replaced by a party document's: the Điều lệ Đảng, the committee's working rules, %d texts", len(t.Bases)-2)
	n.Proposal = &Proposal{Of: "[[Ban Tổ chức " + capUy + "]]"}
	note("proposal", "đề nghị: [[Ban Tổ chức %s]] (ghi cơ quan đề nghị và tờ trình)", "proposal: [[Ban Tổ chức %s]] (write who proposes and the Tờ trình)", capUy)
	n.Execution = Execution{Addressees: append([]string(nil), t.Execution...)}
	note("execution", "điều thi hành: %s", "execution article: %s", strings.Join(t.Execution, "; "))
	var rs []string
	for _, r := range n.Recipients {
		if !strings.HasPrefix(r, "Lưu") {
			rs = append(rs, r)
		}
	}
	n.Recipients = append(rs, t.Keep)
	note(fmt.Sprintf("recipients[%d]", len(rs)), "Nơi nhận kết thúc bằng %q; xem lại các nơi nhận khác", "Nơi nhận ends with %q; review the others", t.Keep)
	if n.Regulation != nil {
		n.Regulation.IssuedBy = n.Issuer.Short
	}
}
