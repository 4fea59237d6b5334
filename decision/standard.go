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

// stdChapter, stdArticle and stdClause are the standard Quy chế as written in
// templates/quy-che-chuan.yaml: articles and clauses with a condition ("when") on what the
// decision sets up.
type stdChapter struct {
	Title    string       `yaml:"title"`
	Articles []stdArticle `yaml:"articles"`
}

type stdArticle struct {
	Title   string      `yaml:"title"`
	When    string      `yaml:"when"`
	Clauses []stdClause `yaml:"clauses"`
}

type stdClause struct {
	Text string `yaml:"text"`
	When string `yaml:"when"`
}

// UnmarshalYAML reads a clause written as a plain string or as text with a condition.
func (c *stdClause) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		c.Text = n.Value
		return nil
	}
	type plain stdClause
	return n.Decode((*plain)(c))
}

// facts are what the decision sets up, by the names the template's conditions use.
func (d *Decision) facts() map[string]bool {
	f := map[string]bool{}
	for _, m := range d.Members {
		for _, r := range append([]Role{m.Role}, m.Also...) {
			switch r {
			case RolePhoThuongTruc:
				f["pho_thuong_truc"], f["pho_truong_ban"] = true, true
			case RolePhoTruongBan:
				f["pho_truong_ban"] = true
			case RoleUyVienThuongTruc:
				f["uy_vien_thuong_truc"] = true
			case RoleThuKy:
				f["thu_ky"] = true
			}
		}
	}
	if o := d.Organization; o != nil {
		f["thuong_truc"] = len(o.StandingAgencies) > 0
		if w := o.WorkingGroup; w != nil {
			f["to_giup_viec"] = true
			f["to_truong"] = w.Leader != "" || strings.Contains(strings.Join(w.Text, " "), "Tổ trưởng")
		}
	}
	return f
}

// holds reports whether every condition of when holds ("a !b": a and not b).
func holds(when string, facts map[string]bool) bool {
	for _, c := range strings.Fields(when) {
		if neg, ok := strings.CutPrefix(c, "!"); ok {
			if facts[neg] {
				return false
			}
		} else if !facts[c] {
			return false
		}
	}
	return true
}

// deputiesTitle names the article on the deputies as the decision has them.
func (d *Decision) deputiesTitle() string {
	standing, others := 0, 0
	for _, m := range d.Members {
		switch m.Role {
		case RolePhoThuongTruc:
			standing++
		case RolePhoTruongBan:
			others++
		}
	}
	t := d.Committee.Titles
	switch {
	case standing > 0 && others > 0:
		return t.Of(RolePhoThuongTruc) + " và các " + t.Of(RolePhoTruongBan)
	case standing > 0:
		return t.Of(RolePhoThuongTruc)
	case others > 1:
		return "Các " + t.Of(RolePhoTruongBan)
	}
	return t.Of(RolePhoTruongBan)
}

// standardChapters fills the standard Quy chế with the committee's facts, keeping only the
// articles and clauses on what the decision sets up (a Tổ giúp việc, a Thư ký, an Ủy viên
// thường trực, a standing agency) and naming the roles as the decision does.
func (d *Decision) standardChapters() []Chapter {
	facts := d.facts()
	standing := ""
	var group *WorkingGroup
	if o := d.Organization; o != nil {
		if len(o.StandingAgencies) > 0 {
			standing = o.StandingAgencies[0].Agency
		}
		group = o.WorkingGroup
	}
	t := d.Committee.Titles
	leaders := t.Of(RoleTruongBan)
	if facts["pho_truong_ban"] {
		leaders += ", " + t.Of(RolePhoTruongBan)
	}
	var tmpl []stdChapter
	if err := yaml.Unmarshal([]byte(templates.StandardRegulation), &tmpl); err != nil || len(tmpl) == 0 {
		panic(fmt.Sprintf("decision: templates/quy-che-chuan.yaml: %v", err)) // the embedded template is fixed and tested
	}
	r := strings.NewReplacer(
		"{{.Ten}}", d.Committee.Name, "{{.GoiTat}}", d.Committee.Short(), "{{.LinhVuc}}", d.Topic(),
		"{{.ThuongTruc}}", standing, "{{.ToGiupViecBan}}", group.Assisting(d.Committee.Short()),
		"{{.ToGiupViec}}", group.GroupName(), "{{.LanhDao}}", leaders, "{{.PhoTruongBan}}", d.deputiesTitle(),
		"{{.UyVien}}", "Các "+t.Of(RoleUyVien), "{{.ThuKy}}", t.Of(RoleThuKy))
	fillIn := r.Replace
	if tr := t.Replacer(); tr != nil {
		// The committee's own titles in the fixed text, before the fields are filled in, so
		// that nothing the clerk wrote is rewritten.
		fillIn = func(x string) string { return r.Replace(tr.Replace(x)) }
	}
	var chapters []Chapter
	for _, tc := range tmpl {
		c := Chapter{Title: fillIn(tc.Title)}
		for _, ta := range tc.Articles {
			if !holds(ta.When, facts) {
				continue
			}
			a := Article{Title: fillIn(ta.Title)}
			for _, cl := range ta.Clauses {
				if holds(cl.When, facts) {
					a.Clauses = append(a.Clauses, Clause{Text: fillIn(cl.Text)})
				}
			}
			c.Articles = append(c.Articles, a)
		}
		chapters = append(chapters, c)
	}
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
