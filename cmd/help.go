package cmd

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/vanthu-vn/qd/decision"
)

// Help speaks one language at a time. The commands are written in Vietnamese (their Short,
// Long, Example and flag usages); helpEN gives every one of them in English, and helpVI gives
// Cobra's own commands and flags (help, completion, --help, --version) in Vietnamese. localize
// puts the chosen language on the whole tree before it runs; TestHelpOneLanguage checks that
// every command and flag has both.

// helpText is the help of one command in one language. Empty fields keep what the command has,
// except in English, where Long and Example always replace the Vietnamese.
type helpText struct {
	Use, Short, Long, Example string
	Flags                     map[string]string // flag name → usage
}

// helpEN is the English help, by command path. It is built the first time English is asked
// for, not at every start (as a package-level map it was most of cmd's 0.1 ms of init).
var helpEN = sync.OnceValue(func() map[string]helpText {
	return map[string]helpText{
		"qd": {
			Short: "Draft and check decisions on a steering committee (Ban Chỉ đạo) per Nghị định 30/2020/NĐ-CP",
			Long: "qd drafts the decisions that set up, consolidate (kiện toàn) or rename a steering committee\n" +
				"(Ban Chỉ đạo), with its attached Quy chế, from one YAML file, laid out per Nghị định\n" +
				"30/2020/NĐ-CP, and checks drafts in CI. Messages are in Vietnamese unless --lang en or an\n" +
				"English locale (LANG=en_US.UTF-8) is given.",
			Flags: map[string]string{
				"lang":     "message language: vi or en (default from LANG)",
				"registry": "add documents, bodies and administrative units from a YAML `FILE` (same structure as templates/registry/*.yaml)",
			},
		},
		"qd basis": {
			Use:   "basis KEYWORD...",
			Short: "Print the correct legal-basis line of a document in force, ready to paste into a decision",
			Long: "Finds a document in qd's registry by keyword (title, number, key) and prints the legal-basis\n" +
				"line of the document in force on --date (default today), with the key to write in YAML:\n" +
				"bases: [{ref: KEY}].",
			Example: "  qd basis \"chính quyền địa phương\"\n  qd basis \"công nghệ thông tin\" --date 2019-05-03",
			Flags:   map[string]string{"date": "intended date of issue, YYYY-MM-DD (default today)"},
		},
		"qd diff": {
			Use:   "diff OLD.yaml NEW.yaml",
			Short: "List the changes between two decisions on the same committee (members, duties, bases, seals...)",
			Long: "Compares two decisions on the same committee: its name; members added, removed, with a new role,\n" +
				"post or holder; function, duties, legal bases, seals, funding, standing agency, replaced\n" +
				"decisions. Exit code 0 whenever the comparison could be made (with or without changes).",
			Flags: map[string]string{"format": "output format: text, json or md (a Markdown table to paste into a Tờ trình)"},
		},
		"qd draft": {
			Use:   "draft FILE.yaml",
			Short: "Draft the decision (.docx) laid out per Nghị định 30 from a YAML file",
			Long: "Checks the YAML file, then drafts the decision and its attached Quy chế as a .docx laid out per\n" +
				"Nghị định 30/2020/NĐ-CP. With errors nothing is written; warnings are printed and the draft is\n" +
				"still written. Default file name: the YAML file's with .docx. A file qd did not write is not\n" +
				"overwritten without --force.",
			Example: "  qd draft examples/vinh-long.yaml\n  qd draft examples/kien-giang.yaml -o quyet-dinh.docx --separate\n  qd draft du-thao.yaml -o - > du-thao.docx",
			Flags: map[string]string{
				"output":        "the .docx `FILE` to write (default from the YAML file's name; - for standard output)",
				"force":         "overwrite even a file qd did not write",
				"separate":      "write the Quy chế to a file of its own (<name>-quy-che.docx)",
				"format":        "format: docx, txt (plain text), md (Markdown), pdf (needs LibreOffice)",
				"final":         "the copy for signature: no DỰ THẢO mark; refused while a [[...]] placeholder is left",
				"pdfa":          "write PDF/A-2b for the archive (needs LibreOffice; implies --format pdf)",
				"reference-doc": "take the styles, paper size and margins from this .docx `FILE` (see qd reference-doc)",
			},
		},
		"qd import": {
			Use:   "import FILE",
			Short: "Read an existing decision (.docx, .pdf, .txt) or a member list (.csv, .xlsx) into a YAML file",
			Long: "Reads the text of a decision on a steering committee (a .docx from Word or LibreOffice, .pdf,\n" +
				".txt) and writes qd's YAML file: issuer, number, date, trích yếu, legal bases, members, duties,\n" +
				"organisation, effect, execution, Nơi nhận, signer and the attached Quy chế. Every place qd had to\n" +
				"guess or could not place is printed with its position in the file (paragraph of a .docx; page\n" +
				"and line of a .pdf, .txt) and its YAML field; what could not be placed is written as [[...]] in\n" +
				"the YAML, never dropped.\n" +
				"A .docx drafted by qd carries its YAML inside: qd gives back that very YAML, unless the text was\n" +
				"changed after drafting (qd reads the text again and says so) or --from-text is given.\n" +
				".csv, .xlsx files: a member list with the columns STT, Họ và tên, Chức vụ, Cơ quan/Đơn vị, Chức\n" +
				"danh trong Ban; qd writes the members: part.\n" +
				"Reading a .pdf needs pdftotext (package poppler-utils).\n" +
				"Exit codes: 0 everything placed; 1 to review (notes, or YAML not yet valid); 2 wrong usage; 3 qd failed.",
			Example: "  qd import quyet-dinh-2020.docx -o ban-chi-dao.yaml\n  qd import quyet-dinh.pdf -o - | less\n  qd import thanh-vien.xlsx -o thanh-vien.yaml",
			Flags: map[string]string{
				"output":    "the YAML `FILE` to write (default: the input's name with .yaml; - for standard output)",
				"force":     "overwrite an existing file",
				"from-text": "read the document's text even when the .docx carries qd's original YAML",
			},
		},
		"qd init": {
			Use:   "init [-o FILE.yaml]",
			Short: "Create a new draft: every field present, with Vietnamese comments, places to fill in or confirm marked [[...]]",
			Example: "  qd init --kind kien_toan --issuer \"An Giang\" --date 2026-12 -o du-thao.yaml\n" +
				"  qd init --level bo --issuer \"Y tế\" -o du-thao-bo.yaml\n" +
				"  qd validate --strict du-thao.yaml   # reports the [[...]] places still to fill in",
			Flags: map[string]string{
				"kind":   "kind of decision: " + codes(decision.SkeletonKinds()),
				"issuer": "the province, city, district or ministry that issues it, e.g. \"Kiên Giang\", \"Y tế\"",
				"level":  "level: " + codes(decision.SkeletonLevels()) + " (default tinh; ban_chi_dao with ban_hanh_quy_che)",
				"date":   "intended date of issue: YYYY-MM-DD, YYYY-MM or YYYY (default: checked as of today)",
				"output": "the `FILE` to create (- for standard output); an existing file is never overwritten",
			},
		},
		"qd members": {
			Use:   "members FILE.yaml [-o LIST.xlsx]",
			Short: "Export the committee's member list as .xlsx or .csv (for the Tờ trình and the personnel office)",
			Long: "Checks the YAML file, then writes the member list one member a row, numbered as in Điều 1: STT, Ông/Bà,\n" +
				"Họ và tên, Chức vụ, Cơ quan/Đơn vị, Lĩnh vực phụ trách, Chức danh trong Ban, Ghi chú (qd import reads it back).\n" +
				"The format follows the file's extension (.xlsx, .csv) or --format; -o - writes CSV to standard output.",
			Example: "  qd members examples/vinh-long.yaml -o danh-sach.xlsx\n  qd members du-thao.yaml -o - > danh-sach.csv",
			Flags: map[string]string{
				"output": "the `FILE` to write (default: the YAML file's name with -thanh-vien.xlsx; - for standard output)",
				"format": "format: xlsx or csv (default from the extension; csv with -o -)",
				"force":  "overwrite an existing file",
			},
		},
		"qd schema": {
			Short: "Print the JSON Schema (2020-12) of decision files, for VS Code and other editors to complete and check fields",
		},
		"qd reference-doc": {
			Use:   "reference-doc -o FILE.docx",
			Short: "Write a sample .docx holding every style qd uses, to change in Word and use with --reference-doc",
			Flags: map[string]string{"output": "the `FILE` to write", "force": "overwrite even a file qd did not write"},
		},
		"qd change": {
			Use:   "change OLD.yaml NEW.yaml",
			Short: "Draft the decision changing some members of a committee, from the standing decision and a copy with the members edited",
			Long: "Reads the YAML file of the standing decision on a committee (OLD) and a copy whose member list\n" +
				"was edited (NEW), and writes the YAML file of the change-members decision (kind:\n" +
				"thay_doi_thanh_vien): a new person replacing the one in the same post, members added, leaving,\n" +
				"changing role; the amended decision is OLD. Other differences (duties, seals, bases...) are not\n" +
				"part of such a decision and are printed, to consider a kiện toàn decision instead.",
			Example: "  qd change examples/binh-thuan.yaml binh-thuan-moi.yaml --date 2022-03-01 -o thay-doi.yaml --docx thay-doi.docx",
			Flags: map[string]string{
				"output": "the new YAML `FILE` (default: OLD-thay-doi.yaml; - for standard output)",
				"date":   "date of the new decision, YYYY-MM-DD",
				"number": "number of the new decision",
				"docx":   "also draft the new decision's .docx `FILE`",
				"force":  "overwrite an existing file",
			},
		},
		"qd rename": {
			Use:   "rename OLD.yaml",
			Short: "Draft the decision that consolidates and renames an e-government or digital-transformation committee, in the model of its date",
			Long: "Reads the YAML file of an existing committee and writes the YAML file of the decision that\n" +
				"consolidates and renames it: the new name, the replaced decision, the members kept with their\n" +
				"roles rearranged, function, duties, seals and funding from the standard texts, the new legal\n" +
				"bases; bodies, units and bases that changed are brought to the new date as qd update does.\n" +
				"Every change is printed for review. Targets (--to): " + strings.Join(decision.Targets(), ", ") + ".",
			Example: "  qd rename examples/lang-son-2020.yaml --date 2021-10-13 --number 2041 -o lang-son-2021.yaml --docx lang-son-2021.docx",
			Flags: map[string]string{
				"output": "the new YAML `FILE` (default: OLD-doi-ten.yaml; - for standard output)",
				"date":   "date of the new decision, YYYY-MM-DD",
				"number": "number of the new decision",
				"docx":   "also draft the new decision's .docx `FILE`",
				"to":     "rename target: " + strings.Join(decision.Targets(), ", ") + " (default by date: chuyen-doi-so before 2025, khcn-cds-de-an-06 from 2025; a Tỉnh ủy decision: khcn-dmst-cds-tinh-uy)",
				"name":   "the committee's new name, when not the target's standard one",
				"force":  "overwrite an existing file",
			},
		},
		"qd update": {
			Use:   "update FILE.yaml --date YYYY-MM-DD",
			Short: "Bring a decision up to the law and the map of a date: bodies, units, bases, addressees",
			Long: "Writes a new version of the decision dated --date: bodies and administrative units that changed\n" +
				"are replaced by their successors wherever they are named, bases no longer in force by the texts\n" +
				"that replaced them, programmes whose period ended are dropped, district-level addressees become\n" +
				"commune-level. Only what qd's registry is sure of is changed; what is not confirmed is printed\n" +
				"with CHECK and left as it was. Every change is printed for review.",
			Example: "  qd update examples/vinh-long.yaml --date 2026-11-23 -o vinh-long-2026.yaml",
			Flags: map[string]string{
				"output": "the new YAML `FILE` (default: FILE-YYYY-MM-DD.yaml; - for standard output)",
				"date":   "date of the new version, YYYY-MM-DD (required)",
				"number": "number of the new decision (default blank)",
				"docx":   "also draft the new version's .docx `FILE`",
				"force":  "overwrite an existing file",
			},
		},
		"qd serve": {
			Use:   "serve [FOLDER]",
			Short: "Open a drafting page on this machine (127.0.0.1): a form, problems beside each field, a preview",
			Long: "Runs a web server on this machine only (127.0.0.1) for the .yaml drafts in FOLDER (default the\n" +
				"current folder): the list of decisions, a form generated from the format's schema, the errors and\n" +
				"warnings of qd validate beside each field, a preview laid out as the .docx, saving the YAML (its\n" +
				"comments kept), downloads of the .docx, PDF and Markdown. Open the address printed (it carries\n" +
				"the session token) in a browser; Ctrl+C stops the server.",
			Example: "  qd serve\n  qd serve examples --port 8017",
			Flags:   map[string]string{"port": "port on 127.0.0.1 (0: any free port)"},
		},
		"qd validate": {
			Use:   "validate PATH...",
			Short: "Check decision files (files, directories, or - for standard input)",
			Long: "Checks decision YAML files: files, directories (every *.yaml, *.yml inside) or - to read\n" +
				"standard input. Exit codes: 0 no problems, 1 errors (or warnings with --strict), 2 wrong\n" +
				"usage, 3 internal failure.",
			Example: "  qd validate examples/\n  qd validate --format github --strict drafts/",
			Flags: map[string]string{
				"format": "output format: text, json, github, sarif",
				"strict": "treat warnings as errors (exit code 1)",
				"as-of":  "check as if the decision were issued on this date (YYYY-MM-DD), when reusing an old decision",
			},
		},
	}
})

