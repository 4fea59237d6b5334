package importer

import (
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// FuzzImportText: no text makes import panic, and whatever it makes is YAML that loads.
func FuzzImportText(f *testing.F) {
	for _, s := range []string{
		"QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo X\nCHỦ TỊCH\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Chỉ đạo X (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên sau:\n1. Trưởng ban: Chủ tịch.\nĐiều 2. A chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n",
		"Số: /\t\tA, ngày tháng năm\nQUY CHẾ\n(Kèm theo\nChương I\nĐiều 1.\n1.\na)\n",
		"Căn cứ Luật\nCăn cứ Nghị định số , ngày của\nXét đề nghị của tại Tờ trình số ngày 99/99/9999,\n",
		"\f\f\n    2\n\t\t\n- \n*\n**\nĐiều 1. Kiện toàn và đổi tên  thành  (gọi tắt là )\n1-0. :\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		res, err := Import("f.txt", []byte(s), Options{})
		if err != nil {
			return
		}
		if d, diags := decision.Load("f.yaml", res.YAML); d == nil {
			t.Fatalf("imported YAML does not load: %v\n%s", diags, res.YAML)
		}
	})
}
