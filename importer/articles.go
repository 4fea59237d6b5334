package importer

import (
	"fmt"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
)

var (
	groupArticleRE = lazyre.New(`^Thành lập (Tổ giúp việc|Tổ công tác)`)
	introRE        = lazyre.New(`^(Thành lập|Kiện toàn và đổi tên|Kiện toàn)\s+(.+?)\s*\(\s*(?:sau đây )?gọi tắt là\s+(.+?)\s*\)\s*(.*)$`)
	basisModeRE    = lazyre.New(`^(.+?)\s*trên cơ sở\s+(kiện toàn|hợp nhất)\s+(.+)$`)
	executionRE    = lazyre.New(`^(.+?)\s+(?:chịu trách nhiệm|có trách nhiệm)\s+thi hành\s+[Qq]uyết định này`)
	effectRE       = lazyre.New(`^Quyết định(?: này)? có hiệu lực(?: thi hành)? (?:kể )?từ (ngày ký|ngày ban hành|.+?)(?:\s*(?:,|và)\s*thay thế\s+(.+?))?\s*\.?$`)
	issueRE        = lazyre.New(`^Ban hành kèm theo Quyết định này Quy chế (?:hoạt động|tổ chức và hoạt động) của (.+?)\.?$`)
	docRefRE       = lazyre.New(`^Quyết định\s+(?:số\s+)?(\S+?)\s*,?\s*ngày\s*(\S+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)\s+của\s+(.+)$`)
	replaceSplit   = lazyre.New(`(?:;\s*|,\s*|\s+và\s+)(?:Quyết định\s+số)`)
)

// decisionArticles places the articles of the decision: members, duties, organisation,
// other articles, effect and execution, in the order of the model's article plan; an article
// that does not fit its place is kept whole as a free article.
func (p *parser) decisionArticles(arts []article) {
	d := p.d
	if len(arts) == 0 {
		p.note(Pos{}, "execution", "không thấy điều nào (Điều 1., Điều 2., ...)", "no article found (Điều 1., Điều 2., ...)")
		return
	}
	// The execution article is the last; the effect may be its own article before it.
	last := arts[len(arts)-1]
	arts = arts[:len(arts)-1]
	stage := 0 // 0 members, 1 duties, 2 organisation, 3 free
	for i, a := range arts {
		field := fmt.Sprintf("articles[%d]", len(d.Articles))
		switch {
		case i == 0 && d.Kind == decision.KindQuyChe:
			if m := issueRE.FindStringSubmatch(a.head); m != nil && len(a.paras) == 0 {
				d.Committee.Name = m[1]
				stage = 3
				continue
			}
			p.note(a.pos, "regulation", "Điều 1 không theo mẫu \"Ban hành kèm theo Quyết định này Quy chế hoạt động của ...\"; qd viết theo mẫu", "Điều 1 does not follow \"Ban hành kèm theo Quyết định này Quy chế hoạt động của ...\"; qd writes the standard sentence")
			stage = 3
			continue
		case i == 0 && p.members(a):
			stage = 1
			continue
		case i == 0 && p.changes(a):
			stage = 3
			continue
		case i == len(arts)-1 && len(a.paras) == 0 && effectRE.MatchString(trimEnd(a.head)):
			d.Effect.Separate = true
			p.effect(a.pos, a.head)
			continue
		case stage == 1 && groupArticleRE.MatchString(a.head):
			// The working group set up in an article of its own, right after the members.
			w := &decision.WorkingGroup{OwnArticle: true, Text: []string{trimEndMark(a.head)}}
			for _, q := range a.paras {
				w.Text = append(w.Text, trimEndMark(q.Text))
			}
			if strings.Contains(fold(a.head), "tổ công tác") {
				w.Name = "Tổ công tác"
			}
			if d.Organization == nil {
				d.Organization = &decision.Organization{}
			}
			d.Organization.WorkingGroup = w
			stage = 1
			continue
		case stage <= 1 && p.duties(a):
			stage = 2
			continue
		case stage <= 2 && p.organization(a):
			stage = 3
			continue
		}
		stage = 3
		d.Articles = append(d.Articles, p.freeArticle(a, field))
	}
	p.execution(last)
}

