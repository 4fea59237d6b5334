package decision

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"sort"
	"strings"

	"github.com/vanthu-vn/qd/registry"
	"github.com/vanthu-vn/qd/templates"
)

// Target is a kind of committee a rename leads to, read from templates/rename/<id>.yaml.
type Target struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// Already: a committee whose name holds every one of these phrases, in any order, is of
	// the target's kind already.
	Already []string `yaml:"already"`
	// Topics: a committee is renamed only if its name holds one of these (the target
	// continues e-government, IT or digital-transformation committees, nothing else).
	Topics []string `yaml:"topics"`
	// Party: the name is the party committee's (set up by Ban Thường vụ Tỉnh ủy); a UBND
	// decision may not give it.
	Party bool `yaml:"party"`
	// Instead names the target a UBND should use when Party is set.
	Instead string `yaml:"instead"`
	// DefaultFrom and DefaultUntil: the dates of the new decision for which this target is
	// the default of qd rename.
	DefaultFrom  Date         `yaml:"default_from"`
	DefaultUntil Date         `yaml:"default_until"`
	Roles        []TargetRole `yaml:"roles"`
	// Drop lists the bases (numbers, or a Luật's name) that no longer fit the model.
	Drop           []string `yaml:"drop"`
	WorkingGroup   []string `yaml:"working_group"`
	StandingAgency string   `yaml:"standing_agency"`
	Function       string   `yaml:"function"`
	Duties         []Duty   `yaml:"duties"`
	RegulationBy   string   `yaml:"regulation_by"`
	Seals          []Seal   `yaml:"seals"`
	Funding        []string `yaml:"funding"`
	Order          []string `yaml:"order"`
	Bases          []Basis  `yaml:"bases"`
	// IssuerLevel, when tinh_uy, makes the new decision a party committee's (the province
	// moved the committee to its Ban Thường vụ Tỉnh ủy): see toParty. Execution and Keep are
	// then its execution article's addressees and its last Nơi nhận line.
	IssuerLevel Level    `yaml:"issuer_level"`
	Execution   []string `yaml:"execution"`
	Keep        string   `yaml:"keep"`
}

// TargetRole gives the members holding a post a role in the target's model (598/QĐ-TTg:
// the Chủ tịch heads the committee, the heads of Công an tỉnh, Sở Nội vụ and Sở Khoa học
// và Công nghệ are Phó Trưởng ban). With Add, the member is added if the committee has none.
type TargetRole struct {
	Position     string `yaml:"position"`
	Organization string `yaml:"organization"`
	Role         Role   `yaml:"role"`
	Portfolio    string `yaml:"portfolio"`
	Add          bool   `yaml:"add"`
}

// Targets lists the IDs of the rename targets shipped in templates/rename.
func Targets() []string {
	names, _ := fs.Glob(templates.Renames, "rename/*.yaml")
	var ids []string
	for _, n := range names {
		ids = append(ids, strings.TrimSuffix(strings.TrimPrefix(n, "rename/"), ".yaml"))
	}
	sort.Strings(ids)
	return ids
}

// RenameOptions are the choices of the clerk for a rename.
type RenameOptions struct {
	Target string // a Targets() ID; "" is chuyen-doi-so
	Number string // the new decision's number, "" for a draft
	Date   Date   // the new decision's date, zero for a draft
	Name   string // overrides the target's name for the committee
}

// Change is one thing a rename did, for the clerk to review.
type Change struct {
	Field string
	Msg   Msg
	// InPlace: the value was rewritten where it stands (a name brought up to date, a date
	// moved), so the clerk's comments on it still apply and Encode keeps them; a value
	// replaced by other content (standard wording) loses them.
	InPlace bool
}

// ErrRename is wrapped by every refusal of Rename.
var ErrRename = errors.New("rename refused")

// renameError is a refusal of Rename: of the input, at a field of the old decision with a
// rule ID; or of an option (field "" and a usage mistake: --date, --to).
type renameError struct {
	msg   Msg
	field string // YAML path in the old decision; "" for an option
	rule  string
}

