package decision

import (
	"bytes"
	"fmt"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// yaml.v3 reports a syntax error with at most a line, and that line is often the start of
// the enclosing construct rather than the fault (a tab on line 13 comes as "line 12"). The
// functions here find the real line and column and say what is wrong in both languages.

var yamlLineRE = lazyre.New(`^yaml: line (\d+): (.*)$`)

// yamlErrorLine splits yaml.v3's error text into the line it gives (1 when none) and the
// message.
func yamlErrorLine(err error) (int, string) {
	s := err.Error()
	if m := yamlLineRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, m[2]
	}
	return 1, strings.TrimPrefix(s, "yaml: ")
}

// parseErr is the error yaml.v3 gives for data, with its line and message, or nil.
func parseErr(data []byte) error {
	var n yaml.Node
	return yaml.Unmarshal(data, &n)
}

// syntaxDiag locates a syntax error of data and says what is wrong.
func syntaxDiag(file string, data []byte, err error) Diagnostic {
	line, msg := yamlErrorLine(err)
	lines := bytes.SplitAfter(data, []byte("\n"))
	line = faultLine(lines, line, msg)
	if ql, qc, ok := spanningQuote(lines, line); ok {
		m := syntaxMsg(msg)
		return Diagnostic{File: file, Line: ql, Column: qc, Rule: "yaml-syntax", Severity: Error, Msg: Msg{
			VI: fmt.Sprintf("lỗi cú pháp YAML: chuỗi mở bằng dấu ngoặc ở đây không đóng trên cùng dòng, nên các dòng sau bị đọc lẫn vào nó (đến dòng %d: %s)", line, strings.TrimPrefix(m.VI, "lỗi cú pháp YAML: ")),
			EN: fmt.Sprintf("YAML syntax error: the quoted string opened here is not closed on its line, so the lines after it are read into it (until line %d: %s)", line, msg)}}
	}
	for _, br := range []string{"[]", "{}"} {
		if strings.Contains(msg, "expected ',' or '"+br[1:]+"'") {
			if bl, bc, ok := unclosedBracket(lines, line, br[0], br[1]); ok {
				return Diagnostic{File: file, Line: bl, Column: bc, Rule: "yaml-syntax", Severity: Error, Msg: syntaxMsg(msg)}
			}
		}
	}
	col := 1
	if line >= 1 && line <= len(lines) {
		col = faultColumn(string(bytes.TrimRight(lines[line-1], "\r\n")), msg)
	}
	return Diagnostic{File: file, Line: line, Column: col, Rule: "yaml-syntax", Severity: Error, Msg: syntaxMsg(msg)}
}

// spanningQuote finds a quoted scalar that opens on a line before the faulty one and is
// still open on it or closes on it: a quote left unclosed by mistake, whose string YAML reads
// on into the following lines until the next quote, where the parse fails. It returns the
// line and column of the opening quote.
func spanningQuote(lines [][]byte, fault int) (int, int, bool) {
	var (
		in         byte // the open quote, or 0
		sLine, sAt int
	)
	for i := 1; i <= fault && i <= len(lines); i++ {
		l := bytes.TrimRight(lines[i-1], "\r\n")
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case in == 0:
				if c == '#' && (j == 0 || l[j-1] == ' ') {
					j = len(l)
					continue
				}
				if (c == '"' || c == '\'') && quoteMayStart(l[:j]) {
					in, sLine, sAt = c, i, j
				}
			case in == '"' && c == '\\':
				j++
			case c == in && in == '\'' && j+1 < len(l) && l[j+1] == '\'':
				j++
			case c == in:
				if i == fault && sLine < i {
					return sLine, utf8.RuneCount(lines[sLine-1][:sAt]) + 1, true
				}
				in = 0
			}
		}
	}
	if in != 0 && sLine < fault {
		return sLine, utf8.RuneCount(lines[sLine-1][:sAt]) + 1, true
	}
	return 0, 0, false
}

// unclosedBracket finds the innermost open bracket still unclosed at the end of line fault,
// quoted strings and comments aside: where a flow list or mapping was opened and not closed.
func unclosedBracket(lines [][]byte, fault int, open, close byte) (int, int, bool) {
	type at struct{ line, off int }
	var stack []at
	var in byte
	for i := 1; i <= fault && i <= len(lines); i++ {
		l := bytes.TrimRight(lines[i-1], "\r\n")
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case in == '"' && c == '\\':
				j++
			case in != 0:
				if c == in {
					in = 0
				}
			case c == '#' && (j == 0 || l[j-1] == ' '):
				j = len(l)
			case (c == '"' || c == '\'') && quoteMayStart(l[:j]):
				in = c
			case c == open:
				stack = append(stack, at{i, j})
			case c == close && len(stack) > 0:
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return 0, 0, false
	}
	top := stack[len(stack)-1]
	return top.line, utf8.RuneCount(lines[top.line-1][:top.off]) + 1, true
}

