package cmd

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/lazyre"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// errTooLarge reports an input longer than decision.MaxFileSize.
var errTooLarge = errors.New("file too large")

// readInput reads one input, "-" being standard input, and is the only way qd reads a
// decision file: the size limit is enforced while reading, so /dev/zero, a FIFO fed by `yes`
// or a huge file stops at decision.MaxFileSize with errTooLarge, never reading on.
func readInput(path string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, decision.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > decision.MaxFileSize {
		return nil, errTooLarge
	}
	return data, nil
}

// loadInput reads and loads one input (decision.Load). A file too large is a diagnostic; a
// file that cannot be read is the error.
func loadInput(path string, stdin io.Reader) (*decision.Decision, []decision.Diagnostic, []byte, error) {
	return readWith(path, stdin, decision.Load)
}

// checkInput reads one input and checks it (decision.Check) as o says, like loadInput.
func checkInput(path string, stdin io.Reader, o decision.CheckOptions) (*decision.Decision, []decision.Diagnostic, []byte, error) {
	return readWith(path, stdin, func(file string, data []byte) (*decision.Decision, []decision.Diagnostic) {
		return decision.Check(file, data, o)
	})
}

// readWith reads one input and hands it to load.
func readWith(path string, stdin io.Reader, load func(string, []byte) (*decision.Decision, []decision.Diagnostic)) (*decision.Decision, []decision.Diagnostic, []byte, error) {
	data, err := readInput(path, stdin)
	if errors.Is(err, errTooLarge) {
		return nil, []decision.Diagnostic{decision.TooLarge(path)}, nil, nil
	}
	if err != nil {
		return nil, nil, nil, err
	}
	d, diags := load(path, data)
	return d, diags, data, nil
}

// loadChecked loads one file ("-" is standard input) and validates it as of asOf (zero: its
// own date), also when it was read only in part, so that one run shows every problem; the
// diagnostics come sorted. The error is a failure to read.
func loadChecked(path string, stdin io.Reader, asOf decision.Date) (*decision.Decision, []decision.Diagnostic, error) {
	d, diags, _, err := checkInput(path, stdin, decision.CheckOptions{AsOf: asOf, Partial: true})
	return d, diags, err
}

// loadValid loads and validates a decision file, printing every diagnostic to stderr in
// text form. It returns problems when there are errors, so nothing gets written.
func loadValid(path string, ios IOStreams, lang decision.Lang) (*decision.Decision, error) {
	return loadValidAs(path, ios, lang)
}

// loadValidAs is loadValid with the warnings of the named rules counted as errors (qd draft
// --final refuses a placeholder left).
func loadValidAs(path string, ios IOStreams, lang decision.Lang, errorRules ...string) (*decision.Decision, error) {
	d, diags, err := loadChecked(path, ios.In, decision.Date{})
	if err != nil {
		return nil, usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", path, osfile.ErrText(lang, err))
	}
	for i := range diags {
		if slices.Contains(errorRules, diags[i].Rule) {
			diags[i].Severity = decision.Error
		}
	}
	printDiags(ios, path, diags, lang)
	if d == nil || decision.HasErrors(diags) {
		fmt.Fprintln(ios.Err, pick(lang, "qd: có lỗi, không ghi gì.", "qd: errors found, nothing written."))
		return nil, problems
	}
	return d, nil
}

// unreadable is the diagnostic of an input that could not be read, saying why in both
// languages for the common reasons.
func unreadable(path string, err error) decision.Diagnostic {
	var m decision.Msg
	switch {
	case errors.Is(err, fs.ErrNotExist):
		m = decision.Msg{VI: "tệp không có (liên kết hỏng, hoặc tệp đã bị xoá)", EN: "no such file (a broken link, or the file was removed)"}
	case errors.Is(err, fs.ErrPermission):
		m = decision.Msg{VI: "không có quyền đọc", EN: "permission denied"}
	case errors.Is(err, syscall.EISDIR):
		m = decision.Msg{VI: "đây là thư mục", EN: "it is a directory"}
	default:
		m = decision.Msg{VI: osfile.ErrText(decision.VI, err), EN: osfile.ErrText(decision.EN, err)}
	}
	return decision.Unreadable(path, m)
}

// dateForms says which forms a date flag takes: a whole date (the date a law or map is read
// on: update --date, basis --date), or also a month or a year alone (the date of a new
// draft, whose day is often still to be set: rename, change and init --date).
type dateForms bool

const (
	wholeDate   dateForms = false
	partialDate dateForms = true
)

