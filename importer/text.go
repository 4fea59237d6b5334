package importer

import (
	"bytes"
	"errors"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// readText splits plain text into lines, each a paragraph, located by page (form feeds
// start pages) and line. Blank lines are dropped. UTF-8 (with or without BOM) and UTF-16
// with a BOM are read.
func readText(data []byte) ([]Para, error) { return readLines(data, false) }

// readLines reads plain text; wrapped says that lines are wrapped (pdftotext output), else
// it is told by the lines' lengths.
func readLines(data []byte, wrapped bool) ([]Para, error) {
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		data = data[3:]
	} else {
		data = fromUTF16BOM(data)
	}
	if !utf8.Valid(data) {
		return nil, fail("văn bản không ở mã UTF-8; lưu lại dưới dạng UTF-8 (Unicode)", "the text is not UTF-8; save it as UTF-8 (Unicode)", nil)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fail("tệp có byte 0: không phải văn bản thuần", "the file has NUL bytes: not plain text", nil)
	}
	var lines []textLine
	page, line := 1, 0
	for _, l := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		line++
		for strings.HasPrefix(l, "\f") {
			page, line = page+1, 1
			l = l[1:]
			lines = append(lines, textLine{blank: true, pageBreak: true})
		}
		l = closeBlanks(strings.TrimRight(strings.ReplaceAll(l, "\f", ""), " \t\r"))
		lines = append(lines, textLine{text: l, pos: Pos{Page: page, Line: line}, blank: strings.TrimSpace(l) == ""})
	}
	return joinLines(lines, wrapped), nil
}

// fromUTF16BOM decodes data that opens with a UTF-16 byte-order mark (what Excel's and
// Notepad's "Unicode" save) to UTF-8; other data is returned as it is.
func fromUTF16BOM(data []byte) []byte {
	if len(data) < 2 || !(data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return data
	}
	be := data[0] == 0xFE
	data = data[2:]
	u := make([]uint16, len(data)/2)
	for i := range u {
		if be {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// textLine is one line of plain text (or of pdftotext -layout output).
type textLine struct {
	text      string
	pos       Pos
	blank     bool
	pageBreak bool // a form feed: a new page
}

// blankRE is the gap a date or number left blank for the clerk leaves ("ngày      tháng
// 12 năm 2018", "Số:      /QĐ-UBND", the party's "Số      -QĐ/ĐU"): it is not a gap between
// two cells.
var blankRE = lazyre.New(`(ngày|tháng|năm|Số:|Số) {2,}(tháng|năm|của|/|-[A-ZĐ]|\d|[.,;)])`)

// closeBlanks writes the blanks of dates and numbers with one space.
func closeBlanks(s string) string {
	for i := 0; i < 3 && blankRE.MatchString(s); i++ {
		s = blankRE.ReplaceAllString(s, "$1 $2")
	}
	return s
}

// columnGap separates the cells of a row laid out side by side: a tab, or four spaces or
// more after text (pdftotext -layout pads columns with spaces; justified text has single ones).
var columnGap = lazyre.New(`\S(\t+| {4,})\S`)

// pageNumber is a line holding only a page number, centred.
var pageNumber = lazyre.New(`^\s{8,}\d{1,3}$`)

// joinLines turns lines into paragraphs. A paragraph starts after a blank line, at an
// indented line, at a line opening with a structural mark (Điều 1., 1., a), -, Căn cứ, ...),
// at an upper-case line, and after a short line ending a sentence; other lines continue the
// paragraph before (a line wrapped by the PDF). Lines with cells side by side (header and
// closing tables drawn with tabs or spaces) are split into their cells, the left cells of
// a run of such lines first, then the right ones, as a .docx table is read.
func joinLines(lines []textLine, wrapped bool) []Para {
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l.text)))
	}
	// Text with lines longer than a printed line holds one paragraph a line.
	wrapped = wrapped || width <= 110
	var out []Para
	var cur *Para
	prevShortEnd, inBreak := true, false
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		// A page break, its page number and the blank lines around them do not end a
		// paragraph: the text runs on at the top of the next page.
		if l.pageBreak || pageNumber.MatchString(l.text) && wrapped {
			inBreak = true
			continue
		}
		if l.blank {
			if !inBreak {
				flush()
				prevShortEnd = true
			}
			continue
		}
		inBreak = false
		if columnGap.MatchString(l.text) {
			flush()
			// A run of lines with cells: left cells, then right cells.
			var left, right []Para
			for ; i < len(lines) && !lines[i].blank && (columnGap.MatchString(lines[i].text) || len(left) > 0 && indentOf(lines[i].text) >= 12); i++ {
				cells := splitCells(lines[i].text)
				if len(cells) == 1 {
					right = append(right, Para{Text: cells[0], Pos: lines[i].pos})
					continue
				}
				left = append(left, Para{Text: cells[0], Pos: lines[i].pos})
				right = append(right, Para{Text: strings.Join(cells[1:], "\t"), Pos: lines[i].pos})
			}
			i--
			out = append(out, joinCells(left)...)
			out = append(out, joinCells(right)...)
			prevShortEnd = true
			continue
		}
		text := strings.TrimSpace(l.text)
		indented := indentOf(l.text) >= 3
		if cur == nil || !wrapped || indented || prevShortEnd || startsPart(text) || isUpper(text) || isUpper(cur.Text) {
			flush()
			cur = &Para{Text: text, Pos: l.pos}
		} else {
			cur.Text = joinWrapped(cur.Text, text)
		}
		n := utf8.RuneCountInString(text)
		prevShortEnd = strings.ContainsAny(text[len(text)-1:], ".;:") && n < width*8/10
	}
	flush()
	return out
}

