package registry

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/internal/lazyre"
)

// Mention is a name in a text of a body or unit that no longer exists on the date asked.
type Mention struct {
	Start, End int    // bytes of the text (as NFC) that name it
	Text       string // those bytes
	Kind       string // "body" or "unit"
	Name       string // the registry's name of what ceased ("Sở Thông tin và Truyền thông", "tỉnh Quảng Nam")
	Until      Date   // the day it ceased
	// Successor is what to write instead, in the case the text uses; it may hold a [[...]]
	// placeholder for what the registry cannot know (the number of a regional branch).
	Successor string
	// Unconfirmed says what is not confirmed: such a mention only warns and is not replaced.
	Unconfirmed string
	Source      string
	// Cited is the date (perhaps only the year) of the document whose citation the name is
	// part of, when that is before Until ("Nghị quyết số 09-NQ/TU ngày 15 tháng 10 năm 2021
	// ... về chuyển đổi số tỉnh Nam Định"): such a mention is not sure, as the cited title
	// keeps the name it was issued with.
	Cited Date
	// Undated says the name is part of the citation of a document that gives no date
	// ("Căn cứ Quyết định của Ủy ban nhân dân tỉnh Hà Giang về ..."): it may be older than
	// Until, so the mention is not sure.
	Undated bool
	// List is the head of the list the name is an item of, written without its kind word
	// ("các Sở", in "các Sở: Kế hoạch và Đầu tư, Tài chính"): Successor is written the same
	// way ("Tài chính"), and an unsure one says why in Unconfirmed.
	List string
}

// Sure reports whether the registry is sure enough of the mention to replace it.
func (m Mention) Sure() bool { return m.Unconfirmed == "" }

// Ceased returns the mentions in text of bodies and units that no longer exist on asOf, in
// order. With place set, text is a place name ("Quảng Nam" before the date), which names
// the unit without "tỉnh".
func (r *Registry) Ceased(text string, asOf Date, place bool) []Mention {
	return r.CeasedIn(text, asOf, place, "")
}

// CeasedIn is Ceased for a text of a decision whose own province is home ("tỉnh Lạng
// Sơn"): a body named with the kind word alone ("Ngân hàng Nhà nước Chi nhánh tỉnh") is
// that province's, and its regional successor is the one serving home.
func (r *Registry) CeasedIn(text string, asOf Date, place bool, home string) []Mention {
	return r.CeasedNear(text, asOf, place, home, nil)
}

// CeasedNear is CeasedIn for one of the texts that name one holder together (a member's
// organisation, post and portfolio), all of which are near: a body whose unless_with names
// one of them is not found there ("Trưởng Ban Dân tộc" beside "Hội đồng nhân dân tỉnh").
func (r *Registry) CeasedNear(text string, asOf Date, place bool, home string, near []string) []Mention {
	ms := r.scan(text, asOf, place, home, near)
	if place {
		return ms
	}
	sp := splitOf(text)
	if with, ok := r.lists(sp, asOf, ms); ok {
		markCited(sp.text, with)
		return with
	}
	return ms
}