func (e *renameError) Error() string { return e.msg.EN }
func (e *renameError) Unwrap() error { return ErrRename }

// Msg is the refusal in both languages.
func (e *renameError) Message() Msg { return e.msg }

// Usage reports whether the refusal is of an option the clerk gave, not of the input.
func (e *renameError) Usage() bool { return e.field == "" }

// Diagnostic places a refusal of the input at its field in the old decision.
func (e *renameError) Diagnostic(old *Decision) Diagnostic {
	p := old.Pos(e.field)
	return Diagnostic{File: old.File, Line: p.Line, Column: p.Column, Field: e.field, Rule: e.rule, Severity: Error, Msg: e.msg}
}

// refuse refuses an option (a usage mistake).
func refuse(vi, en string, args ...any) error { return &renameError{msg: msgf(vi, en, args...)} }

// refuseAt refuses the input, at field of the old decision, under rule.
func refuseAt(field, rule, vi, en string, args ...any) error {
	return &renameError{msg: msgf(vi, en, args...), field: field, rule: rule}
}

// renameFacts are the fields a target's text is filled in with.
type renameFacts struct {
	DiaBan, TaiDiaBan, TrenDiaBan, UBND, ThuongTruc string
	CapUy, DonVi                                    string // "Tỉnh ủy" or "Thành ủy"; "tỉnh" or "thành phố"
}

// locality returns "tỉnh Lạng Sơn" from the committee name, or from the issuer's level and
// place.
func (d *Decision) locality() (full, unit string) {
	name := d.Committee.Name
	for _, u := range []string{"tỉnh", "thành phố", "huyện", "quận", "thị xã"} {
		if i := strings.LastIndex(name, " "+u+" "); i >= 0 {
			return name[i+1:], u
		}
	}
	switch d.Issuer.Level {
	case LevelCity:
		return "thành phố " + d.Place, "thành phố"
	case LevelDistrict:
		return "huyện " + d.Place, "huyện"
	}
	return "tỉnh " + d.Place, "tỉnh"
}

