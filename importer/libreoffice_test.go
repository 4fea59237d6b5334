package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/tooltest"
)

// TestLibreOfficeRoundTrip: every example drafted, re-saved as .docx by LibreOffice and
// printed to PDF by it, imports (through the text reader, not the embedded YAML) into YAML
// that validates and drafts the same text.
func TestLibreOfficeRoundTrip(t *testing.T) {
	tooltest.Require(t, "soffice", "pdftotext")
	dir := t.TempDir()
	out := filepath.Join(dir, "lo")
	want := map[string]string{}
	var docs []string
	for _, f := range readable(t) {
		d, _ := loadExample(t, f)
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, docxOf(t, d), 0o644); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, path)
		want[name] = textOf(d)
	}
	tooltest.Soffice(t, out, "docx:MS Word 2007 XML", docs...)
	tooltest.Soffice(t, out, "pdf", docs...)
	for name, text := range want {
		t.Run(name+"/resaved-docx", func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(out, name+".docx"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Import(name+".docx", data, Options{FromText: true})
			if err != nil {
				t.Fatal(err)
			}
			checkRoundTrip(t, name, res, text)
			// Without --from-text the result drafts the same text too, whether LibreOffice
			// kept qd's embedded YAML (its text is unchanged) or dropped it.
			res, err = Import(name+".docx", data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkRoundTrip(t, name, res, text)
		})
		t.Run(name+"/pdf", func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(out, name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Import(name+".pdf", data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkRoundTrip(t, name, res, text)
			for _, n := range res.Notes {
				if n.Pos.Line == 0 && n.Field == "" {
					t.Errorf("note without position or field: %s", n.Message(decision.EN))
				}
			}
		})
	}
}

// wordStyle is a decision as an office writes it in Word, not as qd lays it out: a header
// table of its own shape (issuer under its parent, number and date in a second row),
// members and duties numbered automatically, the signature in a table.
const wordStyle = `<html><head><meta charset="utf-8"></head><body>
<table><tr><td><p>UBND TỈNH HÀ GIANG</p><p><b>SỞ NỘI VỤ</b></p></td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p></td></tr>
<tr><td><p>Số: 12/QĐ-SNV</p></td><td><p><i>Hà Giang, ngày 05 tháng 3 năm 2024</i></p></td></tr></table>
<p>QUYẾT ĐỊNH</p>
<p>Về việc kiện toàn Ban Chỉ đạo chuyển đổi số Sở Nội vụ</p>
<p>GIÁM ĐỐC SỞ NỘI VỤ TỈNH HÀ GIANG</p>
<p>Căn cứ Quyết định số 1619/QĐ-TTg ngày 24/9/2021 của Thủ tướng Chính phủ về việc kiện toàn và đổi tên Ủy ban Quốc gia về Chính phủ điện tử thành Ủy ban Quốc gia về chuyển đổi số;</p>
<p>Theo đề nghị của Chánh Văn phòng Sở tại Tờ trình số 08/TTr-VP ngày 01/3/2024.</p>
<p>QUYẾT ĐỊNH:</p>
<p>Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số Sở Nội vụ (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên sau:</p>
<ol>
<li>Trưởng ban: Ông Nguyễn Văn An, Giám đốc Sở Nội vụ.</li>
<li>Phó Trưởng ban Thường trực: Bà Trần Thị Bình, Phó Giám đốc Sở Nội vụ.</li>
<li>Ủy viên: Ông Lê Văn Cường, Chánh Văn phòng Sở.</li>
<li>Thư ký: Bà Phạm Thị Dung, Chuyên viên Văn phòng Sở.</li>
</ol>
<p>Điều 2. Nhiệm vụ của Ban Chỉ đạo</p>
<ol>
<li>Chỉ đạo triển khai chuyển đổi số trong các hoạt động của Sở.</li>
<li>Thực hiện các nhiệm vụ khác do Giám đốc Sở giao.</li>
</ol>
<p>Điều 3. Chánh Văn phòng Sở; Trưởng các phòng thuộc Sở và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.</p>
<p>Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-SNV ngày 10/5/2022 của Giám đốc Sở Nội vụ về việc thành lập Ban Chỉ đạo chuyển đổi số Sở Nội vụ./.</p>
<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Như Điều 3;</p><p>- Lưu: VT, VP.</p></td><td><p><b>GIÁM ĐỐC</b></p><p></p><p><b>Nguyễn Văn An</b></p></td></tr></table>
</body></html>`

// tabbed is the same kind of decision typed with tabs instead of tables, as plain text.
const tabbed = "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
	"HUYỆN MÈO VẠC\t\tĐộc lập - Tự do - Hạnh phúc\n" +
	"Số: 215/QĐ-UBND\t\tMèo Vạc, ngày 20 tháng 11 năm 2023\n" +
	"QUYẾT ĐỊNH\n" +
	"Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện Mèo Vạc\n" +
	"CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MÈO VẠC\n" +
	"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" +
	"Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.\n" +
	"QUYẾT ĐỊNH:\n" +
	"Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số huyện Mèo Vạc (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên sau:\n" +
	"1. Trưởng ban: Chủ tịch Ủy ban nhân dân huyện.\n" +
	"2. Phó Trưởng ban: Trưởng phòng Văn hóa và Thông tin huyện.\n" +
	"3. Ủy viên: Trưởng phòng Tài chính - Kế hoạch huyện.\n" +
	"Điều 2. Nhiệm vụ của Ban Chỉ đạo\n" +
	"1. Giúp Ủy ban nhân dân huyện chỉ đạo chuyển đổi số trên địa bàn huyện.\n" +
	"Điều 3. Chánh Văn phòng HĐND và UBND huyện; các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.\n" +
	"Quyết định này có hiệu lực kể từ ngày ký.\n" +
	"Nơi nhận:\t\tCHỦ TỊCH\n" +
	"- Như Điều 3;\n" +
	"- Lưu: VT.\t\tGiàng Mí Sính\n"

// TestWordStyleDocuments: decisions qd did not write, made into .docx by LibreOffice (a
// header table of another shape with automatic numbering; tabs instead of tables), import
// with their parts in place.
func TestWordStyleDocuments(t *testing.T) {
	tooltest.Require(t, "soffice", "pdftotext")
	dir := t.TempDir()
	html := filepath.Join(dir, "word-style.html")
	txt := filepath.Join(dir, "tabbed.txt")
	os.WriteFile(html, []byte(wordStyle), 0o644)
	os.WriteFile(txt, []byte(tabbed), 0o644)
	tooltest.Soffice(t, dir, "docx:MS Word 2007 XML", html)
	tooltest.SofficeArgs(t, dir, "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML", "--outdir", filepath.Join(dir, "t"), txt)

	t.Run("header-table-and-numbering", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, "word-style.docx"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "word/numbering.xml") {
			t.Fatal("LibreOffice made no automatic numbering: the test would not test it")
		}
		res, err := Import("word-style.docx", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := res.Decision
		check := func(field, got, want string) {
			if got != want {
				t.Errorf("%s = %q, want %q", field, got, want)
			}
		}
		check("issuer.parent", d.Issuer.Parent, "UBND TỈNH HÀ GIANG")
		check("issuer.name", d.Issuer.Name.Text(), "SỞ NỘI VỤ")
		check("number", d.Number+"/"+d.Symbol, "12/QĐ-SNV")
		check("place", d.Place, "Hà Giang")
		check("date", d.Date.String(), "2024-03-05")
		check("kind", string(d.Kind), "kien_toan")
		check("committee.name", d.Committee.Name, "Ban Chỉ đạo chuyển đổi số Sở Nội vụ")
		check("issuer.authority", d.Issuer.Authority.Text(), "GIÁM ĐỐC SỞ NỘI VỤ TỈNH HÀ GIANG")
		if len(d.Bases) != 1 || d.Bases[0].Number != "1619/QĐ-TTg" || d.Bases[0].Date.String() != "2021-09-24" || d.Bases[0].Issuer != "Thủ tướng Chính phủ" {
			t.Errorf("bases = %+v", d.Bases)
		}
		if p := d.Proposal; p == nil || p.Of != "Chánh Văn phòng Sở" || p.Submission == nil || p.Submission.Number != "08/TTr-VP" || p.Submission.Date.String() != "2024-03-01" {
			t.Errorf("proposal = %+v", p)
		}
		wantMembers := []decision.Member{
			{Role: decision.RoleTruongBan, Honorific: "Ông", Name: "Nguyễn Văn An", Position: "Giám đốc", Organization: "Sở Nội vụ"},
			{Role: decision.RolePhoThuongTruc, RoleLabel: "Phó Trưởng ban Thường trực", Honorific: "Bà", Name: "Trần Thị Bình", Position: "Phó Giám đốc", Organization: "Sở Nội vụ"},
			{Role: decision.RoleUyVien, Honorific: "Ông", Name: "Lê Văn Cường", Position: "Chánh Văn phòng", Organization: "Sở"},
			{Role: decision.RoleThuKy, Honorific: "Bà", Name: "Phạm Thị Dung", Position: "Chuyên viên", Organization: "Văn phòng Sở"},
		}
		if len(d.Members) != len(wantMembers) {
			t.Fatalf("%d members, want %d: %+v", len(d.Members), len(wantMembers), d.Members)
		}
		for i, m := range wantMembers {
			g := d.Members[i]
			if g.Role != m.Role || g.RoleLabel != m.RoleLabel || g.Honorific != m.Honorific || g.Name != m.Name || g.Position != m.Position || g.Organization != m.Organization {
				t.Errorf("members[%d] = %+v, want %+v", i, g, m)
			}
		}
		if len(d.Duties) != 2 || d.Duties[1].Text != "Thực hiện các nhiệm vụ khác do Giám đốc Sở giao." {
			t.Errorf("duties = %+v", d.Duties)
		}
		if a := d.Execution.Addressees; len(a) != 3 || a[0] != "Chánh Văn phòng Sở" || a[2] != "các ông, bà có tên tại Điều 1" {
			t.Errorf("execution.addressees = %q", a)
		}
		if r := d.Effect.Replaces; len(r) != 1 || r[0].Number != "45/QĐ-SNV" || r[0].Date.String() != "2022-05-10" || r[0].Issuer != "Giám đốc Sở Nội vụ" {
			t.Errorf("effect.replaces = %+v", r)
		}
		if strings.Join(d.Recipients, "|") != "Như Điều 3|Lưu: VT, VP" {
			t.Errorf("recipients = %q", d.Recipients)
		}
		check("signer", d.Signer.Authority.Text()+"/"+d.Signer.Name, "GIÁM ĐỐC/Nguyễn Văn An")
		for _, n := range res.Notes {
			if n.Pos.Para == 0 && n.Field != "issuer.level" {
				t.Errorf("note without its paragraph: %s", n.Message(decision.EN))
			}
		}
	})

	t.Run("tabs-instead-of-tables", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, "t", "tabbed.docx"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Import("tabbed.docx", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := res.Decision
		if got := d.Issuer.Name.Text(); got != "ỦY BAN NHÂN DÂN HUYỆN MÈO VẠC" || d.Issuer.Level != decision.LevelDistrict {
			t.Errorf("issuer = %q (%s)", got, d.Issuer.Level)
		}
		if d.Number != "215" || d.Symbol != "QĐ-UBND" || d.Place != "Mèo Vạc" || d.Date.String() != "2023-11-20" {
			t.Errorf("number %q symbol %q place %q date %s", d.Number, d.Symbol, d.Place, d.Date)
		}
		if d.Kind != decision.KindThanhLap || len(d.Members) != 3 || d.Members[2].Position != "Trưởng phòng" || d.Members[2].Organization != "Tài chính - Kế hoạch huyện" {
			t.Errorf("kind %s, members %+v", d.Kind, d.Members)
		}
		if d.Signer.Authority.Text() != "CHỦ TỊCH" || d.Signer.Name != "Giàng Mí Sính" {
			t.Errorf("signer = %+v", d.Signer)
		}
		if strings.Join(d.Recipients, "|") != "Như Điều 3|Lưu: VT" {
			t.Errorf("recipients = %q", d.Recipients)
		}
		back, diags := decision.Load("tabbed.yaml", res.YAML)
		if back == nil || decision.HasErrors(diags) {
			t.Fatalf("%v", diags)
		}
		for _, g := range decision.Validate(back) {
			if g.Severity == decision.Error {
				t.Errorf("validation error: %s", g.Message(decision.EN))
			}
		}
	})
}
