package render

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/internal/tooltest"
)

// TestLibreOfficeDraftAndAnnex: the draft mark and the member annex survive LibreOffice: the
// mark is the first text of page 1 and of the Phụ lục, which starts a page of its own with
// its table in order. A table running over a page repeats its heading row on the next page
// (vinh-long's 26 members fill a page and a half).
func TestLibreOfficeDraftAndAnnex(t *testing.T) {
	tooltest.Require(t, "soffice", "pdftotext")
	dir := t.TempDir()
	d := load(t, "binh-thuan.yaml")
	d.Draft, d.MembersAnnex = 2, true
	path := filepath.Join(dir, "bt.docx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Document(d, Options{}).Write(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	long := load(t, "vinh-long.yaml")
	long.MembersAnnex = true
	longPath := filepath.Join(dir, "vl.docx")
	var b bytes.Buffer
	if err := Document(long, Options{}).Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(longPath, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	tooltest.Soffice(t, dir, "pdf", path, longPath)
	checkTableHeadingRepeats(t, filepath.Join(dir, "vl.pdf"), "Chủ tịch UBND huyện Trà Ôn")
	pages, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", filepath.Join(dir, "bt.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	byPage := strings.Split(string(pages), "\f")
	first := strings.TrimSpace(byPage[0])
	if !strings.HasPrefix(first, "DỰ THẢO LẦN 2") {
		t.Errorf("page 1 does not start with the mark:\n%.300s", first)
	}
	var annex string
	for _, p := range byPage[1:] {
		if strings.Contains(p, "DANH SÁCH") {
			annex = p
		}
	}
	if !strings.HasPrefix(strings.TrimSpace(annex), "DỰ THẢO LẦN 2") {
		t.Errorf("the Phụ lục page does not start with the mark:\n%.300s", annex)
	}
	text := squeeze(annex)
	pos := 0
	for _, p := range []string{"Phụ lục", "DANH SÁCH", "THÀNH VIÊN BAN CHỈ ĐẠO", "Kèm theo Quyết định số 2236/QĐ-UBND", "STT", "Họ và tên", "Chức vụ / Cơ quan",
		"Ông Lê Tuấn Phong", "Chủ tịch UBND tỉnh", "Trưởng ban", "4-22", "Ủy viên", "(19 thành viên)", "Ông Nguyễn Hoàng", "Thư ký"} {
		i := strings.Index(text[pos:], squeeze(p))
		if i < 0 {
			t.Errorf("Phụ lục: %q not found after position %d", p, pos)
			continue
		}
		pos += i + len(squeeze(p))
	}
	if strings.Contains(squeeze(byPage[0]), squeeze("Ông Lê Tuấn Phong")) {
		t.Error("the members are still listed in Điều 1")
	}
}

// checkTableHeadingRepeats: every page of the Phụ lục holding member rows, up to the one with
// the last member, starts its table with the heading row "STT | Họ và tên | ...".
func checkTableHeadingRepeats(t *testing.T, pdf, last string) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "\f")
	start := -1
	for i, p := range pages {
		if strings.Contains(p, "DANH SÁCH") {
			start = i
			break
		}
	}
	if start < 0 {
		t.Fatal("no Phụ lục page")
	}
	n := 0
	for i := start; i < len(pages); i++ {
		n++
		if !strings.Contains(pages[i], "STT") || !strings.Contains(pages[i], "Họ và tên") {
			t.Errorf("Phụ lục page %d has member rows without the heading row:\n%.400s", i+1, pages[i])
		}
		if strings.Contains(pages[i], last) {
			break
		}
	}
	if n < 2 {
		t.Errorf("the member table fits one page (%d): the test shows nothing", n)
	}
}