// freeArticle keeps an article as written: a title or a first sentence, clauses and points.
func (p *parser) freeArticle(a article, field string) decision.Article {
	var art decision.Article
	head := a.head
	if head != "" && !strings.ContainsAny(head[len(head)-1:], ".:;") && !strings.HasSuffix(head, "./.") {
		art.Title = head
	} else {
		art.Text = trimEndMark(head)
	}
	for _, q := range p.joinContinuations(a.paras, field) {
		t := q.Text
		if m := clauseRE.FindStringSubmatch(t); m != nil && m[2] == "" {
			art.Clauses = append(art.Clauses, decision.Clause{Text: trimEndMark(m[3])})
			continue
		}
		if m := pointRE.FindStringSubmatch(t); m != nil && len(art.Clauses) > 0 {
			c := &art.Clauses[len(art.Clauses)-1]
			c.Points = append(c.Points, trimEndMark(m[2]))
			continue
		}
		switch {
		case len(art.Clauses) == 0 && art.Text == "":
			art.Text = trimEndMark(t)
		case len(art.Clauses) == 0:
			art.Text += " " + trimEndMark(t)
			p.note(q.Pos, field+".text", "điều có nhiều đoạn không đánh số; qd gộp vào một đoạn", "the article has several unnumbered paragraphs; qd joins them into one")
		default:
			c := &art.Clauses[len(art.Clauses)-1]
			if n := len(c.Points); n > 0 {
				c.Points[n-1] += " " + trimEndMark(t)
			} else {
				c.Text += " " + trimEndMark(t)
			}
			p.note(q.Pos, field+".clauses", "đoạn không đánh số sau một khoản; qd gộp vào khoản đó", "an unnumbered paragraph after a clause; qd joins it to that clause")
		}
	}
	return art
}

// trimEndMark drops the end mark "./." (and its mistyped variants) the last paragraph carries.
func trimEndMark(s string) string {
	if endMarkRE.MatchString(s) && strings.Contains(s[max(0, len(s)-4):], "/") {
		return strings.TrimSpace(endMarkRE.ReplaceAllString(s, "")) + "."
	}
	return s
}

// members reads Điều 1: the committee and its members.
func (p *parser) members(a article) bool {
	d := p.d
	m := introRE.FindStringSubmatch(a.head)
	if m == nil {
		return false
	}
	verb, name, shortName := m[1], m[2], m[3]
	c := &d.Committee
	switch verb {
	case "Kiện toàn và đổi tên":
		if i := strings.LastIndex(name, " thành "); i > 0 {
			c.OldName, c.Name = name[:i], name[i+len(" thành "):]
		}
		d.Kind = decision.KindKienToanDoiTen
	case "Kiện toàn":
		c.Name = name
		d.Kind = decision.KindKienToan
	default:
		d.Kind = decision.KindThanhLap
		c.Name = name
		if b := basisModeRE.FindStringSubmatch(name); b != nil {
			c.Name = b[1]
			c.Basis = decision.BasisKienToan
			if b[2] == "hợp nhất" {
				c.Basis = decision.BasisHopNhat
			}
			for _, n := range splitAnd(b[3]) {
				c.Predecessors = append(c.Predecessors, decision.DocRef{Name: n})
			}
		}
	}
	if shortName != "Ban Chỉ đạo" {
		c.ShortName = shortName
	}
	// Members grouped by role: a numbered line ending ":" followed by "- " lines.
	ps := p.joinContinuations(a.paras, "members")
	for k := 0; k+1 < len(ps); k++ {
		if clauseRE.MatchString(ps[k].Text) && strings.HasSuffix(ps[k].Text, ":") && dashRE.MatchString(ps[k+1].Text) {
			if p.groupedMembers(ps) {
				p.checkIntro(a)
				return true
			}
			break
		}
	}
	heading, underHeading := "", false
	for _, q := range ps {
		t := q.Text
		cm := clauseRE.FindStringSubmatch(t)
		if cm == nil {
			if dm := dashRE.FindStringSubmatch(t); dm != nil && strings.HasSuffix(t, ":") {
				t = dm[1]
			}
			if strings.HasSuffix(t, ":") {
				heading, underHeading = t, true
				continue
			}
			if n := len(d.Members); n > 0 {
				mem := &d.Members[n-1]
				mem.Organization = strings.TrimSpace(mem.Organization + " " + trimEnd(t))
				p.note(q.Pos, fmt.Sprintf("members[%d]", n-1), "đoạn không đánh số được nối vào thành viên trước", "an unnumbered paragraph was joined to the member before")
				continue
			}
			p.note(q.Pos, "members", "không nhận ra đoạn %q trong danh sách thành viên; chưa đưa vào YAML", "paragraph %q in the member list not recognised; not in the YAML", short(t))
			continue
		}
		field := fmt.Sprintf("members[%d]", len(d.Members))
		mem, notes := parseMember(cm[3], underHeading)
		if mem.Role != decision.RoleUyVien {
			underHeading = false
		}
		if cm[2] != "" {
			var from, to int
			fmt.Sscan(cm[1], &from)
			fmt.Sscan(cm[2], &to)
			if to > from {
				mem.Count = to - from + 1
			}
		}
		mem.Heading, heading = heading, ""
		for _, n := range notes {
			p.notes = append(p.notes, Note{Pos: q.Pos, Field: field + n.Field, Msg: n.Msg})
		}
		d.Members = append(d.Members, mem)
	}
	if len(d.Members) == 0 {
		p.note(a.pos, "members", "Điều 1 không có danh sách thành viên đánh số", "Điều 1 has no numbered member list")
	}
	p.checkIntro(a)
	return true
}

