// Package render lays a decision out as a Nghị định 30 document: the .docx and its text.
package render

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/render/textwidth"
	"github.com/vanthu-vn/qd/textnorm"
)

// Options change how a decision is laid out.
type Options struct {
	// Styles replaces the built-in word/styles.xml (from --reference-doc).
	Styles []byte
	// Page replaces the default page set-up (from --reference-doc).
	Page *docx.Page
	// Header replaces the page-number header part (from --reference-doc); HeaderRels is its
	// relationships part, when it names images or links.
	Header     []byte
	HeaderRels []byte
	// StyleIDs maps the IDs of qd's styles to the IDs the same styles (by name) have in
	// Styles (from --reference-doc, whose IDs Word and LibreOffice may have rewritten).
	StyleIDs map[string]string
	// Final leaves out the draft mark (qd draft --final: the copy for signature).
	Final bool
	// Parts are further parts to copy (the reference document's theme, font table, and the
	// images its header shows).
	Parts []docx.Part
}

// DefaultPage is A4 with margins top 20, bottom 20, left 30, right 15 mm, inside the ranges of
// Nghị định 30, Phụ lục I (spec §1).
var DefaultPage = docx.A4(20, 20, 30, 15)

// Layout geometry, in twips. The header table follows the model of Phụ lục III (spec §2):
// a ≈ 70 mm issuer column and a ≈ 102 mm national column wide enough for the Quốc hiệu in
// 13 pt bold (95.7 mm), shifted 7.5 mm into the left margin; the closing table ≈ 63.5 mm
// for Nơi nhận and the rest for the signature (spec §2.10).
var (
	headerWidths = []int{3969, 5812}
	headerIndent = -425
	closingLeft  = 3600
	cellPadding  = 2 * 57 // the LayoutTable style's left and right cell margins
	ruleFraction = 0.4    // issuer and trích yếu rules: 1/3 to 1/2 of the text (spec §2.2, §2.5)
)

// Style names, defined in templates/styles.xml.
const (
	sBody, sBasis, sArticleTitle, sClauseTitle           = "BodyText", "Basis", "ArticleTitle", "ClauseTitle"
	sIssuerParent, sIssuer, sNational, sMotto, sRule     = "IssuerParent", "Issuer", "NationalName", "Motto", "Rule"
	sNumber, sPlaceDate, sDocType, sDocTitle, sAuthority = "DocNumber", "PlaceDate", "DocType", "DocTitle", "Authority"
	sDecide, sChapterNumber, sChapterTitle               = "DecideHeading", "ChapterNumber", "ChapterTitle"
	sAnnexType, sAnnexTitle, sAnnexRef                   = "AnnexType", "AnnexTitle", "AnnexReference"
	sRecipientsLabel, sRecipient                         = "RecipientsLabel", "Recipient"
	sSignerTitle, sSignatureSpace, sSignerName, sHeader  = "SignerTitle", "SignatureSpace", "SignerName", "Header"
	sTable, cArticleNumber, cPageNumber                  = "LayoutTable", "ArticleNumber", "PageNumber"
	sDraftMark                                           = "DraftMark"
)

// Document lays out the decision and, when it has one, its Quy chế in a second section.
func Document(d *decision.Decision, o Options) *docx.Document {
	doc := newDoc(d, o)
	page := doc.Sections[0].Page
	doc.Sections = []docx.Section{decisionSection(d, page)}
	if d.MembersAnnex && len(d.Members) > 0 {
		doc.Sections = append(doc.Sections, membersSection(d, page))
	}
	if reg := d.RegulationChapters(); len(reg) > 0 {
		doc.Sections = append(doc.Sections, regulationSection(d, reg, page))
	}
	withHeader(doc, o)
	withDraftMark(doc, d, o)
	doc.Source = Source(d)
	return doc
}

// Separate lays out the decision and its Quy chế as two documents; the second is nil when
// there is no Quy chế.
func Separate(d *decision.Decision, o Options) (*docx.Document, *docx.Document) {
	main := newDoc(d, o)
	page := main.Sections[0].Page
	main.Sections = []docx.Section{decisionSection(d, page)}
	if d.MembersAnnex && len(d.Members) > 0 {
		main.Sections = append(main.Sections, membersSection(d, page))
	}
	withHeader(main, o)
	withDraftMark(main, d, o)
	main.Source = Source(d)
	reg := d.RegulationChapters()
	if len(reg) == 0 {
		return main, nil
	}
	annex := newDoc(d, o)
	annex.Title = "Quy chế " + inPhrase(d.RegulationTitle())
	annex.Sections = []docx.Section{regulationSection(d, reg, page)}
	withHeader(annex, o)
	withDraftMark(annex, d, o)
	return main, annex
}

// withDraftMark puts the draft mark (decision.DraftMark) at the top of the first page of
// each section, in a box fitted to it at the right margin: Nghị định 30, Phụ lục I, Phần I,
// Mục III.2.c boxes the chỉ dẫn về phạm vi lưu hành that way (ô 11: upper case, 13-14 pt,
// bold), and a draft mark is read there first.
func withDraftMark(doc *docx.Document, d *decision.Decision, o Options) {
	mark := d.DraftMark()
	if o.Final || mark == "" {
		return
	}
	for i := range doc.Sections {
		s := &doc.Sections[i]
		w := textwidth.Twips(mark, true, 13) + 2*draftMarkPadding
		// The box line stands outside the paragraph: keep it inside the right margin.
		left := max(s.Page.TextWidth()-w-draftMarkPadding, 0)
		p := docx.Paragraph{Style: sDraftMark, Runs: []docx.Run{{Text: mark}}, Indent: &docx.Indent{Left: left, Right: draftMarkPadding}}
		s.Body = append([]docx.Block{p}, s.Body...)
	}
}

