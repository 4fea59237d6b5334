package importer

import (
	"strings"
	"testing"
)

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

// TestDraftMarkOutOfRange: a draft mark beyond what the draft field takes ("DỰ THẢO LẦN 150",
// "LẦN 0", a number too long for an int) is not read into draft, which validation would then
// refuse, but noted like any other value qd cannot take, with its position.
func TestDraftMarkOutOfRange(t *testing.T) {
	d, _ := loadExample(t, "../examples/kien-giang.yaml")
	d.Draft = 2
	text := textOf(d)
	if !strings.Contains(text, "DỰ THẢO LẦN 2\n") {
		t.Fatalf("no draft mark in %.200q", text)
	}
	for _, n := range []string{"150", "100", "0", "99999999999999999999999"} {
		res, err := Import("x.txt", []byte(strings.ReplaceAll(text, "DỰ THẢO LẦN 2\n", "DỰ THẢO LẦN "+n+"\n")), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Decision.Draft != 0 {
			t.Errorf("LẦN %s: draft %d", n, res.Decision.Draft)
		}
		var found bool
		for _, note := range res.Notes {
			if note.Field == "draft" && strings.Contains(note.Msg.VI, n) && strings.Contains(note.Msg.EN, n) && note.Pos != (Pos{}) {
				found = true
			}
		}
		if !found {
			t.Errorf("LẦN %s: no located note on draft: %v", n, res.Notes)
		}
	}
}
