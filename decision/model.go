// Package decision holds the model of one steering-committee decision, loads it from YAML
// with positions, validates it, and transforms it.
package decision

// The `doc` struct tags hold the Vietnamese description of each field; FieldReference turns
// them into the README's field reference, so model and documentation cannot drift apart.

// Decision is one Quyết định about a Ban Chỉ đạo, as a clerk describes it in YAML.
type Decision struct {
	Kind   Kind   `yaml:"kind,omitempty" validate:"required,oneof=thanh_lap kien_toan kien_toan_doi_ten ban_hanh_quy_che thay_doi_thanh_vien" doc:"Loại quyết định: thanh_lap, kien_toan, kien_toan_doi_ten, ban_hanh_quy_che, thay_doi_thanh_vien (hoặc tên tiếng Việt, ví dụ kiện toàn)"`
	Number string `yaml:"number,omitempty" doc:"Số của quyết định (để trống khi còn là dự thảo), ví dụ 2041 hoặc 05"`
	// Draft is at most 99: a decision goes through a few drafts (the seeds show none past a
	// handful), and "DỰ THẢO LẦN 1000000" is a typing slip that would also overflow the
	// one-line box at the top of page 1 (decision/draft.go).
	Draft        int            `yaml:"draft,omitempty" validate:"gte=0,lte=99" doc:"Lần dự thảo (1 đến 99): 2 in DỰ THẢO LẦN 2 trong khung ở đầu trang 1. Không ghi: quyết định chưa có số hoặc còn chỗ [[...]] vẫn in DỰ THẢO; qd draft --final in bản trình ký, không có dấu này"`
	Symbol       string         `yaml:"symbol,omitempty" validate:"required" doc:"Ký hiệu, ví dụ QĐ-UBND hoặc QĐ-BCĐ"`
	Date         Date           `yaml:"date,omitempty" doc:"Ngày ban hành (ISO: 2021-10-13; dự thảo có thể chỉ ghi năm-tháng 2018-12 hoặc năm). Mọi trường ngày nhận \"[[...]]\" khi chưa biết (có thể sau phần đã biết: 2018-[[...]]): in thành chỗ trống ngày … tháng … năm … để điền tay"`
	Place        string         `yaml:"place,omitempty" validate:"required" doc:"Địa danh ghi trước ngày tháng, ví dụ Kiên Giang"`
	Issuer       Issuer         `yaml:"issuer,omitempty" validate:"required" doc:"Cơ quan ban hành"`
	Signer       Signer         `yaml:"signer,omitempty" validate:"required" doc:"Người ký và thẩm quyền ký"`
	Committee    Committee      `yaml:"committee,omitempty" validate:"required" doc:"Ban Chỉ đạo mà quyết định nói đến"`
	Title        string         `yaml:"title,omitempty" doc:"Trích yếu (bỏ trống để tự sinh từ loại quyết định và tên Ban Chỉ đạo)"`
	Bases        []Basis        `yaml:"bases,omitempty" validate:"dive" doc:"Căn cứ ban hành, theo thứ tự hiệu lực pháp lý giảm dần"`
	Proposal     *Proposal      `yaml:"proposal,omitempty" doc:"Dòng Theo đề nghị / Xét đề nghị"`
	Members      []Member       `yaml:"members,omitempty" validate:"dive" doc:"Thành viên Ban Chỉ đạo, theo thứ tự"`
	MembersStyle MembersStyle   `yaml:"members_style,omitempty" validate:"omitempty,oneof=danh_sach nhom" doc:"Cách trình bày danh sách thành viên: danh_sach (mặc định, mỗi người một số) hoặc nhom (đánh số theo nhóm vai trò: 2. Các Phó Trưởng ban: rồi các dòng - ...;)"`
	MembersAnnex bool           `yaml:"members_annex,omitempty" doc:"Đưa danh sách thành viên ra Phụ lục kèm theo (bảng STT, Họ và tên, Chức vụ / Cơ quan, Chức danh trong Ban); Điều 1 dẫn đến Phụ lục"`
	Changes      []MemberChange `yaml:"changes,omitempty" validate:"dive" doc:"Các thay đổi thành viên (quyết định thay_doi_thanh_vien), theo thứ tự"`
	Current      []Member       `yaml:"current_members,omitempty" validate:"dive" doc:"Thành viên theo quyết định được sửa đổi (không in; để kiểm tra người bị thay, bị bỏ có trong Ban)"`
	Function     string         `yaml:"function,omitempty" doc:"Chức năng của Ban Chỉ đạo (một đoạn)"`
	Duties       []Duty         `yaml:"duties,omitempty" doc:"Nhiệm vụ, quyền hạn: danh sách phẳng hoặc nhóm theo lĩnh vực (heading + items)"`
	DutiesStyle  DutiesStyle    `yaml:"duties_style,omitempty" validate:"omitempty,oneof=danh_so doan cham_phay" doc:"Cách viết nhiệm vụ: danh_so (mặc định, đánh số), doan (các đoạn không đánh số) hoặc cham_phay (một đoạn, các nhiệm vụ cách nhau dấu chấm phẩy)"`
	DutiesJoint  bool           `yaml:"duties_joint,omitempty" doc:"Nhiệm vụ giao chung cho Ban Chỉ đạo và tổ giúp việc (tên điều: Nhiệm vụ của Ban Chỉ đạo và Tổ giúp việc)"`
	DutiesTitle  string         `yaml:"duties_title,omitempty" doc:"Tên điều về chức năng, nhiệm vụ (mặc định: Chức năng, nhiệm vụ của Ban Chỉ đạo)"`
	MemberDuties []MemberDuty   `yaml:"member_duties,omitempty" validate:"dive" doc:"Nhiệm vụ của từng thành viên, theo vai trò"`
	Organization *Organization  `yaml:"organization,omitempty" doc:"Tổ chức và hoạt động: kiêm nhiệm, cơ quan thường trực, Quy chế, con dấu, tổ giúp việc, kinh phí"`
	Articles     []Article      `yaml:"articles,omitempty" validate:"dive" doc:"Các điều khác, đặt trước điều thi hành (ví dụ Điều 2 của quyết định ban hành Quy chế)"`
	Effect       Effect         `yaml:"effect,omitempty" doc:"Hiệu lực và các quyết định bị thay thế"`
	Execution    Execution      `yaml:"execution,omitempty" validate:"required" doc:"Điều thi hành: những người chịu trách nhiệm thi hành"`
	Recipients   []string       `yaml:"recipients,omitempty" validate:"required,min=1,dive,required" doc:"Nơi nhận, mỗi dòng một nơi, không ghi dấu '- ' và dấu ';' cuối dòng; dòng cuối là Lưu: VT, ..."`
	Regulation   *Regulation    `yaml:"regulation,omitempty" doc:"Quy chế hoạt động kèm theo (viết đầy đủ, hoặc standard: true để lấy văn bản mẫu)"`

	// File is the path the decision was loaded from; it is not part of the YAML.
	File string `yaml:"-"`
	// AsOf, when set, is the date the decision is checked as of instead of its own date
	// (qd validate --as-of, for a clerk reusing an old decision).
	AsOf  Date `yaml:"-"`
	pos   positions
	texts []text
	// roleLabels are the roles written as Vietnamese labels, for the role-title rule.
	roleLabels []text
	// failed holds the paths whose value failed its type when loading (left at zero).
	failed map[string]bool
	// source is the YAML the decision was loaded from, byte for byte (see Source).
	source []byte
}

