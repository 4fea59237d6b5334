package registry

import (
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// benchTexts returns every string of the largest example (examples/kien-giang.yaml, a
// decision with its Quy chế): the texts validation scans for bodies and units.
func benchTexts(b *testing.B) []string {
	data, err := os.ReadFile("../examples/kien-giang.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		b.Fatal(err)
	}
	var out []string
	var walk func(*yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
			out = append(out, n.Value)
		}
		for i, c := range n.Content {
			if n.Kind != yaml.MappingNode || i%2 == 1 {
				walk(c)
			}
		}
	}
	walk(&n)
	return out
}

// BenchmarkDefault is the registry's cost at start: the first Default of a run.
func BenchmarkDefault(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Reset()
		if len(Default().Units) == 0 {
			b.Fatal("no units")
		}
	}
	Reset()
}

// BenchmarkSplitLargest folds every text of the largest example once, as the first
// validation of a run does (no memo).
func BenchmarkSplitLargest(b *testing.B) {
	texts := benchTexts(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			splitWords(t)
		}
	}
}

// BenchmarkCeasedLargest looks for ceased bodies and units in every text of the largest
// example as of 2026 (when its province and Sở Thông tin và Truyền thông have ceased).
func BenchmarkCeasedLargest(b *testing.B) {
	texts := benchTexts(b)
	r := Default()
	asOf := D(2026, 11, 23)
	n := 0
	for _, t := range texts {
		n += len(r.Ceased(t, asOf, false))
	}
	if n == 0 {
		b.Fatal("no mention found")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			r.Ceased(t, asOf, false)
		}
	}
}

// BenchmarkScanLargestCold is the registry's share of the first validation of a run: every
// text of the largest example folded and scanned for ceased bodies and units as of 2026, as
// decision's rules do (Fold, then CeasedIn), with the memo of folded texts empty.
func BenchmarkScanLargestCold(b *testing.B) {
	texts := benchTexts(b)
	r := Default()
	asOf := D(2026, 11, 23)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		wordsMemo.Clear()
		wordsMemoSize.Store(0)
		b.StartTimer()
		for _, t := range texts {
			Fold(t)
			r.CeasedIn(t, asOf, false, "tỉnh Kiên Giang")
		}
	}
}

// BenchmarkCeasedRepeated: a long clause naming a ceased body many times (a hostile or
// pasted text) is read once per clause, not once per mention, when citations are looked for.
func BenchmarkCeasedRepeated(b *testing.B) {
	r := Default()
	text := "Căn cứ Quyết định " + strings.Repeat("của Sở TT&TT ", 2000)
	for b.Loop() {
		if len(r.Ceased(text, D(2026, 1, 1), false)) != 2000 {
			b.Fatal("want 2000 mentions")
		}
	}
}
