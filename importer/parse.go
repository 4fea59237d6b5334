package importer

import (
	"fmt"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
)

// parser reads paragraphs into a decision, part by part, in the order of Nghị định 30's
// layout (Phụ lục I): header, title, authority, bases, articles, closing, Quy chế.
type parser struct {
	ps    []Para
	i     int
	d     *decision.Decision
	notes []Note
	// draftRead: a "DỰ THẢO LẦN N" mark was read (into draft, or noted)
	draftRead bool
}

func (p *parser) note(pos Pos, field, vi, en string, args ...any) {
	p.notes = append(p.notes, Note{Pos: pos, Field: field, Msg: decision.Msg{VI: fmt.Sprintf(vi, args...), EN: fmt.Sprintf(en, args...)}})
}

func (p *parser) done() bool { return p.i >= len(p.ps) }
func (p *parser) cur() Para  { return p.ps[p.i] }

// fromParagraphs parses the paragraphs of a decision and encodes the result as YAML.
func fromParagraphs(name string, paras []Para) (*Result, error) {
	d, notes := Parse(paras)
	header := "Nhập bằng qd import từ " + filepath.Base(name) + ".\nRà soát những chỗ qd ghi chú (và các [[...]]) trước khi soạn."
	y, err := decision.Encode(d, nil, header)
	if err != nil {
		return nil, err
	}
	return &Result{YAML: y, Decision: d, Notes: notes}, nil
}

// Parse reads the paragraphs of a decision into the model, with a note for each guess and
// for each piece it could not place (that piece is kept as [[...]] text beside where it
// belongs).
func Parse(paras []Para) (*decision.Decision, []Note) {
	p := &parser{d: &decision.Decision{}}
	for _, q := range splitTabbed(paras) {
		q.Text = clean(stripEmphasis(clean(q.Text)))
		if m := draftMarkRE.FindStringSubmatch(flat(q.Text)); m != nil {
			// The boxed draft mark qd prints at the top of a draft's first page (and of its Quy
			// chế): not part of the text; "LẦN N" is the draft field.
			if m[1] != "" && !p.draftRead {
				p.draftRead = true // the first mark counts (the Quy chế repeats it)
				if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= decision.MaxDraft {
					p.d.Draft = n
				} else {
					p.note(q.Pos, "draft", "dấu \"DỰ THẢO LẦN %s\": lần dự thảo phải từ 1 đến %d; qd không đọc số này, ghi draft nếu cần",
						"draft mark \"DỰ THẢO LẦN %s\": the draft number must be 1 to %d; qd does not read it, set draft if needed", m[1], decision.MaxDraft)
				}
			}
			continue
		}
		if t, ok := strings.CutPrefix(q.Text, "- "); ok && (basisRE.MatchString(t) || proposalRE.MatchString(t)) {
			// a party document opens its bases with a dash (Hướng dẫn 36-HD/VPTW practice)
			q.Text = t
		}
		if q.Text != "" {
			p.ps = append(p.ps, q)
		}
		for _, bad := range impossibleDates(q.Text) {
			p.note(q.Pos, "", "ngày %q không có thật (tháng không có ngày đó); qd không đọc ngày này, ghi [[...]] hoặc bỏ trống để văn thư điền",
				"the date %q does not exist (the month has no such day); qd does not read it and leaves [[...]] or a blank for the clerk", bad)
		}
	}
	p.header()
	p.title()
	p.authority()
	p.bases()
	arts := p.articles(func(q Para) bool { return strings.HasPrefix(q.Text, "Nơi nhận") || isRegulationStart(q.Text) }, 1)
	p.closing()
	p.regulation()
	p.decisionArticles(arts)
	p.fillDefaults()
	return p.d, p.notes
}

// tabGap is a tab between two cells of a paragraph.
var tabGap = lazyre.New(`\S\t+\S`)

// splitTabbed splits paragraphs holding cells separated by tabs (a header drawn with tabs
// instead of a table): the left cells of a run of such paragraphs first, then the right ones.
func splitTabbed(ps []Para) []Para {
	var out []Para
	for i := 0; i < len(ps); i++ {
		if ps[i].Table > 0 || !tabGap.MatchString(strings.TrimSpace(ps[i].Text)) {
			out = append(out, ps[i])
			continue
		}
		var left, right []Para
		for ; i < len(ps) && ps[i].Table == 0 && tabGap.MatchString(strings.TrimSpace(ps[i].Text)); i++ {
			cells := splitCells(ps[i].Text)
			q := ps[i]
			q.Text = cells[0]
			left = append(left, q)
			if len(cells) > 1 {
				q.Text = strings.Join(cells[1:], " ")
				right = append(right, q)
			}
		}
		i--
		out = append(append(out, left...), right...)
	}
	return out
}

