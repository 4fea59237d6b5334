package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vanthu-vn/qd/templates"
)

// TestGeneratedUpToDate: registry/data_gen.go is what the generator writes from
// templates/registry/ today, byte for byte.
func TestGeneratedUpToDate(t *testing.T) {
	want, err := generate(templates.Registry)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../data_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("registry/data_gen.go is stale: run `go generate ./registry` after editing templates/registry/*.yaml")
	}
}

// Bad data is never generated: a file Parse refuses (unknown key, impossible date) or one
// that fails Check (an entry without its source) stops the generator with the reason.
func TestGenerateRefusesBadData(t *testing.T) {
	ok := "units:\n  - name: A\n    unit: tỉnh\n    source: s\ndocuments:\n  - key: k\n    title: t\n    date: 2020-01-01\n    source: s\nbodies:\n  - name: Sở X\n    until: 2025-03-01\n    successor: Sở Y\n    source: s\n"
	if _, err := generate(fstest.MapFS{"registry/a.yaml": {Data: []byte(ok)}}); err != nil {
		t.Fatalf("a good file: %v", err)
	}
	for _, c := range []struct{ src, want string }{
		{strings.Replace(ok, "2020-01-01", "2020-02-30", 1), "a.yaml:8:11"},
		{strings.Replace(ok, "    unit: tỉnh", "    unt: tỉnh", 1), "a.yaml:3:5"},
		{strings.Replace(ok, "    successor: Sở Y\n    source: s\n", "    successor: Sở Y\n", 1), `body "Sở X" lacks source`},
	} {
		_, err := generate(fstest.MapFS{"registry/a.yaml": {Data: []byte(c.src)}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.src, err, c.want)
		}
	}
}
