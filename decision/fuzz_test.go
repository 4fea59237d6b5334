package decision

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
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
// reported, never a panic; and so is the decision with any one field left out, as the loader
// leaves out a value that fails its type (a partial model).
func FuzzValidate(f *testing.F) {
	for i, s := range []string{"Ban chỉ đạo", "Uỷ ban", "Điều 1.Thành", "16/3/2017", "\x00\x07", "Quy chÕ", "  ", "\u202e", "<&>\"'"} {
		f.Add(s, uint8(0), uint16(i*37))
	}
	base, err := os.ReadFile("../examples/kien-giang.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, which uint8, drop uint16) {
		d, diags := Load("kg.yaml", base)
		if d == nil || HasErrors(diags) {
			t.Fatal(diags)
		}
		fields := []*string{&d.Title, &d.Place, &d.Number, &d.Symbol, &d.Signer.Name, &d.Signer.OtherPost,
			&d.Committee.Name, &d.Bases[0].Title, &d.Bases[1].Number, &d.Proposal.Of, &d.Recipients[0],
			&d.Execution.Addressees[0], &d.Regulation.Title, &d.Regulation.Chapters[0].Articles[0].Title}
		*fields[int(which)%len(fields)] = s
		d.texts = append(d.texts, text{"fuzz", s})
		if drop > 0 {
			var all []field
			modelFields(reflect.ValueOf(d).Elem(), "", &all)
			f := all[int(drop)%len(all)]
			f.v.Set(reflect.Zero(f.v.Type()))
			d.failed = map[string]bool{f.path: true}
		}
		for _, g := range Validate(d) {
			if g.Rule == "" || g.Msg.VI == "" {
				t.Fatalf("incomplete diagnostic %+v", g)
			}
			if failedSet(d.failed).covers(g.Field) && g.Field != "" {
				t.Fatalf("%s reported at %s, which was left out", g.Rule, g.Field)
			}
		}
	})
}

type field struct {
	path string
	v    reflect.Value
}

// modelFields lists every YAML field of the model under v, in and below lists, with its path.
func modelFields(v reflect.Value, path string, out *[]field) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			modelFields(v.Elem(), path, out)
		}
	case reflect.Struct:
		if _, ok := v.Interface().(Date); ok {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			key := strings.Split(v.Type().Field(i).Tag.Get("yaml"), ",")[0]
			if key == "" || key == "-" {
				continue
			}
			sub := key
			if path != "" {
				sub = path + "." + key
			}
			*out = append(*out, field{sub, v.Field(i)})
			modelFields(v.Field(i), sub, out)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			sub := path + "[" + strconv.Itoa(i) + "]"
			if v.Index(i).Kind() == reflect.Struct || v.Index(i).Kind() == reflect.String {
				*out = append(*out, field{sub, v.Index(i)})
			}
			modelFields(v.Index(i), sub, out)
		}
	}
}
