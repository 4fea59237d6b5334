package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"github.com/vanthu-vn/qd/internal/xlsx"
	"github.com/vanthu-vn/qd/textnorm"
	"gopkg.in/yaml.v3"
)

// A member list is a table with one member a row under a row of headers.
type sheetRow struct {
	cells []string
	line  int // 1-based row (line of a .csv)
}

// columns are the customary headers of a member list, folded, for each member field.
var columns = []struct {
	field   string
	headers []string
}{
	{"stt", []string{"stt", "tt", "số tt", "số thứ tự"}},
	{"name", []string{"họ và tên", "họ tên", "ho va ten", "tên"}},
	{"honorific", []string{"ông/bà", "ông bà", "danh xưng", "giới tính"}},
	{"position", []string{"chức vụ", "chức danh", "chức vụ hiện tại"}},
	{"organization", []string{"cơ quan/đơn vị", "cơ quan / đơn vị", "cơ quan, đơn vị", "cơ quan", "đơn vị", "đơn vị công tác", "nơi công tác"}},
	{"role", []string{"chức danh trong ban", "chức danh trong ban chỉ đạo", "vai trò", "vai trò trong ban", "chức vụ trong ban", "nhiệm vụ trong ban", "vị trí trong ban"}},
	{"portfolio", []string{"lĩnh vực phụ trách", "phụ trách"}},
}

func readCSV(data []byte) ([]sheetRow, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	data = fromUTF16BOM(data) // Excel's "Unicode text" (tab-separated)
	sep := ','
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		sep = ';' // Excel in a Vietnamese locale saves CSV with semicolons
	}
	if t := bytes.Count(first, []byte("\t")); t > 0 && t > bytes.Count(first, []byte(string(sep))) {
		sep = '\t'
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var out []sheetRow
	for {
		rec, err := r.Read()
		if err != nil {
			if err == io.EOF {
				return out, nil
			}
			return nil, fail("tệp CSV hỏng", "CSV", err)
		}
		line, _ := r.FieldPos(0)
		for i, c := range rec {
			// the apostrophe that keeps a spreadsheet from running a text as a formula
			// (render.CSVText, and Excel's own way of typing such a text)
			if len(c) > 1 && c[0] == '\'' && strings.ContainsRune("=+-@", rune(c[1])) {
				rec[i] = c[1:]
			}
		}
		out = append(out, sheetRow{cells: rec, line: line})
	}
}

func readXLSX(data []byte) ([]sheetRow, error) {
	t, err := xlsx.Read(data)
	if err != nil {
		return nil, xlsxError(err)
	}
	var out []sheetRow
	for _, r := range t.Rows {
		out = append(out, sheetRow{cells: r.Cells, line: r.Num})
	}
	return out, nil
}

// xlsxError says in both languages why a workbook cannot be read, and where.
func xlsxError(err error) error {
	var e *xlsx.Error
	if !errors.As(err, &e) {
		return fail("không đọc được bảng tính .xlsx", "cannot read the .xlsx workbook", err)
	}
	var vi, en string
	switch e.Kind {
	case xlsx.NotZip:
		vi, en = "không phải bảng tính .xlsx (tệp nén zip hỏng hoặc không phải zip)", "not an .xlsx workbook (a damaged zip, or not a zip)"
	case xlsx.OldFormat:
		vi, en = "tệp .xls cũ (Excel 97-2003) hoặc .xlsx có mật khẩu; mở bằng Excel hoặc LibreOffice, bỏ mật khẩu và lưu thành .xlsx rồi chạy lại",
			"an old .xls file (Excel 97-2003) or a password-protected .xlsx; open it in Excel or LibreOffice, remove the password, save it as .xlsx and run again"
	case xlsx.NotWorkbook:
		vi, en = "không phải bảng tính .xlsx (không có phần bảng tính xl/workbook.xml; có thể là tệp Word đặt tên .xlsx)",
			"not an .xlsx workbook (no workbook part; perhaps a Word file named .xlsx)"
	case xlsx.MissingPart:
		vi, en = "bảng tính thiếu phần "+e.Part, "the workbook lacks its part "+e.Part
	case xlsx.BadXML:
		at, atEN := "", ""
		if e.Line > 0 {
			at, atEN = fmt.Sprintf(" ở dòng %d", e.Line), fmt.Sprintf(" at line %d", e.Line)
		}
		vi, en = "phần "+e.Part+" hỏng"+at+" (không phải XML hợp lệ)", "the part "+e.Part+" is damaged"+atEN+" (not well-formed XML)"
	case xlsx.TooLarge:
		vi, en = "bảng tính quá lớn cho một danh sách thành viên", "the workbook is too large for a member list"
	case xlsx.BadCell:
		vi, en = "địa chỉ hoặc giá trị ô không hợp lệ", "invalid cell reference or value"
	case xlsx.NoSheet:
		vi, en = "bảng tính không có trang tính nào", "the workbook has no sheet"
	default:
		vi, en = "không đọc được bảng tính .xlsx", "cannot read the .xlsx workbook"
	}
	if e.Cell != "" {
		vi, en = "ô "+e.Cell+": "+vi, "cell "+e.Cell+": "+en
	}
	if e.Part != "" && e.Line > 0 && e.Kind != xlsx.BadXML {
		vi += fmt.Sprintf(" (phần %s, dòng %d)", e.Part, e.Line)
		en += fmt.Sprintf(" (part %s, line %d)", e.Part, e.Line)
	}
	return fail(vi, en, e.Err)
}

