package decision

import (
	"errors"
	"fmt"
	"github.com/vanthu-vn/qd/registry"
	"io/fs"
	"reflect"
	"sort"
	"strings"

	"github.com/vanthu-vn/qd/templates"
)

// Target is a kind of committee a rename leads to, read from templates/rename/<id>.yaml.
type Target struct {
	ID             string   `yaml:"id"`
	Name           string   `yaml:"name"`
	Already        []string `yaml:"already"`
	StandingAgency string   `yaml:"standing_agency"`
	Function       string   `yaml:"function"`
	Duties         []Duty   `yaml:"duties"`
	RegulationBy   string   `yaml:"regulation_by"`
	Seals          []Seal   `yaml:"seals"`
	Funding        []string `yaml:"funding"`
	Order          []string `yaml:"order"`
	Bases          []Basis  `yaml:"bases"`
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
		"{{.TrenDiaBan}}", f.TrenDiaBan, "{{.UBND}}", f.UBND, "{{.ThuongTruc}}", f.ThuongTruc))
}

// isAlready reports whether a committee name is already of the target's kind.
func (t *Target) isAlready(name string) bool {
	rest := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "Ban Chỉ đạo")))
	for _, a := range t.Already {
		if strings.HasPrefix(rest, strings.ToLower(a)) {
			return true
		}
	}
	return false
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
	t, err := LoadTarget(o.Target)
	if err != nil {
		return nil, nil, err
	}
	if t.StandingAgency != "" {
		standing = t.StandingAgency
	}
	if standing == "" {
		standing = "Sở Thông tin và Truyền thông"
	}
	t.fillIn(renameFacts{DiaBan: full, TaiDiaBan: "tại " + full, TrenDiaBan: "trên địa bàn " + unit, UBND: ubnd, ThuongTruc: standing})
	if t.isAlready(old.Committee.Name) {
		return nil, nil, refuseAt("committee.name", "rename-input", "%q đã là %s; không cần đổi tên", "%q already is a %s committee; nothing to rename", old.Committee.Name, t.ID)
	}
	newName := t.Name
	if o.Name != "" {
		newName = o.Name
	}
	var changes []Change
	note := func(field, vi, en string, args ...any) {
		changes = append(changes, Change{field, msgf(vi, en, args...)})
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
	note("kind", "loại quyết định: kiện toàn và đổi tên", "kind: kiện toàn và đổi tên")
	if o.Number == "" || !o.Date.Complete() {
		note("number", "số và ngày của quyết định mới để trống (dự thảo)", "the new decision's number and date are left blank (draft)")
	}

	replaced := DocRef{Number: old.Number + "/" + old.Symbol, Date: old.Date, Issuer: old.Issuer.Short,
		Title: "v" + strings.TrimPrefix(old.TitleText(), "V")}
	if replaced.Issuer == "" {
		replaced.Issuer = "Chủ tịch " + ubnd
	}
	n.Effect = Effect{Replaces: []DocRef{replaced}, Separate: old.Effect.Separate}
	note("effect.replaces", "thay thế Quyết định số %s %s", "replaces Quyết định số %s %s", replaced.Number, longDate(replaced.Date))

	asOf := o.Date
	if !asOf.Complete() {
		asOf = Today()
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
	n.Bases = renameBases(old, t, asOf, note)
	mapBodies(&n, asOf, note)
	if old.Proposal != nil {
		p := *old.Proposal
		if p.Submission != nil {
			p.Submission = nil
			note("proposal.submission", "bỏ tờ trình của quyết định cũ; ghi tờ trình mới nếu có", "dropped the old decision's Tờ trình; add the new one if any")
		}
		n.Proposal = &p
	}
	n.Recipients = append([]string(nil), old.Recipients...)
	exec := n.ExecutionArticle()
	for i, r := range n.Recipients {
		if m := nhuDieuRE.FindStringSubmatch(r); m != nil && m[1] != fmt.Sprint(exec) {
			n.Recipients[i] = strings.Replace(r, m[0], fmt.Sprintf("Như Điều %d", exec), 1)
			note(fmt.Sprintf("recipients[%d]", i), "%q thành %q", "%q became %q", r, n.Recipients[i])
		}
	}
	if old.Regulation != nil {
		reg := renameRegulation(*old.Regulation, old.Committee.Name, newName)
		n.Regulation = &reg
		note("regulation", "Quy chế: đổi tên Ban Chỉ đạo trong toàn văn", "Quy chế: the committee renamed throughout")
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
	sort.SliceStable(out, func(a, b int) bool { return out[a].Role.rank() < out[b].Role.rank() })
	// A heading such as "Các ủy viên:" stays before the first Ủy viên.
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
	if o.WorkingGroup != nil {
		wg := *o.WorkingGroup
		o.WorkingGroup = &wg
	}
	return o
}

// renameBases keeps the old bases that still apply (not the old decision's predecessors or
// establishment) and adds the target's, ordered by legal force, "Thực hiện" lines last.
func renameBases(old *Decision, t *Target, asOf Date, note noteFunc) []Basis {
	reg := registry.Default()
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
	var out []Basis
	have := map[string]bool{}
	for _, b := range old.Bases {
		if b.Number != "" && gone[b.Number] {
			note("bases", "bỏ căn cứ %s (quyết định về ban cũ)", "dropped basis %s (a decision on the old committee)", b.short())
			continue
		}
		if doc := reg.Find(b.cite()); doc != nil {
			if cur, certain := reg.Current(doc, rdate(asOf)); cur != doc && certain {
				nb := BasisOf(cur)
				note("bases", "thay căn cứ %s (hết hiệu lực) bằng %s", "replaced basis %s (no longer in force) by %s", b.short(), nb.short())
				b = nb
			}
		}
		if have[b.Number+b.Title] {
			continue
		}
		out = append(out, b)
		have[b.Number+b.Title] = true
	}
	for _, b := range t.Bases {
		if have[b.Number+b.Title] {
			continue
		}
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

// mapBodies replaces the bodies that no longer exist on the new decision's date with their
// successors (registry: Sở Thông tin và Truyền thông into Sở Khoa học và Công nghệ, 2025),
// and merges members who thereby hold the same post.
func mapBodies(n *Decision, asOf Date, note noteFunc) {
	for _, body := range registry.Default().Bodies {
		if asOf.Before(Date(body.Until)) {
			continue
		}
		rep := strings.NewReplacer(body.Name, body.Successor)
		swap := func(field string, s *string) {
			if strings.Contains(*s, body.Name) {
				old := *s
				*s = rep.Replace(*s)
				note(field, "%q thành %q (%s không còn từ %s)", "%q became %q (%s ceased to exist on %s)", old, *s, body.Name, Date(body.Until))
			}
		}
		for i := range n.Members {
			swap(fmt.Sprintf("members[%d].organization", i), &n.Members[i].Organization)
		}
		if o := n.Organization; o != nil {
			for i := range o.StandingAgencies {
				swap(fmt.Sprintf("organization.standing_agencies[%d].agency", i), &o.StandingAgencies[i].Agency)
				swap(fmt.Sprintf("organization.standing_agencies[%d].text", i), &o.StandingAgencies[i].Text)
			}
			for i := range o.Seals {
				swap(fmt.Sprintf("organization.seals[%d].seal", i), &o.Seals[i].Seal)
			}
			for i := range o.Funding {
				swap(fmt.Sprintf("organization.funding[%d]", i), &o.Funding[i])
			}
		}
		if n.Proposal != nil {
			swap("proposal.of", &n.Proposal.Of)
		}
	}
	seen := map[string]bool{}
	var kept []Member
	for _, m := range n.Members {
		k := memberKey(m)
		if seen[k] && m.Name == "" {
			note("members", "gộp thành viên trùng sau khi đổi cơ quan: %s", "merged a member repeated after the bodies changed: %s", m.Holder())
			continue
		}
		seen[k] = true
		kept = append(kept, m)
	}
	n.Members = kept
}