// Source returns the YAML the decision was loaded from, byte for byte, or nil when it was
// built in code; qd draft stores it inside the .docx so that qd import gives it back.
func (d *Decision) Source() []byte { return d.source }

// Kind is the kind of decision.
type Kind string

// The kinds of decision the source texts show.
const (
	KindThanhLap       Kind = "thanh_lap"         // thành lập (possibly on the basis of predecessors)
	KindKienToan       Kind = "kien_toan"         // kiện toàn
	KindKienToanDoiTen Kind = "kien_toan_doi_ten" // kiện toàn và đổi tên
	KindQuyChe         Kind = "ban_hanh_quy_che"  // ban hành Quy chế hoạt động
)

// KindThayDoi is the decision that changes some members of a standing committee: it amends
// Điều 1 of the decision that set it up (Changes, Committee.Establishment).
const KindThayDoi Kind = "thay_doi_thanh_vien"

// Kinds lists every valid Kind in documentation order.
var Kinds = []Kind{KindThanhLap, KindKienToan, KindKienToanDoiTen, KindQuyChe, KindThayDoi}

// Issuer is the issuing body shown at the top left (ô 2) and in the authority line.
type Issuer struct {
	Parent    string `yaml:"parent,omitempty" doc:"Cơ quan chủ quản (dòng trên, không đậm), ví dụ UBND TỈNH KIÊN GIANG"`
	Name      Lines  `yaml:"name,omitempty" validate:"required" doc:"Tên cơ quan ban hành, chữ in hoa; một chuỗi hoặc danh sách các dòng"`
	Level     Level  `yaml:"level,omitempty" validate:"required,oneof=tinh thanh_pho huyen xa bo ban_chi_dao chinh_phu tinh_uy dang_uy_xa" doc:"Cấp: tinh, thanh_pho, huyen, xa (Ủy ban nhân dân xã, phường, đặc khu), bo, ban_chi_dao, chinh_phu (Thủ tướng Chính phủ), tinh_uy (Tỉnh ủy, Thành ủy: văn bản của Đảng, trình bày theo Hướng dẫn 36-HD/VPTW), dang_uy_xa (Đảng ủy xã, phường, đặc khu: văn bản của Đảng, ký hiệu QĐ/ĐU) (hoặc tên tiếng Việt, ví dụ tỉnh)"`
	Authority Lines  `yaml:"authority,omitempty" validate:"required" doc:"Dòng thẩm quyền ban hành, ví dụ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"`
	// Short is how the body is named in running text, e.g. "Chủ tịch UBND tỉnh" in "của ...".
	Short string `yaml:"short,omitempty" doc:"Tên cơ quan ban hành viết trong câu (ví dụ Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang), dùng trong dòng Kèm theo Quyết định"`
}

