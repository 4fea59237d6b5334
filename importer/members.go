package importer

import (
	"github.com/vanthu-vn/qd/internal/lazyre"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/textnorm"
)

// roleLabels are the ways decisions write each role, folded (lower case, "ủy").
var roleLabels = []struct {
	label string
	role  decision.Role
}{
	{"phó trưởng ban thường trực", decision.RolePhoThuongTruc},
	{"phó trưởng ban chỉ đạo thường trực", decision.RolePhoThuongTruc},
	{"phó trưởng ban chỉ đạo", decision.RolePhoTruongBan},
	{"phó trưởng ban", decision.RolePhoTruongBan},
	{"phó ban", decision.RolePhoTruongBan},
	{"trưởng ban chỉ đạo", decision.RoleTruongBan},
	{"trưởng ban", decision.RoleTruongBan},
	{"ủy viên thường trực", decision.RoleUyVienThuongTruc},
	{"thành viên thường trực", decision.RoleUyVienThuongTruc},
	{"ủy viên", decision.RoleUyVien},
	{"thành viên", decision.RoleUyVien},
	{"thư ký", decision.RoleThuKy},
	{"tổ trưởng tổ giúp việc", decision.RoleThuKy},
}

// roleOfLabel reads a role label written any way: "Phó Trưởng ban Thường trực", "PHÓ
// TRƯỞNG BAN", "Uỷ viên" in NFD, ...
func roleOfLabel(s string) (decision.Role, bool) {
	f := strings.Trim(fold(s), " :.-")
	for _, l := range roleLabels {
		if f == l.label {
			return l.role, true
		}
	}
	// "Thư ký Ban", "Thành viên Ban Chỉ đạo": the committee named after the role.
	for _, suffix := range []string{" ban chỉ đạo", " bcđ", " ban"} {
		if g, ok := strings.CutSuffix(f, suffix); ok {
			for _, l := range roleLabels {
				if g == l.label {
					return l.role, true
				}
			}
		}
	}
	// A missing space is a typing slip ("Ủy viênthường trực").
	f = strings.ReplaceAll(f, " ", "")
	for _, l := range roleLabels {
		if f == strings.ReplaceAll(l.label, " ", "") {
			return l.role, true
		}
	}
	return "", false
}

// parseRoleLabel reads a label with combined roles: "Ủy viên thường trực kiêm Thư ký".
func parseRoleLabel(s string) (decision.Role, []decision.Role, bool) {
	parts := strings.Split(fold(s), " kiêm ")
	r, ok := roleOfLabel(parts[0])
	if !ok {
		return "", nil, false
	}
	var also []decision.Role
	for _, p := range parts[1:] {
		a, ok := roleOfLabel(p)
		if !ok {
			return "", nil, false
		}
		also = append(also, a)
	}
	return r, also, true
}

// positions are the customary titles of office, longest first within a family.
var positions = []string{
	"Phó Chủ tịch Thường trực", "Phó Chủ tịch", "Chủ tịch", "Phó Tổng Thanh tra Chính phủ", "Tổng Thanh tra Chính phủ", "Phó Giám đốc", "Giám đốc", "Phó Chánh Văn phòng", "Chánh Văn phòng",
	"Phó Chánh Thanh tra", "Chánh Thanh tra", "Phó Trưởng phòng", "Trưởng phòng", "Phó Trưởng ban", "Trưởng ban", "Phó Bí thư", "Bí thư",
	"Phó Chỉ huy trưởng", "Chỉ huy trưởng", "Phó Cục trưởng", "Cục trưởng", "Phó Chi cục trưởng", "Chi cục trưởng", "Phó Tổng Giám đốc",
	"Tổng Giám đốc", "Phó Viện trưởng", "Viện trưởng", "Phó Hiệu trưởng", "Hiệu trưởng", "Phó Vụ trưởng", "Vụ trưởng", "Thứ trưởng",
	"Bộ trưởng", "Phó Thủ trưởng", "Thủ trưởng", "Phó Tổng biên tập", "Tổng biên tập", "Phó Trưởng Công an", "Trưởng Công an",
	"Phó Chủ nhiệm", "Chủ nhiệm", "Phó Đại đội trưởng", "Chuyên viên", "Đại diện lãnh đạo", "Lãnh đạo", "Đại diện",
}

var honorificRE = lazyre.New(`^(Ông|Bà|Đồng chí|đồng chí|ông|bà)\s+(.+)$`)

