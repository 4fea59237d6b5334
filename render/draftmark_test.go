package render

import (
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render/docx"
)

// marks returns the draft mark at the top of each section ("" where there is none).
func marks(doc *docx.Document) []string {
	var out []string
	for _, s := range doc.Sections {
		m := ""
		if p, ok := s.Body[0].(docx.Paragraph); ok && p.Style == sDraftMark {
			m = p.Text()
		}
		out = append(out, m)
	}
	return out
}

// TestDraftMark: a decision without a number, with a placeholder left, or with draft: N is
// marked at the top of every section's first page, in every output; one that is complete,
// or drafted with --final, is not.
func TestDraftMark(t *testing.T) {
	tests := []struct {
		name    string
		example string
		edit    func(d *decision.Decision)
		final   bool
		want    string
	}{
		{"no number", "vinh-long.yaml", nil, false, "DỰ THẢO"},
		{"numbered and complete", "kien-giang.yaml", nil, false, ""},
		{"placeholder left", "kien-giang.yaml", func(d *decision.Decision) { d.Signer.Name = "[[Họ và tên]]" }, false, "DỰ THẢO"},
		{"placeholder date", "kien-giang.yaml", func(d *decision.Decision) {
			d.Committee.Establishment.Date = decision.Date{Day: decision.PlaceholderDay}
		}, false, "DỰ THẢO"},
		{"draft 2", "kien-giang.yaml", func(d *decision.Decision) { d.Draft = 2 }, false, "DỰ THẢO LẦN 2"},
		{"final", "vinh-long.yaml", func(d *decision.Decision) { d.Draft = 3 }, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := load(t, tt.example)
			if tt.edit != nil {
				tt.edit(d)
			}
			doc := Document(d, Options{Final: tt.final})
			for i, m := range marks(doc) {
				if m != tt.want {
					t.Errorf("section %d: mark %q, want %q", i+1, m, tt.want)
				}
			}
			main, annex := Separate(d, Options{Final: tt.final})
			for _, doc := range []*docx.Document{main, annex} {
				if doc != nil && marks(doc)[0] != tt.want {
					t.Errorf("--separate: mark %q, want %q", marks(doc)[0], tt.want)
				}
			}
			txt, md := string(Text(doc, false)), string(Text(doc, true))
			if tt.want == "" {
				if strings.Contains(txt, "DỰ THẢO") || strings.Contains(md, "DỰ THẢO") {
					t.Error("txt or md marked as a draft")
				}
				return
			}
			if !strings.HasPrefix(txt, tt.want+"\n") || !strings.HasPrefix(md, "> **"+tt.want+"**\n") {
				t.Errorf("txt or md without the mark first:\n%.80s\n%.80s", txt, md)
			}
		})
	}
}
