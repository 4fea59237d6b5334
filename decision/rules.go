package decision

import (
	"fmt"
	"reflect"

	"github.com/vanthu-vn/qd/internal/lazyre"

	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/registry"
	"github.com/vanthu-vn/qd/textnorm"
)

// Rule is one validation rule with a stable ID. Its reason is given in the doc comment of
// its check function.
type Rule struct {
	ID       string
	Severity Severity
	Summary  Msg
	Check    func(*Decision, *reporter)
}

// Rules returns every rule, in the order they run.
func Rules() []Rule { return append([]Rule(nil), rules...) }

var rules = []Rule{
	{"kind-fields", Error, Msg{"Loại quyết định có đủ các phần riêng của nó", "The kind of decision has the parts it needs"}, checkKindFields},
	{"old-name", Error, Msg{"Tên mới khác tên cũ", "The new name differs from the old one"}, checkOldName},
	{"decision-date", Error, Msg{"Ngày quyết định trong khoảng có thể", "The decision's date is a possible one"}, checkDecisionDate},
	{"effect-date", Error, Msg{"Ngày có hiệu lực không trước ngày ký, không trước quyết định bị thay thế", "The effective date is not before the decision, nor before the one it replaces"}, checkEffectDate},
	{"one-head", Error, Msg{"Có đúng một Trưởng ban", "Exactly one Trưởng ban"}, checkOneHead},
	{"role-order", Warning, Msg{"Thành viên xếp theo thứ tự vai trò quen dùng", "Members in the customary order of roles"}, checkRoleOrder},
	{"member-duplicate", Error, Msg{"Không ghi một thành viên hai lần", "No member listed twice"}, checkMemberDuplicate},
	{"role-reference", Error, Msg{"Quy định con dấu và nhiệm vụ thành viên chỉ nói đến vai trò có trong Ban", "Seal rules and member duties name roles that exist"}, checkRoleReference},
	{"ref-date", Error, Msg{"Quyết định tiền thân, bị thay thế ban hành trước quyết định này", "Predecessor and replaced decisions are dated before this one"}, checkRefDates},
	{"proposal-date", Error, Msg{"Tờ trình đề nghị không muộn hơn quyết định", "The proposal is not dated after the decision"}, checkProposalDate},
	{"bases-missing", Warning, Msg{"Có căn cứ ban hành", "Legal bases are present"}, checkBasesMissing},
	{"bases-order", Warning, Msg{"Căn cứ xếp theo hiệu lực pháp lý giảm dần", "Legal bases in decreasing legal force"}, checkBasesOrder},
	{"doc-number", Error, Msg{"Số, ký hiệu văn bản viện dẫn đúng dạng", "Cited numbers and symbols are well formed"}, checkDocNumbers},
	{"law-by-name", Warning, Msg{"Luật được viện dẫn bằng tên, không ghi số", "A Luật is cited by name, without its number"}, checkLawByName},
	{"decision-number", Error, Msg{"Số và ký hiệu của quyết định đúng dạng", "The decision's number and symbol are well formed"}, checkDecisionNumber},
	{"place", Error, Msg{"Địa danh đúng dạng", "The place name is well formed"}, checkPlace},
	{"upper-case", Error, Msg{"Tên cơ quan, thẩm quyền, chức vụ người ký viết in hoa", "Issuer, authority and signer lines are upper case"}, checkUpperCase},
	{"signer-authority", Error, Msg{"Quyền hạn người ký khớp dòng thẩm quyền", "The signer's authority agrees with the authority line"}, checkSignerAuthority},
	{"signer-degree", Error, Msg{"Họ tên người ký không kèm học hàm, học vị", "No academic titles before the signer's name"}, checkSignerDegree},
	{"recipients-last", Error, Msg{"Nơi nhận kết thúc bằng Lưu: VT, ...", "Recipients end with Lưu: VT, ..."}, checkRecipientsLast},
	{"recipient-article", Error, Msg{"Như Điều N trỏ đến điều thi hành", "Như Điều N points at the execution article"}, checkRecipientArticle},
	{"recipient-punctuation", Warning, Msg{"Nơi nhận ghi không kèm dấu đầu dòng, dấu cuối dòng", "Recipients are written without dash or final punctuation"}, checkRecipientPunctuation},
	{"chapter-title-case", Error, Msg{"Tên chương của Quy chế viết in hoa", "Chapter titles of the Quy chế are upper case"}, checkChapterTitleCase},
	{"points-limit", Error, Msg{"Một khoản có không quá 23 điểm (a đến y)", "No more than 23 points (a to y) in one list"}, checkPointsLimit},
	{"regulation-article-title", Error, Msg{"Mỗi điều của Quy chế có tên điều", "Every article of the Quy chế has a title"}, checkRegulationTitles},
	{"regulation-issued", Error, Msg{"Quy chế kèm theo được chính quyết định ban hành, không hẹn ban hành sau", "An attached Quy chế is issued by the decision itself, not promised for later"}, checkRegulationIssued},
	{"regulation-issuer", Error, Msg{"Dòng Kèm theo Quyết định nêu được người ban hành", "The Kèm theo line can name the issuer"}, checkRegulationIssuer},
	{"title-form", Warning, Msg{"Trích yếu bắt đầu bằng Về việc hoặc Ban hành", "The trích yếu starts with Về việc or Ban hành"}, checkTitleForm},
	{"district-units", Warning, Msg{"Ban cấp huyện gồm các phòng, không gồm sở", "A district committee has phòng, not sở"}, checkDistrictUnits},
	{"legacy-encoding", Error, Msg{"Không có chữ mã TCVN3, VNI bị đọc sai", "No TCVN3 or VNI text read as Latin-1"}, checkLegacyEncoding},
	{"control-char", Error, Msg{"Không có ký tự điều khiển, xuống dòng trong một đoạn", "No control characters or line breaks inside a paragraph"}, checkControlChars},
	{"invisible-char", Warning, Msg{"Không có ký tự ẩn (khoảng trắng độ rộng 0, dấu hướng chữ)", "No invisible characters (zero width, direction marks)"}, checkInvisibleChars},
	{"unshowable-char", Warning, Msg{"Không có ký tự phông văn bản không in được: biểu tượng cảm xúc, ký tự riêng của phông, dấu rời chồng lên chữ, ký tự thay thế �", "No characters the document's font cannot print: emoji, a font's private characters, stray stacked marks, the replacement character �"}, checkUnshowableChars},
	{"double-space", Warning, Msg{"Không có hai dấu cách liền nhau, dấu cách đầu/cuối", "No doubled, leading or trailing spaces"}, checkSpaces},
	{"article-space", Warning, Msg{"Có dấu cách sau Điều N.", "A space after Điều N."}, checkArticleSpace},
	{"tone-style", Warning, Msg{"Bỏ dấu thanh một kiểu: Ủy, Hòa", "One tone-mark style: Ủy, Hòa"}, checkToneStyle},
	{"ban-chi-dao-case", Warning, Msg{"Viết hoa: Ban Chỉ đạo", "Capitalised as Ban Chỉ đạo"}, checkBanChiDaoCase},
	{"basis-in-force", Error, Msg{"Căn cứ còn hiệu lực vào ngày ban hành", "Bases are in force on the decision's date"}, checkBasisInForce},
	{"basis-superseded", Warning, Msg{"Căn cứ chưa có văn bản thay thế đã ban hành", "No basis has a successor already issued"}, checkBasisSuperseded},
	{"basis-mismatch", Warning, Msg{"Ngày, trích yếu căn cứ khớp sổ văn bản", "Bases match the registry on date and title"}, checkBasisMismatch},
	{"body-dissolved", Error, Msg{"Cơ quan còn tồn tại vào ngày ban hành", "Bodies exist on the decision's date"}, checkBodyDissolved},
	{"unit-dissolved", Error, Msg{"Đơn vị hành chính còn tồn tại vào ngày ban hành", "Administrative units exist on the decision's date"}, checkUnitDissolved},
	{"name-unconfirmed", Warning, Msg{"Không nêu cơ quan, đơn vị được báo là đã thay đổi (chưa xác nhận)", "No body or unit reported (unconfirmed) to have changed"}, checkNameUnconfirmed},
	{"basis-outdated", Warning, Msg{"Căn cứ không phải chương trình đã hết thời kỳ", "No basis is a programme whose period has ended"}, checkBasisOutdated},
	{"placeholder", Warning, Msg{"Không còn chỗ [[...]] chưa điền", "No [[...]] placeholder left"}, checkPlaceholders},
	{"change-member", Error, Msg{"Người bị thay, thôi tham gia có trong Ban; người bổ sung chưa có", "A replaced or leaving member is in the committee; an added one is not yet"}, checkChangeMembers},
	{"symbol-issuer", Error, Msg{"Ký hiệu quyết định khớp cơ quan ban hành (QĐ-TTg, QĐ-UBND, QĐ-B...)", "The symbol fits the issuer (QĐ-TTg, QĐ-UBND, QĐ-B...)"}, checkSymbolIssuer},
	{"level-name", Error, Msg{"Cấp cơ quan ban hành khớp tên cơ quan", "The issuer's level fits its name"}, checkLevelName},
	{"unit-kind", Error, Msg{"Thành phố trực thuộc trung ương không ghi là tỉnh", "A centrally-run city is not written as a tỉnh"}, checkUnitKind},
	{"place-full-name", Error, Msg{"Địa danh đặt theo tên người ghi đầy đủ (Thành phố Hồ Chí Minh)", "A place named after a person is written in full (Thành phố Hồ Chí Minh)"}, checkPlaceFullName},
	{"one-standing-deputy", Error, Msg{"Không quá một Phó Trưởng ban thường trực", "At most one Phó Trưởng ban thường trực"}, checkOneStandingDeputy},
	{"standing-agency-level", Warning, Msg{"Cơ quan thường trực của Ban cấp tỉnh trở lên không phải một phòng", "The standing agency of a provincial or higher committee is not a phòng"}, checkStandingAgencyLevel},
	{"role-title", Warning, Msg{"Vai trò ghi bằng tên tiếng Việt khớp chức danh của Ban", "A role written as a Vietnamese label matches the committee's titles"}, checkRoleTitle},
	{"working-group-count", Error, Msg{"Tổ giúp việc ghi số lượng hoặc danh sách thành viên, không cả hai", "A working group gives its headcount or its members, not both"}, checkWorkingGroupCount},
	{"party-authority", Error, Msg{"Văn bản của Đảng: thẩm quyền là Ban Thường vụ (Ban Chấp hành) của cấp ủy ban hành", "Party document: the authority is the committee's Ban Thường vụ (Ban Chấp hành)"}, checkPartyAuthority},
	{"party-bases", Warning, Msg{"Văn bản của Đảng: căn cứ đầu tiên là Điều lệ Đảng", "Party document: the first basis is the Điều lệ Đảng"}, checkPartyBases},
	{"numeric-date", Warning, Msg{"Ngày tháng trong nội dung viết đầy đủ", "Dates in the text written out in full"}, checkNumericDate},
	{"curly-quotes", Warning, Msg{"Không có giá trị bọc trong dấu nháy cong “…”", "No value wrapped in curly quotes “…”"}, checkCurlyQuotes},
}

func hasMembers(d *Decision) bool { return d.Kind != KindQuyChe && d.Kind != KindThayDoi }