// dateFlag reads the value v of a date flag: "" (not given) is the zero Date, unless
// required. Every date flag is checked here, so each refusal has one wording: out of range
// (before the State's founding in 1945), not a date in the forms the flag takes, or missing.
func dateFlag(lang decision.Lang, flag, v string, forms dateForms, required bool) (decision.Date, error) {
	if v == "" {
		if required {
			return decision.Date{}, usageErr(lang, "thiếu %s: cần ngày dạng "+forms.In(decision.VI), "%s is missing: a date as "+forms.In(decision.EN)+" is needed", flag)
		}
		return decision.Date{}, nil
	}
	d, err := decision.ParseDate(v)
	if err == nil && (d.Complete() && !d.IsPlaceholder() || forms == partialDate && d.Known()) {
		return d, nil
	}
	return decision.Date{}, dateFlagErr(lang, flag, v, forms, err)
}

// In names the forms in lang, as the messages show them.
func (f dateForms) In(lang decision.Lang) string {
	if f == partialDate {
		return pick(lang, "YYYY-MM-DD, YYYY-MM hoặc YYYY", "YYYY-MM-DD, YYYY-MM or YYYY")
	}
	return "YYYY-MM-DD"
}

// dateFlagErr is the usage error of a date flag value v that ParseDate refused (err) or that
// is not in the forms the flag takes: out of range (before the State's founding in 1945) or
// not a date at all.
func dateFlagErr(lang decision.Lang, flag, v string, forms dateForms, err error) error {
	if errors.Is(err, decision.ErrDateRange) {
		return usageErr(lang, "%s %q ngoài khoảng: ngày phải từ 02/09/1945 (ngày thành lập nước) trở về sau", "%s %q is out of range: a date is from 2 September 1945 (the founding of the State) on", flag, v)
	}
	if m := isoShapeRE.FindStringSubmatch(strings.TrimSpace(v)); m != nil {
		// the right shape, but no such month or day: say which part does not exist
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return usageErr(lang, "%s %q không có thật: không có tháng %d", "%s %q does not exist: there is no month %d", flag, v, mo)
		}
		if day, _ := strconv.Atoi(m[3]); m[3] != "" && (day < 1 || day > time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()) {
			return &exitError{ExitUsage, pick(lang, fmt.Sprintf("%s %q không có thật: tháng %d năm %d không có ngày %d", flag, v, mo, y, day),
				fmt.Sprintf("%s %q does not exist: %s %d has no day %d", flag, v, time.Month(mo), y, day))}
		}
	}
	return usageErr(lang, "%s %q không phải ngày dạng "+forms.In(decision.VI), "%s %q is not a date as "+forms.In(decision.EN), flag, v)
}

// isoShapeRE is a date written the ISO way, whether or not it exists: year, month, day.
var isoShapeRE = lazyre.New(`^(\d{4})-(\d{2})(?:-(\d{2}))?$`)

// maxFlagText bounds a text flag's value: the text flags take a name, a number or a place
// (init --issuer, rename --name, --number), and the longest of those in the source texts and
// the registry, a committee's full name, is under 200 characters; a value of thousands is a
// pasting accident that would otherwise go into the decision unseen.
const maxFlagText = 300

// textFlag refuses a flag value that cannot be text of a decision: not UTF-8, holding a
// control character (a line break, a tab, NUL...) or an invisible format character (U+202E,
// U+200B: the invisible-char rule's), or longer than maxFlagText characters.
func textFlag(lang decision.Lang, flag, v string) error {
	if !utf8.ValidString(v) {
		return usageErr(lang, "%s: giá trị không phải văn bản UTF-8", "%s: the value is not UTF-8 text", flag)
	}
	if n := utf8.RuneCountInString(v); n > maxFlagText {
		return usageErr(lang, "%s: giá trị dài %d ký tự, quá %d; cờ này nhận một tên hoặc số hiệu, không phải một đoạn văn",
			"%s: the value is %d characters long, over %d; this flag takes a name or a number, not a paragraph", flag, n, maxFlagText)
	}
	for _, r := range v {
		if unicode.IsControl(r) {
			return usageErr(lang, "%s: giá trị có ký tự điều khiển U+%04X", "%s: the value holds the control character U+%04X", flag, r)
		}
		if unicode.Is(unicode.Cf, r) {
			return usageErr(lang, "%s: giá trị có ký tự ẩn U+%04X (dấu hướng chữ, khoảng trắng độ rộng 0; thường do dán từ trang web); hãy gõ lại",
				"%s: the value holds the invisible character U+%04X (a direction mark or zero-width space, often pasted from the web); type it again", flag, r)
		}
	}
	return nil
}
