package decision

import (
	"bytes"
	"reflect"
	"strings"
	"text/template"

	"github.com/vanthu-vn/qd/templates"
	"gopkg.in/yaml.v3"
)

var standardTemplate = template.Must(template.New("quy-che").Option("missingkey=error").Parse(templates.StandardRegulation))

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
	facts := map[string]string{
		"Ten": d.Committee.Name, "GoiTat": d.Committee.Short(), "LinhVuc": d.Topic(),
		"ThuongTruc": standing, "ToGiupViec": group,
	}
	var b bytes.Buffer
	if err := standardTemplate.Execute(&b, facts); err != nil {
		panic("decision: standard Quy chế template: " + err.Error())
	}
	var n yaml.Node
	if err := yaml.Unmarshal(b.Bytes(), &n); err != nil {
		panic("decision: standard Quy chế is not YAML: " + err.Error())
	}
	var chapters []Chapter
	dec := &decoder{file: "templates/quy-che-chuan.yaml", pos: positions{value: map[string]Pos{}, key: map[string]Pos{}}}
	dec.decode(n.Content[0], reflect.ValueOf(&chapters).Elem(), "")
	if len(dec.diags) > 0 {
		panic("decision: standard Quy chế does not fit the model: " + dec.diags[0].Msg.EN)
	}
	return chapters
}
