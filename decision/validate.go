package decision

import (
	"reflect"
	"strings"

	"github.com/vanthu-vn/qd/internal/tagcheck"
	"github.com/vanthu-vn/qd/registry"
)

// fieldChecker checks the model's `validate` tags, naming fields by their YAML keys.
var fieldChecker = &tagcheck.Checker{Name: yamlName}

// yamlName is the YAML key of a model field ("" for one not in the YAML).
func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// Validate checks a loaded decision: the field rules in the model's `validate` tags, then
// every Rule. It never prints; the caller chooses how to report.
func Validate(d *Decision) []Diagnostic {
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
	for _, fe := range fieldChecker.Check(d) {
		if failed.covers(fe.Path) {
			continue // reported by the loader; the value was left out
		}
		p := d.Pos(fe.Path)
		out = append(out, Diagnostic{File: d.File, Line: p.Line, Column: p.Column, Field: fe.Path,
			Rule: "field", Severity: Error, Msg: fieldMsg(fe)})
		if fe.Tag == "oneof" {
			unknown = append(unknown, fe.Path)
		}
	}
	return out, unknown
}

// fieldMsg says what a failed tag means.
func fieldMsg(fe tagcheck.Error) Msg {
	switch fe.Tag {
	case "required":
		if fe.Kind == reflect.Slice {
			return msgf("danh sách bắt buộc, không được để trống", "required list is missing or empty")
		}
		return msgf("thiếu trường bắt buộc", "required field is missing")
	case "min":
		return msgf("cần ít nhất %s mục", "needs at least %s items", fe.Param)
	case "gte":
		return msgf("cần một số không nhỏ hơn %s", "must be at least %s", fe.Param)
	case "lte":
		return msgf("cần một số không lớn hơn %s", "must be at most %s", fe.Param)
	case "oneof":
		if _, coded := codeLabels[fe.Type]; coded {
			return msgf("giá trị %q không hợp lệ; cần một trong: %s (hoặc tên tiếng Việt tương ứng, xem README)", "invalid value %q; expected one of: %s (or its Vietnamese label, see the README)",
				fe.Value, quoteList(fe.Param))
		}
		return msgf("giá trị %q không hợp lệ; cần một trong: %s", "invalid value %q; expected one of: %s",
			fe.Value, quoteList(fe.Param))
	}
	return msgf("không đạt quy tắc %s", "fails rule %s", fe.Tag)
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
