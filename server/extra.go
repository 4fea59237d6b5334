package server

import (
	"encoding/base64"
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/importer"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// maxImport bounds a file sent to qd import (as qd import itself does, 64 MB, would be too
// much to hold in a browser request; a decision's .docx or .pdf is well under 16 MB).
const maxImport = 16 << 20

// handleImport reads a .docx, .pdf, .txt (or a member list) as qd import does and writes the
// YAML as a new file in DIR, next to nothing it could replace; the notes to review come back.
func (s *Server) handleImport(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Name string `json:"name"`
		Data string `json:"data"` // base64
	}
	if !readBody(w, r, &req) {
		return
	}
	data, err := base64.StdEncoding.DecodeString(req.Data)
	if err != nil || len(data) == 0 {
		refuse(w, http.StatusBadRequest, "bad-request", "nội dung tệp không đọc được", "the file's content cannot be read")
		return
	}
	ext := strings.ToLower(path.Ext(req.Name))
	switch ext {
	case ".docx", ".pdf", ".txt":
	case ".doc":
		refuse(w, http.StatusBadRequest, "old-doc", "tệp .doc cũ: mở bằng Word hoặc LibreOffice, lưu thành .docx rồi mở lại", "an old .doc file: open it in Word or LibreOffice, save it as .docx and open that")
		return
	default:
		refuse(w, http.StatusBadRequest, "bad-format", "mở được tệp .docx, .pdf, .txt", "qd opens .docx, .pdf and .txt files")
		return
	}
	res, err := importer.Import(safeStem(req.Name)+ext, data, importer.Options{})
	if errors.Is(err, importer.ErrNoPDFToText) {
		refuse(w, http.StatusBadRequest, "no-pdftotext", "đọc .pdf cần pdftotext: sudo apt-get install poppler-utils (hoặc lưu PDF thành .docx)", "reading a .pdf needs pdftotext: sudo apt-get install poppler-utils (or save the PDF as .docx)")
		return
	}
	if err != nil || res.Decision == nil {
		vi, en := "không phải một quyết định", "not a decision"
		var ie *importer.Error
		if errors.As(err, &ie) {
			vi, en = ie.Message(decision.VI), ie.Message(decision.EN)
		} else if err != nil {
			vi, en = err.Error(), err.Error()
		}
		refuse(w, http.StatusUnprocessableEntity, "import", "không đọc được thành quyết định: "+vi, "cannot read it as a decision: "+en)
		return
	}
	name, err := s.create(safeStem(req.Name), res.YAML)
	if err != nil {
		refuse(w, http.StatusInternalServerError, "write", "không ghi được tệp YAML: "+osfile.ErrText(decision.VI, err), "cannot write the YAML file: "+osfile.ErrText(decision.EN, err))
		return
	}
	notes := []map[string]string{}
	for _, n := range res.Notes {
		notes = append(notes, map[string]string{"field": n.Field, "vi": n.Message(decision.VI), "en": n.Message(decision.EN)})
	}
	writeJSON(w, http.StatusOK, map[string]any{"path": name, "embedded": res.Embedded, "notes": notes})
}

// safeStem turns an uploaded file's name into a file name stem for DIR: no folders, no
// hidden names, no characters cleanName refuses.
func safeStem(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.TrimSuffix(name, path.Ext(name))
	stem := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == ' ' || r == '.' {
			return r
		}
		return '-'
	}, name)
	stem = strings.Trim(stem, ". ")
	if stem == "" {
		stem = "nhap"
	}
	if len(stem) > 120 {
		stem = stem[:120]
	}
	return stem
}

// create writes data as a new file stem.yaml in DIR, or stem-2.yaml... when that exists.
func (s *Server) create(stem string, data []byte) (string, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	for i := 1; i < 100; i++ {
		name := stem + ".yaml"
		if i > 1 {
			name = stem + "-" + strconv.Itoa(i) + ".yaml"
		}
		if _, err := cleanName(name); err != nil {
			return "", err
		}
		if _, err := s.root.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, s.writeAtomic(name, data)
		}
	}
	return "", errors.New("too many files named " + stem)
}

