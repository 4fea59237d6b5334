package docx

import (
	"bytes"
	"testing"
)

// FuzzWriter: any text, style name or field in any place gives a package whose every XML
// part parses.
func FuzzWriter(f *testing.F) {
	for _, s := range []string{"Điều 1.", "<w:p>", "&amp;", "]]>", "\x00\x01\ufffe", "a\tb\nc", "\u202e", "\"'"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		d := &Document{Styles: []byte(testStyles), Title: text, Lang: name, Sections: []Section{
			{Page: A4(20, 20, 30, 15), Header: []Paragraph{{Style: name, Runs: []Run{{Field: text, Text: text, Style: name}}}}, TitlePage: true,
				Body: []Block{P(name, text), Table{Style: name, Widths: []int{100, 200}, Rows: [][]Cell{{{Paragraphs: []Paragraph{P(name, text)}}}}}}},
			{Page: A4(20, 20, 30, 15), Body: []Block{Paragraph{Style: name, Indent: &Indent{1, 2}, Runs: []Run{{Text: text}}}}},
		}}
		var b bytes.Buffer
		if err := d.Write(&b); err != nil {
			t.Fatal(err)
		}
		wellFormed(t, unzip(t, b.Bytes()))
	})
}
