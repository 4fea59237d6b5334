package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/lazyre"

	"gopkg.in/yaml.v3"
)

// The form's state travels as JSON shaped like the YAML file (the JSON Schema of
// decision.Schema describes both). These functions turn a YAML file into that JSON, keeping
// the key order, and merge an edited state back into the clerk's own YAML tree, so that
// comments, key order and quoting survive wherever a value is unchanged.

// maxDepth bounds the nesting of a posted state; the model is six levels deep.
const maxDepth = 32

// maxStateNodes bounds the nodes of the state made from one file, as the loader bounds the
// nodes it visits: aliases let a few lines name a tree of billions of nodes ("billion laughs"),
// which the form must refuse, not build.
const maxStateNodes = decision.MaxNodes

// errTooManyNodes: the file expands to more than maxStateNodes nodes.
var errTooManyNodes = errors.New("the file expands to too many YAML nodes (nested & and * aliases)")

// stateWriter writes a YAML value as JSON, counting the nodes it writes against left.
type stateWriter struct {
	b    bytes.Buffer
	left int
}

// node writes a YAML value as JSON: mappings as objects in their key order, as the loader
// reads them (the keys a merge key "<<: *gd" brings in, not "<<"), scalars by their YAML type
// (strings stay strings: a date is "2018-12-14").
func (w *stateWriter) node(n *yaml.Node, depth int) error {
	for n.Kind == yaml.AliasNode && n.Alias != nil && depth < maxDepth {
		n = n.Alias
		depth++
	}
	if w.left--; w.left < 0 {
		return errTooManyNodes
	}
	b := &w.b
	if depth > maxDepth {
		b.WriteString("null")
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 1 {
			return w.node(n.Content[0], depth)
		}
		b.WriteString("null")
	case yaml.MappingNode:
		b.WriteByte('{')
		ps := pairs(n, &w.left, 0)
		for i := 0; i+1 < len(ps); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(ps[i].Value)
			b.Write(k)
			b.WriteByte(':')
			if err := w.node(ps[i+1], depth+1); err != nil {
				return err
			}
		}
		if w.left < 0 {
			return errTooManyNodes
		}
		b.WriteByte('}')
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := w.node(c, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			b.WriteString("null")
			return nil
		case "!!bool":
			if v, err := strconv.ParseBool(n.Value); err == nil {
				b.WriteString(strconv.FormatBool(v))
				return nil
			}
		case "!!int":
			if v, err := strconv.ParseInt(n.Value, 10, 64); err == nil {
				b.WriteString(strconv.FormatInt(v, 10))
				return nil
			}
		}
		s, _ := json.Marshal(n.Value)
		b.Write(s)
	default:
		b.WriteString("null")
	}
	return nil
}

// isMergeKey reports whether k is a YAML merge key: a plain "<<" ('<<' quoted is a key).
func isMergeKey(k *yaml.Node) bool { return k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" }

// hasMergeKey reports whether mapping n has a merge key.
func hasMergeKey(n *yaml.Node) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if isMergeKey(n.Content[i]) {
			return true
		}
	}
	return false
}

// pairs returns the key/value pairs of mapping n as the loader reads them (decision/merge.go):
// its own keys, then those its merge key brings in that it does not have, of several merged
// blocks the earlier winning. Each pair brought in counts against *budget; past it, or nested
// deeper than maxDepth, what is left is not brought in.
func pairs(n *yaml.Node, budget *int, depth int) []*yaml.Node {
	if !hasMergeKey(n) {
		return n.Content
	}
	var out, sources []*yaml.Node
	have := map[string]bool{}
	merged := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !isMergeKey(k) {
			out = append(out, k, v)
			have[k.Value] = true
			continue
		}
		if merged { // a second "<<" is an error the loader reports; it brings nothing
			continue
		}
		merged = true
		sources = []*yaml.Node{v}
		for v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind == yaml.SequenceNode {
			sources = v.Content
		}
	}
	for _, src := range sources {
		for src.Kind == yaml.AliasNode && src.Alias != nil {
			src = src.Alias
		}
		if src.Kind != yaml.MappingNode || depth >= maxDepth {
			continue
		}
		sp := pairs(src, budget, depth+1)
		for i := 0; i+1 < len(sp); i += 2 {
			if *budget--; *budget < 0 {
				return out
			}
			if !have[sp[i].Value] {
				have[sp[i].Value] = true
				out = append(out, sp[i], sp[i+1])
			}
		}
	}
	return out
}

// value is a JSON value that remembers the order of object keys.
type value struct {
	kind  byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	keys  []string
	vals  []*value
	str   string
	truth bool
}