// importMembers reads a member list into the members: section.
// excelErrorRE is an error value Excel shows in a cell whose formula fails (#REF! after a
// deleted row or sheet, #N/A from a failed lookup...), in .xlsx and in the CSV it saves.
var excelErrorRE = lazyre.New(`^#(?:REF!|N/A|VALUE!|DIV/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)$`)

// maxMembers bounds the members a list may bring in: the largest committee in the source
// texts and examples has a few dozen members (the Ủy ban Quốc gia về chuyển đổi số, 1619/QĐ-TTg,
// about 30), and a list of thousands is the wrong table; reading 100 000 rows took 700 MB and
// made a YAML file over decision.MaxFileSize, which qd then refuses to read.
const maxMembers = 1000

func importMembers(name string, data []byte, read func([]byte) ([]sheetRow, error)) (*Result, error) {
	rows, err := read(data)
	if err != nil {
		return nil, err
	}
	// The header row is the first with a name or position column.
	hdr := -1
	col := map[string]int{}
	for i, r := range rows {
		found := map[string]int{}
		for j, c := range r.cells {
			f := strings.Trim(fold(c), " :*")
			for _, k := range columns {
				for _, h := range k.headers {
					if f == h {
						if _, ok := found[k.field]; !ok {
							found[k.field] = j
						}
					}
				}
			}
		}
		_, okName := found["name"]
		_, okPos := found["position"]
		if okName || okPos {
			hdr, col = i, found
			break
		}
	}
	if hdr < 0 {
		return nil, fail("không thấy dòng tiêu đề có cột Họ và tên hoặc Chức vụ", "no header row with Họ và tên or Chức vụ", nil)
	}
	var res Result
	var members []decision.Member
	cell := func(r sheetRow, field string) string {
		j, ok := col[field]
		if !ok || j >= len(r.cells) {
			return ""
		}
		v := clean(r.cells[j])
		if excelErrorRE.MatchString(v) {
			// the value Excel shows for a broken formula, not text of the member
			res.Notes = append(res.Notes, Note{Pos: Pos{Line: r.line}, Field: fmt.Sprintf("members[%d].%s", len(members), field), Msg: decision.Msg{
				VI: "ô có giá trị lỗi của Excel " + strconv.Quote(v) + " (công thức hỏng); qd bỏ qua ô này",
				EN: "the cell holds Excel's error value " + strconv.Quote(v) + " (a broken formula); qd leaves it out"}})
			return ""
		}
		return v
	}
	for _, r := range rows[hdr+1:] {
		pos := Pos{Line: r.line}
		name, position, org := cell(r, "name"), cell(r, "position"), cell(r, "organization")
		if name == "" && position == "" && org == "" {
			continue
		}
		if len(members) == maxMembers {
			return nil, fail(fmt.Sprintf("danh sách có hơn %d thành viên (dòng %d): quá dài cho một quyết định; kiểm tra lại tệp (có thể chọn nhầm bảng tính)", maxMembers, r.line),
				fmt.Sprintf("the list has more than %d members (row %d): too long for one decision; check the file (perhaps the wrong workbook)", maxMembers, r.line), nil)
		}
		field := fmt.Sprintf("members[%d]", len(members))
		m := decision.Member{Organization: org, Portfolio: cell(r, "portfolio")}
		if h := honorificRE.FindStringSubmatch(name); h != nil {
			m.Honorific, name = textnorm.UpperFirst(h[1]), h[2]
		} else if hon := cell(r, "honorific"); hon != "" {
			switch fold(hon) {
			case "ông", "nam":
				m.Honorific = "Ông"
			case "bà", "nữ":
				m.Honorific = "Bà"
			case "đồng chí":
				m.Honorific = "Đồng chí"
			}
		}
		m.Name = name
		if position == "" {
			position = "[[chức vụ]]"
			res.Notes = append(res.Notes, Note{Pos: pos, Field: field + ".position", Msg: decision.Msg{VI: "thiếu chức vụ", EN: "no position"}})
		}
		if org == "" && startsWithPosition(position) {
			m.Position, m.Organization = splitPost(position)
		} else {
			m.Position = position
		}
		label := cell(r, "role")
		switch role, also, ok := parseRoleLabel(label); {
		case ok:
			// A list's label names the role; the decision words it the customary way.
			m.Role, m.Also = role, also
		case label == "":
			m.Role = decision.RoleUyVien
			res.Notes = append(res.Notes, Note{Pos: pos, Field: field + ".role", Msg: decision.Msg{VI: "không ghi chức danh trong Ban; tạm ghi uy_vien", EN: "no role in the committee; uy_vien for now"}})
		default:
			m.Role, m.RoleLabel = decision.RoleUyVien, label
			res.Notes = append(res.Notes, Note{Pos: pos, Field: field + ".role", Msg: decision.Msg{VI: "không nhận ra chức danh " + strconv.Quote(label) + "; tạm ghi uy_vien và giữ cách ghi", EN: "role " + strconv.Quote(label) + " not recognised; uy_vien for now, label kept"}})
		}
		members = append(members, m)
	}
	if len(members) == 0 {
		return nil, fail("danh sách có dòng tiêu đề nhưng không có thành viên nào", "the list has a header row but no member", nil)
	}
	out := struct {
		Members []decision.Member `yaml:"members"`
	}{members}
	var n yaml.Node
	if err := n.Encode(out); err != nil {
		return nil, err
	}
	for _, m := range n.Content[1].Content {
		m.Style = yaml.FlowStyle
	}
	n.HeadComment = "Thành viên nhập bằng qd import từ " + name + "; chép phần members: này vào tệp quyết định."
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	enc.Close()
	res.YAML = b.Bytes()
	return &res, nil
}