// checkIntro notes an opening of Điều 1 that qd writes otherwise.
func (p *parser) checkIntro(a article) {
	if got := render.MembersIntro(p.d); !sameWords(got, a.head) {
		p.note(a.pos, "committee", "câu mở đầu Điều 1 khác cách qd viết; qd viết: %q", "the opening of Điều 1 differs from qd's wording; qd writes: %q", got)
	}
}

func splitAnd(s string) []string {
	s = strings.TrimSpace(s)
	var out []string
	if i := strings.LastIndex(s, " và "); i > 0 {
		out = append(out, strings.Split(s[:i], ", ")...)
		out = append(out, s[i+len(" và "):])
		return out
	}
	return []string{s}
}

// duties reads the article on the committee's function and duties.
func (p *parser) duties(a article) bool {
	d := p.d
	if !strings.Contains(fold(a.head), "nhiệm vụ") || len(a.paras) == 0 {
		return false
	}
	ps := p.joinContinuations(a.paras, "duties")
	title := a.head
	var (
		duties  []decision.Duty
		fn      string
		mduties []decision.MemberDuty
	)
	structured := false
	for _, q := range ps {
		if m := clauseRE.FindStringSubmatch(q.Text); m != nil && (fold(m[3]) == "chức năng" || fold(m[3]) == "nhiệm vụ, quyền hạn" || strings.HasPrefix(fold(m[3]), "nhiệm vụ của các thành viên")) {
			structured = true
		}
	}
	if structured {
		section := ""
		for _, q := range ps {
			t := q.Text
			if m := clauseRE.FindStringSubmatch(t); m != nil {
				switch f := fold(m[3]); {
				case f == "chức năng":
					section = "function"
				case f == "nhiệm vụ, quyền hạn":
					section = "duties"
				case strings.HasPrefix(f, "nhiệm vụ của các thành viên"):
					section = "members"
				default:
					return false
				}
				continue
			}
			pm := pointRE.FindStringSubmatch(t)
			switch {
			case section == "function" && pm == nil && fn == "":
				fn = trimEndMark(t)
			case section == "duties" && pm != nil:
				duties = append(duties, decision.Duty{Text: trimEndMark(pm[2])})
			case section == "duties" && dashRE.MatchString(t) && len(duties) > 0:
				du := &duties[len(duties)-1]
				if du.Heading == "" {
					du.Heading, du.Text = du.Text, ""
				}
				du.Items = append(du.Items, trimEndMark(dashRE.FindStringSubmatch(t)[1]))
			case section == "members" && pm != nil:
				mduties = append(mduties, decision.MemberDuty{Role: roleIn(pm[2]), Text: trimEndMark(pm[2])})
			default:
				return false
			}
		}
	} else if len(ps) == 1 && !clauseRE.MatchString(ps[0].Text) && !pointRE.MatchString(ps[0].Text) {
		// One duty, written without its number (qd leaves a lone clause unnumbered).
		duties = append(duties, decision.Duty{Text: trimEndMark(ps[0].Text)})
	} else {
		for _, q := range ps {
			t := q.Text
			if m := clauseRE.FindStringSubmatch(t); m != nil && m[2] == "" {
				duties = append(duties, decision.Duty{Text: trimEndMark(m[3])})
				continue
			}
			if m := pointRE.FindStringSubmatch(t); m != nil && len(duties) > 0 {
				du := &duties[len(duties)-1]
				if du.Heading == "" {
					du.Heading, du.Text = strings.TrimSuffix(du.Text, ":"), ""
					if du.Heading+":" != trimEndMark(clauseRE.FindStringSubmatch(findClause(ps, q))[3]) {
						du.Heading = trimEndMark(clauseRE.FindStringSubmatch(findClause(ps, q))[3])
					}
				}
				du.Items = append(du.Items, trimEndMark(m[2]))
				continue
			}
			return false
		}
	}
	if len(duties) == 0 && fn == "" && len(mduties) == 0 {
		return false
	}
	d.Duties, d.Function, d.MemberDuties = duties, fn, mduties
	def := "Chức năng, nhiệm vụ của " + d.Committee.Short()
	if fn == "" {
		def = "Nhiệm vụ của " + d.Committee.Short()
	}
	if title != def {
		d.DutiesTitle = strings.TrimSpace(title)
	}
	return true
}

