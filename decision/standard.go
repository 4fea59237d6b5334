package decision

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/vanthu-vn/qd/templates"
	"gopkg.in/yaml.v3"
)

// RegulationTitle is the trích yếu of the Quy chế: "Hoạt động của <committee>" by default.
func (d *Decision) RegulationTitle() string {
	if d.Regulation != nil && d.Regulation.Title != "" {
		return d.Regulation.Title
	}
	return "Hoạt động của " + d.Committee.Name
}

// RegulationChapters returns the chapters of the attached Quy chế: as written, or the
// standard text with the committee's facts filled in; nil when there is no Quy chế.
func (d *Decision) RegulationChapters() []Chapter {
	r := d.Regulation
	if r == nil {
		return nil
	}
	if len(r.Chapters) > 0 || !r.Standard {
		return r.Chapters
	}
	return d.standardChapters()
}

// Topic is what the committee is about, for the standard Quy chế: the regulation's topic, or
// the committee's name without "Ban Chỉ đạo" and the locality ("chuyển đổi số").
func (d *Decision) Topic() string {
	if d.Regulation != nil && d.Regulation.Topic != "" {
		return d.Regulation.Topic
	}
	t := strings.TrimPrefix(d.Committee.Name, "Ban Chỉ đạo ")
	t = strings.TrimPrefix(t, "về ")
	for _, unit := range []string{" tỉnh ", " thành phố ", " huyện ", " quận ", " thị xã "} {
		if i := strings.LastIndex(t, unit); i > 0 {
			t = t[:i]
		}
	}
	return t
}

func (d *Decision) standardChapters() []Chapter {
	standing := "Sở Khoa học và Công nghệ"
	group := "Tổ giúp việc"
	if o := d.Organization; o != nil {
		if len(o.StandingAgencies) > 0 {
			standing = o.StandingAgencies[0].Agency
		}
		if o.WorkingGroup != nil && o.WorkingGroup.Name != "" {
			group = o.WorkingGroup.Name
		}
	}
	var chapters []Chapter
	if err := decodeTemplate("templates/quy-che-chuan.yaml", templates.StandardRegulation, &chapters); err != nil {
		panic("decision: " + err.Error()) // the embedded template is fixed and tested
	}
	fill(reflect.ValueOf(&chapters).Elem(), strings.NewReplacer(
		"{{.Ten}}", d.Committee.Name, "{{.GoiTat}}", d.Committee.Short(), "{{.LinhVuc}}", d.Topic(),
		"{{.ThuongTruc}}", standing, "{{.ToGiupViec}}", group))
	return chapters
}

// decodeTemplate reads an embedded YAML template into v with the model's decoder. Template
// fields are filled in afterwards, string by string (fill), so that no value a clerk wrote,
// whatever its characters, can change the template's YAML structure.
func decodeTemplate(name, src string, v any) error {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil || len(n.Content) == 0 {
		return fmt.Errorf("%s is not YAML: %v", name, err)
	}
	dec := &decoder{file: name, pos: positions{value: map[string]Pos{}, key: map[string]Pos{}}}
	dec.decode(n.Content[0], reflect.ValueOf(v).Elem(), "")
	if len(dec.diags) > 0 {
		g := dec.diags[0]
		return fmt.Errorf("%s:%d:%d: %s", name, g.Line, g.Column, g.Message(EN))
	}
	return nil
}

// fill replaces the template fields in every string of v.
func fill(v reflect.Value, r *strings.Replacer) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(r.Replace(v.String()))
	case reflect.Pointer:
		if !v.IsNil() {
			fill(v.Elem(), r)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), r)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			fill(v.Index(i), r)
		}
	}
}
