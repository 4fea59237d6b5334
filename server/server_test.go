package server

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
	"github.com/vanthu-vn/qd/render/docx"
)

const testHost = "127.0.0.1:8017"

// newTest serves a temporary folder holding copies of the given examples.
func newTest(t *testing.T, examples ...string) (*Server, string) {
	t.Helper()
	dir := t.TempDir()
	for _, e := range examples {
		data, err := os.ReadFile(filepath.Join("..", "examples", e))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(Options{Dir: dir, Port: 8017})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

type call struct {
	method, target string
	body           any
	header         map[string]string
	noToken        bool
}

// do sends a request as the page would (loopback Host, session token, JSON), with the
// changes the call asks for.
func (s *Server) do(t testing.TB, c call) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	switch b := c.body.(type) {
	case nil:
	case []byte:
		r = bytes.NewReader(b)
	case string:
		r = strings.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	req := httptest.NewRequest(c.method, c.target, r)
	req.Host = testHost
	if !c.noToken {
		req.Header.Set("X-QD-Token", s.Token())
	}
	if c.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range c.header {
		if v == "" {
			req.Header.Del(k)
			if k == "Host" {
				req.Host = ""
			}
			continue
		}
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)
	return w
}

func decode(t testing.TB, w *httptest.ResponseRecorder, v any) {
	t.Helper()
	if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, w.Body.String())
	}
}

type fileResp struct {
	Path    string          `json:"path"`
	Version string          `json:"version"`
	State   json.RawMessage `json:"state"`
	Checked checked         `json:"checked"`
}

func (s *Server) open(t *testing.T, name string) fileResp {
	t.Helper()
	w := s.do(t, call{method: "GET", target: "/api/file?path=" + name})
	if w.Code != 200 {
		t.Fatalf("open %s: %d %s", name, w.Code, w.Body)
	}
	var f fileResp
	decode(t, w, &f)
	return f
}

// state is a form state as a generic JSON value the test can edit.
func state(t *testing.T, raw json.RawMessage) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func fields(c checked) []string {
	var out []string
	for _, d := range c.Diagnostics {
		out = append(out, d.Field+" "+d.Rule)
	}
	return out
}

// The page needs the token from the printed address; without it nothing is served.
func TestIndexNeedsSessionToken(t *testing.T) {
	s, _ := newTest(t)
	for _, target := range []string{"/", "/?t=wrong"} {
		if w := s.do(t, call{method: "GET", target: target, noToken: true}); w.Code != http.StatusForbidden || strings.Contains(w.Body.String(), s.Token()) {
			t.Errorf("GET %s without the token: %d, token leaked: %v", target, w.Code, strings.Contains(w.Body.String(), s.Token()))
		}
	}
	w := s.do(t, call{method: "GET", target: "/?t=" + s.Token(), noToken: true})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("GET /?t=token: %d", w.Code)
	}
	cookie := w.Result().Cookies()
	if len(cookie) != 1 || !cookie[0].HttpOnly || cookie[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("session cookie: %+v", cookie)
	}
	w = s.do(t, call{method: "GET", target: "/", noToken: true, header: map[string]string{"Cookie": cookie[0].Name + "=" + cookie[0].Value}})
	if w.Code != 200 || !strings.Contains(w.Body.String(), `content="`+s.Token()+`"`) {
		t.Fatalf("GET / with the cookie: %d\n%s", w.Code, w.Body)
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}
}

// Every asset is in the binary and names no other host: the page works offline.
func TestAssetsEmbeddedAndOffline(t *testing.T) {
	s, _ := newTest(t)
	entries, err := fs.ReadDir(assets, "assets")
	if err != nil || len(entries) < 3 {
		t.Fatalf("assets: %v %v", entries, err)
	}
	for _, e := range entries {
		data, _ := fs.ReadFile(assets, "assets/"+e.Name())
		for _, bad := range []string{"http://", "https://", "//cdn", "@import", "fonts.googleapis"} {
			if bytes.Contains(data, []byte(bad)) {
				t.Errorf("%s refers to %q", e.Name(), bad)
			}
		}
		if e.Name() == "index.html" {
			continue
		}
		w := s.do(t, call{method: "GET", target: "/static/" + e.Name(), noToken: true})
		if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), data) {
			t.Errorf("GET /static/%s: %d", e.Name(), w.Code)
		}
	}
	if w := s.do(t, call{method: "GET", target: "/static/index.html", noToken: true}); w.Code != 404 {
		t.Errorf("index.html through /static (without its token check): %d", w.Code)
	}
}

