package importer

import (
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/textnorm"
)

var (
	changesIntroRE = lazyre.New(`^Thay đổi thành viên (.+?) được (thành lập|kiện toàn) tại (Quyết định .+?) như sau:?$`)
	appointedRE    = lazyre.New(`^(.*?), đã được cử tại (Quyết định .+)$`)
	reasonRE       = lazyre.New(`^(.*?)\s*\(([^()]*)\)$`)
	citeRE         = lazyre.New(`^Quyết định\s+(?:số\s+)?(\S+)\s*,?\s*ngày\s*(\d{0,2})\s*(?:/|tháng)\s*(\d{0,2})\s*(?:/|năm)\s*(\d{0,4})\s*của\s+(.+)$`)
	allTitles      = []decision.Titles{decision.TitlesBan, decision.TitlesUyBan, decision.TitlesBanThanhVien, decision.TitlesUyBanThanhVien}
)

// cite reads "Quyết định số 1619/QĐ-TTg ngày 24 tháng 9 năm 2021 của Thủ tướng Chính phủ",
// with a date left blank to be filled in by hand kept as a placeholder date.
func cite(s string) (decision.DocRef, bool) {
	m := citeRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return decision.DocRef{}, false
	}
	r := decision.DocRef{Number: m[1], Issuer: m[5]}
	day, _ := strconv.Atoi(m[2])
	month, _ := strconv.Atoi(m[3])
	year, _ := strconv.Atoi(m[4])
	switch {
	case year > 0 && month > 0 && day > 0:
		r.Date = decision.Date{Year: year, Month: month, Day: day}
	case year > 0:
		r.Date = decision.Date{Year: year, Month: month}
	default:
		r.Date = decision.Date{Day: decision.PlaceholderDay}
	}
	if loc := titleStart.FindStringIndex(r.Issuer); loc != nil {
		r.Issuer, r.Title = r.Issuer[:loc[0]], strings.TrimSpace(r.Issuer[loc[0]:])
	}
	return r, true
}

// changes reads Điều 1 of a decision that changes some members: "Thay đổi thành viên ...
// được kiện toàn tại Quyết định số ... như sau:" and one clause a change.
func (p *parser) changes(a article) bool {
	m := changesIntroRE.FindStringSubmatch(trimEnd(a.head) + ":")
	if m == nil {
		m = changesIntroRE.FindStringSubmatch(a.head)
	}
	if m == nil {
		return false
	}
	d := p.d
	d.Kind = decision.KindThayDoi
	d.Committee.Name = m[1]
	est, ok := cite(m[3])
	if !ok {
		return false
	}
	// The establishment decision's title, from the basis that cites it.
	for _, b := range d.Bases {
		if b.Number == est.Number {
			est.Title = b.Title
		}
	}
	if m[2] == "kiện toàn" && !strings.Contains(strings.ToLower(est.Title), "kiện toàn") {
		est.Title = strings.TrimSpace("về việc kiện toàn " + d.Committee.Name)
		p.note(a.pos, "committee.establishment.title", "không thấy trích yếu của quyết định được sửa đổi; qd ghi %q", "the amended decision's title is not cited; qd writes %q", est.Title)
	}
	d.Committee.Establishment = &est
	titles := map[decision.Titles]int{}
	for _, q := range a.paras {
		t := q.Text
		if cm := clauseRE.FindStringSubmatch(t); cm != nil && cm[2] == "" {
			t = cm[3]
		}
		c, shortName, ts, ok := parseChange(trimEnd(t))
		if !ok {
			p.note(q.Pos, "changes", "không đọc được thay đổi %q; chưa đưa vào YAML", "could not read the change %q; not in the YAML", short(t))
			continue
		}
		for _, x := range ts {
			titles[x]++
		}
		if shortName != "" && shortName != "Ban Chỉ đạo" {
			d.Committee.ShortName = shortName
		}
		d.Changes = append(d.Changes, c)
	}
	// The titles every change agrees with.
	best := decision.TitlesBan
	for _, t := range allTitles {
		if titles[t] > titles[best] || titles[t] == titles[best] && t == decision.TitlesBan {
			best = t
		}
	}
	if best != decision.TitlesBan {
		d.Committee.Titles = best
	}
	return true
}

