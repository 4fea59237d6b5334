package decision

import (
	"strings"
	"unicode/utf8"
)

// shortChange is how a change list shows a text rewritten from before to after: whole when
// both are short; otherwise only the passages that differ, each with a few words around
// it and "…" where text is left out, so that a clerk sees in one line what changed in a
// long clause of the Quy chế ("…tập trung tại Sở Thông tin và Truyền thông trong thời…").
func shortChange(before, after string) (string, string) {
	const short = 100 // runes: a name, a title, a line of the header
	if utf8.RuneCountInString(before) <= short && utf8.RuneCountInString(after) <= short {
		return before, after
	}
	a, b := strings.Fields(before), strings.Fields(after)
	if len(a)*len(b) > 1<<20 || len(a) == 0 || len(b) == 0 {
		return before, after
	}
	// lcs[i][j]: the longest common run of words of a[i:] and b[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	// Hunks: [i0, i1) of a replaced by [j0, j1) of b.
	type hunk struct{ i0, i1, j0, j1 int }
	var hs []hunk
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			i, j = i+1, j+1
			continue
		}
		h := hunk{i, i, j, j}
		for i < len(a) || j < len(b) {
			if i < len(a) && j < len(b) && a[i] == b[j] {
				break
			}
			if j == len(b) || i < len(a) && lcs[i+1][j] >= lcs[i][j+1] {
				i++
			} else {
				j++
			}
		}
		h.i1, h.j1 = i, j
		hs = append(hs, h)
	}
	// Passages two words apart or less read as one: "Thông tin và Truyền thông".
	const join, context = 2, 5
	var merged []hunk
	for _, h := range hs {
		if n := len(merged); n > 0 && h.i0-merged[n-1].i1 <= join {
			merged[n-1].i1, merged[n-1].j1 = h.i1, h.j1
			continue
		}
		merged = append(merged, h)
	}
	show := func(ws []string, spans [][2]int) string {
		// The windows of context around each passage, overlapping ones joined.
		var win [][2]int
		for _, sp := range spans {
			from, to := max(sp[0]-context, 0), min(sp[1]+context, len(ws))
			if n := len(win); n > 0 && from <= win[n-1][1] {
				win[n-1][1] = max(win[n-1][1], to)
				continue
			}
			win = append(win, [2]int{from, to})
		}
		var parts []string
		for _, w := range win {
			parts = append(parts, strings.Join(ws[w[0]:w[1]], " "))
		}
		s := strings.Join(parts, " … ")
		if len(win) > 0 && win[0][0] > 0 {
			s = "…" + s
		}
		if len(win) > 0 && win[len(win)-1][1] < len(ws) {
			s += "…"
		}
		return s
	}
	var sa, sb [][2]int
	for _, h := range merged {
		sa, sb = append(sa, [2]int{h.i0, h.i1}), append(sb, [2]int{h.j0, h.j1})
	}
	return show(a, sa), show(b, sb)
}
