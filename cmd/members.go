package cmd

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
)

// MembersOptions are the inputs of `qd members`.
type MembersOptions struct {
	IO     IOStreams
	Lang   decision.Lang
	Input  string
	Output string
	Format string
	Force  bool
}

// NewCmdMembers builds `qd members`, which exports the member list as .xlsx or .csv.
func NewCmdMembers(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &MembersOptions{IO: ios}
	c := &cobra.Command{
		Use:   "members TỆP.yaml [-o DANH-SACH.xlsx]",
		Short: "Xuất danh sách thành viên Ban Chỉ đạo ra tệp .xlsx hoặc .csv (cho Tờ trình, bộ phận tổ chức cán bộ)",
		Long: "Kiểm tra tệp YAML rồi ghi danh sách thành viên, mỗi người một dòng, đánh số như Điều 1: STT, Ông/Bà,\n" +
			"Họ và tên, Chức vụ, Cơ quan/Đơn vị, Lĩnh vực phụ trách, Chức danh trong Ban, Ghi chú (qd import đọc lại được).\n" +
			"Định dạng theo đuôi tệp (.xlsx, .csv) hoặc --format; -o - ghi CSV ra đầu ra chuẩn.",
		Example: "  qd members examples/vinh-long.yaml -o danh-sach.xlsx\n  qd members du-thao.yaml -o - > danh-sach.csv",
		Args:    cobra.ExactArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Input = lang, args[0]
			return runMembers(opts)
		}),
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "tệp cần ghi (mặc định: tên tệp YAML với -thanh-vien.xlsx; - là đầu ra chuẩn)")
	c.Flags().StringVar(&opts.Format, "format", "", "định dạng: xlsx hoặc csv (mặc định theo đuôi tệp; csv khi -o -)")
	c.Flags().BoolVar(&opts.Force, "force", false, "ghi đè tệp đã có")
	return c
}

func runMembers(opts *MembersOptions) error {
	lang := opts.Lang
	out, format := opts.Output, opts.Format
	if format == "" {
		switch strings.ToLower(filepath.Ext(out)) {
		case ".csv":
			format = "csv"
		case ".xlsx", "":
			format = "xlsx"
			if out == "-" {
				format = "csv"
			}
		default:
			return usageErr(lang, "không biết định dạng của %s; dùng đuôi .xlsx hoặc .csv, hoặc --format", "cannot tell the format of %s; use .xlsx or .csv, or --format", out)
		}
	}
	if format != "xlsx" && format != "csv" {
		return usageErr(lang, "định dạng %q không có; chọn xlsx hoặc csv", "unknown format %q; choose xlsx or csv", format)
	}
	if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), ".")); (ext == "xlsx" || ext == "csv") && ext != format {
		// CSV text in a .xlsx (or a workbook in a .csv) is a file Excel refuses to open.
		return usageErr(lang, "%s có đuôi .%s nhưng --format là %s; đổi tên tệp hoặc bỏ --format", "%s has the extension .%s but --format is %s; rename the file or drop --format", out, ext, format)
	}
	out, err := outputFor(lang, out, opts.Input, "-thanh-vien."+format)
	if err != nil {
		return err
	}
	d, err := loadValid(opts.Input, opts.IO, lang)
	if err != nil {
		return err
	}
	if len(d.Members) == 0 {
		return usageErr(lang, "%s không có danh sách thành viên (members)", "%s has no member list (members)", opts.Input)
	}
	write := func(w io.Writer) error { return render.WriteMemberCSV(w, d) }
	if format == "xlsx" {
		write = func(w io.Writer) error { return render.WriteMemberXLSX(w, d) }
	}
	if out == "-" {
		if err := write(opts.IO.Out); err != nil {
			return internalErr(lang, err)
		}
		return nil
	}
	if err := writeFiles(lang, opts.Force, []string{opts.Input}, output{path: out, write: write, guard: guardForce}); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.Err, pick(lang, "đã ghi ", "wrote ")+out)
	return nil
}
