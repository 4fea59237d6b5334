package decision

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

// badBase is a valid decision the loader tests break in one place each.
func badBase(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/bad/one-head.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Replace(string(b), "  - role: truong_ban\n    position: Giám đốc", "  - role: uy_vien_thuong_truc\n    position: Giám đốc", 1)
}

func loadErr(t *testing.T, src string) []Diagnostic {
	t.Helper()
	_, diags := Load("x.yaml", []byte(src))
	var errs []Diagnostic
	for _, d := range diags {
		if d.Severity == Error {
			errs = append(errs, d)
		}
	}
	return errs
}

// TestSyntaxPositions (issue #10 item 14): yaml-syntax errors come at the real line and
// column, with a Vietnamese message that holds no English, and yaml.v3's text in English.
func TestSyntaxPositions(t *testing.T) {
	base := badBase(t)
	lines := strings.Split(base, "\n")
	edit := func(line int, text string) string { // line is 1-based
		l := append([]string(nil), lines...)
		l[line-1] = text
		return strings.Join(l, "\n")
	}
	tests := []struct {
		name      string
		src       string
		line, col int
		vi        string
	}{
		{"tab indentation deep in the file", edit(13, "\tname: Lê Tuấn Phong"), 13, 1, "dấu tab"},
		{"tab after spaces", edit(39, "    \torganization: Sở Tài chính"), 39, 5, "dấu tab"},
		{"flow list not closed", edit(41, "  - [Giúp Chủ tịch, chỉ đạo"), 41, 5, "'['"},
		{"flow mapping not closed", edit(32, "    position: {a: Chủ tịch"), 32, 15, "'{'"},
		{"second colon in a value", edit(15, "  name: Ban Chỉ đạo: chuyển đổi số"), 15, 20, "':'"},
		{"unclosed quote", edit(15, `  name: "Ban Chỉ đạo chuyển đổi số`), 15, 9, "ngoặc"},
		{"bad indentation", edit(36, "   organization: Sở Thông tin và Truyền thông"), 36, 4, "thụt lề"},
		{"unknown escape", edit(15, `  name: "Ban Chỉ đạo \q"`), 15, 22, "\\"},
		{"undefined alias", edit(15, "  name: *ten"), 15, 9, "*ten"},
	}
	for _, tt := range tests {
		errs := loadErr(t, tt.src)
		if len(errs) != 1 || errs[0].Rule != "yaml-syntax" {
			t.Errorf("%s: %+v", tt.name, errs)
			continue
		}
		d := errs[0]
		if d.Line != tt.line || d.Column != tt.col {
			t.Errorf("%s: at %d:%d, want %d:%d (%s)", tt.name, d.Line, d.Column, tt.line, tt.col, d.Msg.VI)
		}
		if !strings.Contains(d.Msg.VI, tt.vi) {
			t.Errorf("%s: message %q lacks %q", tt.name, d.Msg.VI, tt.vi)
		}
		for _, en := range []string{"found", "expected", "mapping", "character", "context", "stream"} {
			if strings.Contains(d.Msg.VI, en) {
				t.Errorf("%s: Vietnamese message has English %q: %q", tt.name, en, d.Msg.VI)
			}
		}
		if !strings.HasPrefix(d.Msg.EN, "YAML syntax error: ") {
			t.Errorf("%s: English message %q", tt.name, d.Msg.EN)
		}
	}
}

// TestSecondDocument (issue #10 item 4): a second YAML document is a located error, also
// when it does not parse; an empty one after a final "---" is not.
func TestSecondDocument(t *testing.T) {
	base := badBase(t)
	n := strings.Count(base, "\n")
	for _, tt := range []struct {
		name, src string
		line      int
	}{
		{"second decision", base + "---\n" + base, n + 1},
		{"broken second document", base + "---\nkind: [\n", n + 1},
		{"document start first", "---\n" + base + "--- # hai\nkind: thanh_lap\n", n + 2},
	} {
		errs := loadErr(t, tt.src)
		if len(errs) != 1 || errs[0].Rule != "multi-document" || errs[0].Line != tt.line || errs[0].Column != 1 {
			t.Errorf("%s: %+v, want multi-document at %d:1", tt.name, errs, tt.line)
		}
	}
	for _, src := range []string{base + "---\n", base + "---\n# chú thích\n", base + "...\n", "---\n" + base} {
		if errs := loadErr(t, src); len(errs) != 0 {
			t.Errorf("%q…: %+v", src[len(src)-20:], errs)
		}
	}
}

// TestCustomTags (issue #10 item 6): !!binary and any tag outside the core schema is a type
// error at the value, never read as text.
func TestCustomTags(t *testing.T) {
	base := badBase(t)
	duty := "  - Giúp Chủ tịch UBND tỉnh chỉ đạo xây dựng Chính quyền điện tử."
	for _, tag := range []string{"!!binary", "!upper", "!!set", "!<tag:example.com,2000:x>", "!!python/object"} {
		src := strings.Replace(base, duty, "  - "+tag+" R2nDunAgQ2jhu6cg", 1)
		errs := loadErr(t, src)
		if len(errs) == 0 || errs[0].Rule != "wrong-type" || errs[0].Line != 41 || errs[0].Field != "duties[0]" {
			t.Errorf("%s: %+v", tag, errs)
		}
	}
	for _, tag := range []string{"!!str", "!"} {
		src := strings.Replace(base, duty, "  - "+tag+" Giúp Chủ tịch UBND tỉnh.", 1)
		if errs := loadErr(t, src); len(errs) != 0 {
			t.Errorf("%s: %+v", tag, errs)
		}
	}
}

