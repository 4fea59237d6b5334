package decision

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/registry"
	"github.com/vanthu-vn/qd/textnorm"
	"gopkg.in/yaml.v3"
)

// Limits on input, so that a bad file gives a clear error rather than a slow death.
const (
	// MaxFileSize is the largest YAML file accepted; the longest source decision with its
	// Quy chế is under 40 KB.
	MaxFileSize = 1 << 20
	// MaxNodes bounds the YAML nodes visited, aliases expanded, per file: a decision with
	// 200 members and a long Quy chế has under 5,000. (Nesting depth needs no limit of its
	// own: the decoder descends only as deep as the model, six levels.)
	MaxNodes = 200_000
	// MaxListItems bounds any one list (members, duties, articles...): the largest source
	// decision has 26 members; a Ban Chỉ đạo of a thousand is a pasting accident.
	MaxListItems = 1000
)

// Pos is a position in a YAML file, 1-based.
type Pos struct{ Line, Column int }

// positions holds, for each YAML path, where its value starts and where its key stands.
type positions struct {
	value map[string]Pos
	key   map[string]Pos
	// sep holds, for a field whose text has a line or paragraph separator, where the first
	// one stands (see separators.go).
	sep map[string]Pos
}

// text is one string field of the model with its path, kept for the text rules.
type text struct {
	path  string
	value string
}

// Load reads one decision from YAML. It never panics on bad input: every problem comes back
// as a Diagnostic with file, line, column and field; the Decision is nil when the file
// cannot be read as a decision at all. Strings are normalised to NFC.
func Load(file string, data []byte) (*Decision, []Diagnostic) {
	d := &decoder{file: file, pos: positions{value: map[string]Pos{}, key: map[string]Pos{}}}
	if len(data) > MaxFileSize {
		return nil, []Diagnostic{TooLarge(file)}
	}
	data, enc, bad := decodeText(data)
	if bad >= 0 {
		line, col := lineCol(data, len(data))
		return nil, []Diagnostic{d.fileDiag(line, col, "not-text", Msg{
			VI: "tệp mã hoá " + enc + " bị hỏng ở đây; hãy lưu lại với mã UTF-8", EN: "the file's " + enc + " encoding is broken here; save it as UTF-8"})}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		line, col := lineCol(data, bytes.IndexByte(data, 0))
		return nil, []Diagnostic{d.fileDiag(line, col, "not-text", msgf(
			"tệp không phải văn bản YAML (có byte 0)", "file is not YAML text (contains a NUL byte)"))}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		line, col := lineCol(data, off)
		return nil, []Diagnostic{d.fileDiag(line, col, "not-utf8", msgf(
			"tệp không mã hoá UTF-8 (byte 0x%02X); hãy lưu lại với mã UTF-8", "file is not UTF-8 (byte 0x%02X); save it as UTF-8",
			data[off]))}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []Diagnostic{d.fileDiag(1, 1, "empty-file", msgf("tệp rỗng", "file is empty"))}
	}
	source := data
	data, seps := hideSeparators(data)
	var root yaml.Node
	stream := yaml.NewDecoder(bytes.NewReader(data))
	if err := stream.Decode(&root); err != nil && err != io.EOF {
		return nil, []Diagnostic{syntaxHint(syntaxDiag(file, data, err), data)}
	}
	if diag, ok := secondDocument(file, data, &root, stream); ok {
		return nil, []Diagnostic{diag}
	}
	restoreSeparators(&root, seps)
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = *root.Content[0]
	}
	if root.Kind == 0 || root.Kind == yaml.DocumentNode {
		return nil, []Diagnostic{d.fileDiag(1, 1, "empty-file", msgf("tệp không có nội dung (chỉ có chú thích)", "file has no content (only comments)"))}
	}
	if root.Kind != yaml.MappingNode {
		return nil, []Diagnostic{d.fileDiag(root.Line, root.Column, "wrong-type",
			msgf("tệp phải là một bảng khoá: giá trị (kind:, issuer:, ...)", "the file must be a mapping of keys (kind:, issuer:, ...)"))}
	}
	dec := &Decision{File: file}
	d.decode(&root, reflect.ValueOf(dec).Elem(), "")
	if d.aborted {
		return nil, d.diags
	}
	d.placeSeparators(seps)
	dec.pos = d.pos
	dec.texts = d.texts
	dec.roleLabels = d.roleLabels
	dec.failed = d.failed
	dec.source = source
	d.diags = append(d.diags, dec.resolveRefs(registry.Default())...)
	return dec, d.diags
}

