package decision

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/internal/tagcheck"
)

// fieldGolden holds the field diagnostics of broken decisions as go-playground/validator/v10
// reported them when qd still used it (recorded with `go test ./decision -run
// TestFieldChecksAsRecorded -update` before the dependency was removed). The checker that
// replaced it must report exactly the same: the same paths, positions, messages and order.
const fieldGolden = "testdata/field-checks.golden"

// fieldExamples are the examples whose broken variants the golden file records: between
// them they hold every struct of the model (chapters and clauses, a proposal with its
// submission, predecessors, replaced decisions, seals, a working group, member changes),
// and the "grown" variant adds any part an example lacks.
var fieldExamples = []string{"kien-giang.yaml", "vinh-long.yaml", "uy-ban-cds-thay-doi-2024.yaml", "thua-thien-hue.yaml"}

// TestFieldChecksAsRecorded compares the field diagnostics of each broken decision with
// those validator/v10 reported (fieldGolden): every bad input in testdata/bad as loaded,
// and five systematic breakages of rich examples.
func TestFieldChecksAsRecorded(t *testing.T) {
	var buf bytes.Buffer
	bad, _ := filepath.Glob("../testdata/bad/*.yaml")
	for _, f := range bad {
		d := loadForFields(t, f)
		if d == nil {
			continue
		}
		writeFieldDiags(&buf, filepath.Base(f), d)
	}
	for _, name := range fieldExamples {
		for _, v := range fieldVariants {
			d := loadForFields(t, filepath.Join("../examples", name))
			breakFields(reflect.ValueOf(d).Elem(), v.name)
			writeFieldDiags(&buf, name+" "+v.name, d)
		}
	}
	if *updateReadme {
		if err := os.WriteFile(fieldGolden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(fieldGolden)
	if err != nil {
		t.Fatal(err)
	}
	if got := buf.Bytes(); !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s line %d differs:\n got: %q\nwant: %q", fieldGolden, i+1, g, w)
			}
		}
	}
}

func loadForFields(t *testing.T, file string) *Decision {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Load(file, data)
	return d
}

// writeFieldDiags writes one line per field diagnostic: path, position, whether the value
// is left out of the rules (oneof), and the Vietnamese and English messages.
func writeFieldDiags(buf *bytes.Buffer, name string, d *Decision) {
	failed := failedSet{}
	for p := range d.failed {
		failed[p] = true
	}
	out, unknown := fieldDiagnostics(d, failed)
	fmt.Fprintf(buf, "== %s: %d\n", name, len(out))
	for _, g := range out {
		fmt.Fprintf(buf, "%s\t%d:%d\t%s\t%s\n", g.Field, g.Line, g.Column, g.Msg.VI, g.Msg.EN)
	}
	if len(unknown) > 0 {
		fmt.Fprintf(buf, "unknown\t%s\n", strings.Join(unknown, " "))
	}
}

var fieldVariants = []struct{ name string }{
	{"zero"},    // every tagged value that is not a list to dive into set to its zero value
	{"invalid"}, // oneof values unknown, counts -1, one-line lists empty but present, list items empty
	{"high"},    // numbers 100
	{"blank"},   // every required struct (issuer, signer, dates...) zero
	{"grown"},   // every list to dive into gets one more, empty, item; every absent part an empty one
}

// breakFields breaks the tagged fields of the struct v as variant says.
func breakFields(v reflect.Value, variant string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("validate")
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.Ptr:
			if fv.IsNil() && variant == "grown" && fv.Type().Elem().Kind() == reflect.Struct {
				fv.Set(reflect.New(fv.Type().Elem()))
				continue // an empty part: left empty
			}
			if !fv.IsNil() && fv.Elem().Kind() == reflect.Struct {
				breakFields(fv.Elem(), variant)
			}
		case reflect.Struct:
			if variant == "blank" && strings.HasPrefix(tag, "required") {
				fv.Set(reflect.Zero(fv.Type()))
				continue
			}
			breakFields(fv, variant)
		case reflect.Slice:
			if strings.HasPrefix(tag, "dive") {
				if variant == "grown" {
					fv.Set(reflect.Append(fv, reflect.Zero(fv.Type().Elem())))
				}
				for j := 0; j < fv.Len(); j++ {
					e := fv.Index(j)
					switch e.Kind() {
					case reflect.Struct:
						breakFields(e, variant)
					case reflect.String:
						if variant == "invalid" {
							e.SetString("không_hợp_lệ")
						}
					}
				}
				continue
			}
			if tag == "" {
				continue
			}
			switch variant {
			case "zero":
				fv.Set(reflect.Zero(fv.Type()))
			case "invalid":
				if strings.Contains(tag, "min=") || fv.Type().Elem().Kind() != reflect.String {
					fv.Set(reflect.MakeSlice(fv.Type(), 0, 0))
				} else if strings.Contains(tag, "dive") {
					for j := 0; j < fv.Len(); j++ {
						fv.Index(j).SetString("")
					}
				} else {
					fv.Set(reflect.MakeSlice(fv.Type(), 0, 0)) // present but empty: required passes
				}
			case "grown":
				if fv.Type().Elem().Kind() == reflect.Struct {
					fv.Set(reflect.Append(fv, reflect.Zero(fv.Type().Elem())))
					for j := 0; j < fv.Len(); j++ {
						breakFields(fv.Index(j), variant)
					}
				} else {
					fv.Set(reflect.Append(fv, reflect.Zero(fv.Type().Elem())))
				}
			}
		case reflect.String:
			if tag == "" {
				continue
			}
			switch variant {
			case "zero":
				fv.SetString("")
			case "invalid":
				if strings.Contains(tag, "oneof") {
					fv.SetString("không_hợp_lệ")
				}
			}
		case reflect.Int:
			if tag == "" {
				continue
			}
			switch variant {
			case "zero":
				fv.SetInt(0)
			case "invalid":
				fv.SetInt(-1)
			case "high":
				fv.SetInt(100)
			}
		}
	}
}

// BenchmarkFieldChecks is the field stage of Validate (the `validate` tags) on the largest
// example and on one with many members, as qd validate runs it once per file.
func BenchmarkFieldChecks(b *testing.B) {
	var ds []*Decision
	for _, name := range []string{"kien-giang.yaml", "vinh-long.yaml"} {
		f := filepath.Join("../examples", name)
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, _ := Load(f, data)
		ds = append(ds, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range ds {
			if out, _ := fieldDiagnostics(d, failedSet{}); len(out) != 0 {
				b.Fatal(out)
			}
		}
	}
}

// BenchmarkFieldPlan is reading the model's tags, once per process, at the first Validate.
func BenchmarkFieldPlan(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		(&tagcheck.Checker{Name: yamlName}).Check(&Decision{})
	}
}
