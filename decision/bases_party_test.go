package decision

import "testing"

// TestBasesOrderPartyDocument: a State decision cites the party's texts among its bases where
// the issuer finds them relevant, usually after the laws: Quyết định 571/QĐ-TTg ngày
// 12/3/2025 cites Luật Tổ chức Chính phủ, Luật Tổ chức chính quyền địa phương, then Kết luận
// 127-KL/TW of the Bộ Chính trị, then Quyết định 23/2023/QĐ-TTg
// (thuviennhadat.vn/vbpl/quyet-dinh-571-qd-ttg-2025-...-651656.html). A party document has no
// place in the State's order of legal force (Luật 64/2025/QH15, Điều 4 lists none), so
// bases-order must not call 571's order wrong; the State texts around it are still ordered.
func TestBasesOrderPartyDocument(t *testing.T) {
	party := Basis{Type: "Nghị quyết", Number: "18-NQ/TW", Date: Date{2017, 10, 25}, Issuer: "Ban Chấp hành Trung ương",
		Title: "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"}
	orderDiags := func(d *Decision) []Diagnostic {
		var out []Diagnostic
		for _, dg := range Validate(d) {
			if dg.Rule == "bases-order" {
				out = append(out, dg)
			}
		}
		return out
	}
	d := loadExample(t, "vinh-long.yaml") // Luật, Luật, Nghị định, Quyết định TTg
	d.Bases = append(d.Bases[:2:2], append([]Basis{party}, d.Bases[2:]...)...)
	if got := orderDiags(d); len(got) != 0 {
		t.Errorf("a party resolution after the laws: %v", got)
	}
	// the State texts on both sides of it are still in order of force
	d = loadExample(t, "vinh-long.yaml")
	d.Bases = []Basis{d.Bases[3], party, d.Bases[0]}
	if got := orderDiags(d); len(got) != 1 || got[0].Field != "bases[2]" {
		t.Errorf("a Quyết định TTg, the party text, then a Luật: want one bases-order at bases[2], got %v", got)
	}
}
