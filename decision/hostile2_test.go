package decision

import (
	"os"
	"strings"
	"testing"
)

// TestNumberPlaceholder: a decision number not yet given is written [[...]] like any other
// blank (qd init, the brief); it is a placeholder warning, not a malformed-number error that
// would stop `qd draft` of a dự thảo.
func TestNumberPlaceholder(t *testing.T) {
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "symbol: QĐ-UBND\n", "symbol: QĐ-UBND\nnumber: \"[[số]]\"\n", 1)
	d, diags := Load("x.yaml", []byte(text))
	if d == nil || HasErrors(diags) {
		t.Fatal(diags)
	}
	placeholder := false
	for _, g := range Validate(d) {
		if g.Rule == "decision-number" {
			t.Errorf("placeholder number reported as malformed: %v", g)
		}
		placeholder = placeholder || (g.Rule == "placeholder" && g.Field == "number")
	}
	if !placeholder {
		t.Error("no placeholder warning for number [[số]]")
	}
}
