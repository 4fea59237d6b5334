package docx

import (
	"bytes"
	"encoding/xml"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// escapeSamples are texts with every character the writer escapes or replaces, Vietnamese
// text, the non-breaking hyphen, and bytes that are not UTF-8, and random mixes of them.
func escapeSamples() []string {
	pieces := []string{"", "a", "Ủy ban", "Điều 1.", "\"", "'", "&", "<", ">", "\t", "\n", "\r", "\x00", "\x1f", "\x7f",
		"\u0085", "\uFFFD", "\uFFFE", "\uFFFF", "\U0001F600", "\xff", "\xe2\x80", "\xed\xa0\x80", NoBreakHyphen, "908/QĐ" + NoBreakHyphen + "UBND", "\u2010"}
	out := append([]string(nil), pieces...)
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := rng.Intn(8); j >= 0; j-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestEscapeAsEncodingXML: the writer's escaping gives the bytes xml.EscapeText gives.
func TestEscapeAsEncodingXML(t *testing.T) {
	for _, s := range escapeSamples() {
		var want bytes.Buffer
		_ = xml.EscapeText(&want, []byte(s))
		if got := escape(s); got != want.String() {
			t.Fatalf("escape(%q) = %q, want %q", s, got, want.String())
		}
	}
}

// TestRunPieces: a run's text is written as w:t pieces between line breaks, tabs and
// non-breaking hyphens, in order, with no empty piece, as splitting at each in turn gives.
func TestRunPieces(t *testing.T) {
	for _, s := range escapeSamples() {
		var got bytes.Buffer
		writeRun(&got, Run{Text: s}, nil)
		want := `<w:r>`
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				want += `<w:br/>`
			}
			for j, seg := range strings.Split(line, "\t") {
				if j > 0 {
					want += `<w:tab/>`
				}
				for k, part := range strings.Split(seg, NoBreakHyphen) {
					if k > 0 {
						want += `<w:noBreakHyphen/>`
					}
					if part != "" {
						var e bytes.Buffer
						_ = xml.EscapeText(&e, []byte(part))
						want += `<w:t xml:space="preserve">` + e.String() + `</w:t>`
					}
				}
			}
		}
		want += `</w:r>`
		if got.String() != want {
			t.Fatalf("run %q:\n got %s\nwant %s", s, got.String(), want)
		}
	}
}

// TestXMLSafe: the source is kept as text exactly when it is UTF-8 of characters XML 1.0
// allows, as checking utf8.Valid and then each character says.
func TestXMLSafe(t *testing.T) {
	reference := func(src []byte) bool {
		if !utf8.Valid(src) {
			return false
		}
		for _, r := range string(src) {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
				return false
			}
		}
		return true
	}
	for _, s := range escapeSamples() {
		if got, want := xmlSafe([]byte(s)), reference([]byte(s)); got != want {
			t.Fatalf("xmlSafe(%q) = %v, want %v", s, got, want)
		}
	}
}
