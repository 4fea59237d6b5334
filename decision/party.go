package decision

import (
	"fmt"
	"strings"

	"github.com/vanthu-vn/qd/textnorm"
)

// The party's format (Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng,
// "thể thức và kỹ thuật trình bày văn bản của Đảng"; docs/party-layout.md) differs from
// Nghị định 30 in the number, the authority and signature, the bases and the Nơi nhận. The
// State rules hand a party document (Decision.Party) to the checks below instead of
// silencing themselves.

// partyIssuerCode returns the issuer code a party committee's decisions carry: TU for a Tỉnh
// ủy and for a Thành ủy of a centrally governed city alike (reported numbers: 1407-QĐ/TU of
// Tỉnh ủy Nam Định; 445-KL/TU of Tỉnh ủy Thừa Thiên Huế; docs/party-layout.md §3); ĐU for
// the Đảng ủy of a xã, phường or đặc khu (Hướng dẫn 36-HD/VPTW, điểm 1.3: the issuer's
// abbreviation; reported number 21-QĐ/ĐU of 01/7/2025 of Đảng ủy xã Phú Mỹ Tây, tỉnh Gia Lai,
// baogialai.com.vn post560657).
func partyIssuerCode(l Level) string {
	if l == LevelPartyCommune {
		return "ĐU"
	}
	return "TU"
}

// partyBodyWords names the committee a level's party documents come from, in messages: its
// name and the office that keeps the copy.
func partyBodyWords(l Level) (body, office string) {
	if l == LevelPartyCommune {
		return "Đảng ủy xã, phường, đặc khu", "Văn phòng Đảng ủy"
	}
	return "Tỉnh ủy, Thành ủy", "Văn phòng Tỉnh ủy"
}

// checkPartySymbolIssuer: a party committee's symbol ends in its own code (Hướng dẫn
// 36-HD/VPTW, điểm 1.3: ký hiệu = tên loại viết tắt / tên cơ quan ban hành viết tắt): a
// Tỉnh ủy writes QĐ/TU. A State symbol (QĐ-UBND) on a party document is the slip of a clerk
// starting from a State template.
func checkPartySymbolIssuer(d *Decision, r *reporter) {
	if d.Symbol == "" || isPlaceholder(d.Symbol) {
		return
	}
	want := "QĐ/" + partyIssuerCode(d.Issuer.Level)
	if i := strings.Index(d.Symbol, "/"); i >= 0 && d.Symbol[i+1:] != partyIssuerCode(d.Issuer.Level) {
		body, _ := partyBodyWords(d.Issuer.Level)
		r.at("symbol", msgf("ký hiệu %s không khớp cơ quan ban hành (%s); quyết định của %s có ký hiệu %s",
			"symbol %s does not fit the issuer (%s); a decision of a %s has the symbol %s", d.Symbol, d.Issuer.Name.Text(), body, want))
	}
}

// checkPartyAuthority: a party committee's decision is made by a collective body and says
// so above its bases: "BAN THƯỜNG VỤ TỈNH ỦY" (or the Ban Chấp hành Đảng bộ); Hướng dẫn
// 36-HD/VPTW, điểm 1.7.1 (a cấp ủy's documents are signed T/M the collective) and the
// reported practice (docs/party-layout.md §6). "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." there, or a
// Thành ủy decision in the name of a "TỈNH ỦY" Ban Thường vụ, is a copying slip.
func checkPartyAuthority(d *Decision, r *reporter) {
	if !d.Party() {
		return
	}
	auth := strings.ToUpper(textnorm.Space(d.Issuer.Authority.Text()))
	name := strings.ToUpper(textnorm.Space(d.Issuer.Name.Text()))
	auth = strings.ReplaceAll(auth, "UỶ", "ỦY")
	name = strings.ReplaceAll(name, "UỶ", "ỦY")
	if auth == "" || isPlaceholder(auth) || isPlaceholder(name) {
		return
	}
	if !strings.HasPrefix(auth, "BAN THƯỜNG VỤ ") && !strings.HasPrefix(auth, "BAN CHẤP HÀNH ĐẢNG BỘ ") {
		want := "BAN THƯỜNG VỤ TỈNH ỦY (THÀNH ỦY)"
		if d.Issuer.Level == LevelPartyCommune {
			want = "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ (PHƯỜNG, ĐẶC KHU)"
		}
		r.at("issuer.authority", msgf("văn bản của Đảng do tập thể cấp ủy quyết định: dòng thẩm quyền là %s, gặp %q",
			"a party document is decided by the committee as a body: the authority line is %s, got %q", want, d.Issuer.Authority.Text()))
		return
	}
	for _, c := range []struct{ body, other string }{{"THÀNH ỦY", "TỈNH ỦY"}, {"TỈNH ỦY", "THÀNH ỦY"}} {
		if strings.HasPrefix(name, c.body) && strings.Contains(auth, c.other) {
			r.at("issuer.authority", msgf("cơ quan ban hành là %s nhưng dòng thẩm quyền ghi %s", "the issuer is a %s but the authority line says %s", c.body, c.other))
			return
		}
	}
}

// partyTitles are the posts that sign for a Tỉnh ủy's Ban Thường vụ (Hướng dẫn 36-HD/VPTW,
// điểm 1.7.1: the Bí thư, or a Phó Bí thư, signs T/M the collective; no K/T for a cấp ủy).
var partyTitles = []string{"BÍ THƯ", "PHÓ BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"}