// DNS rebinding: a page on a foreign name that resolves to 127.0.0.1 says its name in Host.
func TestForeignHostRefused(t *testing.T) {
	s, _ := newTest(t, "vinh-long.yaml")
	for _, host := range []string{"evil.example:8017", "127.0.0.1.nip.io:8017", "192.168.1.5:8017", "127.0.0.1:9999", "localhost", ""} {
		for _, target := range []string{"/?t=" + s.Token(), "/api/files", "/api/file?path=vinh-long.yaml", "/static/app.js"} {
			w := s.do(t, call{method: "GET", target: target, header: map[string]string{"Host": host}})
			if w.Code != http.StatusMisdirectedRequest {
				t.Errorf("Host %q %s: %d, want 421", host, target, w.Code)
			}
			if strings.Contains(w.Body.String(), "Ban Chỉ đạo") {
				t.Errorf("Host %q %s leaked content", host, target)
			}
		}
	}
	for _, host := range []string{"127.0.0.1:8017", "localhost:8017", "[::1]:8017"} {
		if w := s.do(t, call{method: "GET", target: "/api/files", header: map[string]string{"Host": host}}); w.Code != 200 {
			t.Errorf("Host %q: %d, want 200", host, w.Code)
		}
	}
}

// Cross-site requests (another site, or another port of localhost) change nothing.
func TestForeignOriginRefused(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	before, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	f := s.open(t, "vinh-long.yaml")
	body := map[string]any{"path": "vinh-long.yaml", "version": f.Version, "yaml": "kind: thanh_lap\n"}
	for _, h := range []map[string]string{
		{"Origin": "http://evil.example"},
		{"Origin": "http://localhost:3000"},
		{"Origin": "null"},
		{"Origin": "https://127.0.0.1:8017"},
		{"Sec-Fetch-Site": "cross-site"},
		{"Sec-Fetch-Site": "same-site"},
	} {
		w := s.do(t, call{method: "POST", target: "/api/save", body: body, header: h})
		if w.Code != http.StatusForbidden {
			t.Errorf("%v: %d, want 403", h, w.Code)
		}
	}
	after, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	if !bytes.Equal(before, after) {
		t.Fatal("a cross-site request changed the file")
	}
	// The page's own requests carry its origin.
	w := s.do(t, call{method: "POST", target: "/api/check", body: body, header: map[string]string{"Origin": "http://" + testHost, "Sec-Fetch-Site": "same-origin"}})
	if w.Code != 200 {
		t.Errorf("same-origin check: %d %s", w.Code, w.Body)
	}
}

// Every API route wants the session token; changes want a JSON body (no HTML form can send
// one across sites) of bounded size.
func TestTokenTypeAndSize(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	f := s.open(t, "vinh-long.yaml")
	routes := []call{
		{method: "GET", target: "/api/meta"},
		{method: "GET", target: "/api/schema"},
		{method: "GET", target: "/api/files"},
		{method: "GET", target: "/api/file?path=vinh-long.yaml"},
		{method: "GET", target: "/api/basis?q=chính+quyền"},
		{method: "GET", target: "/api/download?path=vinh-long.yaml&format=docx"},
		{method: "POST", target: "/api/check", body: map[string]any{"path": "vinh-long.yaml", "yaml": "kind: x\n"}},
		{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": f.Version, "yaml": "kind: x\n"}},
		{method: "POST", target: "/api/new", body: map[string]any{"path": "moi.yaml", "kind": "thanh_lap"}},
		{method: "POST", target: "/api/import", body: map[string]any{"name": "x.txt", "data": []byte("QUYẾT ĐỊNH")}},
		{method: "POST", target: "/api/change", body: map[string]any{"path": "vinh-long.yaml", "against": "vinh-long.yaml"}},
	}
	for _, c := range routes {
		c.noToken = true
		if w := s.do(t, c); w.Code != http.StatusForbidden {
			t.Errorf("%s %s without token: %d", c.method, c.target, w.Code)
		}
		c.header = map[string]string{"X-QD-Token": strings.Repeat("0", len(s.Token()))}
		if w := s.do(t, c); w.Code != http.StatusForbidden {
			t.Errorf("%s %s with a wrong token: %d", c.method, c.target, w.Code)
		}
		c.header = nil
		c.noToken = false
		if w := s.do(t, c); w.Code == http.StatusForbidden {
			t.Errorf("%s %s with the token: refused: %s", c.method, c.target, w.Body)
		}
	}
	// A token in the query is for download links only, not for changes.
	w := s.do(t, call{method: "POST", target: "/api/save?token=" + s.Token(), noToken: true,
		body: map[string]any{"path": "vinh-long.yaml", "version": f.Version, "yaml": "kind: x\n"}})
	if w.Code != http.StatusForbidden {
		t.Errorf("save with the token in the query: %d", w.Code)
	}
	w = s.do(t, call{method: "POST", target: "/api/save", body: `{"path":"vinh-long.yaml"}`, header: map[string]string{"Content-Type": "text/plain"}})
	if w.Code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain body: %d", w.Code)
	}
	big := `{"path":"vinh-long.yaml","yaml":"` + strings.Repeat("a", maxBody) + `"}`
	if w := s.do(t, call{method: "POST", target: "/api/check", body: big}); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d", w.Code)
	}
	if w := s.do(t, call{method: "GET", target: "/api/basis?q=" + strings.Repeat("a", maxQuery+1)}); w.Code != http.StatusRequestURITooLong {
		t.Errorf("oversized query: %d", w.Code)
	}
	// The file on disk is what it was: vinh-long.yaml was saved once above as "kind: x".
	if data, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml")); string(data) != "kind: x\n" {
		t.Errorf("file after the save with the token: %q", data)
	}
}

