package cmd

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// maxNameBytes is the longest file name (one path element) the common file systems take
// (ext4, XFS, Btrfs, NTFS in UTF-16 units, APFS): 255 bytes.
const maxNameBytes = 255

// guard says when a command may replace a file that is already at one of its outputs.
type guard int

const (
	// guardQD replaces a file qd wrote (a .docx naming qd as its application); any other
	// file only with --force.
	guardQD guard = iota
	// guardForce replaces an existing file only with --force.
	guardForce
	// guardNever never replaces an existing file, --force or not.
	guardNever
	// guardNone replaces whatever is there (the caller has decided).
	guardNone
)

// output is one file a command writes: its path, how its bytes are made, and when an
// existing file there may be replaced.
type output struct {
	path  string
	write func(io.Writer) error
	guard guard
	// exts are the extensions that name what write writes (".docx"; ".yaml", ".yml"): a path
	// with another extension of a kind of file qd knows is refused (a .docx of YAML text, a
	// .pdf that is a .docx). None: not checked.
	exts []string
}

// knownExts are the extensions of the files qd reads or writes: a name ending in one says
// what the file holds.
var knownExts = []string{".docx", ".doc", ".pdf", ".txt", ".md", ".yaml", ".yml", ".csv", ".xlsx", ".xls", ".json", ".sarif", ".html"}

// extMismatch refuses path when its extension names another kind of file than exts.
func extMismatch(lang decision.Lang, path string, exts []string) error {
	ext := strings.ToLower(filepath.Ext(path))
	if len(exts) == 0 || path == "-" || !slices.Contains(knownExts, ext) || slices.Contains(exts, ext) {
		return nil
	}
	return usageErr(lang, "%s có đuôi %s nhưng qd ghi vào đó một tệp %s; hãy đặt tên với đuôi %s",
		"%s has the extension %s but qd would write a %s file into it; name it with %s", path, ext, exts[0], exts[0])
}

// outputSet writes all the files of one command, all or nothing. Every target is resolved and
// checked before anything is written: none may be one of the inputs (also through a symbolic
// or hard link, whatever --force says), no two may be the same file, each must lie in an
// existing directory, have a name the file system takes and be allowed by its guard. Then
// every file is written to a temporary file in its own directory, and only when all are
// written are they renamed into place. On any failure every temporary file is removed and
// every file that was there before is left as it was.
//
// A replaced file keeps its permissions; a new file gets 0666 less the umask, as any
// program's output does.
type outputSet struct {
	lang   decision.Lang
	force  bool
	inputs []string // files the command read; "-" and "" are skipped
	files  []output
}

// target is an output resolved for writing.
type target struct {
	output
	real string      // the path written: symbolic links followed
	old  os.FileInfo // the file there now, or nil
}

// writeFiles writes files as one outputSet: the shared way every command writes files.
func writeFiles(lang decision.Lang, force bool, inputs []string, files ...output) error {
	return (&outputSet{lang: lang, force: force, inputs: inputs, files: files}).commit()
}