func (v *value) get(key string) *value {
	for i, k := range v.keys {
		if k == key {
			return v.vals[i]
		}
	}
	return nil
}

// parseValue reads one JSON value, keeping object key order; depth and size are bounded by
// the caller's reader and maxDepth.
func parseValue(data []byte) (*value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := readValue(dec, 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing data after the JSON value")
	}
	return v, nil
}

func readValue(dec *json.Decoder, depth int) (*value, error) {
	if depth > maxDepth {
		return nil, errors.New("the state is nested too deeply")
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v := &value{kind: 'o'}
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				c, err := readValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				if seen[k] {
					return nil, fmt.Errorf("duplicate key %q", k)
				}
				seen[k] = true
				v.keys = append(v.keys, k)
				v.vals = append(v.vals, c)
			}
			_, err := dec.Token()
			return v, err
		case '[':
			v := &value{kind: 'a'}
			for dec.More() {
				c, err := readValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				v.vals = append(v.vals, c)
			}
			_, err := dec.Token()
			return v, err
		}
	case string:
		return &value{kind: 's', str: t}, nil
	case json.Number:
		return &value{kind: 'n', str: t.String()}, nil
	case bool:
		return &value{kind: 'b', truth: t}, nil
	case nil:
		return &value{kind: 'z'}, nil
	}
	return nil, fmt.Errorf("unexpected JSON token %v", tok)
}

// isoDate is a complete date, which YAML files write unquoted as the examples do.
var isoDate = lazyre.New(`^\d{4}-\d{2}-\d{2}$`)

// scalarFor returns the YAML scalar of a JSON string, number or bool. A string that would
// read as another type unquoted (true, 05, ~) is tagged !!str so the encoder quotes it.
func scalarFor(v *value) *yaml.Node {
	switch v.kind {
	case 'b':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.truth)}
	case 'n':
		tag := "!!int"
		if strings.ContainsAny(v.str, ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v.str}
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.str}
	if isoDate.MatchString(v.str) {
		n.Tag = ""
	}
	if strings.Contains(v.str, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// build makes a fresh YAML node from a JSON value; flow gives mappings the flow style of
// their siblings (members are written one per line).
func build(v *value, flow bool) *yaml.Node {
	switch v.kind {
	case 'o':
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		if flow {
			n.Style = yaml.FlowStyle
		}
		for i, k := range v.keys {
			if v.vals[i].kind == 'z' {
				continue
			}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, build(v.vals[i], false))
		}
		return n
	case 'a':
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, c := range v.vals {
			n.Content = append(n.Content, build(c, false))
		}
		return n
	case 'z':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
	}
	return scalarFor(v)
}

