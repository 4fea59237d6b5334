package decision

import (
	"bytes"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// Placeholder marks text a clerk must replace: [[...]]. The placeholder rule reports it.
func isPlaceholder(s string) bool { return strings.Contains(s, "[[") && strings.Contains(s, "]]") }

// SkeletonOptions are the facts `qd init` knows before the clerk writes anything.
type SkeletonOptions struct {
	Kind  Kind
	Place string // the province, city or district, e.g. "Kiên Giang"; "" leaves a placeholder
	Level Level
	Date  Date
}

// Skeleton returns a new draft decision of the given kind with every part present and
// placeholders [[...]] where the clerk must write.
func Skeleton(o SkeletonOptions) *Decision {
	if o.Kind == "" {
		o.Kind = KindThanhLap
	}
	if o.Level == "" {
		o.Level = LevelProvince
	}
	unit := map[Level]string{LevelProvince: "tỉnh", LevelCity: "thành phố", LevelDistrict: "huyện"}[o.Level]
	if unit == "" {
		unit = "tỉnh"
	}
	place := o.Place
	if place == "" {
		place = "[[Tên " + unit + "]]"
	}
	up := strings.ToUpper(unit + " " + place)
	name := "Ban Chỉ đạo [[lĩnh vực]] " + unit + " " + place
	d := &Decision{
		Kind: o.Kind, Symbol: "QĐ-UBND", Date: o.Date, Place: place,
		Issuer: Issuer{Name: Lines{"ỦY BAN NHÂN DÂN", up}, Level: o.Level,
			Authority: Lines{"CHỦ TỊCH ỦY BAN NHÂN DÂN " + up}, Short: "Chủ tịch Ủy ban nhân dân " + unit + " " + place},
		Signer:    Signer{Authority: Lines{"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, Name: "[[Họ và tên người ký]]"},
		Committee: Committee{Name: name},
		Bases:     []Basis{{Ref: "luat-tccqdp"}, {Type: "Quyết định", Number: "[[số]]/QĐ-TTg", Issuer: "Thủ tướng Chính phủ", Title: "[[trích yếu văn bản]]"}},
		Proposal:  &Proposal{Of: "Giám đốc Sở [[...]]", Submission: &Submission{Number: "01/TTr-[[SKHCN]]", Date: o.Date}},
		Members: []Member{
			{Role: RoleTruongBan, Position: "Chủ tịch", Organization: "UBND " + unit},
			{Role: RolePhoThuongTruc, Position: "Phó Chủ tịch", Organization: "UBND " + unit, Portfolio: "phụ trách lĩnh vực [[...]]"},
			{Role: RolePhoTruongBan, Position: "Giám đốc", Organization: "Sở [[cơ quan thường trực]]"},
			{Role: RoleUyVien, Heading: "Các ủy viên:", Position: "Giám đốc", Organization: "Sở [[...]]"},
			{Role: RoleThuKy, Position: "[[Trưởng phòng ...]]", Organization: "Sở [[...]]"},
		},
		Function: "Ban Chỉ đạo có chức năng [[...]].",
		Duties:   []Duty{{Text: "[[Nhiệm vụ thứ nhất]]."}, {Text: "Thực hiện các nhiệm vụ khác theo yêu cầu của Chủ tịch UBND " + unit + "."}},
		Organization: &Organization{
			PartTime:         "Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm.",
			StandingAgencies: []StandingAgency{{Agency: "Sở [[cơ quan thường trực]]"}},
			RegulationBy:     "Trưởng ban ban hành Quy chế hoạt động của Ban Chỉ đạo.",
			Seals:            []Seal{{Roles: []Role{RoleTruongBan, RolePhoThuongTruc}, Seal: "UBND " + unit}, {Others: true}},
			Funding:          []string{"Kinh phí hoạt động của Ban Chỉ đạo được bố trí từ [[nguồn kinh phí]]."},
		},
		Execution:  Execution{Addressees: []string{"Chánh Văn phòng UBND " + unit, "Thủ trưởng các sở, ban, ngành [[...]]", "các thành viên Ban Chỉ đạo"}},
		Recipients: []string{"Như Điều 4", "[[Nơi nhận]]", "Lưu: VT, [[đơn vị soạn thảo]]"},
	}
	if !o.Date.Complete() {
		d.Proposal.Submission = nil
	}
	switch o.Kind {
	case KindThanhLap:
		d.Committee.Basis = BasisNone
	case KindKienToanDoiTen:
		d.Committee.OldName = "Ban Chỉ đạo [[tên cũ]] " + unit + " " + place
		fallthrough
	case KindKienToan:
		d.Effect.Replaces = []DocRef{{Number: "[[số]]/QĐ-UBND", Date: Date{2020, 1, 1}, Issuer: "Chủ tịch UBND " + unit, Title: "về việc [[...]]"}}
	case KindQuyChe:
		d.Symbol = "QĐ-BCĐ"
		d.Issuer = Issuer{Parent: "UBND " + up, Name: Lines{"BAN CHỈ ĐẠO [[...]]", up}, Level: LevelCommittee,
			Authority: Lines{"TRƯỞNG BAN CHỈ ĐẠO [[...]]", up}, Short: "Trưởng ban " + name}
		d.Signer = Signer{Authority: Lines{"TRƯỞNG BAN"}, OtherPost: "CHỦ TỊCH UBND " + up, Name: "[[Họ và tên]]"}
		d.Members, d.Function, d.Duties, d.Organization = nil, "", nil, nil
		d.Committee.Establishment = &DocRef{Number: "[[số]]/QĐ-UBND", Date: Date{2020, 1, 1}, Issuer: "Chủ tịch UBND " + unit, Title: "về việc thành lập " + name}
		d.Articles = []Article{{Text: "Sở [[...]] có trách nhiệm tổ chức triển khai và kiểm tra việc thực hiện Quy chế này."}}
		d.Recipients[0] = "Như Điều 3"
		d.Regulation = &Regulation{Standard: true}
	}
	return d
}

// EncodeDocumented writes d as YAML with every key of the model present, each preceded by
// its Vietnamese description; keys with no value are written empty (~, []).
func EncodeDocumented(d *Decision, header string) ([]byte, error) {
	n := documented(reflect.ValueOf(*d), true)
	if header != "" {
		n.HeadComment = header
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{n}}); err != nil {
		return nil, err
	}
	enc.Close()
	return b.Bytes(), nil
}

var null = func() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "~"} }