// quoteMayStart reports whether a quote after before starts a quoted scalar: at the start of
// the line's content, or after ": ", "- ", "[", "{", ",", "? ".
func quoteMayStart(before []byte) bool {
	t := bytes.TrimRight(before, " \t")
	if len(t) == 0 {
		return true
	}
	if len(t) == len(before) { // no space before the quote
		c := t[len(t)-1]
		return c == '[' || c == '{' || c == ','
	}
	switch t[len(t)-1] {
	case ':', '-', '[', '{', ',', '?':
		return true
	}
	return false
}

// faultLine finds the first line at which the text up to it fails with the same message:
// the line where the fault is, not the start of the construct around it. It bisects over
// the lines from the one yaml.v3 gave (never before it) to the end, so a file of a thousand
// lines takes a dozen parses, and only when it has an error.
func faultLine(lines [][]byte, given int, msg string) int {
	if given < 1 {
		given = 1
	}
	if given > len(lines) {
		return max(len(lines), 1)
	}
	fails := func(n int) bool {
		e := parseErr(bytes.Join(lines[:n], nil))
		if e == nil {
			return false
		}
		_, m := yamlErrorLine(e)
		return m == msg
	}
	lo, hi := given, len(lines) // fails(hi) holds: the whole file fails so
	if !fails(hi) {
		return given
	}
	if lo > 1 && fails(lo-1) {
		// The fault lies before the line given: yaml.v3 counted from the construct's end.
		lo = 1
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// faultColumn finds, on the faulty line, the column (in characters, from 1) of what the
// message is about; the first character that is not a space when it cannot tell.
func faultColumn(line, msg string) int {
	at := -1 // byte offset
	switch {
	case strings.Contains(msg, "tab character"):
		at = strings.IndexByte(line, '\t')
	case strings.Contains(msg, "cannot start any token"):
		at = strings.IndexAny(line, "\t@`%")
		if at < 0 {
			at = firstNonSpace(line)
		}
	case strings.Contains(msg, "mapping values are not allowed"):
		first := colonAt(line, 0)
		if first >= 0 {
			at = colonAt(line, first+1)
		}
		if at < 0 {
			at = first
		}
	case strings.Contains(msg, "unknown escape character"):
		for i := 0; i+1 < len(line); i++ {
			if line[i] == '\\' {
				if !strings.ContainsRune(`0abt	nvfre "/\N_LPxuU`, rune(line[i+1])) {
					at = i
					break
				}
				i++
			}
		}
	case strings.Contains(msg, "end of stream"):
		at = strings.IndexAny(line, `"'`)
	case strings.Contains(msg, "expected ',' or ']'"):
		at = strings.LastIndexByte(line, '[')
	case strings.Contains(msg, "expected ',' or '}'"):
		at = strings.LastIndexByte(line, '{')
	case strings.Contains(msg, "unknown anchor"):
		at = strings.IndexByte(line, '*')
	}
	if at < 0 {
		at = firstNonSpace(line)
	}
	if at < 0 {
		return 1
	}
	return utf8.RuneCountInString(line[:at]) + 1
}

func firstNonSpace(s string) int {
	for i, r := range s {
		if r != ' ' {
			return i
		}
	}
	return -1
}

// colonAt is the byte offset of the first ':' at or after from that ends a key (followed by
// a space or the end of the line), or -1.
func colonAt(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
			return i
		}
	}
	return -1
}

