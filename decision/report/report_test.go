package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"testing"

	"github.com/vanthu-vn/qd/decision"
)

// TestSARIFURIs: a SARIF artifactLocation.uri is a URI reference (SARIF 2.1.0, 3.4.3): a
// file name with spaces, '%', ':' or Vietnamese letters is percent-encoded so that code
// scanning finds the file (a raw "100%.yaml" is no URI at all, and "a:b.yaml" reads as the
// scheme "a"); an absolute path is a file: URI.
func TestSARIFURIs(t *testing.T) {
	for _, c := range []struct{ file, uri, back string }{
		{"drafts/vinh-long.yaml", "drafts/vinh-long.yaml", "drafts/vinh-long.yaml"},
		{"./drafts/Quyết định 100%.yaml", "drafts/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20100%25.yaml", "drafts/Quyết định 100%.yaml"},
		{"a:b,c.yaml", "a%3Ab%2Cc.yaml", "a:b,c.yaml"},
		{"/tmp/x y.yaml", "file:///tmp/x%20y.yaml", "/tmp/x y.yaml"},
	} {
		var b bytes.Buffer
		o, err := New("sarif", &b, decision.VI)
		if err != nil {
			t.Fatal(err)
		}
		o.Add(c.file, []decision.Diagnostic{{File: c.file, Line: 1, Column: 1, Rule: "place", Severity: decision.Error}})
		o.Close()
		var s struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
						}
					}
				}
			}
		}
		if err := json.Unmarshal(b.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		got := s.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
		if got != c.uri {
			t.Errorf("%q: uri %q, want %q", c.file, got, c.uri)
		}
		u, err := url.Parse(got)
		if err != nil || u.Path != c.back {
			t.Errorf("%q: uri %q parses to %q (%v)", c.file, got, u, err)
		}
	}
}
