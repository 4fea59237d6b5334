// Package osfile holds what the command line and the web server say alike about files: which
// names are decision files (.yaml, .yml), the stem other outputs are named from, and the
// operating system's reason for a failed read or write in the user's language.
package osfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/vanthu-vn/qd/decision"
)

// yamlExt returns the YAML extension name ends with (".yaml", ".yml", in any case, as
// Windows and a careless clerk write "QD.YAML"), or "".
func yamlExt(name string) string {
	ext := filepath.Ext(name)
	if e := strings.ToLower(ext); e == ".yaml" || e == ".yml" {
		return ext
	}
	return ""
}

// IsYAML reports whether name is a decision file's name: it ends in .yaml or .yml, in any
// case.
func IsYAML(name string) bool { return yamlExt(name) != "" }

// Stem is name without its .yaml or .yml extension (in any case): the start of the default
// names of the files made from it ("qd.YAML" → "qd", so its .docx is "qd.docx"). A name with
// another extension is returned whole.
func Stem(name string) string { return strings.TrimSuffix(name, yamlExt(name)) }

// ErrText is the reason of a file-system error without the path, which the message around it
// names. An error with a Message(lang) method says itself; otherwise, in Vietnamese, the
// common reasons are said in Vietnamese (the operating system's are English) and others by
// their number.
func ErrText(lang decision.Lang, err error) string {
	var own interface{ Message(decision.Lang) string }
	if errors.As(err, &own) {
		return own.Message(lang) // an error that says itself in both languages
	}
	if lang == decision.VI {
		for _, e := range []struct {
			err error
			vi  string
		}{
			{fs.ErrNotExist, "không có tệp hoặc thư mục này"},
			{fs.ErrExist, "tệp đã có"},
			{fs.ErrPermission, "không có quyền đọc, ghi"},
			{syscall.EISDIR, "là một thư mục"},
			{syscall.ENOTDIR, "một phần của đường dẫn không phải thư mục"},
			{syscall.ELOOP, "liên kết tượng trưng vòng quanh"},
			{syscall.ENAMETOOLONG, "tên quá dài"},
			{syscall.ENOSPC, "đĩa hết chỗ"},
			{syscall.EROFS, "hệ thống tệp chỉ đọc"},
			{syscall.EFBIG, "tệp quá lớn"},
			{syscall.EDQUOT, "hết hạn mức đĩa"},
			{syscall.EMFILE, "quá nhiều tệp đang mở"},
			{syscall.EPIPE, "đầu ra đã đóng"},
			{syscall.EBADF, "tệp, luồng đã bị đóng"},
			{syscall.EIO, "lỗi đọc, ghi của thiết bị"},
			{syscall.EBUSY, "tệp đang bị chương trình khác dùng"},
			{syscall.EXDEV, "không chuyển được sang ổ đĩa khác"},
			{syscall.EADDRINUSE, "cổng đang được chương trình khác dùng"},
		} {
			if errors.Is(err, e.err) {
				return e.vi
			}
		}
		// another reason of the system: its number, not its English words
		var n syscall.Errno
		if errors.As(err, &n) {
			return "lỗi hệ điều hành số " + strconv.Itoa(int(n))
		}
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}