// draftMarkPadding is the room left and right of the draft mark inside its box (the box
// line stands 4 pt from the text; twips).
const draftMarkPadding = 140

// Source is the YAML stored inside the .docx: the file the decision was loaded from, byte
// for byte, or for a decision built in code its encoding; qd import reads it back.
func Source(d *decision.Decision) []byte {
	if src := d.Source(); src != nil {
		return src
	}
	src, err := decision.Encode(d, nil, "")
	if err != nil {
		return nil
	}
	return src
}

// withHeader puts the reference document's header, when there is one, on every section.
func withHeader(doc *docx.Document, o Options) {
	if o.Header == nil {
		return
	}
	for i := range doc.Sections {
		doc.Sections[i].RawHeader = o.Header
		doc.Sections[i].RawHeaderRels = o.HeaderRels
	}
}

// PageHeader is the header of every page but the first: the page number, centred in the top
// margin (Nghị định 30, Phụ lục I; spec §1).
func PageHeader() []docx.Paragraph {
	return []docx.Paragraph{{Style: sHeader, Runs: []docx.Run{{Field: "PAGE", Text: "1", Style: cPageNumber}}}}
}

func newDoc(d *decision.Decision, o Options) *docx.Document {
	styles := o.Styles
	if styles == nil {
		styles = FamilyOf(d).styles()
	}
	page := DefaultPage
	if o.Page != nil {
		page = *o.Page
	}
	return &docx.Document{Styles: styles, Title: "Quyết định " + inPhrase(d.TitleText()), Lang: "vi-VN",
		Creator: d.Issuer.Name.Text(), Created: PropertyDate(d.Date),
		StyleIDs: o.StyleIDs, Parts: o.Parts, Sections: []docx.Section{{Page: page}}}
}

// inPhrase is a trích yếu as it reads after the document type in one phrase, the document's
// title property: "Quyết định về việc ...", not "Quyết định Về việc ..." (the capital opens the
// trích yếu's own line, Nghị định 30, Phụ lục I, ô 5a). A first word in capitals (an
// acronym: "UBND tỉnh ...") is kept.
func inPhrase(title string) string {
	first, _, _ := strings.Cut(title, " ")
	if first != strings.ToLower(first) && first == strings.ToUpper(first) && utf8.RuneCountInString(first) > 1 {
		return title
	}
	return textnorm.LowerFirst(title)
}

// PropertyDate is the date written as the document's created and modified time: the
// decision's date at 00:00 UTC; a partial date (2018-12, 2018) stands for its first day; no
// date gives the zero time, and then no date is written. It never depends on the clock, so
// the same YAML gives the same bytes.
func PropertyDate(d decision.Date) time.Time {
	if d.Year <= 0 {
		return time.Time{}
	}
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// widest is the width of the widest of lines in bold at size points.
func widest(lines []string, size float64) int {
	w := 0
	for _, l := range lines {
		w = max(w, textwidth.Twips(l, true, size))
	}
	return w
}

// rule returns an empty paragraph whose top border is a line of width w, centred in a
// space avail twips wide.
func rule(w, avail int) docx.Paragraph {
	side := (avail - w) / 2
	if side < 0 {
		side = 0
	}
	return docx.Paragraph{Style: sRule, Indent: &docx.Indent{Left: side, Right: side}}
}

// headerTable is ô 1-4: issuer and national name with their rules, and for a decision the
// Số and place-date row (spec §2.1-2.4).
func headerTable(d *decision.Decision, withNumber bool) docx.Table {
	leftAvail, rightAvail := headerWidths[0]-cellPadding, headerWidths[1]-cellPadding
	f := FamilyOf(d)
	var left []docx.Paragraph
	if d.Issuer.Parent != "" {
		for _, l := range capsLines([]string{d.Issuer.Parent}, false, f.IssuerSize, leftAvail) {
			left = append(left, docx.P(sIssuerParent, l))
		}
	}
	widest := 0
	for _, l := range capsLines(d.Issuer.Name, true, f.IssuerSize, leftAvail) {
		left = append(left, docx.P(sIssuer, l))
		widest = max(widest, textwidth.Widest(l, true, f.IssuerSize, leftAvail))
	}
	if f.IssuerMark != "" {
		left = append(left, docx.P(sIssuer, f.IssuerMark))
	} else {
		left = append(left, rule(int(float64(widest)*ruleFraction), leftAvail))
	}
	var right []docx.Paragraph
	for i, l := range f.National {
		right = append(right, docx.P(f.NationalStyles[i], l))
	}
	right = append(right, rule(textwidth.Twips(f.National[f.RuleUnder], true, f.RuleSize), rightAvail))
	t := docx.Table{Style: sTable, Widths: headerWidths, Indent: headerIndent,
		Rows: [][]docx.Cell{{{Paragraphs: left}, {Paragraphs: right}}}}
	if withNumber {
		t.Rows = append(t.Rows, []docx.Cell{
			{Paragraphs: []docx.Paragraph{docx.P(sNumber, d.NumberLine())}},
			{Paragraphs: []docx.Paragraph{placeDate(d.Place+", "+d.Date.Long(), rightAvail)}},
		})
	}
	return t
}

// capsLines returns lines written in capitals (the issuer's name, the thẩm quyền line) as laid
// out in a column avail twips wide: a line that fits stays as written; a longer one is broken
// as a clerk breaks it, between phrases, into even lines (textwidth.BalanceCaps), instead of
// where the word processor runs out of room ("... ĐIỆN TỬ TỈNH / KIÊN GIANG").
func capsLines(lines []string, bold bool, size float64, avail int) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if textwidth.Twips(l, bold, size) <= avail {
			out = append(out, l)
			continue
		}
		out = append(out, textwidth.BalanceCaps(l, bold, size, avail)...)
	}
	return out
}

