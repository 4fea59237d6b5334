package server

import (
	"reflect"
	"strings"
	"sync"

	"github.com/vanthu-vn/qd/decision"
)

var (
	schemaOnce sync.Once
	schemaJSON map[string]any
)

// formSchema is decision.Schema with what a form needs and JSON Schema cannot say: the order
// of each object's keys (x-order, the model's field order) and the labels of enumerated
// codes (x-enumLabels, from the code type's Label method or labels.go). The page builds
// its form from it at run time, so a new field or kind in the model appears in the form
// without a change here.
func formSchema() map[string]any {
	schemaOnce.Do(func() {
		s := decision.Schema()
		annotate(s, reflect.TypeOf(decision.Decision{}))
		schemaJSON = s
	})
	return schemaJSON
}

func annotate(s map[string]any, t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeOf(decision.Date{}) {
		s["x-date"] = true
		return
	}
	if alts, ok := s["oneOf"].([]any); ok {
		for _, a := range alts {
			if m, ok := a.(map[string]any); ok {
				annotate(m, t)
			}
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		props, ok := s["properties"].(map[string]any)
		if !ok {
			return
		}
		var order []any
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			key := strings.Split(f.Tag.Get("yaml"), ",")[0]
			p, ok := props[key].(map[string]any)
			if key == "" || key == "-" || !ok {
				continue
			}
			order = append(order, key)
			annotate(p, f.Type)
		}
		s["x-order"] = order
	case reflect.Slice:
		if items, ok := s["items"].(map[string]any); ok {
			annotate(items, t.Elem())
		}
	case reflect.String:
		// A coded field's schema lists its codes and the Vietnamese labels that stand for
		// them (decision.Labels); the form offers the codes, named by their labels.
		var enum []any
		if e, ok := s["enum"].([]any); ok {
			enum = e
		}
		for _, a := range asList(s["anyOf"]) {
			if m, ok := a.(map[string]any); ok {
				if e, ok := m["enum"].([]any); ok {
					enum = append(enum, e...)
				}
			}
		}
		if len(enum) == 0 {
			return
		}
		var codes []any
		for _, e := range enum {
			if c, ok := e.(string); ok && decision.Labels(t, c) != nil {
				codes = append(codes, c)
			}
		}
		if len(codes) == 0 {
			codes = enum
		}
		s["x-codes"] = codes
		labels := map[string]any{}
		for _, e := range codes {
			code, _ := e.(string)
			if l, ok := enumLabel(t, code); ok {
				labels[code] = l
			}
		}
		if len(labels) > 0 {
			s["x-enumLabels"] = labels
		}
	}
}

// enumLabel returns the Vietnamese and English labels of a code: Vietnamese from the code
// type's own Label method when it has one (the wording printed in decisions), else from
// labels.go, else the first label decision.Labels accepts for it.
func enumLabel(t reflect.Type, code string) (map[string]string, bool) {
	l, ok := codeLabels[t.Name()+"."+code]
	v := reflect.New(t).Elem()
	v.SetString(code)
	if m := v.MethodByName("Label"); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() == 1 && m.Type().Out(0).Kind() == reflect.String {
		if vi := m.Call(nil)[0].String(); vi != "" && vi != code {
			l.VI, ok = vi, true
		}
	}
	if !ok {
		if vi := decision.Labels(t, code); len(vi) > 0 {
			r := []rune(vi[0])
			l.VI, ok = strings.ToUpper(string(r[:1]))+string(r[1:]), true
		}
	}
	if !ok {
		return nil, false
	}
	if l.EN == "" {
		l.EN = code // English never shows a Vietnamese label: the code, until labels.go names it
	}
	return map[string]string{"vi": l.VI, "en": l.EN}, true
}
