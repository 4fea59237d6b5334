// Package server is `qd serve`: a web page on 127.0.0.1 where a clerk drafts a decision in a
// form generated from the model's JSON Schema, sees the diagnostics of qd validate beside
// each field and a preview from the .docx layout plan, and saves the YAML.
package server

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render/docx"
)

//go:embed assets
var assets embed.FS

// Options configure a Server.
type Options struct {
	// Dir is the folder of drafts served; nothing outside it is read or written.
	Dir string
	// Lang is the page's language until the clerk switches it.
	Lang decision.Lang
	// Port, when not zero, is the only port accepted in the Host header.
	Port int
	// PDF converts a document to PDF (LibreOffice); nil leaves the PDF download out.
	PDF func(doc *docx.Document, w io.Writer) error
}

// Server serves one folder of drafts. It is an http.Handler.
type Server struct {
	root  *os.Root
	dir   string
	token string
	opts  Options
	mux   *http.ServeMux
	// writeMu makes the check of a file's version and its replacement one step.
	writeMu sync.Mutex
	listMu  sync.Mutex
	list    map[string]listEntry
}

// Limits on requests.
const (
	// maxBody bounds a posted form state: a decision file is at most decision.MaxFileSize,
	// and its JSON form is about the same size.
	maxBody = 2*decision.MaxFileSize + 64<<10
	// maxQuery bounds a URL's query.
	maxQuery = 4 << 10
)

// New opens dir and returns its server, with a fresh session token.
func New(o Options) (*Server, error) {
	if o.Dir == "" {
		o.Dir = "."
	}
	if o.Lang == "" {
		o.Lang = decision.VI
	}
	root, err := os.OpenRoot(o.Dir)
	if err != nil {
		return nil, err
	}
	var t [24]byte
	if _, err := rand.Read(t[:]); err != nil {
		root.Close()
		return nil, err
	}
	s := &Server{root: root, dir: o.Dir, token: hex.EncodeToString(t[:]), opts: o, list: map[string]listEntry{}}
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handleIndex)
	m.HandleFunc("GET /static/{file}", s.handleStatic)
	m.HandleFunc("GET /api/meta", s.api(s.handleMeta))
	m.HandleFunc("GET /api/schema", s.api(s.handleSchema))
	m.HandleFunc("GET /api/files", s.api(s.handleFiles))
	m.HandleFunc("GET /api/file", s.api(s.handleFile))
	m.HandleFunc("POST /api/check", s.api(s.handleCheck))
	m.HandleFunc("POST /api/save", s.api(s.handleSave))
	m.HandleFunc("POST /api/new", s.api(s.handleNew))
	m.HandleFunc("GET /api/basis", s.api(s.handleBasis))
	m.HandleFunc("GET /api/download", s.api(s.handleDownload))
	m.HandleFunc("POST /api/change", s.api(s.handleChange))
	m.HandleFunc("POST /api/import", s.apiLimit(maxImport*4/3+4096, s.handleImport))
	s.mux = m
	return s, nil
}

// Token is the session token: the page gets it from the address qd serve prints.
func (s *Server) Token() string { return s.token }

// Close releases the folder.
func (s *Server) Close() error { return s.root.Close() }

// URL is the address to open for a server listening on addr.
func (s *Server) URL(addr string) string {
	return "http://" + addr + "/?t=" + s.token
}

// ServeHTTP refuses requests from anywhere but this machine's own page, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
	if !s.localHost(r.Host) {
		// DNS rebinding: a foreign name that resolves to 127.0.0.1 still says its name here.
		refuse(w, http.StatusMisdirectedRequest, "foreign-host", "địa chỉ máy chủ không phải 127.0.0.1 hay localhost", "the Host is not 127.0.0.1 or localhost")
		return
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
		refuse(w, http.StatusForbidden, "foreign-origin", "yêu cầu đến từ trang khác", "the request comes from another site")
		return
	}
	if sf := r.Header.Get("Sec-Fetch-Site"); sf != "" && sf != "same-origin" && sf != "none" {
		refuse(w, http.StatusForbidden, "foreign-origin", "yêu cầu đến từ trang khác", "the request comes from another site")
		return
	}
	if len(r.URL.RawQuery) > maxQuery || len(r.URL.Path) > maxQuery {
		refuse(w, http.StatusRequestURITooLong, "too-large", "địa chỉ quá dài", "the address is too long")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// localHost reports whether a Host header names this machine's loopback (and our port).
func (s *Server) localHost(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		return false
	}
	if s.opts.Port != 0 && port != strconv.Itoa(s.opts.Port) {
		return false
	}
	switch host {
	case "127.0.0.1", "localhost", "::1":
		return true
	}
	return false
}

