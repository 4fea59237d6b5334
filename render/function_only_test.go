package render

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// TestFunctionOnlyArticle: a decision that gives the Ban's functions in one sentence and no
// list of duties (the Ban Thường vụ Tỉnh ủy Bình Dương's decision of 02/2025: "Chức năng,
// nhiệm vụ, quyền hạn, chế độ làm việc, quan hệ công tác của Ban Chỉ đạo ... thực hiện theo
// quy định của Ban Thường vụ Tỉnh ủy", binhduong.gov.vn tin 756) writes that sentence under
// the article's title. qd wrote a lone, unnumbered "Chức năng" subheading above it.
func TestFunctionOnlyArticle(t *testing.T) {
	d, _, err := decision.LoadFile(filepath.Join("..", "examples", "bo-y-te-cds.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	d.Duties = nil
	got := text(d)
	i := strings.Index(got, "Điều 2. Chức năng, nhiệm vụ của Ban Chỉ đạo\n")
	if i < 0 {
		t.Fatalf("no Điều 2 title in:\n%s", got)
	}
	next := strings.SplitN(got[i:], "\n", 3)[1]
	if !strings.HasPrefix(next, "Ban Chỉ đạo có chức năng") {
		t.Errorf("the line after the title is %q, want the function sentence itself", next)
	}
}