// parseChange reads one change written as ChangeText writes it.
func parseChange(s string) (decision.MemberChange, string, []decision.Titles, bool) {
	var c decision.MemberChange
	if m := appointedRE.FindStringSubmatch(s); m != nil {
		if r, ok := cite(m[2]); ok {
			c.AppointedBy = &r
			s = m[1]
		}
	}
	if m := reasonRE.FindStringSubmatch(s); m != nil {
		s, c.Reason = m[1], m[2]
	}
	holder := func(h string) *decision.Member {
		mem, _ := parseMember(h, true)
		mem.Role = ""
		return &mem
	}
	switch {
	case strings.HasPrefix(s, "Bổ sung "):
		i := strings.LastIndex(s, ", làm ")
		if i < 0 {
			return c, "", nil, false
		}
		c.Action = decision.ChangeAdd
		c.Member = holder(textnorm.UpperFirst(s[len("Bổ sung "):i]))
		role, short, ts, ok := roleAndShort(s[i+len(", làm "):])
		if !ok {
			return c, "", nil, false
		}
		c.Member.Role = role
		return c, short, ts, true
	case strings.Contains(s, ", thôi làm ") && !strings.Contains(s, ", làm "):
		i := strings.Index(s, ", thôi làm ")
		c.Action = decision.ChangeRemove
		c.Old = holder(s[:i])
		role, short, ts, ok := roleAndShort(s[i+len(", thôi làm "):])
		c.Old.Role = role
		return c, short, ts, ok
	case strings.Contains(s, ", làm ") && strings.Contains(s, " thay "):
		i := strings.Index(s, ", làm ")
		j := strings.LastIndex(s, " thay ")
		if j < i {
			return c, "", nil, false
		}
		c.Action = decision.ChangeReplace
		c.Member = holder(s[:i])
		role, short, ts, ok := roleAndShort(s[i+len(", làm ") : j])
		if !ok {
			return c, "", nil, false
		}
		c.Member.Role = role
		c.Old = holder(textnorm.UpperFirst(s[j+len(" thay "):]))
		c.Old.Role = role
		return c, short, ts, true
	case strings.Contains(s, ", làm "):
		i := strings.LastIndex(s, ", làm ")
		c.Action = decision.ChangeRole
		head := s[:i]
		if k := strings.Index(head, ", thôi làm "); k >= 0 {
			old, _, _, ok := roleAndShort(head[k+len(", thôi làm "):] + " x")
			if ok {
				c.Old = holder(head[:k])
				c.Old.Role = old
			}
			head = head[:k]
		}
		c.Member = holder(head)
		role, short, ts, ok := roleAndShort(s[i+len(", làm "):])
		c.Member.Role = role
		return c, short, ts, ok
	}
	return c, "", nil, false
}

// roleAndShort reads "Phó Chủ tịch thường trực Ủy ban": the role's title (longest match in
// any of the title sets) and the committee's short name after it.
func roleAndShort(s string) (decision.Role, string, []decision.Titles, bool) {
	best, bestLen := decision.Role(""), 0
	var ts []decision.Titles
	for _, t := range allTitles {
		for _, r := range decision.Roles {
			l := t.Of(r)
			if strings.HasPrefix(l, "Thành viên") && strings.HasPrefix(s, "thành viên") {
				l = textnorm.LowerFirst(l) // lower case inside the sentence (decision.ChangeText)
			}
			if (strings.HasPrefix(s, l+" ") || s == l) && len(l) >= bestLen {
				if len(l) > bestLen || best != r {
					ts = nil
				}
				best, bestLen = r, len(l)
				ts = append(ts, t)
			}
		}
	}
	if best == "" {
		return "", "", nil, false
	}
	return best, strings.TrimSpace(s[bestLen:]), ts, true
}

// roleOfTitle reads a role written with any committee's titles ("Chủ tịch" of an Ủy ban,
// "Thành viên thường trực" of a board), with the title sets it fits.
func roleOfTitle(label string) (decision.Role, []decision.Titles, bool) {
	f := fold(strings.TrimSuffix(strings.TrimSpace(label), ":"))
	f = strings.TrimPrefix(f, "các ")
	var ts []decision.Titles
	var role decision.Role
	for _, t := range allTitles {
		for _, r := range decision.Roles {
			if fold(t.Of(r)) == f {
				if role != "" && role != r {
					continue
				}
				role = r
				ts = append(ts, t)
			}
		}
	}
	if role == "" {
		if r, ok := roleOfLabel(f); ok {
			return r, nil, true
		}
		return "", nil, false
	}
	return role, ts, true
}

// groupedMembers reads a member list grouped by role (members_style nhom): "1. Chủ tịch:
// Thủ tướng Chính phủ." then "2. Các Phó Chủ tịch:" with one "- ...;" line a member, a
// member's own title in brackets after it.
func (p *parser) groupedMembers(ps []Para) bool {
	d := p.d
	votes := map[decision.Titles]int{}
	var members []decision.Member
	var base decision.Role
	inGroup := false
	for _, q := range ps {
		t := q.Text
		if cm := clauseRE.FindStringSubmatch(t); cm != nil && cm[2] == "" {
			t = cm[3]
		}
		if dm := dashRE.FindStringSubmatch(q.Text); dm != nil && inGroup {
			text := trimEnd(dm[1])
			role := base
			if m := reasonRE.FindStringSubmatch(text); m != nil {
				if r, ts, ok := roleOfTitle(m[2]); ok {
					role, text = r, m[1]
					for _, x := range ts {
						votes[x]++
					}
				}
			}
			mem, _ := parseMember(text, true)
			mem.Role = role
			members = append(members, mem)
			continue
		}
		i := strings.Index(t, ":")
		if i < 0 {
			return false
		}
		r, ts, ok := roleOfTitle(t[:i])
		if !ok {
			return false
		}
		for _, x := range ts {
			votes[x]++
		}
		if rest := strings.TrimSpace(t[i+1:]); rest != "" {
			mem, _ := parseMember(trimEnd(rest), true)
			mem.Role = r
			members = append(members, mem)
			inGroup = false
			continue
		}
		base, inGroup = r, true
	}
	if len(members) == 0 {
		return false
	}
	best := decision.TitlesBan
	for _, t := range allTitles {
		if votes[t] > votes[best] {
			best = t
		}
	}
	if best != decision.TitlesBan {
		d.Committee.Titles = best
	}
	d.Members = members
	d.MembersStyle = decision.MembersGrouped
	return true
}
