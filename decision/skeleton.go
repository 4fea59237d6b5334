package decision

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/registry"
	"gopkg.in/yaml.v3"
)

// Placeholder marks text a clerk must replace: [[...]]. The placeholder rule reports it.
func isPlaceholder(s string) bool { return strings.Contains(s, "[[") && strings.Contains(s, "]]") }

// SkeletonOptions are the facts `qd init` knows before the clerk writes anything.
type SkeletonOptions struct {
	Kind  Kind
	Place string // the province, city, district or ministry, e.g. "Kiên Giang", "Y tế"; "" leaves a placeholder
	Level Level
	Date  Date
}

// SkeletonKinds and SkeletonLevels are the kinds and issuer levels the model allows (the
// `oneof` of its validate tags): `qd init` offers every one of them.
func SkeletonKinds() []Kind {
	var out []Kind
	for _, k := range allowed(reflect.TypeOf(Decision{}), "Kind") {
		out = append(out, Kind(k))
	}
	return out
}

// SkeletonLevels: see SkeletonKinds.
func SkeletonLevels() []Level {
	var out []Level
	for _, l := range allowed(reflect.TypeOf(Issuer{}), "Level") {
		out = append(out, Level(l))
	}
	return out
}

// allowed returns the values of the oneof in the validate tag of a field.
func allowed(t reflect.Type, field string) []string {
	f, _ := t.FieldByName(field)
	for _, part := range strings.Split(f.Tag.Get("validate"), ",") {
		if v, ok := strings.CutPrefix(part, "oneof="); ok {
			return splitOneOf(v)
		}
	}
	return nil
}

// frame is how an issuer of one level is named and staffed, for the skeleton. What qd
// cannot know for certain is a [[...]] placeholder.
type frame struct {
	parent    string // the body above the issuer, for a committee
	name      Lines  // ô 2
	authority string // the authority line
	short     string // the issuer in running text
	symbol    string
	place     string
	body      string // the issuing body in member lines and seals, e.g. "UBND tỉnh"
	signer    Lines
	otherPost string
	head      Member   // the Trưởng ban
	deputy    Member   // the Phó Trưởng ban thường trực
	unit      string   // the kind of unit members come from: "Sở", "Phòng", "Vụ"
	bases     []Basis  // first bases (the law or decree giving the issuer its powers)
	proposal  string   // who proposes
	execution []string // who executes, before "các thành viên Ban Chỉ đạo"
	cite      *Basis   // the higher text the committee follows (default: a Quyết định of the Thủ tướng)
	keep      string   // the last Nơi nhận line (default: Lưu: VT, ...)
	regBy     string   // who issues the Quy chế (default: the Trưởng ban)
}

