package render

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/render/docx"
)

// TestMembersAnnex: with members_annex, Điều 1 points to the Phụ lục and lists nobody; the
// Phụ lục is its own section with the table STT, Họ và tên, Chức vụ / Cơ quan, Chức danh
// trong Ban, one row a member numbered as Điều 1 would; txt and md show it as a table.
func TestMembersAnnex(t *testing.T) {
	d := load(t, "binh-thuan.yaml")
	d.MembersAnnex = true
	doc := Document(d, Options{})
	if len(doc.Sections) != 2 {
		t.Fatalf("%d sections, want the decision and its Phụ lục", len(doc.Sections))
	}
	dec := string(Text(&docx.Document{Sections: doc.Sections[:1]}, false))
	if !strings.Contains(dec, "gồm các thành viên có tên tại Phụ lục kèm theo Quyết định này.") || strings.Contains(dec, "Trưởng ban: Chủ tịch") {
		t.Errorf("Điều 1 does not point to the Phụ lục:\n%s", dec)
	}
	var table *docx.Table
	for _, b := range doc.Sections[1].Body {
		if tb, ok := b.(docx.Table); ok && tb.Style == sMemberTable {
			table = &tb
		}
	}
	if table == nil || len(table.Rows) != 1+len(d.Members) {
		t.Fatalf("member table missing or wrong: %+v", table)
	}
	row := func(i int) string {
		var cells []string
		for _, c := range table.Rows[i] {
			cells = append(cells, c.Paragraphs[0].Text())
		}
		return strings.Join(cells, " | ")
	}
	for i, want := range map[int]string{
		0: "STT | Họ và tên | Chức vụ / Cơ quan | Chức danh trong Ban",
		1: "1 | Ông Lê Tuấn Phong | Chủ tịch UBND tỉnh | Trưởng ban",
		4: "4-22 |  | Giám đốc, Phó Giám đốc các sở, đơn vị (19 thành viên) | Ủy viên",
		5: "23 | Ông Nguyễn Hoàng Sâm | Trưởng phòng Bưu chính Viễn thông và Công nghệ thông tin Sở Thông tin và Truyền thông | Thư ký",
	} {
		if got := row(i); got != want {
			t.Errorf("row %d: %q, want %q", i, got, want)
		}
	}
	txt, md := string(Text(doc, false)), string(Text(doc, true))
	for _, want := range []string{"Phụ lục\nDANH SÁCH\nTHÀNH VIÊN BAN CHỈ ĐẠO", "(Kèm theo Quyết định số 2236/QĐ-UBND ngày 06 tháng 9 năm 2021 của Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận)", "1 | Ông Lê Tuấn Phong | Chủ tịch UBND tỉnh | Trưởng ban\n"} {
		if !strings.Contains(txt, want) {
			t.Errorf("txt lacks %q", want)
		}
	}
	if !strings.Contains(md, "| STT | Họ và tên | Chức vụ / Cơ quan | Chức danh trong Ban |\n|---|---|---|---|\n| 1 | Ông Lê Tuấn Phong |") {
		t.Errorf("md has no member table:\n%s", md)
	}
	if _, err := exec.LookPath("pandoc"); err == nil {
		cmd := exec.Command("pandoc", "-f", "markdown", "-t", "html")
		cmd.Stdin = strings.NewReader(md)
		html, err := cmd.Output()
		if err != nil || bytes.Count(html, []byte("<tr")) != 1+len(d.Members) {
			t.Errorf("pandoc does not read the member table (%v): %d rows", err, bytes.Count(html, []byte("<tr")))
		}
	}
	// Without the option nothing changes: the members stay in Điều 1.
	d.MembersAnnex = false
	if n := len(Document(d, Options{}).Sections); n != 1 {
		t.Errorf("%d sections without members_annex", n)
	}
}