func isRegulationStart(s string) bool {
	s = flat(s)
	return s == "QUY CHẾ" || s == "QUY ĐỊNH"
}

// draftMarkRE is a draft mark: "DỰ THẢO" or "DỰ THẢO LẦN 2" alone in its paragraph.
var draftMarkRE = lazyre.New(`^(?i:dự thảo)(?:\s+(?i:lần)\s+(\d+))?$`)

// ---- header (ô 1-4) ----

var numberRE = lazyre.New(`^Số\s*:?\s*([0-9]*[a-z]?)\s*/\s*(\S+)\s*$`)

// partyNumberRE is a party document's Số line (Hướng dẫn 36-HD/VPTW): "Số 1407-QĐ/TU", the
// number joined to the symbol by a hyphen, the symbol's parts by a slash.
var partyNumberRE = lazyre.New(`^Số\s*:?\s*([0-9]*[a-z]?)\s*-\s*([A-ZĐ][^\s/]*/\S+)\s*$`)

func (p *parser) header() {
	var issuer []string
	var first Pos
	for ; !p.done(); p.i++ {
		q := p.cur()
		t := flat(q.Text)
		if fold(t) == "quyết định" {
			p.i++
			break
		}
		if basisRE.MatchString(t) || articleRE.MatchString(t) {
			break
		}
		for _, line := range strings.Split(q.Text, "\n") {
			line = flat(line)
			switch {
			case strings.Contains(line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || strings.Contains(line, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") || strings.HasPrefix(line, "Độc lập") || strings.Trim(line, "-_ ") == "":
			case line == "ĐẢNG CỘNG SẢN VIỆT NAM" || strings.Trim(line, "* ") == "":
				// the party's tiêu đề and the asterisk under its issuer (Hướng dẫn 36-HD/VPTW)
			case partyNumberRE.MatchString(line):
				m := partyNumberRE.FindStringSubmatch(line)
				p.d.Number, p.d.Symbol = m[1], m[2]
			case numberRE.MatchString(line):
				m := numberRE.FindStringSubmatch(line)
				p.d.Number, p.d.Symbol = m[1], m[2]
			case placeDateRE.MatchString(line):
				p.placeDate(q.Pos, line)
			case isUpper(line):
				if issuer == nil {
					first = q.Pos
				}
				issuer = append(issuer, line)
			default:
				p.note(q.Pos, "issuer", "không nhận ra dòng %q ở phần đầu văn bản; chưa đưa vào YAML", "line %q of the header not recognised; not in the YAML", line)
			}
		}
	}
	p.issuer(first, issuer)
}

func (p *parser) placeDate(pos Pos, line string) {
	m := placeDateRE.FindStringSubmatch(line)
	p.d.Place = strings.TrimSpace(m[1])
	var d decision.Date
	fmt.Sscan(m[4], &d.Year)
	if d.Year > 0 {
		fmt.Sscan(m[3], &d.Month)
		if d.Month > 0 {
			fmt.Sscan(m[2], &d.Day)
		}
	}
	if d.Year > 0 {
		if _, err := decision.ParseDate(d.String()); err == nil {
			p.d.Date = d
		}
	}
	if !p.d.Date.Complete() {
		p.note(pos, "date", "văn bản chưa ghi đủ ngày ký (%q)", "the text does not give the full date of signing (%q)", line)
	}
}

// completeBody is an issuer line that names a whole body with its locality, so that lines
// after it name a body under it (UBND TỈNH KIÊN GIANG above BAN CHỈ ĐẠO ...).
// partyBodyRE is a provincial party committee's name: TỈNH ỦY ..., THÀNH ỦY ....
var partyBodyRE = lazyre.New(`^(TỈNH|THÀNH) (ỦY|UỶ) `)

var completeBody = lazyre.New(`^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|HUYỆN ỦY|ĐẢNG BỘ TỈNH|ĐẢNG BỘ THÀNH PHỐ|BỘ)\s+\S+`)

func (p *parser) issuer(pos Pos, lines []string) {
	is := &p.d.Issuer
	if len(lines) == 0 {
		is.Name = decision.Lines{"[[TÊN CƠ QUAN BAN HÀNH]]"} // see fillDefaults
		return
	}
	if len(lines) >= 2 && completeBody.MatchString(lines[0]) && !strings.HasPrefix(lines[0], "BỘ ") && !partyBodyRE.MatchString(lines[0]+" ") {
		is.Parent, lines = lines[0], lines[1:]
	}
	is.Name = decision.Lines(lines)
	all := strings.Join(lines, " ")
	// The rules' own reading of the name first, so that the level validates.
	if ls := decision.LevelsForName(all + " "); len(ls) == 1 {
		is.Level = ls[0]
		return
	}
	switch {
	case partyBodyRE.MatchString(all + " "):
		is.Level = decision.LevelPartyProvince // a party document (Hướng dẫn 36-HD/VPTW)
	case strings.Contains(all, "CHÍNH PHỦ") || strings.HasPrefix(all, "NGÂN HÀNG NHÀ NƯỚC") || strings.HasPrefix(all, "ỦY BAN DÂN TỘC"):
		is.Level = decision.LevelMinistry // a body at the level of a ministry (Thanh tra Chính phủ, Văn phòng Chính phủ)
	case strings.Contains(all, "BAN CHỈ ĐẠO"):
		is.Level = decision.LevelCommittee
	case strings.HasPrefix(all, "BỘ "):
		is.Level = decision.LevelMinistry
	case cityRE.MatchString(all):
		is.Level = decision.LevelCity
	case strings.Contains(all, "TỈNH"):
		is.Level = decision.LevelProvince
	case districtRE.MatchString(all):
		is.Level = decision.LevelDistrict
	default:
		is.Level = decision.LevelProvince
		p.note(pos, "issuer.level", "không đoán được cấp của cơ quan ban hành; tạm ghi tinh", "could not tell the issuer's level; tinh for now")
	}
}

// ---- title and authority (ô 5b, căn cứ) ----

func (p *parser) title() {
	var parts []string
	start := Pos{}
	if !p.done() {
		start = p.cur().Pos
	}
	for ; !p.done(); p.i++ {
		t := flat(p.cur().Text)
		if isUpper(t) || basisRE.MatchString(t) || proposalRE.MatchString(t) || fold(t) == "quyết định:" || articleRE.MatchString(t) {
			break
		}
		parts = append(parts, t)
	}
	title := strings.Join(parts, " ")
	if title == "" {
		p.note(start, "title", "không thấy trích yếu sau chữ QUYẾT ĐỊNH", "no title (trích yếu) after QUYẾT ĐỊNH")
		return
	}
	if p.d.Party() && startsLower(title) {
		// the party writes the trích yếu in lower case; the model keeps it as a sentence
		r := []rune(title)
		title = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	p.d.Title = title
	c := &p.d.Committee
	lt := strings.TrimPrefix(strings.TrimPrefix(title, "Về việc "), "về việc ")
	switch {
	case strings.HasPrefix(lt, "kiện toàn và đổi tên ") && strings.Contains(lt, " thành "):
		p.d.Kind = decision.KindKienToanDoiTen
		rest := strings.TrimPrefix(lt, "kiện toàn và đổi tên ")
		i := strings.LastIndex(rest, " thành ")
		c.OldName, c.Name = rest[:i], rest[i+len(" thành "):]
	case strings.HasPrefix(lt, "kiện toàn "):
		p.d.Kind = decision.KindKienToan
		c.Name = strings.TrimPrefix(lt, "kiện toàn ")
	case strings.HasPrefix(lt, "thành lập "):
		p.d.Kind = decision.KindThanhLap
		c.Name = strings.TrimPrefix(lt, "thành lập ")
	case strings.HasPrefix(fold(lt), "ban hành quy chế"):
		// "Ban hành Quy chế ..." (Mẫu 1.3), or "Về việc ban hành Quy chế ..." as Quyết định
		// 1209/QĐ-UBND ngày 24/6/2013 của UBND tỉnh Hà Giang writes it
		p.d.Kind = decision.KindQuyChe
		if i := strings.Index(lt, " của "); i > 0 {
			c.Name = lt[i+len(" của "):]
		}
	}
}

func (p *parser) authority() {
	var lines []string
	for ; !p.done(); p.i++ {
		t := p.cur().Text
		if !isUpper(flat(t)) || fold(flat(t)) == "quyết định:" || fold(flat(t)) == "quyết định" {
			break
		}
		for _, l := range strings.Split(t, "\n") {
			lines = append(lines, flat(l))
		}
	}
	if len(lines) == 0 {
		pos := Pos{}
		if !p.done() {
			pos = p.cur().Pos
		}
		p.note(pos, "issuer.authority", "không thấy dòng thẩm quyền ban hành (chữ in hoa trước các căn cứ); ghi [[...]]", "no authority line (upper case, before the bases); written as [[...]]")
		lines = []string{"[[THẨM QUYỀN BAN HÀNH]]"}
	}
	p.d.Issuer.Authority = lines
}

// ---- bases and proposal ----

// docTypes are the kinds of text a basis cites, longest first.
var docTypes = []string{"Nghị quyết liên tịch", "Thông tư liên tịch", "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Lệnh", "Nghị quyết",
	"Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Kế hoạch", "Kết luận", "Công văn", "Văn bản", "Thông báo", "Hướng dẫn", "Quy định",
	"Chương trình", "Đề án", "Điều lệ", "Quy chế"}

var numberInCite = lazyre.New(`^số\s+(\S+?)\s*,?\s+`)

// titleStart finds where an issuer ends and a title begins: "của Chính phủ về ...".
var titleStart = lazyre.New(` (về |ban hành |quy định |hướng dẫn |phê duyệt |sửa đổi|thành lập |kiện toàn |triển khai |thực hiện |Quy định |Ban hành |Về )`)

func (p *parser) bases() {
	for ; !p.done(); p.i++ {
		q := p.cur()
		t := flat(q.Text)
		if fold(t) == "quyết định:" || fold(t) == "quyết định" || articleRE.MatchString(t) {
			if fold(t) != "" && !articleRE.MatchString(t) {
				p.i++
			}
			return
		}
		// A line continuing the one before (wrapped in a PDF or a text file).
		if startsLower(t) && p.i > 0 {
			if n := len(p.d.Bases); n > 0 && p.d.Proposal == nil {
				b := &p.d.Bases[n-1]
				*b = parseBasis(b.VerbText() + " " + b.Citation() + " " + t)
				continue
			}
		}
		if m := proposalRE.FindStringSubmatch(t); m != nil {
			p.proposal(q.Pos, m[1], trimEnd(m[2]))
			continue
		}
		if basisRE.MatchString(t) {
			for k, part := range splitBasis(trimEnd(t)) {
				b := parseBasis(part)
				if k > 0 {
					// One Căn cứ line citing several texts: each its own basis, written on
					// the line of the one before.
					b.SameLine, b.Verb = true, ""
				}
				if b.Type == "" {
					f := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(part, "Căn cứ "), "Thực hiện "))
					b.Type, b.Title = f[0], strings.Join(f[1:], " ")
					p.note(q.Pos, fmt.Sprintf("bases[%d].type", len(p.d.Bases)), "không nhận ra loại văn bản; tạm ghi %q", "document type not recognised; %q for now", b.Type)
				}
				p.d.Bases = append(p.d.Bases, b)
			}
			continue
		}
		p.note(q.Pos, "bases", "không nhận ra đoạn %q giữa dòng thẩm quyền và QUYẾT ĐỊNH:; chưa đưa vào YAML", "paragraph %q between the authority and QUYẾT ĐỊNH: not recognised; not in the YAML", short(t))
	}
}

// splitBasis splits "Căn cứ Luật A ngày ...; Luật B ngày ..." into one basis each.
func splitBasis(s string) []string {
	verb := "Căn cứ"
	if strings.HasPrefix(s, "Thực hiện") {
		verb = "Thực hiện"
	}
	parts := strings.Split(s, "; ")
	var out []string
	for i, part := range parts {
		if i == 0 {
			out = append(out, part)
			continue
		}
		if typeOf(part) != "" {
			out = append(out, verb+" "+part)
			continue
		}
		out[len(out)-1] += "; " + part
	}
	return out
}

func typeOf(s string) string {
	for _, t := range docTypes {
		if strings.HasPrefix(s, t+" ") {
			return t
		}
	}
	return ""
}

// parseBasis reads "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ...".
func parseBasis(s string) decision.Basis {
	s = trimEnd(s)
	var b decision.Basis
	m := basisRE.FindStringSubmatch(s)
	if m == nil {
		return b
	}
	if m[1] != "Căn cứ" {
		b.Verb = m[1]
	}
	rest := m[2]
	b.Type = typeOf(rest)
	if b.Type == "" {
		return b
	}
	rest = strings.TrimSpace(rest[len(b.Type):])
	switch strings.ToLower(b.Type) {
	case "luật", "bộ luật", "hiến pháp", "pháp lệnh":
		if loc := lastDate(rest); loc != nil {
			b.Date, _ = parseDate(rest[loc[0]:])
			b.Title = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest[:loc[0]]), ","))
			if tail := strings.TrimSpace(rest[loc[1]:]); tail != "" {
				b.Title, b.Date = rest, decision.Date{}
			}
		} else {
			b.Title = rest
		}
		return b
	}
	if n := numberInCite.FindStringSubmatch(rest + " "); n != nil {
		b.Number = strings.TrimSuffix(n[1], ",")
		rest = strings.TrimSpace((rest + " ")[len(n[0]):])
	}
	if loc := dateAt(rest); loc != nil {
		b.Date, _ = parseDate(rest[loc[0]:loc[1]])
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest[loc[1]:]), ","))
	}
	if strings.HasPrefix(rest, "của ") {
		rest = rest[len("của "):]
		if loc := titleStart.FindStringIndex(rest); loc != nil {
			b.Issuer, b.Title = rest[:loc[0]], strings.TrimSpace(rest[loc[0]:])
		} else {
			b.Issuer = rest
		}
	} else {
		b.Title = rest
	}
	return b
}