// Nothing outside DIR is read or written: "..", absolute paths, hidden files, other
// extensions and symbolic links that lead out are refused.
func TestPathsConfinedToDir(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.yaml")
	os.WriteFile(secret, []byte("kind: thanh_lap\ncommittee: {name: BÍ MẬT}\n"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "out")); err != nil {
		t.Fatal(err)
	}
	bad := []string{"../secret.yaml", "/etc/passwd", "a/../../x.yaml", "..%2fsecret.yaml", ".hidden.yaml", "x.txt", "sub//x.yaml", "x.yaml\x00", `..\x.yaml`, "", "link.yaml", "out/secret.yaml"}
	for _, p := range bad {
		w := s.do(t, call{method: "GET", target: "/api/file?path=" + strings.ReplaceAll(p, "\x00", "%00")})
		if w.Code == 200 || strings.Contains(w.Body.String(), "BÍ MẬT") {
			t.Errorf("read %q: %d %s", p, w.Code, w.Body)
		}
		w = s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": p, "version": "", "yaml": "kind: thanh_lap\n"}})
		if w.Code == 200 {
			t.Errorf("write %q: %d", p, w.Code)
		}
		w = s.do(t, call{method: "POST", target: "/api/new", body: map[string]any{"path": p, "kind": "thanh_lap"}})
		if w.Code == 200 && p != "x.txt" { // x.txt becomes x.txt.yaml in DIR
			t.Errorf("new %q: %d", p, w.Code)
		}
	}
	if data, _ := os.ReadFile(secret); !strings.Contains(string(data), "BÍ MẬT") {
		t.Fatal("the file outside DIR was changed")
	}
	entries, _ := os.ReadDir(outside)
	if len(entries) != 1 {
		t.Fatalf("files written outside DIR: %v", entries)
	}
	var list struct{ Files []listEntry }
	decode(t, s.do(t, call{method: "GET", target: "/api/files"}), &list)
	for _, f := range list.Files {
		if f.Committee == "BÍ MẬT" {
			t.Errorf("the list shows a file outside DIR: %+v", f)
		}
	}
}

