package textwidth

import (
	"bytes"
	"math"
	"os"
	"os/exec"
	"path/filepath"
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

// TestWidthsGenerated: widths_gen.go is what internal/gen writes today from the Liberation
// Serif fonts (fonts-liberation2, which CI installs): a changed generator or font fails here;
// regenerate with go generate ./render/textwidth.
func TestWidthsGenerated(t *testing.T) {
	const fonts = "/usr/share/fonts/truetype/liberation2"
	if _, err := os.Stat(filepath.Join(fonts, "LiberationSerif-Regular.ttf")); err != nil {
		msg := "Liberation Serif is not installed: apt-get install fonts-liberation2"
		if os.Getenv("QD_REQUIRE_LIBREOFFICE") != "" {
			t.Fatal(msg)
		}
		t.Skip("SKIPPED: " + msg)
	}
	out := filepath.Join(t.TempDir(), "widths_gen.go")
	if b, err := exec.Command("go", "run", "./internal/gen", fonts, out).CombinedOutput(); err != nil {
		t.Fatalf("internal/gen: %v\n%s", err, b)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("widths_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("widths_gen.go is stale: go generate ./render/textwidth")
	}
}
