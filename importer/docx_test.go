package importer

import (
	"archive/zip"
	"bytes"
	"testing"
)

func zipOf(t *testing.T, parts map[string]string) *zip.Reader {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range parts {
		w, _ := zw.Create(name)
		w.Write([]byte(data))
	}
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// TestDocxReader: automatic numbers written out (Điều %1., %1., a), restarted by a new
// list), field results kept and instructions dropped, line breaks and tabs kept, tracked
// insertions kept and deletions dropped, table cells read in order and located.
func TestDocxReader(t *testing.T) {
	numbering := `<w:numbering ` + w + `>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`
	styles := `<w:styles ` + w + `><w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Điều"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`
	num := func(id, lvl string) string {
		return `<w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr></w:pPr>`
	}
	doc := `<w:document ` + w + `><w:body>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>TỈNH A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>CỘNG HÒA</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t xml:space="preserve">Kiện toàn Ban </w:t></w:r><w:del w:id="1"><w:r><w:delText>Công nghệ</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>Chuyển đổi số</w:t></w:r></w:ins></w:p>
<w:p>` + num("2", "0") + `<w:r><w:t>Trưởng ban:</w:t><w:tab/><w:t>Chủ tịch</w:t></w:r></w:p>
<w:p>` + num("2", "1") + `<w:r><w:t>điểm một</w:t></w:r></w:p>
<w:p>` + num("2", "1") + `<w:r><w:t>điểm hai</w:t></w:r></w:p>
<w:p>` + num("2", "0") + `<w:r><w:t>Phó Trưởng ban</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> hôm nay</w:t></w:r></w:fldSimple></w:p>
<w:p>` + num("3", "0") + `<w:r><w:t>lại từ một</w:t></w:r></w:p>
<w:p><w:del w:id="3"><w:r><w:delText>đoạn đã xoá</w:delText></w:r></w:del></w:p>
</w:body></w:document>`
	paras, err := readDocx(zipOf(t, map[string]string{"word/document.xml": doc, "word/numbering.xml": numbering, "word/styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text  string
		para  int
		table int
	}{
		{"ỦY BAN NHÂN DÂN\nTỈNH A", 1, 1},
		{"CỘNG HÒA", 2, 1},
		{"Điều 1. Kiện toàn Ban Chuyển đổi số", 3, 0},
		{"1. Trưởng ban:\tChủ tịch", 4, 0},
		{"a) điểm một", 5, 0},
		{"b) điểm hai", 6, 0},
		{"2. Phó Trưởng ban", 7, 0},
		{"Điều 2. Trang 7 hôm nay", 8, 0},
		{"1. lại từ một", 9, 0},
		{"", 10, 0},
	}
	if len(paras) != len(want) {
		t.Fatalf("%d paragraphs, want %d: %+v", len(paras), len(want), paras)
	}
	for i, w := range want {
		if p := paras[i]; p.Text != w.text || p.Pos.Para != w.para || p.Table != w.table {
			t.Errorf("paragraph %d = %q (para %d, table %d), want %q (para %d, table %d)", i, p.Text, p.Pos.Para, p.Table, w.text, w.para, w.table)
		}
	}
}

// TestReadTextJoinsWrappedLines: wrapped lines of a PDF's text come back as paragraphs;
// page numbers and page breaks inside a paragraph do not cut it.
func TestReadTextJoinsWrappedLines(t *testing.T) {
	in := "    Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh A (sau đây gọi tắt là\n" +
		"Ban Chỉ đạo) gồm các thành viên sau:\n" +
		"    1. Trưởng ban: Chủ tịch Ủy ban nhân dân tỉnh.\n" +
		"    2. Giám đốc Sở Thông tin và Truyền thông, thay thế Quyết định số 908/QĐ-\n" +
		"                                   2\n" +
		"\f\n" +
		"UBND ngày 03 tháng 5 năm 2017.\n" +
		"Nơi nhận:                                CHỦ TỊCH\n" +
		"- Như Điều 3;\n"
	paras, err := readLines([]byte(in), true)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh A (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên sau:",
		"1. Trưởng ban: Chủ tịch Ủy ban nhân dân tỉnh.",
		"2. Giám đốc Sở Thông tin và Truyền thông, thay thế Quyết định số 908/QĐ-UBND ngày 03 tháng 5 năm 2017.",
		"Nơi nhận:", "CHỦ TỊCH", "- Như Điều 3;",
	}
	var got []string
	for _, p := range paras {
		got = append(got, p.Text)
	}
	if len(got) != len(want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got[i], want[i])
		}
	}
	if paras[1].Pos != (Pos{Page: 1, Line: 3}) {
		t.Errorf("paragraph 2 at %+v, want page 1 line 3", paras[1].Pos)
	}
}