// merge returns the node for v, reusing old (with its comments, style and key order) where
// it still fits. Keys missing from v are dropped; a new key goes after the keys that come
// before it in the model's order (sch, the form schema of this value), or in v.
func merge(old *yaml.Node, v *value, sch map[string]any) *yaml.Node {
	if old == nil {
		return build(v, false)
	}
	for old.Kind == yaml.AliasNode && old.Alias != nil {
		// An alias that still has its value stays; a changed one is written out.
		if equal(old.Alias, v) {
			return old
		}
		old = old.Alias
	}
	switch v.kind {
	case 'o':
		if old.Kind != yaml.MappingNode {
			return withComments(old, build(v, old.Style == yaml.FlowStyle))
		}
		inherited := inheritedOf(old, v)
		if inherited == nil && hasMergeKey(old) {
			// A key it brings in was cleared in the form: write the mapping out in full.
			budget := maxStateNodes
			full := *old
			full.Content = pairs(old, &budget, 0)
			old = &full
		}
		var content []*yaml.Node
		placed := map[string]bool{}
		for i := 0; i+1 < len(old.Content); i += 2 {
			if isMergeKey(old.Content[i]) {
				content = append(content, old.Content[i], old.Content[i+1])
				continue
			}
			k := old.Content[i].Value
			nv := v.get(k)
			if nv == nil || nv.kind == 'z' || placed[k] {
				continue
			}
			placed[k] = true
			content = append(content, old.Content[i], merge(old.Content[i+1], nv, propSchema(sch, k)))
		}
		order := schemaOrder(sch)
		for i, k := range v.keys {
			if placed[k] || v.vals[i].kind == 'z' {
				continue
			}
			if in := inherited[k]; in != nil && equal(in, v.vals[i]) {
				continue // the merge key still brings it in
			}
			at := 0
			if rank := slices.Index(order, k); rank >= 0 {
				for j := 0; j+1 < len(content); j += 2 {
					if r := slices.Index(order, content[j].Value); r >= 0 && r < rank {
						at = j + 2
					}
				}
			} else {
				for j := i - 1; j >= 0; j-- {
					if p := indexOfKey(content, v.keys[j]); p >= 0 {
						at = p + 2
						break
					}
				}
			}
			kn := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}
			content = append(content[:at], append([]*yaml.Node{kn, build(v.vals[i], false)}, content[at:]...)...)
			placed[k] = true
		}
		n := *old
		n.Content = content
		return &n
	case 'a':
		if old.Kind != yaml.SequenceNode {
			return withComments(old, build(v, false))
		}
		n := *old
		n.Content = nil
		used := make([]bool, len(old.Content))
		for i, c := range v.vals {
			// An item moved or kept unchanged keeps its own node and comments.
			match := -1
			if i < len(old.Content) && !used[i] && equal(old.Content[i], c) {
				match = i
			}
			for j := 0; match < 0 && j < len(old.Content); j++ {
				if !used[j] && equal(old.Content[j], c) {
					match = j
				}
			}
			if match >= 0 {
				used[match] = true
				n.Content = append(n.Content, old.Content[match])
				continue
			}
			if i < len(old.Content) && !used[i] && !matchedLater(old.Content[i], v.vals[i+1:]) {
				used[i] = true
				n.Content = append(n.Content, merge(old.Content[i], c, itemSchema(sch)))
				continue
			}
			flow := len(old.Content) > 0 && old.Content[min(i, len(old.Content)-1)].Style == yaml.FlowStyle && c.kind == 'o'
			n.Content = append(n.Content, build(c, flow))
		}
		return &n
	case 'z':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
	}
	if old.Kind == yaml.ScalarNode && equal(old, v) {
		return old
	}
	n := scalarFor(v)
	if old.Kind == yaml.ScalarNode && v.kind == 's' {
		switch old.Style {
		case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
			n.Style, n.Tag = old.Style, "!!str"
		case yaml.LiteralStyle, yaml.FoldedStyle:
			if strings.Contains(v.str, "\n") {
				n.Style = old.Style
			}
		}
	}
	return withComments(old, n)
}

// inheritedOf returns the values the merge key of mapping old brings in (keys it does not
// have itself), when every one of them is still in the form's v: a value changed there is
// then written as the mapping's own key, over the one brought in. It returns nil when old has
// no merge key or when the form cleared a key the merge key brings in (which would show
// through again).
func inheritedOf(old *yaml.Node, v *value) map[string]*yaml.Node {
	if !hasMergeKey(old) {
		return nil
	}
	own := map[string]bool{}
	for i := 0; i+1 < len(old.Content); i += 2 {
		own[old.Content[i].Value] = true
	}
	budget := maxStateNodes
	all := pairs(old, &budget, 0)
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(all); i += 2 {
		k := all[i].Value
		if own[k] {
			continue
		}
		if nv := v.get(k); nv == nil || nv.kind == 'z' {
			return nil
		}
		out[k] = all[i+1]
	}
	return out
}

