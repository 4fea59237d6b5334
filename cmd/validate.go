package cmd

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/decision/report"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// ValidateOptions are the inputs of `qd validate`.
type ValidateOptions struct {
	IO     IOStreams
	Lang   decision.Lang
	Paths  []string
	Format string
	Strict bool
	AsOf   string
}

// NewCmdValidate builds `qd validate`.
func NewCmdValidate(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &ValidateOptions{IO: ios}
	c := &cobra.Command{
		Use:   "validate ĐƯỜNG-DẪN...",
		Short: "Kiểm tra các tệp quyết định (tệp, thư mục, hoặc - cho đầu vào chuẩn)",
		Long: "Kiểm tra các tệp YAML quyết định: tệp, thư mục (đọc mọi *.yaml, *.yml bên trong) hoặc - để đọc\n" +
			"từ đầu vào chuẩn. Mã thoát: 0 không có vấn đề, 1 có lỗi (hoặc cảnh báo với --strict),\n" +
			"2 gọi lệnh sai, 3 lỗi nội bộ.",
		Example: "  qd validate examples/\n  qd validate --format github --strict drafts/",
		Args:    cobra.MinimumNArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Paths = lang, args
			return runValidate(opts)
		}),
	}
	c.Flags().StringVar(&opts.Format, "format", "text", "định dạng kết quả: "+strings.Join(report.Formats, ", "))
	c.Flags().BoolVar(&opts.Strict, "strict", false, "coi cảnh báo là lỗi (mã thoát 1)")
	c.Flags().StringVar(&opts.AsOf, "as-of", "", "kiểm tra như thể quyết định ban hành ngày này (YYYY-MM-DD), khi dùng lại quyết định cũ")
	return c
}

func runValidate(opts *ValidateOptions) error {
	out, err := report.New(opts.Format, opts.IO.Out, opts.Lang)
	if err != nil {
		return usageErr(opts.Lang, "định dạng %q không có; chọn một trong: %s", "unknown format %q; choose one of: %s", opts.Format, strings.Join(report.Formats, ", "))
	}
	var asOf decision.Date
	if opts.AsOf != "" {
		if asOf, err = dateFlag(opts.Lang, "--as-of", opts.AsOf, partialDate, false); err != nil {
			return err
		}
	}
	files, err := collectFiles(opts.Paths, opts.Lang)
	if err != nil {
		return err
	}
	results := make([][]decision.Diagnostic, len(files))
	panics := make([]any, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), len(files))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				panics[i] = recovered(func() { results[i] = checkEntry(files[i], opts.IO.In, asOf) })
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			return &exitError{ExitInternal, panicLine(opts.Lang, p)}
		}
	}
	bad := false
	for i, f := range files {
		out.Add(f.path, results[i])
		for _, d := range results[i] {
			if d.Severity == decision.Error || opts.Strict {
				bad = true
			}
		}
	}
	if err := out.Close(); err != nil {
		return internalErr(opts.Lang, err)
	}
	if bad {
		return problems
	}
	return nil
}

// entry is one input of qd validate: a path to read, or a problem found while listing it.
type entry struct {
	path string
	diag *decision.Diagnostic // set when the entry is not to be read
}

// checkEntry loads and validates one entry; "-" is standard input. A file that cannot be
// read is a diagnostic of its own, and the run goes on.
func checkEntry(e entry, stdin io.Reader, asOf decision.Date) []decision.Diagnostic {
	if e.diag != nil {
		return []decision.Diagnostic{*e.diag}
	}
	_, diags, err := loadChecked(e.path, stdin, asOf)
	if err != nil {
		return []decision.Diagnostic{unreadable(e.path, err)}
	}
	return diags
}

// collectFiles expands directories into their *.yaml and *.yml files, sorted. A file named
// on the command line is read whatever it is (so a FIFO or a device is read up to the size
// limit); in a directory, a link that leads nowhere, an entry that vanished or cannot be
// listed, and anything that is not a regular file (FIFO, device, socket) is reported as a
// diagnostic of that entry and never opened. Standard input may be named once.
func collectFiles(paths []string, lang decision.Lang) ([]entry, error) {
	var files []entry
	stdin := false
	for _, p := range paths {
		if p == "-" {
			if stdin {
				return nil, usageErr(lang, "- (đầu vào chuẩn) chỉ được ghi một lần", "- (standard input) may be given only once")
			}
			stdin = true
			files = append(files, entry{path: p})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", p, osfile.ErrText(lang, err))
		}
		if !fi.IsDir() {
			files = append(files, entry{path: p})
			continue
		}
		var found []entry
		err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				if path == p {
					return err
				}
				d := unreadable(path, err)
				found = append(found, entry{path: path, diag: &d})
				if e != nil && e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if e.IsDir() || !osfile.IsYAML(path) {
				return nil
			}
			if e.Type().IsRegular() {
				found = append(found, entry{path: path})
				return nil
			}
			// A link is followed to what it names; anything else is not read.
			fi, err := os.Stat(path)
			switch {
			case err != nil:
				d := unreadable(path, err)
				found = append(found, entry{path: path, diag: &d})
			case fi.Mode().IsRegular():
				found = append(found, entry{path: path})
			default:
				d := decision.NotRegular(path, fileKind(fi.Mode()))
				found = append(found, entry{path: path, diag: &d})
			}
			return nil
		})
		if err != nil {
			return nil, usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", p, osfile.ErrText(lang, err))
		}
		if len(found) == 0 {
			// a CI step naming the wrong folder would otherwise pass with "0 tệp, 0 lỗi"
			return nil, usageErr(lang, "không có tệp .yaml, .yml nào trong thư mục %s", "there is no .yaml or .yml file in the folder %s", p)
		}
		sort.Slice(found, func(i, j int) bool { return found[i].path < found[j].path })
		files = append(files, found...)
	}
	return files, nil
}

// fileKind names a kind of file that is not a regular file, in both languages.
func fileKind(m fs.FileMode) decision.Msg {
	switch {
	case m.IsDir():
		return decision.Msg{VI: "một thư mục", EN: "a directory"}
	case m&fs.ModeNamedPipe != 0:
		return decision.Msg{VI: "một đường ống (FIFO)", EN: "a named pipe (FIFO)"}
	case m&fs.ModeSocket != 0:
		return decision.Msg{VI: "một socket", EN: "a socket"}
	case m&fs.ModeDevice != 0:
		return decision.Msg{VI: "một thiết bị", EN: "a device"}
	}
	return decision.Msg{VI: "một tệp đặc biệt", EN: "a special file"}
}