var dateWordRE = lazyre.New(`^,?\s*ngày\s*(?:` + dateRE.String() + `)`)

// dateAt finds "ngày D/M/YYYY" at the start of s.
func dateAt(s string) []int {
	return dateWordRE.FindStringIndex(s)
}

var lastDateRE = lazyre.New(`,?\s*ngày\s*(?:` + dateRE.String() + `)\s*$`)

func lastDate(s string) []int { return lastDateRE.FindStringIndex(s) }

var submissionRE = lazyre.New(`^(.*?)\s+tại\s+Tờ trình\s+(?:số\s+)?(\S+?)\s*,?\s*ngày\s*(.+)$`)

func (p *parser) proposal(pos Pos, verb, rest string) {
	pr := &decision.Proposal{Of: rest}
	if verb != "Theo đề nghị" {
		pr.Verb = verb
	}
	if m := submissionRE.FindStringSubmatch(rest); m != nil {
		if d, ok := parseDate(m[3]); ok {
			end := dateRE.FindStringIndex(m[3])[1]
			rest := strings.TrimSpace(m[3][end:])
			switch {
			case rest == "":
				pr.Of = m[1]
				pr.Submission = &decision.Submission{Number: m[2], Date: d}
			case strings.HasPrefix(rest, "về "):
				// what the Tờ trình is about (proposal.submission.title)
				pr.Of = m[1]
				pr.Submission = &decision.Submission{Number: m[2], Date: d, Title: rest}
			}
		}
	}
	if pr.Submission == nil && strings.Contains(rest, "Tờ trình") {
		p.note(pos, "proposal.of", "không tách được số và ngày Tờ trình; để nguyên trong proposal.of", "could not read the Tờ trình's number and date; left in proposal.of")
	}
	p.d.Proposal = pr
}

