package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/importer"
	"github.com/vanthu-vn/qd/internal/osfile"
)

// ImportOptions are the inputs of `qd import`.
type ImportOptions struct {
	IO       IOStreams
	Lang     decision.Lang
	Input    string
	Output   string
	Force    bool
	FromText bool
}

// NewCmdImport builds `qd import`.
func NewCmdImport(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &ImportOptions{IO: ios}
	c := &cobra.Command{
		Use:   "import TỆP",
		Short: "Đọc quyết định đã có (.docx, .pdf, .txt) hoặc danh sách thành viên (.csv, .xlsx) thành tệp YAML",
		Long: "Đọc văn bản một quyết định về Ban Chỉ đạo (tệp .docx của Word hoặc LibreOffice, .pdf, .txt) và viết\n" +
			"tệp YAML của qd: cơ quan ban hành, số, ngày, trích yếu, căn cứ, thành viên, nhiệm vụ, tổ chức, hiệu lực,\n" +
			"thi hành, Nơi nhận, người ký và Quy chế kèm theo. Mỗi chỗ qd phải đoán hoặc không xếp được được in ra\n" +
			"kèm vị trí trong tệp (đoạn của .docx; trang và dòng của .pdf, .txt) và trường YAML; chỗ không xếp được\n" +
			"ghi [[...]] trong YAML, không bỏ đi.\n" +
			"Tệp .docx do qd soạn mang sẵn YAML gốc bên trong: qd trả lại đúng tệp YAML đó, trừ khi nội dung đã bị\n" +
			"sửa sau khi soạn (qd đọc lại nội dung và báo) hoặc có --from-text.\n" +
			"Tệp .csv, .xlsx: danh sách thành viên với các cột STT, Họ và tên, Chức vụ, Cơ quan/Đơn vị, Chức danh\n" +
			"trong Ban; qd viết phần members:.\n" +
			"Đọc .pdf cần pdftotext (gói poppler-utils).\n" +
			"Mã thoát: 0 đã xếp hết; 1 cần rà soát (có ghi chú hoặc YAML chưa hợp lệ); 2 dùng sai lệnh; 3 lỗi của qd.",
		Example: "  qd import quyet-dinh-2020.docx -o ban-chi-dao.yaml\n  qd import quyet-dinh.pdf -o - | less\n  qd import thanh-vien.xlsx -o thanh-vien.yaml",
		Args:    cobra.ExactArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Input = lang, args[0]
			return runImport(opts)
		}),
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "tệp YAML cần ghi (mặc định: tên tệp vào với đuôi .yaml; - là đầu ra chuẩn)")
	c.Flags().BoolVar(&opts.Force, "force", false, "ghi đè tệp đã có")
	c.Flags().BoolVar(&opts.FromText, "from-text", false, "đọc nội dung văn bản kể cả khi tệp .docx mang YAML gốc của qd")
	return c
}

func runImport(opts *ImportOptions) error {
	lang := opts.Lang
	ext := strings.ToLower(filepath.Ext(opts.Input))
	switch ext {
	case ".docx", ".pdf", ".txt", ".text", ".csv", ".xlsx":
	case ".doc":
		return usageErr(lang, "%s là tệp .doc cũ; mở bằng Word hoặc LibreOffice và lưu thành .docx rồi chạy lại",
			"%s is an old .doc file; open it in Word or LibreOffice, save it as .docx and run again", opts.Input)
	case ".xls":
		return usageErr(lang, "%s là tệp .xls cũ (Excel 97-2003); mở bằng Excel hoặc LibreOffice và lưu thành .xlsx rồi chạy lại",
			"%s is an old .xls file (Excel 97-2003); open it in Excel or LibreOffice, save it as .xlsx and run again", opts.Input)
	default:
		return usageErr(lang, "%s: qd import đọc .docx, .pdf, .txt, .csv, .xlsx", "%s: qd import reads .docx, .pdf, .txt, .csv, .xlsx", opts.Input)
	}
	out := opts.Output
	if out == "" {
		out = strings.TrimSuffix(opts.Input, filepath.Ext(opts.Input)) + ".yaml"
	}
	outFile := output{path: out, guard: guardForce, exts: []string{".yaml", ".yml"}}
	if out != "-" {
		// The same checks as every command's outputs (never the input, even with --force).
		if _, err := (&outputSet{lang: lang, force: opts.Force, inputs: []string{opts.Input}, files: []output{outFile}}).check(); err != nil {
			return err
		}
	}
	fi, err := os.Stat(opts.Input)
	if err != nil {
		return usageErr(lang, "không đọc được %s: %s", "cannot read %s: %s", opts.Input, osfile.ErrText(lang, err))
	}
	if fi.Size() > 64<<20 {
		return usageErr(lang, "%s quá lớn (%d byte) cho một quyết định", "%s is too large (%d bytes) for a decision", opts.Input, fi.Size())
	}
	data, err := os.ReadFile(opts.Input)
	if err != nil {
		return usageErr(lang, "không đọc được %s: %s", "cannot read %s: %s", opts.Input, osfile.ErrText(lang, err))
	}
	res, err := importer.Import(opts.Input, data, importer.Options{FromText: opts.FromText})
	if err != nil {
		if errors.Is(err, importer.ErrNoPDFToText) {
			return usageErr(lang, "đọc .pdf cần pdftotext; cài bằng: sudo apt-get install poppler-utils (hoặc lưu PDF thành .docx, .txt trước)",
				"reading a .pdf needs pdftotext; install it with: sudo apt-get install poppler-utils (or save the PDF as .docx or .txt first)")
		}
		var ie *importer.Error
		if errors.As(err, &ie) {
			return &exitError{ExitProblems, pick(lang, "không đọc được ", "cannot read ") + opts.Input + ": " + ie.Message(lang)}
		}
		return &exitError{ExitProblems, pick(lang, "không đọc được ", "cannot read ") + opts.Input + ": " + err.Error()}
	}
	review := len(res.Notes) > 0
	for _, n := range res.Notes {
		fmt.Fprintf(opts.IO.Err, "%s: %s\n", opts.Input, n.Message(lang))
	}
	if res.Decision != nil {
		// The YAML is checked as it will be read back.
		back, diags := decision.Check(out, res.YAML, decision.CheckOptions{})
		printDiags(opts.IO, out, diags, lang)
		if back == nil || decision.HasErrors(diags) {
			review = true
		}
	}
	if out == "-" {
		if _, err := opts.IO.Out.Write(res.YAML); err != nil {
			return internalErr(lang, err)
		}
	} else {
		outFile.write = func(w io.Writer) error { _, err := w.Write(res.YAML); return err }
		if err := writeFiles(lang, opts.Force, []string{opts.Input}, outFile); err != nil {
			return err
		}
		fmt.Fprintln(opts.IO.Err, pick(lang, "đã ghi ", "wrote ")+out)
	}
	switch {
	case res.Embedded:
		fmt.Fprintln(opts.IO.Err, pick(lang, "qd: tệp YAML gốc lưu trong .docx, lấy lại nguyên vẹn", "qd: the original YAML stored in the .docx, given back unchanged"))
	case review:
		fmt.Fprintln(opts.IO.Err, pick(lang, "qd: cần rà soát các ghi chú trên trước khi soạn", "qd: review the notes above before drafting"))
		return problems
	}
	return nil
}