// check resolves and checks every target without writing anything.
func (s *outputSet) check() ([]target, error) {
	lang := s.lang
	var ins []os.FileInfo
	var inNames []string
	for _, in := range s.inputs {
		if in == "" || in == "-" {
			continue
		}
		if fi, err := os.Stat(in); err == nil {
			ins = append(ins, fi)
			inNames = append(inNames, in)
		}
	}
	var ts []target
	seen := map[string]string{} // resolved path → output path
	for _, f := range s.files {
		if f.path == "-" {
			// Commands write their one standard-output result themselves; a second "-" (--docx -)
			// would otherwise become a file named "-" or mix a .docx into the YAML on stdout.
			return nil, usageErr(lang, "chỉ một kết quả ghi ra đầu ra chuẩn (-); tệp này cần một tên tệp (ví dụ --docx moi.docx)",
				"only one result goes to standard output (-); this one needs a file name (e.g. --docx new.docx)")
		}
		t := target{output: f, real: f.path}
		base := filepath.Base(f.path)
		if len(base) > maxNameBytes {
			return nil, usageErr(lang, "tên tệp %s quá dài (%d byte; hệ thống tệp nhận tối đa %d byte); hãy đặt tên ngắn hơn bằng -o",
				"the file name %s is too long (%d bytes; file systems take at most %d); choose a shorter one with -o", f.path, len(base), maxNameBytes)
		}
		if lfi, err := os.Lstat(f.path); err == nil && lfi.Mode()&os.ModeSymlink != 0 {
			if r, err := filepath.EvalSymlinks(f.path); err == nil {
				t.real = r
			} else {
				if _, err := os.Stat(f.path); errors.Is(err, syscall.ELOOP) {
					return nil, usageErr(lang, "không ghi được %s: %s", "cannot write %s: %s", f.path, osfile.ErrText(lang, err))
				}
				return nil, usageErr(lang, "%s là liên kết tới một tệp không có", "%s is a link to a file that does not exist", f.path)
			}
		}
		dir := filepath.Dir(t.real)
		dfi, err := os.Stat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, usageErr(lang, "không ghi được %s: thư mục %s không có", "cannot write %s: there is no directory %s", f.path, dir)
		case err != nil:
			return nil, usageErr(lang, "không ghi được %s: %s", "cannot write %s: %s", f.path, osfile.ErrText(lang, err))
		case !dfi.IsDir():
			return nil, usageErr(lang, "không ghi được %s: %s không phải thư mục", "cannot write %s: %s is not a directory", f.path, dir)
		}
		key := t.real
		if rd, err := filepath.EvalSymlinks(dir); err == nil {
			key = filepath.Join(rd, filepath.Base(t.real))
		}
		if abs, err := filepath.Abs(key); err == nil {
			key = abs
		}
		if other, dup := seen[key]; dup {
			return nil, usageErr(lang, "%s và %s là cùng một tệp; mỗi tệp kết quả cần một tên riêng", "%s and %s are the same file; each output needs its own name", other, f.path)
		}
		seen[key] = f.path
		fi, err := os.Stat(t.real)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case err != nil:
			return nil, usageErr(lang, "không ghi được %s: %s", "cannot write %s: %s", f.path, osfile.ErrText(lang, err))
		default:
			for i, in := range ins {
				if os.SameFile(fi, in) {
					return nil, usageErr(lang, "%s là tệp đầu vào %s; qd không ghi đè tệp nó đọc (dù có --force); hãy chọn tên khác bằng -o",
						"%s is the input %s; qd does not overwrite a file it reads (even with --force); choose another name with -o", f.path, inNames[i])
				}
			}
			for _, prev := range ts {
				if prev.old != nil && os.SameFile(fi, prev.old) {
					return nil, usageErr(lang, "%s và %s là cùng một tệp; mỗi tệp kết quả cần một tên riêng", "%s and %s are the same file; each output needs its own name", prev.path, f.path)
				}
			}
			if fi.IsDir() {
				return nil, usageErr(lang, "%s là thư mục", "%s is a directory", f.path)
			}
			if !fi.Mode().IsRegular() {
				return nil, usageErr(lang, "%s không phải tệp thường; dùng -o - để ghi ra đầu ra chuẩn", "%s is not a regular file; use -o - to write to standard output", f.path)
			}
			t.old = fi
		}
		ts = append(ts, t)
	}
	for _, t := range ts {
		// after the checks above, whose reasons (the input, the same file twice) say more
		if err := extMismatch(lang, t.path, t.exts); err != nil {
			return nil, err
		}
	}
	for _, t := range ts {
		if t.old == nil {
			continue
		}
		switch {
		case t.guard == guardNever:
			return nil, usageErr(lang, "%s đã có; qd không ghi đè tệp này", "%s exists; qd does not overwrite it", t.path)
		case t.guard == guardForce && !s.force:
			return nil, usageErr(lang, "%s đã có; dùng --force để ghi đè", "%s exists; use --force to overwrite it", t.path)
		case t.guard == guardQD && !s.force && !writtenByQD(t.real):
			return nil, usageErr(lang, "%s đã có và không do qd tạo; dùng --force để ghi đè", "%s exists and was not written by qd; use --force to overwrite it", t.path)
		}
	}
	return ts, nil
}