// placeDate is ô 4 on one line: in the style's 14 pt italic when it fits the column, else in
// 13 pt, the other size Nghị định 30 allows (Phụ lục I, ô 4: 13-14 pt; spec §2.4), so that
// "Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2026" does not wrap its year (issue #11). The
// margin allows for the word processor's rounding.
//
// A draft's blanks for the day, month and year (decision.Date.Long) can still overflow at 13 pt
// ("Thành phố Hồ Chí Minh, ngày       tháng       năm 2022" wrapped its year): then each blank
// narrows, a space at a time, down to the width of the two digits it stands for, which is all
// the văn thư needs to type or write the number in.
func placeDate(line string, avail int) docx.Paragraph {
	p := docx.P(sPlaceDate, line)
	if textwidth.TwipsItalic(line, 14) <= avail-placeDateMargin {
		return p
	}
	p.Runs[0].Size = 26
	for textwidth.TwipsItalic(line, 13) > avail-placeDateMargin {
		narrower := narrowBlanks(line, minBlank)
		if narrower == line {
			break
		}
		line = narrower
	}
	p.Runs[0].Text = line
	return p
}

// minBlank is the narrowest blank of a place-date line, in spaces with the ones around it:
// " 28 " in Times New Roman italic is as wide as four spaces and the two around the blank.
const minBlank = 6

// narrowBlanks takes one space from every run of more than min spaces.
func narrowBlanks(s string, min int) string {
	var b strings.Builder
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			run++
			continue
		}
		b.WriteString(strings.Repeat(" ", narrowed(run, min)))
		run = 0
		b.WriteByte(s[i])
	}
	b.WriteString(strings.Repeat(" ", narrowed(run, min)))
	return b.String()
}

func narrowed(run, min int) int {
	if run > min {
		return run - 1
	}
	return run
}

// placeDateMargin is the room, in twips, left beside the place-date line.
const placeDateMargin = 60

func decisionSection(d *decision.Decision, page docx.Page) docx.Section {
	width := page.TextWidth()
	f := FamilyOf(d)
	title := d.TitleText()
	if f.TitleLower {
		title = textnorm.LowerFirst(title)
	}
	titleLines := textwidth.Balance(title, true, 14, width)
	body := []docx.Block{
		headerTable(d, true),
		docx.P(sDocType, "QUYẾT ĐỊNH"),
		docx.P(sDocTitle, strings.Join(titleLines, "\n")),
		rule(int(float64(widest(titleLines, 14))*ruleFraction), width),
		docx.P(sAuthority, strings.Join(capsLines(d.Issuer.Authority, true, 14, width), "\n")),
	}
	for _, l := range BasisLines(d) {
		body = append(body, keepNumbers(docx.P(sBasis, l)))
	}
	body = append(body, docx.P(sDecide, f.Decide))
	content := articles(d)
	endText(content)
	keepWithClosing(content)
	for _, p := range content {
		body = append(body, keepNumbers(p))
	}
	body = append(body, closingTable(d, width))
	return docx.Section{Page: page, Header: PageHeader(), TitlePage: true, RestartNumbering: true, Body: body}
}

// keepWithClosing keeps the last paragraphs of the final article on the page of the closing
// table (Nơi nhận and signature), whose row cannot split: the signature never stands alone on
// a page without body text (Nghị định 30, Phụ lục I: the signature block closes the text it
// signs; the Kiên Giang review, issue #11).
func keepWithClosing(content []docx.Paragraph) {
	start := 0 // the final article's first paragraph
	for i, p := range content {
		if p.Style == sArticleTitle || len(p.Runs) > 0 && p.Runs[0].Style == cArticleNumber {
			start = i
		}
	}
	for i := max(start, len(content)-2); i < len(content); i++ {
		content[i].KeepNext = true
	}
}

// keepNumbers makes the hyphens inside document numbers non-breaking, so that "908/QĐ-UBND"
// never breaks as "908/QĐ-" / "UBND" (issue #11). The text stays a hyphen-minus for a reader:
// see docx.NoBreakHyphen.
func keepNumbers(p docx.Paragraph) docx.Paragraph {
	runs := make([]docx.Run, len(p.Runs))
	for i, r := range p.Runs {
		// Every number has a "/" and a "-": most runs have neither.
		if strings.Contains(r.Text, "/") && strings.Contains(r.Text, "-") {
			r.Text = keepNumberHyphens(r.Text)
		}
		runs[i] = r
	}
	p.Runs = runs
	return p
}

