package render

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/templates"
)

// TestPartyLayout: a Tỉnh ủy's decision is laid out by the same plan with the party's family
// (docs/party-layout.md): the tiêu đề instead of Quốc hiệu and Tiêu ngữ, "*" under the
// issuer, "Số 1407-QĐ/TU", the trích yếu in lower case, "- Căn cứ" lines ending "," before
// QUYẾT ĐỊNH without colon, Nơi nhận items ending ",", T/M BAN THƯỜNG VỤ; and the party's
// styles part.
func TestPartyLayout(t *testing.T) {
	l := layout(t, "tinh-uy-nam-dinh-khcn-2025.yaml")
	var texts []string
	for _, p := range l.paras {
		texts = append(texts, p.text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"\nTỈNH ỦY NAM ĐỊNH\n*\n", "ĐẢNG CỘNG SẢN VIỆT NAM", "\nSố 1407-QĐ/TU\n", "\nvề việc thành lập Ban Chỉ đạo",
		"\n- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n", "\n- Theo đề nghị của Ban Tổ chức Tỉnh ủy,\nQUYẾT ĐỊNH\n", "\n- Như Điều 5,\n",
		"\n- Lưu Văn phòng Tỉnh ủy.\n", "\nT/M BAN THƯỜNG VỤ\n", "\nhoạt động của Ban Chỉ đạo"} {
		if !strings.Contains(all, want) {
			t.Errorf("party layout lacks %q", want)
		}
	}
	for _, not := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH:", "Số:", "Lưu: VT"} {
		if strings.Contains(all, not) {
			t.Errorf("party layout has the State's %q", not)
		}
	}
	if string(l.parts["word/styles.xml"]) != string(templates.PartyStyles) {
		t.Error("party decision not written with templates/styles-dang.xml")
	}
}

// TestPartyStylesComplete: the party's styles part defines every style of the State's, so a
// style added to templates/styles.xml for a new element cannot go missing from party
// documents.
func TestPartyStylesComplete(t *testing.T) {
	re := regexp.MustCompile(`w:styleId="([^"]+)"`)
	ids := func(b []byte) []string {
		var out []string
		for _, m := range re.FindAllSubmatch(b, -1) {
			out = append(out, string(m[1]))
		}
		sort.Strings(out)
		return out
	}
	state, party := ids(templates.Styles), ids(templates.PartyStyles)
	if strings.Join(state, " ") != strings.Join(party, " ") {
		t.Errorf("style IDs differ:\nstyles.xml      %v\nstyles-dang.xml %v", state, party)
	}
}
