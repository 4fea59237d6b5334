package decision

import (
	"fmt"
	"github.com/vanthu-vn/qd/textnorm"
	"reflect"
	"strings"
	"sync"
)

// Label returns the role as the source texts write it: "Phó Trưởng ban thường trực", the
// first label of the role in codeLabels (labels.go); an unknown role as written.
func (r Role) Label() string {
	if l, ok := firstRoleLabels()[r]; ok {
		return l
	}
	return string(r)
}

// firstRoleLabels maps each role to its first label in codeLabels, built on first use.
var firstRoleLabels = sync.OnceValue(func() map[Role]string {
	m := map[Role]string{}
	for _, cl := range codeLabels[reflect.TypeOf(Role(""))] {
		m[Role(cl.code)] = cl.labels[0]
	}
	return m
})

// rank is the role's place in the customary order.
func (r Role) rank() int {
	for i, x := range Roles {
		if x == r {
			return i
		}
	}
	return len(Roles)
}

// Label returns how the member's role is printed: RoleLabel when given, otherwise the role
// and each combined role ("Ủy viên thường trực kiêm Thư ký").
func (m Member) Label() string { return m.LabelIn(TitlesBan) }

// LabelIn is Label with the role titles of a committee ("Phó Chủ tịch thường trực" in an
// Ủy ban).
func (m Member) LabelIn(t Titles) string {
	if m.RoleLabel != "" {
		return m.RoleLabel
	}
	s := t.Of(m.Role)
	for _, a := range m.Also {
		s += " kiêm " + t.Of(a)
	}
	return s
}

// Of returns the title of a role in a committee using t: an Ủy ban (the national committee,
// Quyết định 1619/QĐ-TTg) has a Chủ tịch, Phó Chủ tịch thường trực, Phó Chủ tịch and Ủy
// viên; some boards call their members "Thành viên".
func (t Titles) Of(r Role) string {
	uyBan := t == TitlesUyBan || t == TitlesUyBanThanhVien
	thanhVien := t == TitlesBanThanhVien || t == TitlesUyBanThanhVien
	switch {
	case uyBan && r == RoleTruongBan:
		return "Chủ tịch"
	case uyBan && r == RolePhoThuongTruc:
		return "Phó Chủ tịch thường trực"
	case uyBan && r == RolePhoTruongBan:
		return "Phó Chủ tịch"
	case thanhVien && r == RoleUyVienThuongTruc:
		return "Thành viên thường trực"
	case thanhVien && r == RoleUyVien:
		return "Thành viên"
	}
	return r.Label()
}

// Replacer rewrites the default titles in fixed text (the standard Quy chế) to t; nil for
// the default titles.
func (t Titles) Replacer() *strings.Replacer {
	if t == "" || t == TitlesBan {
		return nil
	}
	var pairs []string
	for _, r := range []Role{RolePhoThuongTruc, RolePhoTruongBan, RoleTruongBan, RoleUyVienThuongTruc, RoleUyVien} {
		pairs = append(pairs, r.Label(), t.Of(r))
	}
	pairs = append(pairs, "các "+strings.ToLower(RoleUyVien.Label()), "các "+strings.ToLower(t.Of(RoleUyVien)),
		"Các "+strings.ToLower(RoleUyVien.Label()), "Các "+strings.ToLower(t.Of(RoleUyVien)))
	return strings.NewReplacer(pairs...)
}

// Holder returns who the member is: "Ông Lê Tuấn Phong, Chủ tịch Ủy ban nhân dân tỉnh" or
// "Giám đốc Sở Tài chính", with portfolio; an invited member is invited in a sentence (Invitation).
func (m Member) Holder() string {
	post := strings.TrimSpace(m.Position + " " + m.Organization)
	if m.Portfolio != "" {
		post += " " + m.Portfolio
	}
	who := post
	if m.Name != "" {
		name := m.Name
		if m.Honorific != "" {
			h := m.Honorific
			if m.Invited {
				// inside the sentence "Mời ông Nguyễn Văn A, ..." the honorific is lower
				// case, as the source texts write it after the line's start ("01 thư ký là
				// ông Nguyễn Hoàng Sâm", "đồng chí Nguyễn Minh", seed 002) and as ChangeText does
				h = strings.ToLower(h)
			}
			name = h + " " + name
		}
		who = name + ", " + post
	}
	if m.Invited {
		return Invitation(who, m.Name != "")
	}
	return who
}

