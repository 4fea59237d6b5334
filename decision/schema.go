package decision

import (
	"reflect"
	"strconv"
	"strings"
)

// SchemaID is the $id of the JSON Schema of decision files.
const SchemaID = "https://github.com/vanthu-vn/qd/schema/decision.json"

// Schema returns a JSON Schema (2020-12) of the YAML decision format, generated from the
// model: keys, types, required fields, enumerations and the Vietnamese descriptions of the
// struct tags. Editors with yaml-language-server use it to complete and check fields.
func Schema() map[string]any {
	s := schemaOf(reflect.TypeOf(Decision{}))
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = SchemaID
	s["title"] = "Quyết định về Ban Chỉ đạo (qd)"
	s["description"] = "Một quyết định thành lập, kiện toàn, đổi tên Ban Chỉ đạo hoặc ban hành Quy chế hoạt động, soạn bằng qd."
	return s
}

var (
	datePattern = `^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`
	// blankDatePattern is a [[...]] placeholder after the parts of the date known.
	blankDatePattern = `^\s*(\d{4}(-(0[1-9]|1[0-2]))?-?)?\s*\[\[[^\]]*\]\]\s*$`
	lineSchema       = map[string]any{"oneOf": []any{
		map[string]any{"type": "string"},
		map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
	}}
)

func schemaOf(t reflect.Type) map[string]any {
	switch t {
	case reflect.TypeOf(Date{}):
		return map[string]any{"type": "string", "anyOf": []any{
			map[string]any{"pattern": datePattern}, map[string]any{"pattern": blankDatePattern}},
			"description": "Ngày dạng YYYY-MM-DD (dự thảo: YYYY-MM hoặc YYYY; chưa biết: [[...]])"}
	case reflect.TypeOf(Lines{}):
		return copyMap(lineSchema)
	case reflect.TypeOf(Duty{}), reflect.TypeOf(Clause{}):
		obj := objectSchema(t)
		return map[string]any{"oneOf": []any{map[string]any{"type": "string"}, obj}}
	}
	if _, coded := codeLabels[t]; coded {
		return labelSchema(t)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return schemaOf(t.Elem())
	case reflect.Struct:
		return objectSchema(t)
	case reflect.Slice:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem())}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int:
		return map[string]any{"type": "integer", "minimum": 0}
	}
	return map[string]any{"type": "string"}
}

func objectSchema(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []any
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		p := schemaOf(f.Type)
		if doc := f.Tag.Get("doc"); doc != "" {
			p["description"] = doc
		}
		rules := strings.Split(f.Tag.Get("validate"), ",")
		target, dived := p, false // the rules after "dive" apply to the items of a list
		for _, r := range rules {
			switch {
			case r == "dive":
				target, dived = p["items"].(map[string]any), true
			case r == "required" && !dived:
				required = append(required, key)
				if f.Type.Kind() == reflect.String {
					p["minLength"] = 1
				}
			case r == "required":
				if target["type"] == "string" {
					target["minLength"] = 1
				}
			case strings.HasPrefix(r, "oneof=") && target["anyOf"] != nil:
				// a coded field: labelSchema lists its codes and labels
			case strings.HasPrefix(r, "oneof="):
				var enum []any
				for _, v := range splitOneOf(strings.TrimPrefix(r, "oneof=")) {
					enum = append(enum, v)
				}
				target["enum"] = enum
			case strings.HasPrefix(r, "gte=") && f.Type.Kind() == reflect.Int:
				p["minimum"], _ = strconv.Atoi(strings.TrimPrefix(r, "gte="))
			case strings.HasPrefix(r, "lte=") && f.Type.Kind() == reflect.Int:
				p["maximum"], _ = strconv.Atoi(strings.TrimPrefix(r, "lte="))
			case strings.HasPrefix(r, "min=") && f.Type.Kind() == reflect.Slice:
				p["minItems"] = 1
			}
		}
		props[key] = p
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	if t == reflect.TypeOf(Basis{}) {
		// a basis citing the registry by ref gets its other fields from there
		delete(s, "required")
		s["anyOf"] = []any{map[string]any{"required": []any{"ref"}}, map[string]any{"required": required}}
	}
	return s
}

func copyMap(m map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	return out
}
