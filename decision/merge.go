package decision

import "gopkg.in/yaml.v3"

// YAML merge keys (https://yaml.org/type/merge.html) let a clerk write a block once and
// reuse it: "- &so {role: uy_vien, organization: Sở Y tế}" then "- <<: *so" with the keys
// that differ. yaml.v3 reads them when decoding into Go values, but the loader decodes the
// node tree itself, so it expands them here, as the YAML type says: the mapping's own keys
// win over merged ones, and of several merged mappings the earlier wins. What comes from a
// merged mapping is reported at the "*name" that brings it in, as for any alias.

// isMerge reports whether k is a merge key: a plain "<<" (a quoted '<<' is an ordinary key).
func isMerge(k *yaml.Node) bool { return k.Kind == yaml.ScalarNode && k.Tag == "!!merge" }

// hasMerge reports whether mapping n has a merge key.
func hasMerge(n *yaml.Node) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if isMerge(n.Content[i]) {
			return true
		}
	}
	return false
}

// expandMerges returns mapping n with its merge keys replaced by the pairs they bring in.
// A merge key whose value is not a mapping, an alias of one or a list of those is reported
// at path and brings nothing.
func (d *decoder) expandMerges(n *yaml.Node, path string) *yaml.Node {
	out := *n
	out.Content = nil
	have := map[string]bool{}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !isMerge(k) {
			out.Content = append(out.Content, k, v)
			have[k.Value] = true
			continue
		}
		if len(merges) > 0 {
			d.errAt(k, joinPath(path, "<<"), "duplicate-key", msgf("khoá %q đã có ở dòng %d; mỗi khoá chỉ ghi một lần (gộp nhiều khối: <<: [*a, *b])",
				"key %q already given on line %d; write each key once (to merge several blocks: <<: [*a, *b])", "<<", merges[0].Line))
			continue
		}
		merges = append(merges, k, v)
	}
	if len(merges) == 0 {
		return &out
	}
	k, v := merges[0], merges[1]
	sources := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		sources = v.Content
	}
	for _, src := range sources {
		// Every block merged counts, even one whose keys are all overridden, so that blocks
		// merging blocks that merge blocks (a "billion laughs" of merges) stop at MaxNodes.
		if !d.count(k, path) {
			return &out
		}
		via := src // the alias bringing the block in, if any
		for src.Kind == yaml.AliasNode && src.Alias != nil {
			src = src.Alias
		}
		if src.Kind != yaml.MappingNode {
			d.errAt(via, joinPath(path, "<<"), "wrong-type", msgf(
				"khoá gộp << cần một bảng khoá: giá trị, thường là bí danh của một khối đã đặt tên (<<: *tên) hoặc danh sách bí danh (<<: [*a, *b])",
				"the merge key << takes a mapping, usually the alias of a named block (<<: *name) or a list of aliases (<<: [*a, *b])"))
			continue
		}
		if hasMerge(src) {
			if src = d.expandMerges(src, path); d.aborted {
				return &out
			}
		}
		for i := 0; i+1 < len(src.Content); i += 2 {
			sk, sv := src.Content[i], src.Content[i+1]
			if have[sk.Value] {
				continue
			}
			if !d.count(k, path) {
				return &out
			}
			have[sk.Value] = true
			if via.Kind == yaml.AliasNode {
				kc := *sk
				kc.Line, kc.Column = via.Line, via.Column
				sk = &kc
				sv = &yaml.Node{Kind: yaml.AliasNode, Alias: sv, Value: via.Value, Line: via.Line, Column: via.Column}
			}
			out.Content = append(out.Content, sk, sv)
		}
	}
	return &out
}

// joinPath is the YAML path of key inside path.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
