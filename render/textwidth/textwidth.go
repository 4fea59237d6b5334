// Package textwidth measures how wide a line of Vietnamese text is in Times New Roman.
package textwidth

import "strings"

//go:generate go run ./internal/gen /usr/share/fonts/truetype/liberation2

// fallback is the width used for a character the table lacks: the width of "n".
const fallback = 1024

// Twips returns the advance width of s set in Times New Roman (Liberation Serif has the
// same metrics) at size points, bold or regular, in twips (1/20 pt). Text must be NFC.
func Twips(s string, bold bool, size float64) int {
	table := regular
	if bold {
		table = bold_
	}
	units := 0
	for _, r := range s {
		w, ok := table[r]
		if !ok {
			w = fallback
		}
		units += int(w)
	}
	return int(float64(units)*size*20/2048 + 0.5)
}

// TwipsItalic returns the advance width of s set in Times New Roman italic at size points,
// in twips, as Twips does for upright text.
func TwipsItalic(s string, size float64) int {
	units := 0
	for _, r := range s {
		w, ok := italic[r]
		if !ok {
			w = fallback
		}
		units += int(w)
	}
	return int(float64(units)*size*20/2048 + 0.5)
}

// bold_ avoids shadowing the parameter name.
var bold_ = bold

// Wrap breaks s into lines no wider than width twips at word boundaries, as a word
// processor does with a centred paragraph; a word wider than width stands on its own line.
func Wrap(s string, bold bool, size float64, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && Twips(try, bold, size) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// Widest returns the width in twips of the widest line of s wrapped at width.
func Widest(s string, bold bool, size float64, width int) int {
	max := 0
	for _, l := range Wrap(s, bold, size, width) {
		if w := Twips(l, bold, size); w > max {
			max = w
		}
	}
	return max
}

// glued are word pairs a title is not broken between: names such as "Ban Chỉ đạo",
// "Ủy ban nhân dân", "Chính quyền điện tử", and a unit word and its name ("tỉnh Kiên Giang").
var glued = map[[2]string]bool{
	{"Ban", "Chỉ"}: true, {"Chỉ", "đạo"}: true, {"Quy", "chế"}: true, {"Ủy", "ban"}: true,
	{"ban", "nhân"}: true, {"nhân", "dân"}: true, {"Chính", "quyền"}: true, {"quyền", "điện"}: true,
	{"điện", "tử"}: true, {"chuyển", "đổi"}: true, {"đổi", "số"}: true, {"thành", "phố"}: true,
	{"Về", "việc"}: true, {"Ban", "hành"}: true, {"kiện", "toàn"}: true, {"thành", "lập"}: true,
}

var unitWords = map[string]bool{"tỉnh": true, "phố": true, "huyện": true, "quận": true, "xã": true}

// Balance breaks s into as many lines as Wrap would, but where two lines are needed it puts
// the break where the longer line is shortest, without splitting a name, as a clerk breaks
// a centred title by hand ("Ban hành Quy chế hoạt động của / Ban Chỉ đạo Chính quyền điện tử
// tỉnh Kiên Giang", seed 004).
func Balance(s string, bold bool, size float64, width int) []string {
	greedy := Wrap(s, bold, size, width)
	if len(greedy) != 2 {
		return greedy
	}
	words := strings.Fields(s)
	var best []string
	bestW := 0
	for i := 1; i < len(words); i++ {
		if glued[[2]string{words[i-1], words[i]}] || unitWords[words[i-1]] {
			continue
		}
		a, b := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		wa, wb := Twips(a, bold, size), Twips(b, bold, size)
		if wa <= width && wb <= width && (best == nil || max(wa, wb) < bestW) {
			best, bestW = []string{a, b}, max(wa, wb)
		}
	}
	if best == nil {
		return greedy
	}
	return best
}