// resolveRefs fills the bases that cite a registry entry by key.
func (d *Decision) resolveRefs(r *registry.Registry) []Diagnostic {
	var out []Diagnostic
	for i := range d.Bases {
		b := &d.Bases[i]
		if b.Ref == "" {
			continue
		}
		doc := r.ByKey(b.Ref)
		path := fmt.Sprintf("bases[%d].ref", i)
		if doc == nil {
			p := d.Pos(path)
			out = append(out, Diagnostic{File: d.File, Line: p.Line, Column: p.Column, Field: path, Rule: "basis-ref", Severity: Error,
				Msg: msgf("không có văn bản %q trong sổ của qd; tìm mã bằng: qd basis TỪ KHOÁ", "no document %q in qd's registry; find keys with: qd basis WORDS", b.Ref)})
			continue
		}
		full := BasisOf(doc)
		if b.Verb == "" {
			b.Verb = full.Verb
		}
		if b.Type == "" {
			b.Type = full.Type
		}
		if b.Number == "" {
			b.Number = full.Number
		}
		if b.Date.IsZero() {
			b.Date = full.Date
		}
		if b.Issuer == "" {
			b.Issuer = full.Issuer
		}
		if b.Title == "" {
			b.Title = full.Title
		}
	}
	return out
}

// LoadFile reads and loads one file, enforcing MaxFileSize while reading.
func LoadFile(path string) (*Decision, []Diagnostic, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, nil, err
	}
	dec, diags := Load(path, data)
	return dec, diags, nil
}

// TooLarge is the diagnostic of an input longer than MaxFileSize.
func TooLarge(file string) Diagnostic {
	return Diagnostic{File: file, Line: 1, Column: 1, Rule: "file-too-large", Severity: Error, Msg: msgf(
		"tệp quá lớn (hơn %d byte); một quyết định không vượt quá %d byte", "file too large (over %d bytes); a decision is at most %d bytes",
		MaxFileSize, MaxFileSize)}
}

// NotRegular is the diagnostic of an entry found in a directory that is not a regular file
// (a FIFO, a device, a socket); kind names what it is. It is reported and never opened, as
// reading it could wait for ever.
func NotRegular(file string, kind Msg) Diagnostic {
	return Diagnostic{File: file, Line: 1, Column: 1, Rule: "not-a-file", Severity: Error,
		Msg: Msg{VI: "bỏ qua: đây là " + kind.VI + ", không phải tệp YAML", EN: "skipped: this is " + kind.EN + ", not a YAML file"}}
}

// Unreadable is the diagnostic of an input that cannot be read: a dangling link, a file
// removed meanwhile, no permission; reason says why.
func Unreadable(file string, reason Msg) Diagnostic {
	return Diagnostic{File: file, Line: 1, Column: 1, Rule: "unreadable", Severity: Error,
		Msg: Msg{VI: "không đọc được tệp: " + reason.VI, EN: "cannot read the file: " + reason.EN}}
}

// Pos returns the position of the YAML value at path (e.g. "members[2].role"); for a field
// that was not written, the position of the key of the nearest enclosing field that was
// ("committee:" for a missing committee.old_name), or 1:1.
func (d *Decision) Pos(path string) Pos {
	if p, ok := d.pos.value[path]; ok {
		return p
	}
	for {
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return Pos{1, 1}
		}
		path = path[:i]
		if p, ok := d.pos.key[path]; ok {
			return p
		}
		if p, ok := d.pos.value[path]; ok {
			return p
		}
	}
}

type decoder struct {
	file       string
	pos        positions
	texts      []text
	roleLabels []text
	failed     map[string]bool // paths whose value failed its type and was left out
	diags      []Diagnostic
	nodes      int
	aborted    bool
	alias      *yaml.Node // the alias being decoded through, if any
}

type nodeUnmarshaler interface {
	unmarshalNode(*yaml.Node) error
}

var unmarshalerType = reflect.TypeOf((*nodeUnmarshaler)(nil)).Elem()

func (d *decoder) fileDiag(line, col int, rule string, m Msg) Diagnostic {
	return Diagnostic{File: d.file, Line: line, Column: col, Rule: rule, Severity: Error, Msg: m}
}

func (d *decoder) errAt(n *yaml.Node, path, rule string, m Msg) {
	p := d.at(n)
	d.diags = append(d.diags, Diagnostic{File: d.file, Line: p.Line, Column: p.Column, Field: path, Rule: rule, Severity: Error, Msg: m})
}

