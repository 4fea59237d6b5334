package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/internal/tooltest"
	"github.com/vanthu-vn/qd/internal/zipstamp"
	"github.com/vanthu-vn/qd/internal/ziptest"
)

var (
	bold  = Style{Font: "Times New Roman", Size: 13, Bold: true, HAlign: "center", VAlign: "center", Wrap: true, Border: true}
	plain = Style{Font: "Times New Roman", Size: 13, VAlign: "top", Wrap: true, Border: true}
)

func texts(style Style, ss ...string) []Cell {
	var out []Cell
	for _, s := range ss {
		out = append(out, Cell{Text: s, Style: style})
	}
	return out
}

// memberSheet is a member list as `qd members` writes it, with text that tests the escapes.
var memberSheet = Sheet{
	Name: "Thành viên",
	Rows: [][]Cell{
		{{Text: "Danh sách thành viên Ban Chỉ đạo chuyển đổi số tỉnh", Style: Style{Font: "Times New Roman", Size: 14, Bold: true}}},
		nil,
		texts(bold, "STT", "Ông/Bà", "Họ và tên", "Chức vụ", "Cơ quan/Đơn vị"),
		texts(plain, "1", "Ông", "Lê Tuấn Phong", "Chủ tịch", "Ủy ban nhân dân tỉnh"),
		texts(plain, "4-22", "", "", "Giám đốc, Phó Giám đốc", "các sở, ban, ngành"),
		texts(plain, "23", "Bà", "  Trần Thị  Hai ", "Trưởng phòng\nKế hoạch", "Sở Tài chính & <Kế hoạch> \"Đầu tư\""),
		texts(Style{}, "_x0041_ giữ nguyên", "tab\tvà\x01điều khiển", "dấu 'nháy' ‘cong’", "", "=1+1"),
	},
	ColWidths:   []float64{7, 9, 24, 30, 34},
	PrintTitles: [2]int{3, 3},
	Landscape:   true,
	FitWidth:    true,
}

// wantRows is what reading memberSheet back gives.
var wantRows = []Row{
	{1, []string{"Danh sách thành viên Ban Chỉ đạo chuyển đổi số tỉnh"}},
	{3, []string{"STT", "Ông/Bà", "Họ và tên", "Chức vụ", "Cơ quan/Đơn vị"}},
	{4, []string{"1", "Ông", "Lê Tuấn Phong", "Chủ tịch", "Ủy ban nhân dân tỉnh"}},
	{5, []string{"4-22", "", "", "Giám đốc, Phó Giám đốc", "các sở, ban, ngành"}},
	{6, []string{"23", "Bà", "  Trần Thị  Hai ", "Trưởng phòng\nKế hoạch", "Sở Tài chính & <Kế hoạch> \"Đầu tư\""}},
	{7, []string{"_x0041_ giữ nguyên", "tab\tvà\x01điều khiển", "dấu 'nháy' ‘cong’", "", "=1+1"}},
}

func write(t testing.TB, sheets ...Sheet) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, sheets...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWriteReadBack: every cell's text comes back as written (Vietnamese, spaces at the ends
// and doubled, line breaks, markup characters, control characters, a literal _x0041_, text
// that looks like a formula), at its row and column; the first sheet is the one read.
func TestWriteReadBack(t *testing.T) {
	other := Sheet{Name: "Khác", Rows: [][]Cell{texts(Style{}, "không đọc")}}
	got, err := Read(write(t, memberSheet, other))
	if err != nil {
		t.Fatal(err)
	}
	if got.Sheet != "Thành viên" || !reflect.DeepEqual(got.Rows, wantRows) {
		t.Errorf("sheet %v rows\n got %v\nwant %v", got.Sheet, got.Rows, wantRows)
	}
}

// TestWriteDeterministic: the same sheets give the same bytes, whatever the time.
func TestWriteDeterministic(t *testing.T) {
	a, b := write(t, memberSheet), write(t, memberSheet)
	if !bytes.Equal(a, b) {
		t.Error("two writes of the same sheet differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !f.Modified.Equal(zipstamp.Time) {
			t.Errorf("%s modified %v", f.Name, f.Modified)
		}
	}
}

