package tagcheck

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

type code string

type inner struct {
	Name string `validate:"required"`
	Code code   `validate:"omitempty,oneof=a b"`
}

type date struct{ Y, M, D int }

type sample struct {
	Text     string   `validate:"required"`
	List     []string `validate:"required"`
	Items    []string `validate:"required,min=1,dive,required"`
	Inner    inner    `validate:"required"`
	Date     date     `validate:"required"`
	Plain    inner    // no tag: checked field by field
	Ptr      *inner   // no tag: checked when not nil
	Req      *inner   `validate:"required"`
	Opt      *code    `validate:"omitempty,oneof=a b"`
	Inners   []inner  `validate:"dive"`
	Ptrs     []*inner `validate:"dive"`
	Codes    []code   `validate:"dive,oneof=a b"`
	Verb     string   `validate:"omitempty,oneof='Theo đề nghị' 'Xét đề nghị'"`
	Count    int      `validate:"gte=0,lte=99"`
	Unsigned uint     `validate:"lte=9"`
	Short    string   `validate:"omitempty,min=3"`
	Skipped  string   `validate:"-"`
	Untagged []inner  // a slice without dive is not looked into
	hidden   string   `validate:"required"`
}

// valid returns a sample that passes every tag.
func valid() sample {
	return sample{Text: "x", List: []string{}, Items: []string{"i"}, Inner: inner{Name: "n"},
		Date: date{2025, 1, 1}, Plain: inner{Name: "p"}, Req: &inner{Name: "r"}}
}

// TestCheck breaks one tag at a time and expects exactly its failure.
func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*sample)
		want  string // "path tag=param kind value"; "" for none
		names bool   // name fields by lower-cased Go name
	}{
		{"valid", func(*sample) {}, "", false},
		{"required string", func(s *sample) { s.Text = "" }, `Text required= string ""`, false},
		{"required slice nil", func(s *sample) { s.List = nil }, `List required= slice []string(nil)`, false},
		{"required slice empty passes", func(s *sample) { s.List = []string{} }, "", false},
		{"min=1 on an empty slice", func(s *sample) { s.Items = []string{} }, `Items min=1 slice []string{}`, false},
		{"required before min", func(s *sample) { s.Items = nil }, `Items required= slice []string(nil)`, false},
		{"dive into strings", func(s *sample) { s.Items = []string{"a", "", "c", ""} },
			`Items[1] required= string ""; Items[3] required= string ""`, false},
		{"required struct zero", func(s *sample) { s.Inner = inner{} }, `Inner required= struct tagcheck.inner{Name:"", Code:""}`, false},
		{"required struct not zero: its fields checked", func(s *sample) { s.Inner = inner{Code: "c"} },
			`Inner.Name required= string ""; Inner.Code oneof=a b tagcheck.code "c"`, false},
		{"required struct of numbers", func(s *sample) { s.Date = date{} }, `Date required= struct tagcheck.date{Y:0, M:0, D:0}`, false},
		{"untagged struct checked", func(s *sample) { s.Plain = inner{} }, `Plain.Name required= string ""`, false},
		{"nil pointer not checked", func(s *sample) { s.Ptr = nil }, "", false},
		{"pointer to struct checked", func(s *sample) { s.Ptr = &inner{} }, `Ptr.Name required= string ""`, false},
		{"required struct pointer nil", func(s *sample) { s.Req = nil }, `Req required= ptr (*tagcheck.inner)(nil)`, false},
		{"required struct pointer to a zero struct: present, its fields checked", func(s *sample) { s.Req = &inner{} },
			`Req.Name required= string ""`, false},
		{"omitempty pointer nil", func(s *sample) { s.Opt = nil }, "", false},
		{"omitempty pointer: the value pointed to checked", func(s *sample) { c := code("z"); s.Opt = &c },
			`Opt oneof=a b tagcheck.code "z"`, false},
		{"dive into structs", func(s *sample) { s.Inners = []inner{{Name: "a"}, {}, {Name: "c", Code: "z"}} },
			`Inners[1].Name required= string ""; Inners[2].Code oneof=a b tagcheck.code "z"`, false},
		{"dive into pointers", func(s *sample) { s.Ptrs = []*inner{nil, {}} }, `Ptrs[1].Name required= string ""`, false},
		{"dive oneof on a named string type", func(s *sample) { s.Codes = []code{"a", "x", "b"} },
			`Codes[1] oneof=a b tagcheck.code "x"`, false},
		{"oneof with quoted values", func(s *sample) { s.Verb = "Xét đề nghị" }, "", false},
		{"oneof quoted: a part is not a value", func(s *sample) { s.Verb = "Theo" },
			`Verb oneof='Theo đề nghị' 'Xét đề nghị' string "Theo"`, false},
		{"omitempty skips an empty value", func(s *sample) { s.Verb = ""; s.Short = "" }, "", false},
		{"gte", func(s *sample) { s.Count = -1 }, `Count gte=0 int -1`, false},
		{"lte", func(s *sample) { s.Count = 100 }, `Count lte=99 int 100`, false},
		{"lte bound itself passes", func(s *sample) { s.Count = 99 }, "", false},
		{"lte unsigned", func(s *sample) { s.Unsigned = 10 }, `Unsigned lte=9 uint 0xa`, false},
		{"min counts characters, not bytes", func(s *sample) { s.Short = "đề" }, `Short min=3 string "đề"`, false},
		{"min of characters passes", func(s *sample) { s.Short = "Ủy" + "b" }, "", false},
		{"skipped, untyped and hidden fields", func(s *sample) { s.Untagged = []inner{{}}; s.hidden = "" }, "", false},
		{"paths use Name", func(s *sample) { s.Inners = []inner{{}} }, `inners[0].name required= string ""`, true},
		{"order is field order, depth first", func(s *sample) { s.Text = ""; s.Inner = inner{Code: "q"}; s.Count = -5 },
			`Text required= string ""; Inner.Name required= string ""; Inner.Code oneof=a b tagcheck.code "q"; Count gte=0 int -5`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Checker{}
			if tt.names {
				c.Name = func(f reflect.StructField) string { return strings.ToLower(f.Name) }
			}
			s := valid()
			tt.edit(&s)
			if got := describe(c.Check(&s)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func describe(errs []Error) string {
	var out []string
	for _, e := range errs {
		kind := e.Kind.String()
		if e.Type.Name() != kind {
			kind = e.Type.String()
		}
		if e.Kind == reflect.Struct || e.Kind == reflect.Slice || e.Kind == reflect.Ptr {
			kind = e.Kind.String()
		}
		out = append(out, fmt.Sprintf("%s %s=%s %s %#v", e.Path, e.Tag, e.Param, kind, e.Value))
	}
	return strings.Join(out, "; ")
}

// TestCheckerBadTags: a tag the checker does not know is a programming error reported
// when the type is first checked, naming the field.
func TestCheckerBadTags(t *testing.T) {
	type unknownTag struct {
		Mail string `validate:"email"`
	}
	type diveOnString struct {
		S string `validate:"dive"`
	}
	type badNumber struct {
		N int `validate:"gte=x"`
	}
	type oneofOnStruct struct {
		S struct{} `validate:"oneof=a"`
	}
	for _, tt := range []struct {
		v    any
		want string
	}{
		{&unknownTag{}, "unknownTag.Mail"},
		{&diveOnString{}, "diveOnString.S"},
		{&badNumber{}, "badNumber.N"},
		{&oneofOnStruct{}, "oneofOnStruct.S"},
	} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), tt.want) {
					t.Errorf("%T: panic %v, want one naming %s", tt.v, r, tt.want)
				}
			}()
			(&Checker{}).Check(tt.v)
		}()
	}
}