// at is where a node stands for the clerk: its own position, or, for everything reached
// through an alias (*name), the alias's, since that is where the value is used (a member
// repeated as "- *m1" is a duplicate at the alias, not at the anchor).
func (d *decoder) at(n *yaml.Node) Pos {
	if d.alias != nil {
		return Pos{d.alias.Line, d.alias.Column}
	}
	return Pos{n.Line, n.Column}
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if d.aborted {
		return
	}
	if n.Kind == yaml.AliasNode && d.alias == nil {
		d.alias = n
		defer func() { d.alias = nil }()
	}
	for n.Kind == yaml.AliasNode {
		n = n.Alias
		if n == nil {
			return
		}
	}
	if !d.count(n, path) {
		return
	}
	if _, seen := d.pos.value[path]; !seen {
		d.pos.value[path] = d.at(n)
	}
	if !plainTag(n.Tag) {
		d.wrongType(n, path, errExpected("một giá trị YAML thường (không có thẻ "+n.Tag+")", "a plain YAML value (no "+n.Tag+" tag)"))
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(unmarshalerType) {
		err := v.Addr().Interface().(nodeUnmarshaler).unmarshalNode(n)
		if err == nil {
			d.normalise(v, path)
			if dt, ok := v.Addr().Interface().(*Date); ok && dt.IsPlaceholder() {
				d.texts = append(d.texts, text{path, nfc(n.Value)}) // for the placeholder rule
			}
			if r, ok := v.Addr().Interface().(*Role); ok && *r != Role(n.Value) {
				d.roleLabels = append(d.roleLabels, text{path, nfc(n.Value)}) // for the role-title rule
			}
			return
		}
		if err != errFallThrough {
			d.wrongType(n, path, err)
			return
		}
	}
	if n.Tag == "!!null" && n.Kind == yaml.ScalarNode {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.wrongType(n, path, errExpected("một danh sách (các dòng bắt đầu bằng '- ')", "a list (lines starting with '- ')"))
			return
		}
		if len(n.Content) > MaxListItems {
			d.errAt(n, path, "limit", msgf("danh sách có %d mục, quá giới hạn %d", "the list has %d items, over the limit of %d", len(n.Content), MaxListItems))
			d.fail(path)
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.wrongType(n, path, errExpected("một chuỗi chữ", "a string"))
			return
		}
		v.SetString(strings.TrimRight(n.Value, "\n"))
		d.normalise(v, path)
	case reflect.Bool:
		b, err := strconv.ParseBool(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || err != nil {
			d.wrongType(n, path, errExpected("true hoặc false", "true or false"))
			return
		}
		v.SetBool(b)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		switch {
		case n.Kind == yaml.ScalarNode && n.Tag == "!!int" && err == nil:
			v.SetInt(int64(i))
		case n.Kind == yaml.ScalarNode && n.Tag == "!!str" && err == nil && n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0:
			d.wrongType(n, path, errExpected(fmt.Sprintf("một số nguyên, không đặt trong dấu nháy (ghi %s, không ghi %q)", n.Value, n.Value),
				fmt.Sprintf("a whole number, not in quotes (write %s, not %q)", n.Value, n.Value)))
		case n.Kind == yaml.ScalarNode && errors.Is(err, strconv.ErrRange):
			d.wrongType(n, path, errExpected("một số nguyên nhỏ (số này quá lớn)", "a small whole number (this one is too large)"))
		default:
			d.wrongType(n, path, errExpected("một số nguyên", "a whole number"))
		}
	default:
		panic("decision: unsupported model field kind " + v.Kind().String())
	}
}

// count counts one node visited (n, at path) against MaxNodes; past it, it reports the limit
// once and stops the decoding. It reports whether decoding goes on.
func (d *decoder) count(n *yaml.Node, path string) bool {
	d.nodes++
	if d.nodes > MaxNodes && !d.aborted {
		d.errAt(n, path, "limit", msgf("quá nhiều nút YAML (quá %d, có thể do bí danh & và * lồng nhau)", "too many YAML nodes (over %d, perhaps nested & and * aliases)", MaxNodes))
		d.aborted = true
	}
	return !d.aborted
}

// plainTag reports whether a node's tag is one of the YAML core schema's (or none): a
// decision holds text, numbers, dates, lists and mappings. Any other tag — !!binary, whose
// base64 would be printed as a duty, !!set, or a custom !tag — changes the meaning of the
// text, so it is a type error rather than read as a string.
func plainTag(tag string) bool {
	switch tag {
	case "", "!", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!timestamp":
		return true
	}
	return false
}

func (d *decoder) wrongType(n *yaml.Node, path string, err error) {
	m := msgf("%s", "%s", err.Error())
	if e, ok := err.(*expectedError); ok {
		m = e.msg
	}
	if n.Kind != yaml.ScalarNode || !strings.Contains(m.EN, strconv.Quote(n.Value)) {
		got := nodeDescription(n)
		m = Msg{VI: m.VI + ", nhưng gặp " + got.VI, EN: m.EN + ", got " + got.EN}
	}
	if curlyNode(n) {
		m = withHint(m, curlyHint)
	}
	if h, ok := dateHint(n); ok {
		m = withHint(m, h)
	}
	d.errAt(n, path, "wrong-type", m)
	d.fail(path)
}

// fail records that the value at path was left out, so that Validate does not report it
// as missing nor run the rules that read it.
func (d *decoder) fail(path string) {
	if d.failed == nil {
		d.failed = map[string]bool{}
	}
	d.failed[path] = true
}

func nodeDescription(n *yaml.Node) Msg {
	switch n.Kind {
	case yaml.MappingNode:
		return Msg{"một bảng khoá: giá trị", "a mapping"}
	case yaml.SequenceNode:
		return Msg{"một danh sách", "a list"}
	}
	v := n.Value
	if len([]rune(v)) > 40 {
		v = string([]rune(v)[:40]) + "…"
	}
	return Msg{strconv.Quote(v), strconv.Quote(v)}
}

// fieldIndex caches, per struct type, the field index of each YAML key.
var fieldIndex sync.Map // reflect.Type → map[string]int

func yamlFields(t reflect.Type) map[string]int {
	if m, ok := fieldIndex.Load(t); ok {
		return m.(map[string]int)
	}
	m := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag != "" && tag != "-" {
			m[tag] = i
		}
	}
	fieldIndex.Store(t, m)
	return m
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.wrongType(n, path, errExpected("một bảng khoá: giá trị", "a mapping of keys"))
		return
	}
	if hasMerge(n) {
		if n = d.expandMerges(n, path); d.aborted {
			return
		}
	}
	fields := yamlFields(v.Type())
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.AliasNode && k.Alias != nil && k.Alias.Kind == yaml.ScalarNode {
			kc := *k.Alias // a key written as the alias of a text is that text, where the alias is
			kc.Line, kc.Column = k.Line, k.Column
			k = &kc
		}
		if k.Kind != yaml.ScalarNode {
			d.errAt(k, path, "wrong-type", msgf("khoá cần là tên một trường, không phải %s", "a key is the name of a field, not %s", nodeDescription(k)))
			continue
		}
		key := k.Value
		sub := key
		if path != "" {
			sub = path + "." + key
		}
		if first, dup := seen[key]; dup {
			d.errAt(k, sub, "duplicate-key", msgf("khoá %q đã có ở dòng %d; mỗi khoá chỉ ghi một lần", "key %q already given on line %d; write each key once", key, first.Line))
			continue
		}
		seen[key] = k
		idx, ok := fields[key]
		if !ok {
			if pairs := d.flowComma(n, i, path, fields); pairs > 0 {
				i += 2 * (pairs - 1)
				continue
			}
			d.errAt(k, sub, "unknown-key", unknownKeyMsg(key, fields))
			continue
		}
		d.pos.key[sub] = d.at(k)
		d.decode(val, v.Field(idx), sub)
	}
}