// checkPartySigner: a cấp ủy's document is signed "T/M BAN THƯỜNG VỤ" (thay mặt, written
// with a slash, not the State's "TM.") and then the signer's post, BÍ THƯ or PHÓ BÍ THƯ
// (Hướng dẫn 36-HD/VPTW, điểm 1.7.1: "Đối với văn bản của ... cấp uỷ ...: Đề ký là thay mặt
// (ký hiệu là T/M)"; K/T is for the cấp ủy's advisory bodies, not for the cấp ủy itself).
func checkPartySigner(d *Decision, r *reporter) {
	lines := d.Signer.Authority
	if len(lines) == 0 || isPlaceholder(lines.Text()) {
		return
	}
	first := strings.ReplaceAll(strings.ToUpper(textnorm.Space(lines[0])), "UỶ", "ỦY")
	auth := strings.ReplaceAll(strings.ToUpper(textnorm.Space(d.Issuer.Authority.Text())), "UỶ", "ỦY")
	want := "T/M BAN THƯỜNG VỤ"
	if strings.HasPrefix(auth, "BAN CHẤP HÀNH") {
		want = "T/M TỈNH ỦY"
		switch {
		case d.Issuer.Level == LevelPartyCommune:
			want = "T/M ĐẢNG ỦY"
		case strings.Contains(auth, "THÀNH PHỐ"):
			want = "T/M THÀNH ỦY"
		}
	}
	switch {
	case strings.HasPrefix(first, "TM.") || strings.HasPrefix(first, "TM ") || strings.HasPrefix(first, "KT.") || strings.HasPrefix(first, "K/T"):
		r.at("signer.authority", msgf("văn bản của cấp ủy ký thay mặt tập thể, viết %s (T/M, có gạch chéo), không viết %q",
			"a cấp ủy's document is signed on behalf of the body, written %s (T/M with a slash), not %q", want, lines[0]))
		return
	case !strings.HasPrefix(first, "T/M "):
		r.at("signer.authority", msgf("văn bản của cấp ủy ký thay mặt tập thể: dòng đầu phải là %s, gặp %q",
			"a cấp ủy's document is signed on behalf of the body: the first line must be %s, got %q", want, lines[0]))
		return
	}
	if len(lines) < 2 {
		r.at("signer.authority", msgf("sau %s phải là chức vụ người ký: BÍ THƯ hoặc PHÓ BÍ THƯ", "%s must be followed by the signer's post: BÍ THƯ or PHÓ BÍ THƯ", lines[0]))
		return
	}
	post := strings.ToUpper(textnorm.Space(lines[1]))
	for _, t := range partyTitles {
		if post == t {
			return
		}
	}
	r.at("signer.authority", msgf("người ký thay mặt Ban Thường vụ là BÍ THƯ hoặc PHÓ BÍ THƯ, gặp %q", "the one who signs for the Ban Thường vụ is the BÍ THƯ or a PHÓ BÍ THƯ, got %q", lines[1]))
}

// checkPartyRecipientsLast: a party document's Nơi nhận ends with the copy kept by its own
// office, "Lưu Văn phòng Tỉnh ủy" (Hướng dẫn 36-HD/VPTW, điểm 1.9, nơi nhận: the last line
// is "Lưu" and the keeping office; reported practice writes it without the State's colon
// and "VT", docs/party-layout.md §9).
func checkPartyRecipientsLast(d *Decision, r *reporter) {
	n := len(d.Recipients)
	last := d.Recipients[n-1]
	if isPlaceholder(last) {
		return
	}
	_, office := partyBodyWords(d.Issuer.Level)
	if strings.HasPrefix(last, "Lưu:") {
		r.at(fmt.Sprintf("recipients[%d]", n-1), msgf("văn bản của Đảng ghi \"Lưu %s\" (không có dấu hai chấm, không \"VT\"), gặp %q",
			"a party document writes \"Lưu %s\" (no colon, no \"VT\"), got %q", office, last))
		return
	}
	if !strings.HasPrefix(last, "Lưu ") {
		r.at(fmt.Sprintf("recipients[%d]", n-1), msgf("dòng cuối của Nơi nhận phải là bản lưu, ví dụ \"Lưu %s\", gặp %q",
			"the last recipient must be the kept copy, e.g. \"Lưu %s\", got %q", office, last))
	}
}

// checkPartyBases: a party decision's bases start from the Điều lệ Đảng ("- Căn cứ Điều lệ
// Đảng; ..."): reported practice in the party's own decisions (97-QĐ/TW of the Bộ Chính trị:
// "Căn cứ Điều lệ Đảng và ..."), the form Hướng dẫn 36-HD/VPTW's samples show for a
// quyết định (docs/party-layout.md §6, not confirmed from the guide's sample itself, hence a
// warning).
func checkPartyBases(d *Decision, r *reporter) {
	if !d.Party() || len(d.Bases) == 0 {
		return
	}
	b := d.Bases[0]
	if isPlaceholder(b.Type) || isPlaceholder(b.Title) || b.Ref != "" && b.Type == "" {
		return
	}
	if !partyCharter(b) {
		for i, o := range d.Bases {
			if partyCharter(o) {
				r.at(fmt.Sprintf("bases[%d]", i), msgf("đưa căn cứ Điều lệ Đảng lên đầu", "put the Điều lệ Đảng first among the bases"))
				return
			}
		}
		r.at("bases[0]", msgf("căn cứ của quyết định của Đảng bắt đầu bằng Điều lệ Đảng (type: Điều lệ, title: Đảng Cộng sản Việt Nam), gặp %s",
			"a party decision's bases start with the Điều lệ Đảng (type: Điều lệ, title: Đảng Cộng sản Việt Nam), got %s", b.short()))
	}
}

// partyCharter reports whether b cites the Điều lệ Đảng.
func partyCharter(b Basis) bool {
	return textnorm.Equal(b.Type, "Điều lệ") && strings.HasPrefix(textnorm.Key(b.Title), textnorm.Key("Đảng"))
}
