package textnorm

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestKeySame(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"double space", "Nguyễn Văn  An", "Nguyễn Văn An"},
		{"no-break space", "Nguyễn\u00a0Văn An", "Nguyễn Văn An"},
		{"narrow no-break space", "Nguyễn\u202fVăn An", "Nguyễn Văn An"},
		{"ideographic space", "Nguyễn\u3000Văn An", "Nguyễn Văn An"},
		{"tab and new line", "Nguyễn\tVăn\nAn", "Nguyễn Văn An"},
		{"trimmed", "  Nguyễn Văn An\u00a0", "Nguyễn Văn An"},
		{"zero-width space", "Nguyễn\u200b Văn An", "Nguyễn Văn An"},
		{"soft hyphen", "Nguy\u00adễn Văn An", "Nguyễn Văn An"},
		{"byte-order mark", "\ufeffNguyễn Văn An", "Nguyễn Văn An"},
		{"decomposed", norm.NFD.String("Nguyễn Văn An"), "Nguyễn Văn An"},
		{"case", "NGUYỄN VĂN AN", "nguyễn văn an"},
		{"đ and Đ", "ĐẶNG VĂN ĐỨC", "đặng văn đức"},
		{"tone place uỷ", "Uỷ ban nhân dân", "Ủy ban nhân dân"},
		{"tone place hoà", "Thanh Hoà", "Thanh Hòa"},
		{"tone place thuỷ", "Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy"},
		{"tone place khoẻ", "sức khoẻ", "sức khỏe"},
		{"comma vs dash", "Sở Nội vụ, tỉnh An Giang", "Sở Nội vụ - tỉnh An Giang"},
		{"en dash", "Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"},
		{"em dash", "Bà Rịa—Vũng Tàu", "Bà Rịa - Vũng Tàu"},
		{"hyphen without spaces", "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"},
		{"minus sign", "Bà Rịa − Vũng Tàu", "Bà Rịa - Vũng Tàu"},
		{"comma without space", "Sở Nội vụ,tỉnh An Giang", "Sở Nội vụ, tỉnh An Giang"},
		{"ampersand spacing", "Khoa học&Công nghệ", "Khoa học & Công nghệ"},
		{"ampersand wide spacing", "Khoa học  &  Công nghệ", "Khoa học & Công nghệ"},
		{"curly quotes", "Ban Chỉ đạo “Chương trình 135”", `Ban Chỉ đạo "Chương trình 135"`},
		{"full-width letters", "Ｂａｎ", "Ban"},
	}
	for _, tt := range tests {
		if Key(tt.a) != Key(tt.b) {
			t.Errorf("%s: Key(%q) = %q, Key(%q) = %q; want equal", tt.name, tt.a, Key(tt.a), tt.b, Key(tt.b))
		}
		if !Equal(tt.a, tt.b) {
			t.Errorf("%s: Equal(%q, %q) = false", tt.name, tt.a, tt.b)
		}
	}
}

func TestKeyDifferent(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"other diacritic", "Nội vụ", "Nôi vu"},
		{"tone", "Nguyễn Văn Án", "Nguyễn Văn An"},
		{"other tone", "Thanh Hóa", "Thanh Hòa"},
		{"d and đ", "Đức", "Dức"},
		{"breve and circumflex", "Ăn", "Ân"},
		{"word boundary", "Nguyễn VănAn", "Nguyễn Văn An"},
		{"other letter", "Nguyễn Văn An", "Nguyễn Văn Ân"},
		{"digits", "Ban Chỉ đạo 35", "Ban Chỉ đạo 53"},
		{"dot kept", "TS. Nguyễn Văn An", "TS Nguyễn Văn An"},
		{"comma is not nothing", "Sở Nội vụ, tỉnh", "Sở Nội vụ tỉnh"},
	}
	for _, tt := range tests {
		if Key(tt.a) == Key(tt.b) {
			t.Errorf("%s: Key(%q) = Key(%q) = %q; want different", tt.name, tt.a, tt.b, Key(tt.a))
		}
	}
}

func TestKeyForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Nguyễn\u00a0Văn  AN ", "nguyễn văn an"},
		{"Sở Nội vụ – tỉnh", "sở nội vụ - tỉnh"},
		{"Ủy ban", "uỷ ban"},
		{"", ""},
		{" \u00a0\t", ""},
		{"a-", "a -"},
		{"-a", "- a"},
	}
	for _, tt := range tests {
		got := Key(tt.in)
		if got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Errorf("Key(%q) = %q is not NFC", tt.in, got)
		}
		if Key(got) != got {
			t.Errorf("Key is not idempotent on %q: %q", got, Key(got))
		}
	}
}

func TestSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Nguyễn\u00a0Văn  An\t", "Nguyễn Văn An"},
		{norm.NFD.String("Ủy ban"), "Ủy ban"},
		{"A\u200bB", "AB"},
		{"Bà Rịa – Vũng Tàu", "Bà Rịa – Vũng Tàu"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Space(tt.in); got != tt.want {
			t.Errorf("Space(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Nguyễn Văn An", "Ủy ban – tỉnh", "a\u00a0&b", "\u0301\u0323x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key not idempotent: Key(%q) = %q, Key of that = %q", s, k, Key(k))
		}
		if Key(Space(s)) != k {
			t.Fatalf("Key(Space(%q)) = %q, Key = %q", s, Key(Space(s)), k)
		}
	})
}

// TestFirstLetter: the first letter changes case, multi-byte letters included; an empty
// string and a first byte that is not UTF-8 come back unchanged (no overrun).
func TestFirstLetter(t *testing.T) {
	for _, c := range []struct{ in, up, low string }{
		{"ủy ban", "Ủy ban", "ủy ban"},
		{"Đề án", "Đề án", "đề án"},
		{"về việc", "Về việc", "về việc"},
		{"", "", ""},
		{"\xffab", "\xffab", "\xffab"},
		{"\xe1", "\xe1", "\xe1"},
	} {
		if got := UpperFirst(c.in); got != c.up {
			t.Errorf("UpperFirst(%q) = %q, want %q", c.in, got, c.up)
		}
		if got := LowerFirst(c.in); got != c.low {
			t.Errorf("LowerFirst(%q) = %q, want %q", c.in, got, c.low)
		}
	}
}

// TestBare: a bare letter has no tone or diacritic, đ is d, case is lower, precomposed or
// decomposed alike; letters of other scripts are only lowered.
func TestBare(t *testing.T) {
	for in, want := range map[string]string{
		"Ủy": "uy", "U\u031b\u0309y": "uy", "ĐẮK LẮK": "dak lak", "Nghị": "nghi", "Hoà": "hoa",
		"Straße": "straße", "Ωmega": "ωmega", "Ø": "ø", "": "",
	} {
		if got := Bare(in); got != want {
			t.Errorf("Bare(%q) = %q, want %q", in, got, want)
		}
	}
}