func unknownKeyMsg(key string, fields map[string]int) Msg {
	best, bestD := "", 1<<30
	var names []string
	for name := range fields {
		names = append(names, name)
		if dist := editDistance(key, name); dist < bestD || dist == bestD && name < best {
			best, bestD = name, dist
		}
	}
	if bestD <= 3 {
		return msgf("khoá %q không có trong mẫu; có phải là %q?", "unknown key %q; did you mean %q?", key, best)
	}
	return msgf("khoá %q không có trong mẫu ở vị trí này", "unknown key %q here", key)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// normalise puts a decoded string (or the strings of Lines) in NFC and records it for the
// text rules.
func (d *decoder) normalise(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.String:
		s := nfc(v.String())
		v.SetString(s)
		d.texts = append(d.texts, text{path, s})
	case reflect.Slice:
		if v.Type() == reflect.TypeOf(Lines{}) {
			for i := 0; i < v.Len(); i++ {
				s := nfc(v.Index(i).String())
				v.Index(i).SetString(s)
				d.texts = append(d.texts, text{path + "[" + strconv.Itoa(i) + "]", s})
			}
		}
	case reflect.Struct:
		if dt, ok := v.Addr().Interface().(*Duty); ok && dt.Text != "" {
			dt.Text = nfc(dt.Text)
			d.texts = append(d.texts, text{path, dt.Text})
		}
		if c, ok := v.Addr().Interface().(*Clause); ok && c.Text != "" {
			c.Text = nfc(c.Text)
			d.texts = append(d.texts, text{path, c.Text})
		}
	}
}

// nfc returns s in Unicode normalisation form C, without copying when it already is, and
// without the normalisation tables for a text of Vietnamese letters (textnorm.NFC).
func nfc(s string) string { return textnorm.NFC(s) }

func lineCol(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, utf8.RuneCount(data[start:off]) + 1
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}