// shells are the shells Cobra's completion command knows, for the help below.
var shells = []string{"bash", "zsh", "fish", "powershell"}

// helpVI is the Vietnamese help of Cobra's own commands.
var helpVI = func() map[string]helpText {
	m := map[string]helpText{
		"qd help": {Short: "Hướng dẫn dùng một lệnh bất kỳ",
			Long: "In hướng dẫn của một lệnh: qd help [tên lệnh]."},
		"qd completion": {Short: "Tạo tệp gợi ý lệnh (autocompletion) cho shell đã chọn",
			Long: "Tạo tệp gợi ý lệnh của qd cho shell: " + strings.Join(shells, ", ") + ".\n" +
				"Xem hướng dẫn của từng shell để biết cách dùng tệp đó."},
	}
	for _, sh := range shells {
		m["qd completion "+sh] = helpText{Short: "Tạo tệp gợi ý lệnh cho " + sh,
			Long: "Tạo tệp gợi ý lệnh của qd cho " + sh + ". Nạp tệp này khi shell khởi động, ví dụ:\n\n" +
				"  qd completion " + sh + " > qd-completion." + sh + "\n\n" +
				"rồi nạp qd-completion." + sh + " trong tệp cấu hình của " + sh + ".",
			Flags: map[string]string{"no-descriptions": "không kèm mô tả trong gợi ý"}}
	}
	return m
}()

