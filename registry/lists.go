package registry

import (
	"strings"
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