// findClause returns the clause paragraph a point belongs to.
func findClause(ps []Para, point Para) string {
	c := ""
	for _, q := range ps {
		if q.Pos == point.Pos && q.Text == point.Text {
			return c
		}
		if clauseRE.MatchString(q.Text) {
			c = q.Text
		}
	}
	return c
}

// roleIn guesses the role a member-duty sentence is about from how it starts.
func roleIn(s string) decision.Role {
	f := fold(s)
	for _, r := range []struct {
		prefix string
		role   decision.Role
	}{{"phó trưởng ban thường trực", decision.RolePhoThuongTruc}, {"phó trưởng ban", decision.RolePhoTruongBan}, {"trưởng ban", decision.RoleTruongBan},
		{"ủy viên thường trực", decision.RoleUyVienThuongTruc}, {"thư ký", decision.RoleThuKy}} {
		if strings.HasPrefix(f, r.prefix) || strings.Contains(f, r.prefix) && !strings.Contains(f, "các thành viên") {
			return r.role
		}
	}
	return decision.RoleUyVien
}

// organization reads the article on how the committee is organised and works, and keeps it
// only if qd writes it back as it was written.
func (p *parser) organization(a article) bool {
	d := p.d
	h := fold(a.head)
	if !strings.Contains(h, "tổ chức") && !strings.Contains(h, "hoạt động") && !strings.Contains(h, "chế độ làm việc") || strings.Contains(h, "tổ chức thực hiện") {
		return false
	}
	o := &decision.Organization{}
	if d.Organization != nil && d.Organization.WorkingGroup != nil && d.Organization.WorkingGroup.OwnArticle {
		o.WorkingGroup = d.Organization.WorkingGroup
	}
	var order []string
	var clauses []string
	ps := p.joinContinuations(a.paras, "organization")
	for _, q := range ps {
		m := clauseRE.FindStringSubmatch(q.Text)
		if len(ps) == 1 && m == nil {
			m = []string{q.Text, "1", "", q.Text} // a lone clause is written without its number
		}
		if m == nil || m[2] != "" {
			return false
		}
		t := trimEndMark(m[3])
		clauses = append(clauses, t)
		f := fold(t)
		key := ""
		switch {
		case strings.Contains(f, "con dấu"):
			key = "seals"
			o.SealText = t
			o.Seals = parseSeals(t)
		case strings.HasPrefix(f, "kinh phí"):
			key = "funding"
			o.Funding = append(o.Funding, t)
		case strings.Contains(f, "tổ giúp việc") || strings.Contains(f, "tổ công tác"):
			key = "working_group"
			if o.WorkingGroup == nil {
				o.WorkingGroup = &decision.WorkingGroup{}
			}
			o.WorkingGroup.Text = append(o.WorkingGroup.Text, t)
			if strings.Contains(f, "tổ công tác") {
				o.WorkingGroup.Name = "Tổ công tác"
			}
			if m := locatedRE.FindStringSubmatch(t); m != nil {
				o.WorkingGroup.LocatedAt = m[1]
			}
			if m := leaderRE.FindStringSubmatch(t); m != nil {
				o.WorkingGroup.Leader = m[1]
			}
		case strings.Contains(f, "kinh phí"):
			key = "funding"
			o.Funding = append(o.Funding, t)
		case strings.Contains(f, "kiêm nhiệm") && o.PartTime == "":
			key = "part_time"
			o.PartTime = t
		case strings.Contains(f, "cơ quan thường trực") || strings.Contains(f, "thường trực của ban"):
			key = "standing"
			agency := t
			if i := strings.Index(t, " là cơ quan thường trực"); i > 0 {
				agency = t[:i]
			}
			o.StandingAgencies = append(o.StandingAgencies, decision.StandingAgency{Agency: agency, Text: t})
		case strings.Contains(f, "quy chế") && o.RegulationBy == "":
			key = "regulation"
			o.RegulationBy = t
		case strings.Contains(f, "giải thể") && o.SelfDissolve == "":
			key = "self_dissolve"
			o.SelfDissolve = t
		default:
			return false
		}
		if n := len(order); n > 0 && order[n-1] == key && (key == "working_group" || key == "standing") {
			continue
		}
		order = append(order, key)
	}
	if len(clauses) == 0 {
		return false
	}
	o.Order = order
	if isDefaultPrefix(order) {
		o.Order = nil
	}
	title := a.head
	if title != "Tổ chức và hoạt động của "+d.Committee.Short() {
		o.Title = title
	}
	if o.SealText != "" && sameWords(generatedSeal(o), o.SealText) {
		o.SealText = ""
	}
	for i := range o.StandingAgencies {
		s := &o.StandingAgencies[i]
		if s.Text == s.Agency+" là cơ quan thường trực của "+d.Committee.Short()+"." {
			s.Text = ""
		}
	}
	// The organisation must come back as it was written, clause by clause.
	saved := d.Organization
	d.Organization = o
	var got []string
	for _, item := range orderOf(o) {
		var parts []string
		for _, key := range strings.Split(item, "+") {
			ts := render.OrganizationClause(d, key)
			if len(ts) > 1 {
				got = append(got, ts...)
				continue
			}
			parts = append(parts, ts...)
		}
		if len(parts) > 0 {
			got = append(got, strings.Join(parts, " "))
		}
	}
	if len(got) != len(clauses) {
		d.Organization = saved
		return false
	}
	for i := range got {
		if !sameWords(got[i], clauses[i]) {
			d.Organization = saved
			return false
		}
	}
	return true
}