// keepNumberHyphens returns s with the hyphens made docx.NoBreakHyphen in each symbol of a
// document number ("/QĐ-UBND", "/2007/NĐ-CP", "     /QĐ-BCĐ": a "/", a capital, letters, then
// one or more groups of "-", a capital and letters, digits or dots) and in each party number
// ("57-NQ/TW": digits at the start of a word, a small letter or none, "-", a capital,
// letters, "/" and a capital), found left to right without overlapping. It is the regular
// expression
//
//	/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ0-9.]*)+|\b\d+[a-z]?-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ]
//
// written out (TestKeepNumberHyphensAsRegexp compares them): compiling and running the
// expression was a fifth of the time qd draft spent laying a decision out.
func keepNumberHyphens(s string) string {
	var b strings.Builder
	last := 0 // s[:last] is in b
	for i := 0; i < len(s); {
		end := -1
		switch c := s[i]; {
		case c == '/':
			end = symbolEnd(s, i)
		case isDigit(c) && (i == 0 || !isWordByte(s[i-1])):
			end = partyNumberEnd(s, i)
		}
		if end < 0 {
			i++
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[last:i])
		b.WriteString(strings.ReplaceAll(s[i:end], "-", docx.NoBreakHyphen))
		i, last = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// symbolEnd returns the end of the symbol of a document number starting with the "/" at
// s[i], or -1 when none starts there.
func symbolEnd(s string, i int) int {
	j := capitalEnd(s, i+1)
	if j < 0 {
		return -1
	}
	j = lettersEnd(s, j, false)
	end := -1
	for j < len(s) && s[j] == '-' {
		k := capitalEnd(s, j+1)
		if k < 0 {
			break
		}
		j = lettersEnd(s, k, true)
		end = j
	}
	return end
}

// partyNumberEnd returns the end of a party number starting with the digit at s[i] ("57-NQ/T"
// of "57-NQ/TW"), or -1 when none starts there.
func partyNumberEnd(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j >= len(s) || s[j] != '-' {
		return -1
	}
	if j = capitalEnd(s, j+1); j < 0 {
		return -1
	}
	j = lettersEnd(s, j, false)
	if j >= len(s) || s[j] != '/' {
		return -1
	}
	return capitalEnd(s, j+1)
}

// capitalEnd returns the end of the capital A-Z or Đ at s[i], or -1 when there is none.
func capitalEnd(s string, i int) int {
	switch {
	case i < len(s) && s[i] >= 'A' && s[i] <= 'Z':
		return i + 1
	case strings.HasPrefix(s[i:], "Đ"):
		return i + len("Đ")
	}
	return -1
}

// lettersEnd returns the end of the run of letters A-Z, a-z, Đ, đ (and, with digits, 0-9 and
// ".") at s[i].
func lettersEnd(s string, i int, digits bool) int {
	for i < len(s) {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', digits && (isDigit(c) || c == '.'):
			i++
		case strings.HasPrefix(s[i:], "Đ"), strings.HasPrefix(s[i:], "đ"):
			i += len("Đ")
		default:
			return i
		}
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether c is an ASCII word character, as \b counts them; a byte of a
// character outside ASCII is not.
func isWordByte(c byte) bool {
	return isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}

// BasisLines returns the căn cứ lines and the proposal line with their punctuation: each
// ends ";", the last "." (Nghị định 30, Phụ lục I; spec §2.6).
func BasisLines(d *decision.Decision) []string {
	var lines []string
	for _, b := range d.Bases {
		if b.SameLine && len(lines) > 0 {
			// one Căn cứ line citing several texts, separated by ";"
			lines[len(lines)-1] = strings.TrimRight(lines[len(lines)-1], ";.,") + "; " + b.Citation()
			continue
		}
		lines = append(lines, b.VerbText()+" "+b.Citation())
	}
	if d.Proposal != nil {
		lines = append(lines, d.Proposal.Text())
	}
	f := FamilyOf(d)
	for i := range lines {
		lines[i] = f.BasisPrefix + strings.TrimRight(lines[i], ";.,")
		if i == len(lines)-1 {
			lines[i] += f.BasisLast
		} else {
			lines[i] += ";"
		}
	}
	return lines
}

// endText ends the last content paragraph with "./." (Nghị định 30 models; spec §2.7 V15).
func endText(ps []docx.Paragraph) {
	if len(ps) == 0 {
		return
	}
	last := &ps[len(ps)-1]
	if len(last.Runs) == 0 {
		return
	}
	r := &last.Runs[len(last.Runs)-1]
	r.Text = strings.TrimRight(r.Text, " ./") + "./."
}

// article starts "Điều n." in bold followed by text on the same line (spec §2.7).
func article(n int, text string) docx.Paragraph {
	return docx.Paragraph{Style: sBody, Runs: []docx.Run{{Text: "Điều " + strconv.Itoa(n) + ".", Style: cArticleNumber}, {Text: " " + text}}}
}

// titledArticle is "Điều n. Title" in bold on its own line.
func titledArticle(n int, title string) docx.Paragraph {
	return docx.P(sArticleTitle, "Điều "+strconv.Itoa(n)+". "+title)
}

// clause is the n-th of total khoản: "n. text"; a lone clause is not numbered (Nghị định 30,
// Phụ lục I: khoản are numbered to tell them apart; the Lạng Sơn review, issue #11).
func clause(n, total int, text string) docx.Paragraph {
	if total == 1 {
		return docx.P(sBody, text)
	}
	return docx.P(sBody, strconv.Itoa(n)+". "+text)
}

// clauseTitle is a titled khoản: "n. Title" in bold, the number left out when it is alone.
func clauseTitle(n, total int, title string) docx.Paragraph {
	if total == 1 {
		return docx.P(sClauseTitle, title)
	}
	return docx.P(sClauseTitle, strconv.Itoa(n)+". "+title)
}

// pointLetters are the letters of điểm: Vietnamese alphabet order without f, j, w, z
// (Nghị định 30, Phụ lục I; spec §2.7).
var pointLetters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

// PointLabel returns the label of the i-th point (0-based): "a)", "đ)" ... "y)". There are 23
// letters, and the points-limit rule keeps a lettered list within them; past them (which no
// valid decision reaches) the label is the number, never a panic.
func PointLabel(i int) string {
	if i >= 0 && i < len(pointLetters) {
		return pointLetters[i] + ")"
	}
	return strconv.Itoa(i+1) + ")"
}

// dutyPoint is the i-th (0-based) of total duties under khoản k: lettered as points while
// the letters last, numbered k.1., k.2. ... when there are more duties than letters, since
// duties have no bound.
func dutyPoint(k, i, total int, text string) docx.Paragraph {
	if total > len(pointLetters) {
		return docx.P(sBody, strconv.Itoa(k)+"."+strconv.Itoa(i+1)+". "+text)
	}
	return point(i, total, text)
}

// point is the i-th (0-based) of total điểm; a lone point has no letter.
func point(i, total int, text string) docx.Paragraph {
	if total == 1 {
		return docx.P(sBody, text)
	}
	return docx.P(sBody, PointLabel(i)+" "+text)
}

func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") {
		return s
	}
	return strings.TrimRight(s, ";,") + "."
}

// articles builds the content of the decision, article by article, following its plan.
func articles(d *decision.Decision) []docx.Paragraph {
	var out []docx.Paragraph
	free := 0
	for i, kind := range d.ArticlePlan() {
		n := i + 1
		switch kind {
		case decision.ArticleIssue:
			out = append(out, article(n, d.IssueRegulationText()))
		case decision.ArticleMembers:
			out = append(out, article(n, MembersIntro(d)))
			if !d.MembersAnnex {
				out = append(out, members(d)...)
			}
		case decision.ArticleGroup:
			out = append(out, groupArticle(d, n)...)
		case decision.ArticleChanges:
			out = append(out, article(n, d.ChangesIntro()))
			for k, c := range d.Changes {
				out = append(out, clause(k+1, len(d.Changes), d.ChangeText(c)))
			}
		case decision.ArticleDuties:
			out = append(out, duties(d, n)...)
		case decision.ArticleOrganization:
			out = append(out, organization(d, n)...)
		case decision.ArticleFree:
			out = append(out, freeArticle(n, d.Articles[free])...)
			free++
		case decision.ArticleEffect:
			out = append(out, article(n, EffectText(d)))
		case decision.ArticleExecution:
			out = append(out, article(n, ExecutionText(d)))
			if !d.Effect.Separate {
				out = append(out, docx.P(sBody, EffectText(d)))
			}
		}
	}
	return out
}

// MembersIntro is the sentence of Điều 1 that names the committee and its basis.
func MembersIntro(d *decision.Decision) string {
	c := d.Committee
	var s string
	switch d.Kind {
	case decision.KindKienToan:
		s = "Kiện toàn " + c.Name
	case decision.KindKienToanDoiTen:
		s = "Kiện toàn và đổi tên " + c.OldName + " thành " + c.Name
	default:
		s = "Thành lập " + c.Name
		var names []string
		for _, p := range c.Predecessors {
			names = append(names, p.Name)
		}
		switch c.Basis {
		case decision.BasisKienToan:
			s += " trên cơ sở kiện toàn " + joinAnd(names, ", ")
		case decision.BasisHopNhat:
			s += " trên cơ sở hợp nhất " + joinAnd(names, ", ")
		}
	}
	if d.MembersAnnex {
		// Nghị định 30, Phụ lục I, Phần I, Mục III.1.a: the text points to its Phụ lục.
		return s + " (sau đây gọi tắt là " + c.Short() + ") gồm các thành viên có tên tại Phụ lục kèm theo Quyết định này."
	}
	return s + " (sau đây gọi tắt là " + c.Short() + ") gồm các thành viên sau:"
}

// joinAnd joins items with sep and the last with " và ".
func joinAnd(items []string, sep string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], sep) + " và " + items[len(items)-1]
}