// Invitation words the invitation of someone who is not under the issuer's authority (an
// enterprise, a central agency in the province, a mass organisation): the decision invites them
// in a sentence, "Mời Giám đốc Bưu điện tỉnh tham gia làm thành viên", keeping the title's
// capital (Nghị định 30, Phụ lục II: titles of posts are capitalised). The wording follows the
// provincial decisions reported in issue #11 (Lạng Sơn and others inviting the Bưu điện,
// Viễn thông and Viettel heads); the stored public pages we searched ("Mời Giám đốc Bưu điện tỉnh
// tham gia làm thành viên Ban Chỉ đạo") held no full text to confirm it further. A named
// person's post stands between commas: "Mời ông Nguyễn Văn A, Giám đốc ..., tham gia làm thành viên".
func Invitation(who string, named bool) string {
	if named {
		who += ","
	}
	return "Mời " + who + " tham gia làm thành viên"
}

// GroupName is the working group's name: "Tổ giúp việc" by default, or "Tổ công tác".
func (w *WorkingGroup) GroupName() string {
	if w == nil || w.Name == "" {
		return "Tổ giúp việc"
	}
	return w.Name
}

// Assisting names the working group with the committee it assists, saying "giúp việc" once:
// "Tổ giúp việc Ban Chỉ đạo", "Tổ công tác giúp việc Ban Chỉ đạo" (seed 004: "Tổ công tác giúp
// việc Ban Chỉ đạo"; seed 000: "Tổ giúp việc").
func (w *WorkingGroup) Assisting(committee string) string {
	name := w.GroupName()
	if strings.Contains(strings.ToLower(name), "giúp việc") {
		return name + " " + committee
	}
	return name + " giúp việc " + committee
}

// ShortName is how the decision refers to the committee after naming it once.
func (c Committee) Short() string {
	if c.ShortName != "" {
		return c.ShortName
	}
	return "Ban Chỉ đạo"
}

// TitleText returns the trích yếu: the one written in YAML, or the customary one for the
// kind (Mẫu 1.2 "Về việc ...", Mẫu 1.3 "Ban hành ...", Nghị định 30, Phụ lục III).
func (d *Decision) TitleText() string {
	if d.Title != "" {
		return d.Title
	}
	c := d.Committee
	switch d.Kind {
	case KindKienToan:
		return "Về việc kiện toàn " + d.NameWithGroup()
	case KindKienToanDoiTen:
		return "Về việc kiện toàn và đổi tên " + c.OldName + " thành " + c.Name
	case KindQuyChe:
		return "Ban hành Quy chế hoạt động của " + c.Name
	case KindThayDoi:
		return "Về việc thay đổi thành viên " + c.Name
	}
	return "Về việc thành lập " + d.NameWithGroup()
}

// GroupInOwnArticle returns the working group when the decision sets it up in an article
// of its own, together with the committee; nil otherwise.
func (d *Decision) GroupInOwnArticle() *WorkingGroup {
	if d.Kind == KindQuyChe || d.Kind == KindThayDoi || d.Organization == nil {
		return nil
	}
	if w := d.Organization.WorkingGroup; w != nil && w.OwnArticle {
		return w
	}
	return nil
}

// NameWithGroup is the committee's name, joined in a title with the working group set up
// with it: "Ban Chỉ đạo và Tổ giúp việc xây dựng Chính quyền điện tử Thành phố Hồ Chí Minh"
// (Quyết định 1380/QĐ-UBND 2020 of the UBND of Hồ Chí Minh City).
func (d *Decision) NameWithGroup() string {
	name := d.Committee.Name
	w := d.GroupInOwnArticle()
	if w == nil {
		return name
	}
	if rest, ok := strings.CutPrefix(name, "Ban Chỉ đạo "); ok {
		return "Ban Chỉ đạo và " + w.GroupName() + " " + rest
	}
	return name + " và " + w.Assisting(d.Committee.Short())
}

// AmendedCite names the decision a change-members decision amends, without its title:
// "Quyết định số 2041/QĐ-UBND ngày 13 tháng 10 năm 2021 của Chủ tịch UBND tỉnh".
func (d *Decision) AmendedCite() string {
	e := d.Committee.Establishment
	if e == nil {
		return "Quyết định số [[...]]"
	}
	return "Quyết định số " + e.Number + " " + e.Date.Long() + " của " + e.Issuer
}

// ChangesIntro is Điều 1 of a change-members decision: "Thay đổi thành viên Ban Chỉ đạo ...
// được kiện toàn tại Quyết định số ... như sau:".
func (d *Decision) ChangesIntro() string {
	verb := "được thành lập tại "
	if e := d.Committee.Establishment; e != nil && strings.Contains(strings.ToLower(e.Title), "kiện toàn") {
		verb = "được kiện toàn tại "
	}
	return "Thay đổi thành viên " + d.Committee.Name + " " + verb + d.AmendedCite() + " như sau:"
}

