package decision

import (
	"fmt"
	"reflect"
	"strings"
)

// FieldReference returns the README's field reference: one Markdown table row per YAML key
// of the model, with its type and Vietnamese description, taken from the struct tags.
func FieldReference() string {
	var b strings.Builder
	b.WriteString("| khoá (key) | kiểu | bắt buộc | ý nghĩa |\n|---|---|---|---|\n")
	fieldRows(&b, reflect.TypeOf(Decision{}), "")
	return b.String()
}

func fieldRows(b *strings.Builder, t reflect.Type, prefix string) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		path := prefix + key
		req := ""
		if strings.Contains(f.Tag.Get("validate"), "required") {
			req = "có"
		}
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", path, typeName(ft), req, f.Tag.Get("doc"))
		switch {
		case ft.Kind() == reflect.Struct && ft != reflect.TypeOf(Date{}):
			fieldRows(b, ft, path+".")
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			fieldRows(b, ft.Elem(), path+"[].")
		}
	}
}

func typeName(t reflect.Type) string {
	switch {
	case t == reflect.TypeOf(Date{}):
		return "ngày"
	case t == reflect.TypeOf(Lines{}):
		return "chuỗi / danh sách dòng"
	case t == reflect.TypeOf(Duty{}) || t == reflect.TypeOf(Clause{}):
		return "chuỗi / bảng"
	case t.Kind() == reflect.Struct:
		return "bảng"
	case t.Kind() == reflect.Slice:
		return "danh sách " + typeName(t.Elem())
	case t.Kind() == reflect.Bool:
		return "true/false"
	case t.Kind() == reflect.Int:
		return "số"
	}
	return "chuỗi"
}

// RuleReference returns the README's table of validation rules.
func RuleReference() string {
	var b strings.Builder
	b.WriteString("| rule | mức | kiểm tra |\n|---|---|---|\n")
	for _, r := range Rules() {
		sev := "lỗi (error)"
		if r.Severity == Warning {
			sev = "cảnh báo (warning)"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", r.ID, sev, r.Summary.VI)
	}
	return b.String()
}
