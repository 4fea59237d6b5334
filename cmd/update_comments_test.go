package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// TestUpdateKeepsComments: a clerk's comment is part of their file. qd update rewrites the
// names on lines that carry comments (a scalar of a mapping, items of lists, a block scalar
// | and >, a flow-style member, a list that loses a merged member or a dropped basis) and
// every comment comes out beside the value it was written by, head, line and foot.
func TestUpdateKeepsComments(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	edit := func(old, new string) {
		t.Helper()
		if !strings.Contains(s, old) {
			t.Fatalf("vinh-long.yaml lacks %q", old)
		}
		s = strings.Replace(s, old, new, 1)
	}
	edit("  of: Giám đốc Sở Thông tin và Truyền thông\n", "  of: Giám đốc Sở Thông tin và Truyền thông # theo Tờ trình 58\n")
	edit("  - {role: uy_vien_thuong_truc, position: Giám đốc, organization: Sở Thông tin và Truyền thông}\n",
		"  # Ủy viên thường trực: cơ quan thường trực\n  - {role: uy_vien_thuong_truc, position: Giám đốc, organization: Sở Thông tin và Truyền thông} # ông Nguyễn Văn A\n")
	edit("  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế}\n", "  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế} # sau thành viên gộp\n")
	edit("  - {role: uy_vien, position: Giám đốc, organization: Sở Tài nguyên và Môi trường}\n",
		"  - {role: uy_vien, position: Giám đốc, organization: Sở Tài nguyên và Môi trường} # sẽ gộp\n")
	edit("    - agency: Sở Thông tin và Truyền thông\n      text: Sở Thông tin và Truyền thông là",
		"    - agency: Sở Thông tin và Truyền thông # cơ quan chủ trì\n      text: >- # văn bản nguồn 000\n        Sở Thông tin và Truyền thông là")
	edit("      seal: Sở Thông tin và Truyền thông\n", "      seal: Sở Thông tin và Truyền thông # dấu của Sở\n")
	edit("  funding:\n    - Kinh phí hoạt động của Ban Chỉ đạo và Tổ giúp việc được sử dụng từ nguồn kinh phí sự nghiệp của Sở Thông tin và Truyền thông được bố trí hàng năm.\n",
		"  funding: # kinh phí\n    - | # giữ nguyên câu nguồn\n      Kinh phí hoạt động của Ban Chỉ đạo và Tổ giúp việc được sử dụng từ nguồn kinh phí sự nghiệp của Sở Thông tin và Truyền thông được bố trí hàng năm.\n    # hết danh sách kinh phí\n")
	edit("  - type: Quyết định\n    number: 1072/QĐ-TTg\n", "  - type: Quyết định # căn cứ thay đổi\n    number: 1072/QĐ-TTg\n")
	edit("  addressees:", "  addressees: # nơi thi hành")
	edit("date: 2018-12\n", "date: 2018-12 # ngày ký chưa rõ\n")

	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.yaml"), filepath.Join(dir, "out.yaml")
	os.WriteFile(in, []byte(s), 0o644)
	if code, _, errs := run(t, "", "update", in, "--date", "2026-06-24", "-o", out); code != ExitProblems || !strings.Contains(errs, "đã ghi") {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	data, _ := os.ReadFile(out)
	got := string(data)
	for _, want := range []string{
		"of: Giám đốc Sở Khoa học và Công nghệ # theo Tờ trình 58\n",
		"  # Ủy viên thường trực: cơ quan thường trực\n  - {role: uy_vien_thuong_truc, position: Giám đốc, organization: Sở Khoa học và Công nghệ} # ông Nguyễn Văn A\n",
		"organization: Sở Y tế} # sau thành viên gộp\n",
		"agency: Sở Khoa học và Công nghệ # cơ quan chủ trì\n",
		"# văn bản nguồn 000",
		"seal: Sở Khoa học và Công nghệ # dấu của Sở\n",
		"funding: # kinh phí\n",
		"# giữ nguyên câu nguồn",
		"# hết danh sách kinh phí",
		"# căn cứ thay đổi",
		"addressees: # nơi thi hành",
		"date: 2026-06-24 # ngày ký chưa rõ\n",
		"# Câu hiệu lực viết như nguồn",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q", want)
		}
	}
	// The comment of the merged member went with it, not onto its neighbour.
	if strings.Contains(got, "# sẽ gộp") {
		t.Errorf("the merged member's comment moved to another line")
	}
	// The comments are where they were: each one still beside its own value.
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		t.Fatal(err)
	}
	if strings.Count(got, "# sau thành viên gộp") != 1 || strings.Count(got, "# ông Nguyễn Văn A") != 1 {
		t.Errorf("a comment repeated:\n%s", got)
	}
}

