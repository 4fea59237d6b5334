package decision

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/vanthu-vn/qd/textnorm"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// A field that takes a code (kind, role, level, basis) also takes the customary Vietnamese
// label a clerk types instead ("role: Phó Trưởng ban thường trực", "kind: kiện toàn"), in any
// case, NFC or NFD, "Ủy" or "Uỷ". The loader decodes the label to its code, so a file written
// with labels renders exactly as one written with codes; an unknown value is kept as written
// and the field rule names the codes.

// codeLabel is one code and the labels that stand for it.
type codeLabel struct {
	code   string
	labels []string
}

// codeLabels lists, for each coded type, its codes in documentation order with their labels.
// The labels are the words of the source texts and of Nghị định 30's models.
var codeLabels = map[reflect.Type][]codeLabel{
	reflect.TypeOf(Kind("")): {
		{string(KindThanhLap), []string{"thành lập"}},
		{string(KindKienToan), []string{"kiện toàn"}},
		{string(KindKienToanDoiTen), []string{"kiện toàn và đổi tên", "kiện toàn, đổi tên"}},
		{string(KindQuyChe), []string{"ban hành Quy chế hoạt động", "ban hành Quy chế", "Quy chế hoạt động"}},
		{string(KindThayDoi), []string{"thay đổi thành viên", "thay đổi, bổ sung thành viên", "bổ sung, thay đổi thành viên", "kiện toàn thành viên"}},
	},
	reflect.TypeOf(Role("")): {
		{string(RoleTruongBan), []string{"Trưởng ban", "Chủ tịch"}},
		{string(RolePhoThuongTruc), []string{"Phó Trưởng ban thường trực", "Phó Chủ tịch thường trực"}},
		{string(RolePhoTruongBan), []string{"Phó Trưởng ban", "Phó Chủ tịch"}},
		{string(RoleUyVienThuongTruc), []string{"Ủy viên thường trực", "Thành viên thường trực"}},
		{string(RoleUyVien), []string{"Ủy viên", "Thành viên"}},
		{string(RoleThuKy), []string{"Thư ký"}},
	},
	reflect.TypeOf(Level("")): {
		{string(LevelProvince), []string{"tỉnh", "cấp tỉnh", "Ủy ban nhân dân tỉnh", "UBND tỉnh"}},
		{string(LevelCity), []string{"thành phố", "cấp thành phố", "Ủy ban nhân dân thành phố", "UBND thành phố"}},
		{string(LevelDistrict), []string{"huyện", "cấp huyện", "quận", "thị xã", "Ủy ban nhân dân huyện", "UBND huyện"}},
		{string(LevelCommune), []string{"xã", "cấp xã", "phường", "đặc khu", "Ủy ban nhân dân xã", "UBND xã", "Ủy ban nhân dân phường", "UBND phường"}},
		{string(LevelMinistry), []string{"bộ", "cấp bộ", "cơ quan ngang bộ"}},
		{string(LevelCommittee), []string{"Ban Chỉ đạo"}},
		{string(LevelGovernment), []string{"Chính phủ", "Thủ tướng Chính phủ", "Thủ tướng"}},
		{string(LevelPartyProvince), []string{"Tỉnh ủy", "Thành ủy", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy"}},
		{string(LevelPartyCommune), []string{"Đảng ủy xã", "Đảng ủy phường", "Đảng ủy đặc khu", "Ban Thường vụ Đảng ủy xã", "Ban Thường vụ Đảng ủy phường"}},
	},
	reflect.TypeOf(MembersStyle("")): {
		{string(MembersList), []string{"danh sách"}},
		{string(MembersGrouped), []string{"nhóm", "theo nhóm"}},
	},
	reflect.TypeOf(DutiesStyle("")): {
		{string(DutiesNumbered), []string{"đánh số"}},
		{string(DutiesParagraphs), []string{"đoạn", "đoạn văn", "không đánh số"}},
		{string(DutiesSemicolons), []string{"chấm phẩy", "một đoạn"}},
	},
	reflect.TypeOf(Titles("")): {
		{string(TitlesBan), []string{"Trưởng ban"}},
		{string(TitlesUyBan), []string{"Ủy ban", "Chủ tịch"}},
		{string(TitlesBanThanhVien), []string{"Trưởng ban, thành viên"}},
		{string(TitlesUyBanThanhVien), []string{"Ủy ban, thành viên", "Chủ tịch, thành viên"}},
	},
	reflect.TypeOf(ChangeAction("")): {
		{string(ChangeReplace), []string{"thay", "thay thế"}},
		{string(ChangeAdd), []string{"bổ sung", "thêm"}},
		{string(ChangeRemove), []string{"thôi", "thôi tham gia", "rút"}},
		{string(ChangeRole), []string{"đổi vai trò", "thay đổi vai trò"}},
	},
	reflect.TypeOf(BasisMode("")): {
		{string(BasisKienToan), []string{"kiện toàn", "trên cơ sở kiện toàn"}},
		{string(BasisHopNhat), []string{"hợp nhất", "trên cơ sở hợp nhất"}},
	},
}

// labelIndex maps the comparison key of every code and label of type t to its code; it is
// built on first use of that type, not when qd starts (a key costs several Unicode
// normalisations: a file that writes one kind as a label need not key every level and role).
func labelIndex(t reflect.Type) map[string]string {
	if m, ok := labelIndexes.Load(t); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	for _, cl := range codeLabels[t] {
		m[textnorm.Key(cl.code)] = cl.code
		for _, l := range cl.labels {
			k := textnorm.Key(l)
			if c, dup := m[k]; dup && c != cl.code {
				panic(fmt.Sprintf("decision: label %q stands for both %s and %s", l, c, cl.code))
			}
			m[k] = cl.code
		}
	}
	v, _ := labelIndexes.LoadOrStore(t, m)
	return v.(map[string]string)
}

var labelIndexes sync.Map // reflect.Type → map[string]string

// decodeCode returns the code a value written in YAML stands for, and whether it is known.
func decodeCode(t reflect.Type, s string) (string, bool) {
	// A value written as the code itself, as most are, needs no comparison key (its key is
	// the code: TestCodesDecodeToThemselves).
	for _, cl := range codeLabels[t] {
		if s == cl.code {
			return s, true
		}
	}
	c, ok := labelIndex(t)[textnorm.Key(s)]
	return c, ok
}

// decodeCoded reads a coded scalar: its code when it is a code or a label, otherwise the
// value as written (in NFC), for the field rule to refuse.
func decodeCoded(n *yaml.Node, t reflect.Type) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", errFallThrough
	}
	if c, ok := decodeCode(t, n.Value); ok {
		return c, nil
	}
	return strings.TrimRight(n.Value, "\n"), nil
}