// checkKindFields: each kind needs its own parts (source texts: a rename names the old
// committee, seeds 001 and 003; a founding "trên cơ sở kiện toàn" names its predecessor,
// seed 000; the Quy chế decision attaches the Quy chế, seed 004; a committee decision lists
// its members, seeds 000-003).
func checkKindFields(d *Decision, r *reporter) {
	c := d.Committee
	if d.Kind == KindKienToanDoiTen && c.OldName == "" {
		r.at("committee.old_name", msgf("quyết định kiện toàn và đổi tên cần tên cũ của Ban Chỉ đạo", "a kiện toàn và đổi tên decision needs the committee's old name"))
	}
	if d.Kind != KindKienToanDoiTen && c.OldName != "" {
		r.at("committee.old_name", msgf("chỉ ghi tên cũ khi kind là kien_toan_doi_ten", "old_name belongs only to kind kien_toan_doi_ten"))
	}
	if c.Basis != BasisNone && len(c.Predecessors) == 0 {
		r.at("committee.predecessors", msgf("thành lập trên cơ sở %s cần ít nhất một ban tiền thân", "founding on the basis of %s needs at least one predecessor", c.Basis))
	}
	if c.Basis == BasisHopNhat && len(c.Predecessors) == 1 {
		r.at("committee.predecessors", msgf("hợp nhất cần ít nhất hai ban tiền thân", "hop_nhat needs at least two predecessors"))
	}
	if c.Basis == BasisNone && len(c.Predecessors) > 0 {
		r.at("committee.basis", msgf("có ban tiền thân thì ghi basis: kien_toan hoặc hop_nhat", "with predecessors, give basis: kien_toan or hop_nhat"))
	}
	for i, p := range c.Predecessors {
		if p.Name == "" {
			r.at(fmt.Sprintf("committee.predecessors[%d].name", i), msgf("cần tên của ban tiền thân", "a predecessor needs its name"))
		}
	}
	if d.Kind == KindQuyChe {
		if d.Regulation == nil {
			r.at("regulation", msgf("quyết định ban hành Quy chế cần phần regulation", "a decision issuing the Quy chế needs regulation"))
		}
		return
	}
	if d.Kind == KindThayDoi {
		checkChangeFields(d, r)
		return
	}
	if len(d.Changes) > 0 {
		r.at("changes", msgf("chỉ ghi changes khi kind là thay_doi_thanh_vien", "changes belong only to kind thay_doi_thanh_vien"))
	}
	if len(d.Members) == 0 {
		r.at("members", msgf("cần danh sách thành viên Ban Chỉ đạo", "the committee's members are needed"))
	}
	if len(d.Duties) == 0 && d.Function == "" {
		r.at("duties", msgf("cần chức năng hoặc nhiệm vụ của Ban Chỉ đạo", "the committee's function or duties are needed"))
	}
}

// checkOneHead: every source committee (seeds 000-003) has exactly one Trưởng ban, whether
// the role is a member's own or one held concurrently (also: [truong_ban]).
func checkOneHead(d *Decision, r *reporter) {
	if !hasMembers(d) || len(d.Members) == 0 {
		return
	}
	var heads []string
	for i, m := range d.Members {
		if m.Role == RoleTruongBan {
			heads = append(heads, fmt.Sprintf("members[%d].role", i))
			continue
		}
		for j, a := range m.Also {
			if a == RoleTruongBan {
				heads = append(heads, fmt.Sprintf("members[%d].also[%d]", i, j))
				break
			}
		}
	}
	switch len(heads) {
	case 0:
		r.at("members", msgf("Ban Chỉ đạo chưa có Trưởng ban (role: truong_ban)", "the committee has no Trưởng ban (role: truong_ban)"))
	case 1:
	default:
		r.at(heads[1], msgf("Ban Chỉ đạo có %d Trưởng ban (kể cả kiêm nhiệm qua also); chỉ được một", "the committee has %d Trưởng ban (counting also); only one is allowed", len(heads)))
	}
}

// checkRoleOrder: the source texts list Trưởng ban, Phó Trưởng ban thường trực, Phó Trưởng
// ban, Ủy viên thường trực, Ủy viên, Thư ký, in that order (seeds 000, 001, 002).
func checkRoleOrder(d *Decision, r *reporter) {
	for i := 1; i < len(d.Members); i++ {
		prev, cur := d.Members[i-1].Role, d.Members[i].Role
		if prev == "" || cur == "" {
			continue // a missing role is the field rule's error; "Trưởng ban đứng sau ;" says nothing
		}
		if cur.rank() < prev.rank() {
			r.at(fmt.Sprintf("members[%d].role", i), msgf("%s đứng sau %s; thứ tự quen dùng: Trưởng ban, Phó Trưởng ban thường trực, Phó Trưởng ban, Ủy viên thường trực, Ủy viên, Thư ký",
				"%s comes after %s; customary order: Trưởng ban, Phó Trưởng ban thường trực, Phó Trưởng ban, Ủy viên thường trực, Ủy viên, Thư ký",
				cur.Label(), prev.Label()))
			return
		}
	}
}

// checkMemberDuplicate: a member is one post in one body (or one named person); listing
// the same twice is a copying slip (the source texts never repeat one). Names are compared
// in the one normal form of textnorm: a doubled or non-breaking space, case, "Ủy"/"Uỷ" or a
// dash for a comma do not make two members.
func checkMemberDuplicate(d *Decision, r *reporter) {
	seen := map[string]int{}
	for i, m := range d.Members {
		if m.Name == "" && m.Position == "" && m.Organization == "" {
			continue // an empty entry (- null) is the field rule's error, not a repeat of another
		}
		key := textnorm.Key(m.Position + " " + m.Organization + " " + m.Portfolio)
		if m.Name != "" {
			key = "name:" + textnorm.Key(m.Name)
		}
		if j, ok := seen[key]; ok {
			r.at(fmt.Sprintf("members[%d]", i), msgf("thành viên này trùng với thành viên thứ %d (%s)", "this member repeats member %d (%s)", j+1, m.Holder()))
			continue
		}
		seen[key] = i
	}
}

// checkRoleReference: seal rules (seeds 000, 001, 002, 003) and member duties (seed 003)
// name roles; a role nobody holds makes the clause meaningless.
func checkRoleReference(d *Decision, r *reporter) {
	have := map[Role]bool{}
	for _, m := range d.Members {
		have[m.Role] = true
		for _, a := range m.Also {
			have[a] = true
		}
	}
	if d.Organization != nil {
		for i, s := range d.Organization.Seals {
			for j, role := range s.Roles {
				if !have[role] {
					r.at(fmt.Sprintf("organization.seals[%d].roles[%d]", i, j), msgf("quy định con dấu nói đến %s nhưng Ban Chỉ đạo không có thành viên nào giữ vai trò này",
						"the seal rule names %s but no member holds that role", role.Label()))
				}
			}
		}
	}
	for i, md := range d.MemberDuties {
		if !have[md.Role] {
			r.at(fmt.Sprintf("member_duties[%d].role", i), msgf("nhiệm vụ giao cho %s nhưng Ban Chỉ đạo không có thành viên nào giữ vai trò này",
				"the duty is given to %s but no member holds that role", md.Role.Label()))
		}
	}
}

// checkRefDates: a decision can only replace, consolidate or rest on decisions issued
// before it (seeds 000, 001, 002 replace older decisions; seed 004 rests on the
// establishment decision).
//
// Only what both dates know is compared: a predecessor dated "2018" may precede a decision of
// 2018-11-19, and a [[...]] placeholder date is left to the placeholder rule.
func checkRefDates(d *Decision, r *reporter) {
	if !d.Date.Known() {
		return
	}
	check := func(path string, ref DocRef) {
		if ref.Date.NotBefore(d.Date) {
			r.at(path+".date", msgf("quyết định %s ngày %s không ban hành trước quyết định này (%s)", "decision %s of %s is not dated before this decision (%s)",
				ref.Number, ref.Date, d.Date))
		}
	}
	for i, p := range d.Committee.Predecessors {
		check(fmt.Sprintf("committee.predecessors[%d]", i), p)
	}
	for i, p := range d.Effect.Replaces {
		check(fmt.Sprintf("effect.replaces[%d]", i), p)
	}
	if d.Committee.Establishment != nil {
		check("committee.establishment", *d.Committee.Establishment)
	}
	for i, c := range d.Changes {
		if c.AppointedBy != nil {
			check(fmt.Sprintf("changes[%d].appointed_by", i), *c.AppointedBy)
		}
	}
	for i, b := range d.Bases {
		if d.Date.Before(b.Date) {
			r.at(fmt.Sprintf("bases[%d].date", i), msgf("căn cứ ban hành ngày %s, sau quyết định này (%s)", "the basis is dated %s, after this decision (%s)", b.Date, d.Date))
		}
	}
}

// checkProposalDate: the Tờ trình precedes the decision it asks for (seeds 000 and 004:
// 14/12/2018 and 09/4/2019, both before their decisions).
func checkProposalDate(d *Decision, r *reporter) {
	if d.Proposal == nil || d.Proposal.Submission == nil {
		return
	}
	s := d.Proposal.Submission.Date
	if d.Date.Before(s) {
		r.at("proposal.submission.date", msgf("tờ trình ngày %s muộn hơn quyết định (%s)", "the proposal of %s is dated after the decision (%s)", s, d.Date))
	}
}

// checkBasesMissing: a Quyết định cá biệt states its legal bases (Nghị định 30, Phụ lục I,
// căn cứ ban hành; every full source text, seeds 000 and 004). A warning: news summaries
// (seeds 001-003) omit them, and a clerk may add them last.
func checkBasesMissing(d *Decision, r *reporter) {
	if len(d.Bases) == 0 {
		r.at("bases", msgf("cần ít nhất một căn cứ ban hành", "at least one legal basis is needed"))
	}
}

// checkBasesOrder: bases are listed by decreasing legal force (spec §8 and V10: Luật
// 64/2025/QH15, Điều 4, followed in practice); Nghị định 30 does not say so, hence a
// warning. "Thực hiện" lines stand outside the order, and so do the party's texts cited by
// a State decision (57-NQ/TW, 127-KL/TW): they have no place in the State's order of force
// (Luật 64/2025/QH15, Điều 4), and real decisions put them after the laws, before the
// Government's acts (Quyết định 571/QĐ-TTg ngày 12/3/2025: Luật, Luật, Kết luận 127-KL/TW,
// Quyết định 23/2023/QĐ-TTg). A party document's bases (the Điều lệ Đảng first, then the
// party's own texts) are checked by party-bases instead.
func checkBasesOrder(d *Decision, r *reporter) {
	if d.Party() {
		return // the party's bases follow their own order: party-bases
	}
	prev := -1
	prevIdx := -1
	for i, b := range d.Bases {
		if b.Verb == "Thực hiện" || isPartyNumber(textnorm.Space(b.Number)) {
			continue
		}
		f := b.force()
		if prevIdx >= 0 && f < prev {
			r.at(fmt.Sprintf("bases[%d]", i), msgf("%s có hiệu lực pháp lý cao hơn %s đứng trước; xếp căn cứ theo hiệu lực giảm dần",
				"%s has higher legal force than %s before it; order bases by decreasing force",
				b.short(), d.Bases[prevIdx].short()))
			return
		}
		prev, prevIdx = f, i
	}
}

// checkDocNumbers: numbers and symbols follow Nghị định 30, Phụ lục I (ô 3) and spec §8:
// "64/2007/NĐ-CP", "1072/QĐ-TTg", "58/TTr-STTTT", "36a/NQ-CP".
func checkDocNumbers(d *Decision, r *reporter) {
	check := func(path, n string) {
		if n != "" && !isPlaceholder(n) && !ValidDocNumber(n) {
			r.at(path, msgf("số, ký hiệu %q sai dạng; cần dạng 64/2007/NĐ-CP, 1072/QĐ-TTg hoặc 36a/NQ-CP (không dấu cách)",
				"number %q is malformed; expected the form 64/2007/NĐ-CP, 1072/QĐ-TTg or 36a/NQ-CP (no spaces)", n))
		}
	}
	for i, b := range d.Bases {
		check(fmt.Sprintf("bases[%d].number", i), b.Number)
	}
	if d.Proposal != nil && d.Proposal.Submission != nil {
		check("proposal.submission.number", d.Proposal.Submission.Number)
	}
	for i, p := range d.Committee.Predecessors {
		check(fmt.Sprintf("committee.predecessors[%d].number", i), p.Number)
	}
	for i, p := range d.Effect.Replaces {
		check(fmt.Sprintf("effect.replaces[%d].number", i), p.Number)
	}
	if e := d.Committee.Establishment; e != nil {
		check("committee.establishment.number", e.Number)
	}
}