// personName is a Vietnamese name: two to six words, each capitalised.
var personName = lazyre.New(`^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,5}$`)

// parseMember reads one member line: "Trưởng ban: Ông Lê Tuấn Phong, Chủ tịch UBND tỉnh."
// or, under a heading such as "Các ủy viên:", "Giám đốc Sở Tài chính". The notes' fields
// are relative to the member (".position").
func parseMember(s string, underHeading bool) (decision.Member, []Note) {
	var m decision.Member
	var notes []Note
	s = trimEnd(s)
	if i := strings.Index(s, ":"); i > 0 && i < 60 {
		label := strings.TrimSpace(s[:i])
		if r, also, ok := parseRoleLabel(label); ok {
			m.Role, m.Also = r, also
			if nospace(label) != nospace(m.Label()) {
				m.RoleLabel = label // written in its own way: kept as written
			} else if label != m.Label() {
				notes = append(notes, Note{Field: ".role", Msg: decision.Msg{VI: "sửa lỗi gõ \"" + label + "\" thành \"" + m.Label() + "\"", EN: "typing slip \"" + label + "\" written \"" + m.Label() + "\""}})
			}
			s = strings.TrimSpace(s[i+1:])
		} else {
			m.Role = decision.RoleUyVien
			m.RoleLabel = label
			s = strings.TrimSpace(s[i+1:])
			notes = append(notes, Note{Field: ".role", Msg: decision.Msg{VI: "không nhận ra vai trò \"" + label + "\"; tạm ghi uy_vien và giữ cách ghi", EN: "role \"" + label + "\" not recognised; uy_vien for now, label kept"}})
		}
	} else {
		m.Role = decision.RoleUyVien
		if !underHeading {
			notes = append(notes, Note{Field: ".role", Msg: decision.Msg{VI: "dòng không ghi vai trò; tạm ghi uy_vien", EN: "the line gives no role; uy_vien for now"}})
		}
	}
	if cm := countRE.FindStringSubmatch(s); cm != nil {
		s = strings.TrimSuffix(s, cm[0])
		if n, _ := strconv.Atoi(cm[1]); n > 1 {
			m.Count = n
		}
	}
	if strings.HasPrefix(s, "Mời ") {
		m.Invited = true
		s = strings.TrimPrefix(s, "Mời ")
		s = textnorm.UpperFirst(s)
	}
	if h := honorificRE.FindStringSubmatch(s); h != nil {
		m.Honorific = textnorm.UpperFirst(h[1])
		s = h[2]
		if i := strings.Index(s, ","); i > 0 {
			m.Name, s = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		} else if i := strings.Index(s, " - "); i > 0 {
			m.Name, s = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+3:])
		}
	} else if i := strings.Index(s, ","); i > 0 && personName.MatchString(strings.TrimSpace(s[:i])) && !startsWithPosition(s) {
		m.Name, s = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	m.Position, m.Organization = splitPost(s)
	if i := strings.Index(m.Organization, " phụ trách "); i >= 0 {
		m.Organization, m.Portfolio = m.Organization[:i], m.Organization[i+1:]
	} else if strings.HasPrefix(m.Organization, "phụ trách ") {
		m.Organization, m.Portfolio = "", m.Organization
	}
	if m.Position == "" {
		m.Position = "[[chức vụ]]"
		notes = append(notes, Note{Field: ".position", Msg: decision.Msg{VI: "không thấy chức vụ", EN: "no position found"}})
	} else if !startsWithPosition(s) {
		notes = append(notes, Note{Field: ".position", Msg: decision.Msg{VI: "không nhận ra chức vụ; ghi cả dòng vào position", EN: "position not recognised; the whole line is in position"}})
	}
	return m, notes
}

func startsWithPosition(s string) bool {
	for _, p := range positions {
		if strings.HasPrefix(s, p+" ") || s == p {
			return true
		}
	}
	return false
}

// splitPost splits "Giám đốc Sở Tài chính" into position and organisation.
func splitPost(s string) (string, string) {
	best := ""
	for _, p := range positions {
		if (strings.HasPrefix(s, p+" ") || s == p) && len(p) > len(best) {
			best = p
		}
	}
	if best == "" {
		return s, ""
	}
	return best, strings.TrimSpace(s[len(best):])
}

func nospace(s string) string { return strings.ReplaceAll(s, " ", "") }
