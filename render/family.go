package render

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/templates"
	"github.com/vanthu-vn/qd/textnorm"
)

// Family is a document format: what the layout plan writes where it differs between the
// State's format (Nghị định 30/2020/NĐ-CP) and the party's (Hướng dẫn 36-HD/VPTW). It is
// data, read from templates/families/; the plan itself is the same for both.
type Family struct {
	// National holds the lines at the top right (Quốc hiệu and Tiêu ngữ, or the party's
	// tiêu đề), each in the style of the same index in NationalStyles.
	National       []string `yaml:"national"`
	NationalStyles []string `yaml:"national_styles"`
	// RuleUnder is the index of the national line the rule under them is as long as, in
	// bold at RuleSize points.
	RuleUnder int     `yaml:"rule_under"`
	RuleSize  float64 `yaml:"rule_size"`
	// IssuerSize is the size in points of the issuer's name (and of its parent line) in the
	// styles: lines too long for the header column are balanced at it.
	IssuerSize float64 `yaml:"issuer_size"`
	// IssuerMark, when set, is written under the issuer's name instead of a rule ("*").
	IssuerMark string `yaml:"issuer_mark"`
	// TitleLower starts the trích yếu in lower case.
	TitleLower bool `yaml:"title_lower"`
	// BasisPrefix opens each căn cứ line; BasisLast ends the last one (the others end ";").
	BasisPrefix string `yaml:"basis_prefix"`
	BasisLast   string `yaml:"basis_last"`
	// Decide is the line before the articles.
	Decide string `yaml:"decide"`
	// RecipientEnd ends each Nơi nhận item but the last (which ends ".").
	RecipientEnd string `yaml:"recipient_end"`
	// Styles names the styles part under templates/.
	Styles string `yaml:"styles"`
}

// FamilyOf returns the format a decision is laid out in: the party's for a party committee's
// decision (decision.Party), else the State's. The formats are compiled from
// templates/families/*.yaml into families_gen.go (go test ./render -run TestFamiliesGenerated
// -update), so that no start parses them; TestFamiliesGenerated fails when they differ.
func FamilyOf(d *decision.Decision) *Family {
	if d.Party() {
		return families["dang"]
	}
	return families["nha-nuoc"]
}

// loadFamily reads a format from its YAML file, for TestFamiliesGenerated.
func loadFamily(id string) *Family {
	src, err := templates.Families.ReadFile("families/" + id + ".yaml")
	if err != nil {
		panic(fmt.Sprintf("templates/families/%s.yaml: %v", id, err)) // embedded: a build fault
	}
	f := &Family{}
	dec := yaml.NewDecoder(strings.NewReader(string(src)))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil || len(f.National) != len(f.NationalStyles) || f.RuleUnder >= len(f.National) {
		panic(fmt.Sprintf("templates/families/%s.yaml: %v", id, err))
	}
	if stylesParts[f.Styles] == nil {
		panic(fmt.Sprintf("templates/families/%s.yaml: styles %q is not an embedded styles part", id, f.Styles))
	}
	return f
}

// stylesParts are the embedded styles parts a family's styles field can name.
var stylesParts = map[string][]byte{"styles.xml": templates.Styles, "styles-dang.xml": templates.PartyStyles}

// styles returns the styles part of the family.
func (f *Family) styles() []byte { return stylesParts[f.Styles] }

// StylesPart returns the styles part d is laid out with: its family's (the party's,
// templates/styles-dang.xml, for a party decision). A --reference-doc takes the styles it
// lacks from it (refdoc.ReadFor).
func StylesPart(d *decision.Decision) []byte { return FamilyOf(d).styles() }

// regulationTitle is the trích yếu of the attached Quy chế, in lower case in the party's
// format as the decision's own (family title_lower).
func regulationTitle(d *decision.Decision) string {
	if FamilyOf(d).TitleLower {
		return textnorm.LowerFirst(d.RegulationTitle())
	}
	return d.RegulationTitle()
}
