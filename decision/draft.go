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
	case d.Number == "" || len(d.Placeholders()) > 0:
		return "DỰ THẢO"
	}
	return ""
}

// Placeholders returns the YAML paths of the values still written as [[...]] placeholders,
// texts and dates, in the order of the model.
func (d *Decision) Placeholders() []string {
	var out []string
	placeholders(reflect.ValueOf(d).Elem(), nil, &out)
	return out
}

// step is one step of a YAML path, a key or an index, linked to the step before: the walk
// spells a path out only for a value it reports, not for every value it passes.
type step struct {
	up    *step
	key   string
	index int // -1 for a key
}

func (s *step) String() string {
	if s == nil {
		return ""
	}
	up := s.up.String()
	switch {
	case s.index >= 0:
		return up + "[" + strconv.Itoa(s.index) + "]"
	case up == "":
		return s.key
	}
	return up + "." + s.key
}

var dateType = reflect.TypeOf(Date{})

func placeholders(v reflect.Value, at *step, out *[]string) {
	if v.Type() == dateType {
		if v.Interface().(Date).IsPlaceholder() {
			*out = append(*out, at.String())
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		if isPlaceholder(v.String()) {
			*out = append(*out, at.String())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			placeholders(v.Elem(), at, out)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			placeholders(v.Index(i), &step{up: at, index: i}, out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			key, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if key == "" || key == "-" {
				continue
			}
			placeholders(v.Field(i), &step{up: at, key: key, index: -1}, out)
		}
	}
}
