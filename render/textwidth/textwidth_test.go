package textwidth

import (
	"math"
	"testing"
)

// Widths stated in ../shared/spec/nd30-layout.md, measured there with Liberation Serif.
func TestSpecWidths(t *testing.T) {
	const twipsPerMM = 56.6929
	tests := []struct {
		text string
		bold bool
		size float64
		mm   float64
	}{
		{"Độc lập - Tự do - Hạnh phúc", true, 14, 60.5},
		{"Độc lập - Tự do - Hạnh phúc", true, 13, 56.1},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 13, 95.7},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 12, 88.3},
	}
	for _, tc := range tests {
		got := float64(Twips(tc.text, tc.bold, tc.size)) / twipsPerMM
		if math.Abs(got-tc.mm) > 0.3 {
			t.Errorf("%q at %v pt: %.1f mm, spec says %.1f mm", tc.text, tc.size, got, tc.mm)
		}
	}
}

func TestEveryVietnameseLetterMeasured(t *testing.T) {
	const letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
	for _, r := range letters + "AĐƯƠ–—…“”‘’" {
		for _, tb := range []*widths{&regular, &bold} {
			if i := slot(r); i < 0 || tb[i] == absent {
				t.Errorf("%q has no width", r)
			}
		}
	}
}
