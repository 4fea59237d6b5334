package decision

import (
	"bytes"
	"fmt"

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
// unchanged; header, when given, opens the file.
func Encode(d *Decision, prev []byte, header string) (out []byte, err error) {
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
			keepComments(old.Content[0], &n)
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

// keepComments copies comments from old to new wherever a key or item is present in both
// with the same value; where values differ it descends, so comments inside unchanged parts
// of a changed block survive.
func keepComments(old, new *yaml.Node) {
	switch {
	case old.Kind == yaml.MappingNode && new.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(new.Content); i += 2 {
			for j := 0; j+1 < len(old.Content); j += 2 {
				if old.Content[j].Value != new.Content[i].Value {
					continue
				}
				if sameValue(old.Content[j+1], new.Content[i+1]) {
					copyComments(old.Content[j], new.Content[i])
					copyAll(old.Content[j+1], new.Content[i+1])
				} else {
					keepComments(old.Content[j+1], new.Content[i+1])
				}
			}
		}
	case old.Kind == yaml.SequenceNode && new.Kind == yaml.SequenceNode:
		for i, c := range new.Content {
			if i < len(old.Content) {
				if sameValue(old.Content[i], c) {
					copyAll(old.Content[i], c)
				} else {
					keepComments(old.Content[i], c)
				}
			}
		}
	}
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