// Level is the administrative level of the issuer.
type Level string

// Issuer levels.
const (
	LevelProvince      Level = "tinh"
	LevelCity          Level = "thanh_pho"
	LevelDistrict      Level = "huyen"
	LevelCommune       Level = "xa" // Ủy ban nhân dân xã, phường, đặc khu (thị trấn before 01/7/2025)
	LevelMinistry      Level = "bo"
	LevelCommittee     Level = "ban_chi_dao"
	LevelGovernment    Level = "chinh_phu"  // Thủ tướng Chính phủ
	LevelPartyProvince Level = "tinh_uy"    // Tỉnh ủy, Thành ủy (Ban Thường vụ): a party document
	LevelPartyCommune  Level = "dang_uy_xa" // Đảng ủy xã, phường, đặc khu (Ban Thường vụ): a party document
)

// Signer is the closing block (ô 7a, 7b, 7c).
type Signer struct {
	Authority Lines  `yaml:"authority,omitempty" validate:"required" doc:"Quyền hạn và chức vụ, chữ in hoa: CHỦ TỊCH; hoặc các dòng [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]; [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]"`
	OtherPost string `yaml:"other_post,omitempty" doc:"Chức vụ khác của người ký, in trên họ tên (ví dụ CHỦ TỊCH UBND TỈNH khi Trưởng ban ký)"`
	Name      string `yaml:"name,omitempty" doc:"Họ và tên người ký, không ghi học hàm, học vị"`
}