// The list shows each decision's kind, committee, date and counts, as qd validate finds them.
func TestList(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml", "kien-giang.yaml")
	os.MkdirAll(filepath.Join(dir, "cu"), 0o755)
	os.WriteFile(filepath.Join(dir, "cu", "hong.yaml"), []byte("kind: [\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "ghi-chu.txt"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "x.yaml"), []byte("kind: thanh_lap\n"), 0o644)
	var list struct{ Files []listEntry }
	decode(t, s.do(t, call{method: "GET", target: "/api/files"}), &list)
	var names []string
	for _, f := range list.Files {
		names = append(names, f.Path)
	}
	if want := []string{"cu/hong.yaml", "kien-giang.yaml", "vinh-long.yaml"}; !slices.Equal(names, want) {
		t.Fatalf("listed %v, want %v", names, want)
	}
	for _, f := range list.Files {
		data, _ := os.ReadFile(filepath.Join(dir, f.Path))
		d, diags := decision.Load(f.Path, data)
		if d != nil && !decision.HasErrors(diags) {
			diags = append(diags, decision.Validate(d)...)
		}
		errs, warns := 0, 0
		for _, g := range diags {
			if g.Severity == decision.Error {
				errs++
			} else {
				warns++
			}
		}
		if f.Errors != errs || f.Warnings != warns {
			t.Errorf("%s: %d errors %d warnings, qd validate finds %d and %d", f.Path, f.Errors, f.Warnings, errs, warns)
		}
		if d != nil && (f.Kind != string(d.Kind) || f.Committee != d.Committee.Name || f.Date != d.Date.String()) {
			t.Errorf("%s: %+v", f.Path, f)
		}
	}
	if list.Files[0].Problem == nil || !strings.Contains(list.Files[0].Problem.VI, "YAML") {
		t.Errorf("a broken file's problem: %+v", list.Files[0].Problem)
	}
	if list.Files[2].Kind != "thanh_lap" || list.Files[2].Date != "2018-12" {
		t.Errorf("vinh-long: %+v", list.Files[2])
	}
}

// Editing a field gives the diagnostics of qd validate keyed by the field's YAML path, and
// putting it right takes them away.
func TestCheckKeysDiagnosticsByField(t *testing.T) {
	s, _ := newTest(t, "vinh-long.yaml")
	f := s.open(t, "vinh-long.yaml")
	if !strings.HasPrefix(string(f.State), `{"kind":"thanh_lap","symbol":`) {
		t.Errorf("state does not keep the file's key order: %.60s", f.State)
	}
	base := fields(f.Checked)
	check := func(edit func(m map[string]any)) checked {
		m := state(t, f.State)
		edit(m)
		w := s.do(t, call{method: "POST", target: "/api/check", body: map[string]any{"path": "vinh-long.yaml", "version": f.Version, "state": m}})
		if w.Code != 200 {
			t.Fatalf("check: %d %s", w.Code, w.Body)
		}
		var r struct {
			Checked checked `json:"checked"`
			Stale   bool    `json:"stale"`
		}
		decode(t, w, &r)
		if r.Stale {
			t.Error("stale without any change on disk")
		}
		return r.Checked
	}
	members := func(m map[string]any) []any { return m["members"].([]any) }
	c := check(func(m map[string]any) { delete(members(m)[1].(map[string]any), "position") })
	if !slices.Contains(fields(c), "members[1].position field") || c.Errors != 1 {
		t.Errorf("member without a position: %v", fields(c))
	}
	c = check(func(m map[string]any) { members(m)[1].(map[string]any)["role"] = "pho_ban" })
	if !slices.Contains(fields(c), "members[1].role field") {
		t.Errorf("bad role: %v", fields(c))
	}
	c = check(func(m map[string]any) { m["date"] = "2018-13" })
	if !slices.Contains(fields(c), "date wrong-type") || !strings.Contains(c.Diagnostics[0].VI, "ngày") || !strings.Contains(c.Diagnostics[0].EN, "date") {
		t.Errorf("bad date: %+v", c.Diagnostics)
	}
	c = check(func(m map[string]any) { m["date"] = "2018-12-20" })
	if c.Errors != 0 || !strings.Contains(c.Preview, "ngày 20 tháng 12 năm 2018") {
		t.Errorf("good date: %v", fields(c))
	}
	c = check(func(m map[string]any) {})
	if !slices.Equal(fields(c), base) {
		t.Errorf("unchanged state: %v, file: %v", fields(c), base)
	}
}

// The diagnostics of an unchanged file are those of qd validate, for every example.
func TestCheckAsValidate(t *testing.T) {
	examples, _ := filepath.Glob("../examples/*.yaml")
	var names []string
	for _, e := range examples {
		names = append(names, filepath.Base(e))
	}
	s, dir := newTest(t, names...)
	for _, n := range names {
		f := s.open(t, n)
		data, _ := os.ReadFile(filepath.Join(dir, n))
		d, diags := decision.Load(n, data)
		if !decision.HasErrors(diags) {
			diags = append(diags, decision.Validate(d)...)
		}
		decision.SortDiagnostics(diags)
		var want []string
		for _, g := range diags {
			want = append(want, g.Field+" "+g.Rule)
		}
		if got := fields(f.Checked); !slices.Equal(got, want) {
			t.Errorf("%s: %v, qd validate: %v", n, got, want)
		}
		if f.Checked.YAML != string(data) {
			t.Errorf("%s: the YAML shown is not the file", n)
		}
	}
}

// Saving writes only what changed: comments, key order and styles stay; an unchanged form
// saves the same bytes.
func TestSaveKeepsTheClerksFile(t *testing.T) {
	examples, _ := filepath.Glob("../examples/*.yaml")
	for _, e := range examples {
		n := filepath.Base(e)
		s, dir := newTest(t, n)
		f := s.open(t, n)
		before, _ := os.ReadFile(filepath.Join(dir, n))
		w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": n, "version": f.Version, "state": state(t, f.State)}})
		if w.Code != 200 {
			t.Fatalf("%s: save: %d %s", n, w.Code, w.Body)
		}
		after, _ := os.ReadFile(filepath.Join(dir, n))
		if !bytes.Equal(before, after) {
			t.Errorf("%s: saving an unchanged form changed the file", n)
		}
	}
	s, dir := newTest(t, "vinh-long.yaml")
	f := s.open(t, "vinh-long.yaml")
	before, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	m := state(t, f.State)
	m["members"].([]any)[4].(map[string]any)["position"] = "Phó Giám đốc"
	m["number"] = "05" // a new key: after kind, as in the model, and quoted
	m["effect"].(map[string]any)["from"] = "2019-01-01"
	w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": f.Version, "state": m}})
	if w.Code != 200 {
		t.Fatalf("save: %d %s", w.Code, w.Body)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	bl, al := strings.Split(string(before), "\n"), strings.Split(string(after), "\n")
	var added, removed []string
	for _, l := range al {
		if !slices.Contains(bl, l) {
			added = append(added, l)
		}
	}
	for _, l := range bl {
		if !slices.Contains(al, l) {
			removed = append(removed, l)
		}
	}
	wantAdded := []string{`number: "05"`, `  - {role: uy_vien, position: Phó Giám đốc, organization: Sở Kế hoạch và Đầu tư}`, `  from: 2019-01-01`}
	// (The state arrives with its keys sorted, as Go writes maps: the server places new keys
	// in the model's order, whatever order the page sends.)
	if !slices.Equal(added, wantAdded) || len(removed) != 1 || !strings.Contains(removed[0], "Giám đốc, organization: Sở Kế hoạch") {
		t.Errorf("added %q\nremoved %q", added, removed)
	}
	if !strings.Contains(string(after), "kind: thanh_lap\nnumber: \"05\"\nsymbol:") || !strings.HasPrefix(string(after), "# Quyết định của Chủ tịch UBND tỉnh Vĩnh Long") {
		t.Errorf("new key out of place or header comment lost:\n%.400s", after)
	}
	if !strings.Contains(string(after), "  # Câu hiệu lực viết như nguồn") {
		t.Error("a comment inside a changed block was lost")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	var r struct{ Version string }
	decode(t, w, &r)
	if r.Version != version(after) {
		t.Error("the new version is not the saved content's")
	}
}

// A second tab, or an outside edit, since the page opened the file: the save is refused and
// reported, and overwriting needs the version of what is overwritten.
func TestSaveDetectsConflicts(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	p := filepath.Join(dir, "vinh-long.yaml")
	tab1, tab2 := s.open(t, "vinh-long.yaml"), s.open(t, "vinh-long.yaml")
	m := state(t, tab1.State)
	m["place"] = "Vĩnh Long (tab 1)"
	if w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": tab1.Version, "state": m}}); w.Code != 200 {
		t.Fatalf("tab 1: %d", w.Code)
	}
	saved, _ := os.ReadFile(p)
	m2 := state(t, tab2.State)
	m2["place"] = "Vĩnh Long (tab 2)"
	w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": tab2.Version, "state": m2}})
	var conflict struct{ Error, Current, VI, EN string }
	decode(t, w, &conflict)
	if w.Code != http.StatusConflict || conflict.Current != version(saved) || !strings.Contains(conflict.VI, "sửa ở nơi khác") {
		t.Fatalf("tab 2 over tab 1: %d %+v", w.Code, conflict)
	}
	if now, _ := os.ReadFile(p); !bytes.Equal(now, saved) {
		t.Fatal("tab 2 overwrote tab 1 silently")
	}
	// The check tells tab 2 early.
	w = s.do(t, call{method: "POST", target: "/api/check", body: map[string]any{"path": "vinh-long.yaml", "version": tab2.Version, "state": m2}})
	var ck struct{ Stale bool }
	decode(t, w, &ck)
	if !ck.Stale {
		t.Error("check does not report the change on disk")
	}
	// An outside edit.
	os.WriteFile(p, append(saved, []byte("# sửa bằng tay\n")...), 0o644)
	tab1Now := version(saved)
	if w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": tab1Now, "state": m}}); w.Code != http.StatusConflict {
		t.Fatalf("over an outside edit: %d", w.Code)
	}
	// Overwriting on purpose names what it overwrites.
	edited, _ := os.ReadFile(p)
	if w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": version(edited), "state": m2}}); w.Code != 200 {
		t.Fatalf("overwrite with the current version: %d", w.Code)
	}
	if now, _ := os.ReadFile(p); !strings.Contains(string(now), "place: Vĩnh Long (tab 2)") {
		t.Error("the overwrite did not write")
	}
	// A file deleted since it was opened is a conflict too.
	os.Remove(p)
	if w := s.do(t, call{method: "POST", target: "/api/save", body: map[string]any{"path": "vinh-long.yaml", "version": tab1.Version, "state": m}}); w.Code != http.StatusConflict {
		t.Errorf("save over a deleted file: %d", w.Code)
	}
}

// New drafts come from qd init's skeleton for each kind of the model; no file is replaced.
func TestNewDraft(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	for _, k := range decision.Kinds {
		name := "moi-" + string(k)
		w := s.do(t, call{method: "POST", target: "/api/new", body: map[string]any{"path": name, "kind": k, "place": "An Giang"}})
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", k, w.Code, w.Body)
		}
		data, err := os.ReadFile(filepath.Join(dir, name+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		d, diags := decision.Load(name, data)
		if d == nil || d.Kind != k || decision.HasErrors(diags) || d.Place != "An Giang" {
			t.Errorf("%s: kind %v, diagnostics %v", k, d, diags)
		}
	}
	before, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	if w := s.do(t, call{method: "POST", target: "/api/new", body: map[string]any{"path": "vinh-long.yaml", "kind": "thanh_lap"}}); w.Code != http.StatusConflict {
		t.Errorf("new over an existing file: %d", w.Code)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml")); !bytes.Equal(before, after) {
		t.Error("new replaced a file")
	}
	if w := s.do(t, call{method: "POST", target: "/api/new", body: map[string]any{"path": "x", "kind": "giai_the"}}); w.Code != 400 {
		t.Errorf("unknown kind: %d", w.Code)
	}
	if w := s.do(t, call{method: "POST", target: "/api/new", body: map[string]any{"path": "khong-co/x", "kind": "thanh_lap"}}); w.Code != 400 {
		t.Errorf("missing folder: %d", w.Code)
	}
}

// The registry search is qd basis's: documents in force on the decision's date.
func TestBasisSearch(t *testing.T) {
	s, _ := newTest(t)
	var r struct {
		Results []struct{ Key, Citation string }
	}
	decode(t, s.do(t, call{method: "GET", target: "/api/basis?q=ch%C3%ADnh+quy%E1%BB%81n+%C4%91%E1%BB%8Ba+ph%C6%B0%C6%A1ng&date=2018-12"}), &r)
	if len(r.Results) == 0 || !strings.Contains(r.Results[0].Citation, "Luật Tổ chức chính quyền địa phương") || r.Results[0].Key == "" {
		t.Fatalf("results: %+v", r.Results)
	}
	if w := s.do(t, call{method: "GET", target: "/api/basis?q=x&date=hôm-nay"}); w.Code != 400 {
		t.Errorf("bad date: %d", w.Code)
	}
}

// Downloads are what qd draft writes from the saved file, and nothing while it has errors.
func TestDownload(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	data, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	d, _ := decision.Load("vinh-long.yaml", data)
	var want bytes.Buffer
	render.Document(d, render.Options{}).Write(&want)
	w := s.do(t, call{method: "GET", target: "/api/download?path=vinh-long.yaml&format=docx", noToken: true, header: map[string]string{}})
	if w.Code != http.StatusForbidden {
		t.Errorf("download without token: %d", w.Code)
	}
	w = s.do(t, call{method: "GET", target: "/api/download?path=vinh-long.yaml&format=docx&token=" + s.Token(), noToken: true})
	if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), want.Bytes()) {
		t.Fatalf("docx: %d, same bytes as the renderer: %v", w.Code, bytes.Equal(w.Body.Bytes(), want.Bytes()))
	}
	if cd := w.Header().Get("Content-Disposition"); cd != "attachment; filename*=UTF-8''vinh-long.docx" {
		t.Errorf("Content-Disposition = %q", cd)
	}
	w = s.do(t, call{method: "GET", target: "/api/download?path=vinh-long.yaml&format=md"})
	if w.Code != 200 || !strings.Contains(w.Body.String(), "## QUYẾT ĐỊNH") {
		t.Errorf("md: %d", w.Code)
	}
	if w := s.do(t, call{method: "GET", target: "/api/download?path=vinh-long.yaml&format=pdf"}); w.Code != 400 {
		t.Errorf("pdf without LibreOffice: %d", w.Code)
	}
	os.WriteFile(filepath.Join(dir, "vinh-long.yaml"), bytes.Replace(data, []byte("date: 2018-12\n"), []byte("date: 2018-13\n"), 1), 0o644)
	if w := s.do(t, call{method: "GET", target: "/api/download?path=vinh-long.yaml&format=docx"}); w.Code != http.StatusUnprocessableEntity {
		t.Errorf("download of a file with errors: %d", w.Code)
	}
	// With a PDF converter (LibreOffice in qd serve), PDF is offered and used.
	s2, _ := newTest(t, "kien-giang.yaml")
	s2.opts.PDF = func(doc *docx.Document, w io.Writer) error {
		_, err := io.WriteString(w, "%PDF-"+doc.Title)
		return err
	}
	w = s2.do(t, call{method: "GET", target: "/api/download?path=kien-giang.yaml&format=pdf"})
	if w.Code != 200 || !strings.HasPrefix(w.Body.String(), "%PDF-Quyết định") || w.Header().Get("Content-Type") != "application/pdf" {
		t.Errorf("pdf: %d %q", w.Code, w.Body.String())
	}
}

