package registry

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listKinds are the kind words after which a text lists bodies by the rest of their names:
// "các Sở: Thông tin và Truyền thông, Kế hoạch và Đầu tư" (seed of Thừa Thiên Huế), "các
// Bộ Tài chính, Nội vụ và Xây dựng". The folded kind word, as the names' first word.
var listKinds = map[string]bool{"so": true, "bo": true}

// lists adds to ms, the mentions a scan found in the split text sp, the names of ceased
// bodies written in a list after "các Sở" / "các Bộ" without their kind word. Each such
// item is a mention of its own whose successor is written the same way ("Kế hoạch và Đầu
// tư" → "Tài chính"); a scan's mention that runs from the kind word into the first item
// ("Sở: Thông tin và Truyền thông", across the colon) gives way to it. An item qd cannot
// rewrite in the list's form (a successor of another kind, a name that runs on past the
// item) is an unsure mention, so that it is reported and left as written. It reports
// whether it found any.
func (r *Registry) lists(sp *split, asOf Date, ms []Mention) ([]Mention, bool) {
	text, ws := sp.text, sp.ws
	gap := func(k int) string { // what stands before word k
		if k == 0 || ws[k].start == ws[k-1].start {
			return ""
		}
		return text[ws[k-1].end:ws[k].start]
	}
	var items []Mention
	var heads []int // byte offsets of the kind words of lists that have items
	ix := r.index()
	for h := 0; h+2 < len(ws); h++ {
		if ws[h].key != "cac" || !listKinds[ws[h+1].key] || ws[h+1].start == ws[h].start {
			continue
		}
		kind, first := ws[h+1].key, h+2
		end := first
		for end < len(ws) && (end == first || !strings.ContainsAny(gap(end), ".()\n")) {
			end++
		}
		boundary := func(k int) bool {
			return k >= end || ws[k].key == "va" || strings.ContainsAny(gap(k), ",;:")
		}
		head := text[ws[h].start:ws[h+1].end]
		found := false
		for p := first; p < end; {
			// The longest ceased name of this kind whose rest starts here.
			var best *Body
			q := p
			for bi := range r.Bodies {
				b := &r.Bodies[bi]
				if b.Until.IsZero() || asOf.Before(b.Until) || !b.Restored.IsZero() && !asOf.Before(b.Restored) {
					continue
				}
				for _, n := range ix.bodyNeedles[bi] {
					if len(n) < 2 || n[0] != kind {
						continue
					}
					if j, ok := matchAt(ws[:end], n[1:], p); ok && j > q {
						best, q = b, j
					}
				}
			}
			if best == nil {
				p++
				for p < end && !boundary(p) && ws[p-1].key != "va" {
					p++
				}
				continue
			}
			found = true
			m := Mention{Kind: "body", Name: best.Name, Until: best.Until, Unconfirmed: best.Unconfirmed, Source: best.Source, List: head,
				Start: ws[p].start, End: ws[q-1].end}
			m.Text = text[m.Start:m.End]
			succ := best.SuccessorAt(asOf)
			short, ok := shortName(succ, kind)
			switch {
			case m.Unconfirmed != "":
			case !boundary(q):
				m.Unconfirmed = "trong liệt kê sau “" + head + "”, không rõ tên này hết ở đâu; sửa tay"
			case best.Scope != "" || !ok:
				m.Unconfirmed = "trong liệt kê sau “" + head + "”, tên mới " + succ + " không viết gọn theo liệt kê được; sửa tay"
			}
			m.Successor = succ
			if m.Unconfirmed == "" {
				m.Successor = inCase(short, m.Text)
			}
			items = append(items, m)
			for p = q; p < end && !boundary(p); p++ {
			}
			if p < end && ws[p].key == "va" {
				p++
			}
		}
		if found {
			heads = append(heads, ws[h+1].start)
		}
		h = end - 1
	}
	if len(items) == 0 {
		return ms, false
	}
	out := items
	for _, m := range ms {
		gone := false
		for _, at := range heads {
			gone = gone || m.Start == at
		}
		for _, it := range items {
			gone = gone || m.Start < it.End && it.Start < m.End
		}
		if !gone {
			out = append(out, m)
		}
	}
	return sortMentions(out), true
}