// joinCells joins the lines of one column: a line continues the one before unless it
// starts a part or either is upper case.
func joinCells(ps []Para) []Para {
	var out []Para
	for _, p := range ps {
		p.Text = strings.TrimSpace(p.Text)
		if p.Text == "" {
			continue
		}
		if n := len(out); n > 0 && !startsPart(p.Text) && !isUpper(p.Text) && !isUpper(out[n-1].Text) && !strings.HasSuffix(out[n-1].Text, ":") && !strings.HasPrefix(p.Text, "Số") && !placeDateRE.MatchString(p.Text) {
			out[n-1].Text = joinWrapped(out[n-1].Text, p.Text)
			continue
		}
		out = append(out, p)
	}
	return out
}

func splitCells(s string) []string {
	s = strings.ReplaceAll(s, "\t", "    ")
	var cells []string
	for _, c := range spaceRunRE.Split(strings.TrimSpace(s), -1) {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	// "Số:    /QĐ-UBND" and "Vĩnh Long, ngày     tháng 12 năm 2018" have gaps of their own.
	var out []string
	for _, c := range cells {
		if n := len(out); n > 0 && (strings.HasPrefix(c, "/") || strings.HasPrefix(c, "tháng") || strings.HasPrefix(c, "năm")) {
			out[n-1] += " " + c
			continue
		}
		out = append(out, c)
	}
	return out
}

func indentOf(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// joinWrapped joins a wrapped line to the text before: without a space after a word broken
// at its hyphen ("908/QĐ-" + "UBND"), with one otherwise.
func joinWrapped(a, b string) string {
	if strings.HasSuffix(a, "-") && len(a) > 1 && a[len(a)-2] != ' ' {
		return a + b
	}
	return a + " " + b
}

// ErrNoPDFToText says that reading a PDF needs poppler's pdftotext.
var ErrNoPDFToText = errors.New("reading a PDF needs pdftotext (poppler-utils); install it with: sudo apt-get install poppler-utils, or save the PDF as text or .docx first")

// readPDF runs pdftotext on the PDF and joins its lines into paragraphs.
func readPDF(data []byte, o Options) ([]Para, error) {
	prog := o.PDFToText
	if prog == "" {
		prog = "pdftotext"
	}
	path, err := exec.LookPath(prog)
	if err != nil {
		return nil, ErrNoPDFToText
	}
	dir, err := os.MkdirTemp("", "qd-import-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, err
	}
	out, err := exec.Command(path, "-layout", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		return nil, fail("pdftotext không đọc được tệp PDF (tệp hỏng hoặc không phải PDF)", "pdftotext could not read the PDF", err)
	}
	return readLines(out, true)
}
