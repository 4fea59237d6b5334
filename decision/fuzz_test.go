package decision

import (
	"os"
	"path/filepath"
	"testing"
)

func addSeeds(f *testing.F) {
	for _, pattern := range []string{"../examples/*.yaml", "../testdata/bad/*.yaml"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
}

// FuzzLoad: no input makes the loader or the rules panic or hang; every problem has a
// position and a rule.
func FuzzLoad(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, diags := Load("fuzz.yaml", data)
		if d == nil && len(diags) == 0 {
			t.Fatal("nil decision without a diagnostic")
		}
		if d != nil {
			diags = append(diags, Validate(d)...)
		}
		for _, g := range diags {
			if g.Line < 1 || g.Column < 1 || g.Rule == "" || g.Msg.VI == "" || g.Msg.EN == "" {
				t.Fatalf("incomplete diagnostic %+v", g)
			}
		}
	})
}

// FuzzValidate: any text in any free-text field of a valid decision is either accepted or
// reported, never a panic.
func FuzzValidate(f *testing.F) {
	for _, s := range []string{"Ban chỉ đạo", "Uỷ ban", "Điều 1.Thành", "16/3/2017", "\x00\x07", "Quy chÕ", "  ", "\u202e", "<&>\"'"} {
		f.Add(s, uint8(0))
	}
	base, err := os.ReadFile("../examples/kien-giang.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		d, diags := Load("kg.yaml", base)
		if d == nil || HasErrors(diags) {
			t.Fatal(diags)
		}
		fields := []*string{&d.Title, &d.Place, &d.Number, &d.Symbol, &d.Signer.Name, &d.Signer.OtherPost,
			&d.Committee.Name, &d.Bases[0].Title, &d.Bases[1].Number, &d.Proposal.Of, &d.Recipients[0],
			&d.Execution.Addressees[0], &d.Regulation.Title, &d.Regulation.Chapters[0].Articles[0].Title}
		*fields[int(which)%len(fields)] = s
		d.texts = append(d.texts, text{"fuzz", s})
		for _, g := range Validate(d) {
			if g.Rule == "" || g.Msg.VI == "" {
				t.Fatalf("incomplete diagnostic %+v", g)
			}
		}
	})
}
