package decision

import (
	"errors"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"
	"github.com/vanthu-vn/qd/registry"
)

var (
	fieldValidator     *validator.Validate
	fieldValidatorOnce sync.Once
)

func structValidator() *validator.Validate {
	fieldValidatorOnce.Do(func() {
		v := validator.New(validator.WithRequiredStructEnabled())
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			name := strings.Split(f.Tag.Get("yaml"), ",")[0]
			if name == "-" {
				return ""
			}
			return name
		})
		fieldValidator = v
	})
	return fieldValidator
}

// Validate checks a loaded decision: the field rules in the model's `validate` tags, then
// every Rule. It never prints; the caller chooses how to report.
func Validate(d *Decision) []Diagnostic {
	var out []Diagnostic
	failed := failedSet{}
	for p := range d.failed {
		failed[p] = true
	}
	out, unknown := fieldDiagnostics(d, failed)
	// A value that is none of the allowed ones is reported here and left out of the rules.
	for _, p := range unknown {
		failed[p] = true
	}
	r := &reporter{d: d}
	for _, rule := range rules {
		if failed.skips(rule.ID) {
			continue
		}
		r.rule = rule
		rule.Check(d, r)
	}
	for _, g := range r.out {
		if !failed.covers(g.Field) {
			out = append(out, g)
		}
	}
	SortDiagnostics(out)
	return out
}

// fieldDiagnostics checks the model's `validate` tags: one "field" error per failing field
// not covered by a loader failure, and the paths whose value is none of its oneof values.
func fieldDiagnostics(d *Decision, failed failedSet) (out []Diagnostic, unknown []string) {
	err := structValidator().Struct(d)
	var verrs validator.ValidationErrors
	if errors.As(err, &verrs) {
		for _, fe := range verrs {
			path := validatorPath(fe.Namespace())
			if failed.covers(path) {
				continue // reported by the loader; the value was left out
			}
			p := d.Pos(path)
			out = append(out, Diagnostic{File: d.File, Line: p.Line, Column: p.Column, Field: path,
				Rule: "field", Severity: Error, Msg: fieldMsg(fe)})
			if fe.Tag() == "oneof" {
				unknown = append(unknown, path)
			}
		}
	}
	return out, unknown
}

// validatorPath turns validator's namespace ("Decision.members[2].role") into a YAML path.
func validatorPath(ns string) string { return strings.TrimPrefix(ns, "Decision.") }

func fieldMsg(fe validator.FieldError) Msg {
	switch fe.Tag() {
	case "required":
		if fe.Kind() == reflect.Slice {
			return msgf("danh sách bắt buộc, không được để trống", "required list is missing or empty")
		}
		return msgf("thiếu trường bắt buộc", "required field is missing")
	case "min":
		return msgf("cần ít nhất %s mục", "needs at least %s items", fe.Param())
	case "gte":
		return msgf("cần một số không nhỏ hơn %s", "must be at least %s", fe.Param())
	case "lte":
		return msgf("cần một số không lớn hơn %s", "must be at most %s", fe.Param())
	case "oneof":
		if _, coded := codeLabels[fe.Type()]; coded {
			return msgf("giá trị %q không hợp lệ; cần một trong: %s (hoặc tên tiếng Việt tương ứng, xem README)", "invalid value %q; expected one of: %s (or its Vietnamese label, see the README)",
				fe.Value(), quoteList(fe.Param()))
		}
		return msgf("giá trị %q không hợp lệ; cần một trong: %s", "invalid value %q; expected one of: %s",
			fe.Value(), quoteList(fe.Param()))
	}
	return msgf("không đạt quy tắc %s", "fails rule %s", fe.Tag())
}

func quoteList(param string) string {
	return strings.Join(splitOneOf(param), ", ")
}

func splitOneOf(param string) []string {
	var out []string
	for param != "" {
		param = strings.TrimLeft(param, " ")
		if strings.HasPrefix(param, "'") {
			end := strings.Index(param[1:], "'")
			if end < 0 {
				out = append(out, param[1:])
				break
			}
			out = append(out, param[1:end+1])
			param = param[end+2:]
			continue
		}
		end := strings.IndexByte(param, ' ')
		if end < 0 {
			out = append(out, param)
			break
		}
		out = append(out, param[:end])
		param = param[end:]
	}
	return out
}

// reporter collects the diagnostics of the rules.
type reporter struct {
	d    *Decision
	rule Rule
	out  []Diagnostic
	// names is the scan of the decision's name fields, shared by the rules of one run.
	names []scannedField
	// bases is the registry document each basis cites (nil when unknown), shared likewise.
	bases []*registry.Document
}

// at reports a problem with the field at path, in the rule's severity.
func (r *reporter) at(path string, m Msg) { r.successor(path, m, "") }

// atPos reports a problem with the field at path found at p, a position inside its value.
func (r *reporter) atPos(path string, p Pos, m Msg) {
	r.out = append(r.out, Diagnostic{File: r.d.File, Line: p.Line, Column: p.Column, Field: path,
		Rule: r.rule.ID, Severity: r.rule.Severity, Msg: m})
}

// successor reports a problem whose remedy is a named successor (a document or body).
func (r *reporter) successor(path string, m Msg, succ string) {
	p := r.d.Pos(path)
	r.out = append(r.out, Diagnostic{File: r.d.File, Line: p.Line, Column: p.Column, Field: path,
		Rule: r.rule.ID, Severity: r.rule.Severity, Msg: m, Successor: succ})
}
