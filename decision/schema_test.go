package decision

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	raw, err := json.Marshal(Schema())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatalf("the generated schema does not compile: %v", err)
	}
	return s
}

// jsonValue reads YAML as the JSON value an editor's schema check sees: timestamps as text.
func jsonValue(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	var conv func(any) any
	conv = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				x[k] = conv(e)
			}
		case []any:
			for i, e := range x {
				x[i] = conv(e)
			}
		case time.Time:
			return x.Format("2006-01-02")
		}
		return v
	}
	return conv(v)
}

// TestSchemaAcceptsExamples: every example is valid against the generated schema.
func TestSchemaAcceptsExamples(t *testing.T) {
	s := compiledSchema(t)
	files, _ := filepath.Glob("../examples/*.yaml")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		if err := s.Validate(jsonValue(t, data)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestSchemaAndLoaderAgree: broken files are refused by both the schema and the loader.
func TestSchemaAndLoaderAgree(t *testing.T) {
	s := compiledSchema(t)
	for _, name := range []string{"unknown-key-top.yaml", "unknown-key-nested.yaml", "wrong-type-bool.yaml", "wrong-type-title-list.yaml",
		"bad-kind.yaml", "bad-role.yaml", "missing-symbol.yaml", "missing-position.yaml", "wrong-type-members-mapping.yaml", "bad-date-format.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "bad", name))
		if err != nil {
			t.Fatal(err)
		}
		schemaErr := s.Validate(jsonValue(t, data))
		d, diags := Load(name, data)
		if d != nil && !HasErrors(diags) {
			diags = Validate(d)
		}
		if schemaErr == nil || !HasErrors(diags) {
			t.Errorf("%s: schema error %v, loader errors %v", name, schemaErr, HasErrors(diags))
		}
	}
}

func TestSchemaDescriptions(t *testing.T) {
	props := Schema()["properties"].(map[string]any)
	members := props["members"].(map[string]any)["items"].(map[string]any)
	role := members["properties"].(map[string]any)["role"].(map[string]any)
	// Roles take their codes or Vietnamese labels (issue 13, item 9): the enum lists both.
	enum := role["anyOf"].([]any)[0].(map[string]any)["enum"]
	if !strings.HasPrefix(fmt.Sprint(enum), "[truong_ban Trưởng ban Chủ tịch pho_truong_ban_thuong_truc Phó Trưởng ban thường trực") ||
		!strings.HasPrefix(role["description"].(string), "Vai trò") {
		t.Errorf("role: %v", role)
	}
}
