package decision

import (
	"os"
	"testing"
)

// BenchmarkCheckLargest loads and validates the largest example (examples/kien-giang.yaml,
// a decision with its Quy chế) as qd validate and qd draft do, through Check. The first
// iteration is the cold cost one process pays; the others show what each check allocates.
// Measure the one-process cost with perf stat on qd validate (see bench/run.sh): the
// process builds its tables once.
func BenchmarkCheckLargest(b *testing.B) {
	data, err := os.ReadFile("../examples/kien-giang.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		d, diags := Check("kien-giang.yaml", data, CheckOptions{Partial: true})
		if d == nil || HasErrors(diags) {
			b.Fatalf("kien-giang.yaml does not check: %v", diags)
		}
	}
}
