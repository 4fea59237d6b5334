package decision

import (
	"bytes"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// MarshalYAML writes a date in the ISO form Load reads, unquoted when complete.
func (d Date) MarshalYAML() (any, error) {
	if d.Complete() {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: d.String()}, nil
	}
	return d.String(), nil
}

// MarshalYAML writes one line as a string and several as a list on one line.
func (l Lines) MarshalYAML() (any, error) {
	if len(l) == 1 {
		return l[0], nil
	}
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range l {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
	}
	return n, nil
}

// MarshalYAML writes a plain duty as a string.
func (d Duty) MarshalYAML() (any, error) {
	if d.Heading == "" && len(d.Items) == 0 {
		return d.Text, nil
	}
	type plain Duty
	return plain(d), nil
}

// MarshalYAML writes a clause without points as a string.
func (c Clause) MarshalYAML() (any, error) {
	if len(c.Points) == 0 {
		return c.Text, nil
	}
	type plain Clause
	return plain(c), nil
}

// Encode writes the decision as YAML in the layout of the examples (members one per line).
// Comments of prev, the YAML it was made from, are kept where the value they stand by is
// unchanged, and where changes say it was rewritten in place (a Change with InPlace: a name
// brought up to date, a date moved); a value replaced by other content loses them, as they
// spoke of what is gone. header, when given, opens the file.
func Encode(d *Decision, prev []byte, header string, changes ...Change) (out []byte, err error) {
	defer func() {
		// yaml.v3's emitter panics on text that is not UTF-8; callers check their text, and
		// what slips through is an error, not a crash.
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("cannot write the YAML: %v", r)
		}
	}()
	var n yaml.Node
	if err := n.Encode(d); err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		switch n.Content[i].Value {
		case "members", "current_members":
			for _, m := range n.Content[i+1].Content {
				m.Style = yaml.FlowStyle
			}
		case "changes":
			for _, c := range n.Content[i+1].Content {
				for j := 0; j+1 < len(c.Content); j += 2 {
					if k := c.Content[j].Value; k == "member" || k == "old" {
						c.Content[j+1].Style = yaml.FlowStyle
					}
				}
			}
		}
	}
	if prev != nil {
		var old yaml.Node
		if yaml.Unmarshal(prev, &old) == nil && len(old.Content) == 1 {
			k := commentKeeper{}
			for _, c := range changes {
				if c.InPlace {
					k.edited = append(k.edited, c.Field)
				} else {
					k.replaced = append(k.replaced, c.Field)
				}
			}
			k.keep(old.Content[0], &n, "")
		}
	}
	if header != "" && len(n.Content) > 0 {
		n.Content[0].HeadComment = header
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// commentKeeper carries the comments of an old YAML tree over to the new one: the fields
// (model paths, old indices) rewritten in place and those replaced.
type commentKeeper struct {
	edited, replaced []string
}

// relatedPath reports whether field f is path p, inside it, or holds it.
func relatedPath(f, p string) bool {
	under := func(a, b string) bool { // a inside b
		return strings.HasPrefix(a, b) && (len(a) == len(b) || a[len(b)] == '.' || a[len(b)] == '[')
	}
	return p == "" || under(f, p) || under(p, f)
}

// inPlace reports whether the differences at path p are all rewrites in place: one edited
// field is at, inside or around it, and no replaced one.
func (k commentKeeper) inPlace(p string) bool {
	if p == "" {
		return false
	}
	for _, f := range k.replaced {
		if relatedPath(f, p) {
			return false
		}
	}
	for _, f := range k.edited {
		if relatedPath(f, p) {
			return true
		}
	}
	return false
}

// keep copies comments from old to new wherever a key or item is present in both with the
// same value, or with a value rewritten in place; where values differ it descends, so
// comments inside unchanged parts of a changed block survive. Items of a list that lost some
// (a basis dropped, members merged) are matched by content, not by position.
func (k commentKeeper) keep(old, new *yaml.Node, path string) {
	switch {
	case old.Kind == yaml.MappingNode && new.Kind == yaml.MappingNode:
		if k.inPlace(path) {
			copyComments(old, new)
		}
		for i := 0; i+1 < len(new.Content); i += 2 {
			for j := 0; j+1 < len(old.Content); j += 2 {
				if old.Content[j].Value != new.Content[i].Value {
					continue
				}
				p := joinPath(path, old.Content[j].Value)
				switch {
				case sameValue(old.Content[j+1], new.Content[i+1]):
					copyComments(old.Content[j], new.Content[i])
					copyAll(old.Content[j+1], new.Content[i+1])
				case k.inPlace(p):
					copyComments(old.Content[j], new.Content[i])
					k.keep(old.Content[j+1], new.Content[i+1], p)
				default:
					k.keep(old.Content[j+1], new.Content[i+1], p)
				}
			}
		}
	case old.Kind == yaml.SequenceNode && new.Kind == yaml.SequenceNode:
		if k.inPlace(path) {
			copyComments(old, new)
		}
		for i, j := range alignItems(old.Content, new.Content) {
			if j < 0 {
				continue
			}
			c, o := new.Content[i], old.Content[j]
			p := fmt.Sprintf("%s[%d]", path, j)
			if sameValue(o, c) {
				copyAll(o, c)
			} else {
				k.keep(o, c, p)
			}
		}
		// A list's closing comment sits on its last item: it stays at the end when that
		// item went.
		if no, nn := len(old.Content), len(new.Content); no > 0 && nn > 0 && k.inPlace(path) && new.Content[nn-1].FootComment == "" {
			new.Content[nn-1].FootComment = old.Content[no-1].FootComment
		}
	case old.Kind == yaml.ScalarNode && new.Kind == yaml.ScalarNode:
		if k.inPlace(path) {
			copyComments(old, new)
		}
	case old.Kind == yaml.ScalarNode && new.Kind == yaml.SequenceNode && len(new.Content) > 0:
		// One line written as a string, now several: the comment goes with the list.
		if k.inPlace(path) {
			new.LineComment, new.HeadComment = old.LineComment, old.HeadComment
		}
	}
}

// alignItems returns, for each item of new, the index of the old item it stands for, or -1:
// by position when the lists are as long, otherwise the order-keeping matching that pairs
// the most alike items (a list from which qd removed some, and rewrote others in place).
func alignItems(old, new []*yaml.Node) []int {
	at := make([]int, len(new))
	if len(old) == len(new) {
		for i := range at {
			at[i] = i
		}
		return at
	}
	for i := range at {
		at[i] = -1
	}
	if len(old)*len(new) > 1<<20 {
		// Too long to match item by item (no decision has such lists): by position.
		for i := range at {
			if i < len(old) {
				at[i] = i
			}
		}
		return at
	}
	wo, wn := make([][]string, len(old)), make([][]string, len(new))
	for j, o := range old {
		wo[j] = nodeWords(o)
	}
	for i, c := range new {
		wn[i] = nodeWords(c)
	}
	like := make([][]int, len(new))
	for i := range like {
		like[i] = make([]int, len(old))
		for j := range old {
			like[i][j] = likeness(new[i], old[j], wn[i], wo[j])
		}
	}
	// score[i][j]: the best total likeness of new[i:] with old[j:].
	score := make([][]int, len(new)+1)
	for i := range score {
		score[i] = make([]int, len(old)+1)
	}
	for i := len(new) - 1; i >= 0; i-- {
		for j := len(old) - 1; j >= 0; j-- {
			score[i][j] = max(score[i+1][j], score[i][j+1], like[i][j]+score[i+1][j+1])
		}
	}
	for i, j := 0, 0; i < len(new) && j < len(old); {
		switch {
		case like[i][j] > 0 && score[i][j] == like[i][j]+score[i+1][j+1]:
			at[i] = j
			i, j = i+1, j+1
		case score[i][j] == score[i][j+1]:
			j++
		default:
			i++
		}
	}
	return at
}

// likeness is how alike two items a and b (of words wa and wb) are: the words they share,
// doubled when they are equal.
func likeness(a, b *yaml.Node, wa, wb []string) int {
	if sameValue(a, b) {
		return 2 * (len(wa) + 1)
	}
	seen := map[string]bool{}
	for _, w := range wb {
		seen[w] = true
	}
	n := 0
	for _, w := range wa {
		if seen[w] {
			n++
			seen[w] = false
		}
	}
	return n
}

// nodeWords are the words of the scalars of a YAML value.
func nodeWords(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode {
		return strings.Fields(n.Value)
	}
	var out []string
	for _, c := range n.Content {
		out = append(out, nodeWords(c)...)
	}
	return out
}

func copyComments(from, to *yaml.Node) {
	to.HeadComment, to.LineComment, to.FootComment = from.HeadComment, from.LineComment, from.FootComment
}

// copyAll copies the comments of two trees of the same shape.
func copyAll(from, to *yaml.Node) {
	copyComments(from, to)
	for i := range to.Content {
		if i < len(from.Content) {
			copyAll(from.Content[i], to.Content[i])
		}
	}
}

// sameValue compares two YAML values by content, ignoring style, tags and comments.
func sameValue(a, b *yaml.Node) bool {
	for a.Kind == yaml.AliasNode && a.Alias != nil {
		a = a.Alias
	}
	if a.Kind != b.Kind || len(a.Content) != len(b.Content) {
		return false
	}
	if a.Kind == yaml.ScalarNode {
		return a.Value == b.Value
	}
	for i := range a.Content {
		if !sameValue(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}