// members numbers the members; under a heading such as "Các ủy viên:" the Ủy viên are
// listed without their role, as in the source texts.
func members(d *decision.Decision) []docx.Paragraph {
	if d.MembersStyle == decision.MembersGrouped {
		return groupedMembers(d)
	}
	var out []docx.Paragraph
	nums := memberNumbers(d)
	underHeading := false
	for i, m := range d.Members {
		if m.Heading != "" {
			out = append(out, docx.P(sBody, m.Heading))
			underHeading = true
		}
		if m.Role != decision.RoleUyVien {
			underHeading = underHeading && m.Heading != ""
		}
		num := nums[i]
		text := m.Holder()
		if m.Count > 1 {
			text += " (" + strconv.Itoa(m.Count) + " thành viên)"
		}
		if !(underHeading && m.Role == decision.RoleUyVien && m.RoleLabel == "" && len(m.Also) == 0) {
			text = m.LabelIn(d.Committee.Titles) + ": " + text
		}
		if len(d.Members) == 1 && m.Count <= 1 {
			out = append(out, docx.P(sBody, sentence(text))) // a lone member is not numbered
		} else {
			out = append(out, docx.P(sBody, num+". "+sentence(text)))
		}
	}
	return out
}

func duties(d *decision.Decision, n int) []docx.Paragraph {
	title := d.DutiesTitle
	if title == "" {
		whose := d.Committee.Short()
		if d.DutiesJoint {
			var w *decision.WorkingGroup
			if d.Organization != nil {
				w = d.Organization.WorkingGroup
			}
			whose += " và " + w.GroupName()
		}
		title = "Chức năng, nhiệm vụ của " + whose
		if d.Function == "" {
			title = "Nhiệm vụ của " + whose
		}
	}
	out := []docx.Paragraph{titledArticle(n, title)}
	structured := d.Function != "" || len(d.MemberDuties) > 0
	if !structured {
		if d.DutiesStyle == decision.DutiesParagraphs || d.DutiesStyle == decision.DutiesSemicolons {
			return append(out, runningDuties(d)...)
		}
		for k, du := range d.Duties {
			out = append(out, duty(k+1, len(d.Duties), du)...)
		}
		return out
	}
	total := 0
	for _, has := range []bool{d.Function != "", len(d.Duties) > 0, len(d.MemberDuties) > 0} {
		if has {
			total++
		}
	}
	k := 1
	if d.Function != "" && total == 1 {
		// the function alone: its sentence under the article's title, no lone "Chức năng"
		// subheading (Ban Thường vụ Tỉnh ủy Bình Dương, 02/2025: "Chức năng, nhiệm vụ ... thực
		// hiện theo quy định của Ban Thường vụ Tỉnh ủy")
		return append(out, docx.P(sBody, sentence(d.Function)))
	}
	if d.Function != "" {
		out = append(out, clauseTitle(k, total, "Chức năng"), docx.P(sBody, sentence(d.Function)))
		k++
	}
	if len(d.Duties) > 0 {
		out = append(out, clauseTitle(k, total, "Nhiệm vụ, quyền hạn"))
		running := d.DutiesStyle == decision.DutiesParagraphs || d.DutiesStyle == decision.DutiesSemicolons
		if running {
			out = append(out, runningDuties(d)...)
		}
		for i, du := range d.Duties {
			if running {
				break
			}
			if du.Heading != "" {
				out = append(out, dutyPoint(k, i, len(d.Duties), du.Heading))
				for _, it := range du.Items {
					out = append(out, docx.P(sBody, "- "+sentence(it)))
				}
				continue
			}
			out = append(out, dutyPoint(k, i, len(d.Duties), sentence(du.Text)))
		}
		k++
	}
	if len(d.MemberDuties) > 0 {
		out = append(out, clauseTitle(k, total, "Nhiệm vụ của các thành viên "+d.Committee.Short()))
		for i, md := range d.MemberDuties {
			out = append(out, dutyPoint(k, i, len(d.MemberDuties), sentence(md.Text)))
		}
	}
	return out
}

