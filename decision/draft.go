package decision

import (
	"reflect"
	"strconv"
	"strings"
)

// A draft looks like a draft. Nghị định 30/2020/NĐ-CP, Phụ lục I, has no component for it
// (Phần I, Mục III lists the other components: phụ lục; độ mật, mức độ khẩn and the chỉ dẫn
// về phạm vi lưu hành of ô 11; the drafter's initials; the address): Thông tư
// 01/2011/TT-BNV, which it replaced, described the word "Dự thảo" or "Dự thảo lần N" in a
// box at the top of page 1 (as issue #18 reports it; its text was not found to confirm). qd
// writes the mark the way Nghị định 30 writes the one boxed mark it keeps, the chỉ dẫn về
// phạm vi lưu hành: in a single-line box, upper case, Times New Roman 13, upright, bold,
// at the top of the first page.

// MaxDraft is the highest draft number the draft field takes (its validate tag says lte=99;
// TestMaxDraftIsTheTag keeps the two equal). The importer notes a higher "DỰ THẢO LẦN N".
const MaxDraft = 99

// DraftMark returns the mark at the top of page 1: "DỰ THẢO LẦN N" when the file says which
// draft it is, "DỰ THẢO" when the decision has no number yet or a [[...]] placeholder left,
// and "" for a decision that is complete. `qd draft --final` prints none.
func (d *Decision) DraftMark() string {
	switch {
	case d.Draft > 0:
		return "DỰ THẢO LẦN " + strconv.Itoa(d.Draft)
	case d.Number == "" || d.hasPlaceholder():
		return "DỰ THẢO"
	}
	return ""
}

// Placeholders returns the YAML paths of the values still written as [[...]] placeholders,
// texts and dates, in the order of the model.
func (d *Decision) Placeholders() []string {
	w := placeholderWalk{}
	w.walk(reflect.ValueOf(d).Elem())
	return w.out
}

// hasPlaceholder reports whether Placeholders would return any path, stopping at the first.
func (d *Decision) hasPlaceholder() bool {
	w := placeholderWalk{first: true}
	return w.walk(reflect.ValueOf(d).Elem())
}

// placeholderWalk walks the model for placeholders. The path to the value walked is a stack
// of steps, spelt out only for a value it reports: the walk allocates nothing for the values
// it passes.
type placeholderWalk struct {
	path  []step
	out   []string
	first bool // stop at the first placeholder
}

// step is one step of a YAML path, a key or an index.
type step struct {
	key   string
	index int // -1 for a key
}

// found records the value at the current path and reports whether the walk stops.
func (w *placeholderWalk) found() bool {
	if w.first {
		return true
	}
	var b strings.Builder
	for _, s := range w.path {
		switch {
		case s.index >= 0:
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
		case b.Len() == 0:
			b.WriteString(s.key)
		default:
			b.WriteString("." + s.key)
		}
	}
	w.out = append(w.out, b.String())
	return false
}

var dateType = reflect.TypeOf(Date{})

// walk walks v and reports whether the walk stops.
func (w *placeholderWalk) walk(v reflect.Value) bool {
	if v.Type() == dateType {
		if v.Interface().(Date).IsPlaceholder() {
			return w.found()
		}
		return false
	}
	switch v.Kind() {
	case reflect.String:
		if isPlaceholder(v.String()) {
			return w.found()
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return w.walk(v.Elem())
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.path = append(w.path, step{index: i})
			stop := w.walk(v.Index(i))
			w.path = w.path[:len(w.path)-1]
			if stop {
				return true
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			key, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if key == "" || key == "-" {
				continue
			}
			w.path = append(w.path, step{key: key, index: -1})
			stop := w.walk(v.Field(i))
			w.path = w.path[:len(w.path)-1]
			if stop {
				return true
			}
		}
	}
	return false
}