// LoadTarget reads a rename target, its fields ({{.DiaBan}} ...) not yet filled in.
func LoadTarget(id string) (*Target, error) {
	if id == "" {
		id = "chuyen-doi-so"
	}
	if id == "mac-dinh" {
		id = "chuyen-doi-so"
	}
	src, err := templates.Renames.ReadFile("rename/" + id + ".yaml")
	if err != nil {
		return nil, refuse("không có đích đổi tên %q; có: %s", "no rename target %q; there are: %s", id, strings.Join(Targets(), ", "))
	}
	var t Target
	if err := decodeTemplate("templates/rename/"+id+".yaml", string(src), &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// fillIn writes the committee's facts into every string of the target.
func (t *Target) fillIn(f renameFacts) {
	fill(reflect.ValueOf(t).Elem(), strings.NewReplacer("{{.DiaBan}}", f.DiaBan, "{{.TaiDiaBan}}", f.TaiDiaBan,
		"{{.TrenDiaBan}}", f.TrenDiaBan, "{{.UBND}}", f.UBND, "{{.ThuongTruc}}", f.ThuongTruc,
		"{{.CapUy}}", f.CapUy, "{{.DonVi}}", f.DonVi))
}

// isAlready reports whether a committee name is already of the target's kind: it holds
// every phrase of Already, whatever the word order ("Ban Chỉ đạo tỉnh Lạng Sơn về chuyển đổi
// số" is a chuyển đổi số committee).
func (t *Target) isAlready(name string) bool {
	if len(t.Already) == 0 {
		return false
	}
	for _, a := range t.Already {
		if !registry.Contains(name, a) {
			return false
		}
	}
	return true
}

// onTopic reports whether a committee name is about one of the target's topics.
func (t *Target) onTopic(name string) bool {
	for _, a := range t.Topics {
		if registry.Contains(name, a) {
			return true
		}
	}
	return len(t.Topics) == 0
}

// DefaultTarget is the rename target for a new decision dated asOf: the 2021 chuyển đổi số
// model before 2025, the 2025 UBND model after 598/QĐ-TTg from then on.
func DefaultTarget(asOf Date) string {
	for _, id := range Targets() {
		t, err := LoadTarget(id)
		if err != nil || t.DefaultFrom.IsZero() && t.DefaultUntil.IsZero() {
			continue
		}
		if !asOf.Before(t.DefaultFrom) && (t.DefaultUntil.IsZero() || asOf.Before(t.DefaultUntil)) {
			return id
		}
	}
	return "chuyen-doi-so"
}

// partyTarget is the rename target whose new decision is a party committee's (issuer_level
// tinh_uy), or def when there is none.
func partyTarget(def string) string {
	for _, id := range Targets() {
		if t, err := LoadTarget(id); err == nil && t.IssuerLevel == LevelPartyProvince {
			return id
		}
	}
	return def
}

// Rename turns the decision on an existing committee into the kiện toàn và đổi tên decision
// of its successor (seeds 001 and 003), and lists every change it made.
func Rename(old *Decision, o RenameOptions) (*Decision, []Change, error) {
	if old.Kind == KindQuyChe || len(old.Members) == 0 {
		return nil, nil, refuseAt("kind", "rename-input", "%s không phải quyết định về thành viên Ban Chỉ đạo", "%s is not a decision on a committee's members", old.File)
	}
	if old.Number == "" || !old.Date.Complete() {
		field := "number"
		if old.Number != "" {
			field = "date"
		}
		return nil, nil, refuseAt(field, "rename-input", "%s thiếu số hoặc ngày đầy đủ (number, date) của quyết định cần thay thế", "%s lacks the number or the full date (number, date) of the decision to replace", old.File)
	}
	if o.Date.Known() && !old.Date.Before(o.Date) {
		return nil, nil, refuse("--date %s không sau ngày của quyết định cũ (%s)", "--date %s is not after the old decision's date (%s)", o.Date, old.Date)
	}
	full, unit := old.locality()
	ubnd := "UBND " + unit
	standing := ""
	if old.Organization != nil && len(old.Organization.StandingAgencies) > 0 {
		standing = old.Organization.StandingAgencies[0].Agency
	}
	asOf := o.Date
	if !asOf.Complete() {
		asOf = Today()
	}
	if o.Target == "" {
		o.Target = DefaultTarget(asOf)
		if old.Party() {
			// A party committee's decision is renamed by the party's model, never turned
			// into a UBND decision.
			o.Target = partyTarget(o.Target)
		}
	}
	t, err := LoadTarget(o.Target)
	if err != nil {
		return nil, nil, err
	}
	if !t.onTopic(old.Committee.Name) {
		return nil, nil, refuseAt("committee.name", "rename-topic", "%q không phải Ban Chỉ đạo về chính quyền điện tử, công nghệ thông tin hay chuyển đổi số; đích %s chỉ dùng cho các ban đó",
			"%q is not a committee on e-government, IT or digital transformation; target %s is only for those", old.Committee.Name, t.ID)
	}
	if t.StandingAgency != "" {
		standing = t.StandingAgency
	}
	if standing == "" {
		standing = "Sở Thông tin và Truyền thông"
	}
	capUy := "Tỉnh ủy"
	if unit == "thành phố" {
		capUy = "Thành ủy"
	}
	t.fillIn(renameFacts{DiaBan: full, TaiDiaBan: "tại " + full, TrenDiaBan: "trên địa bàn " + unit, UBND: ubnd, ThuongTruc: standing,
		CapUy: capUy, DonVi: unit})
	if t.IssuerLevel == LevelPartyProvince && unit != "tỉnh" && unit != "thành phố" {
		return nil, nil, refuseAt("committee.name", "rename-party", "%q không phải Ban Chỉ đạo cấp tỉnh; đích %s chỉ dùng cho Ban của Tỉnh ủy, Thành ủy",
			"%q is not a provincial committee; target %s is only for a Tỉnh ủy's or Thành ủy's committee", old.Committee.Name, t.ID)
	}
	if t.Party && t.IssuerLevel != LevelPartyProvince && old.issuedByUBND() {
		return nil, nil, refuseAt("committee.name", "rename-party", "%q là tên Ban Chỉ đạo của cấp ủy (Ban Thường vụ Tỉnh ủy thành lập), không đặt trong quyết định của Chủ tịch UBND; dùng --to %s, hoặc --to khcn-dmst-cds-tinh-uy nếu tỉnh chuyển Ban sang Ban Thường vụ Tỉnh ủy",
			"%q is the party committee's name (set up by the Ban Thường vụ Tỉnh ủy), not for a decision of the Chủ tịch UBND; use --to %s, or --to khcn-dmst-cds-tinh-uy if the province moved the committee to its Ban Thường vụ Tỉnh ủy", t.Name, t.Instead)
	}
	if t.isAlready(old.Committee.Name) {
		return nil, nil, refuseAt("committee.name", "rename-already", "%q đã là Ban Chỉ đạo kiểu %s (tên có đủ: %s); không cần đổi tên",
			"%q already is a %s committee (its name has: %s); nothing to rename", old.Committee.Name, t.ID, strings.Join(t.Already, "; "))
	}
	newName := t.Name
	if o.Name != "" {
		newName = o.Name
	}
	var changes []Change
	note := func(field, vi, en string, args ...any) {
		changes = append(changes, Change{Field: field, Msg: msgf(vi, en, args...)})
	}

	n := *old
	n.File = ""
	n.pos = positions{}
	n.texts = nil
	n.source = nil
	n.Kind = KindKienToanDoiTen
	n.Number, n.Date, n.Title = o.Number, o.Date, ""
	n.Committee = Committee{Name: newName, OldName: old.Committee.Name, ShortName: old.Committee.ShortName}
	note("committee.name", "đổi tên %q thành %q", "renamed %q to %q", old.Committee.Name, newName)
	if t.IssuerLevel != LevelPartyProvince {
		note("kind", "loại quyết định: kiện toàn và đổi tên", "kind: kiện toàn và đổi tên")
	}
	if o.Number == "" || !o.Date.Complete() {
		note("number", "số và ngày của quyết định mới để trống (dự thảo)", "the new decision's number and date are left blank (draft)")
	}

	replaced := DocRef{Number: old.FullNumber(), Date: old.Date, Issuer: old.Issuer.Short,
		Title: "v" + strings.TrimPrefix(old.TitleText(), "V")}
	if replaced.Issuer == "" {
		replaced.Issuer = "Chủ tịch " + ubnd
	}
	if t.IssuerLevel != LevelPartyProvince {
		n.Effect = Effect{Replaces: []DocRef{replaced}, Separate: old.Effect.Separate}
		note("effect.replaces", "thay thế Quyết định số %s %s", "replaces Quyết định số %s %s", replaced.Number, longDate(replaced.Date))
	}

	n.Members = renameMembers(old, standing, note)
	n.Function, n.Duties, n.DutiesTitle = t.Function, t.Duties, ""
	note("function", "chức năng thay bằng văn bản chuẩn %s", "function replaced by the %s standard text", t.ID)
	note("duties", "nhiệm vụ thay bằng %d nhiệm vụ chuẩn %s", "duties replaced by the %d standard %s duties", len(t.Duties), t.ID)
	if len(old.MemberDuties) > 0 {
		n.MemberDuties = nil
		note("member_duties", "bỏ nhiệm vụ của từng thành viên (vai trò đã thay đổi); Trưởng ban phân công lại", "dropped the duties of individual members (roles changed); the head assigns them anew")
	}
	n.Organization = renameOrganization(old, t, standing, note)
	if t.IssuerLevel == LevelPartyProvince {
		n.Bases = nil // toParty writes the party's bases
	} else {
		n.Bases = renameBases(old, t, asOf, note)
	}
	bringNames(&n, asOf, noteTo(&changes))
	n.Members = applyRoles(n.Members, t, note)
	if old.Proposal != nil {
		p := *old.Proposal
		if p.Submission != nil {
			p.Submission = nil
			note("proposal.submission", "bỏ tờ trình của quyết định cũ; ghi tờ trình mới nếu có", "dropped the old decision's Tờ trình; add the new one if any")
		}
		n.Proposal = &p
	}
	n.Recipients = append([]string(nil), old.Recipients...)
	if old.Regulation != nil {
		reg := renameRegulation(*old.Regulation, old.Committee.Name, newName)
		n.Regulation = &reg
		note("regulation", "Quy chế: đổi tên Ban Chỉ đạo trong toàn văn", "Quy chế: the committee renamed throughout")
	}
	if t.IssuerLevel == LevelPartyProvince {
		toParty(old, &n, t, replaced, full, capUy, note)
	}
	exec := n.ExecutionArticle()
	for i, r := range n.Recipients {
		if m, num, ok := nhuDieu(r); ok && num != fmt.Sprint(exec) {
			n.Recipients[i] = strings.Replace(r, m, fmt.Sprintf("Như Điều %d", exec), 1)
			note(fmt.Sprintf("recipients[%d]", i), "%q thành %q", "%q became %q", r, n.Recipients[i])
		}
	}
	return &n, changes, nil
}

// noteFunc records a change: field, Vietnamese and English formats, and their arguments.
type noteFunc func(field, vi, en string, args ...any)

// renameMembers carries the members over in order with the re-mapping of seeds 001 and 003:
// the Phó Chủ tịch who was Phó Trưởng ban becomes Phó Trưởng ban thường trực; the director of
// the standing agency, Ủy viên thường trực before, becomes Phó Trưởng ban.
func renameMembers(old *Decision, standing string, note noteFunc) []Member {
	out := make([]Member, len(old.Members))
	copy(out, old.Members)
	hasPTBTT := false
	for _, m := range out {
		hasPTBTT = hasPTBTT || m.Role == RolePhoThuongTruc
	}
	for i := range out {
		m := &out[i]
		label := m.Holder()
		switch {
		case !hasPTBTT && m.Role == RolePhoTruongBan && strings.HasPrefix(m.Position, "Phó Chủ tịch"):
			m.Role, hasPTBTT = RolePhoThuongTruc, true
			note(fmt.Sprintf("members[%d].role", i), "%s: Phó Trưởng ban thành Phó Trưởng ban thường trực", "%s: Phó Trưởng ban became Phó Trưởng ban thường trực", label)
		case m.Role == RoleUyVienThuongTruc && (m.Organization == standing || strings.Contains(m.Organization, "Thông tin và Truyền thông")):
			m.Role = RolePhoTruongBan
			note(fmt.Sprintf("members[%d].role", i), "%s: Ủy viên thường trực thành Phó Trưởng ban", "%s: Ủy viên thường trực became Phó Trưởng ban", label)
		}
		if m.RoleLabel != "" {
			m.RoleLabel = ""
		}
	}
	return orderMembers(out)
}

// orderMembers sorts members by role, keeping a heading such as "Các ủy viên:" before the
// first Ủy viên.
func orderMembers(out []Member) []Member {
	sort.SliceStable(out, func(a, b int) bool { return out[a].Role.rank() < out[b].Role.rank() })
	heading := ""
	for i := range out {
		if out[i].Heading != "" {
			heading, out[i].Heading = out[i].Heading, ""
		}
	}
	for i := range out {
		if out[i].Role == RoleUyVien {
			out[i].Heading = heading
			break
		}
	}
	return out
}

// applyRoles gives the members the roles and portfolios of the target's model, adds the
// members it requires that the committee lacks, and orders them again.
func applyRoles(ms []Member, t *Target, note noteFunc) []Member {
	if len(t.Roles) == 0 {
		return ms
	}
	for _, tr := range t.Roles {
		found := false
		for i := range ms {
			m := &ms[i]
			if !registry.Same(m.Position, tr.Position) || tr.Organization != "" && !registry.Same(m.Organization, tr.Organization) {
				continue
			}
			found = true
			field := fmt.Sprintf("members[%d]", i)
			if m.Role != tr.Role && m.Role != RoleTruongBan {
				note(field+".role", "%s: %s thành %s (mô hình %s)", "%s: %s became %s (the %s model)", m.Holder(), m.Role.Label(), tr.Role.Label(), t.ID)
				m.Role = tr.Role
			}
			if tr.Portfolio != "" && m.Portfolio != tr.Portfolio {
				note(field+".portfolio", "%s: lĩnh vực phụ trách %q thành %q", "%s: portfolio %q became %q", m.Holder(), m.Portfolio, tr.Portfolio)
				m.Portfolio = tr.Portfolio
			}
		}
		if !found && tr.Add {
			m := Member{Role: tr.Role, Position: tr.Position, Organization: tr.Organization, Portfolio: tr.Portfolio}
			ms = append(ms, m)
			note("members", "thêm %s làm %s (mô hình %s)", "added %s as %s (the %s model)", m.Holder(), tr.Role.Label(), t.ID)
		}
	}
	// Within a role, the posts the model names come first, in its order (598/QĐ-TTg: Công an,
	// Khoa học và Công nghệ, Nội vụ).
	place := func(m Member) int {
		for i, tr := range t.Roles {
			if registry.Same(m.Position, tr.Position) && (tr.Organization == "" || registry.Same(m.Organization, tr.Organization)) {
				return i
			}
		}
		return len(t.Roles)
	}
	sort.SliceStable(ms, func(a, b int) bool {
		if ra, rb := ms[a].Role.rank(), ms[b].Role.rank(); ra != rb {
			return ra < rb
		}
		return place(ms[a]) < place(ms[b])
	})
	return orderMembers(ms)
}

// issuedByUBND reports whether the decision is one of a People's Committee or its Chủ tịch.
func (d *Decision) issuedByUBND() bool {
	switch d.Issuer.Level {
	case LevelProvince, LevelCity, LevelDistrict, LevelCommune:
		return true
	}
	return registry.Contains(strings.Join(d.Issuer.Authority, " ")+" "+strings.Join(d.Issuer.Name, " "), "Ủy ban nhân dân")
}

func renameOrganization(old *Decision, t *Target, standing string, note noteFunc) *Organization {
	o := &Organization{}
	if old.Organization != nil {
		c := *old.Organization
		o = &c
	}
	if o.PartTime != "" {
		note("organization.part_time", "câu kiêm nhiệm gộp vào câu về Quy chế hoạt động", "the part-time clause merged into the Quy chế clause")
	}
	if o.RegulationBy != t.RegulationBy {
		note("organization.regulation_by", "câu về Quy chế hoạt động thay bằng câu chuẩn", "the Quy chế clause replaced by the standard one")
	}
	o.RegulationBy, o.Seals, o.SealText, o.Funding, o.Order, o.PartTime = t.RegulationBy, t.Seals, "", t.Funding, t.Order, ""
	note("organization.seals", "quy định con dấu thay bằng quy định chuẩn", "seal rules replaced by the standard ones")
	note("organization.funding", "nguồn kinh phí thay bằng văn bản chuẩn", "funding replaced by the standard text")
	if len(o.StandingAgencies) == 0 || o.StandingAgencies[0].Agency != standing {
		from := "(không có)"
		if len(o.StandingAgencies) > 0 {
			from = o.StandingAgencies[0].Agency
		}
		o.StandingAgencies = []StandingAgency{{Agency: standing}}
		note("organization.standing_agencies", "cơ quan thường trực: %s thành %s", "standing agency: %s became %s", from, standing)
	} else {
		o.StandingAgencies = []StandingAgency{{Agency: standing}}
	}
	if len(t.WorkingGroup) > 0 {
		o.WorkingGroup = &WorkingGroup{Name: "Tổ công tác", Text: append([]string(nil), t.WorkingGroup...)}
		note("organization.working_group", "tổ giúp việc thay bằng các tổ công tác theo lĩnh vực (mô hình %s)", "the working group replaced by working groups by domain (the %s model)", t.ID)
	} else if o.WorkingGroup != nil {
		wg := *o.WorkingGroup
		o.WorkingGroup = &wg
	}
	return o
}

// renameBases keeps the old bases that still apply (not the old decision's predecessors or
// establishment), brought up to the new date as `qd update` does (bringBases), and adds the
// target's, ordered by legal force, "Thực hiện" lines last.
func renameBases(old *Decision, t *Target, asOf Date, note noteFunc) []Basis {
	gone := map[string]bool{}
	for _, p := range old.Committee.Predecessors {
		gone[p.Number] = true
	}
	for _, r := range old.Effect.Replaces {
		gone[r.Number] = true
	}
	if e := old.Committee.Establishment; e != nil {
		gone[e.Number] = true
	}
	drop := func(b Basis) bool {
		for _, x := range t.Drop {
			if registry.Same(x, b.Number) || b.Number == "" && registry.Same(x, b.Title) {
				return true
			}
		}
		return false
	}
	reg := registry.Default()
	var kept []Basis
	for _, b := range old.Bases {
		switch {
		case b.Number != "" && gone[b.Number]:
			note("bases", "bỏ căn cứ %s (quyết định về ban cũ)", "dropped basis %s (a decision on the old committee)", b.short())
		case drop(b):
			note("bases", "bỏ căn cứ %s (không còn phù hợp mô hình %s)", "dropped basis %s (it no longer fits the %s model)", b.short(), t.ID)
		default:
			kept = append(kept, b)
		}
	}
	out := bringBases(kept, asOf, note)
	have := map[string]bool{}
	for _, b := range out {
		have[b.Number+"|"+registry.Fold(b.Title)] = true
	}
	var target []Basis
	for _, b := range t.Bases {
		if b.Ref != "" {
			doc := reg.ByKey(b.Ref)
			if doc == nil {
				continue
			}
			// A text not yet issued or in force on the date is not a basis yet.
			from := doc.Effective
			if from.IsZero() {
				from = doc.Date
			}
			if asOf.Before(Date(from)) {
				continue
			}
			verb := b.Verb
			b = BasisOf(doc)
			if verb != "" {
				b.Verb = verb
			}
		}
		target = append(target, b)
	}
	// The target's own bases are brought to the date too (a 2021 model renamed in 2026 does
	// not cite a programme that has ended).
	for _, b := range bringBases(target, asOf, func(string, string, string, ...any) {}) {
		if have[b.Number+"|"+registry.Fold(b.Title)] {
			continue
		}
		have[b.Number+"|"+registry.Fold(b.Title)] = true
		out = append(out, b)
		note("bases", "thêm căn cứ %s", "added basis %s", b.short())
	}
	sort.SliceStable(out, func(i, j int) bool {
		ti, tj := out[i].Verb == "Thực hiện", out[j].Verb == "Thực hiện"
		if ti != tj {
			return !ti
		}
		return out[i].force() < out[j].force()
	})
	return out
}

func renameRegulation(r Regulation, from, to string) Regulation {
	rep := strings.NewReplacer(from, to)
	r.Title = rep.Replace(r.Title)
	r.IssuedBy = rep.Replace(r.IssuedBy)
	chapters := make([]Chapter, len(r.Chapters))
	for i, c := range r.Chapters {
		c.Title = rep.Replace(c.Title)
		arts := make([]Article, len(c.Articles))
		for j, a := range c.Articles {
			a.Title, a.Text = rep.Replace(a.Title), rep.Replace(a.Text)
			cls := make([]Clause, len(a.Clauses))
			for k, cl := range a.Clauses {
				cl.Text = rep.Replace(cl.Text)
				pts := make([]string, len(cl.Points))
				for l, p := range cl.Points {
					pts[l] = rep.Replace(p)
				}
				cl.Points = pts
				cls[k] = cl
			}
			a.Clauses = cls
			arts[j] = a
		}
		c.Articles = arts
		chapters[i] = c
	}
	r.Chapters = chapters
	return r
}