// Committee names the Ban Chỉ đạo and what it came from.
type Committee struct {
	Name          string    `yaml:"name,omitempty" validate:"required" doc:"Tên đầy đủ của Ban Chỉ đạo, ví dụ Ban Chỉ đạo chuyển đổi số tỉnh Lạng Sơn"`
	ShortName     string    `yaml:"short_name,omitempty" doc:"Tên gọi tắt (mặc định: Ban Chỉ đạo)"`
	Titles        Titles    `yaml:"titles,omitempty" validate:"omitempty,oneof=ban uy_ban ban_thanh_vien uy_ban_thanh_vien" doc:"Chức danh trong Ban: ban (mặc định: Trưởng ban, Phó Trưởng ban, Ủy viên), uy_ban (Chủ tịch, Phó Chủ tịch, Ủy viên), ban_thanh_vien (Trưởng ban, Phó Trưởng ban, Thành viên), uy_ban_thanh_vien (Chủ tịch, Phó Chủ tịch, Thành viên); dùng trong mọi câu tự sinh"`
	OldName       string    `yaml:"old_name,omitempty" doc:"Tên cũ, khi kiện toàn và đổi tên"`
	Basis         BasisMode `yaml:"basis,omitempty" validate:"omitempty,oneof=kien_toan hop_nhat" doc:"Thành lập trên cơ sở: kien_toan hoặc hop_nhat các ban tiền thân (hoặc kiện toàn, hợp nhất)"`
	Predecessors  []DocRef  `yaml:"predecessors,omitempty" validate:"dive" doc:"Các ban tiền thân (tên, số, ngày, cơ quan ban hành quyết định thành lập/kiện toàn)"`
	Establishment *DocRef   `yaml:"establishment,omitempty" doc:"Quyết định thành lập/kiện toàn Ban Chỉ đạo (dùng cho quyết định ban hành Quy chế và quyết định thay đổi thành viên)"`
}

// BasisMode says how a new committee relates to its predecessors.
type BasisMode string

// Basis modes.
const (
	BasisNone     BasisMode = ""
	BasisKienToan BasisMode = "kien_toan"
	BasisHopNhat  BasisMode = "hop_nhat"
)

// DocRef is a reference to another decision: a predecessor, the replaced decision, the establishment decision.
type DocRef struct {
	Name   string `yaml:"name,omitempty" doc:"Tên Ban Chỉ đạo trong quyết định đó (với ban tiền thân)"`
	Number string `yaml:"number,omitempty" validate:"required" doc:"Số, ký hiệu, ví dụ 908/QĐ-UBND"`
	Date   Date   `yaml:"date,omitempty" validate:"required" doc:"Ngày ban hành"`
	Issuer string `yaml:"issuer,omitempty" validate:"required" doc:"Cơ quan, người ban hành, ví dụ Chủ tịch UBND tỉnh"`
	Title  string `yaml:"title,omitempty" doc:"Trích yếu, ví dụ về việc kiện toàn Ban Chỉ đạo Công nghệ thông tin tỉnh Vĩnh Long"`
}

// Basis is one legal basis line (Căn cứ ...).
type Basis struct {
	Ref      string `yaml:"ref,omitempty" doc:"Mã văn bản trong sổ của qd (qd basis để tìm), thay cho việc ghi đầy đủ; các trường khác tự điền"`
	SameLine bool   `yaml:"same_line,omitempty" doc:"Viết tiếp trên dòng căn cứ trước, sau dấu chấm phẩy (một dòng Căn cứ nêu nhiều văn bản)"`
	Verb     string `yaml:"verb,omitempty" validate:"omitempty,oneof='Căn cứ' 'Thực hiện'" doc:"Từ mở đầu: Căn cứ (mặc định) hoặc Thực hiện"`
	Type     string `yaml:"type,omitempty" validate:"required" doc:"Loại văn bản: Hiến pháp, Luật, Nghị quyết, Nghị định, Quyết định, Thông tư, Chỉ thị, Kế hoạch..."`
	Number   string `yaml:"number,omitempty" doc:"Số, ký hiệu (không ghi với Luật), ví dụ 64/2007/NĐ-CP"`
	Date     Date   `yaml:"date,omitempty" doc:"Ngày ban hành (Luật: ngày thông qua)"`
	Issuer   string `yaml:"issuer,omitempty" doc:"Cơ quan ban hành, ví dụ Chính phủ, Thủ tướng Chính phủ (không ghi với Luật)"`
	Title    string `yaml:"title,omitempty" validate:"required" doc:"Tên hoặc trích yếu, ví dụ Tổ chức chính quyền địa phương; về việc ứng dụng công nghệ thông tin..."`
}