// changeOf writes the change-members decision from against (the decision in force) to name
// (the clerk's edited copy), as qd change does, from the files as saved: the decision, its
// YAML (checked, as qd change writes it) and the differences it cannot say.
func (s *Server) changeOf(w http.ResponseWriter, name, against, date string) (*decision.Decision, []byte, []decision.DiffItem, bool) {
	var co decision.ChangeOptions
	if date != "" {
		d, err := decision.ParseDate(date)
		if err != nil {
			refuse(w, http.StatusBadRequest, "bad-date", "ngày không hợp lệ: "+date, "bad date: "+date)
			return nil, nil, nil, false
		}
		co.Date = d
	}
	old, ok := s.name(w, against)
	if !ok {
		return nil, nil, nil, false
	}
	var ds [2]*decision.Decision
	for i, n := range []string{old, name} {
		data, err := s.readFile(n)
		if err != nil || data == nil {
			refuse(w, http.StatusNotFound, "not-found", "không đọc được "+n, "cannot read "+n)
			return nil, nil, nil, false
		}
		d, diags := check(n, data)
		if d == nil || decision.HasErrors(diags) {
			writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": "has-errors",
				"vi": n + " còn lỗi (sửa và lưu trước)", "en": n + " has errors (fix and save it first)"})
			return nil, nil, nil, false
		}
		ds[i] = d
	}
	n, notes, err := decision.ChangeMembers(ds[0], ds[1], co)
	if err != nil {
		var r interface{ Message() decision.Msg }
		if errors.As(err, &r) {
			m := r.Message()
			writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": "change", "vi": m.VI, "en": m.EN})
		} else {
			refuse(w, http.StatusInternalServerError, "internal", "lỗi nội bộ: "+err.Error(), "internal error: "+err.Error())
		}
		return nil, nil, nil, false
	}
	// As qd change: the decision is what its YAML (with qd change's header) reads back as, so
	// the .docx, which carries its YAML source, is the same file.
	data, err := decision.Encode(n, nil, decision.ChangeHeader(n, old, name))
	if err != nil {
		refuse(w, http.StatusInternalServerError, "internal", "lỗi nội bộ: "+err.Error(), "internal error: "+err.Error())
		return nil, nil, nil, false
	}
	back, diags := check(name, data)
	if back == nil || decision.HasErrors(diags) {
		var vi, en []string
		for _, g := range diags {
			if g.Severity == decision.Error {
				vi, en = append(vi, g.Message(decision.VI)), append(en, g.Message(decision.EN))
			}
		}
		writeJSON(w, http.StatusUnprocessableEntity, map[string]any{"error": "change-invalid",
			"vi": "quyết định thay đổi thành viên sẽ không hợp lệ (như qd change; chọn ngày ban hành của nó?): " + strings.Join(vi, "; "),
			"en": "the change-members decision would not be valid (as qd change; choose its date?): " + strings.Join(en, "; ")})
		return nil, nil, nil, false
	}
	return back, data, notes, true
}

// handleChange lists the member changes between an earlier version and this file, and the
// differences a change-members decision cannot say; ?save=1 also writes its YAML in DIR.
func (s *Server) handleChange(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Path    string `json:"path"`
		Against string `json:"against"`
		Date    string `json:"date"`
		Save    bool   `json:"save"`
	}
	if !readBody(w, r, &req) {
		return
	}
	name, ok := s.name(w, req.Path)
	if !ok {
		return
	}
	n, data, notes, ok := s.changeOf(w, name, req.Against, req.Date)
	if !ok {
		return
	}
	changes := []string{}
	for _, c := range n.Changes {
		changes = append(changes, n.ChangeText(c))
	}
	other := []map[string]string{}
	for _, it := range notes {
		other = append(other, map[string]string{"field": it.Field, "vi": it.Msg.VI, "en": it.Msg.EN})
	}
	resp := map[string]any{"changes": changes, "notes": other}
	if req.Save {
		created, err := s.create(osfile.Stem(name)+"-thay-doi", data)
		if err != nil {
			refuse(w, http.StatusInternalServerError, "write", "không ghi được: "+osfile.ErrText(decision.VI, err), "cannot write: "+osfile.ErrText(decision.EN, err))
			return
		}
		resp["path"] = created
	}
	writeJSON(w, http.StatusOK, resp)
}
