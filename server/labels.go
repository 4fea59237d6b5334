package server

import "github.com/vanthu-vn/qd/decision"

// label is a code's name for people, in both languages.
type label struct{ VI, EN string }

// codeLabels names the codes (keyed by the Go type's name and the code) of the model's enumerations for the form's lists. Roles take
// their Vietnamese from decision.Role.Label (what the decision prints); a code missing here
// is shown as itself.
var codeLabels = map[string]label{
	"Kind.thanh_lap":           {"Thành lập Ban Chỉ đạo", "Set up a committee"},
	"Kind.kien_toan":           {"Kiện toàn Ban Chỉ đạo", "Consolidate a committee"},
	"Kind.kien_toan_doi_ten":   {"Kiện toàn và đổi tên Ban Chỉ đạo", "Consolidate and rename a committee"},
	"Kind.ban_hanh_quy_che":    {"Ban hành Quy chế hoạt động", "Issue the committee's rules"},
	"Kind.thay_doi_thanh_vien": {"Thay đổi thành viên", "Change of members"},
	"Level.chinh_phu":          {"Chính phủ (Thủ tướng)", "Government (Prime Minister)"},
	"Level.tinh":               {"Tỉnh", "Province"},
	"Level.thanh_pho":          {"Thành phố trực thuộc Trung ương", "Centrally-run city"},
	"Level.huyen":              {"Huyện", "District"},
	"Level.bo":                 {"Bộ, cơ quan ngang bộ", "Ministry"},
	"Level.ban_chi_dao":        {"Ban Chỉ đạo", "Steering committee"},
	"BasisMode.kien_toan":      {"Kiện toàn các ban tiền thân", "Consolidating predecessors"},
	"BasisMode.hop_nhat":       {"Hợp nhất các ban tiền thân", "Merging predecessors"},
	// Roles: the Vietnamese comes from decision.Role.Label.
	"Role.truong_ban":                 {"", "Head"},
	"Role.pho_truong_ban_thuong_truc": {"", "Standing deputy head"},
	"Role.pho_truong_ban":             {"", "Deputy head"},
	"Role.uy_vien_thuong_truc":        {"", "Standing member"},
	"Role.uy_vien":                    {"", "Member"},
	"Role.thu_ky":                     {"", "Secretary"},
}

// kindLabel names a kind of decision for the list and the new-draft dialog.
func kindLabel(k decision.Kind, lang decision.Lang) string {
	l, ok := codeLabels["Kind."+string(k)]
	if !ok {
		return string(k)
	}
	if lang == decision.EN {
		return l.EN
	}
	return l.VI
}