// checkLawByName: a Luật is cited by its name (and date), not by number and issuer (spec
// §2.6 and V11); the renderer leaves the number out, so a number given is a sign of a
// misclassified document.
func checkLawByName(d *Decision, r *reporter) {
	for i, b := range d.Bases {
		if textnorm.Equal(b.Type, "Luật") && (b.Number != "" || b.Issuer != "") {
			r.at(fmt.Sprintf("bases[%d]", i), msgf("Luật được viện dẫn bằng tên và ngày thông qua; số và cơ quan ban hành sẽ không được in",
				"a Luật is cited by name and date; its number and issuer are not printed"))
		}
	}
}

// checkDecisionNumber: the Số line (Nghị định 30, Phụ lục I, ô 3; spec R1, V5, V6, §2.3):
// numbers 1-9 are written 01-09 and no other number has a leading zero ("0123", "010"); the
// series starts at 01 each 1 January, so there is no number 00. The symbol is the type code
// "QĐ" and the issuer code joined by "-"; a party document's (Hướng dẫn 36-HD/VPTW, điểm
// 1.3; docs/party-layout.md) joins them by "/": "QĐ/TU", its number series restarting at 01
// each term of the committee.
func checkDecisionNumber(d *Decision, r *reporter) {
	if d.Number != "" && !isPlaceholder(d.Number) && !isOwnNumber(d.Number) {
		hint := ""
		if n, err := strconv.Atoi(d.Number); err == nil && n > 0 && n < 10 {
			hint = fmt.Sprintf(" (viết %02d)", n)
		} else if err == nil && n == 0 {
			hint = " (số bắt đầu từ 01)"
		} else if err == nil && n >= 10 {
			hint = fmt.Sprintf(" (viết %d, không có số 0 ở đầu)", n)
		}
		r.at("number", Msg{
			VI: fmt.Sprintf("số %q sai dạng; cần chữ số Ả Rập, số 1-9 viết 01-09, có thể thêm một chữ thường%s", d.Number, hint),
			EN: fmt.Sprintf("number %q is malformed; expected Arabic digits, 1-9 written 01-09, optionally one lower-case letter", d.Number)})
	}
	if d.Party() {
		// Hướng dẫn 36-HD/VPTW, điểm 1.3: a party document's symbol is the type code, "/", the
		// issuer's code ("Số 1407-QĐ/TU"); the State's "QĐ-UBND" form is wrong there.
		if d.Symbol != "" && !isPlaceholder(d.Symbol) && (!isPartySymbol(d.Symbol) || !strings.HasPrefix(d.Symbol, "QĐ/")) {
			r.at("symbol", msgf("ký hiệu %q sai dạng; quyết định của Đảng có ký hiệu QĐ/<cấp ủy>, ví dụ QĐ/TU, QĐ/ĐU (số và ký hiệu in thành Số 1407-QĐ/TU)",
				"symbol %q is malformed; a party decision's symbol is QĐ/<committee>, e.g. QĐ/TU, QĐ/ĐU (printed Số 1407-QĐ/TU)", d.Symbol))
		}
		return
	}
	if d.Symbol != "" && !isPlaceholder(d.Symbol) && (!isOwnSymbol(d.Symbol) || !strings.HasPrefix(d.Symbol, "QĐ-")) {
		r.at("symbol", msgf("ký hiệu %q sai dạng; quyết định có ký hiệu QĐ-<cơ quan>, ví dụ QĐ-UBND, QĐ-BCĐ", "symbol %q is malformed; a decision's symbol is QĐ-<issuer>, e.g. QĐ-UBND, QĐ-BCĐ", d.Symbol))
	}
}

// checkPlace: the place before the date is a capitalised name with no comma (Nghị định 30,
// Phụ lục I, ô 4; spec R2).
func checkPlace(d *Decision, r *reporter) {
	p := d.Place
	if p == "" || isPlaceholder(p) {
		return
	}
	first := []rune(p)[0]
	if strings.ContainsAny(p, ",") || !unicode.IsUpper(first) || strings.HasPrefix(strings.ToLower(p), "tỉnh ") {
		r.at("place", msgf("địa danh %q sai dạng; ghi tên đơn vị hành chính viết hoa, không có dấu phẩy, không có chữ \"tỉnh\" (ví dụ Kiên Giang)",
			"place %q is malformed; write the unit's capitalised name, no comma, no \"tỉnh\" (e.g. Kiên Giang)", p))
	}
}

// checkUpperCase: the issuer name, authority line and signer lines are upper case
// (Nghị định 30, Phụ lục I, ô 2, 5a, 7a; spec §2.2, §2.5, §2.8).
func checkUpperCase(d *Decision, r *reporter) {
	check := func(path string, s string) {
		if s != strings.ToUpper(s) {
			r.at(path, msgf("%q phải viết in hoa: %q", "%q must be upper case: %q", s, strings.ToUpper(s)))
		}
	}
	for i, l := range d.Issuer.Name {
		check(fmt.Sprintf("issuer.name[%d]", i), l)
	}
	check("issuer.parent", d.Issuer.Parent)
	for i, l := range d.Issuer.Authority {
		check(fmt.Sprintf("issuer.authority[%d]", i), l)
	}
	for i, l := range d.Signer.Authority {
		check(fmt.Sprintf("signer.authority[%d]", i), l)
	}
	check("signer.other_post", d.Signer.OtherPost)
}

var signPrefixes = []string{"KT. ", "TM. ", "Q. ", "TL. ", "TUQ. "}

func splitPrefix(s string) (string, string) {
	for _, p := range signPrefixes {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(p), strings.TrimSpace(s[len(p):])
		}
	}
	return "", s
}

func collective(authority string) bool {
	a := strings.ReplaceAll(authority, "UỶ", "ỦY")
	return strings.HasPrefix(a, "ỦY BAN NHÂN DÂN") || strings.HasPrefix(a, "HỘI ĐỒNG")
}

// checkSignerAuthority: the signature block agrees with the authority line (Nghị định 30,
// Phụ lục I, ô 7a; spec §2.8 and V12): "TM." only for a collective authority; an individual
// authority is signed by its head or "KT." the head; after "KT." comes a "PHÓ ..." title.
func checkSignerAuthority(d *Decision, r *reporter) {
	lines := d.Signer.Authority
	auth := d.Issuer.Authority.Text()
	if len(lines) == 0 || auth == "" || isPlaceholder(lines.Text()) || isPlaceholder(auth) {
		return // still to be written: the placeholder rule says so
	}
	if d.Party() {
		checkPartySigner(d, r)
		return
	}
	prefix, head := splitPrefix(lines[0])
	if collective(auth) {
		if prefix != "TM." {
			r.at("signer.authority", msgf("thẩm quyền là tập thể (%s) nên dòng đầu phải là TM. %s", "the authority is collective (%s), so the first line must be TM. %s",
				auth, collectiveName(auth)))
			return
		}
	} else {
		if prefix == "TM." {
			r.at("signer.authority", msgf("TM. chỉ dùng khi thẩm quyền là tập thể; thẩm quyền ở đây là cá nhân (%s)", "TM. is only for a collective authority; here it is an individual (%s)", auth))
			return
		}
		if !strings.HasPrefix(auth, head) {
			r.at("signer.authority", msgf("%s không khớp dòng thẩm quyền %q; người đứng đầu ký %s hoặc cấp phó ký KT. %s",
				"%s does not match the authority line %q; the head signs %s, a deputy KT. %s",
				lines[0], auth, firstTitle(auth), firstTitle(auth)))
			return
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "KT. ") {
			if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "PHÓ ") {
				r.at("signer.authority", msgf("sau %s phải là dòng chức vụ cấp phó (PHÓ ...)", "%s must be followed by the deputy's title (PHÓ ...)", l))
			}
		}
	}
}

func collectiveName(auth string) string {
	if i := strings.Index(auth, " TỈNH"); i > 0 {
		return auth[:i]
	}
	return auth
}

func firstTitle(auth string) string {
	for _, t := range []string{"CHỦ TỊCH", "TRƯỞNG BAN", "BỘ TRƯỞNG", "GIÁM ĐỐC", "THỦ TƯỚNG"} {
		if strings.HasPrefix(auth, t) {
			return t
		}
	}
	return strings.SplitN(auth, " ", 2)[0]
}

// isDegreeToken reports whether the textnorm key t is an academic degree, title or honour as
// it is abbreviated before or after a name ("TS.", "PGS.TS", "ThS", "TSKH", "…, TS."):
// GS PGS TS TSKH ThS KS BS CN NCS DS LS BSCKI BSCKII NSND NSƯT NGND NGƯT TTND TTƯT, keyed at
// compile time (TestDegreeKeys checks them against textnorm.Key), not on each run.
func isDegreeToken(t string) bool {
	switch t {
	case "gs", "pgs", "ts", "tskh", "ths", "ks", "bs", "cn", "ncs", "ds", "ls", "bscki", "bsckii",
		"nsnd", "nsưt", "ngnd", "ngưt", "ttnd", "ttưt":
		return true
	}
	return false
}

// degreeWords are the same written out ("Tiến sĩ", "Phó Giáo sư") as textnorm keys, which
// put a tone after the last vowel of its syllable ("Giáo sư" is "giaó sư"); TestDegreeKeys
// checks them against textnorm.Key of the words as written.
var degreeWords = []string{"giaó sư", "phó giaó sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ",
	"kỹ sư", "bác sĩ", "bác sỹ", "cử nhân", "luật sư", "dược sĩ", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú",
	"nhà giaó nhân dân", "nhà giaó ưu tú", "thầy thuốc nhân dân", "thầy thuốc ưu tú"}

// signerDegree finds an academic title in a signer's name, however it is written: an
// abbreviation standing as a word anywhere ("TS Nguyễn", "Ts. Nguyễn", "PGS.TS. Nguyễn",
// "Nguyễn Văn A, TS.") or a title written out ("Tiến sĩ Nguyễn"). No Vietnamese syllable is
// spelt like one of the abbreviations, so a name cannot be taken for one.
func signerDegree(name string) string {
	k := textnorm.Key(name)
	for _, t := range strings.FieldsFunc(k, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if isDegreeToken(t) {
			return t
		}
	}
	// A title written out stands first ("Tiến sĩ Nguyễn Văn A") or after a comma at the end
	// ("Nguyễn Văn A, Tiến sĩ"); within a name "Tiến Sĩ" may be a given name.
	words := strings.Join(strings.Fields(strings.NewReplacer(".", " ", "(", " ", ")", " ").Replace(k)), " ")
	for _, w := range degreeWords {
		if words == w || strings.HasPrefix(words, w+" ") || strings.HasSuffix(words, "- "+w) {
			return w
		}
	}
	return ""
}

// checkSignerDegree: the signer's name carries no academic or honorary titles (Nghị định
// 30, Phụ lục I, ô 7b; V20), in any of the ways they are written.
func checkSignerDegree(d *Decision, r *reporter) {
	if t := signerDegree(d.Signer.Name); t != "" {
		r.at("signer.name", msgf("không ghi học hàm, học vị, danh hiệu (%s) cùng họ tên người ký: %q", "no academic or honorary titles (%s) with the signer's name: %q", t, d.Signer.Name))
	}
}

// checkRecipientsLast: the last recipient is "Lưu: VT, <unit>." (Nghị định 30, Phụ lục I,
// ô 9b; V16); a party document's is "Lưu Văn phòng <cấp ủy>" (checkPartyRecipientsLast).
func checkRecipientsLast(d *Decision, r *reporter) {
	n := len(d.Recipients)
	if n == 0 {
		return
	}
	last := d.Recipients[n-1]
	if d.Party() {
		checkPartyRecipientsLast(d, r)
		return
	}
	if !strings.HasPrefix(last, "Lưu:") || !strings.Contains(last, "VT") {
		r.at(fmt.Sprintf("recipients[%d]", n-1), msgf("dòng cuối của Nơi nhận phải là \"Lưu: VT, ...\" (văn thư và đơn vị soạn thảo), gặp %q",
			"the last recipient must be \"Lưu: VT, ...\" (records office and drafting unit), got %q", last))
	}
}

