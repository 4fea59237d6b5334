package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
	"github.com/vanthu-vn/qd/render"
)

// diagJSON is a diagnostic as the page shows it, in both languages; Field is the YAML path
// the form's inputs carry, e.g. members[3].position.
type diagJSON struct {
	Field     string `json:"field"`
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	VI        string `json:"vi"`
	EN        string `json:"en"`
	Successor string `json:"successor,omitempty"`
}

// checked is what the page gets back for a state: the problems, the preview and the YAML
// that saving would write.
type checked struct {
	Diagnostics []diagJSON `json:"diagnostics"`
	Errors      int        `json:"errors"`
	Warnings    int        `json:"warnings"`
	Preview     string     `json:"preview"`
	YAML        string     `json:"yaml"`
}

// check loads and validates YAML (decision.Check): the rules run once the file loads
// without errors, as of the decision's own date.
func check(name string, data []byte) (*decision.Decision, []decision.Diagnostic) {
	return decision.Check(name, data, decision.CheckOptions{})
}

// checkYAML checks data and lays out its preview.
func checkYAML(name string, data []byte) checked {
	d, diags := check(name, data)
	out := checked{Diagnostics: []diagJSON{}, YAML: string(data)}
	for _, g := range diags {
		out.Diagnostics = append(out.Diagnostics, diagJSON{Field: g.Field, Rule: g.Rule, Severity: g.Severity.String(),
			Line: g.Line, Column: g.Column, VI: g.Msg.VI, EN: g.Msg.EN, Successor: g.Successor})
		if g.Severity == decision.Error {
			out.Errors++
		} else {
			out.Warnings++
		}
	}
	if d != nil {
		out.Preview = preview(d)
	}
	return out
}

// preview lays the decision out as qd draft would and writes it as HTML. A decision still
// full of errors may trip the layout; the page then says the preview is unavailable.
func preview(d *decision.Decision) (html string) {
	defer func() {
		if recover() != nil {
			html = ""
		}
	}()
	return previewHTML(render.Document(d, render.Options{}))
}

// request is the body of check and save: the form's state, or YAML typed by hand.
type request struct {
	Path    string          `json:"path"`
	Version string          `json:"version"`
	State   json.RawMessage `json:"state"`
	YAML    *string         `json:"yaml"`
}

// yamlOf turns a request into the YAML text it stands for, merged into prev.
func yamlOf(req *request, prev []byte) ([]byte, error) {
	if req.YAML != nil {
		return []byte(*req.YAML), nil
	}
	v, err := parseValue(req.State)
	if err != nil {
		return nil, err
	}
	return encodeState(prev, v)
}

// requestYAML is yamlOf for a handler: when the form's state cannot be read it answers 400
// and returns false.
func requestYAML(w http.ResponseWriter, req *request, prev []byte) ([]byte, bool) {
	data, err := yamlOf(req, prev)
	if err != nil {
		// The reason is JSON's or the state reader's, in English: the Vietnamese says what a
		// state must be instead.
		refuse(w, http.StatusBadRequest, "bad-state", "nội dung biểu mẫu không đọc được: cần một bảng JSON hợp lệ, không trùng khoá, không lồng quá sâu", "the form's state cannot be read: "+err.Error())
		return nil, false
	}
	return data, true
}