func utf16Bytes(s string, big bool) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func utf32Bytes(s string, big bool) []byte {
	var out []byte
	for _, r := range s {
		if big {
			out = append(out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		} else {
			out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	return out
}

// TestEncodings (issue #10 item 16): UTF-16 and UTF-32, with a byte-order mark or without
// one, and UTF-8 with a BOM, load as the UTF-8 text does, with the same positions.
func TestEncodings(t *testing.T) {
	// A problem on line 15 after non-ASCII text, so that a wrong decoding moves its column.
	src := strings.Replace(badBase(t), "  name: Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Thuận", "  name: Ban Chỉ đạo  xây dựng Chính quyền điện tử tỉnh Bình Thuận", 1)
	loadAll := func(data []byte) (*Decision, []Diagnostic) {
		d, diags := Load("x.yaml", data)
		if d != nil && !HasErrors(diags) {
			diags = append(diags, Validate(d)...)
		}
		return d, diags
	}
	want, wdiags := loadAll([]byte(src))
	if want == nil || len(wdiags) == 0 {
		t.Fatalf("UTF-8: %+v", wdiags)
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"UTF-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, src...)},
		{"UTF-16LE BOM", append([]byte{0xFF, 0xFE}, utf16Bytes(src, false)...)},
		{"UTF-16BE BOM", append([]byte{0xFE, 0xFF}, utf16Bytes(src, true)...)},
		{"UTF-32LE BOM", append([]byte{0xFF, 0xFE, 0, 0}, utf32Bytes(src, false)...)},
		{"UTF-32BE BOM", append([]byte{0, 0, 0xFE, 0xFF}, utf32Bytes(src, true)...)},
		{"UTF-16LE", utf16Bytes(src, false)},
		{"UTF-16BE", utf16Bytes(src, true)},
	} {
		d, diags := loadAll(tt.data)
		if d == nil || d.Committee.Name != want.Committee.Name || d.Signer.Name != want.Signer.Name {
			t.Errorf("%s: not loaded as the UTF-8 text: %+v", tt.name, diags)
			continue
		}
		if len(diags) != len(wdiags) {
			t.Errorf("%s: %+v, want %+v", tt.name, diags, wdiags)
			continue
		}
		for i := range diags {
			if diags[i].Line != wdiags[i].Line || diags[i].Column != wdiags[i].Column || diags[i].Rule != wdiags[i].Rule {
				t.Errorf("%s: %+v, want %+v", tt.name, diags[i], wdiags[i])
			}
		}
	}
	// Broken UTF-16: a lone surrogate, an odd byte.
	for _, data := range [][]byte{
		append(append([]byte{0xFF, 0xFE}, utf16Bytes("kind: x\nplace: ", false)...), 0x00, 0xD8, 'a', 0),
		append([]byte{0xFF, 0xFE}, append(utf16Bytes("kind: x\n", false), 'a')...),
	} {
		errs := loadErr(t, string(data))
		if len(errs) != 1 || errs[0].Rule != "not-text" || errs[0].Line != 2 && errs[0].Line != 1 {
			t.Errorf("broken UTF-16: %+v", errs)
		}
	}
}

// TestAliasPosition (issue #10 item 14): a member repeated through an alias is reported at
// the alias.
func TestAliasPosition(t *testing.T) {
	src := strings.Replace(badBase(t), "  - role: uy_vien\n    position: Giám đốc\n    organization: Sở Tài chính",
		"  - &tc\n    role: uy_vien\n    position: Giám đốc\n    organization: Sở Tài chính\n  - *tc", 1)
	errs := loadErrValidated(t, src)
	if len(errs) != 1 || errs[0].Rule != "member-duplicate" || errs[0].Line != 41 || errs[0].Column != 5 {
		t.Errorf("%+v, want member-duplicate at 41:5", errs)
	}
}

func loadErrValidated(t *testing.T, src string) []Diagnostic {
	t.Helper()
	d, diags := Load("x.yaml", []byte(src))
	if d != nil && !HasErrors(diags) {
		diags = append(diags, Validate(d)...)
	}
	var errs []Diagnostic
	for _, x := range diags {
		if x.Severity == Error {
			errs = append(errs, x)
		}
	}
	return errs
}

// TestSignerDegree: every spelling of a degree is found; names that only look alike are not.
func TestSignerDegree(t *testing.T) {
	for _, name := range []string{"TS. Lê Văn An", "TS Lê Văn An", "Ts. Lê Văn An", "ts lê văn an", "TSKH. Lê Văn An", "ThS Lê Văn An",
		"Ths. Lê Văn An", "PGS.TS Lê Văn An", "PGS.TS. Lê Văn An", "GS.TSKH Lê Văn An", "GS. Lê Văn An", "Tiến sĩ Lê Văn An",
		"Thạc sĩ Lê Văn An", "Phó Giáo sư Lê Văn An", "Lê Văn An, TS.", "Lê Văn An, Tiến sĩ", "Lê Văn An (ThS)", "TS\u00a0Lê Văn An",
		"BS.CKII Lê Văn An", "NGƯT Lê Văn An"} {
		if signerDegree(name) == "" {
			t.Errorf("%q: degree not found", name)
		}
	}
	for _, name := range []string{"Lê Văn An", "Nguyễn Tiến Sĩ", "Trần Sĩ Thanh", "Lê Thạc", "Đỗ Giáo", "Cù Thị Hậu", "Thạch Sơn", "Võ Cử"} {
		if d := signerDegree(name); d != "" {
			t.Errorf("%q: found %q", name, d)
		}
	}
}

// TestTCVN3Words: TCVN3 text made only of Latin-1 letters is found; Vietnamese words and
// foreign names with accents are not.
func TestTCVN3Words(t *testing.T) {
	for _, s := range []string{"Sở Néi vô", "Gi¸m ®èc", "Quy chÕ", "Phã Chñ tÞch", "Ban ChØ ®¹o", "Néi dung"} {
		if w, _ := tcvn3Word(s); w == "" && !strings.ContainsAny(s, "¸®ÕãñÞØ¹") {
			t.Errorf("%q: not found", s)
		}
	}
	if w, dec := tcvn3Word("Sở Néi vô"); w != "Néi" || dec != "nội" {
		t.Errorf("got %q %q", w, dec)
	}
	for _, s := range []string{"Sở Nội vụ", "và các thành viên", "Hà Nội, Bà Rịa – Vũng Tàu", "José Martí", "café", "Lê Thị Bé", "ôtô", "Thành phố Hồ Chí Minh", "Phó Chủ tịch"} {
		if w, dec := tcvn3Word(s); w != "" {
			t.Errorf("%q: %q read as %q", s, w, dec)
		}
	}
}

// TestTCVN3WordsInOrder: the word found is the first run of letters, in the order of the
// text, whatever separates the words (punctuation, digits, bytes that are not UTF-8).
func TestTCVN3WordsInOrder(t *testing.T) {
	for _, c := range []struct{ s, w, dec string }{
		{"Néi", "Néi", "nội"},
		{"1.Néi,vô", "Néi", "nội"},
		{"vô\xffNéi", "Néi", "nội"},
		{"Sở Nội vụ; Quy chÕ, Néi", "Néi", "nội"},
		{"Néi-Quy chÕ", "Néi", "nội"},
		{"", "", ""},
		{"\xff\xfe", "", ""},
	} {
		if w, dec := tcvn3Word(c.s); w != c.w || dec != c.dec {
			t.Errorf("%q: got %q %q, want %q %q", c.s, w, dec, c.w, c.dec)
		}
	}
}

// TestToneForms: each vowel of the table is its toneless vowel with the tone of its column, as
// Unicode decomposes it.
func TestToneForms(t *testing.T) {
	for _, forms := range toneForms {
		rs := []rune(forms)
		if len(rs) != len(tones) {
			t.Fatalf("%q: %d forms", forms, len(rs))
		}
		for i, r := range rs {
			want := norm.NFC.String(string(rs[0]) + string(tones[i]))
			if i == 0 {
				want = string(rs[0])
			}
			if string(r) != want {
				t.Errorf("%q column %d: %q, Unicode composes %q", forms, i, string(r), want)
			}
		}
	}
}

// TestSplitToneAsUnicode: splitting the tone off by the table gives what decomposing,
// dropping the mark and composing again gives, for the syllables of every example and
// random words of Vietnamese and other letters, precomposed and decomposed.
func TestSplitToneAsUnicode(t *testing.T) {
	reference := func(w string) (string, rune, bool) {
		var tone rune
		var rs []rune
		for _, r := range norm.NFD.String(w) {
			if isToneMark(r) {
				if tone != 0 {
					return "", 0, false
				}
				tone = r
				continue
			}
			rs = append(rs, r)
		}
		return norm.NFC.String(string(rs)), tone, true
	}
	var words []string
	files, _ := filepath.Glob("../examples/*.yaml")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		words = append(words, strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	letters := []rune("abcdđeghiklmnopqrstuvxyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵçñöüß\u0300\u0301\u0303\u0309\u0323\u0302\u031b")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := rng.Intn(6); j >= 0; j-- {
			b.WriteRune(letters[rng.Intn(len(letters))])
		}
		words = append(words, b.String(), norm.NFD.String(b.String()))
	}
	if len(words) < 20000 {
		t.Fatalf("only %d words", len(words))
	}
	for _, w := range words {
		b1, t1, ok1 := splitTone(w)
		b2, t2, ok2 := reference(w)
		if b1 != b2 || t1 != t2 || ok1 != ok2 {
			t.Fatalf("%q: table gives %q %U %v, Unicode %q %U %v", w, b1, t1, ok1, b2, t2, ok2)
		}
	}
}
