package render

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// The tests of this file hold the faults a reviewer found in signed-looking drafts (issue #11),
// each at the level of the text a reader sees: the paragraphs of the .docx, in order.

// docText returns the text of every paragraph of the rendered .docx, tables included, in order.
func docText(t *testing.T, d *decision.Decision) []string {
	t.Helper()
	p := parts(t, d)
	doc := parse(t, p["word/document.xml"])
	var ps []para
	paragraphs(*doc.child("body"), false, &ps)
	var out []string
	for _, p := range ps {
		out = append(out, p.text)
	}
	return out
}

func joined(t *testing.T, d *decision.Decision) string {
	return strings.Join(docText(t, d), "\n")
}

// index returns the index of the first paragraph starting with prefix, or -1.
func index(ps []string, prefix string) int {
	for i, p := range ps {
		if strings.HasPrefix(p, prefix) {
			return i
		}
	}
	return -1
}

// TestWorkingGroupNotDoubled: "giúp việc" is said once, whatever the group is called, in the
// decision and in the standard Quy chế (issue #11, item 1).
func TestWorkingGroupNotDoubled(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"", "Thành lập Tổ giúp việc Ban Chỉ đạo đặt tại Sở Khoa học và Công nghệ, do Giám đốc Sở Khoa học và Công nghệ làm Tổ trưởng"},
		{"Tổ giúp việc", "Thành lập Tổ giúp việc Ban Chỉ đạo đặt tại"},
		{"Tổ Giúp việc liên ngành", "Thành lập Tổ Giúp việc liên ngành Ban Chỉ đạo đặt tại"},
		{"Tổ công tác", "Thành lập Tổ công tác giúp việc Ban Chỉ đạo đặt tại"},
	} {
		d := load(t, "lang-son.yaml")
		d.Organization.WorkingGroup = &decision.WorkingGroup{Name: tc.name, LocatedAt: "Sở Khoa học và Công nghệ", Leader: "Giám đốc Sở Khoa học và Công nghệ"}
		d.Organization.Order = append(d.Organization.Order, "working_group")
		d.Regulation = &decision.Regulation{Standard: true}
		text := joined(t, d)
		if !strings.Contains(text, tc.want) {
			t.Errorf("%q: no %q in\n%s", tc.name, tc.want, text)
		}
		if strings.Contains(strings.ToLower(text), "giúp việc giúp việc") {
			t.Errorf("%q: doubled \"giúp việc\"", tc.name)
		}
	}
}

// TestInvitedMember: an invited member is invited in a sentence, keeping the title's capital
// (issue #11, item 2).
func TestInvitedMember(t *testing.T) {
	d := load(t, "lang-son.yaml")
	d.Members[20].Invited = true // Giám đốc Bưu điện tỉnh Lạng Sơn
	named := d.Members[2]
	named.Invited, named.Honorific, named.Name = true, "Ông", "Nguyễn Văn A"
	d.Members[2] = named
	text := joined(t, d)
	for _, want := range []string{"21. Mời Giám đốc Bưu điện tỉnh Lạng Sơn tham gia làm thành viên.",
		"3. Phó Trưởng ban: Mời Ông Nguyễn Văn A, Giám đốc Sở Thông tin và Truyền thông, tham gia làm thành viên."} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "Mời giám đốc") {
		t.Error("the title lost its capital")
	}
}

// TestOtherPostAboveName: the signer's other post stands below the signature space, directly
// above the name (spec §2.8, position 7b; seed 004; issue #11, item 3).
func TestOtherPostAboveName(t *testing.T) {
	l := layout(t, "kien-giang.yaml")
	var styles, texts []string
	for _, p := range l.paras {
		styles, texts = append(styles, p.style), append(texts, p.text)
	}
	name := index(texts, "Phạm Vũ Hồng")
	if name < 3 || texts[name-1] != "CHỦ TỊCH UBND TỈNH" || styles[name-2] != sSignatureSpace || texts[name-3] != "TRƯỞNG BAN" {
		t.Errorf("closing block reads %q", texts[max(0, name-3):name+1])
	}
}

// TestLoneEntryNotNumbered: an article, duty list or item list with one entry is not numbered
// (Lạng Sơn, Điều 3; issue #11, item 8).
func TestLoneEntryNotNumbered(t *testing.T) {
	ps := docText(t, load(t, "lang-son.yaml"))
	i := index(ps, "Điều 3.")
	if i < 0 || !strings.HasPrefix(ps[i+1], "Các thành viên Ban Chỉ đạo làm việc theo Quy chế") {
		t.Errorf("Điều 3 reads %q", ps[i:i+2])
	}
	d := load(t, "lang-son.yaml")
	d.Duties = d.Duties[:1]
	d.Function = ""
	d.Articles = []decision.Article{{Title: "Chế độ báo cáo", Clauses: []decision.Clause{{Text: "Định kỳ hằng quý báo cáo:", Points: []string{"Chủ tịch UBND tỉnh."}}}}}
	ps = docText(t, d)
	for _, p := range []string{"Điều 2. Nhiệm vụ của Ban Chỉ đạo", "Điều 4. Chế độ báo cáo"} {
		i := index(ps, p)
		if i < 0 {
			t.Fatalf("no %q", p)
		}
		for _, next := range ps[i+1 : i+3] {
			if next != "" && (next[0] >= '0' && next[0] <= '9' || strings.HasPrefix(next, "a)")) {
				t.Errorf("%s: lone entry numbered: %q", p, next)
			}
		}
	}
}