// scan is CeasedNear but for names in lists (lists): each name of the registry where it
// occurs whole.
func (r *Registry) scan(text string, asOf Date, place bool, home string, near []string) []Mention {
	sp := splitOf(text)
	text, ws := sp.text, sp.ws
	if len(ws) == 0 {
		return nil
	}
	ix := r.index()
	var out []Mention
	add := func(i, j int, m Mention) {
		m.Start, m.End = ws[i].start, ws[j-1].end
		m.Text = text[m.Start:m.End]
		m.Successor = inCase(m.Successor, m.Text)
		out = append(out, m)
	}
	// The names that occur in the text, found word by word through the index, are taken
	// as a scan of every name in registry order would find them: body by body, name by
	// name, left to right, each occurrence after the end of the one before.
	bodies, units := ix.occurrences(ws, place)
	from, last := 0, nameRef{-1, -1}
	for _, o := range bodies {
		if o.nameRef != last {
			from, last = 0, o.nameRef
		}
		b := &r.Bodies[o.entry]
		if o.at < from || b.Until.IsZero() || asOf.Before(b.Until) || !b.Restored.IsZero() && !asOf.Before(b.Restored) {
			continue
		}
		i, j := o.at, o.end
		from = j
		if inside(ws, i, j, b.Unless) || namesAny(near, b.UnlessWith) {
			continue
		}
		succ := b.SuccessorAt(asOf)
		if b.Scope == "region" && j < len(ws) && regionNumber(ws[j].key) {
			j++
		}
		if b.Scope == "unit" {
			k := r.unitPhrase(ix, ws, j)
			if k == j {
				continue
			}
			succ = strings.ReplaceAll(succ, "{đơn vị}", text[ws[j].start:ws[k-1].end])
			if len(b.Regions) > 0 {
				unit := home
				if n := kindWords(ws, j); j+n < k {
					unit = text[ws[j+n].start:ws[k-1].end]
				}
				if g := r.RegionOf(b, unit, asOf); g != nil {
					succ = g.Name
				}
			}
			j = k
		}
		add(i, j, Mention{Kind: "body", Name: b.Name, Until: b.Until, Successor: succ, Unconfirmed: b.Unconfirmed, Source: b.Source})
	}
	if place {
		for _, ui := range ix.places[ws[0].key] {
			u := &r.Units[ui]
			if u.Until.IsZero() || asOf.Before(u.Until) || !equalWords(ws, ix.bare[ui]) {
				continue
			}
			add(0, len(ws), Mention{Kind: "unit", Name: u.Unit + " " + u.Name, Until: u.Until, Successor: bareName(u.Successor), Unconfirmed: u.Unconfirmed, Source: u.Source})
		}
	}
	from, last = 0, nameRef{-1, -1}
	for _, o := range units {
		if o.nameRef != last {
			from, last = 0, o.nameRef
		}
		u := &r.Units[o.entry]
		if o.at < from || u.Until.IsZero() || asOf.Before(u.Until) {
			continue
		}
		from = o.end
		add(o.at, from, Mention{Kind: "unit", Name: u.Unit + " " + u.Name, Until: u.Until, Successor: u.Successor, Unconfirmed: u.Unconfirmed, Source: u.Source})
	}
	if !place {
		r.partyUnits(ix, ws, asOf, add)
	}
	kept := sortMentions(out)
	markCited(text, kept)
	return kept
}

// sortMentions sorts mentions by where they start and keeps the first of overlapping ones
// (a body's span includes its province).
func sortMentions(out []Mention) []Mention {
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start >= end {
			kept = append(kept, m)
			end = m.End
		}
	}
	return kept
}

// citedNumberRE finds a document's number in a citation: "số 09", "18/2024/TT-BTTTT",
// "09-NQ/TU", "1407/QĐ-UBND".
var citedNumberRE = lazyre.New(`(?i)\bsố\s+\d|\b\d+[a-z]?(?:/\d{4})?[/-][A-ZĐ]`)