// TestWriteParts: the styles, widths, print titles and page set-up are in the parts Excel
// reads them from; cells share one string table and one format per distinct style.
func TestWriteParts(t *testing.T) {
	parts := unzip(t, write(t, memberSheet))
	for part, wants := range map[string][]string{
		"[Content_Types].xml": {`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`},
		"xl/workbook.xml": {`<sheet name="Thành viên" sheetId="1" r:id="rId1"/>`,
			`<definedName name="_xlnm.Print_Titles" localSheetId="0">&#39;Thành viên&#39;!$3:$3</definedName>`},
		"xl/worksheets/sheet1.xml": {`<dimension ref="A1:E7"/>`, `<col min="1" max="1" width="7" customWidth="1"/>`,
			`<c r="A1" s="1" t="s"><v>0</v></c>`, `<c r="B5" s="3"/>`, `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
			`<sheetFormatPr defaultRowHeight="15"/>`, `<row r="6" ht="35" customHeight="1">`,
			`<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>`},
		"xl/styles.xml": {`<font><b/><sz val="14"/><name val="Times New Roman"/></font>`,
			`<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`,
			`<cellXfs count="4">`},
		"xl/sharedStrings.xml": {`<si><t xml:space="preserve">  Trần Thị  Hai </t></si>`, `<si><t>_x005F_x0041_ giữ nguyên</t></si>`,
			`<si><t>tab&#x9;và_x0001_điều khiển</t></si>`, `<si><t>Trưởng phòng&#xA;Kế hoạch</t></si>`},
	} {
		for _, w := range wants {
			if !strings.Contains(parts[part], w) {
				t.Errorf("%s lacks %s:\n%s", part, w, parts[part])
			}
		}
	}
	if n := strings.Count(parts["xl/sharedStrings.xml"], "<si>"); n != 23 {
		t.Errorf("%d shared strings, want 23 distinct texts", n)
	}
}

func unzip(t testing.TB, data []byte) map[string]string { return ziptest.Parts(t, data) }

// TestWriteErrors: what Excel would refuse to open (or "repair") is an error, and nothing
// reaches the writer.
func TestWriteErrors(t *testing.T) {
	long := strings.Repeat("ư", MaxText+1)
	for _, tc := range []struct {
		name   string
		sheets []Sheet
	}{
		{"no sheet", nil},
		{"no name", []Sheet{{}}},
		{"a name of 32 characters", []Sheet{{Name: strings.Repeat("a", 32)}}},
		{"a name with a slash", []Sheet{{Name: "Thành viên 1/2"}}},
		{"a name in quotes", []Sheet{{Name: "'Danh sách'"}}},
		{"a name with a control character", []Sheet{{Name: "a\x01b"}}},
		{"two sheets of one name", []Sheet{{Name: "Danh sách"}, {Name: "DANH SÁCH"}}},
		{"text over 32,767 characters", []Sheet{{Name: "a", Rows: [][]Cell{{{Text: long}}}}}},
		{"an unknown alignment", []Sheet{{Name: "a", Rows: [][]Cell{{{Text: "x", Style: Style{HAlign: "middle"}}}}}}},
		{"a font of 500 points", []Sheet{{Name: "a", Rows: [][]Cell{{{Text: "x", Style: Style{Size: 500}}}}}}},
		{"print titles upside down", []Sheet{{Name: "a", PrintTitles: [2]int{3, 2}}}},
		{"wider than XFD", []Sheet{{Name: "a", Rows: [][]Cell{make([]Cell, MaxCol+1)}}}},
	} {
		if tc.name == "wider than XFD" {
			tc.sheets[0].Rows[0][MaxCol].Text = "x"
		}
		var b bytes.Buffer
		if err := Write(&b, tc.sheets...); err == nil || !strings.HasPrefix(err.Error(), "xlsx: ") {
			t.Errorf("%s: err = %v", tc.name, err)
		}
		if b.Len() > 0 {
			t.Errorf("%s: %d bytes written", tc.name, b.Len())
		}
	}
	if err := Write(io.Discard, Sheet{Name: strings.Repeat("ư", 31)}, Sheet{Name: "Tên có 'nháy' giữa"}); err != nil {
		t.Errorf("31 characters, a quote inside: %v", err)
	}
}

// repoRoot is the directory holding go.mod.
func repoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = filepath.Dir(dir)
	}
}

// TestWriteSchema: every part conforms to the ECMA-376 transitional schemas (SpreadsheetML,
// OPC) in ../shared/ooxml/schemas, checked with xmllint.
func TestWriteSchema(t *testing.T) {
	schemas := filepath.Join(repoRoot(t), "..", "shared", "ooxml", "schemas")
	if _, err := os.Stat(filepath.Join(schemas, "sml.xsd")); err != nil {
		if os.Getenv("QD_REQUIRE_LIBREOFFICE") != "" {
			t.Fatal("../shared/ooxml/schemas/sml.xsd not found beside the repository")
		}
		t.Skip("SKIPPED: ../shared/ooxml/schemas not found beside the repository")
	}
	tooltest.Require(t, "xmllint")
	dir := t.TempDir()
	xsd := map[string]string{
		"[Content_Types].xml":        "opc-contentTypes.xsd",
		"_rels/.rels":                "opc-relationships.xsd",
		"xl/_rels/workbook.xml.rels": "opc-relationships.xsd",
		"xl/workbook.xml":            "sml.xsd",
		"xl/styles.xml":              "sml.xsd",
		"xl/sharedStrings.xml":       "sml.xsd",
		"xl/worksheets/sheet1.xml":   "sml.xsd",
		"xl/worksheets/sheet2.xml":   "sml.xsd",
	}
	parts := unzip(t, write(t, memberSheet, Sheet{Name: "Trống"}))
	if len(parts) != len(xsd) {
		t.Errorf("%d parts, want %d", len(parts), len(xsd))
	}
	for name, data := range parts {
		schema, ok := xsd[name]
		if !ok {
			t.Errorf("unexpected part %s", name)
			continue
		}
		// Write puts xml:space="preserve" on a <t> whose spaces matter, as Excel itself does,
		// though the ECMA-376 schema gives <t> (an ST_Xstring) no attributes.
		data = strings.ReplaceAll(data, `<t xml:space="preserve">`, `<t>`)
		f := filepath.Join(dir, strings.NewReplacer("/", "_", "[", "", "]", "").Replace(name))
		if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("xmllint", "--noout", "--nonet", "--schema", filepath.Join(schemas, schema), f).CombinedOutput(); err != nil {
			t.Errorf("%s does not conform to %s: %v\n%s", name, schema, err, out)
		}
	}
}

