package cmd

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
)

// InitOptions are the inputs of `qd init`.
type InitOptions struct {
	IO     IOStreams
	Lang   decision.Lang
	Kind   string
	Issuer string
	Level  string
	Date   string
	Output string
}

// NewCmdInit builds `qd init`.
func NewCmdInit(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &InitOptions{IO: ios}
	c := &cobra.Command{
		Use:   "init [-o TỆP.yaml]",
		Short: "Tạo dự thảo mới: mọi trường đều có mặt, có chú thích tiếng Việt, chỗ cần điền hoặc cần xác nhận đánh dấu [[...]]",
		Example: "  qd init --kind kien_toan --issuer \"An Giang\" --date 2026-12 -o du-thao.yaml\n" +
			"  qd init --level bo --issuer \"Y tế\" -o du-thao-bo.yaml\n" +
			"  qd validate --strict du-thao.yaml   # báo các chỗ [[...]] còn chưa điền",
		Args: cobra.NoArgs,
		RunE: g.runE(func(lang decision.Lang, _ []string) error {
			opts.Lang = lang
			return runInit(opts)
		}),
	}
	c.Flags().StringVar(&opts.Kind, "kind", "thanh_lap", "loại quyết định: "+codes(decision.SkeletonKinds()))
	c.Flags().StringVar(&opts.Issuer, "issuer", "", "tên tỉnh, thành phố, huyện hoặc Bộ ban hành, ví dụ \"Kiên Giang\", \"Y tế\"")
	c.Flags().StringVar(&opts.Level, "level", "", "cấp: "+codes(decision.SkeletonLevels())+" (mặc định tinh; ban_chi_dao với ban_hanh_quy_che)")
	c.Flags().StringVar(&opts.Date, "date", "", "ngày dự kiến ban hành: YYYY-MM-DD, YYYY-MM hoặc YYYY (mặc định: kiểm tra theo hôm nay)")
	c.Flags().StringVarP(&opts.Output, "output", "o", "du-thao.yaml", "tệp cần tạo (- là đầu ra chuẩn); không ghi đè tệp đã có")
	return c
}

// codes lists codes separated by commas.
func codes[T ~string](cs []T) string {
	var s []string
	for _, c := range cs {
		s = append(s, string(c))
	}
	return strings.Join(s, ", ")
}

func runInit(opts *InitOptions) error {
	lang := opts.Lang
	if err := textFlag(lang, "--issuer", opts.Issuer); err != nil {
		return err
	}
	o := decision.SkeletonOptions{Kind: decision.Kind(opts.Kind), Place: strings.TrimSpace(opts.Issuer), Level: decision.Level(opts.Level)}
	if !slices.Contains(decision.SkeletonKinds(), o.Kind) {
		list := codes(decision.SkeletonKinds())
		return usageErr(lang, "--kind %q không có; chọn một trong: %s", "unknown --kind %q; choose one of: %s", opts.Kind, list)
	}
	if o.Level != "" && !slices.Contains(decision.SkeletonLevels(), o.Level) {
		list := codes(decision.SkeletonLevels())
		return usageErr(lang, "--level %q không có; chọn một trong: %s", "unknown --level %q; choose one of: %s", opts.Level, list)
	}
	if opts.Date != "" {
		d, err := dateFlag(lang, "--date", opts.Date, partialDate, false)
		if err != nil {
			return err
		}
		o.Date = d
	}
	file := opts.Output
	if file == "-" {
		file = "du-thao.yaml"
	}
	header := "yaml-language-server: $schema=qd.schema.json\n" +
		"(qd.schema.json cho VS Code: qd schema > qd.schema.json)\n" +
		"Dự thảo quyết định tạo bằng qd init. Thay mọi chỗ [[...]]: chỗ cần viết, và giá trị qd điền sẵn mà\n" +
		"người soạn phải xác nhận (ngày, số văn bản viện dẫn, người ký); xoá các trường không dùng.\n"
	if opts.Output == "-" {
		header += "Lưu nội dung này thành tệp, ví dụ " + file + ", rồi kiểm tra: qd validate --strict " + file + "; soạn văn bản: qd draft " + file
	} else {
		header += "Kiểm tra: qd validate --strict " + file + "; soạn văn bản: qd draft " + file
	}
	skel := decision.Skeleton(o)
	data, err := decision.EncodeDocumented(skel, header)
	if err != nil {
		return internalErr(lang, err)
	}
	// What init writes must validate, but for its placeholders: a level or a place that no
	// longer exists on the date (the district level after 01/7/2025, a merged province) is
	// said now, not after the clerk has filled it in.
	d, diags := decision.Check(file, data, decision.CheckOptions{Partial: true})
	if d == nil {
		return internalErr(lang, fmt.Errorf("qd init wrote a file it cannot read: %v", diags))
	}
	var refused []string
	for _, g := range diags {
		if m := g.Msg.In(lang); g.Severity == decision.Error && !slices.Contains(refused, m) {
			refused = append(refused, m)
		}
	}
	if len(refused) > 0 {
		return usageErr(lang, "không tạo dự thảo: %s (soạn lại một văn bản cũ thì ghi --date của nó)", "no draft written: %s (for an old decision, give its --date)",
			strings.Join(refused, "; "))
	}
	if opts.Output == "-" {
		_, err := opts.IO.Out.Write(data)
		return err
	}
	if err := writeFiles(lang, false, nil, output{path: opts.Output, guard: guardNever, exts: []string{".yaml", ".yml"},
		write: func(w io.Writer) error { _, err := w.Write(data); return err }}); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.Err, pick(lang, "đã tạo ", "created ")+opts.Output)
	return nil
}

// NewCmdSchema builds `qd schema`, which prints the JSON Schema of decision files.
func NewCmdSchema(ios IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "In JSON Schema (2020-12) của tệp quyết định, để VS Code và các trình soạn thảo gợi ý, kiểm tra trường",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			e := json.NewEncoder(ios.Out)
			e.SetIndent("", "  ")
			return e.Encode(decision.Schema())
		},
	}
}