func duty(k, total int, du decision.Duty) []docx.Paragraph {
	if du.Heading == "" {
		return []docx.Paragraph{clause(k, total, sentence(du.Text))}
	}
	out := []docx.Paragraph{clauseTitle(k, total, du.Heading)}
	for i, it := range du.Items {
		out = append(out, point(i, len(du.Items), sentence(it)))
	}
	return out
}

// defaultOrgOrder is the order of the organisation clauses in seed 000.
var defaultOrgOrder = []string{"part_time", "standing", "regulation", "seals", "working_group", "funding", "self_dissolve"}

func organization(d *decision.Decision, n int) []docx.Paragraph {
	o := d.Organization
	title := o.Title
	if title == "" {
		title = "Tổ chức và hoạt động của " + d.Committee.Short()
	}
	out := []docx.Paragraph{titledArticle(n, title)}
	order := o.Order
	if len(order) == 0 {
		order = defaultOrgOrder
	}
	var texts []string // one clause per item, or several for the working group's written text
	for _, item := range order {
		var parts []string
		for _, key := range strings.Split(item, "+") {
			ts := OrganizationClause(d, strings.TrimSpace(key))
			if len(ts) > 1 && !strings.Contains(item, "+") {
				texts = append(texts, ts...)
				continue
			}
			parts = append(parts, ts...)
		}
		if len(parts) > 0 {
			texts = append(texts, strings.Join(parts, " "))
		}
	}
	for k, t := range texts {
		out = append(out, clause(k+1, len(texts), sentence(t)))
	}
	return out
}

// OrganizationClause returns the sentences of one organisation item (see Organization.Order).
func OrganizationClause(d *decision.Decision, key string) []string {
	o := d.Organization
	one := func(s string) []string {
		if s == "" {
			return nil
		}
		return []string{sentence(s)}
	}
	switch key {
	case "part_time":
		return one(o.PartTime)
	case "regulation":
		return one(o.RegulationBy)
	case "self_dissolve":
		return one(o.SelfDissolve)
	case "funding":
		return one(strings.Join(o.Funding, " "))
	case "standing":
		var out []string
		for _, s := range o.StandingAgencies {
			if s.Text != "" {
				out = append(out, sentence(s.Text))
				continue
			}
			t := s.Agency + " là cơ quan thường trực của " + d.Committee.Short()
			if s.Domain != "" {
				t += " về " + s.Domain
			}
			out = append(out, t+".")
		}
		if len(out) > 1 {
			return []string{strings.Join(out, " ")}
		}
		return out
	case "seals":
		return one(o.SealSentenceIn(d.Committee.Titles))
	case "working_group":
		w := o.WorkingGroup
		if w == nil || d.GroupInOwnArticle() != nil {
			return nil
		}
		if len(w.Text) > 0 {
			var out []string
			for _, t := range w.Text {
				out = append(out, sentence(t))
			}
			return out
		}
		t := "Thành lập " + w.Assisting(d.Committee.Short())
		if w.LocatedAt != "" {
			t += " đặt tại " + w.LocatedAt
		}
		if w.Leader != "" {
			t += ", do " + w.Leader + " làm Tổ trưởng"
		}
		if len(w.Deputies) > 0 {
			t += "; Tổ phó gồm: " + strings.Join(w.Deputies, ", ")
		}
		if len(w.Members) > 0 {
			t += "; thành viên gồm: " + strings.Join(w.Members, "; ")
		} else if w.Count > 0 {
			t += "; gồm " + strconv.Itoa(w.Count) + " thành viên"
		}
		return []string{t + "."}
	}
	return nil
}

