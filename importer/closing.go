package importer

import (
	"fmt"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strings"

	"github.com/vanthu-vn/qd/decision"
)

var signerPrefixRE = lazyre.New(`^((KT|TM|Q|TL|TUQ)\.|[TK]/[MT])\s*`) // T/M, K/T: the party's (Hướng dẫn 36-HD/VPTW, điểm 1.7)

// closing reads Nơi nhận and the signature block (ô 7, 9a): it ends where the Quy chế
// begins (its header repeats the issuer's lines) or at the end of the text.
func (p *parser) closing() {
	d := p.d
	end, regStart := len(p.ps), len(p.ps)
	for j := p.i; j < len(p.ps); j++ {
		if isRegulationStart(p.ps[j].Text) {
			end, regStart = j, j
			// The Quy chế repeats the header: issuer lines, national name, motto.
			for end > p.i {
				t := flat(p.ps[end-1].Text)
				if strings.Contains(t, "CỘNG HÒA XÃ HỘI") || strings.HasPrefix(t, "Độc lập") || t == d.Issuer.Parent || containsLine(d.Issuer.Name, t) ||
					t == "ĐẢNG CỘNG SẢN VIỆT NAM" || strings.Trim(t, "* ") == "" { // the party's header (Hướng dẫn 36-HD/VPTW)
					end--
					continue
				}
				break
			}
			break
		}
	}
	var signer []string
	var signerPos Pos
	inRecipients, seen, open := false, false, false
	for ; p.i < end; p.i++ {
		q := p.cur()
		for _, line := range strings.Split(q.Text, "\n") {
			t := flat(line)
			switch {
			case strings.HasPrefix(t, "Nơi nhận"):
				inRecipients, seen = true, true
				if rest := strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(t, "Nơi nhận"), ":")); rest != "" {
					p.recipient(rest)
				}
			case seen && dashRE.MatchString(t):
				p.recipient(dashRE.FindStringSubmatch(t)[1])
				open = !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, ".")
			case len(signer) > 0 && d.Signer.Name == "" && (personName.MatchString(t) || strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]")):
				d.Signer.Name = t
				inRecipients = false
			case isUpper(t):
				inRecipients = false
				if signer == nil {
					signerPos = q.Pos
				}
				signer = append(signer, t)
			case inRecipients && len(d.Recipients) > 0 && startsLower(t):
				d.Recipients[len(d.Recipients)-1] = strings.TrimRight(d.Recipients[len(d.Recipients)-1]+" "+t, ";.")
			case seen && open && len(d.Recipients) > 0 && !isUpper(t):
				// A recipient wrapped in its cell: its line did not end with ; or .
				d.Recipients[len(d.Recipients)-1] = strings.TrimRight(d.Recipients[len(d.Recipients)-1]+" "+t, ";.")
				open = !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, ".")
			case seen && strings.HasPrefix(fold(t), "lưu"):
				p.recipient(t)
			default:
				p.note(q.Pos, "recipients", "không nhận ra dòng %q ở phần Nơi nhận, chữ ký; chưa đưa vào YAML", "line %q of the closing not recognised; not in the YAML", short(t))
			}
		}
	}
	p.i = regStart
	p.signer(signerPos, signer)
	if len(d.Recipients) == 0 {
		d.Recipients = []string{"[[Nơi nhận]]", "Lưu: VT"}
		p.note(signerPos, "recipients", "không thấy Nơi nhận; ghi [[...]]", "no Nơi nhận found; written as [[...]]")
	}
}

func containsLine(lines decision.Lines, t string) bool {
	for _, l := range lines {
		if l == t {
			return true
		}
	}
	return false
}

func (p *parser) recipient(s string) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ";."))
	if s != "" {
		p.d.Recipients = append(p.d.Recipients, s)
	}
}

