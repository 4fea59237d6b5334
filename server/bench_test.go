package server

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkKeystroke is one keystroke's round trip: the page posts the form's state, the
// server merges it into the file, loads and validates it, lays the decision out and writes
// the preview. kien-giang.yaml is the largest example (a decision with a full Quy chế).
func BenchmarkKeystroke(b *testing.B) {
	for _, name := range []string{"vinh-long.yaml", "kien-giang.yaml"} {
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			data, err := os.ReadFile(filepath.Join("..", "examples", name))
			if err != nil {
				b.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, name), data, 0o644)
			s, err := New(Options{Dir: dir, Port: 8017})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			st, _ := stateOf(data)
			var m map[string]any
			json.Unmarshal(st, &m)
			m["place"] = "Nơi khác"
			body, _ := json.Marshal(map[string]any{"path": name, "version": version(data), "state": json.RawMessage(mustJSON(m))})
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			b.ResetTimer()
			for b.Loop() {
				w := s.do(b, call{method: "POST", target: "/api/check", body: body})
				if w.Code != 200 {
					b.Fatalf("%d %s", w.Code, w.Body)
				}
			}
		})
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// BenchmarkStart is what qd serve does before it answers: open the folder, make the token.
func BenchmarkStart(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		s, err := New(Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