// matchedLater reports whether an old item reappears unchanged further on (it was moved).
// schemaOrder is the model's order of an object's keys (x-order of the form schema).
func schemaOrder(sch map[string]any) []string {
	var out []string
	for _, k := range asList(objectSchemaOf(sch)["x-order"]) {
		if s, ok := k.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// objectSchemaOf returns the object alternative of a schema that may be a oneOf.
func objectSchemaOf(sch map[string]any) map[string]any {
	for _, a := range asList(sch["oneOf"]) {
		if m, ok := a.(map[string]any); ok && m["type"] == "object" {
			return m
		}
	}
	return sch
}

func propSchema(sch map[string]any, key string) map[string]any {
	props, _ := objectSchemaOf(sch)["properties"].(map[string]any)
	m, _ := props[key].(map[string]any)
	return m
}

func itemSchema(sch map[string]any) map[string]any {
	for _, a := range append([]any{sch}, asList(sch["oneOf"])...) {
		if m, ok := a.(map[string]any); ok && m["type"] == "array" {
			it, _ := m["items"].(map[string]any)
			return it
		}
	}
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func matchedLater(old *yaml.Node, rest []*value) bool {
	for _, c := range rest {
		if equal(old, c) {
			return true
		}
	}
	return false
}

func indexOfKey(content []*yaml.Node, key string) int {
	for i := 0; i+1 < len(content); i += 2 {
		if content[i].Value == key {
			return i
		}
	}
	return -1
}

func withComments(old, n *yaml.Node) *yaml.Node {
	n.HeadComment, n.LineComment, n.FootComment = old.HeadComment, old.LineComment, old.FootComment
	return n
}

// equal compares a YAML value with a JSON one as the form sees them.
func equal(n *yaml.Node, v *value) bool {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch v.kind {
	case 'o':
		if n.Kind != yaml.MappingNode {
			return false
		}
		count := 0
		for _, c := range v.vals {
			if c.kind != 'z' {
				count++
			}
		}
		budget := maxStateNodes
		ps := pairs(n, &budget, 0)
		if len(ps)/2 != count {
			return false
		}
		for i := 0; i+1 < len(ps); i += 2 {
			c := v.get(ps[i].Value)
			if c == nil || !equal(ps[i+1], c) {
				return false
			}
		}
		return true
	case 'a':
		if n.Kind != yaml.SequenceNode || len(n.Content) != len(v.vals) {
			return false
		}
		for i, c := range v.vals {
			if !equal(n.Content[i], c) {
				return false
			}
		}
		return true
	case 'z':
		return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
	}
	if n.Kind != yaml.ScalarNode {
		return false
	}
	switch v.kind {
	case 'b':
		b, err := strconv.ParseBool(n.Value)
		return n.ShortTag() == "!!bool" && err == nil && b == v.truth
	case 'n':
		return (n.ShortTag() == "!!int" || n.ShortTag() == "!!float") && n.Value == v.str
	}
	switch n.ShortTag() {
	case "!!str", "!!timestamp":
		return n.Value == v.str
	}
	// A number or boolean written where text is expected (number: 05) reads as its text.
	return n.ShortTag() != "!!null" && n.Value == v.str && (n.ShortTag() == "!!int" || n.ShortTag() == "!!float" || n.ShortTag() == "!!bool")
}

// encodeState turns the form's state into the YAML text to save: merged into prev (the file
// as it is on disk) when prev parses, fresh otherwise.
func encodeState(prev []byte, state *value) ([]byte, error) {
	if state.kind != 'o' {
		return nil, errors.New("the state must be a JSON object")
	}
	var doc yaml.Node
	if len(bytes.TrimSpace(prev)) > 0 && yaml.Unmarshal(prev, &doc) == nil && doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		merges := anyMergeKey(&doc, 0)
		doc.Content[0] = merge(doc.Content[0], state, formSchema())
		out, err := encodeDoc(&doc)
		if err != nil || !merges {
			return out, err
		}
		// A block reused through "<<" that the form also changed would change every mapping
		// that brings it in: when the file would not read back as the form shows it, merge
		// into the file with its merge keys written out.
		var back yaml.Node
		if yaml.Unmarshal(out, &back) == nil && len(back.Content) == 1 && equal(back.Content[0], state) {
			return out, nil
		}
		var full yaml.Node
		yaml.Unmarshal(prev, &full)
		expandMergeKeys(&full, 0)
		full.Content[0] = merge(full.Content[0], state, formSchema())
		return encodeDoc(&full)
	}
	return encodeDoc(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{build(state, false)}})
}

// anyMergeKey reports whether a merge key is anywhere in the tree n.
func anyMergeKey(n *yaml.Node, depth int) bool {
	if depth > maxDepth {
		return false
	}
	if n.Kind == yaml.MappingNode && hasMergeKey(n) {
		return true
	}
	for _, c := range n.Content {
		if anyMergeKey(c, depth+1) {
			return true
		}
	}
	return false
}

// expandMergeKeys replaces, in every mapping of the tree n, its merge key by the pairs it
// brings in.
func expandMergeKeys(n *yaml.Node, depth int) {
	if depth > maxDepth {
		return
	}
	if n.Kind == yaml.MappingNode && hasMergeKey(n) {
		budget := maxStateNodes
		n.Content = slices.Clone(pairs(n, &budget, 0))
	}
	for _, c := range n.Content {
		expandMergeKeys(c, depth+1)
	}
}

// encodeDoc writes the YAML text of doc, merge keys plain.
func encodeDoc(doc *yaml.Node) ([]byte, error) {
	plainMerges(doc)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// plainMerges clears the tag of every merge key ("<<: *name", which the loader expands), as
// yaml.v3 would otherwise write the tag it resolved: "!!merge <<: *name".
func plainMerges(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!merge" {
		n.Tag = ""
	}
	for _, c := range n.Content {
		plainMerges(c)
	}
}

// stateOf returns the JSON state of a YAML file, or an error when it is not YAML.
func stateOf(data []byte) (json.RawMessage, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return json.RawMessage("{}"), nil
	}
	if doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("the file is not a mapping")
	}
	w := stateWriter{left: maxStateNodes}
	if err := w.node(&doc, 0); err != nil {
		return nil, err
	}
	return w.b.Bytes(), nil
}