// Proposal is the "Theo đề nghị của ..." line.
type Proposal struct {
	Verb       string      `yaml:"verb,omitempty" validate:"omitempty,oneof='Theo đề nghị' 'Xét đề nghị'" doc:"Theo đề nghị (mặc định) hoặc Xét đề nghị"`
	Of         string      `yaml:"of,omitempty" validate:"required" doc:"Người đề nghị, ví dụ Giám đốc Sở Thông tin và Truyền thông"`
	Submission *Submission `yaml:"submission,omitempty" doc:"Tờ trình: số và ngày"`
}

// Submission is the Tờ trình cited in the proposal line.
type Submission struct {
	Number string `yaml:"number,omitempty" validate:"required" doc:"Số, ký hiệu tờ trình, ví dụ 58/TTr-STTTT"`
	Date   Date   `yaml:"date,omitempty" validate:"required" doc:"Ngày tờ trình"`
	// Title is what the Tờ trình is about, written after its date when the decision names it
	// ("... ngày 17 tháng 5 năm 2013 về việc ban hành Quy chế ...": Quyết định 1209/QĐ-UBND
	// ngày 24/6/2013 của UBND tỉnh Hà Giang).
	Title string `yaml:"title,omitempty" doc:"Trích yếu tờ trình, viết sau ngày (không bắt buộc), ví dụ về việc ban hành Quy chế hoạt động của Ban Chỉ đạo"`
}

// Member is one member of the committee.
type Member struct {
	Role         Role   `yaml:"role,omitempty" validate:"required,oneof=truong_ban pho_truong_ban_thuong_truc pho_truong_ban uy_vien_thuong_truc uy_vien thu_ky" doc:"Vai trò: truong_ban, pho_truong_ban_thuong_truc, pho_truong_ban, uy_vien_thuong_truc, uy_vien, thu_ky (hoặc tên tiếng Việt, ví dụ Phó Trưởng ban thường trực)"`
	Also         []Role `yaml:"also,omitempty" validate:"dive,oneof=truong_ban pho_truong_ban_thuong_truc pho_truong_ban uy_vien_thuong_truc uy_vien thu_ky" doc:"Vai trò kiêm nhiệm thêm, ví dụ [thu_ky] cho thành viên thường trực kiêm thư ký"`
	RoleLabel    string `yaml:"role_label,omitempty" doc:"Cách ghi vai trò nếu khác cách ghi chuẩn, ví dụ Thành viên thường trực kiêm Thư ký"`
	Honorific    string `yaml:"honorific,omitempty" doc:"Ông, Bà hoặc Đồng chí, đặt trước họ tên"`
	Name         string `yaml:"name,omitempty" doc:"Họ và tên (không bắt buộc)"`
	Position     string `yaml:"position,omitempty" validate:"required" doc:"Chức vụ, ví dụ Giám đốc, Phó Chủ tịch"`
	Organization string `yaml:"organization,omitempty" doc:"Cơ quan, đơn vị, ví dụ Sở Tài chính, Viettel Lạng Sơn"`
	Portfolio    string `yaml:"portfolio,omitempty" doc:"Lĩnh vực phụ trách, ví dụ phụ trách lĩnh vực văn xã"`
	Invited      bool   `yaml:"invited,omitempty" doc:"Thành viên được mời (ghi Mời ... )"`
	Count        int    `yaml:"count,omitempty" validate:"gte=0" doc:"Số thành viên mà dòng này đại diện, khi văn bản nguồn chỉ nêu số lượng (ví dụ 19)"`
	Heading      string `yaml:"heading,omitempty" doc:"Dòng tiêu đề in trước thành viên này, ví dụ Các ủy viên:"`
}