func isDefaultPrefix(order []string) bool {
	def := []string{"part_time", "standing", "regulation", "seals", "working_group", "funding", "self_dissolve"}
	j := 0
	for _, k := range order {
		for j < len(def) && def[j] != k {
			j++
		}
		if j == len(def) {
			return false
		}
		j++
	}
	return true
}

func orderOf(o *decision.Organization) []string {
	if len(o.Order) > 0 {
		return o.Order
	}
	return []string{"part_time", "standing", "regulation", "seals", "working_group", "funding", "self_dissolve"}
}

// generatedSeal is the seal sentence qd writes from the seal rules alone.
func generatedSeal(o *decision.Organization) string {
	t := o.SealText
	o.SealText = ""
	defer func() { o.SealText = t }()
	return o.SealSentence()
}

var sealPartRE = lazyre.New(`^(.+?)\s+(?:Ban Chỉ đạo\s+)?sử dụng con dấu của\s+(.+)$`)

// parseSeals reads "Trưởng ban, Phó Trưởng ban sử dụng con dấu của UBND tỉnh; các thành
// viên khác sử dụng con dấu của cơ quan mình".
func parseSeals(t string) []decision.Seal {
	var out []decision.Seal
	for _, part := range strings.Split(strings.TrimSuffix(t, "."), ";") {
		part = strings.TrimSpace(part)
		m := sealPartRE.FindStringSubmatch(part)
		if m == nil {
			continue
		}
		if strings.Contains(fold(m[1]), "thành viên khác") || strings.Contains(fold(m[2]), "cơ quan mình") {
			out = append(out, decision.Seal{Others: true})
			continue
		}
		var roles []decision.Role
		for _, l := range roleListSep.Split(m[1], -1) {
			if r, ok := roleOfLabel(strings.TrimSuffix(strings.TrimSpace(l), " Ban Chỉ đạo")); ok {
				roles = append(roles, r)
			}
		}
		if len(roles) > 0 {
			out = append(out, decision.Seal{Roles: roles, Seal: m[2]})
		}
	}
	return out
}