// shortName is a successor written without its kind word ("Sở Tài chính" → "Tài chính"),
// when it is of that kind.
func shortName(succ, kind string) (string, bool) {
	n := needleOf(succ)
	if len(n) < 2 || n[0] != kind || strings.Contains(succ, "[[") {
		return "", false
	}
	_, rest, ok := strings.Cut(strings.TrimSpace(succ), " ")
	return strings.TrimSpace(rest), ok
}

// Dedupe drops, from text just rewritten, an item of a list that now repeats an earlier
// item of the same list because two old bodies have one successor: "Sở Tài chính; Sở Kế
// hoạch và Đầu tư" became "Sở Tài chính; Sở Tài chính", "các Sở: Tài chính, Kế hoạch và Đầu
// tư" became "các Sở: Tài chính, Tài chính". Only items holding one of names (the successors
// written) are looked at; items are what stands between the list's separators (",", ";",
// ":", "và") within one sentence. The later item goes with the separator before it; when
// it was the last, joined by "và", the comma before the one left becomes "và". It returns
// the new text and the items dropped.
func Dedupe(text string, names []string) (string, []string) {
	var dropped []string
	for again := true; again; {
		again = false
	search:
		for _, name := range names {
			if strings.TrimSpace(name) == "" {
				continue
			}
			for off := 0; ; {
				i := strings.Index(text[off:], name)
				if i < 0 {
					break
				}
				at := off + i
				off = at + len(name)
				s0, s1 := sentence(text, at)
				a, b := itemAround(text, at, at+len(name), s0, s1)
				item := text[a:b]
				if strings.TrimSpace(item) == "" {
					continue // a name of spaces between two separators: no item
				}
				for o := s0; ; {
					j := strings.Index(text[o:s1], item)
					if j < 0 {
						break
					}
					c := o + j
					o = c + len(item)
					if c == a || !isItem(text, c, c+len(item), s0, s1) {
						continue
					}
					x, y := max(a, c), max(a, c)+len(item)
					text = dropItem(text, x, y, s0)
					dropped = append(dropped, item)
					again = true
					break search
				}
			}
		}
	}
	return text, dropped
}

// sentence returns the bounds of the sentence of text around byte at: from after the last
// ". " or line break before it to the next.
func sentence(text string, at int) (int, int) {
	s0 := strings.LastIndexByte(text[:at], '\n') + 1
	if i := strings.LastIndex(text[:at], ". "); i >= 0 {
		s0 = max(s0, i+2)
	}
	s1 := len(text)
	for i := at; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			s1 = i
			break
		}
	}
	return s0, s1
}

// itemAround returns the bounds of the list item that holds text[s:e], within the sentence
// [s0, s1): from after the separator before it to the separator after it.
func itemAround(text string, s, e, s0, s1 int) (int, int) {
	a := s0
	for i := s - 1; i >= s0; i-- {
		if strings.IndexByte(",;:", text[i]) >= 0 {
			a = i + 1
			break
		}
		if n := vaBefore(text, i+1, s0); n > 0 {
			a = i + 1
			break
		}
	}
	b := s1
	for i := e; i < s1; i++ {
		if strings.IndexByte(",;:", text[i]) >= 0 || vaAfter(text, i, s1) > 0 {
			b = i
			break
		}
	}
	for a < b && text[a] == ' ' {
		a++
	}
	for b > a && text[b-1] == ' ' {
		b--
	}
	return a, b
}