// Role is a member's role in the committee.
type Role string

// Roles in their customary order.
const (
	RoleTruongBan        Role = "truong_ban"
	RolePhoThuongTruc    Role = "pho_truong_ban_thuong_truc"
	RolePhoTruongBan     Role = "pho_truong_ban"
	RoleUyVienThuongTruc Role = "uy_vien_thuong_truc"
	RoleUyVien           Role = "uy_vien"
	RoleThuKy            Role = "thu_ky"
)

// Roles lists every Role in the customary order of the source texts.
var Roles = []Role{RoleTruongBan, RolePhoThuongTruc, RolePhoTruongBan, RoleUyVienThuongTruc, RoleUyVien, RoleThuKy}

// Duty is one duty; either a plain text or a heading with items.
type Duty struct {
	Text    string   `yaml:"text,omitempty" doc:"Nội dung nhiệm vụ"`
	Heading string   `yaml:"heading,omitempty" doc:"Tên nhóm nhiệm vụ theo lĩnh vực"`
	Items   []string `yaml:"items,omitempty" doc:"Các nhiệm vụ trong nhóm"`
}

// MemberDuty is the duty of the members holding one role.
type MemberDuty struct {
	Role Role   `yaml:"role,omitempty" validate:"required,oneof=truong_ban pho_truong_ban_thuong_truc pho_truong_ban uy_vien_thuong_truc uy_vien thu_ky" doc:"Vai trò được giao nhiệm vụ"`
	Text string `yaml:"text,omitempty" validate:"required" doc:"Nội dung nhiệm vụ"`
}

// Organization is the "Tổ chức và hoạt động" article.
type Organization struct {
	Title            string           `yaml:"title,omitempty" doc:"Tên điều (mặc định: Tổ chức và hoạt động của Ban Chỉ đạo)"`
	PartTime         string           `yaml:"part_time,omitempty" doc:"Câu về chế độ kiêm nhiệm"`
	StandingAgencies []StandingAgency `yaml:"standing_agencies,omitempty" validate:"dive" doc:"Cơ quan thường trực (một, hoặc một cho mỗi lĩnh vực)"`
	RegulationBy     string           `yaml:"regulation_by,omitempty" doc:"Câu về việc ban hành Quy chế hoạt động"`
	Seals            []Seal           `yaml:"seals,omitempty" validate:"dive" doc:"Quy định sử dụng con dấu theo vai trò"`
	SealText         string           `yaml:"seal_text,omitempty" doc:"Cách viết câu về con dấu nếu khác cách sinh tự động"`
	WorkingGroup     *WorkingGroup    `yaml:"working_group,omitempty" doc:"Tổ giúp việc / Tổ công tác"`
	Funding          []string         `yaml:"funding,omitempty" doc:"Nguồn kinh phí hoạt động, mỗi câu một mục"`
	SelfDissolve     string           `yaml:"self_dissolve,omitempty" doc:"Câu tự giải thể khi hoàn thành nhiệm vụ"`
	Order            []string         `yaml:"order,omitempty" doc:"Thứ tự các khoản: part_time, standing, regulation, seals, working_group, funding, self_dissolve; nối bằng + để gộp vào một khoản (regulation+seals)"`
}

// StandingAgency is the standing agency of the committee, optionally for one domain.
type StandingAgency struct {
	Agency string `yaml:"agency,omitempty" validate:"required" doc:"Tên cơ quan thường trực"`
	Domain string `yaml:"domain,omitempty" doc:"Lĩnh vực (khi mỗi lĩnh vực có cơ quan thường trực riêng)"`
	Text   string `yaml:"text,omitempty" doc:"Câu đầy đủ về cơ quan thường trực"`
}

