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
		Use:   "validate PATH...",
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
		if asOf, err = decision.ParseDate(opts.AsOf); err != nil {
			return usageErr(opts.Lang, "--as-of %q không phải ngày dạng YYYY-MM-DD", "--as-of %q is not a date as YYYY-MM-DD", opts.AsOf)
		}
	}
	files, err := collectFiles(opts.Paths, opts.Lang)
	if err != nil {
		return err
	}
	results := make([][]decision.Diagnostic, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), len(files))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = checkFile(files[i], opts.IO.In, asOf)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	bad := false
	for i, f := range files {
		if errs[i] != nil {
			return internalErr(opts.Lang, errs[i])
		}
		out.Add(f, results[i])
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

// checkFile loads and validates one file; "-" is standard input.
func checkFile(path string, stdin io.Reader, asOf decision.Date) ([]decision.Diagnostic, error) {
	_, diags, err := loadChecked(path, stdin, asOf)
	return diags, err
}

// collectFiles expands directories into their *.yaml and *.yml files, sorted.
func collectFiles(paths []string, lang decision.Lang) ([]string, error) {
	var files []string
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", p, err)
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !e.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, internalErr(lang, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}
