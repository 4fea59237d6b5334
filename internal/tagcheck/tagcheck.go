// Package tagcheck checks a struct's values against the `validate` tags qd's model uses
// (required, omitempty, dive, oneof, min, gte, lte) and reports each failure as
// go-playground/validator/v10 did, without its start-up cost.
//
// The rules follow validator/v10 (WithRequiredStructEnabled) for the tags it knows:
//   - required: a slice, map, pointer or interface is not nil (an empty list passes: add
//     min=1); any other value is not its zero value (a struct: not all fields zero).
//   - omitempty: stop checking the field when required would fail.
//   - oneof=a b 'c d': the value (a string or an integer in decimal) is one of the words; a
//     quoted value may hold spaces.
//   - min=n, gte=n: a number is at least n; a string has at least n characters (runes); a
//     slice at least n items. lte=n: at most n.
//   - dive: check each item of a slice with the tags after dive; items are named
//     field[i] in paths.
//
// A field is checked tag by tag and stops at the first that fails. A pointer's tags apply to
// the value it points to; a nil pointer fails its first tag unless that is omitempty, and a
// pointer that is not nil is never missing for required (even to a zero struct). A struct
// field, or a non-nil pointer to a struct, whose tags pass is checked field by field in its
// turn (the name of the field then a dot start the paths inside it); so is each struct item
// of a dived slice. A slice without dive is not looked into. Unexported fields and fields
// tagged validate:"-" are not checked.
//
// Tags are read once per struct type, at the first Check that meets it, never at init. A tag
// outside this set, or a parameter that is not a number where one is needed, is a
// programming error: Check panics naming the field, on the first run of any test that checks
// such a value.
package tagcheck

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Error is one tag that a field's value fails.
type Error struct {
	// Path names the field from the checked struct: "members[2].role", "recipients[0]".
	Path string
	// Tag is the tag that failed ("required", "oneof", "min", "gte", "lte") and Param its
	// parameter as written ("1", "thanh_lap kien_toan", "'Căn cứ' 'Thực hiện'").
	Tag, Param string
	// Kind and Type are those of the value checked (the item's, inside a dived slice).
	Kind reflect.Kind
	Type reflect.Type
	// Value is the value checked.
	Value any
}

// Checker checks structs against their tags. The zero Checker names fields by their Go
// names; a Checker is safe for concurrent use.
type Checker struct {
	// Name, when set, gives the name of a field in paths; "" means its Go name.
	Name func(reflect.StructField) string

	mu    sync.Mutex
	plans map[reflect.Type]*structPlan
}

// Check checks v, a struct or a pointer to one, and returns its failures in field order,
// depth first (nil when it passes).
func (c *Checker) Check(v any) []Error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Ptr {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		panic(fmt.Sprintf("tagcheck: Check of %s, not a struct", rv.Type()))
	}
	p := c.plan(rv.Type())
	w := walker{path: make([]byte, 0, 64)}
	w.structFields(rv, p)
	return w.errs
}

// plan returns the plan of struct type t, making it (and those of the structs it holds)
// the first time.
func (c *Checker) plan(t reflect.Type) *structPlan {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.plans == nil {
		c.plans = map[reflect.Type]*structPlan{}
	}
	return c.makePlan(t)
}

// structPlan is how to check one struct type: its checked fields in order.
type structPlan struct {
	fields []fieldPlan
	done   bool // all fields read (a struct holding itself sees its plan before)
}

type fieldPlan struct {
	index int
	name  string
	node  node
}

// node is how to check one value: its tags in order, then the items of a dived slice
// (dive) or the fields of a struct (sub).
type node struct {
	ops  []op
	dive *node
	sub  *structPlan
}

type opKind uint8

const (
	opRequired opKind = iota
	opOmitEmpty
	opOneOf
	opMin // min and gte
	opMax // lte
)

type op struct {
	kind   opKind
	tag    string
	param  string
	values []string // oneof
	n      int64    // min, gte, lte
	u      uint64   // the same bound, for unsigned values
}

func (c *Checker) makePlan(t reflect.Type) *structPlan {
	if p, ok := c.plans[t]; ok {
		return p
	}
	p := &structPlan{fields: make([]fieldPlan, 0, t.NumField())}
	c.plans[t] = p // before the fields: a struct may hold itself through a pointer or slice
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("validate")
		if tag == "-" {
			continue
		}
		n := c.makeNode(field{t, f.Name}, f.Type, tag)
		if len(n.ops) == 0 && n.dive == nil && (n.sub == nil || n.sub.done && len(n.sub.fields) == 0) {
			continue // nothing to check: no tags, and no struct with tags inside
		}
		name := f.Name
		if c.Name != nil {
			if s := c.Name(f); s != "" {
				name = s
			}
		}
		p.fields = append(p.fields, fieldPlan{index: i, name: name, node: n})
	}
	p.done = true
	return p
}

// field names a struct field in the panics of makeNode: "decision.Member.Role".
type field struct {
	t    reflect.Type
	name string
}

func (f field) String() string { return f.t.String() + "." + f.name }

// makeNode reads the tags of a value of type t (a field, or the items of a dived slice).
func (c *Checker) makeNode(where field, t reflect.Type, tag string) node {
	var n node
	for t.Kind() == reflect.Ptr {
		t = t.Elem() // the tags apply to what the pointer points to
	}
	if tag != "" {
		n.ops = make([]op, 0, strings.Count(tag, ",")+1)
		for rest, more := tag, true; more; {
			var part string
			part, rest, more = strings.Cut(rest, ",")
			name, param, _ := strings.Cut(part, "=")
			if name == "dive" {
				if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
					panic(fmt.Sprintf("tagcheck: %s: dive on %s, not a slice", where, t))
				}
				if !more {
					rest = ""
				}
				d := c.makeNode(where, t.Elem(), rest)
				n.dive = &d
				return n
			}
			n.ops = append(n.ops, makeOp(where, t, name, param))
		}
	}
	if t.Kind() == reflect.Struct {
		n.sub = c.makePlan(t)
	}
	return n
}