func freeArticle(n int, a decision.Article) []docx.Paragraph {
	var out []docx.Paragraph
	if a.Title != "" {
		out = append(out, titledArticle(n, a.Title))
		if a.Text != "" {
			out = append(out, docx.P(sBody, a.Text))
		}
	} else {
		out = append(out, article(n, a.Text))
	}
	for k, c := range a.Clauses {
		out = append(out, clause(k+1, len(a.Clauses), c.Text))
		for i, p := range c.Points {
			out = append(out, point(i, len(c.Points), p))
		}
	}
	return out
}

// EffectText is the effect sentence with the decisions it replaces.
func EffectText(d *decision.Decision) string {
	if d.Effect.Text != "" {
		return sentence(d.Effect.Text)
	}
	s := "Quyết định này có hiệu lực kể từ ngày ký"
	if !d.Effect.From.IsZero() {
		s = "Quyết định này có hiệu lực kể từ " + d.Effect.From.Long()
	}
	var cites []string
	for _, r := range d.Effect.Replaces {
		cites = append(cites, r.Cite())
	}
	if len(cites) > 0 {
		s += " và thay thế " + joinAnd(cites, "; ")
	}
	return s + "."
}

// ExecutionText is the execution article's sentence.
func ExecutionText(d *decision.Decision) string {
	if d.Execution.Text != "" {
		return sentence(d.Execution.Text)
	}
	return textnorm.UpperFirst(joinAnd(d.Execution.Addressees, "; ")) + " chịu trách nhiệm thi hành Quyết định này."
}

// RecipientLines returns the Nơi nhận items with their dash and punctuation (spec §2.10).
func RecipientLines(d *decision.Decision) []string {
	var out []string
	for i, r := range d.Recipients {
		f := FamilyOf(d)
		r = strings.TrimRight(strings.TrimLeft(r, "- "), ";."+f.RecipientEnd)
		end := f.RecipientEnd
		if i == len(d.Recipients)-1 {
			end = "."
		}
		out = append(out, "- "+r+end)
	}
	return out
}

// SignerLines returns ô 7a above the signature: the authority and title lines.
func SignerLines(d *decision.Decision) []string {
	return append([]string(nil), d.Signer.Authority...)
}

// closingTable is Nơi nhận on the left and the signature block on the right (spec §2.8, §2.10).
func closingTable(d *decision.Decision, width int) docx.Table {
	left := []docx.Paragraph{docx.P(sRecipientsLabel, "Nơi nhận:")}
	for _, l := range RecipientLines(d) {
		left = append(left, keepNumbers(docx.P(sRecipient, l)))
	}
	right := []docx.Paragraph{
		docx.P(sSignerTitle, strings.Join(SignerLines(d), "\n")),
		docx.P(sSignatureSpace, ""),
	}
	// The signer's other post stands directly above the name, below the space for the
	// signature (spec §2.8, position 7b; seed 004: "CHỦ TỊCH UBND TỈNH" over "Phạm Vũ Hồng").
	if d.Signer.OtherPost != "" {
		right = append(right, docx.P(sSignerTitle, d.Signer.OtherPost))
	}
	right = append(right, docx.P(sSignerName, d.Signer.Name))
	return docx.Table{Style: sTable, Widths: []int{closingLeft, width - closingLeft},
		Rows: [][]docx.Cell{{{Paragraphs: left}, {Paragraphs: right}}}}
}

// Roman returns n in Roman numerals, for chapters.
func Roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// ReferenceLine is the line under the Quy chế's title: "(Kèm theo Quyết định số ... ngày
// ... của ...)" (Nghị định 30, Phụ lục III; spec §2.11).
func ReferenceLine(d *decision.Decision) string {
	r := d.Regulation
	by := r.IssuedBy
	if by == "" {
		by = d.Issuer.Short
	}
	attached := r.AttachedBy
	if attached == "" {
		attached = "Kèm theo"
	}
	return "(" + attached + " Quyết định số " + d.FullNumber() + " " + d.Date.Long() + " của " + by + ")"
}

func regulationSection(d *decision.Decision, chapters []decision.Chapter, page docx.Page) docx.Section {
	width := page.TextWidth()
	body := []docx.Block{
		headerTable(d, false),
		docx.P(sAnnexType, "QUY CHẾ"),
		docx.P(sAnnexTitle, strings.Join(textwidth.Balance(regulationTitle(d), true, 14, width), "\n")),
		keepNumbers(docx.P(sAnnexRef, ReferenceLine(d))),
		rule(int(float64(width)/6), width),
	}
	var content []docx.Paragraph
	n := 1
	for i, c := range chapters {
		content = append(content, docx.P(sChapterNumber, "Chương "+Roman(i+1)), docx.P(sChapterTitle, c.Title))
		for _, a := range c.Articles {
			content = append(content, titledArticle(n, a.Title))
			if a.Text != "" {
				content = append(content, docx.P(sBody, a.Text))
			}
			for k, cl := range a.Clauses {
				content = append(content, clause(k+1, len(a.Clauses), cl.Text))
				for j, p := range cl.Points {
					content = append(content, point(j, len(cl.Points), p))
				}
			}
			n++
		}
	}
	endText(content)
	for _, p := range content {
		body = append(body, keepNumbers(p))
	}
	return docx.Section{Page: page, Header: PageHeader(), TitlePage: true, RestartNumbering: true, Body: body}
}