// TestUpdateLists: the Tổ công tác of Thừa Thiên Huế lists Sở by the rest of their names
// ("các Sở: Thông tin và Truyền thông, Kế hoạch và Đầu tư, ..., Tài chính") and, in the next
// text, by full names of which two pairs merged in 2025. Brought to 2026, each list reads
// as Vietnamese with every body named once, the colon kept, and every dropped repeat said.
func TestUpdateLists(t *testing.T) {
	code, out, errs := run(t, "", "update", "../examples/thua-thien-hue.yaml", "--date", "2026-06-24", "-o", "-")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		"có Tổ phó gồm Phó Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Công Thương, Xây dựng, Ủy ban nhân dân thành phố Huế.",
		"Sở Khoa học và Công nghệ; Sở Tài chính; Sở Nội vụ; Sở Giáo dục và Đào tạo; Sở Y tế; Sở Công Thương; Sở Xây dựng; Sở Nông nghiệp và Môi trường; Sở Tư pháp;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the YAML lacks %q", want)
		}
	}
	for _, bad := range []string{"các Sở Khoa học và Công nghệ, Kế hoạch", "Sở Tài chính; Sở Tài chính", "Tài chính, Công Thương, Xây dựng, Tài chính", "Kế hoạch và Đầu tư"} {
		if strings.Contains(out, bad) {
			t.Errorf("the YAML still has %q", bad)
		}
	}
	if !strings.Contains(errs, `organization.working_group.text[1]: bỏ "Sở Tài chính" lặp lại trong cùng liệt kê`) {
		t.Errorf("the dropped repeat is not said:\n%s", errs)
	}
}

// TestUpdateChangeListReadable: the change list of a 2026 update reads for a clerk: dates as
// dd/mm/yyyy, a long clause shown by the passage that changed (not two whole paragraphs), a
// merged member named as the line that goes and the one it joins.
func TestUpdateChangeListReadable(t *testing.T) {
	for _, f := range []string{"kien-giang", "lang-son-2020", "thua-thien-hue", "vinh-long", "uy-ban-cds-2021"} {
		_, _, errs := run(t, "", "update", "../examples/"+f+".yaml", "--date", "2026-06-24", "-o", "-")
		for _, line := range strings.Split(errs, "\n") {
			if strings.HasPrefix(line, "  - ") && !strings.Contains(line, "KIỂM TRA") && utf8.RuneCountInString(line) > 300 && !strings.Contains(line, "…") {
				t.Errorf("%s: a change line of %d characters shows whole texts:\n%s", f, utf8.RuneCountInString(line), line)
			}
		}
		if !strings.Contains(errs, "  - date: ngày ban hành ") || !strings.Contains(errs, " thành 24/06/2026\n") {
			t.Errorf("%s: the date line:\n%s", f, errs)
		}
	}
	_, _, errs := run(t, "", "update", "../examples/kien-giang.yaml", "--date", "2026-06-24", "-o", "-")
	for _, want := range []string{
		`regulation.chapters[2].articles[1].clauses[3].text: "…việc tập trung tại Sở Thông tin và Truyền thông trong thời gian nhất định…" thành "…việc tập trung tại Sở Khoa học và Công nghệ trong thời gian nhất định…"`,
		"  - date: ngày ban hành 03/05/2019 thành 24/06/2026\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("kien-giang lacks %q:\n%s", want, errs)
		}
	}
	_, _, errs = run(t, "", "update", "../examples/lang-son-2020.yaml", "--date", "2026-06-24", "-o", "-")
	if want := `members[13]: gộp thành viên trùng vào members[12], nay cùng là Giám đốc Sở Nông nghiệp và Môi trường: bỏ dòng "Giám đốc Sở Tài nguyên và Môi trường"`; !strings.Contains(errs, want) {
		t.Errorf("lang-son-2020 lacks %q:\n%s", want, errs)
	}
}