// TestStandardRegulationFollowsDecision: the standard Quy chế speaks only of what the decision
// set up, with the decision's role titles (issue #11, item 10).
func TestStandardRegulationFollowsDecision(t *testing.T) {
	// Lạng Sơn: no working group, no Thư ký, no standing agency; a Phó Trưởng ban thường trực.
	d := load(t, "lang-son.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	text := joined(t, d)
	for _, no := range []string{"Tổ giúp việc", "Tổ trưởng", "Thư ký", "là cơ quan thường trực", "Ủy viên thường trực"} {
		if strings.Contains(text, no) {
			t.Errorf("Lạng Sơn's Quy chế speaks of %q, which the decision did not set up", no)
		}
	}
	if !strings.Contains(text, ". Phó Trưởng ban thường trực và các Phó Trưởng ban\n") || !strings.Contains(text, "Phó Trưởng ban thường trực thay mặt Trưởng ban") {
		t.Error("Lạng Sơn's Quy chế does not name the Phó Trưởng ban thường trực as the decision does")
	}
	// Bình Thuận: a Thư ký.
	d = load(t, "binh-thuan.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	text = joined(t, d)
	if !strings.Contains(text, ". Thư ký\n") || !strings.Contains(text, "ghi biên bản các cuộc họp") {
		t.Error("Bình Thuận's Quy chế has no article on the Thư ký")
	}
	if !strings.Contains(text, "Sở Thông tin và Truyền thông là cơ quan thường trực") {
		t.Error("standing agency missing")
	}
	// Thừa Thiên Huế: a Tổ công tác with a Tổ trưởng.
	d = load(t, "thua-thien-hue.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	text = joined(t, d)
	for _, want := range []string{". Tổ công tác\n", "các thành viên Ban Chỉ đạo và Tổ công tác giúp việc Ban Chỉ đạo.", "yêu cầu của Tổ trưởng"} {
		if !strings.Contains(text, want) {
			t.Errorf("Huế's Quy chế lacks %q", want)
		}
	}
}

// TestQuyCheIssuedByAnArticle: when the decision carries its Quy chế, an article issues it,
// before the execution article (issue #11, item 9).
func TestQuyCheIssuedByAnArticle(t *testing.T) {
	d := load(t, "lang-son.yaml")
	d.Regulation = &decision.Regulation{Standard: true}
	ps := docText(t, d)
	i := index(ps, "Điều 4. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn.")
	j := index(ps, "Điều 5. ")
	if i < 0 || j < i || !strings.Contains(ps[j], "chịu trách nhiệm thi hành Quyết định này") {
		t.Errorf("no article issues the Quy chế before the execution article:\n%s", strings.Join(ps, "\n"))
	}
	if index(ps, "(Kèm theo Quyết định số 2041/QĐ-UBND") < 0 {
		t.Error("no Quy chế attached")
	}
	// An article the clerk wrote that issues it is not doubled.
	d.Articles = []decision.Article{{Text: "Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo."}}
	if n := strings.Count(joined(t, d), "Ban hành kèm theo Quyết định này"); n != 1 {
		t.Errorf("%d articles issue the Quy chế", n)
	}
}

// TestMarkdownKeepsBlanks: the blanks a clerk fills in survive a Markdown renderer (pandoc, as
// Markdown and as GitHub-flavoured Markdown, to HTML and to plain text; issue #11, item 11).
func TestMarkdownKeepsBlanks(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		if os.Getenv("QD_REQUIRE_LIBREOFFICE") != "" {
			t.Fatal("pandoc is not installed")
		}
		t.Skip("SKIPPED: pandoc is not installed")
	}
	md := Text(Document(load(t, "vinh-long.yaml"), Options{}), true)
	const blank = `[\s\x{00a0}]{5,}`
	number := regexp.MustCompile(`Số:` + blank + `/QĐ-UBND`)
	date := regexp.MustCompile(`ngày` + blank + `tháng 12 năm 2018`)
	for _, args := range [][]string{{"-f", "markdown", "-t", "plain"}, {"-f", "markdown", "-t", "html"}, {"-f", "gfm", "-t", "html"}, {"-f", "commonmark", "-t", "plain"}} {
		cmd := exec.Command("pandoc", args...)
		cmd.Stdin = bytes.NewReader(md)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pandoc %v: %v", args, err)
		}
		text := strings.ReplaceAll(string(out), "&nbsp;", "\u00a0")
		if !number.MatchString(text) || !date.MatchString(text) {
			t.Errorf("pandoc %v lost the blanks:\n%.400s", args, text)
		}
	}
}
