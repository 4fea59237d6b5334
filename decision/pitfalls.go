package decision

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/vanthu-vn/qd/internal/lazyre"
	"gopkg.in/yaml.v3"
)

// Three YAML pitfalls a clerk falls into, recognised and explained in the clerk's words with
// what to write instead:
//   - an unquoted comma inside a one-line member {…, organization: Sở Văn hóa, Thể thao và
//     Du lịch}: YAML ends the value at the comma and reads the rest as keys;
//   - Word's curly quotes “…” used as YAML quotes: YAML does not know them, so a ":" or ","
//     inside breaks the value (a recipient "“Lưu: VT”" becomes a mapping);
//   - a tab in the indentation.

const curlyQuotes = "“”‘’„‟"

// hasCurly reports whether s holds a curly quote.
func hasCurly(s string) bool { return strings.ContainsAny(s, curlyQuotes) }

// curlyHint says to use straight quotes.
var curlyHint = Msg{
	VI: "dùng dấu nháy thẳng \"…\" thay cho dấu nháy cong “…” (Word tự đổi dấu nháy khi gõ)",
	EN: "use straight quotes \"…\" instead of curly quotes “…” (Word changes them as you type)",
}

// tabHint says to indent with spaces.
var tabHint = Msg{VI: "thụt lề bằng dấu cách, không dùng phím Tab", EN: "indent with spaces, not the Tab key"}

// withHint appends a hint to a message, in each language, unless it already says it.
func withHint(m, hint Msg) Msg {
	if !strings.Contains(m.VI, hint.VI) {
		m.VI += "; " + hint.VI
	}
	if !strings.Contains(m.EN, hint.EN) {
		m.EN += "; " + hint.EN
	}
	return m
}

// syntaxHint adds the hint for a tab or a curly quote on the faulty line of a syntax error.
func syntaxHint(g Diagnostic, data []byte) Diagnostic {
	lines := bytes.Split(data, []byte("\n"))
	if g.Line < 1 || g.Line > len(lines) {
		return g
	}
	l := string(lines[g.Line-1])
	indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
	switch {
	case strings.Contains(indent, "\t"):
		g.Msg = Msg{VI: "lỗi cú pháp YAML: dòng này thụt lề bằng dấu tab; " + tabHint.VI,
			EN: strings.Replace(g.Msg.EN, "YAML syntax error: ", "YAML syntax error: this line is indented with a tab ("+"yaml.v3: ", 1) + "); " + tabHint.EN}
	case strings.Contains(g.Msg.EN, "tab character"):
		g.Msg = withHint(g.Msg, tabHint)
	case hasCurly(l):
		g.Msg = withHint(g.Msg, curlyHint)
	}
	return g
}

// curlyNode reports whether a node that failed its type was made by curly quotes: a scalar
// written in them, or a mapping whose first key starts with one ("“Lưu: VT”" read as a key).
func curlyNode(n *yaml.Node) bool {
	switch n.Kind {
	case yaml.ScalarNode:
		return hasCurly(n.Value)
	case yaml.MappingNode:
		return len(n.Content) > 0 && n.Content[0].Kind == yaml.ScalarNode && hasCurly(n.Content[0].Value)
	}
	return false
}

// flowComma recognises, at the unknown key n.Content[i] of a one-line mapping {…}, the rest
// of the previous value cut at an unquoted comma: keys with no value following a plain
// value. It reports the pitfall at that value, with the value as the clerk meant it, and
// returns how many key-value pairs it explains (0: not this pitfall).
func (d *decoder) flowComma(n *yaml.Node, i int, path string, fields map[string]int) int {
	if n.Style&yaml.FlowStyle == 0 || i < 2 {
		return 0
	}
	prevK, prevV := n.Content[i-2], n.Content[i-1]
	if prevV.Kind != yaml.ScalarNode || prevV.Tag == "!!null" || prevV.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return 0
	}
	if _, known := fields[prevK.Value]; !known {
		return 0
	}
	parts := []string{prevV.Value}
	j := i
	for ; j+1 < len(n.Content); j += 2 {
		k, v := n.Content[j], n.Content[j+1]
		if _, known := fields[k.Value]; known || k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || v.Tag != "!!null" || v.Value != "" {
			break
		}
		parts = append(parts, k.Value)
	}
	if len(parts) < 2 {
		return 0
	}
	sub := prevK.Value
	if path != "" {
		sub = path + "." + sub
	}
	meant := strings.Join(parts, ", ")
	var m Msg
	if hasCurly(meant) {
		meant = strings.Trim(meant, curlyQuotes)
		m = msgf("dấu nháy cong “…” không phải dấu nháy của YAML, nên dấu phẩy trong giá trị %s cắt nó làm đôi và %q thành một khoá lạ; %s: %s: %q",
			"curly quotes “…” are not YAML quotes, so the comma in the value of %s cuts it in two and %q becomes an unknown key; %s: %s: %q",
			prevK.Value, parts[1], curlyHint.VI, prevK.Value, meant)
		m.EN = fmt.Sprintf("curly quotes “…” are not YAML quotes, so the comma in the value of %s cuts it in two and %q becomes an unknown key; %s: %s: %q",
			prevK.Value, parts[1], curlyHint.EN, prevK.Value, meant)
	} else {
		m = msgf("dấu phẩy trong giá trị %s kết thúc giá trị đó trong {…}, nên %q bị đọc thành một khoá lạ; đặt giá trị có dấu phẩy trong ngoặc kép \"…\": %s: %q",
			"the comma in the value of %s ends it inside {…}, so %q is read as an unknown key; put a value that contains a comma in double quotes \"…\": %s: %q",
			prevK.Value, parts[1], prevK.Value, meant)
	}
	d.errAt(prevV, sub, "unknown-key", m)
	d.fail(sub) // the value read is only its first part
	return len(parts) - 1
}

var dmyRE = lazyre.New(`^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$`)

// dateHint: a date written the Vietnamese way (20/11/2021) is shown in the form YAML files
// take (2021-11-20).
func dateHint(n *yaml.Node) (Msg, bool) {
	m := dmyRE.FindStringSubmatch(n.Value)
	if n.Kind != yaml.ScalarNode || m == nil {
		return Msg{}, false
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	iso := fmt.Sprintf("%s-%02d-%02d", m[3], month, day)
	if _, err := ParseDate(iso); err != nil {
		return Msg{}, false
	}
	return msgf("viết ngày theo dạng năm-tháng-ngày: %s", "write the date as year-month-day: %s", iso), true
}