// yamlMessages says yaml.v3's common syntax errors in Vietnamese, with a hint of the usual
// cause; the English is yaml.v3's own text.
var yamlMessages = []struct {
	re *lazyre.Regexp
	vi string
}{
	{lazyre.New(`tab character`), "dấu tab ở chỗ thụt lề; YAML chỉ thụt lề bằng dấu cách"},
	{lazyre.New(`cannot start any token`), "gặp ký tự không thể mở đầu một giá trị (dấu tab, @ hoặc `); thụt lề bằng dấu cách, đặt giá trị có ký tự này trong ngoặc kép"},
	{lazyre.New(`mapping values are not allowed`), "dấu ':' không được dùng ở đây; giá trị có \": \" cần đặt trong ngoặc kép"},
	{lazyre.New(`did not find expected key`), "không thấy khoá như mong đợi; kiểm tra thụt lề của dòng này so với các dòng trên"},
	{lazyre.New(`did not find expected '-' indicator`), "thiếu dấu '- ' của mục danh sách; kiểm tra thụt lề"},
	{lazyre.New(`could not find expected ':'`), "thiếu dấu ':' sau khoá"},
	{lazyre.New(`expected ',' or '\]'`), "danh sách mở bằng '[' ở đây chưa được đóng bằng ']' (hoặc thiếu dấu phẩy giữa các mục)"},
	{lazyre.New(`expected ',' or '\}'`), "bảng mở bằng '{' ở đây chưa được đóng bằng '}' (hoặc thiếu dấu phẩy giữa các mục)"},
	{lazyre.New(`did not find expected node content`), "thiếu giá trị ở đây"},
	{lazyre.New(`found unexpected end of stream`), "tệp hết mà chuỗi chưa đóng: thiếu dấu ngoặc kép đóng"},
	{lazyre.New(`unknown escape character`), "ký tự sau dấu \\ không hợp lệ trong chuỗi ngoặc kép; dùng ngoặc đơn hoặc viết \\\\"},
	{lazyre.New(`unknown anchor '(.*)' referenced`), "bí danh *$1 chưa được khai báo (cần &$1 ở trước)"},
	{lazyre.New(`block sequence entries are not allowed`), "không được mở danh sách '- ' ở đây; kiểm tra thụt lề"},
	{lazyre.New(`did not find expected comment or line break`), "sau giá trị còn ký tự thừa trên cùng dòng"},
	{lazyre.New(`did not find expected whitespace or line break`), "thiếu dấu cách hoặc xuống dòng"},
	{lazyre.New(`found undefined tag handle`), "thẻ (tag) YAML không xác định"},
	{lazyre.New(`control characters are not allowed`), "có ký tự điều khiển không được phép trong YAML"},
	{lazyre.New(`did not find expected alphabetic or numeric character`), "tên của bí danh (& hoặc *) không hợp lệ"},
	{lazyre.New(`found unexpected ':'`), "gặp dấu ':' không mong đợi"},
	{lazyre.New(`found incompatible YAML document|found duplicate %YAML directive|found unknown directive|%YAML`), "chỉ thị %YAML/%TAG không hợp lệ"},
	{lazyre.New(`invalid (leading|trailing) UTF-8 octet|incomplete UTF-8 octet`), "tệp có byte không phải UTF-8"},
	{lazyre.New(`exceeded max depth`), "lồng quá sâu"},
}

// syntaxMsg says a yaml.v3 syntax message in both languages.
func syntaxMsg(msg string) Msg {
	vi := "lỗi cú pháp YAML ở đây (không đọc được cấu trúc tệp)"
	for _, m := range yamlMessages {
		if loc := m.re.FindStringSubmatchIndex(msg); loc != nil {
			vi = "lỗi cú pháp YAML: " + string(m.re.Re().ExpandString(nil, m.vi, msg, loc))
			break
		}
	}
	return Msg{VI: vi, EN: "YAML syntax error: " + msg}
}

var docStartRE = lazyre.New(`(?m)^---(?:[ \t]|\r?$)`)

// secondDocument reports a second YAML document after the first (a "---" line followed by
// content): qd reads one decision per file, and reading only the first would silently drop
// the rest. An empty document after a final "---" is no document.
func secondDocument(file string, data []byte, first *yaml.Node, stream *yaml.Decoder) (Diagnostic, bool) {
	var next yaml.Node
	err := stream.Decode(&next)
	if err == io.EOF {
		return Diagnostic{}, false
	}
	if err == nil && (len(next.Content) == 0 || len(next.Content) == 1 && next.Content[0].Kind == yaml.ScalarNode &&
		next.Content[0].Tag == "!!null" && next.Content[0].Value == "") {
		return Diagnostic{}, false
	}
	line := next.Line
	if err != nil || line == 0 {
		// Where the second document starts: the first "---" after the first one's content.
		start := 1
		if len(first.Content) > 0 {
			start = first.Content[0].Line
		}
		line = 1
		for _, loc := range docStartRE.Re().FindAllIndex(data, -1) {
			if l, _ := lineCol(data, loc[0]); l > start {
				line = l
				break
			}
		}
	}
	return Diagnostic{File: file, Line: line, Column: 1, Rule: "multi-document", Severity: Error, Msg: msgf(
		"tệp có tài liệu YAML thứ hai (sau dòng '---'); mỗi tệp chỉ chứa một quyết định: tách ra tệp khác hoặc xoá phần thừa",
		"the file holds a second YAML document (after a '---' line); a file holds one decision: move it to a file of its own or delete it")}, true
}