func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// ---- articles ----

// article is an article of the text: its number, its first line and the paragraphs after.
type article struct {
	num   int
	head  string
	pos   Pos
	paras []Para
}

// articles reads "Điều N." articles until stop.
func (p *parser) articles(stop func(Para) bool, first int) []article {
	var out []article
	for ; !p.done(); p.i++ {
		q := p.cur()
		t := flat(q.Text)
		if stop(q) {
			break
		}
		if m := articleRE.FindStringSubmatch(t); m != nil {
			var n int
			fmt.Sscan(m[1], &n)
			out = append(out, article{num: n, head: m[2], pos: q.Pos})
			continue
		}
		if len(out) == 0 {
			p.note(q.Pos, "articles", "đoạn %q trước Điều 1 không thuộc phần nào; chưa đưa vào YAML", "paragraph %q before Điều 1 belongs nowhere; not in the YAML", short(t))
			continue
		}
		a := &out[len(out)-1]
		q.Text = t
		a.paras = append(a.paras, q)
	}
	for i := range out {
		if out[i].num != first+i {
			p.note(out[i].pos, "", "điều ghi số %d nhưng đứng thứ %d; qd đánh số lại liên tục", "article numbered %d is number %d in sequence; qd numbers articles in sequence", out[i].num, first+i)
		}
	}
	return out
}

// joinContinuations joins paragraphs that continue the one before (they start in lower
// case: a line broken in the middle of a sentence).
func (p *parser) joinContinuations(ps []Para, field string) []Para {
	var out []Para
	for _, q := range ps {
		if n := len(out); n > 0 && startsLower(q.Text) && !pointRE.MatchString(q.Text) {
			out[n-1].Text += " " + q.Text
			p.note(q.Pos, field, "đoạn bắt đầu bằng chữ thường được nối vào đoạn trước", "a paragraph starting in lower case was joined to the one before")
			continue
		}
		out = append(out, q)
	}
	return out
}