// signer splits the upper-case lines of the signature into the authority lines (with
// KT./TM./Q. and the title after it) and the signer's other post.
func (p *parser) signer(pos Pos, lines []string) {
	s := &p.d.Signer
	if len(lines) == 0 {
		s.Authority = decision.Lines{"[[THẨM QUYỀN KÝ]]"}
		p.note(pos, "signer.authority", "không thấy thẩm quyền ký (chữ in hoa trên chữ ký); ghi [[...]]", "no signing authority (upper case, above the signature); written as [[...]]")
		return
	}
	n := 1
	if signerPrefixRE.MatchString(lines[0]) && len(lines) > 1 {
		n = 2
	}
	s.Authority = decision.Lines(lines[:n])
	if len(lines) > n {
		s.OtherPost = strings.Join(lines[n:], " ")
	}
	auth := p.d.Issuer.Authority.Text()
	head := signerPrefixRE.ReplaceAllString(lines[0], "")
	if n == 1 && !strings.HasPrefix(auth, head) && !strings.HasPrefix(auth, "[[") {
		if t := headTitle(auth); t != "" {
			s.OtherPost = strings.TrimSpace(strings.Join(lines, " "))
			s.Authority = decision.Lines{t}
			p.note(pos, "signer.authority", "chữ ký ghi %q, không khớp dòng thẩm quyền %q; qd ghi %s và đưa %q vào other_post (Nghị định 30, Phụ lục I, ô 7a)",
				"the signature reads %q, which does not match the authority %q; qd writes %s with %q as other_post (Nghị định 30, Phụ lục I, ô 7a)", lines[0], auth, t, s.OtherPost)
		}
	}
}

// headTitle is the title of the head of an individual authority: "TRƯỞNG BAN" of "TRƯỞNG BAN
// CHỈ ĐẠO ...".
func headTitle(auth string) string {
	for _, t := range []string{"CHỦ TỊCH", "TRƯỞNG BAN", "BỘ TRƯỞNG", "GIÁM ĐỐC"} {
		if strings.HasPrefix(auth, t) {
			return t
		}
	}
	return ""
}

// ---- Quy chế ----

var referenceRE = lazyre.New(`^\(?\s*(Ban hành kèm theo|Kèm theo)\s+Quyết định\s+(?:số\s+)?(.+?)\s+ngày\s+(.+?)\s+của\s+(.+?)\s*\)?\.?$`)