// readRequest reads the body of check and save and the file it names; when either is
// refused it has answered and returns false.
func (s *Server) readRequest(w http.ResponseWriter, r *http.Request) (req request, name string, ok bool) {
	if !readBody(w, r, &req) {
		return req, "", false
	}
	name, ok = s.name(w, req.Path)
	return req, name, ok
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	req, name, ok := s.readRequest(w, r)
	if !ok {
		return
	}
	prev, err := s.readFile(name)
	if err != nil {
		s.fileError(w, err)
		return
	}
	data, ok := requestYAML(w, &req, prev)
	if !ok {
		return
	}
	res := checkYAML(name, data)
	resp := map[string]any{"checked": res, "stale": version(prev) != req.Version, "current": version(prev)}
	if req.YAML != nil {
		if st, err := stateOf(data); err == nil {
			resp["state"] = st
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) handleFile(w http.ResponseWriter, r *http.Request) {
	name, ok := s.name(w, r.URL.Query().Get("path"))
	if !ok {
		return
	}
	data, err := s.readFile(name)
	if err != nil {
		s.fileError(w, err)
		return
	}
	if data == nil {
		refuse(w, http.StatusNotFound, "not-found", "không có tệp "+name, "no file "+name)
		return
	}
	resp := map[string]any{"path": name, "version": version(data), "checked": checkYAML(name, data)}
	if st, err := stateOf(data); err == nil {
		resp["state"] = st
	} else {
		resp["state"] = nil
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) fileError(w http.ResponseWriter, err error) {
	if errors.Is(err, errBadPath) {
		refuse(w, http.StatusBadRequest, "bad-path", "không phải tệp thường", "not a regular file")
		return
	}
	// os.Root's refusals (a symbolic link out of the folder) land here too.
	refuse(w, http.StatusForbidden, "file", "không đọc được tệp (có thể nằm ngoài thư mục đang mở)", "cannot read the file (it may lie outside the folder served)")
}

func (s *Server) handleSave(w http.ResponseWriter, r *http.Request) {
	req, name, ok := s.readRequest(w, r)
	if !ok {
		return
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	prev, err := s.readFile(name)
	if err != nil {
		s.fileError(w, err)
		return
	}
	if cur := version(prev); cur != req.Version {
		// Another tab or another program changed the file since this page read it.
		writeJSON(w, http.StatusConflict, map[string]any{"error": "conflict", "current": cur,
			"vi": "tệp " + name + " đã bị sửa ở nơi khác (tab khác hoặc chương trình khác) từ khi mở; chưa ghi gì",
			"en": "the file " + name + " was changed elsewhere (another tab or program) since it was opened; nothing written"})
		return
	}
	data, ok := requestYAML(w, &req, prev)
	if !ok {
		return
	}
	if len(data) > decision.MaxFileSize {
		refuse(w, http.StatusRequestEntityTooLarge, "too-large", "tệp quá lớn", "the file would be too large")
		return
	}
	if err := s.writeAtomic(name, data); err != nil {
		refuse(w, http.StatusInternalServerError, "write", "không ghi được "+name+": "+osfile.ErrText(decision.VI, err), "cannot write "+name+": "+osfile.ErrText(decision.EN, err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"path": name, "version": version(data), "checked": checkYAML(name, data)})
}

func (s *Server) handleNew(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Path  string `json:"path"`
		Kind  string `json:"kind"`
		Place string `json:"place"`
	}
	if !readBody(w, r, &req) {
		return
	}
	p := strings.TrimSpace(req.Path)
	if !osfile.IsYAML(p) {
		p += ".yaml"
	}
	name, ok := s.name(w, p)
	if !ok {
		return
	}
	kind := decision.Kind(req.Kind)
	known := false
	for _, k := range decision.Kinds {
		known = known || k == kind
	}
	if !known {
		refuse(w, http.StatusBadRequest, "bad-kind", "loại quyết định không có: "+req.Kind, "unknown kind of decision: "+req.Kind)
		return
	}
	place := strings.TrimSpace(req.Place)
	if len(place) > 200 || strings.ContainsAny(place, "\n\r") {
		refuse(w, http.StatusBadRequest, "bad-place", "địa danh không hợp lệ", "bad place name")
		return
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if _, err := s.root.Lstat(name); !errors.Is(err, fs.ErrNotExist) {
		refuse(w, http.StatusConflict, "exists", name+" đã có; chọn tên khác", name+" exists; choose another name")
		return
	}
	if dir := path.Dir(name); dir != "." {
		if fi, err := s.root.Stat(dir); err != nil || !fi.IsDir() {
			refuse(w, http.StatusBadRequest, "bad-path", "không có thư mục "+dir, "no folder "+dir)
			return
		}
	}
	header := "Dự thảo quyết định tạo bằng qd serve (như qd init). Thay mọi chỗ [[...]]; xoá các trường không dùng.\n" +
		"Kiểm tra: qd validate --strict " + name + "; soạn văn bản: qd draft " + name
	data, err := decision.EncodeDocumented(decision.Skeleton(decision.SkeletonOptions{Kind: kind, Place: place, Level: decision.LevelProvince}), header)
	if err != nil {
		refuse(w, http.StatusInternalServerError, "internal", "lỗi nội bộ: "+err.Error(), "internal error: "+err.Error())
		return
	}
	if err := s.writeAtomic(name, data); err != nil {
		refuse(w, http.StatusInternalServerError, "write", "không ghi được "+name+": "+osfile.ErrText(decision.VI, err), "cannot write "+name+": "+osfile.ErrText(decision.EN, err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"path": name, "version": version(data)})
}

// formats are the downloads offered: what qd draft --format writes.
func (s *Server) formats() []string {
	f := []string{"docx", "md"}
	if s.opts.PDF != nil {
		f = append(f, "pdf")
	}
	return f
}

// handleDownload writes the saved file as qd draft would: nothing when it has errors.
func (s *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	name, ok := s.name(w, q.Get("path"))
	if !ok {
		return
	}
	format := q.Get("format")
	ok = false
	for _, f := range s.formats() {
		ok = ok || f == format
	}
	if !ok {
		refuse(w, http.StatusBadRequest, "bad-format", "định dạng không có: "+format, "unknown format: "+format)
		return
	}
	data, err := s.readFile(name)
	if err != nil || data == nil {
		if err == nil {
			refuse(w, http.StatusNotFound, "not-found", "không có tệp "+name, "no file "+name)
			return
		}
		s.fileError(w, err)
		return
	}
	d, diags := check(name, data)
	if d == nil || decision.HasErrors(diags) {
		writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": "has-errors",
			"vi": "tệp đã lưu còn lỗi nên không soạn văn bản (như qd draft)", "en": "the saved file has errors, so nothing is drafted (as qd draft)"})
		return
	}
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	if against := q.Get("against"); against != "" {
		// The change-members decision from an earlier version to this one, as qd change.
		if d, _, _, ok = s.changeOf(w, name, against, q.Get("date")); !ok {
			return
		}
		base += "-thay-doi"
	}
	doc := render.Document(d, render.Options{})
	var b bytes.Buffer
	ctype := map[string]string{"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"md": "text/markdown; charset=utf-8", "pdf": "application/pdf"}[format]
	switch format {
	case "docx":
		err = doc.Write(&b)
	case "md":
		b.Write(render.Text(doc, true))
	case "pdf":
		err = s.opts.PDF(doc, &b)
	}
	if err != nil {
		refuse(w, http.StatusInternalServerError, "render", "không soạn được văn bản: "+err.Error(), "cannot write the document: "+err.Error())
		return
	}
	base += "." + format
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(base))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b.Bytes())
}

// listEntry is one decision in the list, cached until the file changes.
type listEntry struct {
	Path      string `json:"path"`
	Kind      string `json:"kind"`
	Committee string `json:"committee"`
	Date      string `json:"date"`
	Errors    int    `json:"errors"`
	Warnings  int    `json:"warnings"`
	Problem   *struct {
		VI string `json:"vi"`
		EN string `json:"en"`
	} `json:"problem,omitempty"`
	Modified string `json:"modified"`
	size     int64
	mtime    time.Time
}

func (s *Server) handleFiles(w http.ResponseWriter, r *http.Request) {
	names, err := s.listNames()
	if err != nil {
		refuse(w, http.StatusInternalServerError, "list", "không đọc được thư mục: "+osfile.ErrText(decision.VI, err), "cannot read the folder: "+osfile.ErrText(decision.EN, err))
		return
	}
	out := []listEntry{}
	s.listMu.Lock()
	defer s.listMu.Unlock()
	for _, n := range names {
		fi, err := s.root.Stat(n)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if e, ok := s.list[n]; ok && e.size == fi.Size() && e.mtime.Equal(fi.ModTime()) {
			out = append(out, e)
			continue
		}
		e := listEntry{Path: n, size: fi.Size(), mtime: fi.ModTime(), Modified: fi.ModTime().Format("2006-01-02 15:04")}
		data, err := s.readFile(n)
		if err != nil || data == nil {
			continue
		}
		d, diags := check(n, data)
		for _, g := range diags {
			if g.Severity == decision.Error {
				e.Errors++
			} else {
				e.Warnings++
			}
		}
		if d != nil {
			e.Kind, e.Committee, e.Date = string(d.Kind), d.Committee.Name, d.Date.String()
		} else if len(diags) > 0 {
			e.Problem = &struct {
				VI string `json:"vi"`
				EN string `json:"en"`
			}{diags[0].Msg.VI, diags[0].Msg.EN}
		}
		s.list[n] = e
		out = append(out, e)
	}
	writeJSON(w, http.StatusOK, map[string]any{"files": out})
}

func (s *Server) handleSchema(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, formSchema())
}
