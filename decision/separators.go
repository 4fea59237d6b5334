package decision

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// U+2028 (LINE SEPARATOR) and U+2029 (PARAGRAPH SEPARATOR), and the older U+0085 (NEXT
// LINE), come with text pasted from Word or a web page and are invisible in most editors. YAML 1.2 reads them as ordinary
// characters, but yaml.v3 follows YAML 1.1 and breaks the line there, so a separator inside
// a plain value surfaced as a baffling "missing ':'" on the next line, and one inside a quoted
// value reached the .docx unseen. The loader hides them from yaml.v3 behind stand-ins of the
// same length (so every line and column stays true), puts them back into the values, and
// remembers where each stands; the control-char rule then reports it in its field, at its
// own line and column.

// separators are the characters yaml.v3 takes as line breaks that YAML 1.2 and the clerk's
// editor do not.
var separators = []rune{'\u0085', '\u2028', '\u2029'}

// lineSeparator reports whether c is one of separators.
func lineSeparator(c rune) bool { return c == '\u0085' || c == '\u2028' || c == '\u2029' }

// sepMark is one separator found in the file: where it stands and the stand-in that hides it.
type sepMark struct {
	at       Pos
	sep, alt rune
}

// hideSeparators returns data with each separator replaced by a private-use stand-in of the
// same UTF-8 length that data does not mention, and where each separator stood. It returns
// data itself and no marks when there is none (the usual case: one scan, no copy).
func hideSeparators(data []byte) ([]byte, []sepMark) {
	found := false
	for _, s := range separators {
		found = found || bytes.ContainsRune(data, s)
	}
	if !found {
		return data, nil
	}
	// Stand-ins: Cyrillic letters for the 2-byte U+0085, private-use characters for the
	// 3-byte ones; all printable to yaml.v3.
	alt := map[rune]rune{}
	next := map[int]rune{2: 0x0400, 3: 0xE000}
	lower := bytes.ToLower(data) // for the escapes, once, not at every candidate
	for _, s := range separators {
		n := utf8.RuneLen(s)
		for mentioned(data, lower, next[n]) {
			next[n]++
		}
		alt[s] = next[n]
		next[n]++
	}
	out := make([]byte, 0, len(data))
	var marks []sepMark
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if lineSeparator(r) {
			marks = append(marks, sepMark{Pos{line, col}, r, alt[r]})
			r = alt[r]
		}
		if col++; r == '\n' {
			line, col = line+1, 1
		}
		out = utf8.AppendRune(out, r)
		i += size
	}
	return out, marks
}

// mentioned reports whether r occurs in data, as itself or as a "\\uXXXX" or "\\UXXXXXXXX"
// escape that a double-quoted scalar would turn into it (looked for in lower, data in lower
// case): a stand-in must be neither.
func mentioned(data, lower []byte, r rune) bool {
	if bytes.ContainsRune(data, r) {
		return true
	}
	return bytes.Contains(lower, []byte(fmt.Sprintf("\\u%04x", r))) || bytes.Contains(lower, []byte(fmt.Sprintf("\\u%08x", r)))
}

// restoreSeparators puts the separators back into every scalar of the tree parsed from the
// hidden data.
func restoreSeparators(n *yaml.Node, marks []sepMark) {
	if n == nil || len(marks) == 0 {
		return
	}
	var pairs []string
	seen := map[rune]bool{}
	for _, m := range marks {
		if !seen[m.sep] {
			seen[m.sep] = true
			pairs = append(pairs, string(m.alt), string(m.sep))
		}
	}
	restoreIn(n, strings.NewReplacer(pairs...))
}

func restoreIn(n *yaml.Node, r *strings.Replacer) {
	if n.Kind == yaml.ScalarNode {
		n.Value = r.Replace(n.Value)
	}
	for _, c := range n.Content {
		restoreIn(c, r)
	}
}

// placeSeparators records, for each field whose text holds a separator, where its first
// separator stands: the field is the one holding that separator whose value starts last
// before it (the first such in the model's order when several start there). A separator in
// a comment belongs to no field and is harmless. The fields holding each separator are
// found once and searched by position, so a file of many separators and long values costs
// no more than reading it.
func (d *decoder) placeSeparators(marks []sepMark) {
	if len(marks) == 0 {
		return
	}
	type field struct {
		path string
		at   Pos
	}
	holding := map[rune][]field{}
	for _, t := range d.texts {
		for _, s := range separators {
			if strings.ContainsRune(t.value, s) {
				holding[s] = append(holding[s], field{t.path, d.startOf(t.path)})
			}
		}
	}
	for _, fs := range holding {
		sort.SliceStable(fs, func(i, j int) bool { return before(fs[i].at, fs[j].at) })
	}
	for _, m := range marks {
		fs := holding[m.sep]
		i := sort.Search(len(fs), func(i int) bool { return before(m.at, fs[i].at) }) // first starting after m
		if i == 0 {
			continue
		}
		j := i - 1
		for j > 0 && fs[j-1].at == fs[i-1].at {
			j--
		}
		if _, ok := d.pos.sep[fs[j].path]; !ok {
			if d.pos.sep == nil {
				d.pos.sep = map[string]Pos{}
			}
			d.pos.sep[fs[j].path] = m.at
		}
	}
}

// startOf is where the value at path starts, as Decision.Pos finds it.
func (d *decoder) startOf(path string) Pos {
	return (&Decision{pos: d.pos}).Pos(path)
}

// before reports whether a stands before b in the file.
func before(a, b Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
}
