package server

import (
	"net/http"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/registry"
)

// maxBasisResults bounds the answers to one search.
const maxBasisResults = 30

// handleBasis searches the law registry as qd basis does: the documents matching every
// word, each followed to the one in force on the decision's date (a partial date: its
// first day; none: today), with the key to cite it by (bases: [{ref: KEY}]).
func (s *Server) handleBasis(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	query := strings.TrimSpace(q.Get("q"))
	asOf := decision.Today()
	if ds := q.Get("date"); ds != "" {
		d, err := decision.ParseDate(ds)
		if err != nil {
			refuse(w, http.StatusBadRequest, "bad-date", "ngày không hợp lệ: "+ds, "bad date: "+ds)
			return
		}
		asOf = decision.Date{Year: d.Year, Month: max(d.Month, 1), Day: max(d.Day, 1)}
	}
	type result struct {
		Key      string `json:"key"`
		Citation string `json:"citation"`
		Source   string `json:"source"`
		Certain  bool   `json:"certain"`
	}
	out := []result{}
	if query == "" {
		writeJSON(w, http.StatusOK, map[string]any{"results": out, "date": asOf.String()})
		return
	}
	reg := registry.Default()
	shown := map[string]bool{}
	for _, doc := range reg.Search(query) {
		cur, certain := reg.Current(doc, registry.Date(asOf))
		if asOf.Before(decision.Date(cur.Date)) || shown[cur.Key] || len(out) >= maxBasisResults {
			continue
		}
		shown[cur.Key] = true
		out = append(out, result{Key: cur.Key, Citation: decision.Citation(cur), Source: cur.Source, Certain: certain})
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": out, "date": asOf.String()})
}
