package decision

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestPlaceholders: the YAML paths of the [[...]] placeholders `qd init` leaves, texts and
// dates, nested in lists and structs, are named as the loader names them; a complete example
// has none and no draft mark.
func TestPlaceholders(t *testing.T) {
	got := Skeleton(SkeletonOptions{Kind: KindThanhLap, Level: LevelProvince}).Placeholders()
	for _, want := range []string{"place", "issuer.name[1]", "signer.name", "bases[1].date", "proposal.submission.number", "members[0].position"} {
		if !slices.Contains(got, want) {
			t.Errorf("placeholders %q lack %q", got, want)
		}
	}
	d := loadExample(t, "kien-giang.yaml")
	if p := d.Placeholders(); len(p) != 0 {
		t.Errorf("kien-giang.yaml: placeholders %q", p)
	}
	if m := d.DraftMark(); m != "" {
		t.Errorf("kien-giang.yaml: draft mark %q", m)
	}
	// hasPlaceholder, which the draft mark asks, stops at the first and answers as the list
	for _, c := range []struct {
		name string
		d    *Decision
	}{{"skeleton", Skeleton(SkeletonOptions{Kind: KindThanhLap, Level: LevelProvince})}, {"kien-giang.yaml", d},
		{"one name", &Decision{Members: []Member{{}, {}, {Name: "[[họ và tên]]"}}}}} {
		if got, want := c.d.hasPlaceholder(), len(c.d.Placeholders()) > 0; got != want {
			t.Errorf("%s: hasPlaceholder %v, placeholders %q", c.name, got, c.d.Placeholders())
		}
	}
	if got := (&Decision{Members: []Member{{}, {}, {Name: "[[họ và tên]]"}}}).Placeholders(); !slices.Equal(got, []string{"members[2].name"}) {
		t.Errorf("placeholders %q, want members[2].name", got)
	}
}

// TestMaxDraftIsTheTag: MaxDraft, which the importer checks a draft mark against, is the bound
// the draft field's validate tag enforces.
func TestMaxDraftIsTheTag(t *testing.T) {
	f, _ := reflect.TypeOf(Decision{}).FieldByName("Draft")
	if tag := f.Tag.Get("validate"); !strings.Contains(tag, "lte="+strconv.Itoa(MaxDraft)) {
		t.Errorf("draft validate tag %q, MaxDraft %d", tag, MaxDraft)
	}
}