// TestLibreOffice: LibreOffice opens what Write writes (saved back as CSV, its cells are the
// ones written, in their rows and columns), and what LibreOffice writes from a CSV reads as
// that CSV's cells.
func TestLibreOffice(t *testing.T) {
	tooltest.RequireCalc(t)
	dir := t.TempDir()

	in := filepath.Join(dir, "danh-sach.xlsx")
	if err := os.WriteFile(in, write(t, memberSheet), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	tooltest.SofficeArgs(t, dir, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, in)
	data, err := os.ReadFile(filepath.Join(out, "danh-sach.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csvRecords(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wantRows {
		got := recs[w.Num-1]
		for len(got) > len(w.Cells) && got[len(got)-1] == "" {
			got = got[:len(got)-1]
		}
		if !reflect.DeepEqual(got, w.Cells) {
			t.Errorf("LibreOffice reads row %d as\n%q\nwant\n%q", w.Num, got, w.Cells)
		}
	}

	// From a CSV, through LibreOffice's own .xlsx writer.
	src := "STT,Họ và tên,Chức vụ,Ghi chú\r\n1,Ông Lê Tuấn Phong,\"Chủ tịch, UBND tỉnh\",\r\n2,,Phó Chủ tịch,0.5\r\n,,,\r\n3,\"Bà Nguyễn\nThị Hoa\",Ủy viên,TRUE\r\n"
	csvFile := filepath.Join(dir, "lo.csv")
	if err := os.WriteFile(csvFile, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	tooltest.SofficeArgs(t, dir, "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", out, csvFile)
	data, err = os.ReadFile(filepath.Join(out, "lo.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{
		{1, []string{"STT", "Họ và tên", "Chức vụ", "Ghi chú"}},
		{2, []string{"1", "Ông Lê Tuấn Phong", "Chủ tịch, UBND tỉnh"}},
		{3, []string{"2", "", "Phó Chủ tịch", "0.5"}},
		{5, []string{"3", "Bà Nguyễn\nThị Hoa", "Ủy viên", "TRUE"}},
	}
	if !reflect.DeepEqual(got.Rows, want) {
		t.Errorf("LibreOffice's .xlsx reads as\n%v\nwant\n%v", got.Rows, want)
	}
}

func csvRecords(data []byte) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	return r.ReadAll()
}

// TestRowHeight: a row with wrapped text is as tall as its longest cell's lines, in that
// cell's font; a row that fits on one line in the default font keeps the default height.
func TestRowHeight(t *testing.T) {
	st := &styles{font: "Times New Roman", size: 13}
	wrap := Style{Wrap: true}
	for _, tc := range []struct {
		name   string
		cells  []Cell
		widths []float64
		want   float64
	}{
		{"one short line", []Cell{{Text: "Chủ tịch", Style: wrap}}, []float64{24}, 17.5},
		{"no wrap, long text", []Cell{{Text: strings.Repeat("Sở Nông nghiệp ", 10)}}, []float64{10}, 17.5},
		{"two lines by width", []Cell{{Text: "Trưởng phòng Bưu chính Viễn thông và Công nghệ thông tin", Style: wrap}}, []float64{30}, 35},
		{"a line feed", []Cell{{Text: "Trưởng phòng\nKế hoạch", Style: wrap}}, []float64{30}, 35},
		{"the tallest cell", []Cell{{Text: "a", Style: wrap}, {Text: "một hai ba bốn năm sáu bảy", Style: wrap}}, []float64{10, 5}, 7 * 17.5},
		{"a word longer than the column", []Cell{{Text: strings.Repeat("x", 25), Style: wrap}}, []float64{9}, 52.5},
		{"a larger font", []Cell{{Text: "Danh sách", Style: Style{Size: 14, Bold: true}}}, nil, 18.75},
		{"the default width", []Cell{{Text: "Lê Tuấn Phong", Style: wrap}}, nil, 35},
	} {
		if got := rowHeight(tc.cells, tc.widths, st); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