// ChangeText is one change as the change-members decision writes it: "Ông Nguyễn Văn A,
// Giám đốc Sở Tài chính, làm Ủy viên Ban Chỉ đạo thay Ông Trần Văn B (đã nghỉ hưu)".
func (d *Decision) ChangeText(c MemberChange) string {
	t, short := d.Committee.Titles, d.Committee.Short()
	// "thành viên" is the common noun, not a title: lower case inside the sentence, as
	// Quyết định 2130/QĐ-TTg ngày 24/9/2025 writes "..., thành viên Ban Chỉ đạo"; the titles
	// (Ủy viên, Phó Trưởng ban) keep their capital.
	label := func(m *Member) string {
		l := m.LabelIn(t)
		if strings.HasPrefix(l, "Thành viên") {
			l = textnorm.LowerFirst(l)
		}
		return l
	}
	as := func(m *Member) string { return label(m) + " " + short }
	// inside the sentence the honorific is lower case: "thay ông Trần Văn B"
	mid := func(m *Member) string {
		c := *m
		c.Honorific = strings.ToLower(c.Honorific)
		return c.Holder()
	}
	reason := ""
	if c.Reason != "" {
		reason = " (" + strings.Trim(c.Reason, "() ") + ")"
	}
	var s string
	switch c.Action {
	case ChangeReplace:
		if c.Member == nil || c.Old == nil {
			return ""
		}
		s = c.Member.Holder() + ", làm " + as(c.Member) + " thay " + mid(c.Old) + reason
		if c.AppointedBy != nil {
			s += ", đã được cử tại Quyết định số " + c.AppointedBy.Number + " " + c.AppointedBy.Date.Long() + " của " + c.AppointedBy.Issuer
		}
	case ChangeAdd:
		if c.Member == nil {
			return ""
		}
		s = "Bổ sung " + mid(c.Member) + ", làm " + as(c.Member) + reason
	case ChangeRemove:
		if c.Old == nil {
			return ""
		}
		s = c.Old.Holder() + ", thôi làm " + as(c.Old) + reason
	case ChangeRole:
		if c.Member == nil {
			return ""
		}
		old := ""
		if c.Old != nil {
			old = ", thôi làm " + label(c.Old)
		}
		s = c.Member.Holder() + old + ", làm " + as(c.Member) + reason
	}
	return s + "."
}

// Party reports whether the decision is a party document (a Tỉnh ủy's or a commune Đảng
// ủy's), laid out and checked by the party's format (Hướng dẫn 36-HD/VPTW;
// docs/party-layout.md) instead of Nghị định 30.
func (d *Decision) Party() bool { return d.Issuer.Level.Party() }

// Party reports whether l is a party committee's level (tinh_uy, dang_uy_xa).
func (l Level) Party() bool { return l == LevelPartyProvince || l == LevelPartyCommune }

// NumberLine returns the Số line: "Số: 85/QĐ-BCĐ", or "Số:      /QĐ-UBND" for a draft; a
// party document writes "Số 1407-QĐ/TU" (Hướng dẫn 36-HD/VPTW: no colon, the number joined
// to the symbol by a hyphen; its own header reads "Số 36-HD/VPTW").
func (d *Decision) NumberLine() string {
	if d.Party() {
		return "Số " + d.FullNumber()
	}
	if d.Number == "" {
		return "Số:      /" + d.Symbol
	}
	return "Số: " + d.Number + "/" + d.Symbol
}

// FullNumber returns "85/QĐ-BCĐ", or "     /QĐ-BCĐ" for a draft.
func (d *Decision) FullNumber() string {
	n := d.Number
	if n == "" {
		n = "     "
	}
	if d.Party() {
		return n + "-" + d.Symbol
	}
	return n + "/" + d.Symbol
}

// ValidDocNumber reports whether s is a well-formed number and symbol (Nghị định 30, Phụ lục
// I, ô 3; spec §8): number with an optional letter, optional year, type code and issuer code
// joined by "-", no spaces (isDocNumber); a law's "64/2025/QH15" (isLawNumber). Party
// documents write "57-NQ/TW" (isPartyNumber).
func ValidDocNumber(s string) bool {
	return isDocNumber(s) || isLawNumber(s) || isPartyNumber(s)
}

// normative reports whether a number carries a year, as normative acts do (spec §8).
func normative(number string) bool { return number == "" || yearPrefix(number) > 0 }

