package importer

import (
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// haGiang1209 is the decision part of Quyết định 1209/QĐ-UBND ngày 24/6/2013 của UBND tỉnh Hà
// Giang (thuviennhadat.vn/vbpl/quyet-dinh-1209-qd-ubnd-2013-quy-che-ban-chi-dao-cong-tac-dan-so-tinh-ha-giang-208300.html),
// shortened: its trích yếu says "Về việc ban hành Quy chế ..." and its Xét đề nghị line names
// what the Tờ trình is about.
const haGiang1209 = `ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 1209/QĐ-UBND
Hà Giang, ngày 24 tháng 6 năm 2013
QUYẾT ĐỊNH
Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;
Xét đề nghị của Sở Y tế tại Tờ trình số 66/TTr-SYT ngày 17 tháng 5 năm 2013 về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.
Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Bộ Y tế;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
`

// TestImportRealQuyCheDecision: "Về việc ban hành Quy chế ..." is a decision issuing a Quy
// chế (it was read as thanh_lap with no committee), and the Tờ trình's subject lands in
// proposal.submission.title instead of refusing the number and date.
func TestImportRealQuyCheDecision(t *testing.T) {
	res, err := Import("ha-giang.txt", []byte(haGiang1209), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := res.Decision
	if d.Kind != decision.KindQuyChe {
		t.Errorf("kind %q, want ban_hanh_quy_che", d.Kind)
	}
	if want := "Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang"; d.Committee.Name != want {
		t.Errorf("committee %q, want %q", d.Committee.Name, want)
	}
	s := d.Proposal.Submission
	if s == nil || s.Number != "66/TTr-SYT" || s.Date != (decision.Date{Year: 2013, Month: 5, Day: 17}) ||
		s.Title != "về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang" {
		t.Errorf("submission %+v", s)
	}
}
