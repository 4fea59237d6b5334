package decision

import (
	"fmt"
	"github.com/vanthu-vn/qd/registry"
	"reflect"
	"strings"

	"github.com/vanthu-vn/qd/textnorm"
)

// DiffItem is one difference between two decisions about the same committee.
type DiffItem struct {
	Field string `json:"field"` // the YAML path in the new decision, as rename names its changes
	Kind  string `json:"kind"`  // added, removed, changed
	Old   string `json:"old,omitempty"`
	New   string `json:"new,omitempty"`
	Msg   Msg    `json:"-"`
	// For a change of members: the member as printed (post, person) and the role in the
	// committee (in the new decision, or the old one for a member who leaves).
	Member string `json:"member,omitempty"`
	Role   string `json:"role,omitempty"`
}

// memberKey identifies a member across decisions: the post in its body (a kiện toàn keeps
// posts and changes people, roles and wording around them).
func memberKey(m Member) string {
	return registry.Fold(m.Position + " " + m.Organization)
}

// SameCommittee reports whether two decisions are about one committee: the same name once
// normalised, one renaming the other (old_name), one replacing the other or naming it as its
// predecessor or establishment decision. Diff means little between two committees.
func SameCommittee(a, b *Decision) bool {
	if textnorm.Equal(a.Committee.Name, b.Committee.Name) {
		return true
	}
	return refersTo(a, b) || refersTo(b, a)
}

// refersTo reports whether b names a as the committee it renames, replaces or succeeds.
func refersTo(a, b *Decision) bool {
	c := b.Committee
	if c.OldName != "" && textnorm.Equal(c.OldName, a.Committee.Name) {
		return true
	}
	num := ""
	if a.Number != "" && a.Symbol != "" {
		num = textnorm.Key(a.Number + "/" + a.Symbol)
	}
	refs := append([]DocRef(nil), b.Effect.Replaces...)
	refs = append(refs, c.Predecessors...)
	if c.Establishment != nil {
		refs = append(refs, *c.Establishment)
	}
	for _, r := range refs {
		if num != "" && textnorm.Key(r.Number) == num {
			return true
		}
		if r.Name != "" && textnorm.Equal(r.Name, a.Committee.Name) {
			return true
		}
	}
	return false
}