// refuse answers with a JSON error in both languages.
func refuse(w http.ResponseWriter, status int, code, vi, en string) {
	writeJSON(w, status, map[string]any{"error": code, "vi": vi, "en": en})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// validToken compares a token in constant time.
func (s *Server) validToken(t string) bool {
	return len(t) == len(s.token) && subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1
}

// api wraps an API handler: the session token (header, or query for a download link),
// JSON bodies only, bounded in size.
func (s *Server) api(h http.HandlerFunc) http.HandlerFunc { return s.apiLimit(maxBody, h) }

// apiLimit is api with its own bound on the body (an imported .docx is larger than a form).
func (s *Server) apiLimit(limit int64, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		t := r.Header.Get("X-QD-Token")
		if t == "" && r.Method == http.MethodGet {
			t = r.URL.Query().Get("token")
		}
		if !s.validToken(t) {
			refuse(w, http.StatusForbidden, "token", "thiếu mã phiên hoặc mã không đúng; mở lại trang bằng địa chỉ qd serve in ra",
				"missing or wrong session token; open the page again at the address qd serve printed")
			return
		}
		if r.Method == http.MethodPost {
			mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if mt != "application/json" {
				refuse(w, http.StatusUnsupportedMediaType, "content-type", "cần nội dung JSON", "expected a JSON body")
				return
			}
			if r.ContentLength > limit {
				refuse(w, http.StatusRequestEntityTooLarge, "too-large", "yêu cầu quá lớn", "the request is too large")
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, limit)
		}
		h(w, r)
	}
}

// readBody reads a JSON request body; it answers the error itself and returns nil.
func readBody(w http.ResponseWriter, r *http.Request, v any) bool {
	data, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		refuse(w, http.StatusRequestEntityTooLarge, "too-large", "yêu cầu quá lớn", "the request is too large")
		return false
	}
	if err != nil || json.Unmarshal(data, v) != nil {
		refuse(w, http.StatusBadRequest, "bad-request", "yêu cầu không đọc được", "the request cannot be read")
		return false
	}
	return true
}

// name reads and checks the file name of a request.
func (s *Server) name(w http.ResponseWriter, raw string) (string, bool) {
	n, err := cleanName(raw)
	if err != nil {
		refuse(w, http.StatusBadRequest, "bad-path", "tên tệp không hợp lệ: cần một tệp .yaml trong thư mục đang mở", "bad file name: expected a .yaml file inside the folder served")
		return "", false
	}
	return n, true
}

// cookieName is per port, as cookies are shared by every port of a host.
func (s *Server) cookieName(r *http.Request) string {
	_, port, _ := net.SplitHostPort(r.Host)
	return "qd_session_" + port
}

// handleIndex serves the page. The session token comes once in the address printed by
// qd serve; the page then keeps it in an HttpOnly same-site cookie.
func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	if t := r.URL.Query().Get("t"); t != "" {
		if !s.validToken(t) {
			s.noSession(w)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: s.cookieName(r), Value: s.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	c, err := r.Cookie(s.cookieName(r))
	if err != nil || !s.validToken(c.Value) {
		s.noSession(w)
		return
	}
	page, _ := assets.ReadFile("assets/index.html")
	page = bytes.Replace(page, []byte("{{TOKEN}}"), []byte(s.token), 1)
	page = bytes.Replace(page, []byte("{{LANG}}"), []byte(s.opts.Lang), 2)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(page)
}

func (s *Server) noSession(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusForbidden)
	io.WriteString(w, `<!doctype html><meta charset="utf-8"><title>qd</title><p>Mở trang bằng địa chỉ có mã phiên mà lệnh <code>qd serve</code> in ra.</p><p lang="en">Open the page at the address with the session token that <code>qd serve</code> printed.</p>`)
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	f := r.PathValue("file")
	data, err := fs.ReadFile(assets, "assets/"+f)
	if err != nil || f == "index.html" {
		http.NotFound(w, r)
		return
	}
	ct := mime.TypeByExtension(path.Ext(f))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, f, time.Time{}, bytes.NewReader(data))
}

// handleMeta tells the page what this server offers.
func (s *Server) handleMeta(w http.ResponseWriter, r *http.Request) {
	var kinds []map[string]string
	for _, k := range decision.Kinds {
		kinds = append(kinds, map[string]string{"code": string(k), "vi": kindLabel(k, decision.VI), "en": kindLabel(k, decision.EN)})
	}
	abs, _ := absDir(s.dir)
	writeJSON(w, http.StatusOK, map[string]any{
		"lang": s.opts.Lang, "dir": abs, "kinds": kinds, "pdf": s.opts.PDF != nil,
		"formats": s.formats(), "maxFile": decision.MaxFileSize, "maxImport": maxImport,
	})
}

func absDir(dir string) (string, error) { return filepath.Abs(dir) }