// levelFrame returns the frame of a level; a level qd knows nothing particular about is all
// placeholders, so that a level added to the model works at once.
func levelFrame(l Level, place string, asOf Date) frame {
	bodyFor := func(unit string) frame {
		p := place
		if p == "" {
			p = "[[Tên " + unit + "]]"
		}
		up := strings.ToUpper(unit + " " + p)
		body := "UBND " + unit
		sub := "Sở"
		if l == LevelDistrict {
			sub = "Phòng"
		}
		return frame{
			name: Lines{"ỦY BAN NHÂN DÂN", up}, authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN " + up,
			short: "Chủ tịch Ủy ban nhân dân " + unit + " " + p, symbol: "QĐ-UBND", place: p, body: body,
			signer: Lines{"[[KT. CHỦ TỊCH]]", "[[PHÓ CHỦ TỊCH]]"},
			head:   Member{Role: RoleTruongBan, Position: "[[Chủ tịch]]", Organization: body},
			deputy: Member{Role: RolePhoThuongTruc, Position: "Phó Chủ tịch", Organization: body, Portfolio: "phụ trách lĩnh vực [[...]]"},
			unit:   sub, bases: []Basis{localGovernmentLaw(asOf)},
			proposal:  "[[Giám đốc Sở ...]]",
			execution: []string{"Chánh Văn phòng " + body, "Thủ trưởng các " + strings.ToLower(sub) + ", ban, ngành [[...]]"},
		}
	}
	switch l {
	case LevelProvince:
		return bodyFor("tỉnh")
	case LevelCity:
		return bodyFor("thành phố")
	case LevelDistrict:
		f := bodyFor("huyện")
		f.proposal = "[[Trưởng phòng ...]]"
		return f
	case LevelCommune:
		// The UBND of a xã, phường or đặc khu (two-level local government from 01/7/2025,
		// Luật 72/2025/QH15): its specialised bodies are phòng and the Văn phòng Hội đồng
		// nhân dân và Ủy ban nhân dân (Nghị định 150/2025/NĐ-CP); no sở.
		f := bodyFor("xã")
		f.unit = "Phòng"
		f.proposal = "[[Trưởng phòng ...]]"
		f.execution = []string{"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Trưởng các phòng, đơn vị [[...]]"}
		return f
	case LevelMinistry:
		p := place
		if p == "" {
			p = "[[Tên Bộ]]"
		}
		bo := "Bộ " + p
		return frame{
			name: Lines{strings.ToUpper(bo)}, authority: "BỘ TRƯỞNG " + strings.ToUpper(bo), short: "Bộ trưởng " + bo,
			symbol: "QĐ-[[ký hiệu của Bộ]]", place: "Hà Nội", body: bo,
			signer: Lines{"[[KT. BỘ TRƯỞNG]]", "[[THỨ TRƯỞNG]]"},
			head:   Member{Role: RoleTruongBan, Position: "[[Bộ trưởng]]", Organization: bo},
			deputy: Member{Role: RolePhoThuongTruc, Position: "Thứ trưởng", Organization: bo, Portfolio: "phụ trách lĩnh vực [[...]]"},
			unit:   "Vụ",
			bases: []Basis{{Type: "Nghị định", Number: "[[số]]/NĐ-CP", Date: placeholderDate, Issuer: "Chính phủ",
				Title: "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của " + bo}},
			proposal:  "[[Vụ trưởng Vụ Tổ chức cán bộ]]",
			execution: []string{"Chánh Văn phòng Bộ", "Thủ trưởng các cơ quan, đơn vị thuộc Bộ [[...]]"},
		}
	case LevelGovernment:
		// As the Government writes its decisions (Quyết định 1619/QĐ-TTg): THỦ TƯỚNG CHÍNH PHỦ
		// in ô 2 and as the authority, QĐ-TTg, Hà Nội; a Phó Thủ tướng signs KT. THỦ TƯỚNG.
		return frame{
			name: Lines{"THỦ TƯỚNG CHÍNH PHỦ"}, authority: "THỦ TƯỚNG CHÍNH PHỦ", short: "Thủ tướng Chính phủ",
			symbol: "QĐ-TTg", place: "Hà Nội", body: "Chính phủ",
			signer:   Lines{"[[KT. THỦ TƯỚNG]]", "[[PHÓ THỦ TƯỚNG]]"},
			head:     Member{Role: RoleTruongBan, Position: "Thủ tướng Chính phủ"},
			deputy:   Member{Role: RolePhoThuongTruc, Position: "Phó Thủ tướng Chính phủ", Portfolio: "phụ trách lĩnh vực [[...]]"},
			unit:     "Bộ",
			bases:    []Basis{{Type: "Luật", Title: "Tổ chức Chính phủ", Date: placeholderDate}},
			proposal: "Bộ trưởng Bộ [[...]]",
			execution: []string{"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ",
				"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương [[...]]"},
		}
	case LevelPartyProvince:
		// A Tỉnh ủy's decision in the party's format (Hướng dẫn 36-HD/VPTW; docs/party-layout.md):
		// TỈNH ỦY over "*", QĐ/TU, BAN THƯỜNG VỤ TỈNH ỦY decides, the Bí thư signs T/M BAN
		// THƯỜNG VỤ, bases from the Điều lệ Đảng, Lưu Văn phòng Tỉnh ủy; the Bí thư is Trưởng
		// ban and the Chủ tịch UBND a Phó Trưởng ban (../shared/spec/law-2025-2026.md).
		p := place
		if p == "" {
			p = "[[Tên tỉnh]]"
		}
		return frame{
			name: Lines{"TỈNH ỦY " + strings.ToUpper(p)}, authority: "BAN THƯỜNG VỤ TỈNH ỦY", short: "Ban Thường vụ Tỉnh ủy " + p,
			symbol: "QĐ/TU", place: p, body: "Tỉnh ủy",
			signer: Lines{"T/M BAN THƯỜNG VỤ", "[[BÍ THƯ]]"},
			head:   Member{Role: RoleTruongBan, Honorific: "Đồng chí", Name: "[[Họ và tên Bí thư]]", Position: "Bí thư Tỉnh ủy"},
			deputy: Member{Role: RolePhoThuongTruc, Honorific: "Đồng chí", Name: "[[Họ và tên Chủ tịch]]", Position: "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh"},
			unit:   "Sở",
			bases: []Basis{{Type: "Điều lệ", Title: "Đảng Cộng sản Việt Nam"},
				{Type: "Quy chế làm việc", Title: "của Ban Chấp hành Đảng bộ tỉnh khóa [[...]], nhiệm kỳ [[...]]"}},
			cite:      &Basis{Type: "Nghị quyết", Number: "[[số]]-NQ/TW", Date: placeholderDate, Issuer: "Bộ Chính trị", Title: "[[trích yếu văn bản]]"},
			proposal:  "[[Ban Tổ chức Tỉnh ủy]]",
			execution: []string{"Văn phòng Tỉnh ủy", "các ban, đảng đoàn, ban cán sự đảng, cơ quan, đơn vị [[...]]"},
			keep:      "Lưu Văn phòng Tỉnh ủy",
			regBy:     "Ban Chỉ đạo ban hành Quy chế hoạt động.",
		}
	case LevelPartyCommune:
		// A commune Đảng ủy's decision in the party's format (Hướng dẫn 36-HD/VPTW): ĐẢNG BỘ
		// TỈNH ... over ĐẢNG ỦY XÃ ... and "*", QĐ/ĐU, BAN THƯỜNG VỤ ĐẢNG ỦY XÃ decides, the Bí
		// thư signs T/M BAN THƯỜNG VỤ, Lưu Văn phòng Đảng ủy; the Bí thư is Trưởng ban and the
		// Chủ tịch UBND xã a Phó Trưởng ban (Ban Chỉ đạo of xã Minh Đức, tỉnh Đồng Nai,
		// minhduc.dongnai.gov.vn, 15/01/2026).
		p := place
		if p == "" {
			p = "[[Tên xã]]"
		}
		return frame{
			parent: "ĐẢNG BỘ TỈNH [[TÊN TỈNH]]",
			name:   Lines{"ĐẢNG ỦY XÃ " + strings.ToUpper(p)}, authority: "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ", short: "Ban Thường vụ Đảng ủy xã " + p,
			symbol: "QĐ/ĐU", place: p, body: "Đảng ủy xã",
			signer: Lines{"T/M BAN THƯỜNG VỤ", "[[BÍ THƯ]]"},
			head:   Member{Role: RoleTruongBan, Honorific: "Đồng chí", Name: "[[Họ và tên Bí thư]]", Position: "Bí thư Đảng ủy xã"},
			deputy: Member{Role: RolePhoThuongTruc, Honorific: "Đồng chí", Name: "[[Họ và tên Chủ tịch]]", Position: "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã"},
			unit:   "Phòng",
			bases: []Basis{{Type: "Điều lệ", Title: "Đảng Cộng sản Việt Nam"},
				{Type: "Quy chế làm việc", Title: "của Ban Chấp hành Đảng bộ xã khóa [[...]], nhiệm kỳ [[...]]"}},
			cite:      &Basis{Type: "Nghị quyết", Number: "[[số]]-NQ/TW", Date: placeholderDate, Issuer: "Bộ Chính trị", Title: "[[trích yếu văn bản]]"},
			proposal:  "[[Ban Xây dựng Đảng]]",
			execution: []string{"Văn phòng Đảng ủy", "các chi bộ, đảng bộ trực thuộc, cơ quan, đơn vị [[...]]"},
			keep:      "Lưu Văn phòng Đảng ủy",
			regBy:     "Ban Chỉ đạo ban hành Quy chế hoạt động.",
		}
	case LevelCommittee:
		f := levelFrame(LevelProvince, place, asOf)
		p := f.place
		up := strings.ToUpper("tỉnh " + p)
		return frame{
			parent: "[[UBND " + up + "]]", name: Lines{"BAN CHỈ ĐẠO [[...]]", up},
			authority: "TRƯỞNG BAN CHỈ ĐẠO [[...]] " + up, symbol: "QĐ-BCĐ", place: p,
			body: f.body, signer: Lines{"TRƯỞNG BAN"}, otherPost: "[[CHỦ TỊCH UBND " + up + "]]",
			head: f.head, deputy: f.deputy, unit: f.unit, bases: f.bases, proposal: f.proposal, execution: f.execution,
		}
	}
	p := place
	if p == "" {
		p = "[[Địa danh]]"
	}
	return frame{
		name: Lines{"[[TÊN CƠ QUAN BAN HÀNH]]"}, authority: "[[THẨM QUYỀN BAN HÀNH]]", short: "[[Người ban hành]]",
		symbol: "QĐ-[[...]]", place: p, body: "[[cơ quan ban hành]]", signer: Lines{"[[CHỨC VỤ NGƯỜI KÝ]]"},
		head:   Member{Role: RoleTruongBan, Position: "[[Chức vụ]]", Organization: "[[cơ quan ban hành]]"},
		deputy: Member{Role: RolePhoThuongTruc, Position: "[[Chức vụ]]", Organization: "[[cơ quan ban hành]]"},
		unit:   "[[Cơ quan]]", bases: []Basis{{Type: "[[Loại văn bản]]", Title: "[[văn bản quy định thẩm quyền]]"}},
		proposal: "[[...]]", execution: []string{"[[Chánh Văn phòng ...]]"},
	}
}