// Diff lists what changed between two decisions about the same committee: name, members
// (added, removed, role, post or person changed), function, duties, bases, seal rules,
// funding, standing agency, replaced decisions. It is what a kiện toàn decision is about.
func Diff(old, new *Decision) []DiffItem {
	var out []DiffItem
	add := func(field, kind, o, n string, m Msg) {
		out = append(out, DiffItem{Field: field, Kind: kind, Old: o, New: n, Msg: m})
	}
	addMember := func(field, kind, o, n string, m Msg, who Member) {
		out = append(out, DiffItem{Field: field, Kind: kind, Old: o, New: n, Msg: m, Member: who.Holder(), Role: who.Label()})
	}
	changed := func(field, label string, o, n string) {
		switch {
		case o == n:
		case o == "":
			add(field, "added", o, n, msgf("thêm %s: %q", "%s added: %q", label, n))
		case n == "":
			add(field, "removed", o, n, msgf("bỏ %s: %q", "%s removed: %q", label, o))
		default:
			add(field, "changed", o, n, msgf("%s: %q thành %q", "%s: %q became %q", label, o, n))
		}
	}
	changed("committee.name", "tên Ban Chỉ đạo", old.Committee.Name, new.Committee.Name)
	changed("kind", "loại quyết định", string(old.Kind), string(new.Kind))

	oldByKey := map[string]int{}
	for i, m := range old.Members {
		oldByKey[memberKey(m)] = i
	}
	seen := map[int]bool{}
	for i, m := range new.Members {
		j, ok := oldByKey[memberKey(m)]
		if !ok {
			addMember(fmt.Sprintf("members[%d]", i), "added", "", m.Holder(), msgf("thêm thành viên: %s (%s)", "member added: %s (%s)", m.Holder(), m.Label()), m)
			continue
		}
		seen[j] = true
		o := old.Members[j]
		if o.Label() != m.Label() {
			addMember(fmt.Sprintf("members[%d].role", i), "changed", o.Label(), m.Label(),
				msgf("%s: %s thành %s", "%s: %s became %s", m.Holder(), o.Label(), m.Label()), m)
		}
		if o.Name != m.Name {
			addMember(fmt.Sprintf("members[%d].name", i), "changed", o.Name, m.Name,
				msgf("%s %s: người giữ chức vụ %q thành %q", "%s %s: person %q became %q", m.Position, m.Organization, o.Name, m.Name), post(m))
		}
		if o.Portfolio != m.Portfolio || o.Invited != m.Invited || o.Count != m.Count {
			addMember(fmt.Sprintf("members[%d]", i), "changed", o.Holder(), m.Holder(), msgf("%q thành %q", "%q became %q", o.Holder(), m.Holder()), m)
		}
	}
	for j, o := range old.Members {
		if !seen[j] {
			addMember(fmt.Sprintf("members[%d]", j), "removed", o.Holder(), "", msgf("bỏ thành viên: %s (%s)", "member removed: %s (%s)", o.Holder(), o.Label()), o)
		}
	}

	changed("function", "chức năng", old.Function, new.Function)
	listDiff := func(field, vi, en string, o, n []string) {
		if !reflect.DeepEqual(o, n) {
			add(field, "changed", strings.Join(o, "\n"), strings.Join(n, "\n"), Msg{
				VI: fmt.Sprintf("%s: %d mục thành %d mục, nội dung thay đổi", vi, len(o), len(n)),
				EN: fmt.Sprintf("%s: %d items became %d, text changed", en, len(o), len(n))})
		}
	}
	listDiff("duties", "nhiệm vụ", "duties", dutyTexts(old.Duties), dutyTexts(new.Duties))
	var omd, nmd []string
	for _, m := range old.MemberDuties {
		omd = append(omd, string(m.Role)+": "+m.Text)
	}
	for _, m := range new.MemberDuties {
		nmd = append(nmd, string(m.Role)+": "+m.Text)
	}
	listDiff("member_duties", "nhiệm vụ của thành viên", "member duties", omd, nmd)

	ob, nb := map[string]bool{}, map[string]bool{}
	for _, b := range old.Bases {
		ob[b.short()] = true
	}
	for _, b := range new.Bases {
		nb[b.short()] = true
		if !ob[b.short()] {
			add("bases", "added", "", b.short(), msgf("thêm căn cứ %s", "basis added: %s", b.short()))
		}
	}
	for _, b := range old.Bases {
		if !nb[b.short()] {
			add("bases", "removed", b.short(), "", msgf("bỏ căn cứ %s", "basis removed: %s", b.short()))
		}
	}

	oo, no := old.Organization, new.Organization
	if oo == nil {
		oo = &Organization{}
	}
	if no == nil {
		no = &Organization{}
	}
	if !reflect.DeepEqual(oo.Seals, no.Seals) || oo.SealText != no.SealText {
		add("organization.seals", "changed", oo.SealSentence(), no.SealSentence(), msgf("con dấu: %q thành %q", "seals: %q became %q", oo.SealSentence(), no.SealSentence()))
	}
	listDiff("organization.funding", "kinh phí", "funding", oo.Funding, no.Funding)
	changed("organization.part_time", "chế độ kiêm nhiệm", oo.PartTime, no.PartTime)
	changed("organization.regulation_by", "Quy chế hoạt động", oo.RegulationBy, no.RegulationBy)
	changed("organization.standing_agencies", "cơ quan thường trực", agencies(oo), agencies(no))
	var orr, nrr []string
	for _, r := range old.Effect.Replaces {
		orr = append(orr, r.Number)
	}
	for _, r := range new.Effect.Replaces {
		nrr = append(nrr, r.Number)
	}
	changed("effect.replaces", "quyết định bị thay thế", strings.Join(orr, ", "), strings.Join(nrr, ", "))
	return out
}

func dutyTexts(ds []Duty) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Heading+d.Text+strings.Join(d.Items, "; "))
	}
	return out
}

func agencies(o *Organization) string {
	var a []string
	for _, s := range o.StandingAgencies {
		a = append(a, s.Agency)
	}
	return strings.Join(a, ", ")
}

// post is the member without the person: the post that changes hands.
func post(m Member) Member {
	m.Name, m.Honorific = "", ""
	return m
}