// documented builds the node of a value; comments says whether keys get descriptions.
func documented(v reflect.Value, comments bool) *yaml.Node {
	switch v.Interface().(type) {
	case Date, Lines, Duty, Clause:
		if v.IsZero() {
			return null()
		}
		var n yaml.Node
		_ = n.Encode(v.Interface())
		return &n
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return null()
		}
		return documented(v.Elem(), comments)
	case reflect.Struct:
		m := &yaml.Node{Kind: yaml.MappingNode}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			key := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if key == "" || key == "-" {
				continue
			}
			k := &yaml.Node{Kind: yaml.ScalarNode, Value: key}
			if comments {
				k.HeadComment = f.Tag.Get("doc") + itemKeys(f.Type)
			}
			m.Content = append(m.Content, k, documented(v.Field(i), comments))
		}
		return m
	case reflect.Slice:
		s := &yaml.Node{Kind: yaml.SequenceNode}
		if v.Len() == 0 {
			s.Style = yaml.FlowStyle
		}
		for i := 0; i < v.Len(); i++ {
			s.Content = append(s.Content, documented(v.Index(i), comments && i == 0))
		}
		return s
	case reflect.String:
		if v.String() == "" {
			return null()
		}
	}
	var n yaml.Node
	_ = n.Encode(v.Interface())
	return &n
}

// itemKeys names the keys of the items of a list of mappings, for an empty list's comment.
func itemKeys(t reflect.Type) string {
	if t.Kind() != reflect.Slice || t.Elem().Kind() != reflect.Struct {
		return ""
	}
	var keys []string
	for i := 0; i < t.Elem().NumField(); i++ {
		if k := strings.Split(t.Elem().Field(i).Tag.Get("yaml"), ",")[0]; k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return " (mỗi mục: " + strings.Join(keys, ", ") + ")"
}