// TestOneOfValues: the values of oneof as validator/v10 splits them (its pattern
// '[^']*'|\S+, quotes then dropped).
func TestOneOfValues(t *testing.T) {
	for _, tt := range []struct {
		param string
		want  []string
	}{
		{"thanh_lap kien_toan", []string{"thanh_lap", "kien_toan"}},
		{"'Theo đề nghị' 'Xét đề nghị'", []string{"Theo đề nghị", "Xét đề nghị"}},
		{"  a\tb\n", []string{"a", "b"}},
		{"'a b' c", []string{"a b", "c"}},
		{"'open", []string{"open"}},
		{"a'b c'", []string{"ab", "c"}},
		{"'a'b c", []string{"a", "b", "c"}},
		{"'' b", []string{"", "b"}},
		{"", nil},
	} {
		if got := oneOfValues(tt.param); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("oneOfValues(%q) = %q, want %q", tt.param, got, tt.want)
		}
	}
}

// TestCheckRecursive: a struct that holds itself through a slice is planned once and
// checked to any depth.
func TestCheckRecursive(t *testing.T) {
	type node struct {
		Name string  `validate:"required"`
		Kids []*node `validate:"dive"`
	}
	n := &node{Name: "a", Kids: []*node{{Name: "b", Kids: []*node{{}}}}}
	got := (&Checker{}).Check(n)
	if len(got) != 1 || got[0].Path != "Kids[0].Kids[0].Name" {
		t.Errorf("got %+v", got)
	}
}

func BenchmarkCheck(b *testing.B) {
	c := &Checker{}
	s := valid()
	s.Inners = make([]inner, 50)
	for i := range s.Inners {
		s.Inners[i] = inner{Name: "x", Code: "a"}
	}
	b.ReportAllocs()
	for b.Loop() {
		if errs := c.Check(&s); len(errs) != 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkPlan is reading the tags of a type, as the first Check in a process does.
func BenchmarkPlan(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c := &Checker{}
		c.plan(reflect.TypeFor[sample]())
	}
}