func makeOp(where field, t reflect.Type, name, param string) op {
	o := op{tag: name, param: param}
	bad := func(why string) {
		panic(fmt.Sprintf("tagcheck: %s: tag %q: %s", where, name+"="+param, why))
	}
	switch name {
	case "required":
		o.kind = opRequired
	case "omitempty":
		o.kind = opOmitEmpty
	case "oneof":
		o.kind = opOneOf
		switch t.Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		default:
			bad("oneof needs a string or an integer, not " + t.String())
		}
		o.values = oneOfValues(param)
	case "min", "gte", "lte":
		o.kind = opMin
		if name == "lte" {
			o.kind = opMax
		}
		switch t.Kind() {
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			u, err := strconv.ParseUint(param, 0, 64)
			if err != nil {
				bad("not a number")
			}
			o.u = u
		case reflect.String, reflect.Slice, reflect.Array, reflect.Map,
			reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			i, err := strconv.ParseInt(param, 0, 64)
			if err != nil {
				bad("not a number")
			}
			o.n = i
		default:
			bad(name + " needs a number, a string or a slice, not " + t.String())
		}
	default:
		bad("not one of required, omitempty, dive, oneof, min, gte, lte")
	}
	return o
}

// oneOfValues splits a oneof parameter as validator/v10 does: words separated by white
// space, or 'quoted values' that may hold spaces; quotes are then dropped.
func oneOfValues(param string) []string {
	var out []string
	for i := 0; i < len(param); {
		if isSpace(param[i]) {
			i++
			continue
		}
		j := i + 1
		if param[i] == '\'' {
			if k := strings.IndexByte(param[j:], '\''); k >= 0 {
				out = append(out, param[j:j+k])
				i = j + k + 1
				continue
			}
		}
		for j < len(param) && !isSpace(param[j]) {
			j++
		}
		out = append(out, strings.ReplaceAll(param[i:j], "'", ""))
		i = j
	}
	return out
}

// isSpace is the white space of validator/v10's split (RE2's \s: no vertical tab).
func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// walker is one run of Check: the path so far and the failures found.
type walker struct {
	path []byte
	errs []Error
}

func (w *walker) structFields(v reflect.Value, p *structPlan) {
	mark := len(w.path)
	for i := range p.fields {
		f := &p.fields[i]
		w.path = append(w.path[:mark], f.name...)
		w.value(v.Field(f.index), &f.node)
	}
	w.path = w.path[:mark]
}

// value checks v, whose path is w.path, against n.
func (w *walker) value(v reflect.Value, n *node) {
	pointed := false
	for v.Kind() == reflect.Ptr {
		if v.IsNil() {
			if len(n.ops) > 0 && n.ops[0].kind != opOmitEmpty {
				o := &n.ops[0]
				w.errs = append(w.errs, Error{Path: string(w.path), Tag: o.tag, Param: o.param,
					Kind: reflect.Ptr, Type: v.Type(), Value: v.Interface()})
			}
			return
		}
		v, pointed = v.Elem(), true
	}
	for i := range n.ops {
		o := &n.ops[i]
		switch o.kind {
		case opOmitEmpty:
			if hasValue(v, pointed) {
				continue
			}
			return
		case opRequired:
			if hasValue(v, pointed) {
				continue
			}
		case opOneOf:
			if oneOf(v, o.values) {
				continue
			}
		case opMin, opMax:
			if inBound(v, o) {
				continue
			}
		}
		w.errs = append(w.errs, Error{Path: string(w.path), Tag: o.tag, Param: o.param,
			Kind: v.Kind(), Type: v.Type(), Value: v.Interface()})
		return
	}
	switch {
	case n.dive != nil:
		mark := len(w.path)
		for i := 0; i < v.Len(); i++ {
			w.path = append(w.path[:mark], '[')
			w.path = strconv.AppendInt(w.path, int64(i), 10)
			w.path = append(w.path, ']')
			w.value(v.Index(i), n.dive)
		}
		w.path = w.path[:mark]
	case n.sub != nil && v.Kind() == reflect.Struct:
		w.path = append(w.path, '.')
		w.structFields(v, n.sub)
		w.path = w.path[:len(w.path)-1]
	}
}

// hasValue is required: not nil for what can be nil; otherwise pointed to, or not the zero
// value.
func hasValue(v reflect.Value, pointed bool) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.Ptr, reflect.Interface, reflect.Chan, reflect.Func:
		return !v.IsNil()
	}
	return pointed || v.IsValid() && !v.IsZero()
}

func oneOf(v reflect.Value, values []string) bool {
	var s string
	switch v.Kind() {
	case reflect.String:
		s = v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s = strconv.FormatInt(v.Int(), 10)
	default:
		s = strconv.FormatUint(v.Uint(), 10)
	}
	for _, x := range values {
		if x == s {
			return true
		}
	}
	return false
}

// inBound is min/gte (at least o.n) or lte (at most o.n).
func inBound(v reflect.Value, o *op) bool {
	switch v.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if o.kind == opMax {
			return v.Uint() <= o.u
		}
		return v.Uint() >= o.u
	}
	var x int64
	switch v.Kind() {
	case reflect.String:
		x = int64(utf8.RuneCountInString(v.String()))
	case reflect.Slice, reflect.Array, reflect.Map:
		x = int64(v.Len())
	default:
		x = v.Int()
	}
	if o.kind == opMax {
		return x <= o.n
	}
	return x >= o.n
}