// Seal says which roles use which seal.
type Seal struct {
	Roles  []Role `yaml:"roles,omitempty" validate:"dive,oneof=truong_ban pho_truong_ban_thuong_truc pho_truong_ban uy_vien_thuong_truc uy_vien thu_ky" doc:"Các vai trò dùng con dấu này"`
	Others bool   `yaml:"others,omitempty" doc:"Áp dụng cho các thành viên còn lại (dùng con dấu của cơ quan mình)"`
	Seal   string `yaml:"seal,omitempty" doc:"Con dấu của cơ quan nào, ví dụ Ủy ban nhân dân tỉnh"`
}

// WorkingGroup is the Tổ giúp việc / Tổ công tác.
type WorkingGroup struct {
	Name       string   `yaml:"name,omitempty" doc:"Tên: Tổ giúp việc (mặc định) hoặc Tổ công tác"`
	Text       []string `yaml:"text,omitempty" doc:"Các câu viết sẵn về tổ giúp việc (nếu có thì dùng nguyên văn)"`
	Leader     string   `yaml:"leader,omitempty" doc:"Tổ trưởng"`
	Deputies   []string `yaml:"deputies,omitempty" doc:"Tổ phó"`
	Members    []string `yaml:"members,omitempty" doc:"Thành viên theo chức vụ hoặc cơ quan"`
	Count      int      `yaml:"count,omitempty" validate:"gte=0" doc:"Số thành viên, khi chỉ ghi số lượng"`
	LocatedAt  string   `yaml:"located_at,omitempty" doc:"Nơi đặt tổ"`
	OwnArticle bool     `yaml:"own_article,omitempty" doc:"Thành lập tổ trong một điều riêng ngay sau thành viên Ban Chỉ đạo, và nêu tổ trong trích yếu (thành lập Ban Chỉ đạo và Tổ giúp việc ...)"`
}

// Article is a free article of the decision.
type Article struct {
	Title   string   `yaml:"title,omitempty" doc:"Tên điều (không bắt buộc trong quyết định)"`
	Text    string   `yaml:"text,omitempty" doc:"Nội dung đoạn đầu của điều"`
	Clauses []Clause `yaml:"clauses,omitempty" validate:"dive" doc:"Các khoản"`
}

// Clause is a numbered clause (khoản) with optional points (điểm).
type Clause struct {
	Text   string   `yaml:"text,omitempty" doc:"Nội dung khoản"`
	Points []string `yaml:"points,omitempty" doc:"Các điểm a), b), c)..."`
}

// Effect is the effect clause.
type Effect struct {
	From     Date     `yaml:"from,omitempty" doc:"Ngày có hiệu lực (bỏ trống: kể từ ngày ký)"`
	Replaces []DocRef `yaml:"replaces,omitempty" validate:"dive" doc:"Các quyết định bị thay thế"`
	Separate bool     `yaml:"separate,omitempty" doc:"Viết hiệu lực thành một điều riêng trước điều thi hành"`
	Text     string   `yaml:"text,omitempty" doc:"Câu hiệu lực viết sẵn (nếu khác cách sinh tự động)"`
}

// Execution is the execution article.
type Execution struct {
	Addressees []string `yaml:"addressees,omitempty" validate:"required,min=1,dive,required" doc:"Những người chịu trách nhiệm thi hành, theo thứ tự"`
	Text       string   `yaml:"text,omitempty" doc:"Câu thi hành viết sẵn (nếu khác cách sinh tự động)"`
}