// The preview is the layout plan: every paragraph of the .docx, in order, in its style.
func TestPreviewIsTheLayoutPlan(t *testing.T) {
	data, _ := os.ReadFile("../examples/kien-giang.yaml")
	d, _ := decision.Load("kien-giang.yaml", data)
	doc := render.Document(d, render.Options{})
	html := previewHTML(doc)
	if got := strings.Count(html, "<section "); got != len(doc.Sections) {
		t.Errorf("%d sections, the document has %d", got, len(doc.Sections))
	}
	at := 0
	for _, s := range doc.Sections {
		for _, b := range s.Body {
			var ps []docx.Paragraph
			switch b := b.(type) {
			case docx.Paragraph:
				ps = append(ps, b)
			case docx.Table:
				for _, row := range b.Rows {
					for _, c := range row {
						ps = append(ps, c.Paragraphs...)
					}
				}
			}
			for _, p := range ps {
				open := `<p class="s-` + p.Style + `"`
				i := strings.Index(html[at:], open)
				if i < 0 {
					t.Fatalf("paragraph %q (%s) missing or out of order", p.Text(), p.Style)
				}
				at += i + len(open)
				for _, r := range p.Runs {
					first := strings.Split(r.Text, "\n")[0]
					if first != "" && !strings.Contains(html[at:], escapeHTML(first)) {
						t.Fatalf("text %q missing", first)
					}
				}
			}
		}
	}
	for _, css := range []string{".qd-section p.s-BodyText{", "text-indent:28.35pt", ".qd-section p.s-Issuer{", "font-weight:bold", "font-size:13pt", "border-bottom:0.75pt solid"} {
		if !strings.Contains(html, css) {
			t.Errorf("CSS from styles.xml lacks %q", css)
		}
	}
	if !strings.Contains(html, `--pw:595.3pt;--ph:841.9pt;--mt:56.7pt;--mb:56.7pt;--ml:85.05pt;--mr:42.5pt`) {
		t.Errorf("page geometry missing: %.300s", html[strings.Index(html, "<section"):])
	}
	if !strings.Contains(html, `data-field="PAGE"`) {
		t.Error("no page number field in the header")
	}
}

