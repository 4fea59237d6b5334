package importer

import "testing"

// TestDraftMarkRead: the draft mark qd prints ("DỰ THẢO LẦN 2") is read back as the draft
// field, not as a line of the issuer's name, and the text drafts the same.
func TestDraftMarkRead(t *testing.T) {
	d, _ := loadExample(t, "../examples/kien-giang.yaml")
	d.Draft = 2
	want := textOf(d)
	res, err := Import("x.txt", []byte(want), Options{})
	if err != nil {
		t.Fatal(err)
	}
	back := checkRoundTrip(t, "kg.txt", res, want)
	if back.Draft != 2 || back.Issuer.Name.Text() != d.Issuer.Name.Text() {
		t.Errorf("draft %d, issuer %q", back.Draft, back.Issuer.Name)
	}
}