// Regulation is the attached Quy chế hoạt động.
type Regulation struct {
	Title      string    `yaml:"title,omitempty" doc:"Trích yếu của Quy chế (mặc định: Hoạt động của <tên Ban Chỉ đạo>)"`
	AttachedBy string    `yaml:"attached_by,omitempty" doc:"Kèm theo (mặc định) hoặc Ban hành kèm theo"`
	IssuedBy   string    `yaml:"issued_by,omitempty" doc:"Người ban hành ghi ở dòng Kèm theo Quyết định ... của ..."`
	Standard   bool      `yaml:"standard,omitempty" doc:"Lấy văn bản Quy chế mẫu và điền thông tin của Ban Chỉ đạo"`
	Topic      string    `yaml:"topic,omitempty" doc:"Lĩnh vực Ban Chỉ đạo phụ trách, điền vào Quy chế mẫu (mặc định lấy từ tên Ban, ví dụ chuyển đổi số)"`
	Chapters   []Chapter `yaml:"chapters,omitempty" validate:"dive" doc:"Các chương (khi viết đầy đủ)"`
}

// Chapter is a chapter (Chương) of the Quy chế.
type Chapter struct {
	Title    string    `yaml:"title,omitempty" validate:"required" doc:"Tên chương, chữ in hoa"`
	Articles []Article `yaml:"articles,omitempty" validate:"required,min=1" doc:"Các điều của chương (đánh số liên tục qua các chương)"`
}

// MembersStyle is how the member list is laid out.
type MembersStyle string

// Member list styles.
const (
	MembersList    MembersStyle = "danh_sach" // one number per member (the default)
	MembersGrouped MembersStyle = "nhom"      // numbered role groups with "- " items
)

// DutiesStyle is how the committee's duties are written.
type DutiesStyle string

// Duty styles.
const (
	DutiesNumbered   DutiesStyle = "danh_so"   // numbered clauses or points (the default)
	DutiesParagraphs DutiesStyle = "doan"      // paragraphs without numbers
	DutiesSemicolons DutiesStyle = "cham_phay" // one paragraph, duties separated by ";"
)

// Titles is the set of role titles a committee uses.
type Titles string

// Title sets.
const (
	TitlesBan            Titles = "ban"               // Trưởng ban, Phó Trưởng ban, Ủy viên (the default)
	TitlesUyBan          Titles = "uy_ban"            // Chủ tịch, Phó Chủ tịch, Ủy viên
	TitlesBanThanhVien   Titles = "ban_thanh_vien"    // Trưởng ban, Phó Trưởng ban, Thành viên
	TitlesUyBanThanhVien Titles = "uy_ban_thanh_vien" // Chủ tịch, Phó Chủ tịch, Thành viên
)

// MemberChange is one change of the members of a standing committee, as a change-members decision
// writes it in its Điều 1.
type MemberChange struct {
	Action      ChangeAction `yaml:"action,omitempty" validate:"required,oneof=thay bo_sung thoi doi_vai_tro" doc:"thay (người mới thay người cũ), bo_sung (thêm thành viên), thoi (thôi tham gia), doi_vai_tro (đổi vai trò)"`
	Member      *Member      `yaml:"member,omitempty" doc:"Thành viên mới (thay, bo_sung) hoặc thành viên với vai trò mới (doi_vai_tro)"`
	Old         *Member      `yaml:"old,omitempty" doc:"Thành viên bị thay (thay), thôi tham gia (thoi) hoặc với vai trò cũ (doi_vai_tro)"`
	AppointedBy *DocRef      `yaml:"appointed_by,omitempty" doc:"Quyết định đã cử thành viên bị thay, nếu không phải quyết định thành lập/kiện toàn"`
	Reason      string       `yaml:"reason,omitempty" doc:"Lý do, ghi trong ngoặc, ví dụ đã nghỉ hưu, chuyển công tác"`
}

// ChangeAction is what a MemberChange does.
type ChangeAction string

// Change actions.
const (
	ChangeReplace ChangeAction = "thay"
	ChangeAdd     ChangeAction = "bo_sung"
	ChangeRemove  ChangeAction = "thoi"
	ChangeRole    ChangeAction = "doi_vai_tro"
)