func (p *parser) regulation() {
	if p.done() || !isRegulationStart(p.cur().Text) {
		for ; !p.done(); p.i++ {
			p.note(p.cur().Pos, "", "đoạn %q ở cuối văn bản không thuộc phần nào; chưa đưa vào YAML", "paragraph %q at the end belongs nowhere; not in the YAML", short(flat(p.cur().Text)))
		}
		return
	}
	d := p.d
	r := &decision.Regulation{}
	d.Regulation = r
	start := p.cur().Pos
	p.i++
	var title []string
	for ; !p.done(); p.i++ {
		t := flat(p.cur().Text)
		if strings.HasPrefix(t, "(") || referenceRE.MatchString(t) || chapterRE.MatchString(t) || articleRE.MatchString(t) {
			break
		}
		title = append(title, t)
	}
	r.Title = strings.Join(title, " ")
	if d.Party() && startsLower(r.Title) {
		// the party writes the trích yếu in lower case; the model keeps it as a sentence
		rs := []rune(r.Title)
		r.Title = strings.ToUpper(string(rs[0])) + string(rs[1:])
	}
	if r.Title == "Hoạt động của "+d.Committee.Name {
		r.Title = ""
	}
	if !p.done() {
		t := flat(p.cur().Text)
		for strings.HasPrefix(t, "(") && !strings.HasSuffix(t, ")") && p.i+1 < len(p.ps) {
			p.i++
			t += " " + flat(p.cur().Text)
		}
		if m := referenceRE.FindStringSubmatch(t); m != nil {
			if m[1] != "Kèm theo" {
				r.AttachedBy = m[1]
			}
			r.IssuedBy = m[4]
			p.i++
		} else if strings.HasPrefix(t, "(") {
			p.note(p.cur().Pos, "regulation.issued_by", "không đọc được dòng %q; qd viết dòng Kèm theo Quyết định theo mẫu", "could not read %q; qd writes the Kèm theo line itself", short(t))
			p.i++
		}
	}
	if r.IssuedBy == "" && d.Issuer.Short == "" {
		r.IssuedBy = "[[người ban hành quyết định]]"
		p.note(start, "regulation.issued_by", "không thấy người ban hành trong dòng Kèm theo; ghi [[...]]", "the Kèm theo line names no issuer; written as [[...]]")
	}
	var ch *decision.Chapter
	stop := func(q Para) bool {
		t := flat(q.Text)
		return chapterRE.MatchString(t) || isUpper(t) && !strings.HasPrefix(t, "Điều")
	}
	for !p.done() {
		t := flat(p.cur().Text)
		if m := chapterRE.FindStringSubmatch(t); m != nil {
			r.Chapters = append(r.Chapters, decision.Chapter{Title: strings.TrimSpace(m[2])})
			ch = &r.Chapters[len(r.Chapters)-1]
			p.i++
			// The chapter's title, on the same line or on the lines after (wrapped).
			for !p.done() && isUpper(flat(p.cur().Text)) && !chapterRE.MatchString(flat(p.cur().Text)) {
				ch.Title = strings.TrimSpace(ch.Title + " " + flat(p.cur().Text))
				p.i++
			}
			continue
		}
		if articleRE.MatchString(t) {
			if ch == nil {
				r.Chapters = append(r.Chapters, decision.Chapter{Title: "[[TÊN CHƯƠNG]]"})
				ch = &r.Chapters[0]
				p.note(p.cur().Pos, "regulation.chapters[0].title", "Quy chế không chia chương; qd cần ít nhất một chương, ghi [[...]]", "the Quy chế has no chapters; qd needs one, written as [[...]]")
			}
			n := 1
			for _, c := range r.Chapters {
				n += len(c.Articles)
			}
			arts := p.articles(stop, n)
			for _, a := range arts {
				field := fmt.Sprintf("regulation.chapters[%d].articles[%d]", len(r.Chapters)-1, len(ch.Articles))
				art := p.freeArticle(a, field)
				if art.Title == "" {
					// Every article of a Quy chế has a title; a first sentence is its text.
					art.Title = "[[tên điều]]"
					p.note(a.pos, field+".title", "điều không có tên; ghi [[...]]", "the article has no title; written as [[...]]")
				}
				ch.Articles = append(ch.Articles, art)
			}
			continue
		}
		// The signature repeated under the Quy chế: qd signs the decision only.
		if isUpper(t) || personName.MatchString(t) {
			if containsLine(d.Signer.Authority, t) || t == d.Signer.OtherPost || t == d.Signer.Name {
				p.note(p.cur().Pos, "signer", "chữ ký lặp lại cuối Quy chế; qd không in lại (Quy chế ban hành kèm theo quyết định đã ký)", "the signature repeated under the Quy chế; qd does not print it again (the Quy chế is attached to the signed decision)")
				p.i++
				continue
			}
		}
		p.note(p.cur().Pos, "regulation", "đoạn %q trong Quy chế không thuộc điều nào; chưa đưa vào YAML", "paragraph %q of the Quy chế belongs to no article; not in the YAML", short(t))
		p.i++
	}
	for i := range r.Chapters {
		if len(r.Chapters[i].Articles) == 0 {
			r.Chapters[i].Articles = []decision.Article{{Title: "[[tên điều]]"}}
			p.note(start, fmt.Sprintf("regulation.chapters[%d]", i), "chương không có điều nào; ghi [[...]]", "the chapter has no article; written as [[...]]")
		}
	}
}