// localize puts lang on every command's help: descriptions, examples, flag usages, Cobra's
// built-in commands and flags, the version line. When only names a command of root, the
// other commands are left as they are: their help cannot be shown (see onlyCommand).
func localize(root *cobra.Command, lang decision.Lang, only string) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultVersionFlag()
	table := helpVI
	if lang == decision.EN {
		table = helpEN()
		root.SetVersionTemplate("{{.Name}} version {{.Version}}\n")
	} else {
		root.SetVersionTemplate("{{.Name}} phiên bản {{.Version}}\n")
		root.SetUsageTemplate(usageVI)
	}
	for _, c := range root.Commands() {
		if c.Name() != "help" || c.Run == nil {
			continue
		}
		run := c.Run // Cobra's help command says "Unknown help topic" in English
		c.Run = func(c *cobra.Command, args []string) {
			if found, _, err := c.Root().Find(args); err != nil || found == nil || len(args) > 0 && found == c.Root() {
				c.Printf(pick(lang, "Không có hướng dẫn cho %q\n", "Unknown help topic %q\n"), strings.Join(args, " "))
				_ = c.Root().Usage()
				return
			}
			run(c, args)
		}
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		h, ok := table[c.CommandPath()]
		if ok {
			if h.Use != "" {
				c.Use = h.Use
			}
			if h.Short != "" {
				c.Short = h.Short
			}
			if h.Long != "" || lang == decision.EN {
				c.Long = h.Long
			}
			if h.Example != "" || lang == decision.EN {
				c.Example = h.Example
			}
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if u, ok := h.Flags[f.Name]; ok {
				f.Usage = u
			}
		})
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = pick(lang, "hướng dẫn lệnh "+c.CommandPath(), "help for "+c.CommandPath())
		}
		if f := c.Flags().Lookup("version"); f != nil {
			f.Usage = pick(lang, "in phiên bản của qd", "print qd's version")
		}
		for _, sub := range c.Commands() {
			if c == root && only != "" && sub.Name() != only {
				continue
			}
			walk(sub)
		}
	}
	walk(root)
}

