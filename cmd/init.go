package cmd

import (
	"encoding/json"
	"fmt"
	"io"

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
		Use:   "init [-o FILE.yaml]",
		Short: "Tạo dự thảo mới: mọi trường đều có mặt, có chú thích tiếng Việt, chỗ cần điền đánh dấu [[...]]",
		Example: "  qd init --kind kien_toan --issuer \"An Giang\" --date 2026-12 -o du-thao.yaml\n" +
			"  qd validate --strict du-thao.yaml   # báo các chỗ [[...]] còn chưa điền",
		Args: cobra.NoArgs,
		RunE: g.runE(func(lang decision.Lang, _ []string) error {
			opts.Lang = lang
			return runInit(opts)
		}),
	}
	c.Flags().StringVar(&opts.Kind, "kind", "thanh_lap", "loại quyết định: thanh_lap, kien_toan, kien_toan_doi_ten, ban_hanh_quy_che")
	c.Flags().StringVar(&opts.Issuer, "issuer", "", "tên tỉnh, thành phố hoặc huyện ban hành, ví dụ \"Kiên Giang\"")
	c.Flags().StringVar(&opts.Level, "level", "tinh", "cấp: tinh, thanh_pho, huyen")
	c.Flags().StringVar(&opts.Date, "date", "", "ngày dự kiến ban hành: YYYY-MM-DD, YYYY-MM hoặc YYYY")
	c.Flags().StringVarP(&opts.Output, "output", "o", "du-thao.yaml", "tệp cần tạo (- là đầu ra chuẩn); không ghi đè tệp đã có")
	return c
}

func runInit(opts *InitOptions) error {
	lang := opts.Lang
	o := decision.SkeletonOptions{Kind: decision.Kind(opts.Kind), Place: opts.Issuer, Level: decision.Level(opts.Level)}
	valid := false
	for _, k := range decision.Kinds {
		valid = valid || k == o.Kind
	}
	if !valid {
		return usageErr(lang, "--kind %q không có; chọn thanh_lap, kien_toan, kien_toan_doi_ten hoặc ban_hanh_quy_che", "unknown --kind %q; choose thanh_lap, kien_toan, kien_toan_doi_ten or ban_hanh_quy_che", opts.Kind)
	}
	if o.Level != decision.LevelProvince && o.Level != decision.LevelCity && o.Level != decision.LevelDistrict {
		return usageErr(lang, "--level %q không có; chọn tinh, thanh_pho hoặc huyen", "unknown --level %q; choose tinh, thanh_pho or huyen", opts.Level)
	}
	if opts.Date != "" {
		d, err := decision.ParseDate(opts.Date)
		if err != nil {
			return usageErr(lang, "--date %q không phải ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY", "--date %q is not a date as YYYY-MM-DD, YYYY-MM or YYYY", opts.Date)
		}
		o.Date = d
	}
	header := "yaml-language-server: $schema=qd.schema.json\n" +
		"(qd.schema.json cho VS Code: qd schema > qd.schema.json)\n" +
		"Dự thảo quyết định tạo bằng qd init. Thay mọi chỗ [[...]]; xoá các trường không dùng hoặc để trống (~, []).\n" +
		"Kiểm tra: qd validate --strict " + opts.Output + "; soạn văn bản: qd draft " + opts.Output
	data, err := decision.EncodeDocumented(decision.Skeleton(o), header)
	if err != nil {
		return internalErr(lang, err)
	}
	if opts.Output == "-" {
		_, err := opts.IO.Out.Write(data)
		return err
	}
	if err := writeFiles(lang, false, nil, output{path: opts.Output, guard: guardNever,
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