// force ranks a legal basis by legal force, lower first (spec §8: Luật 64/2025/QH15, Điều 4).
// Within one issuer's rank, normative acts (numbers with a year) come before individual
// (cá biệt) acts, as in the Kiên Giang decision (seed 004): Nghị quyết 36a/NQ-CP, then
// Quyết định 05/2017/QĐ-TTg, then 1072/QĐ-TTg, then the UBND's own decision.
func (b Basis) force() int {
	t := strings.ToLower(b.Type)
	is := strings.ToLower(b.Issuer)
	rank := 20
	switch {
	case t == "hiến pháp":
		rank = 0
	case t == "luật" || t == "bộ luật":
		rank = 1
	case t == "nghị quyết" && strings.Contains(is, "ủy ban thường vụ quốc hội"):
		rank = 2
	case t == "nghị quyết" && strings.Contains(is, "quốc hội"):
		rank = 1
	case t == "pháp lệnh":
		rank = 2
	case t == "lệnh" || strings.Contains(is, "chủ tịch nước"):
		rank = 3
	case is == "chính phủ":
		rank = 4
	case strings.Contains(is, "thủ tướng"):
		rank = 5
	case t == "thông tư liên tịch":
		rank = 8
	case t == "thông tư" || strings.HasPrefix(is, "bộ"):
		rank = 7
	case strings.Contains(is, "hội đồng nhân dân") || strings.Contains(is, "hđnd"):
		rank = 9
	case strings.Contains(is, "ủy ban nhân dân") || strings.Contains(is, "ubnd"):
		rank = 10
	}
	rank *= 2
	if !normative(b.Number) {
		rank++
	}
	return rank
}

// short names a basis in a message: "Nghị định 64/2007/NĐ-CP", "Luật Công nghệ thông tin năm 2006".
func (b Basis) short() string {
	if b.Number != "" {
		return b.Type + " " + b.Number
	}
	if b.Date.Known() {
		// A Luật has no number in its citation: its year tells the 2015 text from the 2025 one.
		return fmt.Sprintf("%s %s năm %d", b.Type, b.Title, b.Date.Year)
	}
	return b.Type + " " + b.Title
}

// VerbText returns the verb of the basis line, "Căn cứ" by default.
func (b Basis) VerbText() string {
	if b.Verb == "" {
		return "Căn cứ"
	}
	return b.Verb
}

// Citation returns the basis as written after the verb, in the first-mention form of
// Nghị định 30 (Phụ lục I, căn cứ ban hành): type, number, date, issuer, title; a Luật or
// Bộ luật by name and date only.
func (b Basis) Citation() string {
	t := b.Type
	switch strings.ToLower(t) {
	case "luật", "bộ luật", "hiến pháp", "pháp lệnh":
		s := t + " " + b.Title
		if !b.Date.IsZero() {
			s += " " + b.Date.Long()
		}
		return s
	}
	s := t
	if b.Number != "" {
		s += " số " + b.Number
	}
	if !b.Date.IsZero() {
		s += " " + b.Date.Long()
	}
	if b.Issuer != "" {
		s += " của " + b.Issuer
	}
	if b.Title != "" {
		s += " " + b.Title
	}
	return s
}

// Text returns the proposal line without its closing punctuation.
func (p Proposal) Text() string {
	v := p.Verb
	if v == "" {
		v = "Theo đề nghị"
	}
	s := v + " của " + p.Of
	if p.Submission != nil {
		s += " tại Tờ trình số " + p.Submission.Number + " " + p.Submission.Date.Long()
		if p.Submission.Title != "" {
			s += " " + p.Submission.Title
		}
	}
	return s
}

// Cite returns "Quyết định số 908/QĐ-UBND ngày 03 tháng 5 năm 2017 của Chủ tịch UBND tỉnh
// về việc ...".
func (r DocRef) Cite() string {
	s := "Quyết định số " + r.Number + " " + r.Date.Long() + " của " + r.Issuer
	if r.Title != "" {
		s += " " + r.Title
	}
	return s
}

// SealSentence is the seal rule as the source texts write it: "Trưởng ban, Phó Trưởng ban
// thường trực sử dụng con dấu của UBND tỉnh; các thành viên khác sử dụng con dấu của cơ quan
// mình." (seeds 000, 001, 003); SealText when the clerk wrote one.
func (o *Organization) SealSentence() string { return o.SealSentenceIn(TitlesBan) }

// SealSentenceIn is SealSentence with the role titles of a committee.
func (o *Organization) SealSentenceIn(t Titles) string {
	if o.SealText != "" {
		return o.SealText
	}
	var parts []string
	for _, s := range o.Seals {
		if s.Others {
			parts = append(parts, "các thành viên khác sử dụng con dấu của cơ quan mình")
			continue
		}
		var roles []string
		for _, r := range s.Roles {
			roles = append(roles, t.Of(r))
		}
		parts = append(parts, strings.Join(roles, ", ")+" sử dụng con dấu của "+s.Seal)
	}
	if len(parts) == 0 {
		return ""
	}
	return textnorm.UpperFirst(strings.Join(parts, "; ") + ".")
}

// orDefault is the title set's code, "ban" when none is given.
func (t Titles) orDefault() Titles {
	if t == "" {
		return TitlesBan
	}
	return t
}
