package decision

import (
	"slices"
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
}