func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// The schema the form is built from carries the model's field order and Vietnamese role names.
func TestFormSchema(t *testing.T) {
	s, _ := newTest(t)
	var sc map[string]any
	decode(t, s.do(t, call{method: "GET", target: "/api/schema"}), &sc)
	order := sc["x-order"].([]any)
	if order[0] != "kind" || order[1] != "number" || !slices.Contains(order, "regulation") {
		t.Errorf("x-order = %v", order)
	}
	role := sc["properties"].(map[string]any)["members"].(map[string]any)["items"].(map[string]any)["properties"].(map[string]any)["role"].(map[string]any)
	labels := role["x-enumLabels"].(map[string]any)
	if labels["pho_truong_ban_thuong_truc"].(map[string]any)["vi"] != "Phó Trưởng ban thường trực" || labels["thu_ky"].(map[string]any)["en"] != "Secretary" {
		t.Errorf("role labels = %v", labels)
	}
	if codes := role["x-codes"].([]any); len(labels) != len(codes) || len(codes) != len(decision.Roles) || codes[0] != "truong_ban" {
		t.Errorf("codes %v, labels %v", codes, labels)
	}
}

// Hostile states are refused with a message, never a panic.
func TestHostileStates(t *testing.T) {
	s, _ := newTest(t, "vinh-long.yaml")
	deep := strings.Repeat(`{"a":`, 100) + "1" + strings.Repeat("}", 100)
	for _, st := range []string{`[]`, `"x"`, `{"kind":`, deep, `{"a":1,"a":2}`, `{"members":[{"count":1e400}]}`, `{"members":` + strings.Repeat("[", 50) + strings.Repeat("]", 50) + `}`} {
		w := s.do(t, call{method: "POST", target: "/api/check", body: `{"path":"vinh-long.yaml","state":` + st + `}`})
		if w.Code != 400 && w.Code != 200 {
			t.Errorf("state %.40s: %d %s", st, w.Code, w.Body)
		}
		if w.Code == 400 {
			// the refusal is in one language each: no Go or JSON words in the Vietnamese
			var e struct{ VI, EN string }
			decode(t, w, &e)
			for _, word := range []string{"must", "the ", "invalid", "unexpected", "nested", "duplicate", "trailing", "EOF", "JSON value"} {
				if strings.Contains(e.VI, word) {
					t.Errorf("state %.40s: Vietnamese refusal %q says %q", st, e.VI, word)
				}
			}
			if e.EN == "" || e.VI == "" {
				t.Errorf("state %.40s: %s", st, w.Body)
			}
		}
	}
}