// checkRecipientArticle: a decision's first recipient is "Như Điều <n>", n the execution
// article (Nghị định 30, Phụ lục I, ô 9b; V17). A wrong n is an error; a missing item is
// left to the clerk.
func checkRecipientArticle(d *Decision, r *reporter) {
	exec := d.ExecutionArticle()
	for i, rc := range d.Recipients {
		_, num, ok := nhuDieu(rc)
		if !ok {
			continue
		}
		if n, _ := strconv.Atoi(num); n != exec {
			r.at(fmt.Sprintf("recipients[%d]", i), msgf("%q nhưng điều thi hành là Điều %d", "%q but the execution article is Điều %d", rc, exec))
		}
	}
}

// checkRecipientPunctuation: the renderer adds "- " and ";" or "." to each recipient
// (Nghị định 30, Phụ lục I, ô 9b); written ones would be doubled.
func checkRecipientPunctuation(d *Decision, r *reporter) {
	for i, rc := range d.Recipients {
		if strings.HasPrefix(rc, "-") || strings.HasSuffix(rc, ";") || strings.HasSuffix(rc, ".") && !strings.HasPrefix(rc, "Lưu:") {
			r.at(fmt.Sprintf("recipients[%d]", i), msgf("bỏ dấu \"- \" đầu dòng và dấu \";\" cuối dòng: chương trình tự thêm", "drop the leading \"- \" and the final \";\": they are added for you"))
		}
	}
}

// checkRegulationTitles: every article of a text built of chapters and articles has a
// title (Nghị định 30, Phụ lục I, nội dung; spec §2.7 and V19).
func checkRegulationTitles(d *Decision, r *reporter) {
	if d.Regulation == nil {
		return
	}
	for i, c := range d.Regulation.Chapters {
		for j, a := range c.Articles {
			if strings.TrimSpace(a.Title) == "" {
				r.at(fmt.Sprintf("regulation.chapters[%d].articles[%d]", i, j), msgf("điều của Quy chế cần tên điều (title)", "an article of the Quy chế needs a title"))
			}
			if a.Text == "" && len(a.Clauses) == 0 {
				r.at(fmt.Sprintf("regulation.chapters[%d].articles[%d]", i, j), msgf("điều của Quy chế cần nội dung (text hoặc clauses)", "an article of the Quy chế needs content (text or clauses)"))
			}
		}
	}
	if !d.Regulation.Standard && len(d.Regulation.Chapters) == 0 {
		r.at("regulation", msgf("Quy chế cần các chương (chapters), hoặc standard: true để lấy văn bản mẫu", "the Quy chế needs chapters, or standard: true for the standard text"))
	}
}

// checkRegulationIssuer: the line under the Quy chế's title repeats the decision's number,
// date and issuer (Nghị định 30, Phụ lục III, model of an attached text; V19).
func checkRegulationIssuer(d *Decision, r *reporter) {
	if d.Regulation != nil && d.Regulation.IssuedBy == "" && d.Issuer.Short == "" {
		r.at("regulation.issued_by", msgf("cần issued_by (hoặc issuer.short) để ghi \"(Kèm theo Quyết định số ... của ...)\"", "issued_by (or issuer.short) is needed to write \"(Kèm theo Quyết định số ... của ...)\""))
	}
}

// checkTitleForm: Mẫu 1.2 starts the trích yếu "Về việc ..."; Mẫu 1.3 starts "Ban hành ..."
// (Nghị định 30, Phụ lục III; spec §2.5).
func checkTitleForm(d *Decision, r *reporter) {
	t := d.TitleText()
	if !strings.HasPrefix(t, "Về việc ") && !strings.HasPrefix(t, "Ban hành ") {
		r.at("title", msgf("trích yếu nên bắt đầu bằng \"Về việc\" hoặc \"Ban hành\": %q", "the trích yếu should start with \"Về việc\" or \"Ban hành\": %q", t))
	}
}

// checkDistrictUnits: a district (huyện) has phòng, not sở (Nghị định 37/2014/NĐ-CP on the
// specialised bodies of a district UBND; the issue of the model); a sở in a district
// committee is a copying slip from a provincial decision.
func checkDistrictUnits(d *Decision, r *reporter) {
	if d.Issuer.Level != LevelDistrict {
		return
	}
	for i, m := range d.Members {
		if strings.HasPrefix(textnorm.Key(m.Organization), "sở ") {
			r.at(fmt.Sprintf("members[%d].organization", i), msgf("cấp huyện có các phòng, không có sở: %q", "a district has phòng, not sở: %q", m.Organization))
		}
	}
}

// vietLatin1 are the Latin-1 letters Vietnamese uses.
const vietLatin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"

// checkLegacyEncoding: Vietnamese typed in TCVN3 (ABC) or VNI fonts and pasted as text
// shows Latin-1 symbols and letters Vietnamese never uses ("Quy chÕ", "ñieàu"), or, when
// every character happens to be a Latin-1 letter Vietnamese uses, words that are no
// Vietnamese syllable but read as one in TCVN3 ("Sở Néi vô" for "Sở Nội vụ"). Nghị định 30
// requires Unicode (TCVN 6909:2001, Phụ lục I).
func checkLegacyEncoding(d *Decision, r *reporter) {
	for _, t := range d.texts {
		bad := 0
		for _, c := range t.value {
			if c >= 0xA1 && c <= 0xFF && !strings.ContainsRune(vietLatin1+"°§«»×", c) {
				bad++
			}
		}
		if bad > 0 {
			r.at(t.path, msgf("chữ có vẻ gõ bằng phông TCVN3/VNI cũ bị đọc sai (%q); hãy chuyển mã sang Unicode (ví dụ bằng Unikey) rồi dán lại",
				"text looks like legacy TCVN3/VNI read as Latin-1 (%q); convert it to Unicode and paste again", short(t.value)))
			continue
		}
		if w, dec := tcvn3Word(t.value); w != "" {
			r.at(t.path, msgf("chữ %q không phải tiếng Việt nhưng đọc theo mã TCVN3 là %q: văn bản gõ bằng phông TCVN3 cũ bị đọc sai; hãy chuyển mã sang Unicode rồi dán lại",
				"%q is no Vietnamese word but reads %q in TCVN3: legacy TCVN3 text read as Latin-1; convert it to Unicode and paste again", w, dec))
		}
	}
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

// checkControlChars: Nghị định 30 (Phụ lục I) requires Unicode text (TCVN 6909:2001);
// control characters are not printable text, and XML 1.0 (the .docx format) forbids them. A
// line break inside one paragraph is a paste slip: each paragraph is its own item. The
// invisible line and paragraph separators U+2028, U+2029 and U+0085 (pasted from Word or the
// web) are such breaks too: Word starts a new line there, and YAML 1.1 readers split the value.
func checkControlChars(d *Decision, r *reporter) {
	for _, t := range d.texts {
		v := strings.TrimRight(t.value, "\n")
		for _, c := range v {
			if lineSeparator(c) {
				what := Msg{"ngắt dòng", "line"}
				if c == '\u2029' {
					what = Msg{"ngắt đoạn", "paragraph"}
				}
				m := Msg{VI: fmt.Sprintf("có ký tự %s ẩn U+%04X (thường do dán từ Word hoặc trang web), tức là xuống dòng giữa một đoạn; hãy xoá hoặc thay bằng dấu cách", what.VI, c),
					EN: fmt.Sprintf("contains the invisible %s separator U+%04X (often pasted from Word or the web), a line break inside the paragraph; remove it or put a space", what.EN, c)}
				if p, ok := d.pos.sep[t.path]; ok {
					r.atPos(t.path, p, m)
				} else {
					r.at(t.path, m)
				}
				break
			}
			if c < 0x20 && c != '\t' || c == 0x7F || c >= 0x80 && c <= 0x9F || c == 0xFFFE || c == 0xFFFF {
				what := fmt.Sprintf("U+%04X", c)
				if c == '\n' {
					r.at(t.path, msgf("có dấu xuống dòng trong một đoạn; tách thành nhiều mục", "a line break inside one paragraph; split it into items"))
				} else {
					r.at(t.path, msgf("có ký tự điều khiển %s không in được", "contains the unprintable control character %s", what))
				}
				break
			}
		}
	}
}

// checkInvisibleChars: zero-width and direction marks pasted from web pages are invisible in
// Word and break search and comparison of the text; Nghị định 30 (Phụ lục I) asks for plain
// Unicode text (TCVN 6909:2001), and none of the source texts has them.
func checkInvisibleChars(d *Decision, r *reporter) {
	for _, t := range d.texts {
		for _, c := range t.value {
			if c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF || c == 0x00AD {
				r.at(t.path, msgf("có ký tự ẩn U+%04X (thường do dán từ trang web); hãy xoá", "contains the invisible character U+%04X (often pasted from the web); remove it", c))
				break
			}
		}
	}
}

// checkUnshowableChars: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.1 asks for the
// Vietnamese font of the Unicode character set of TCVN 6909:2001 (Times New Roman in the
// source texts). Emoji and a font's private-use characters (Wingdings bullets pasted from
// Word, U+F0B7) are not in it and print as empty boxes or another font's picture; a
// combining mark still standing alone after the loader's NFC belongs to no Vietnamese letter
// (marks stacked on one letter, "Chí́"); U+FFFD is what a wrong conversion left for a
// letter it lost. None of the source texts has any of them.
func checkUnshowableChars(d *Decision, r *reporter) {
	for _, t := range d.texts {
		for _, c := range t.value {
			if showable(c) {
				continue
			}
			if what, bad := unshowable(c); bad {
				r.at(t.path, what)
				break
			}
		}
	}
}

// showable reports, without Unicode's tables, that c is none of what checkUnshowableChars
// looks for: ASCII, Latin-1 and Latin Extended-A and -B (below U+0250) and Latin Extended
// Additional (U+1E00-U+1EFF) are assigned letters, digits, punctuation, spaces and controls,
// which is most of a Vietnamese text (TestShowableRanges checks every one with unshowable).
func showable(c rune) bool { return c < 0x250 || 0x1E00 <= c && c <= 0x1EFF }

// unshowable returns what is wrong with c, if it is a character the document's font cannot
// show.
func unshowable(c rune) (Msg, bool) {
	switch {
	case c == utf8.RuneError:
		return msgf("ký tự thay thế U+FFFD (chữ đã mất khi chuyển mã); gõ lại chữ ở chỗ này", "the replacement character U+FFFD (a letter lost in a conversion); type the letter again"), true
	case unicode.Is(unicode.Co, c):
		return msgf("ký tự U+%04X thuộc vùng dùng riêng của một phông (thường là dấu đầu dòng của Word dán vào); phông văn bản không có, hãy xoá", "U+%04X from a font's private-use area (often a Word bullet pasted in); the document's font has none, remove it", c), true
	case unicode.Is(unicode.Mn, c) && c != 0xFE0F:
		return msgf("dấu rời U+%04X không ghép được vào chữ trước nó (dấu chồng lên chữ đã có dấu); gõ lại chữ này", "the stray mark U+%04X joins no letter before it (a mark stacked on a marked letter); type the letter again", c), true
	case c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF || c == 0xFE0F:
		return msgf("biểu tượng %q (emoji) không có trong phông văn bản, in ra thành ô trống; hãy xoá", "the symbol %q (emoji) is not in the document's font and prints as a box; remove it", string(c)), true
	case !unicode.IsPrint(c) && !unicode.IsControl(c) && !unicode.Is(unicode.Cf, c) && !unicode.IsSpace(c):
		return msgf("ký tự U+%04X chưa có trong Unicode, không phông nào in được; hãy xoá", "U+%04X is not assigned in Unicode and no font prints it; remove it", c), true
	}
	return Msg{}, false
}

// checkSpaces: doubled spaces, tabs and spaces at the ends show as uneven gaps in a
// justified paragraph (source text 000 has such paste slips).
func checkSpaces(d *Decision, r *reporter) {
	for _, t := range d.texts {
		v := strings.TrimRight(t.value, "\n")
		if strings.Contains(v, "  ") || strings.Contains(v, "\t") || v != strings.TrimSpace(v) {
			r.at(t.path, msgf("có hai dấu cách liền nhau, dấu tab hoặc dấu cách ở đầu/cuối", "doubled spaces, a tab, or a leading/trailing space"))
		}
	}
}

// checkArticleSpace: "Điều N." is followed by a space (Nghị định 30, Phụ lục I, nội dung;
// source text 000 shows the slip "Điều 1.Thành lập").
func checkArticleSpace(d *Decision, r *reporter) {
	for _, t := range d.texts {
		if !strings.Contains(t.value, "Điều ") {
			continue
		}
		if m := articleNoSpace(t.value); m != "" {
			_, last := utf8.DecodeLastRuneInString(m) // the letter after the full stop
			r.at(t.path, msgf("thiếu dấu cách sau %q", "missing space after %q", m[:len(m)-last]))
		}
	}
}

// newTone finds a tone mark placed the "new" way on an open oa, oe or uy syllable (Uỷ, Hoà,
// Tuỳ): the mark on the second vowel, no letter after it, and not after "q", where the mark
// always sits on y ("quý"). It returns "" when there is none.
func newTone(s string) string {
	const (
		onA = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"
		onY = "ỳýỷỹỵỲÝỶỸỴ"
	)
	var p2, p1 rune // the two runes before r
	for i, r := range s {
		first := (p1 == 'o' || p1 == 'O') && strings.ContainsRune(onA, r) ||
			(p1 == 'u' || p1 == 'U') && strings.ContainsRune(onY, r)
		if first && p2 != 'q' && p2 != 'Q' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !unicode.IsLetter(next) {
				return string([]rune{p1, r})
			}
		}
		p2, p1 = p1, r
	}
	return ""
}

