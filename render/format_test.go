package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// loadEdited loads an example after replacing old with new in its YAML (each must occur).
func loadEdited(t *testing.T, name string, pairs ...string) *decision.Decision {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("%s has no %q", name, pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	d, diags := decision.Load(name, []byte(s))
	if d == nil || decision.HasErrors(diags) {
		t.Fatalf("%s: %v", name, diags)
	}
	return d
}

// text is the decision's text as the clerk reads it, one paragraph a line.
func text(d *decision.Decision) string {
	return string(Text(Document(d, Options{}), false))
}

func wantLines(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

// TestCommitteeTitles: an Ủy ban's titles are used in every generated sentence: member list,
// seals and the standard Quy chế (issue 13, item 4).
func TestCommitteeTitles(t *testing.T) {
	d := loadEdited(t, "lang-son.yaml", "  name: Ban Chỉ đạo", "  titles: uy_ban\n  name: Ban Chỉ đạo")
	d.Organization.SealText = ""
	got := text(d)
	wantLines(t, got, "Chủ tịch: ", "Phó Chủ tịch thường trực: ", "Chủ tịch, Phó Chủ tịch thường trực sử dụng con dấu")
	if strings.Contains(got, "Trưởng ban") {
		t.Errorf("an Ủy ban still says Trưởng ban:\n%s", got)
	}
	// members called thành viên
	d = loadEdited(t, "vinh-long.yaml", "  name: Ban Chỉ đạo", "  titles: ban_thanh_vien\n  name: Ban Chỉ đạo")
	wantLines(t, text(d), "Thành viên thường trực: Giám đốc Sở Thông tin và Truyền thông", "Trưởng ban: ")
	// the standard Quy chế
	d = loadEdited(t, "kien-giang.yaml", "  name: Ban Chỉ đạo", "  titles: uy_ban\n  name: Ban Chỉ đạo")
	d.Regulation.Chapters, d.Regulation.Standard = nil, true
	got = text(d)
	quyChe := got[strings.Index(got, "Chương I\n"):] // after the Kèm theo line, which names the issuer as written
	if strings.Contains(quyChe, "Trưởng ban") || !strings.Contains(quyChe, "Điều 3. Chủ tịch\n") || !strings.Contains(quyChe, "báo cáo Chủ tịch xem xét") {
		t.Errorf("standard Quy chế of an Ủy ban:\n%s", quyChe)
	}
	// the default titles are unchanged
	if !strings.Contains(text(load(t, "lang-son.yaml")), "Trưởng ban") {
		t.Error("default titles lost")
	}
}

// TestGroupedMembers: "1. Chủ tịch: ...", then "2. Các Phó Chủ tịch:" with "- ...;" items
// (issue 13, item 5).
func TestGroupedMembers(t *testing.T) {
	d := loadEdited(t, "binh-thuan.yaml", "kind: kien_toan", "kind: kien_toan\nmembers_style: nhom")
	got := text(d)
	wantLines(t, got,
		"1. Trưởng ban: Ông Lê Tuấn Phong, Chủ tịch UBND tỉnh.",
		"2. Các Phó Trưởng ban:\n- Ông Nguyễn Minh, Phó Chủ tịch UBND tỉnh (Phó Trưởng ban thường trực);\n- Ông Vũ Văn Tuấn, Giám đốc Sở Thông tin và Truyền thông.",
		"3. Các Ủy viên:\n- Giám đốc, Phó Giám đốc các sở, đơn vị (19 thành viên).",
		"4. Thư ký: ")
}

// TestRunningDuties: duties as paragraphs without numbers, or one paragraph (issue 13, item 2).
func TestRunningDuties(t *testing.T) {
	d := loadEdited(t, "binh-thuan.yaml", "duties:\n", "duties_style: cham_phay\nduties:\n")
	wantLines(t, text(d), "trên địa bàn tỉnh; Điều phối, đôn đốc", "theo yêu cầu của lãnh đạo tỉnh.\n")
	d = loadEdited(t, "binh-thuan.yaml", "duties:\n", "duties_style: đoạn văn\nduties:\n")
	got := text(d)
	wantLines(t, got, "\nNghiên cứu, đề xuất thúc đẩy", "\nThực hiện các nhiệm vụ khác")
	if strings.Contains(got, "1. Nghiên cứu") {
		t.Error("paragraph duties are numbered")
	}
}

// TestBasisSameLine: one Căn cứ line citing two laws (issue 13, item 7).
func TestBasisSameLine(t *testing.T) {
	d := loadEdited(t, "vinh-long.yaml", "    title: Công nghệ thông tin\n", "    title: Công nghệ thông tin\n    same_line: true\n")
	lines := BasisLines(d)
	if lines[0] != "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;" {
		t.Errorf("joined basis line: %q", lines[0])
	}
	if len(lines) != len(BasisLines(load(t, "vinh-long.yaml")))-1 {
		t.Errorf("lines: %v", lines)
	}
}

// TestGroupArticle: a board and its working group set up by one decision, and duties given to
// both (issue 13, item 6).
func TestGroupArticle(t *testing.T) {
	d := load(t, "binh-thuan.yaml")
	d.Organization.WorkingGroup = &decision.WorkingGroup{OwnArticle: true, Leader: "Phó Giám đốc Sở Thông tin và Truyền thông",
		Deputies: []string{"Trưởng phòng Công nghệ thông tin"}, Members: []string{"Chuyên viên Sở Tài chính", "Chuyên viên Sở Nội vụ"}}
	d.DutiesJoint = true
	if got := d.TitleText(); got != "Về việc kiện toàn Ban Chỉ đạo và Tổ giúp việc Xây dựng Chính quyền điện tử tỉnh Bình Thuận" {
		t.Errorf("title %q", got)
	}
	wantLines(t, text(d), "Điều 2. Thành lập Tổ giúp việc Ban Chỉ đạo gồm các thành viên sau:\n1. Tổ trưởng: Phó Giám đốc Sở Thông tin và Truyền thông.\n2. Tổ phó: Trưởng phòng Công nghệ thông tin.\n3. Thành viên: Chuyên viên Sở Tài chính.\n4. Thành viên: Chuyên viên Sở Nội vụ.\nĐiều 3. Nhiệm vụ của Ban Chỉ đạo và Tổ giúp việc")
	if d.ExecutionArticle() != 5 {
		t.Errorf("execution article %d", d.ExecutionArticle())
	}
	// headcount only
	d.Organization.WorkingGroup = &decision.WorkingGroup{OwnArticle: true, Leader: "Phó Giám đốc Sở Thông tin và Truyền thông", Count: 7}
	wantLines(t, text(d), "Điều 2. Thành lập Tổ giúp việc Ban Chỉ đạo, do Phó Giám đốc Sở Thông tin và Truyền thông làm Tổ trưởng, gồm 7 thành viên.")
}

// TestChangeDecision: the change-members decision names the amended decision and each change.
func TestChangeDecision(t *testing.T) {
	got := text(load(t, "uy-ban-cds-thay-doi-2024.yaml"))
	wantLines(t, got,
		"Điều 1. Thay đổi thành viên Ủy ban Quốc gia về chuyển đổi số được kiện toàn tại Quyết định số 1619/QĐ-TTg ngày 24 tháng 9 năm 2021 của Thủ tướng Chính phủ như sau:",
		"1. Ông Nguyễn Hòa Bình, Phó Thủ tướng Thường trực Chính phủ, làm Phó Chủ tịch thường trực Ủy ban thay ông Trần Lưu Quang",
		"2. Bổ sung ông Nguyễn Hải Ninh, Bộ trưởng Bộ Tư pháp, làm Ủy viên Ủy ban.",
		"Điều 2. Các thành viên Ủy ban")
}