func (k *Kind) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*k))
	*k = Kind(s)
	return err
}

func (r *Role) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*r))
	*r = Role(s)
	return err
}

func (l *Level) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*l))
	*l = Level(s)
	return err
}

func (b *BasisMode) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*b))
	*b = BasisMode(s)
	return err
}

func (m *MembersStyle) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*m))
	*m = MembersStyle(s)
	return err
}

func (d *DutiesStyle) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*d))
	*d = DutiesStyle(s)
	return err
}

func (t *Titles) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*t))
	*t = Titles(s)
	return err
}

func (a *ChangeAction) unmarshalNode(n *yaml.Node) error {
	s, err := decodeCoded(n, reflect.TypeOf(*a))
	*a = ChangeAction(s)
	return err
}

// Labels returns the Vietnamese labels accepted for a code of a coded type (nil for others).
func Labels(t reflect.Type, code string) []string {
	for _, cl := range codeLabels[t] {
		if cl.code == code {
			return cl.labels
		}
	}
	return nil
}

// LabelReference returns the README's table of the codes and the Vietnamese labels that
// stand for them.
func LabelReference() string {
	var b strings.Builder
	b.WriteString("| khoá (key) | mã (code) | tên tiếng Việt cũng được nhận (không phân biệt hoa thường, dựng sẵn hay tổ hợp, Ủy/Uỷ) |\n|---|---|---|\n")
	keys := map[reflect.Type]string{
		reflect.TypeOf(Kind("")):         "`kind`",
		reflect.TypeOf(Role("")):         "`members[].role`, `members[].also`, `member_duties[].role`, `organization.seals[].roles`",
		reflect.TypeOf(Level("")):        "`issuer.level`",
		reflect.TypeOf(BasisMode("")):    "`committee.basis`",
		reflect.TypeOf(MembersStyle("")): "`members_style`",
		reflect.TypeOf(DutiesStyle("")):  "`duties_style`",
		reflect.TypeOf(Titles("")):       "`committee.titles`",
		reflect.TypeOf(ChangeAction("")): "`changes[].action`",
	}
	var types []reflect.Type
	for t := range codeLabels {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool { return keys[types[i]] < keys[types[j]] })
	for _, t := range types {
		for _, cl := range codeLabels[t] {
			fmt.Fprintf(&b, "| %s | `%s` | %s |\n", keys[t], cl.code, strings.Join(cl.labels, "; "))
		}
	}
	return strings.ReplaceAll(b.String(), `\s*,\s+`, `\s*,\s*`)
}

// labelSchema is the JSON Schema of a coded field: one of the codes or customary labels as
// written (for editors' completion), or any spelling the loader takes (a pattern ignoring
// case, composed or decomposed letters, Ủy/Uỷ and extra spaces).
func labelSchema(t reflect.Type) map[string]any {
	var enum []any
	var alts []string
	for _, cl := range codeLabels[t] {
		enum = append(enum, cl.code)
		alts = append(alts, spellingPattern(cl.code))
		for _, l := range cl.labels {
			enum = append(enum, l)
			alts = append(alts, spellingPattern(l))
			if strings.Contains(l, "Ủy") {
				alts = append(alts, spellingPattern(strings.ReplaceAll(l, "Ủy", "Uỷ")))
			}
		}
	}
	return map[string]any{"type": "string", "anyOf": []any{
		map[string]any{"enum": enum},
		map[string]any{"pattern": `^\s*(` + strings.Join(alts, "|") + `)\s*$`},
	}}
}

// spellingPattern is a regular expression matching s in any case, NFC or NFD, with any run of
// spaces between words.
func spellingPattern(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if unicode.IsSpace(r) {
			b.WriteString(`\s+`)
			continue
		}
		if r == ',' {
			b.WriteString(`\s*,`)
			continue
		}
		seen := map[string]bool{}
		var forms []string
		for _, f := range []string{string(unicode.ToLower(r)), string(unicode.ToUpper(r))} {
			for _, g := range []string{f, norm.NFD.String(f)} {
				if !seen[g] {
					seen[g] = true
					forms = append(forms, regexp.QuoteMeta(g))
				}
			}
		}
		var single, multi []string
		for _, f := range forms {
			if len([]rune(f)) == 1 {
				single = append(single, f)
			} else {
				multi = append(multi, f)
			}
		}
		class := strings.Join(single, "")
		if len(single) > 1 {
			class = "[" + class + "]"
		}
		if len(multi) == 0 {
			b.WriteString(class)
			continue
		}
		b.WriteString("(?:" + strings.Join(append([]string{class}, multi...), "|") + ")")
	}
	return strings.ReplaceAll(b.String(), `\s*,\s+`, `\s*,\s*`)
}