// checkToneStyle: the documents qd writes place tone marks the way Nghị định 30's models and
// the provincial decisions do ("Ủy ban", "CỘNG HÒA"; spec §8 and V21); text written the other
// way ("Uỷ ban", "Hoà") would mix the two styles in one document.
func checkToneStyle(d *Decision, r *reporter) {
	for _, t := range d.texts {
		if m := newTone(t.value); m != "" {
			r.at(t.path, msgf("%q bỏ dấu kiểu mới; văn bản dùng kiểu Ủy, Hòa (như mẫu Nghị định 30)", "%q places the tone mark the new way; this document writes Ủy, Hòa (as Nghị định 30's models)", m))
		}
	}
}

// checkBanChiDaoCase: the name is written "Ban Chỉ đạo" (Nghị định 30, Phụ lục II example;
// V22). "Trưởng ban chỉ đạo" (the head's title in running text) is left alone.
func checkBanChiDaoCase(d *Decision, r *reporter) {
	for _, t := range d.texts {
		v := strings.ReplaceAll(t.value, "Trưởng ban chỉ đạo", "")
		for _, bad := range []string{"Ban chỉ đạo", "ban chỉ đạo", "ban Chỉ đạo", "BAN Chỉ đạo"} {
			if strings.Contains(v, bad) {
				r.at(t.path, msgf("viết %q thành \"Ban Chỉ đạo\"", "write %q as \"Ban Chỉ đạo\"", bad))
				break
			}
		}
	}
}

// checkNumericDate: dates in the text are written out ("ngày 16 tháng 3 năm 2017"), as in
// Nghị định 30's own căn cứ and models (spec §8).
func checkNumericDate(d *Decision, r *reporter) {
	for _, t := range d.texts {
		if !strings.Contains(t.value, "/") {
			continue
		}
		if m := numericDate(t.value); m != "" {
			r.at(t.path, msgf("ngày %q nên viết đầy đủ: ngày ... tháng ... năm ...", "date %q should be written out: ngày ... tháng ... năm ...", m))
		}
	}
}

// The kinds of article of a decision, in the order ArticlePlan lays them out.
const (
	ArticleIssue        = "issue"        // the article issuing the attached Quy chế
	ArticleMembers      = "members"      // Điều 1: the committee and its members
	ArticleGroup        = "group"        // the working group set up with the committee (WorkingGroup.OwnArticle)
	ArticleChanges      = "changes"      // Điều 1 of a change-members decision
	ArticleDuties       = "duties"       // function and duties
	ArticleOrganization = "organization" // organisation and working regime
	ArticleFree         = "free"         // one of Articles, in order
	ArticleEffect       = "effect"       // effect and replacement, when Effect.Separate
	ArticleExecution    = "execution"    // who executes the decision
)

// ArticlePlan returns the kind of each article of the decision, Điều 1 first: the renderer
// numbers the articles from it and the rules find the execution article in it.
func (d *Decision) ArticlePlan() []string {
	var plan []string
	if d.Kind == KindQuyChe {
		plan = append(plan, ArticleIssue)
	} else if d.Kind == KindThayDoi {
		plan = append(plan, ArticleChanges)
	} else {
		plan = append(plan, ArticleMembers)
		if d.GroupInOwnArticle() != nil {
			plan = append(plan, ArticleGroup)
		}
		if d.HasDutiesArticle() {
			plan = append(plan, ArticleDuties)
		}
		if d.Organization != nil {
			plan = append(plan, ArticleOrganization)
		}
		// A Quy chế carried by the decision is issued by one of its articles (Nghị định 30,
		// Phụ lục III: the attached text is "ban hành kèm theo" the decision; seed 004, Điều 1),
		// unless an article the clerk wrote already does.
		if d.CarriesRegulation() && !d.regulationIssuedInArticles() {
			plan = append(plan, ArticleIssue)
		}
	}
	for range d.Articles {
		plan = append(plan, ArticleFree)
	}
	if d.Effect.Separate {
		plan = append(plan, ArticleEffect)
	}
	return append(plan, ArticleExecution)
}

// CarriesRegulation reports whether the Quy chế is attached to the decision: written out in
// chapters or the standard text.
func (d *Decision) CarriesRegulation() bool {
	r := d.Regulation
	return r != nil && (r.Standard || len(r.Chapters) > 0)
}

// IssueRegulationText is the sentence of the article issuing the attached Quy chế: "Ban hành
// kèm theo Quyết định này Quy chế hoạt động của ..." (Nghị định 30, Phụ lục III, Mẫu 1.3; seed
// 004, Điều 1).
func (d *Decision) IssueRegulationText() string {
	return "Ban hành kèm theo Quyết định này Quy chế " + textnorm.LowerFirst(d.RegulationTitle()) + "."
}

// issuesRegulation reports whether a sentence issues a Quy chế with the decision.
func issuesRegulation(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "kèm theo quyết định này") && strings.Contains(l, "quy chế")
}

// regulationIssuedInArticles reports whether an article the clerk wrote (or the organisation's
// sentence on the Quy chế) already issues the Quy chế with the decision.
func (d *Decision) regulationIssuedInArticles() bool {
	if d.Organization != nil && issuesRegulation(d.Organization.RegulationBy) {
		return true
	}
	for _, a := range d.Articles {
		if issuesRegulation(a.Title + " " + a.Text) {
			return true
		}
		for _, c := range a.Clauses {
			if issuesRegulation(c.Text) {
				return true
			}
		}
	}
	return false
}

// checkRegulationIssued: a text attached to a decision is issued by the decision ("Ban hành
// kèm theo Quyết định này ...": Nghị định 30, Phụ lục III, Mẫu 1.3 and the model of an
// attached text; seed 004, Điều 1). When the decision carries the Quy chế, a sentence that
// leaves the Quy chế to be issued later (seed 000, Điều 3: "Trưởng Ban Chỉ đạo ban hành Quy
// chế", right only for a decision without one) contradicts it; when it carries none, a
// sentence issuing one "kèm theo Quyết định này" points at nothing.
func checkRegulationIssued(d *Decision, r *reporter) {
	carries := d.CarriesRegulation()
	for _, t := range d.texts {
		if !bodyText(t.path) {
			continue
		}
		switch {
		case carries && !issuesRegulation(t.value) && defersRegulation(strings.ToLower(t.value)):
			r.at(t.path, msgf("quyết định đã ban hành kèm theo Quy chế, câu này lại để Quy chế ban hành sau: %q", "the decision issues the Quy chế it carries, yet this sentence leaves it to be issued later: %q", t.value))
		case !carries && issuesRegulation(t.value) && strings.Contains(strings.ToLower(t.value), "ban hành"):
			r.at(t.path, msgf("câu này ban hành Quy chế kèm theo quyết định, nhưng quyết định không kèm Quy chế nào (regulation)", "this sentence issues a Quy chế with the decision, but the decision carries none (regulation)"))
		}
	}
}

