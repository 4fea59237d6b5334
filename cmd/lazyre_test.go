package cmd

import (
	"testing"

	"github.com/vanthu-vn/qd/internal/lazyre"
)

// TestRegexpsCompile: the regular expressions of every package qd links, compiled on first
// use rather than at start (internal/lazyre), all compile.
func TestRegexpsCompile(t *testing.T) {
	if err := lazyre.CheckAll(); err != nil {
		t.Fatal(err)
	}
}
