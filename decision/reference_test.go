package decision

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var updateReadme = flag.Bool("update", false, "rewrite the generated parts of README.md")

// TestReadmeReference keeps the README's field and rule tables equal to the model; run
// `go test ./decision -update` after changing the model.
func TestReadmeReference(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, part := range []struct{ name, body string }{{"fields", FieldReference()}, {"labels", LabelReference()}, {"rules", RuleReference()}} {
		begin, end := "<!-- "+part.name+":begin -->\n", "<!-- "+part.name+":end -->"
		i, j := strings.Index(readme, begin), strings.Index(readme, end)
		if i < 0 || j < i {
			t.Fatalf("README.md lacks the %s markers", part.name)
		}
		current := readme[i+len(begin) : j]
		if current == part.body {
			continue
		}
		if !*updateReadme {
			t.Errorf("README.md's %s table is out of date: run go test ./decision -update", part.name)
			continue
		}
		readme = readme[:i+len(begin)] + part.body + readme[j:]
	}
	if *updateReadme {
		if err := os.WriteFile("../README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.Contains(FieldReference(), "| `members[].role` | chuỗi | có |") {
		t.Error("nested fields are missing from the reference")
	}
}