// bodyText reports whether a field holds a sentence of the decision's articles (not a title,
// a name, a citation or the Quy chế).
func bodyText(path string) bool {
	for _, p := range []string{"organization.", "articles[", "execution.text", "effect.text", "duties[", "function", "member_duties["} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// ExecutionArticle returns the number of the execution article.
func (d *Decision) ExecutionArticle() int { return len(d.ArticlePlan()) }

// HasDutiesArticle reports whether the decision has a function-and-duties article.
func (d *Decision) HasDutiesArticle() bool {
	return d.Function != "" || len(d.Duties) > 0 || len(d.MemberDuties) > 0
}

// checkPlaceholders: `qd init` writes [[...]] where the clerk must write; a text leaves the
// office with every component of its thể thức filled in (Nghị định 30, Điều 8), so none may
// be left. A warning, so that a half-written draft still renders; --strict makes CI refuse it.
func checkPlaceholders(d *Decision, r *reporter) {
	for _, t := range d.texts {
		if isPlaceholder(t.value) {
			i := strings.Index(t.value, "[[")
			j := strings.Index(t.value[i:], "]]")
			r.at(t.path, msgf("còn chỗ %s chưa điền", "placeholder %s not filled in", t.value[i:i+j+2]))
		}
	}
}

// checkBasisInForce: a basis must be in force when the decision is issued (Luật Ban hành văn
// bản quy phạm pháp luật: căn cứ ban hành is the text in force; spec §2.6). Successions in
// templates/registry/, each with its source: the 2015 Luật Tổ chức chính quyền địa
// phương replaced in 2025, the Luật Công nghệ thông tin by the Luật Chuyển đổi số from
// 01/7/2026. The error names the successor.
func checkBasisInForce(d *Decision, r *reporter) {
	reg, asOf := registry.Default(), d.asOf()
	for i, b := range d.Bases {
		doc := r.basisDoc(i)
		if doc == nil {
			continue
		}
		path := fmt.Sprintf("bases[%d]", i)
		if latest := d.latestAsOf(); latest.Before(Date(doc.Date)) {
			r.at(path, msgf("%s ban hành ngày %s, sau ngày kiểm tra %s", "%s was issued on %s, after the date checked, %s", b.short(), doc.Date, latest))
			continue
		}
		sure, latest := reg.InForce(doc, rdate(asOf))
		switch {
		case sure != doc && latest != sure:
			r.successor(path, msgf("%s không còn hiệu lực vào ngày %s; dùng: %s (kiểm tra: có thể đã được thay bằng %s %s)", "%s is no longer in force on %s; cite instead: %s (check: it may have been replaced by %s %s)",
				b.short(), asOf, Citation(sure), latest.Type, latest.Number), sure.Number)
		case sure != doc:
			r.successor(path, msgf("%s không còn hiệu lực vào ngày %s; dùng: %s", "%s is no longer in force on %s; cite instead: %s", b.short(), asOf, Citation(sure)), sure.Number)
		}
	}
}

// checkBasisOutdated: a programme for a period (Nghị quyết 17/NQ-CP: e-government 2019 -
// 2020, to 2025) is not repealed when the period ends, but a decision issued after it rests
// on the texts in force then (Nghị định 30, Phụ lục I: căn cứ ban hành; spec §2.6): a
// warning, as the registry records the period (expires), not a repeal.
func checkBasisOutdated(d *Decision, r *reporter) {
	asOf := d.asOf()
	for i, b := range d.Bases {
		doc := r.basisDoc(i)
		if doc == nil || doc.Expires.IsZero() || !Date(doc.Expires).Before(asOf) {
			continue
		}
		r.at(fmt.Sprintf("bases[%d]", i), msgf("%s là chương trình cho thời kỳ đến %s, đã kết thúc trước ngày %s; bỏ hoặc thay bằng văn bản hiện hành (qd basis)",
			"%s is a programme for a period up to %s, which ended before %s; drop it or cite the current text (qd basis)", b.short(), longDate(doc.Expires), asOf))
	}
}

// checkBasisSuperseded: a successor is issued but the registry has not confirmed its entry
// into force (Nghị định 30 asks for the basis in force; the registry records only confirmed
// facts): the clerk is warned to check.
func checkBasisSuperseded(d *Decision, r *reporter) {
	reg, asOf := registry.Default(), d.asOf()
	for i, b := range d.Bases {
		doc := r.basisDoc(i)
		if doc == nil || asOf.Before(Date(doc.Date)) {
			continue
		}
		if sure, cur := reg.InForce(doc, rdate(asOf)); sure == doc && cur != doc {
			r.successor(fmt.Sprintf("bases[%d]", i), msgf("%s đã có văn bản thay thế ban hành ngày %s (%s); kiểm tra hiệu lực", "%s has a successor issued on %s (%s); check which is in force",
				b.short(), Date(cur.Date), Citation(cur)), cur.Number)
		}
	}
}

// checkBasisMismatch: a first citation gives the date and title exactly (Nghị định 30,
// Phụ lục I, căn cứ ban hành; spec §2.6); a basis whose number is in the registry must agree
// with it.
func checkBasisMismatch(d *Decision, r *reporter) {
	for i, b := range d.Bases {
		doc := r.basisDoc(i)
		if doc == nil || b.Number == "" {
			continue
		}
		if b.Date.Known() && !b.Date.IsPlaceholder() && b.Date != Date(doc.Date) {
			r.at(fmt.Sprintf("bases[%d].date", i), msgf("%s ban hành ngày %s, không phải %s", "%s is dated %s, not %s", doc.Number, longDate(doc.Date), longDate(b.Date)))
		}
		if b.Title != "" && !registry.Same(b.Title, doc.Title) && doc.Unconfirmed == "" {
			r.at(fmt.Sprintf("bases[%d].title", i), msgf("trích yếu của %s là %q", "the title of %s is %q", doc.Number, doc.Title))
		}
	}
}

// checkBodyDissolved: every body a decision names, wherever it names it (issuer, authority,
// members' organisations, posts and portfolios, standing agencies, seals, working group,
// addressees, recipients...), exists on the decision's date. Nghị định 45/2025/NĐ-CP left 12
// sở from 01/3/2025 (Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ...);
// the central bank's provincial branches became 15 regional ones from 01/3/2025, the tax
// and treasury offices were reorganised (templates/registry/bodies.yaml, each with its
// source). Names are compared as a reader would (registry.Fold: case, marks, spaces,
// punctuation, TT&TT...). The error names the successor. A name inside the citation of a
// document issued before the change, or of one whose date the text does not give, is history
// (Nghị định 30, Phụ lục I: a citation gives the issuer and title as issued): it only warns
// (name-unconfirmed), and update leaves it.
func checkBodyDissolved(d *Decision, r *reporter) {
	for _, m := range r.ceased("body", true) {
		r.successor(m.path, msgf("%q: %s không còn từ %s; thay bằng: %s", "%q: %s ceased to exist on %s; write instead: %s",
			m.Text, m.Name, longDate(m.Until), m.Successor), m.Successor)
	}
}

// ceasedMention is a mention of a ceased body or unit in one field of the decision.
type ceasedMention struct {
	registry.Mention
	path string
}

// scannedField is one name field read once per validation: its folded form and the
// mentions of ceased bodies and units in it.
type scannedField struct {
	nameField
	key      string
	mentions []registry.Mention
}

// scan reads every name field of the decision once for all the rules of this run.
func (r *reporter) scan() []scannedField {
	if r.names == nil {
		reg, asOf := registry.Default(), rdate(r.d.asOf())
		home, _ := r.d.locality()
		r.names = []scannedField{}
		for _, f := range r.d.nameFields() {
			r.names = append(r.names, scannedField{f, registry.Fold(*f.p), reg.CeasedNear(*f.p, asOf, f.place, home, f.near)})
		}
	}
	return r.names
}

// basisDoc returns the registry document bases[i] cites (nil when the registry does not
// know it), looked up once per validation for all the basis rules.
func (r *reporter) basisDoc(i int) *registry.Document {
	if r.bases == nil {
		reg, latest := registry.Default(), r.d.latestAsOf()
		r.bases = make([]*registry.Document, len(r.d.Bases))
		for j, b := range r.d.Bases {
			r.bases[j] = reg.Find(b.citeAsOf(latest))
		}
	}
	return r.bases[i]
}

// ceased returns the mentions of ceased bodies (kind "body") or units ("unit") in every
// name field, the ones the registry is sure of (sure) or the unconfirmed ones.
func (r *reporter) ceased(kind string, sure bool) []ceasedMention {
	var out []ceasedMention
	for _, f := range r.scan() {
		for _, m := range f.mentions {
			if m.Kind == kind && m.Sure() == sure {
				out = append(out, ceasedMention{m, f.path})
			}
		}
	}
	return out
}

// checkNameUnconfirmed: a body or unit that public reports, but no official source, say has
// ceased (a portfolio whose sector merged under Nghị định 45/2025/NĐ-CP; provinces reported
// to become centrally-run cities in 2026) is a warning to check, never an error: the spec
// (law-2025-2026.md) admits unconfirmed leads as warnings only (templates/registry/). So is a
// ceased name in a citation that gives no date ("Căn cứ Quyết định của Ủy ban nhân dân tỉnh Hà
// Giang về ..."): the cited document keeps the name it was issued with (Nghị định 30, Phụ lục
// I) if it is older than the change, which qd cannot tell without its date, so the clerk is
// asked to check or to give the number and date; update does not rewrite it.
// A member's organisation, post and portfolio are read together: "Trưởng Ban Dân tộc" of a
// member whose organisation is the Hội đồng nhân dân heads the HĐND's Ban Dân tộc, which did
// not cease (Luật 72/2025/QH15, Điều 29: the HĐND keeps its Ban; registry unless_with).
func checkNameUnconfirmed(d *Decision, r *reporter) {
	for _, kind := range []string{"body", "unit"} {
		for _, m := range r.ceased(kind, false) {
			if m.List != "" {
				// It has ceased: what is unsure is how to write its successor in the list.
				r.successor(m.path, msgf("%q: %s không còn từ %s, nay là %s (%s)", "%q: %s ceased to exist on %s, now %s (%s)",
					m.Text, m.Name, longDate(m.Until), m.Successor, unsureWhy(m.Mention)), m.Successor)
				continue
			}
			r.successor(m.path, msgf("%q: %s có thể không còn từ %s (%s); kiểm tra, có thể là %s", "%q: %s may have ceased on %s (%s); check, it may be %s",
				m.Text, m.Name, longDate(m.Until), unsureWhy(m.Mention), m.Successor), m.Successor)
		}
	}
}

// unsureWhy says why the registry is not sure of a mention: the registry's note in
// Vietnamese, its sense in English (the note is Vietnamese data).
func unsureWhy(m registry.Mention) Msg {
	why := Msg{VI: m.Unconfirmed, EN: "not confirmed by an official source"}
	switch {
	case m.List != "":
		why.EN = fmt.Sprintf("an item of the list after %q, which qd cannot rewrite in the list's form; edit it by hand", m.List)
	case !m.Cited.IsZero():
		why.EN = fmt.Sprintf("it is in the citation of a document issued in %d, before that date: the cited title and issuer keep the name they were issued with", m.Cited.Year)
	case m.Undated:
		why.EN = "it is in the citation of a document that gives no date: if that document was issued before that date, its title and issuer keep the name they were issued with; give its number and date so that qd can check"
	}
	return why
}

// districtRE finds the district level in a folded name (registry.Fold): "UBND các huyện,
// thành phố", "Ủy ban nhân dân quận ...".
var districtRE = lazyre.New(`\buy ban nhan dan (cac )?(huyen|quan|thi xa)\b`)

// townRE finds the thị trấn in a folded list of communes ("các xã, phường, thị trấn").
var townRE = lazyre.New(`\b(xa|phuong) (xa |phuong )?thi tran\b`)

// checkUnitDissolved: the issuer, place, committee and every other name field name
// administrative units that exist on the decision's date: 63 provincial units until
// 30/6/2025 and 34 from 01/7/2025, each of the 29 that ceased with its successor (Nghị quyết
// 202/2025/QH15); tỉnh Thừa Thiên Huế became thành phố Huế on 01/01/2025 (Nghị quyết
// 175/2024/QH15); no district level from 01/7/2025 (Luật 72/2025/QH15, Điều 51) and no thị
// trấn: communes are xã, phường, đặc khu (Đề án kèm Quyết định 759/QĐ-TTg). Facts and sources
// in templates/registry/units.yaml.
func checkUnitDissolved(d *Decision, r *reporter) {
	for _, m := range r.ceased("unit", true) {
		r.successor(m.path, msgf("%q: %s không còn từ %s; thay bằng: %s", "%q: %s ceased to exist on %s; write instead: %s",
			m.Text, m.Name, longDate(m.Until), m.Successor), m.Successor)
	}
	reg, asOf := registry.Default(), d.asOf()
	if !reg.DistrictsUntil.IsZero() && !asOf.Before(Date(reg.DistrictsUntil)) {
		msg := msgf("cấp huyện không còn từ %s (Luật 72/2025/QH15)", "the district level ceased to exist on %s (Luật 72/2025/QH15)", longDate(reg.DistrictsUntil))
		if d.Issuer.Level == LevelDistrict {
			r.successor("issuer.level", msg, "cấp xã")
		}
		for _, f := range r.scan() {
			if districtRE.MatchString(f.key) {
				succ := "cấp xã"
				if nf, ok := d.communeLine(*f.p, asOf); ok {
					succ = nf
				}
				r.successor(f.path, msg, succ)
			}
		}
	}
	if !reg.TownsUntil.IsZero() && !asOf.Before(Date(reg.TownsUntil)) {
		for _, f := range r.scan() {
			if townRE.MatchString(f.key) {
				succ, _ := d.communeLine(*f.p, asOf)
				r.successor(f.path, msgf("không còn thị trấn từ %s: cấp xã gồm xã, phường, đặc khu", "there are no thị trấn from %s: communes are xã, phường, đặc khu", longDate(reg.TownsUntil)), succ)
			}
		}
	}
}

// checkChangeFields: a change-members decision amends Điều 1 of the decision that set the
// committee up, naming it ("Thay đổi thành viên Ban Chỉ đạo ... được thành lập tại Quyết định
// số ..."; Quyết định 1069/QĐ-TTg 2024 replacing and adding members of the national
// committee, seed-independent public report); it lists changes, not the whole committee, so
// members, duties and organisation written there would not be printed.
func checkChangeFields(d *Decision, r *reporter) {
	if d.Committee.Establishment == nil {
		r.at("committee.establishment", msgf("quyết định thay đổi thành viên cần quyết định được sửa đổi (committee.establishment: số, ngày, người ban hành)",
			"a change-members decision needs the decision it amends (committee.establishment: number, date, issuer)"))
	}
	if len(d.Changes) == 0 {
		r.at("changes", msgf("quyết định thay đổi thành viên cần ít nhất một thay đổi (changes)", "a change-members decision needs at least one change (changes)"))
	}
	for i, c := range d.Changes {
		path := fmt.Sprintf("changes[%d]", i)
		needMember := c.Action == ChangeReplace || c.Action == ChangeAdd || c.Action == ChangeRole
		needOld := c.Action == ChangeReplace || c.Action == ChangeRemove
		if needMember && c.Member == nil {
			r.at(path+".member", msgf("thay đổi %s cần member (thành viên mới hoặc với vai trò mới)", "change %s needs member (the new member, or the member with the new role)", c.Action))
		}
		if needOld && c.Old == nil {
			r.at(path+".old", msgf("thay đổi %s cần old (thành viên bị thay hoặc thôi tham gia)", "change %s needs old (the member replaced or leaving)", c.Action))
		}
		if c.AppointedBy != nil && c.Action != ChangeReplace {
			r.at(path+".appointed_by", msgf("appointed_by chỉ dùng khi thay người (action: thay)", "appointed_by belongs only to a replacement (action: thay)"))
		}
	}
	for _, f := range []struct {
		path string
		set  bool
	}{{"members", len(d.Members) > 0}, {"duties", len(d.Duties) > 0 || d.Function != ""}, {"organization", d.Organization != nil}, {"member_duties", len(d.MemberDuties) > 0}} {
		if f.set {
			r.at(f.path, msgf("quyết định thay đổi thành viên không in %s; ghi các thay đổi trong changes và thành viên hiện có trong current_members",
				"a change-members decision does not print %s; write the changes in changes and the present members in current_members", f.path))
		}
	}
}

// sameMember reports whether two members are the same person or post: by name when both are
// named, otherwise by post in its body, compared as textnorm keys.
func sameMember(a, b Member) bool {
	if a.Name != "" && b.Name != "" {
		return textnorm.Equal(a.Name, b.Name)
	}
	return textnorm.Equal(a.Position+" "+a.Organization, b.Position+" "+b.Organization)
}

// checkChangeMembers: a change-members decision replaces or removes someone the amended
// decision appointed and adds someone it did not (source texts: Quyết định 1069/QĐ-TTg of
// 2024 replaces the Phó Chủ tịch thường trực named under 1619/QĐ-TTg, "thay nguyên Phó Thủ
// tướng ..."). Checked against current_members when the clerk gives them (qd change writes
// them).
func checkChangeMembers(d *Decision, r *reporter) {
	if d.Kind != KindThayDoi || len(d.Current) == 0 {
		return
	}
	in := func(m Member) bool {
		for _, c := range d.Current {
			if sameMember(c, m) {
				return true
			}
		}
		return false
	}
	for i, c := range d.Changes {
		if c.Old != nil && !in(*c.Old) {
			r.at(fmt.Sprintf("changes[%d].old", i), msgf("%s không có trong danh sách thành viên hiện có (current_members)", "%s is not among the present members (current_members)", c.Old.Holder()))
		}
		if c.Action == ChangeAdd && c.Member != nil && in(*c.Member) {
			r.at(fmt.Sprintf("changes[%d].member", i), msgf("%s đã là thành viên; dùng action: doi_vai_tro để đổi vai trò", "%s is already a member; use action: doi_vai_tro to change the role", c.Member.Holder()))
		}
	}
}

// symbolFits reports whether an issuer code after "QĐ-" fits a level (Nghị định 30, Phụ lục
// I, ô 3: the symbol ends with the abbreviation of the issuing body or title; spec §2.3): TTg
// for the Thủ tướng Chính phủ (1619/QĐ-TTg), UBND or CT... for a UBND and its Chủ tịch (seeds
// 000-003), B... for a ministry (6085/QĐ-BYT) or the code of a body of ministerial rank (TTCP).
func symbolFits(level Level, code string) bool {
	ministry := strings.HasPrefix(code, "B") && !strings.HasPrefix(code, "BCĐ") && !strings.HasPrefix(code, "BCD")
	switch level {
	case LevelGovernment:
		return code == "TTg"
	case LevelProvince, LevelCity, LevelDistrict, LevelCommune:
		return strings.HasPrefix(code, "UB") || strings.HasPrefix(code, "CT")
	case LevelMinistry:
		// a Bộ (BYT, BTTTT) or a body of ministerial rank (TTCP, NHNN, VPCP)
		return ministry || code != "TTg" && !strings.HasPrefix(code, "UB") && !strings.HasPrefix(code, "BCĐ")
	case LevelCommittee:
		return code != "TTg" && !strings.HasPrefix(code, "UB")
	}
	return true
}

// checkSymbolIssuer: the symbol names the issuer (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 3;
// spec §2.3): QĐ-UBND on a Thủ tướng decision or QĐ-BYT on a UBND one is a copying slip.
func checkSymbolIssuer(d *Decision, r *reporter) {
	if d.Party() {
		checkPartySymbolIssuer(d, r)
		return
	}
	parts := strings.SplitN(d.Symbol, "-", 2)
	if len(parts) != 2 || parts[1] == "" || isPlaceholder(d.Symbol) || d.Issuer.Level == "" {
		return
	}
	code := parts[1]
	if !symbolFits(d.Issuer.Level, code) {
		want := map[Level]string{LevelGovernment: "QĐ-TTg", LevelProvince: "QĐ-UBND", LevelCity: "QĐ-UBND", LevelDistrict: "QĐ-UBND", LevelCommune: "QĐ-UBND",
			LevelMinistry: "QĐ-B<tên bộ viết tắt>, ví dụ QĐ-BYT", LevelCommittee: "QĐ-BCĐ"}[d.Issuer.Level]
		r.at("symbol", msgf("ký hiệu %s không khớp cơ quan ban hành cấp %s; cần %s", "symbol %s does not fit an issuer of level %s; expected %s",
			d.Symbol, d.Issuer.Level, want))
	}
}

// LevelsForName returns the levels an issuer's name allows (see levelsForName); qd import
// reads the level of an imported decision with it.
func LevelsForName(name string) []Level { return levelsForName(name) }

// communePartyRE is the party committee of a commune ("ĐẢNG ỦY XÃ MINH ĐỨC", "ĐẢNG ỦY
// PHƯỜNG DĨ AN", "ĐẢNG ỦY ĐẶC KHU ..."), folded to upper case with Ủy.
var communePartyRE = lazyre.New(`^ĐẢNG ỦY (XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN) `)

// levelsForName returns the levels an issuer's name allows (Nghị định 30, Phụ lục I, ô 2: the
// issuer line names the body): a Bộ is level bo, the Thủ tướng Chính phủ chinh_phu, a Ban Chỉ
// đạo ban_chi_dao, an Ủy ban nhân dân tỉnh tinh; nil when the name does not say.
func levelsForName(name string) []Level {
	n := strings.ReplaceAll(strings.ToUpper(textnorm.Space(name)), "UỶ", "ỦY")
	switch {
	case strings.Contains(n, "THỦ TƯỚNG") || n == "CHÍNH PHỦ":
		return []Level{LevelGovernment}
	case strings.HasPrefix(n, "BỘ "):
		return []Level{LevelMinistry}
	case strings.HasPrefix(n, "BAN CHỈ ĐẠO"):
		return []Level{LevelCommittee}
	case strings.HasPrefix(n, "TỈNH ỦY") || strings.HasPrefix(n, "THÀNH ỦY") || strings.HasPrefix(n, "ĐẢNG BỘ TỈNH") || strings.HasPrefix(n, "ĐẢNG BỘ THÀNH PHỐ"):
		return []Level{LevelPartyProvince}
	case communePartyRE.MatchString(n):
		return []Level{LevelPartyCommune}
	case strings.Contains(n, "ỦY BAN NHÂN DÂN") || strings.HasPrefix(n, "UBND"):
		switch {
		case strings.Contains(n, " TỈNH "):
			return []Level{LevelProvince}
		case strings.Contains(n, " HUYỆN ") || strings.Contains(n, " QUẬN ") || strings.Contains(n, " THỊ XÃ "):
			return []Level{LevelDistrict}
		case strings.Contains(n, " XÃ ") || strings.Contains(n, " PHƯỜNG ") || strings.Contains(n, " ĐẶC KHU ") || strings.Contains(n, " THỊ TRẤN "):
			// the commune level: xã, phường, đặc khu (thị trấn until 30/6/2025; Luật Tổ chức
			// chính quyền địa phương 72/2025/QH15, Điều 2)
			return []Level{LevelCommune}
		case strings.Contains(n, " THÀNH PHỐ "):
			return []Level{LevelCity, LevelDistrict}
		}
		return []Level{LevelProvince, LevelCity, LevelDistrict}
	}
	return nil
}

// checkLevelName: the level and the issuer's name say the same (Nghị định 30, Phụ lục I,
// ô 2 and 5a: the issuer and its authority; spec §2.2): "Bộ Y tế" with level tinh is a slip
// that changes which rules apply.
func checkLevelName(d *Decision, r *reporter) {
	if d.Issuer.Level == "" || len(d.Issuer.Name) == 0 || isPlaceholder(d.Issuer.Name.Text()) {
		return
	}
	name := d.Issuer.Name.Text() + " "
	allowed := levelsForName(name)
	if allowed == nil && d.Issuer.Level == LevelPartyProvince {
		r.at("issuer.level", msgf("cấp %s (văn bản của Đảng) cần tên cơ quan là TỈNH ỦY ... hoặc THÀNH ỦY ..., gặp %q",
			"level %s (a party document) needs an issuer named TỈNH ỦY ... or THÀNH ỦY ..., got %q", d.Issuer.Level, d.Issuer.Name.Text()))
		return
	}
	if allowed == nil && d.Issuer.Level == LevelPartyCommune {
		r.at("issuer.level", msgf("cấp %s (văn bản của Đảng) cần tên cơ quan là ĐẢNG ỦY XÃ ..., ĐẢNG ỦY PHƯỜNG ... hoặc ĐẢNG ỦY ĐẶC KHU ..., gặp %q",
			"level %s (a party document) needs an issuer named ĐẢNG ỦY XÃ ..., ĐẢNG ỦY PHƯỜNG ... or ĐẢNG ỦY ĐẶC KHU ..., got %q", d.Issuer.Level, d.Issuer.Name.Text()))
		return
	}
	if allowed == nil {
		// a body of ministerial rank (Thanh tra Chính phủ, Ngân hàng Nhà nước) may be level bo
		if d.Issuer.Level == LevelGovernment {
			r.at("issuer.level", msgf("cấp %s nhưng tên cơ quan ban hành là %q", "level %s but the issuer's name is %q", d.Issuer.Level, d.Issuer.Name.Text()))
		}
		return
	}
	for _, l := range allowed {
		if l == d.Issuer.Level {
			return
		}
	}
	var names []string
	for _, l := range allowed {
		names = append(names, string(l))
	}
	r.at("issuer.level", msgf("cơ quan %q là cấp %s, không phải %s", "issuer %q is of level %s, not %s",
		d.Issuer.Name.Text(), strings.Join(names, " hoặc "), d.Issuer.Level))
}

// checkOneStandingDeputy: the Phó Trưởng ban thường trực stands in for the Trưởng ban (the
// standard Quy chế, templates/quy-che-chuan.yaml; seeds 001, 002 and Quyết định 1619/QĐ-TTg
// each name one): two of them leave unclear who does.
func checkOneStandingDeputy(d *Decision, r *reporter) {
	seen := 0
	for i, m := range d.Members {
		if m.Role != RolePhoThuongTruc {
			continue
		}
		seen++
		if seen == 2 {
			r.at(fmt.Sprintf("members[%d].role", i), msgf("Ban đã có một %s; chỉ một người giữ vai trò này", "the committee already has a %s; only one member holds that role",
				d.Committee.Titles.Of(RolePhoThuongTruc)))
		}
	}
}

// checkStandingAgencyLevel: the standing agency of a provincial (or higher) committee is a
// sở or a body of that level (seeds 000-003: Sở Thông tin và Truyền thông); a phòng is a body
// of a district UBND (Nghị định 37/2014/NĐ-CP) or a unit inside a sở, a slip copied from a
// district decision. A warning: a phòng of the provincial police may still be meant.
func checkStandingAgencyLevel(d *Decision, r *reporter) {
	switch d.Issuer.Level {
	case LevelProvince, LevelCity, LevelMinistry, LevelGovernment:
	default:
		return
	}
	if d.Organization == nil {
		return
	}
	for i, s := range d.Organization.StandingAgencies {
		if strings.HasPrefix(textnorm.Space(s.Agency), "Phòng ") {
			r.at(fmt.Sprintf("organization.standing_agencies[%d].agency", i), msgf("%q là một phòng; cơ quan thường trực của Ban cấp %s thường là một sở hoặc cơ quan cùng cấp",
				"%q is a phòng; the standing agency of a committee of level %s is normally a sở or a body of that level", s.Agency, d.Issuer.Level))
		}
	}
}

// checkWorkingGroupCount: a working group is written with its members or, when the source
// gives only a number, its headcount (seeds 000 and 003 list members); given both, the
// headcount would not be printed, silently.
func checkWorkingGroupCount(d *Decision, r *reporter) {
	if d.Organization == nil || d.Organization.WorkingGroup == nil {
		return
	}
	w := d.Organization.WorkingGroup
	if w.Count > 0 && len(w.Members) > 0 {
		r.at("organization.working_group.count", msgf("ghi count (số thành viên) hoặc members (danh sách), không cả hai: count sẽ không được in",
			"give count (a headcount) or members (a list), not both: count would not be printed"))
	}
}

// checkOldName: a renaming decision changes the name (seeds 001 and 003: "kiện toàn và đổi tên
// ... thành ..."); an old name that is the new one once spaces, case and Unicode form are
// set aside renames nothing, and the title would read "đổi tên X thành X".
func checkOldName(d *Decision, r *reporter) {
	c := d.Committee
	if c.OldName != "" && c.Name != "" && textnorm.Equal(c.OldName, c.Name) {
		r.at("committee.old_name", msgf("tên cũ trùng tên mới (%q); đổi tên thì hai tên phải khác nhau", "the old name is the new name (%q); a rename needs two different names", c.Name))
	}
}

// founding is 2 September 1945, when the Democratic Republic of Viet Nam was proclaimed: no
// decision of the State's bodies is older.
var founding = Date{1945, 9, 2}

// checkDecisionDate: a decision is dated the day it is signed (Nghị định 30, Phụ lục I, ô 4:
// ngày, tháng, năm ban hành), so its date lies between the founding of the State (2/9/1945)
// and a year from today: "9999-12-31" or "1900-01-01" is a typing slip that would be printed
// as it stands.
func checkDecisionDate(d *Decision, r *reporter) {
	if !d.Date.Known() || d.Date.IsPlaceholder() {
		return
	}
	now := Today()
	limit := Date{now.Year + 1, now.Month, now.Day}
	if now.Month == 2 && now.Day == 29 {
		limit.Day = 28
	}
	switch {
	case d.Date.Before(founding):
		r.at("date", msgf("ngày %s trước ngày thành lập nước (02/09/1945); kiểm tra lại năm", "date %s is before the State was founded (2 September 1945); check the year", d.Date))
	case limit.Before(d.Date):
		r.at("date", msgf("ngày %s quá xa trong tương lai (quá một năm kể từ hôm nay, %s); kiểm tra lại năm", "date %s is too far in the future (over a year from today, %s); check the year", d.Date, now))
	}
}

// checkEffectDate: a decision takes effect when signed or later (every source text: "có hiệu
// lực kể từ ngày ký", seeds 000-004), never before it exists; and an effective date before
// the decision it replaces would leave a time when both were in force.
func checkEffectDate(d *Decision, r *reporter) {
	from := d.Effect.From
	if !from.Known() || from.IsPlaceholder() {
		return
	}
	if from.Before(d.Date) {
		r.at("effect.from", msgf("ngày có hiệu lực %s trước ngày ký quyết định (%s)", "the effective date %s is before the decision is signed (%s)", from, d.Date))
		return
	}
	for _, rep := range d.Effect.Replaces {
		if from.Before(rep.Date) {
			r.at("effect.from", msgf("ngày có hiệu lực %s trước quyết định bị thay thế %s (%s)", "the effective date %s is before the replaced decision %s (%s)", from, rep.Number, rep.Date))
			return
		}
	}
}

// checkChapterTitleCase: a chapter's title stands on the line under "Chương I" in upper case
// (Nghị định 30, Phụ lục I, bố cục của văn bản; spec §2.7 and the Quy chế of seed 004).
func checkChapterTitleCase(d *Decision, r *reporter) {
	if d.Regulation == nil {
		return
	}
	for i, c := range d.Regulation.Chapters {
		if c.Title != "" && !isPlaceholder(c.Title) && c.Title != strings.ToUpper(c.Title) {
			r.at(fmt.Sprintf("regulation.chapters[%d].title", i), msgf("tên chương viết in hoa: %q", "a chapter title is upper case: %q", strings.ToUpper(c.Title)))
		}
	}
}

// maxPoints is the number of letters điểm are lettered with: the Vietnamese alphabet without
// f, j, w, z, a) to y) (Nghị định 30, Phụ lục I, bố cục; spec §2.7).
const maxPoints = 23

// checkPointsLimit: points (điểm) are lettered a) to y), so one list holds at most 23 of them
// (Nghị định 30, Phụ lục I; spec §2.7); more must be split into clauses. Duties and member
// duties are numbered and have no such bound.
func checkPointsLimit(d *Decision, r *reporter) {
	check := func(path string, n int) {
		if n > maxPoints {
			r.at(path, msgf("có %d điểm; điểm đánh chữ a) đến y) nên một khoản có tối đa %d điểm: tách thành nhiều khoản",
				"%d points; points are lettered a) to y), so one clause holds at most %d: split it into clauses", n, maxPoints))
		}
	}
	for i, du := range d.Duties {
		check(fmt.Sprintf("duties[%d].items", i), len(du.Items))
	}
	for i, a := range d.Articles {
		for j, c := range a.Clauses {
			check(fmt.Sprintf("articles[%d].clauses[%d].points", i, j), len(c.Points))
		}
	}
	if d.Regulation != nil {
		for i, ch := range d.Regulation.Chapters {
			for j, a := range ch.Articles {
				for k, c := range a.Clauses {
					check(fmt.Sprintf("regulation.chapters[%d].articles[%d].clauses[%d].points", i, j, k), len(c.Points))
				}
			}
		}
	}
}

// communeLine rewrites an addressee or recipient naming the district level or the thị
// trấn of the province ("Chủ tịch UBND các huyện, thành phố") as the commune level of its
// date: "Chủ tịch UBND các xã, phường", with ", đặc khu" where the province has them.
func (d *Decision) communeLine(s string, asOf Date) (string, bool) {
	key := registry.Fold(s)
	if !districtRE.MatchString(key) && !townRE.MatchString(key) || !strings.Contains(key, "uy ban nhan dan cac ") {
		return "", false // one district ("UBND huyện Tràng Định") has no single successor
	}
	lead := ""
	if strings.HasPrefix(key, "chu tich ") {
		lead = "Chủ tịch "
	} else if !strings.HasPrefix(key, "uy ban nhan dan") {
		return "", false
	}
	return lead + "UBND các " + d.communeKinds(asOf), true
}

// communeKinds is "xã, phường" or "xã, phường, đặc khu" for the issuer's province on a
// date; a placeholder when the province is not known.
func (d *Decision) communeKinds(asOf Date) string {
	reg := registry.Default()
	full, _ := d.locality()
	name, _ := reg.Bring(full, rdate(asOf), false)
	for _, p := range []string{"tỉnh ", "thành phố "} {
		name = strings.TrimPrefix(name, p)
	}
	u := reg.Province(name, rdate(asOf))
	switch {
	case u == nil:
		return "xã, phường[[, đặc khu]]"
	case len(u.SpecialZones) > 0:
		return "xã, phường, đặc khu"
	}
	return "xã, phường"
}

// checkRoleTitle: a role written as a label ("role: Chủ tịch") is printed with the
// committee's titles (committee.titles); a label of another title set would be printed
// differently from what the clerk wrote, silently ("Chủ tịch" as "Trưởng ban"). Source texts:
// an Ủy ban writes Chủ tịch, Phó Chủ tịch (Quyết định 1619/QĐ-TTg), a Ban Trưởng ban, Phó
// Trưởng ban (seeds 000-003).
func checkRoleTitle(d *Decision, r *reporter) {
	for _, l := range d.roleLabels {
		role, ok := decodeCode(reflect.TypeOf(Role("")), l.value)
		if !ok {
			continue // an unknown value: the field rule reports it
		}
		printed := d.Committee.Titles.Of(Role(role))
		if textnorm.Key(l.value) == textnorm.Key(role) || textnorm.Equal(l.value, printed) {
			continue
		}
		r.at(l.path, msgf("ghi %q nhưng văn bản in %q theo chức danh của Ban (committee.titles: %s); chọn committee.titles phù hợp hoặc ghi vai trò như sẽ in",
			"written %q but printed %q by the committee's titles (committee.titles: %s); choose committee.titles or write the role as printed",
			l.value, printed, d.Committee.Titles.orDefault()))
	}
}

// checkCurlyQuotes: a value wrapped whole in Word's curly quotes (“Ban Chỉ đạo…”) was meant
// as a YAML quoted string, but YAML keeps curly quotes as text, so the document would print
// them; Nghị định 30 (Phụ lục I) prints the thể thức as written, and no source text quotes a
// name, a recipient or a post. A warning: a sentence may quote a title in the middle.
func checkCurlyQuotes(d *Decision, r *reporter) {
	for _, t := range d.texts {
		v := strings.TrimSpace(t.value)
		first, _ := utf8.DecodeRuneInString(v)
		last, _ := utf8.DecodeLastRuneInString(v)
		if len(v) > 0 && strings.ContainsRune("“‘„", first) && strings.ContainsRune("”’‟“", last) {
			r.at(t.path, withHint(msgf("giá trị nằm trong dấu nháy cong nên các dấu nháy sẽ được in ra: %s", "the value is wrapped in curly quotes, so the quotes would be printed: %s", short(v)), curlyHint))
		}
	}
}

// checkUnitKind: a centrally-run city (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần
// Thơ, Huế from 01/01/2025: templates/registry/units.yaml, unit "thành phố", with their
// sources) is never a tỉnh: "ỦY BAN NHÂN DÂN TỈNH HỒ CHÍ MINH" names a body that does not
// exist (Luật Tổ chức chính quyền địa phương, Điều 2; Nghị định 30, Phụ lục I, mục II.3: the
// issuer's name written in full and exactly).
func checkUnitKind(d *Decision, r *reporter) {
	if len(d.Issuer.Name) == 0 {
		return
	}
	n := " " + strings.ToUpper(textnorm.Space(d.Issuer.Name.Text())) + " "
	i := strings.Index(n, " TỈNH ")
	if i < 0 {
		return
	}
	rest := strings.TrimSpace(n[i+len(" TỈNH "):])
	for _, u := range registry.Default().Provinces(registry.Date(d.asOf())) {
		if u.Unit == "thành phố" && registry.Fold(rest) == registry.Fold(u.Name) {
			r.at("issuer.name", msgf("%s là thành phố trực thuộc trung ương, không phải tỉnh: ghi THÀNH PHỐ %s",
				"%s is a centrally-run city, not a tỉnh: write THÀNH PHỐ %s", u.Name, strings.ToUpper(u.Name)))
			return
		}
	}
}

// namedAfterPeople are the provincial units named after a person, whose place line is written
// in full (Nghị định 30, Phụ lục I, mục II.4: "đơn vị hành chính được đặt theo tên người ...
// phải ghi tên gọi đầy đủ"; its model: "Thành phố Hồ Chí Minh, ngày ..."; spec §2.4).
var namedAfterPeople = map[string]string{"Hồ Chí Minh": "Thành phố Hồ Chí Minh"}

// checkPlaceFullName: the place before the date names a unit called after a person in full
// (Nghị định 30, Phụ lục I, mục II.4): "Hồ Chí Minh, ngày ..." is "Thành phố Hồ Chí Minh, ngày ...".
func checkPlaceFullName(d *Decision, r *reporter) {
	p := strings.TrimSpace(d.Place)
	for bare, full := range namedAfterPeople {
		if p != "" && registry.Fold(p) == registry.Fold(bare) {
			r.at("place", msgf("địa danh đặt theo tên người ghi đầy đủ: %q, không phải %q",
				"a place named after a person is written in full: %q, not %q", full, p))
		}
	}
}
