package decision

import "testing"

// TestShortChange: a long text rewritten shows only what changed, with a few words around
// it; a short one shows whole; passages a word or two apart read as one.
func TestShortChange(t *testing.T) {
	for _, c := range []struct{ before, after, was, now string }{
		{"Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"},
		{"Tổ trưởng Tổ công tác giúp việc được triệu tập các thành viên của Tổ công tác giúp việc và huy động chuyên gia làm việc tập trung tại Sở Thông tin và Truyền thông trong thời gian nhất định để nghiên cứu, biên tập các đề án.",
			"Tổ trưởng Tổ công tác giúp việc được triệu tập các thành viên của Tổ công tác giúp việc và huy động chuyên gia làm việc tập trung tại Sở Khoa học và Công nghệ trong thời gian nhất định để nghiên cứu, biên tập các đề án.",
			"…việc tập trung tại Sở Thông tin và Truyền thông trong thời gian nhất định…", "…việc tập trung tại Sở Khoa học và Công nghệ trong thời gian nhất định…"},
		{"Kinh phí hoạt động của Ban Chỉ đạo được bố trí từ nguồn kinh phí cấp cho Sở Thông tin và Truyền thông và các nguồn kinh phí hợp pháp khác. Sở Thông tin và Truyền thông quản lý kinh phí.",
			"Kinh phí hoạt động của Ban Chỉ đạo được bố trí từ nguồn kinh phí cấp cho Sở Khoa học và Công nghệ và các nguồn kinh phí hợp pháp khác. Sở Khoa học và Công nghệ quản lý kinh phí.",
			"…kinh phí cấp cho Sở Thông tin và Truyền thông và các nguồn kinh phí hợp pháp khác. Sở Thông tin và Truyền thông quản lý kinh phí.",
			"…kinh phí cấp cho Sở Khoa học và Công nghệ và các nguồn kinh phí hợp pháp khác. Sở Khoa học và Công nghệ quản lý kinh phí."},
		// Two passages far apart: each with its words around, "…" between.
		{"Sở Thông tin và Truyền thông chủ trì xây dựng kế hoạch hằng năm, tổng hợp ý kiến của các cơ quan, đơn vị và báo cáo định kỳ cho Ủy ban nhân dân tỉnh Kiên Giang.",
			"Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch hằng năm, tổng hợp ý kiến của các cơ quan, đơn vị và báo cáo định kỳ cho Ủy ban nhân dân tỉnh An Giang.",
			"Sở Thông tin và Truyền thông chủ trì xây dựng kế … Ủy ban nhân dân tỉnh Kiên Giang.",
			"Sở Khoa học và Công nghệ chủ trì xây dựng kế … Ủy ban nhân dân tỉnh An Giang."},
	} {
		was, now := shortChange(c.before, c.after)
		if was != c.was || now != c.now {
			t.Errorf("%q → %q:\n got  %q → %q\n want %q → %q", c.before, c.after, was, now, c.was, c.now)
		}
	}
}
