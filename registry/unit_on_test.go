package registry

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unitOnRef is unitOn as it was before the scan index answered it: every unit walked at
// each step, the reference TestUnitOnAsWalkingAll holds unitOn to.
func (r *Registry) unitOnRef(key string, asOf Date) string {
	bare := func(k string) string {
		for _, p := range []string{"tinh ", "thanh pho "} {
			k = strings.TrimPrefix(k, p)
		}
		return k
	}
	key = bare(key)
	for seen := 0; seen < 5; seen++ {
		next := ""
		for i := range r.Units {
			u := &r.Units[i]
			if u.Unconfirmed == "" && !u.Until.IsZero() && !asOf.Before(u.Until) && keyOf(u.Name) == key {
				next = bare(keyOf(u.Successor))
				break
			}
		}
		if next == "" {
			break
		}
		key = next
	}
	return key
}

// TestUnitOnAsWalkingAll: unitOn gives what walking every unit gave, for every unit's name
// and successor, with and without its kind word, on the day before, the day of and after
// each date a unit ceased, in the embedded registry and in one an office's file extends.
func TestUnitOnAsWalkingAll(t *testing.T) {
	Reset()
	defer Reset()
	check := func(r *Registry) int {
		var keys []string
		dates := []Date{{}, D(2000, 1, 1), D(2100, 1, 1)}
		for _, u := range r.Units {
			for _, n := range []string{u.Name, u.Unit + " " + u.Name, u.Successor, "", "x " + u.Name, u.Name + " x"} {
				keys = append(keys, Fold(n))
			}
			if !u.Until.IsZero() {
				before, after := u.Until.First().AddDate(0, 0, -1), u.Until.First().AddDate(0, 0, 1)
				dates = append(dates, u.Until, D(before.Year(), int(before.Month()), before.Day()), D(after.Year(), int(after.Month()), after.Day()))
			}
		}
		moved := 0
		for _, k := range keys {
			for _, d := range dates {
				got, want := r.unitOn(k, d), r.unitOnRef(k, d)
				if got != want {
					t.Errorf("unitOn(%q, %v) = %q, walking all units %q", k, d, got, want)
				}
				if got != strings.TrimPrefix(strings.TrimPrefix(k, "tinh "), "thanh pho ") {
					moved++
				}
			}
		}
		return moved
	}
	if moved := check(Default()); moved < 1000 {
		t.Fatalf("only %d names followed to a successor", moved)
	}
	// A file of the office's own that renames a unit again: the merged registry's units.
	dir := t.TempDir()
	file := filepath.Join(dir, "own.yaml")
	own := "units:\n  - unit: tỉnh\n    name: Bắc Ninh\n    until: 2030-01-01\n    successor: tỉnh Kinh Bắc\n    source: test\n"
	if err := os.WriteFile(file, []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Add(file); err != nil {
		t.Fatal(err)
	}
	r := Default()
	if got := r.unitOn(Fold("tỉnh Bắc Giang"), D(2031, 1, 1)); got != "kinh bac" {
		t.Errorf("Bắc Giang in 2031 through the office's file: %q, want kinh bac", got)
	}
	check(r)
	if _, ok := indexes.Load(r); !ok {
		t.Fatal("the merged registry has no index after unitOn")
	}
	Reset()
	if _, ok := indexes.Load(r); ok {
		t.Error("Reset kept the index of the merged registry it dropped")
	}
}

// BenchmarkUnitOn follows every unit's name to its successor on 01/7/2025 (the 2025 mergers),
// as RegionOf does for a body with regional offices.
func BenchmarkUnitOn(b *testing.B) {
	r := Default()
	var keys []string
	for _, u := range r.Units {
		keys = append(keys, Fold(u.Unit+" "+u.Name))
	}
	asOf := D(2025, 7, 1)
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			r.unitOn(k, asOf)
		}
	}
}