// commit checks every target, writes each to a temporary file and renames them all into
// place; see outputSet.
func (s *outputSet) commit() (err error) {
	ts, err := s.check()
	if err != nil {
		return err
	}
	tmps := make([]string, len(ts))
	defer func() {
		if err != nil {
			for _, tmp := range tmps {
				if tmp != "" {
					os.Remove(tmp)
				}
			}
		}
	}()
	for i, t := range ts {
		if tmps[i], err = writeTemp(t); err != nil {
			return &exitError{ExitInternal, pick(s.lang, "không ghi được ", "cannot write ") + t.path + ": " + osfile.ErrText(s.lang, err)}
		}
	}
	// Keep a link to each old file until all are in place, to put it back on failure.
	baks := make([]string, len(ts))
	defer func() {
		for _, b := range baks {
			if b != "" {
				os.Remove(b)
			}
		}
	}()
	for i, t := range ts {
		if t.old != nil {
			b := tempName(filepath.Dir(t.real), ".bak")
			if os.Link(t.real, b) == nil {
				baks[i] = b
			}
		}
	}
	for i, t := range ts {
		if err = os.Rename(tmps[i], t.real); err != nil {
			for j := i - 1; j >= 0; j-- {
				if baks[j] != "" {
					if os.Rename(baks[j], ts[j].real) == nil {
						baks[j] = ""
					}
				} else if ts[j].old == nil {
					os.Remove(ts[j].real)
				}
			}
			return &exitError{ExitInternal, pick(s.lang, "không ghi được ", "cannot write ") + t.path + ": " + osfile.ErrText(s.lang, err)}
		}
		tmps[i] = ""
	}
	return nil
}

// tempName is a short unused-looking name in dir: ".qd-" and 12 hex digits, whatever the
// length of the target's own name.
func tempName(dir, ext string) string {
	var b [6]byte
	rand.Read(b[:])
	return filepath.Join(dir, ".qd-"+hex.EncodeToString(b[:])+ext)
}

// writeTemp writes t to a new temporary file beside it and returns its name. The file gets
// the old file's permissions, else 0666 less the umask.
func writeTemp(t target) (string, error) {
	dir := filepath.Dir(t.real)
	var (
		f    *os.File
		name string
		err  error
	)
	for range 100 {
		name = tempName(dir, ".tmp")
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, os.ErrExist) {
			break
		}
	}
	if err != nil {
		return "", err
	}
	fail := func(err error) (string, error) {
		f.Close()
		os.Remove(name)
		return "", err
	}
	if err := t.write(f); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if t.old != nil {
		if err := f.Chmod(t.old.Mode().Perm()); err != nil {
			return fail(err)
		}
	}
	if err := f.Close(); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// checkOverwrite refuses to replace a file that qd did not write, unless forced.
func checkOverwrite(path string, force bool, lang decision.Lang) error {
	_, err := (&outputSet{lang: lang, force: force, files: []output{{path: path, guard: guardQD}}}).check()
	return err
}

// writtenByQD reports whether path is a .docx whose properties name qd as its application.
func writtenByQD(path string) bool {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return false
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "docProps/app.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		b, _ := io.ReadAll(io.LimitReader(rc, 1<<16))
		return bytes.Contains(b, []byte("<Application>qd</Application>"))
	}
	return false
}

// WriteAtomic writes one file through a temporary file in the same directory and renames it
// into place, so a failure leaves no partial file and the old file untouched. It replaces
// whatever is at path; commands use writeFiles, which also checks what they may replace.
func WriteAtomic(path string, write func(io.Writer) error) error {
	err := (&outputSet{lang: decision.EN, force: true, files: []output{{path: path, write: write, guard: guardNone}}}).commit()
	var ee *exitError
	if errors.As(err, &ee) {
		return fmt.Errorf("%s", ee.msg)
	}
	return err
}

// outputFor is out when given, else the default name of the output of input: its stem and
// rest. Standard input has no name to make one from, so it then needs -o (a usage error).
func outputFor(lang decision.Lang, out, input, rest string) (string, error) {
	if out != "" {
		return out, nil
	}
	if input == "-" {
		return "", usageErr(lang, "đọc từ đầu vào chuẩn thì cần -o", "reading standard input needs -o")
	}
	return osfile.Stem(input) + rest, nil
}