// citedDateRE finds the date of a cited document: "ngày 15 tháng 10 năm 2021", "15/10/2021",
// or the year of a symbol "18/2024/TT-BTTTT".
var citedDateRE = lazyre.New(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b\d+[a-z]?/((?:19|20)\d\d)/[A-ZĐ]`)

// citedDocRE finds where a text cites a document: a lead ("Căn cứ", "Thực hiện", "Triển
// khai", "theo", "tại") before a document type, or a document type followed by its number
// ("Quyết định số 12/QĐ-UBND"). The type is written as a citation writes it, with a capital
// ("Quyết định", "Kế hoạch") or all in capitals: in lower case it is the common word ("theo
// quy định của Sở ...", "theo kế hoạch"), which names a body as it is now. Go's \b is
// ASCII-only, so word edges are spelled out.
var citedDocRE = lazyre.New(`(?:^|[^\p{L}\p{N}])(?:(?i:căn cứ|thực hiện|triển khai|theo|tại)[\s\p{Zs}]+(?:(?i:các)[\s\p{Zs}]+)?(?:` + citedDocs() + `)(?:[^\p{L}\p{N}]|$)|(?:` + citedDocs() + `)[\s\p{Zs}]+(?:(?i:số)[\s\p{Zs}]*)?\d)`)

// citedDocs returns the types of document a decision cites, each with its first letter a
// capital or all in capitals, as alternatives of a regular expression.
func citedDocs() string {
	var alt []string
	for _, t := range []string{"Bộ luật", "Luật", "Nghị quyết", "Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Kế hoạch", "Chương trình", "Đề án", "Kết luận", "Hướng dẫn", "Công văn", "Thông báo", "Quy chế", "Quy định", "Văn bản", "Báo cáo", "Tờ trình"} {
		alt = append(alt, t, strings.ToUpper(t))
	}
	return strings.Join(alt, "|")
}

// maxCitedWords bounds how far into a citation a name may stand from the document type
// (a long trích yếu), so that a clause that goes on after a citation is not taken for it.
const maxCitedWords = 40

// markCited makes unsure every mention that is part of the citation of a document issued
// before the name ceased: within its clause (since the last ';'), after a document number,
// the last date or symbol year before it is earlier than Until. The cited document's title
// and issuer keep their names (Nghị định 30, Phụ lục I: a citation gives the title as
// issued), so qd warns and leaves it to the clerk rather than failing or rewriting it.
//
// A citation that gives no date at all ("Căn cứ Quyết định của Ủy ban nhân dân tỉnh Hà Giang
// về ...", "Thực hiện Chương trình chuyển đổi số tỉnh Nam Định giai đoạn 2021 - 2025")
// cannot be proven old or new: the mention is unsure too (Undated), so the clerk is asked to
// check, and update does not rewrite history to a successor's name; a citation whose date is
// on or after Until keeps the error.
func markCited(text string, ms []Mention) {
	var c citedClause
	for i := range ms {
		m := &ms[i]
		if m.Unconfirmed != "" {
			continue
		}
		if c.text == "" || m.Start < c.start || m.End > c.end {
			// The clause is found and read once for all the mentions in it (they come in
			// order): a long text naming a body many times is not scanned again for each.
			start := strings.LastIndexByte(text[:m.Start], ';') + 1
			end := len(text)
			if k := strings.IndexByte(text[m.End:], ';'); k >= 0 {
				end = m.End + k
			}
			c = readClause(text, start, end)
		}
		start := c.start
		at := m.Start - start
		if c.numberBefore(at) {
			if s := c.lastDateBefore(at); s != nil {
				if d, ok := citedDate(s); ok && d.Before(m.Until) {
					m.Cited = d
					m.Unconfirmed = "tên này nằm trong lời dẫn một văn bản ban hành năm " + strconv.Itoa(d.Year) + ", trước ngày đó: trích yếu, cơ quan ban hành của văn bản được dẫn giữ tên như khi ban hành"
				}
				continue
			}
		}
		doc := c.lastDocBefore(at)
		if doc < 0 {
			continue
		}
		between := text[start+doc : m.Start]
		if moreWords(between, maxCitedWords) || strings.HasSuffix(strings.TrimRightFunc(between, unicode.IsSpace), ",") && startsUpper(m.Text) {
			continue // the citation has ended: "Căn cứ Quyết định số 12/QĐ-UBND, Sở ... chủ trì"
		}
		if c.dateFrom(doc) {
			continue // dated: on or after Until, as the rule above did not take it
		}
		if f := strings.Fields(between); len(f) > 0 && strings.ContainsAny(f[len(f)-1], "0123456789") {
			// The name follows the document's number directly: "Đề án 06 tỉnh X", "Nghị quyết
			// 57-NQ/TW tỉnh X" name a programme carried out by the unit now (a committee's
			// name), not the cited document's title, which comes after "về", "của" or its date.
			continue
		}
		m.Undated = true
		m.Unconfirmed = "tên này nằm trong lời dẫn một văn bản không ghi ngày ban hành: nếu văn bản ban hành trước ngày đó, trích yếu, cơ quan ban hành giữ tên như khi ban hành; ghi số, ngày của văn bản để qd kiểm tra"
	}
}

// citedClause is a clause of a text (between two ';') with where it holds document numbers,
// dates and document types, as byte offsets into it.
type citedClause struct {
	text          string
	start, end    int
	numbers, docs [][]int
	dates         [][]int
}

// readClause reads text[start:end].
func readClause(text string, start, end int) citedClause {
	cl := text[start:end]
	return citedClause{text: cl, start: start, end: end,
		numbers: citedNumberRE.Re().FindAllStringIndex(cl, -1),
		docs:    citedDocRE.Re().FindAllStringIndex(cl, -1),
		dates:   citedDateRE.Re().FindAllStringSubmatchIndex(cl, -1),
	}
}

// numberBefore reports whether a document number ends at or before offset at.
func (c *citedClause) numberBefore(at int) bool {
	return len(c.numbers) > 0 && c.numbers[0][1] <= at
}

// lastDateBefore returns the submatches of the last date that ends at or before at, or nil.
func (c *citedClause) lastDateBefore(at int) []string {
	var last []int
	for _, d := range c.dates {
		if d[1] > at {
			break
		}
		last = d
	}
	if last == nil {
		return nil
	}
	s := make([]string, len(last)/2)
	for i := range s {
		if last[2*i] >= 0 {
			s[i] = c.text[last[2*i]:last[2*i+1]]
		}
	}
	return s
}

// lastDocBefore returns where the last document type that ends at or before at starts, or -1.
func (c *citedClause) lastDocBefore(at int) int {
	doc := -1
	for _, d := range c.docs {
		if d[1] > at {
			break
		}
		doc = d[0]
	}
	return doc
}

// dateFrom reports whether a date starts at or after offset from.
func (c *citedClause) dateFrom(from int) bool {
	return len(c.dates) > 0 && c.dates[len(c.dates)-1][0] >= from
}

// moreWords reports whether s has more than n words, counting from its end (so the cost is
// bounded by n, not by the length of s).
func moreWords(s string, n int) bool {
	words, in := 0, false
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			words++
			if words > n {
				return true
			}
			in = true
		}
	}
	return false
}

// citedDate reads a match of citedDateRE.
func citedDate(s []string) (Date, bool) {
	n := func(i int) int { v, _ := strconv.Atoi(s[i]); return v }
	var d Date
	switch {
	case s[3] != "":
		d = Date{n(3), n(2), n(1)}
	case s[6] != "":
		d = Date{n(6), n(5), n(4)}
	default:
		d = Date{Year: n(7)}
	}
	return d, d.Year >= 1945 && d.Month <= 12 && d.Day <= 31
}

// startsUpper reports whether the first letter of s is upper case.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// scanIndex is what Ceased looks names up in: the folded words of every name of a registry,
// and the names by their first folded word.
type scanIndex struct {
	bodyNeedles [][][]string       // by body: the words of its name, then of each alias
	full, bare  [][]string         // by unit: the words of "tỉnh Quảng Nam" and of "Quảng Nam"
	first       map[string]*bucket // first word → the names starting with it
	places      map[string][]int   // first word → the units whose bare name starts with it
}

// bucket holds the names that start with one word: bodies' names and aliases, and units'
// full names.
type bucket struct {
	bodies []nameRef
	units  []int
}

// nameRef is a body's name (0) or alias (1...), or a unit (name 0).
type nameRef struct{ entry, name int }

// occurrence is a name of the registry at word at of a text.
type occurrence struct {
	nameRef
	at, end int
}

// occurrences returns where the bodies' names (and, unless place, the units' full names)
// occur in ws as whole words, each list sorted by name in registry order, then by word.
func (ix *scanIndex) occurrences(ws []word, place bool) (bodies, units []occurrence) {
	for i := range ws {
		b := ix.first[ws[i].key]
		if b == nil {
			continue
		}
		for _, ref := range b.bodies {
			if j, ok := matchAt(ws, ix.bodyNeedles[ref.entry][ref.name], i); ok {
				bodies = append(bodies, occurrence{ref, i, j})
			}
		}
		if place {
			continue
		}
		for _, ui := range b.units {
			if j, ok := matchAt(ws, ix.full[ui], i); ok {
				units = append(units, occurrence{nameRef{ui, 0}, i, j})
			}
		}
	}
	byName := func(a, b occurrence) int {
		switch {
		case a.entry != b.entry:
			return a.entry - b.entry
		case a.name != b.name:
			return a.name - b.name
		}
		return a.at - b.at
	}
	slices.SortFunc(bodies, byName)
	slices.SortFunc(units, byName)
	return bodies, units
}

var indexes sync.Map // *Registry → *scanIndex

// index returns the scan index of r, built on first use (from the folded forms go generate
// computed, for the names of the embedded registry).
func (r *Registry) index() *scanIndex {
	if v, ok := indexes.Load(r); ok {
		return v.(*scanIndex)
	}
	ix := &scanIndex{
		bodyNeedles: make([][][]string, len(r.Bodies)),
		full:        make([][]string, len(r.Units)),
		bare:        make([][]string, len(r.Units)),
		first:       map[string]*bucket{},
		places:      map[string][]int{},
	}
	at := func(w string) *bucket {
		b := ix.first[w]
		if b == nil {
			b = &bucket{}
			ix.first[w] = b
		}
		return b
	}
	for bi := range r.Bodies {
		b := &r.Bodies[bi]
		for ni, name := range append([]string{b.Name}, b.Aliases...) {
			n := needleOf(name)
			ix.bodyNeedles[bi] = append(ix.bodyNeedles[bi], n)
			if len(n) > 0 {
				bk := at(n[0])
				bk.bodies = append(bk.bodies, nameRef{bi, ni})
			}
		}
	}
	for ui := range r.Units {
		u := &r.Units[ui]
		ix.full[ui], ix.bare[ui] = needleOf(u.Unit+" "+u.Name), needleOf(u.Name)
		if n := ix.full[ui]; len(n) > 0 {
			bk := at(n[0])
			bk.units = append(bk.units, ui)
		}
		if n := ix.bare[ui]; len(n) > 0 {
			ix.places[n[0]] = append(ix.places[n[0]], ui)
		}
	}
	v, _ := indexes.LoadOrStore(r, ix)
	return v.(*scanIndex)
}

// Bring returns text with every mention the registry is sure of replaced by its successor,
// and every mention found (replaced or not). A successor may itself have ceased later
// (Cục Thuế tỉnh Quảng Nam → Thuế tỉnh Quảng Nam → Thuế thành phố Đà Nẵng): the text is
// read again until nothing more changes.
func (r *Registry) Bring(text string, asOf Date, place bool) (string, []Mention) {
	return r.BringIn(text, asOf, place, "")
}

// BringIn is Bring for a text of a decision whose own province is home (see CeasedIn).
func (r *Registry) BringIn(text string, asOf Date, place bool, home string) (string, []Mention) {
	return r.BringNear(text, asOf, place, home, nil)
}

// BringNear is BringIn for one of the texts that name one holder together (see CeasedNear).
func (r *Registry) BringNear(text string, asOf Date, place bool, home string, near []string) (string, []Mention) {
	text = nfc(text)
	var all []Mention
	for pass := 0; pass < 4; pass++ {
		ms := r.CeasedNear(text, asOf, place, home, near)
		var b strings.Builder
		last, changed := 0, false
		for _, m := range ms {
			if !m.Sure() {
				// Left as written, so found again on every later pass: report it once.
				if !slices.ContainsFunc(all, func(o Mention) bool { return !o.Sure() && o.Name == m.Name && o.Text == m.Text }) {
					all = append(all, m)
				}
				continue
			}
			all = append(all, m)
			b.WriteString(text[last:m.Start])
			b.WriteString(m.Successor)
			last, changed = m.End, true
		}
		if !changed {
			break
		}
		b.WriteString(text[last:])
		text = b.String()
	}
	return text, all
}

// partyUnits adds the ceased provinces named through their party committee: "Tỉnh ủy Nam
// Định", "Ban Thường vụ Tỉnh ủy Nam Định", "TỈNH ỦY NAM ĐỊNH" (the party's own name for its
// provincial committee, Điều lệ Đảng; the seeds' 1407-QĐ/TU). The unit word is fused into
// "Tỉnh ủy" / "Thành ủy", so the full name "tỉnh Nam Định" never occurs there. The
// successor is the committee of the successor unit: "Tỉnh ủy Ninh Bình", and "Thành ủy Huế"
// for tỉnh Thừa Thiên Huế, which became thành phố Huế.
func (r *Registry) partyUnits(ix *scanIndex, ws []word, asOf Date, add func(i, j int, m Mention)) {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i+1].key != "uy" || ws[i].key != "tinh" && ws[i].key != "thanh" || ws[i].start == ws[i+1].start {
			continue
		}
		k := i + 2
		for _, ui := range ix.places[ws[k].key] {
			u := &r.Units[ui]
			needle := ix.bare[ui]
			if u.Until.IsZero() || asOf.Before(u.Until) || u.Unit != "tỉnh" && u.Unit != "thành phố" ||
				!matchesAt(ws[:min(len(ws), k+len(needle))], needle, k) {
				continue
			}
			succ := u.Successor
			switch {
			case strings.HasPrefix(succ, "thành phố "):
				succ = "Thành ủy " + strings.TrimPrefix(succ, "thành phố ")
			case strings.HasPrefix(succ, "tỉnh "):
				succ = "Tỉnh ủy " + strings.TrimPrefix(succ, "tỉnh ")
			default:
				succ = "[[Tỉnh ủy, Thành ủy]] " + succ
			}
			add(i, k+len(needle), Mention{Kind: "unit", Name: u.Unit + " " + u.Name, Until: u.Until, Successor: succ, Unconfirmed: u.Unconfirmed, Source: u.Source})
			break
		}
	}
}

// unitPhrase returns the end of the unit phrase that starts at word j ("tỉnh Lạng Sơn",
// "thành phố Hồ Chí Minh", a bare province name, or the kind word alone), or j if none.
func (r *Registry) unitPhrase(ix *scanIndex, ws []word, j int) int {
	k := j + kindWords(ws, j)
	best := k
	if k >= len(ws) {
		return best
	}
	for _, i := range ix.places[ws[k].key] {
		needle := ix.bare[i]
		// Cut after the name: what follows it does not matter.
		if matchesAt(ws[:min(len(ws), k+len(needle))], needle, k) && k+len(needle) > best {
			best = k + len(needle)
		}
	}
	return best
}

// namesAny reports whether one of the texts names one of the names (as whole words, folded).
func namesAny(texts, names []string) bool {
	for _, n := range names {
		needle := needleOf(n)
		for _, t := range texts {
			if _, _, ok := find(words(t), needle, 0); ok {
				return true
			}
		}
	}
	return false
}

// inside reports whether the words [i, j) lie within an occurrence of one of the names.
func inside(ws []word, i, j int, names []string) bool {
	for _, n := range names {
		needle := needleOf(n)
		if a, b, ok := find(ws, needle, max(0, j-len(needle))); ok && a <= i && b >= j {
			return true
		}
	}
	return false
}

// regionNumber reports whether a folded word numbers a region: digits or a Roman numeral
// ("16", "xvi").
func regionNumber(w string) bool {
	if w == "" {
		return false
	}
	digits, roman := true, true
	for _, r := range w {
		digits = digits && r >= '0' && r <= '9'
		roman = roman && strings.ContainsRune("ivxl", r)
	}
	return digits || roman
}

// kindWords is the number of words of the kind word at j: 1 for "tỉnh", 2 for "thành
// phố", 0 for none.
func kindWords(ws []word, j int) int {
	switch {
	case j < len(ws) && ws[j].key == "tinh":
		return 1
	case j+1 < len(ws) && ws[j].key == "thanh" && ws[j+1].key == "pho":
		return 2
	}
	return 0
}

var needles sync.Map // name → its folded words

// needleOf returns the folded words of a registry name: computed by go generate for the
// embedded registry's names, once a run for an office's own.
func needleOf(name string) []string {
	if f, ok := embeddedFold(name); ok {
		return f.words
	}
	if v, ok := needles.Load(name); ok {
		return v.([]string)
	}
	w := strings.Fields(Fold(name))
	needles.Store(name, w)
	return w
}

// keyOf is Fold for a registry name, precomputed for the embedded registry's.
func keyOf(name string) string {
	if f, ok := embeddedFold(name); ok {
		return f.key
	}
	return Fold(name)
}

// bareName drops the kind word: "thành phố Đà Nẵng" → "Đà Nẵng".
func bareName(s string) string {
	for _, p := range []string{"tỉnh ", "thành phố "} {
		if strings.HasPrefix(s, p) {
			return strings.TrimPrefix(s, p)
		}
	}
	return s
}

// inCase writes s in the case of the text it replaces: all capitals for an issuer line,
// a capital first letter where the text has one.
func inCase(s, like string) string {
	hasLower, first := false, rune(0)
	for _, r := range like {
		if first == 0 && unicode.IsLetter(r) {
			first = r
		}
		hasLower = hasLower || unicode.IsLower(r)
	}
	if !hasLower && first != 0 {
		// Keep a [[...]] placeholder as written.
		var b strings.Builder
		for len(s) > 0 {
			i := strings.Index(s, "[[")
			if i < 0 {
				b.WriteString(strings.ToUpper(s))
				break
			}
			j := strings.Index(s[i:], "]]")
			if j < 0 {
				b.WriteString(strings.ToUpper(s))
				break
			}
			b.WriteString(strings.ToUpper(s[:i]) + s[i:i+j+2])
			s = s[i+j+2:]
		}
		return b.String()
	}
	if unicode.IsUpper(first) {
		for i, r := range s {
			return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
		}
	}
	return s
}

// matchesAt reports whether needle occurs in ws at word i (matchAt).
func matchesAt(ws []word, needle []string, i int) bool {
	_, ok := matchAt(ws, needle, i)
	return ok
}

func equalWords(ws []word, needle []string) bool {
	if len(ws) != len(needle) {
		return false
	}
	for i := range ws {
		if ws[i].key != needle[i] {
			return false
		}
	}
	return true
}