// placeholderDate is a date the clerk must write.
var placeholderDate = Date{Day: PlaceholderDay}

// localGovernmentLaw is the Luật Tổ chức chính quyền địa phương in force on the date, from
// the registry (the 2015 law before 2025, then its successors).
func localGovernmentLaw(asOf Date) Basis {
	reg := registry.Default()
	doc := reg.ByKey("luat-tccqdp-2015")
	if doc == nil {
		return Basis{Type: "Luật", Title: "Tổ chức chính quyền địa phương", Date: placeholderDate}
	}
	cur, certain := reg.Current(doc, registry.Date(asOf))
	if !certain {
		// A successor is issued but its entry into force is not confirmed: the clerk checks
		// which law applies and writes its date.
		return Basis{Type: "Luật", Title: "Tổ chức chính quyền địa phương", Date: placeholderDate}
	}
	return Basis{Ref: cur.Key}
}

// Skeleton returns a new draft decision of the given kind and level with every part
// present: what qd knows for certain written out, and a [[...]] placeholder wherever the
// clerk must write or confirm (the dates of the decisions it cites, who signs).
func Skeleton(o SkeletonOptions) *Decision {
	if o.Kind == "" {
		o.Kind = KindThanhLap
	}
	asOf := o.Date
	if !asOf.Known() {
		asOf = Today()
	}
	unitKind := ""
	if o.Level == "" || o.Level == LevelProvince || o.Level == LevelCity {
		o.Place, unitKind = provinceNamed(o.Place, asOf.firstDay())
	}
	if o.Level == "" {
		o.Level = LevelProvince
		if unitKind == "thành phố" {
			o.Level = LevelCity
		}
		if o.Kind == KindQuyChe {
			o.Level = LevelCommittee
		}
	}
	f := levelFrame(o.Level, o.Place, asOf.firstDay())
	if full, ok := namedAfterPeople[o.Place]; ok && (o.Level == LevelProvince || o.Level == LevelCity) {
		f.place = full
	}
	suffix := ""
	if u := unitWord(o.Level); u != "" {
		suffix = " " + u + " " + f.place
	}
	if o.Level == LevelMinistry {
		suffix = " của " + f.body
	}
	name := "Ban Chỉ đạo [[lĩnh vực]]" + suffix
	if o.Level == LevelCommittee {
		f.short = "Trưởng ban " + name
	}
	standing := f.unit + " [[cơ quan thường trực]]"
	cite := Basis{Type: "Quyết định", Number: "[[số]]/QĐ-TTg", Date: placeholderDate, Issuer: "Thủ tướng Chính phủ", Title: "[[trích yếu văn bản]]"}
	if f.cite != nil {
		cite = *f.cite
	}
	if f.keep == "" {
		f.keep = "Lưu: VT, [[đơn vị soạn thảo]]"
	}
	submission := "[[số]]/TTr-[[...]]"
	if o.Level.Party() {
		submission = "[[số]]-TTr/[[...]]" // the party's form, Hướng dẫn 36-HD/VPTW điểm 1.3
	}
	if f.regBy == "" {
		f.regBy = "Trưởng ban ban hành Quy chế hoạt động của Ban Chỉ đạo."
	}
	d := &Decision{
		Kind: o.Kind, Symbol: f.symbol, Date: o.Date, Place: f.place,
		Issuer:    Issuer{Parent: f.parent, Name: f.name, Level: o.Level, Authority: Lines{f.authority}, Short: f.short},
		Signer:    Signer{Authority: f.signer, OtherPost: f.otherPost, Name: "[[Họ và tên người ký]]"},
		Committee: Committee{Name: name},
		Bases:     append(append([]Basis(nil), f.bases...), cite),
		Proposal:  &Proposal{Of: f.proposal, Submission: &Submission{Number: submission, Date: placeholderDate}},
		Members: []Member{
			f.head,
			f.deputy,
			{Role: RolePhoTruongBan, Position: "[[Thủ trưởng]]", Organization: standing},
			{Role: RoleUyVien, Heading: "Các ủy viên:", Position: "[[Thủ trưởng]]", Organization: f.unit + " [[...]]"},
			{Role: RoleThuKy, Position: "[[Chức vụ]]", Organization: standing},
		},
		Function: "Ban Chỉ đạo có chức năng [[...]].",
		Duties:   []Duty{{Text: "[[Nhiệm vụ thứ nhất]]."}, {Text: "Thực hiện các nhiệm vụ khác theo yêu cầu của " + f.short + "."}},
		Organization: &Organization{
			PartTime:         "Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm.",
			StandingAgencies: []StandingAgency{{Agency: standing}},
			RegulationBy:     f.regBy,
			Seals:            []Seal{{Roles: []Role{RoleTruongBan, RolePhoThuongTruc}, Seal: f.body}, {Others: true}},
			Funding:          []string{"Kinh phí hoạt động của Ban Chỉ đạo được bố trí từ [[nguồn kinh phí]]."},
		},
		Execution:  Execution{Addressees: append(append([]string(nil), f.execution...), "các thành viên Ban Chỉ đạo")},
		Recipients: []string{"Như Điều [[...]]", "[[Nơi nhận]]", f.keep},
	}
	sep := "/"
	if d.Party() {
		sep = "-"
	}
	replaced := DocRef{Number: "[[số]]" + sep + f.symbol, Date: placeholderDate, Issuer: f.short, Title: "về việc [[...]]"}
	switch o.Kind {
	case KindThanhLap:
		d.Committee.Basis = BasisNone
	case KindKienToanDoiTen:
		d.Committee.OldName = "Ban Chỉ đạo [[tên cũ]]" + suffix
		fallthrough
	case KindKienToan:
		d.Effect.Replaces = []DocRef{replaced}
	case KindQuyChe:
		d.Members, d.Function, d.Duties, d.Organization = nil, "", nil, nil
		est := replaced
		est.Title = "về việc thành lập " + name
		d.Committee.Establishment = &est
		d.Articles = []Article{{Text: f.unit + " [[...]] có trách nhiệm tổ chức triển khai và kiểm tra việc thực hiện Quy chế này."}}
		d.Regulation = &Regulation{Standard: true}
	case KindThayDoi:
		est := replaced
		est.Title = "về việc kiện toàn " + name
		d.Committee.Establishment = &est
		d.Changes = []MemberChange{{Action: ChangeReplace,
			Member: &Member{Role: RoleUyVien, Honorific: "Ông", Name: "[[Họ và tên người mới]]", Position: "[[Thủ trưởng]]", Organization: f.unit + " [[...]]"},
			Old:    &Member{Role: RoleUyVien, Honorific: "Ông", Name: "[[Họ và tên người cũ]]", Position: "[[Thủ trưởng]]", Organization: f.unit + " [[...]]"},
			Reason: "[[lý do, ví dụ: đã nghỉ hưu]]"}}
		d.Members, d.Function, d.Duties, d.Organization = nil, "", nil, nil
	}
	d.Recipients[0] = "Như Điều " + strconv.Itoa(d.ExecutionArticle())
	return d
}