// onlyCommand returns the command of root that args run when no other command's help can be
// shown on this command line, else "": the first argument names the command (not help or
// completion), and no argument may ask for help (-h, --help, or a group of short flags with
// an h). Localizing every command's help on every start was 0.3 ms of a qd draft.
func onlyCommand(root *cobra.Command, args []string) string {
	if len(args) == 0 {
		return ""
	}
	for _, a := range args {
		if strings.HasPrefix(a, "--help") || strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && strings.Contains(a, "h") {
			return ""
		}
	}
	for _, c := range root.Commands() {
		if c.Name() == args[0] {
			switch c.Name() {
			case "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
				return ""
			}
			return c.Name()
		}
	}
	return ""
}

// usageVI is the help layout with Vietnamese headings and flag lines.
const usageVI = `Cách dùng:{{if .Runnable}}
  {{useVI .UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [lệnh]{{end}}{{if gt (len .Aliases) 0}}

Tên khác:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Ví dụ:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Các lệnh:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Cờ:
{{flagsVI .LocalFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Cờ chung:
{{flagsVI .InheritedFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

"{{.CommandPath}} [lệnh] --help" để xem hướng dẫn của từng lệnh.{{end}}
`

func init() {
	cobra.AddTemplateFunc("flagsVI", flagUsagesVI)
	cobra.AddTemplateFunc("useVI", func(s string) string { return strings.Replace(s, "[flags]", "[cờ]", 1) })
}

// typeVI names a flag's value in Vietnamese when its usage does not (`TỆP` in backquotes).
var typeVI = map[string]string{"string": "chuỗi", "stringArray": "chuỗi", "strings": "chuỗi", "int": "số", "duration": "thời-gian"}

// flagUsagesVI lays out flags as pflag's FlagUsages does, with Vietnamese value names and
// "(mặc định ...)" for a default.
func flagUsagesVI(fs *pflag.FlagSet) string {
	type line struct{ left, usage string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := pflag.UnquoteUsage(f)
		if vi, ok := typeVI[name]; ok {
			name = vi
		}
		if name != "" {
			left += " " + name
		}
		switch f.DefValue {
		case "", "false", "0", "[]", "<nil>":
		default:
			if f.Value.Type() == "string" {
				usage += fmt.Sprintf(" (mặc định %q)", f.DefValue)
			} else {
				usage += " (mặc định " + f.DefValue + ")"
			}
		}
		width = max(width, utf8.RuneCountInString(left))
		lines = append(lines, line{left, usage})
	})
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.left + strings.Repeat(" ", width-utf8.RuneCountInString(l.left)+3) + l.usage + "\n")
	}
	return b.String()
}