// fillDefaults writes what the text did not say but the model needs, each with a note.
func (p *parser) fillDefaults() {
	d := p.d
	is := &d.Issuer
	auth := is.Authority.Text()
	if len(is.Name) > 0 && strings.HasPrefix(is.Name[0], "[[") {
		// No header: the issuer is the body in the authority line (CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X).
		if i := strings.Index(auth, "ỦY BAN NHÂN DÂN "); i >= 0 {
			rest := auth[i+len("ỦY BAN NHÂN DÂN "):]
			is.Name = decision.Lines{"ỦY BAN NHÂN DÂN", rest}
			p.issuer(Pos{}, is.Name)
			p.note(Pos{}, "issuer.name", "văn bản không có phần đầu; qd lấy tên cơ quan từ dòng thẩm quyền: %s", "the text has no header; qd took the issuer from the authority line: %s", strings.Join(is.Name, " "))
		}
	}
	if len(is.Name) > 0 && strings.HasPrefix(is.Name[0], "[[") {
		is.Level = decision.LevelProvince
		p.note(Pos{}, "issuer.name", "không thấy tên cơ quan ban hành ở đầu văn bản; ghi [[...]]", "no issuing body found at the top; written as [[...]]")
	}
	if d.Symbol == "" {
		d.Symbol = "QĐ-UBND"
		if is.Level == decision.LevelCommittee {
			d.Symbol = "QĐ-BCĐ"
		}
		p.note(Pos{}, "symbol", "không thấy số, ký hiệu; qd đoán ký hiệu %s", "no number and symbol found; qd guesses the symbol %s", d.Symbol)
	}
	if d.Place == "" {
		for _, unit := range []string{"TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ "} {
			if i := strings.LastIndex(auth, unit); i >= 0 {
				d.Place = titleCase(auth[i+len(unit):])
				break
			}
		}
		if d.Place == "" {
			d.Place = "[[Địa danh]]"
		}
		p.note(Pos{}, "place", "không thấy địa danh, ngày tháng; qd đoán địa danh %q", "no place and date found; qd guesses the place %q", d.Place)
	}
	if d.Date.IsZero() {
		// The rules check bases and bodies as of the decision's date: an undated text is
		// dated from its Tờ trình (a decision follows its proposal within weeks), else from
		// the latest text it cites.
		switch {
		case d.Proposal != nil && d.Proposal.Submission != nil && d.Proposal.Submission.Date.Year > 0:
			sd := d.Proposal.Submission.Date
			d.Date = decision.Date{Year: sd.Year, Month: sd.Month}
			p.note(Pos{}, "date", "văn bản không ghi ngày; qd ghi tháng %d/%d theo ngày Tờ trình, ngày ký để trống", "the text is undated; qd writes %d/%d from the Tờ trình, the day left blank", sd.Month, sd.Year)
		default:
			var latest decision.Date
			for _, b := range d.Bases {
				if latest.Before(b.Date) {
					latest = b.Date
				}
			}
			if !latest.IsZero() {
				d.Date = decision.Date{Year: latest.Year}
				p.note(Pos{}, "date", "văn bản không ghi ngày; qd ghi năm %d theo căn cứ mới nhất", "the text is undated; qd writes the year %d from the latest basis", latest.Year)
			}
		}
	}
	if d.Kind == "" {
		d.Kind = decision.KindThanhLap
		p.note(Pos{}, "kind", "không nhận ra loại quyết định từ trích yếu và Điều 1; tạm ghi thanh_lap", "could not tell the kind of decision from the title and Điều 1; thanh_lap for now")
	}
	if t := d.Title; t != "" {
		d.Title = ""
		if d.TitleText() != t {
			d.Title = t
		}
	}
	if d.Committee.Name == "" {
		d.Committee.Name = "[[Tên Ban Chỉ đạo]]"
		p.note(Pos{}, "committee.name", "không thấy tên Ban Chỉ đạo", "no committee name found")
	}
	// A predecessor's decision is the one the effect clause replaces, when it names it.
	for i := range d.Committee.Predecessors {
		pr := &d.Committee.Predecessors[i]
		for _, r := range d.Effect.Replaces {
			if strings.Contains(r.Title, pr.Name) {
				name := pr.Name
				*pr = r
				pr.Name = name
			}
		}
		if pr.Number == "" {
			pr.Number, pr.Issuer, pr.Date = "[[số/ký hiệu]]", "[[cơ quan ban hành]]", decision.Date{Day: decision.PlaceholderDay}
			p.note(Pos{}, fmt.Sprintf("committee.predecessors[%d]", i), "không thấy quyết định thành lập %s; điền số, ngày, cơ quan ban hành", "the decision setting up %s is not cited; fill in its number, date and issuer", pr.Name)
		}
	}
	if d.Kind == decision.KindQuyChe && d.Committee.Establishment == nil {
		for _, b := range d.Bases {
			if b.Type == "Quyết định" && strings.Contains(b.Title, d.Committee.Name) && strings.Contains(fold(b.Title), "thành lập") {
				d.Committee.Establishment = &decision.DocRef{Number: b.Number, Date: b.Date, Issuer: b.Issuer, Title: b.Title}
			}
		}
	}
	if len(d.Execution.Addressees) == 0 {
		d.Execution.Addressees = []string{"[[người chịu trách nhiệm thi hành]]"}
	}
}

func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		words[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(words, " ")
}