// runningDuties writes the duties without numbers (Decision.DutiesStyle): a paragraph each,
// or one paragraph with the duties separated by semicolons, as some decisions do.
func runningDuties(d *decision.Decision) []docx.Paragraph {
	var out []docx.Paragraph
	var parts []string
	for _, du := range d.Duties {
		text := du.Text
		if du.Heading != "" {
			if d.DutiesStyle == decision.DutiesParagraphs {
				out = append(out, docx.P(sBody, du.Heading))
				for _, it := range du.Items {
					out = append(out, docx.P(sBody, sentence(it)))
				}
				continue
			}
			var items []string
			for _, it := range du.Items {
				items = append(items, strings.TrimRight(strings.TrimSpace(it), ".;,"))
			}
			text = strings.TrimRight(du.Heading, ": ") + ": " + strings.Join(items, ", ")
		}
		if d.DutiesStyle == decision.DutiesParagraphs {
			out = append(out, docx.P(sBody, sentence(text)))
			continue
		}
		parts = append(parts, strings.TrimRight(strings.TrimSpace(text), ".;,"))
	}
	if len(parts) > 0 {
		out = append(out, docx.P(sBody, textnorm.UpperFirst(sentence(strings.Join(parts, "; ")))))
	}
	return out
}

// roleGroup is the group of a role in a grouped member list: the head, the deputies, the
// members, the secretary.
func roleGroup(r decision.Role) (int, decision.Role) {
	switch r {
	case decision.RoleTruongBan:
		return 0, r
	case decision.RolePhoThuongTruc, decision.RolePhoTruongBan:
		return 1, decision.RolePhoTruongBan
	case decision.RoleUyVienThuongTruc, decision.RoleUyVien:
		return 2, decision.RoleUyVien
	}
	return 3, r
}

// groupedMembers lays the members out as national and ministry decisions do (Quyết định
// 1619/QĐ-TTg): one number per role group, "1. Chủ tịch: ..." for a group of one, and for a
// group of several a heading "2. Các Phó Chủ tịch:" followed by "- ...;" items, a member whose
// role differs from the group's named in brackets ("(Phó Chủ tịch thường trực)").
func groupedMembers(d *decision.Decision) []docx.Paragraph {
	t := d.Committee.Titles
	type group struct {
		id      int
		base    decision.Role
		members []decision.Member
	}
	var groups []group
	for _, m := range d.Members {
		id, base := roleGroup(m.Role)
		if len(groups) == 0 || groups[len(groups)-1].id != id {
			groups = append(groups, group{id: id, base: base})
		}
		groups[len(groups)-1].members = append(groups[len(groups)-1].members, m)
	}
	var out []docx.Paragraph
	for i, g := range groups {
		num := strconv.Itoa(i+1) + ". "
		if len(groups) == 1 {
			num = ""
		}
		first := g.members[0]
		if len(g.members) == 1 && first.Count <= 1 && first.Heading == "" {
			out = append(out, docx.P(sBody, num+sentence(first.LabelIn(t)+": "+first.Holder())))
			continue
		}
		heading := first.Heading
		if heading == "" {
			title := t.Of(g.base)
			if title == "Thành viên" {
				title = "thành viên"
			}
			heading = "Các " + title + ":"
		}
		out = append(out, docx.P(sBody, num+heading))
		for j, m := range g.members {
			text := strings.TrimRight(m.Holder(), ".;, ")
			if m.Count > 1 {
				text += " (" + strconv.Itoa(m.Count) + " thành viên)"
			}
			if l := m.LabelIn(t); l != t.Of(g.base) {
				text += " (" + l + ")"
			}
			end := ";"
			if j == len(g.members)-1 {
				end = "."
			}
			out = append(out, docx.P(sBody, "- "+text+end))
		}
	}
	return out
}

// groupArticle sets up the working group with the committee, in an article of its own
// (Quyết định 1380/QĐ-UBND 2020 of Hồ Chí Minh City: "Thành lập Ban Chỉ đạo và Tổ giúp
// việc"): its leader, deputies and members as a list, or its headcount.
func groupArticle(d *decision.Decision, n int) []docx.Paragraph {
	w := d.GroupInOwnArticle()
	if len(w.Text) > 0 {
		out := []docx.Paragraph{article(n, sentence(w.Text[0]))}
		for _, t := range w.Text[1:] {
			out = append(out, docx.P(sBody, sentence(t)))
		}
		return out
	}
	intro := "Thành lập " + w.Assisting(d.Committee.Short())
	if w.LocatedAt != "" {
		intro += " đặt tại " + w.LocatedAt
	}
	if len(w.Members) == 0 && len(w.Deputies) == 0 {
		if w.Leader != "" {
			intro += ", do " + w.Leader + " làm Tổ trưởng"
		}
		if w.Count > 0 {
			intro += ", gồm " + strconv.Itoa(w.Count) + " thành viên"
		}
		return []docx.Paragraph{article(n, intro+".")}
	}
	out := []docx.Paragraph{article(n, intro+" gồm các thành viên sau:")}
	var lines []string
	if w.Leader != "" {
		lines = append(lines, "Tổ trưởng: "+w.Leader)
	}
	for _, dep := range w.Deputies {
		lines = append(lines, "Tổ phó: "+dep)
	}
	for _, m := range w.Members {
		lines = append(lines, "Thành viên: "+m)
	}
	for k, l := range lines {
		out = append(out, clause(k+1, len(lines), sentence(l)))
	}
	return out
}
