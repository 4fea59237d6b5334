package decision

import (
	"strings"
	"testing"
)

// TestSubmissionTitle: a real decision may name what its Tờ trình is about ("Xét đề nghị của
// Sở Y tế tại Tờ trình số 66/TTr-SYT ngày 17 tháng 5 năm 2013 về việc ban hành Quy chế hoạt
// động ...", Quyết định 1209/QĐ-UBND ngày 24/6/2013 của UBND tỉnh Hà Giang); the optional
// proposal.submission.title writes it after the date. Without it the line is as before.
func TestSubmissionTitle(t *testing.T) {
	d := loadExample(t, "kien-giang.yaml")
	before := d.Proposal.Text()
	src := strings.Replace(string(d.Source()), "    date: 2019-04-09\n", "    date: 2019-04-09\n    title: về việc ban hành Quy chế hoạt động của Ban Chỉ đạo\n", 1)
	if src == string(d.Source()) {
		t.Fatal("kien-giang.yaml's submission date line moved; update the test")
	}
	n, diags := Load("kien-giang.yaml", []byte(src))
	if HasErrors(diags) {
		t.Fatalf("proposal.submission.title refused: %v", diags)
	}
	want := before + " về việc ban hành Quy chế hoạt động của Ban Chỉ đạo"
	if got := n.Proposal.Text(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, dg := range Validate(n) {
		if dg.Severity == Error {
			t.Errorf("[%s] %s: %s", dg.Rule, dg.Field, dg.Message(EN))
		}
	}
}