// qd import through the page: a .docx qd wrote gives back its YAML byte for byte; a text
// file is read as a decision; the new file never replaces one and stays inside DIR.
func TestImport(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	src, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	docxBytes := s.do(t, call{method: "GET", target: "/api/download?path=vinh-long.yaml&format=docx"}).Body.Bytes()
	send := func(name string, data []byte) *httptest.ResponseRecorder {
		return s.do(t, call{method: "POST", target: "/api/import", body: map[string]any{"name": name, "data": data}})
	}
	w := send("../../vinh-long.docx", docxBytes)
	var r struct {
		Path     string
		Embedded bool
	}
	decode(t, w, &r)
	if w.Code != 200 || r.Path != "vinh-long-2.yaml" || !r.Embedded {
		t.Fatalf("import .docx: %d %+v", w.Code, r)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, r.Path)); !bytes.Equal(got, src) {
		t.Error("the imported YAML is not the source stored in the .docx")
	}
	d, _ := decision.Load("x", src)
	text := render.Text(render.Document(d, render.Options{}), false)
	w = send("Quyết định 2018.txt", text)
	decode(t, w, &r)
	if w.Code != 200 || r.Path != "Quyết định 2018.yaml" {
		t.Fatalf("import .txt: %d %s", w.Code, w.Body)
	}
	data, _ := os.ReadFile(filepath.Join(dir, r.Path))
	back, _ := decision.Load(r.Path, data)
	if back == nil || back.Committee.Name != d.Committee.Name || len(back.Members) != len(d.Members) {
		t.Errorf("the imported text: %v", back)
	}
	for _, name := range []string{"x.doc", "x.exe", "x"} {
		if w := send(name, []byte("abc")); w.Code != 400 {
			t.Errorf("import %s: %d", name, w.Code)
		}
	}
	if w := s.do(t, call{method: "POST", target: "/api/import", body: `{"name":"x.txt","data":"***"}`}); w.Code != 400 {
		t.Errorf("bad base64: %d", w.Code)
	}
	if w := send("x.docx", []byte("PK not a zip")); w.Code == 200 {
		t.Errorf("a broken .docx: %d", w.Code)
	}
}