// effect reads the effect sentence.
func (p *parser) effect(pos Pos, s string) {
	s = trimEnd(s)
	e := &p.d.Effect
	m := effectRE.FindStringSubmatch(s)
	if m == nil {
		e.Text = s
		p.note(pos, "effect.text", "câu hiệu lực khác mẫu; giữ nguyên câu", "the effect sentence has its own wording; kept as written")
		return
	}
	if m[1] != "ngày ký" {
		if d, ok := parseDate(m[1]); ok {
			e.From = d
		}
	}
	if m[2] != "" {
		for _, part := range splitReplaced(m[2]) {
			ref, ok := parseDocRef(part)
			if !ok {
				p.note(pos, "effect.replaces", "không đọc được quyết định bị thay thế %q", "could not read the replaced decision %q", short(part))
				continue
			}
			e.Replaces = append(e.Replaces, ref)
		}
	}
	if got := render.EffectText(p.d); !sameWords(got, s) {
		e.Text = s
		p.note(pos, "effect.text", "câu hiệu lực khác cách qd viết; giữ nguyên câu (qd viết: %q)", "the effect sentence differs from qd's wording; kept as written (qd writes: %q)", got)
	}
}

func splitReplaced(s string) []string {
	idx := replaceSplit.FindAllStringIndex(s, -1)
	var out []string
	start := 0
	for _, ix := range idx {
		cut := strings.LastIndex(s[ix[0]:ix[1]], "Quyết định")
		out = append(out, strings.TrimSpace(s[start:ix[0]]))
		start = ix[0] + cut
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// parseDocRef reads "Quyết định số 908/QĐ-UBND ngày 03/5/2017 của Chủ tịch UBND tỉnh về ...".
func parseDocRef(s string) (decision.DocRef, bool) {
	m := docRefRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return cite(s) // a date left blank
	}
	d, ok := parseDate(m[2])
	if !ok {
		return decision.DocRef{}, false
	}
	r := decision.DocRef{Number: m[1], Date: d, Issuer: m[3]}
	if loc := titleStart.FindStringIndex(m[3]); loc != nil {
		r.Issuer, r.Title = m[3][:loc[0]], strings.TrimSpace(m[3][loc[0]:])
	}
	return r, true
}

// execution reads the last article: who executes the decision, and the effect paragraph.
func (p *parser) execution(a article) {
	d := p.d
	head := trimEnd(a.head)
	if m := executionRE.FindStringSubmatch(head); m != nil {
		d.Execution.Addressees = splitAddressees(m[1])
		if got := render.ExecutionText(d); !sameWords(got, head) {
			d.Execution.Text = head
			p.note(a.pos, "execution.text", "câu thi hành khác cách qd viết; giữ nguyên câu (qd viết: %q)", "the execution sentence differs from qd's wording; kept as written (qd writes: %q)", got)
		}
	} else {
		d.Execution.Addressees = []string{"[[người chịu trách nhiệm thi hành]]"}
		d.Execution.Text = head
		p.note(a.pos, "execution", "điều cuối không theo mẫu \"... chịu trách nhiệm thi hành Quyết định này\"; giữ nguyên câu", "the last article does not read \"... chịu trách nhiệm thi hành Quyết định này\"; kept as written")
	}
	rest := p.joinContinuations(a.paras, "effect")
	for i, q := range rest {
		if i == 0 && !d.Effect.Separate && effectRE.MatchString(trimEnd(q.Text)) {
			p.effect(q.Pos, q.Text)
			continue
		}
		p.note(q.Pos, "execution.text", "đoạn %q sau điều thi hành không có chỗ trong mẫu; thêm vào cuối câu thi hành dưới dạng [[...]]", "paragraph %q after the execution article has no place in the model; added to the execution sentence as [[...]]", short(q.Text))
		if d.Execution.Text == "" {
			d.Execution.Text = render.ExecutionText(d)
		}
		d.Execution.Text += " [[" + trimEnd(q.Text) + "]]"
	}
}

func splitAddressees(s string) []string {
	parts := strings.Split(s, "; ")
	if len(parts) == 1 {
		parts = []string{s}
	}
	last := parts[len(parts)-1]
	if i := strings.LastIndex(last, " và "); i > 0 {
		parts = append(parts[:len(parts)-1], last[:i], last[i+len(" và "):])
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}
