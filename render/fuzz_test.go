package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// FuzzRender: a valid decision whose strings are replaced by anything (every Unicode class,
// XML specials, control characters, right-to-left marks, very long words) renders to a
// .docx whose every XML part parses.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"Điều 1.", "<&>\"'", "\x00\x07\x1f", "\u202e\u200b", strings.Repeat("Nghị", 500), "𝔘𝔫𝔦", "\ufffe\uffff"} {
		f.Add(s, uint8(0))
	}
	base, err := os.ReadFile("../examples/binh-thuan.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		d, _ := decision.Load("bt.yaml", base)
		fields := []*string{&d.Title, &d.Place, &d.Number, &d.Symbol, &d.Signer.Name, &d.Committee.Name,
			&d.Members[0].Name, &d.Members[1].Position, &d.Duties[0].Text, &d.Recipients[0], &d.Execution.Addressees[0],
			&d.Issuer.Name[0], &d.Issuer.Authority[0], &d.Signer.Authority[0], &d.Organization.SelfDissolve}
		*fields[int(which)%len(fields)] = s
		d.Regulation = &decision.Regulation{Standard: true, Title: s}
		for name, data := range parts(t, d) {
			dec := xml.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := dec.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
		}
	})
}