// vaBefore is the length of " và " ending at byte i (a whole word), or 0.
func vaBefore(text string, i, s0 int) int {
	const va = " và "
	if i-len(va) >= s0 && text[i-len(va):i] == va {
		return len(va)
	}
	return 0
}

// vaAfter is the length of " và " starting at byte i, or 0.
func vaAfter(text string, i, s1 int) int {
	const va = " và "
	if i+len(va) <= s1 && text[i:i+len(va)] == va {
		return len(va)
	}
	return 0
}

// isItem reports whether text[a:b] is a whole list item of the sentence [s0, s1).
func isItem(text string, a, b, s0, s1 int) bool {
	i := a
	for i > s0 && text[i-1] == ' ' {
		i--
	}
	before := i == s0 || strings.IndexByte(",;:", text[i-1]) >= 0 || vaBefore(text, a, s0) > 0
	j := b
	for j < s1 && text[j] == ' ' {
		j++
	}
	after := j == s1 || strings.IndexByte(",;", text[j]) >= 0 || vaAfter(text, b, s1) > 0
	return before && after && !midWord(text, a, b)
}

// midWord reports whether [a, b) starts or ends inside a word.
func midWord(text string, a, b int) bool {
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:a])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	if b < len(text) {
		r, _ := utf8.DecodeRuneInString(text[b:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// dropItem removes the item text[x:y] of the sentence starting at s0 with the separator
// before it (after it, when it opens the list).
func dropItem(text string, x, y, s0 int) string {
	i := x
	for i > s0 && text[i-1] == ' ' {
		i--
	}
	switch {
	case vaBefore(text, x, s0) > 0:
		// "A, B và C" without C: "A và B".
		from := x - len(" và ")
		rest := text[y:]
		head := text[:from]
		if c := strings.LastIndexByte(head, ','); c >= s0 && !strings.ContainsAny(head[c:], ";:") {
			head = head[:c] + " và" + head[c+1:]
		}
		return head + rest
	case i > s0 && strings.IndexByte(",;", text[i-1]) >= 0:
		return text[:i-1] + text[y:]
	}
	// The first item of its list: it goes with the separator after it.
	j := y
	if n := vaAfter(text, j, len(text)); n > 0 {
		j += n
	} else if j < len(text) && strings.IndexByte(",;", text[j]) >= 0 {
		j++
		for j < len(text) && text[j] == ' ' {
			j++
		}
	}
	return text[:x] + text[j:]
}

// Repeated returns the successors that after, a text just rewritten from before with the
// mentions ms, names twice in one sentence because two different old names (or an old name
// and the successor itself, already there) became one: "Sở Kế hoạch và Đầu tư chủ trì,
// phối hợp với Sở Tài chính" became "Sở Tài chính chủ trì, phối hợp với Sở Tài chính",
// which Dedupe leaves (neither is a list item) and the clerk must reword.
func Repeated(before, after string, ms []Mention) []string {
	olds := map[string][]string{}
	var order []string
	for _, m := range ms {
		if !m.Sure() || m.Successor == "" {
			continue
		}
		if _, ok := olds[m.Successor]; !ok {
			order = append(order, m.Successor)
		}
		if !slices.Contains(olds[m.Successor], m.Name) {
			olds[m.Successor] = append(olds[m.Successor], m.Name)
		}
	}
	var out []string
	for _, name := range order {
		if len(olds[name]) < 2 && !strings.Contains(before, name) {
			continue
		}
		for _, b := range sentences(after) {
			if strings.Count(after[b[0]:b[1]], name) > 1 {
				out = append(out, name)
				break
			}
		}
	}
	return out
}

// sentences returns the bounds of the sentences of text, as sentence finds them.
func sentences(text string) [][2]int {
	var out [][2]int
	for at := 0; at < len(text); {
		s0, s1 := sentence(text, at)
		out = append(out, [2]int{s0, s1})
		at = s1 + 1
		for at < len(text) && text[at] == ' ' {
			at++
		}
	}
	return out
}