// unitWord is the word for the unit of a local level ("tỉnh"), "" for the others.
func unitWord(l Level) string {
	return map[Level]string{LevelProvince: "tỉnh", LevelCity: "thành phố", LevelDistrict: "huyện", LevelCommittee: "tỉnh", LevelPartyProvince: "tỉnh",
		LevelCommune: "xã", LevelPartyCommune: "xã"}[l]
}

// EncodeDocumented writes d as YAML with every key of the model present, each preceded by
// its Vietnamese description; keys with no value are written empty (~, []). Only values are
// written that a clerk reads as a statement: no false and no 0 (a member is not "invited:
// false", a line stands for no "count: 0"), and an item of a list carries only its own keys
// (the list's comment names the others).
func EncodeDocumented(d *Decision, header string) ([]byte, error) {
	n := documented(reflect.ValueOf(*d), true, false)
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

// documented builds the node of a value; comments says whether keys get descriptions, item
// whether the value is an item of a list (which leaves out its empty keys).
func documented(v reflect.Value, comments, item bool) *yaml.Node {
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
		// a member inside a list item (changes[].member) is written as compactly as the item
		return documented(v.Elem(), comments, item || v.Elem().Type() == reflect.TypeOf(Member{}))
	case reflect.Struct:
		m := &yaml.Node{Kind: yaml.MappingNode}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			key := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if key == "" || key == "-" {
				continue
			}
			fv := v.Field(i)
			kind := fv.Kind()
			if fv.IsZero() && (item || kind == reflect.Bool || kind == reflect.Int) ||
				item && kind == reflect.Slice && fv.Len() == 0 {
				continue
			}
			k := &yaml.Node{Kind: yaml.ScalarNode, Value: key}
			if comments {
				k.HeadComment = f.Tag.Get("doc") + itemKeys(f.Type)
			}
			m.Content = append(m.Content, k, documented(fv, comments, false))
		}
		return m
	case reflect.Slice:
		s := &yaml.Node{Kind: yaml.SequenceNode}
		if v.Len() == 0 {
			s.Style = yaml.FlowStyle
		}
		for i := 0; i < v.Len(); i++ {
			s.Content = append(s.Content, documented(v.Index(i), comments && i == 0, true))
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

// provinceNamed reads the province or centrally-run city a clerk gave to qd init, with or
// without its kind word ("Thành phố Hồ Chí Minh", "tỉnh An Giang", "TP. Hà Nội", "Cần Thơ"),
// and returns its registered name and kind ("tỉnh" or "thành phố") on the date; a name the
// registry does not know is returned as given, with no kind.
func provinceNamed(place string, asOf Date) (string, string) {
	p := strings.TrimSpace(place)
	for _, w := range []string{"thành phố ", "tỉnh ", "tp. ", "tp "} {
		if len(p) > len(w) && strings.EqualFold(p[:len(w)], w) {
			p = strings.TrimSpace(p[len(w):])
			break
		}
	}
	if u := registry.Default().Province(p, registry.Date(asOf)); u != nil {
		return u.Name, u.Unit
	}
	return place, ""
}
