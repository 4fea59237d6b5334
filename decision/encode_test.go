package decision

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestEncodeRoundTrip: every example written back as YAML loads into the same model.
func TestEncodeRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.yaml")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		d, diags := Load(f, src)
		if d == nil || HasErrors(diags) {
			t.Fatal(diags)
		}
		out, err := Encode(d, src, "")
		if err != nil {
			t.Fatal(err)
		}
		back, diags := Load(f, out)
		if back == nil || HasErrors(diags) {
			t.Fatalf("%s: re-encoded YAML does not load: %v\n%s", f, diags, out)
		}
		d.pos, back.pos, d.texts, back.texts, d.source, back.source = positions{}, positions{}, nil, nil, nil, nil
		d.roleLabels, back.roleLabels = nil, nil // how roles were written (labels or codes), not the model
		if !reflect.DeepEqual(d, back) {
			t.Errorf("%s: round trip changed the model", f)
		}
	}
}