// The change-members decision against an earlier version, as qd change writes it.
func TestChangeMembers(t *testing.T) {
	s, dir := newTest(t, "vinh-long.yaml")
	src, _ := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	edited := bytes.Replace(src, []byte("{role: uy_vien, position: Giám đốc, organization: Sở Y tế}"), []byte("{role: uy_vien, honorific: Ông, name: Nguyễn Văn A, position: Giám đốc, organization: Sở Y tế}"), 1)
	edited = bytes.Replace(edited, []byte("  - {role: uy_vien, position: Giám đốc, organization: Sở Tư pháp}\n"), nil, 1)
	os.WriteFile(filepath.Join(dir, "vinh-long-moi.yaml"), edited, 0o644)
	w := s.do(t, call{method: "POST", target: "/api/change", body: map[string]any{"path": "vinh-long-moi.yaml", "against": "vinh-long.yaml"}})
	if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), "basis-in-force") && !strings.Contains(w.Body.String(), "không còn hiệu lực") {
		t.Errorf("undated change (checked as of today, as qd change): %d %s", w.Code, w.Body)
	}
	w = s.do(t, call{method: "POST", target: "/api/change", body: map[string]any{"path": "vinh-long-moi.yaml", "against": "vinh-long.yaml", "date": "2019-01-15"}})
	var r struct {
		Changes []string
		Path    string
	}
	decode(t, w, &r)
	if w.Code != 200 || len(r.Changes) != 2 {
		t.Fatalf("change: %d %s", w.Code, w.Body)
	}
	w = s.do(t, call{method: "GET", target: "/api/download?path=vinh-long-moi.yaml&format=docx&against=vinh-long.yaml&date=2019-01-15"})
	if w.Code != 200 || !strings.Contains(w.Header().Get("Content-Disposition"), "vinh-long-moi-thay-doi.docx") {
		t.Fatalf("download: %d %s", w.Code, w.Header())
	}
	w = s.do(t, call{method: "POST", target: "/api/change", body: map[string]any{"path": "vinh-long-moi.yaml", "against": "vinh-long.yaml", "date": "2019-01-15", "save": true}})
	decode(t, w, &r)
	data, err := os.ReadFile(filepath.Join(dir, r.Path))
	if w.Code != 200 || err != nil {
		t.Fatalf("save: %d %v", w.Code, err)
	}
	d, diags := decision.Load(r.Path, data)
	if d == nil || d.Kind != decision.KindThayDoi || decision.HasErrors(diags) {
		t.Errorf("the change-members YAML: %v %v", d, diags)
	}
	if w := s.do(t, call{method: "POST", target: "/api/change", body: map[string]any{"path": "vinh-long-moi.yaml", "against": "../x.yaml"}}); w.Code != 400 {
		t.Errorf("against outside DIR: %d", w.Code)
	}
}

// In English the form's lists never show a Vietnamese label (one language at a time).
func TestEnumLabelsEnglishOnly(t *testing.T) {
	var walk func(v any)
	n := 0
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if labels, ok := v["x-enumLabels"].(map[string]any); ok {
				for code, l := range labels {
					n++
					en := l.(map[string]string)["en"]
					for _, r := range en {
						if r > 0x7f {
							t.Errorf("code %s: English label %q is not English", code, en)
							break
						}
					}
				}
			}
			for _, c := range v {
				walk(c)
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	walk(formSchema())
	if n < 10 {
		t.Errorf("only %d labelled codes", n)
	}
}
