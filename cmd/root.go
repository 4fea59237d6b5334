// Package cmd holds qd's Cobra commands: each parses flags into an Options struct and hands
// it to a run function that works against injected IO streams.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/vanthu-vn/qd/internal/lazyre"
	"github.com/vanthu-vn/qd/internal/osfile"
	"github.com/vanthu-vn/qd/registry"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
)

// Version is set at build time with -ldflags "-X github.com/vanthu-vn/qd/cmd.Version=..."
// (scripts/release.sh stamps git describe).
var Version = "0.1.0-dev"

// version is Version, or for a build without it (go install ./cmd/qd in a clone) the commit
// Go recorded in the binary, so a clerk can say which qd wrote a document.
func version() string {
	if Version != "0.1.0-dev" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return Version
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision" && len(s.Value) >= 12:
			rev = s.Value[:12]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "-dirty"
		}
	}
	if rev == "" {
		return Version
	}
	return Version + "+" + rev + dirty
}

// Exit codes shared by every command.
const (
	ExitOK       = 0 // nothing wrong
	ExitProblems = 1 // the input has problems
	ExitUsage    = 2 // the command was called wrongly
	ExitInternal = 3 // qd itself failed
)

// IOStreams are the streams a command reads and writes.
type IOStreams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// exitError carries an exit code and a message already localised.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageErr(lang decision.Lang, vi, en string, args ...any) error {
	return &exitError{ExitUsage, pick(lang, fmt.Sprintf(vi, args...), fmt.Sprintf(en, args...))}
}

func internalErr(lang decision.Lang, err error) error {
	return &exitError{ExitInternal, pick(lang, "lỗi nội bộ: ", "internal error: ") + err.Error()}
}

// problems is returned when the input has problems that were already reported.
var problems = &exitError{code: ExitProblems}

func pick(lang decision.Lang, vi, en string) string {
	if lang == decision.EN {
		return en
	}
	return vi
}

// globalOptions are the flags every command shares.
type globalOptions struct {
	lang     string
	registry []string
	// registryFiles are the --registry files loaded: inputs no command may write.
	registryFiles []string
}

// loadRegistry adds the --registry files to the registry, once.
func (g *globalOptions) loadRegistry(lang decision.Lang) error {
	for _, f := range g.registry {
		if err := registry.Add(f); err != nil {
			var fe *registry.FileError
			if errors.As(err, &fe) {
				return usageErr(lang, "--registry: %s", "--registry: %s", fe.Message(lang == decision.EN))
			}
			return usageErr(lang, "--registry %s: %s", "--registry %s: %s", f, osfile.ErrText(lang, err))
		}
	}
	g.registryFiles = append(g.registryFiles, g.registry...)
	g.registry = nil
	return nil
}

// runE returns a Cobra RunE that settles the message language (loading --registry) and then
// calls run with it and the arguments: the start every command shares.
func (g *globalOptions) runE(run func(lang decision.Lang, args []string) error) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		lang, err := g.Lang()
		if err != nil {
			return err
		}
		return run(lang, args)
	}
}

// Lang returns the message language and, as every command needs it first, loads the
// --registry files.
func (g *globalOptions) Lang() (decision.Lang, error) {
	l := decision.LangFromEnv()
	if g.lang != "" {
		var err error
		if l, err = decision.ParseLang(g.lang); err != nil {
			return decision.LangFromEnv(), badLang(g.lang)
		}
	}
	return l, g.loadRegistry(l)
}

// badLang is the usage error of an unknown --lang, in the locale's language.
func badLang(v string) error {
	return usageErr(decision.LangFromEnv(), "--lang %q không có; chọn vi hoặc en", "--lang %q is not a language qd speaks; choose vi or en", v)
}

// NewRootCmd builds the qd command tree.
func NewRootCmd(ios IOStreams) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:   "qd",
		Short: "Soạn và kiểm tra quyết định về Ban Chỉ đạo theo Nghị định 30/2020/NĐ-CP",
		Long: "qd soạn quyết định thành lập, kiện toàn, đổi tên Ban Chỉ đạo và Quy chế hoạt động kèm theo\n" +
			"từ một tệp YAML, trình bày theo Nghị định 30/2020/NĐ-CP, và kiểm tra các dự thảo trong CI.\n" +
			"Thông báo bằng tiếng Việt; --lang en hoặc LANG=en_US.UTF-8 để dùng tiếng Anh.",
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// Every command, also those that print no message (schema, help), refuses an unknown
	// --lang rather than answer in a language that was not asked for.
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if g.lang != "" {
			if _, err := decision.ParseLang(g.lang); err != nil {
				return badLang(g.lang)
			}
		}
		return nil
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.Err)
	root.PersistentFlags().StringVar(&g.lang, "lang", "", "ngôn ngữ thông báo: vi hoặc en (mặc định theo LANG)")
	root.PersistentFlags().StringArrayVar(&g.registry, "registry", nil, "bổ sung sổ văn bản, cơ quan, đơn vị hành chính từ `TỆP` YAML (cùng cấu trúc các tệp templates/registry/*.yaml)")
	root.AddCommand(NewCmdValidate(ios, g))
	root.AddCommand(NewCmdDraft(ios, g))
	root.AddCommand(NewCmdReference(ios, g))
	root.AddCommand(NewCmdRename(ios, g))
	root.AddCommand(NewCmdUpdate(ios, g))
	root.AddCommand(NewCmdDiff(ios, g))
	root.AddCommand(NewCmdChange(ios, g))
	root.AddCommand(NewCmdInit(ios, g))
	root.AddCommand(NewCmdMembers(ios, g))
	root.AddCommand(NewCmdSchema(ios))
	root.AddCommand(NewCmdBasis(ios, g))
	root.AddCommand(NewCmdImport(ios, g))
	root.AddCommand(NewCmdServe(ios, g))
	setupCompletion(root, g)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{ExitUsage, err.Error()}
	})
	return root
}

// langOf finds the message language before the command line is parsed: --lang, or the locale.
func langOf(args []string) decision.Lang {
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--lang=")
		if a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if l, err := decision.ParseLang(v); err == nil {
				return l
			}
		}
	}
	return decision.LangFromEnv()
}

var cobraMessages = []struct {
	re *lazyre.Regexp
	vi string
}{
	{lazyre.New(`^unknown command "(.*)" for "(.*)"$`), `lệnh "$1" không có trong "$2" (xem qd --help)`},
	{lazyre.New(`^unknown flag: (.*)$`), `cờ $1 không có (xem --help)`},
	{lazyre.New(`^unknown shorthand flag: '(.)' in (.*)$`), `cờ -$1 không có (trong $2)`},
	{lazyre.New(`^accepts (\d+) arg\(s\), received (\d+)$`), `lệnh nhận $1 đối số, nhận được $2`},
	{lazyre.New(`^requires at least (\d+) arg\(s\), only received (\d+)$`), `lệnh cần ít nhất $1 đối số, nhận được $2`},
	{lazyre.New(`^unknown command "(.*)" for "(.*)"`), `lệnh "$1" không có trong "$2" (xem qd --help)`},
	{lazyre.New(`^flag needs an argument: '(.)' in -.*$`), `cờ -$1 cần một giá trị`},
	{lazyre.New(`^flag needs an argument: (.*)$`), `cờ $1 cần một giá trị`},
	// pflag's reason is strconv's English text: say what the flag takes instead.
	{lazyre.New(`^invalid argument "(.*)" for "(.*)" flag: strconv.ParseBool: .*$`), `giá trị "$1" của cờ $2 không hợp lệ: cần true hoặc false`},
	{lazyre.New(`^invalid argument "(.*)" for "(.*)" flag: strconv.Parse(?:Int|Uint): .*range$`), `giá trị "$1" của cờ $2 không hợp lệ: số quá lớn`},
	{lazyre.New(`^invalid argument "(.*)" for "(.*)" flag: strconv.Parse(?:Int|Uint|Float): .*$`), `giá trị "$1" của cờ $2 không hợp lệ: cần một số`},
	{lazyre.New(`^invalid argument "(.*)" for "(.*)" flag: .*$`), `giá trị "$1" của cờ $2 không hợp lệ`},
}

// cobraVI says Cobra's usage errors in Vietnamese.
func cobraVI(msg string) string {
	first := strings.SplitN(msg, "\n", 2)[0]
	for _, m := range cobraMessages {
		if m.re.MatchString(first) {
			return m.re.ReplaceAllString(first, m.vi)
		}
	}
	return msg
}

// Main runs qd with args and returns the process exit code. A panic anywhere in a command
// (a bug: no input should reach one) is exit 3 with one line on stderr, never a stack trace.
func Main(args []string, ios IOStreams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = ExitInternal
			if ios.Err != nil {
				fmt.Fprintln(ios.Err, "qd: "+panicLine(langOf(args), r))
			}
		}
	}()
	var out *stdout
	if ios.Out != nil {
		out = &stdout{w: ios.Out}
		ios.Out = out
	}
	root := NewRootCmd(ios)
	localize(root, langOf(args), onlyCommand(root, args))
	root.SetArgs(args)
	err := root.Execute()
	if out != nil && out.err != nil {
		// What the command printed is lost, whatever it found: the failure to write is the
		// outcome (any error the command made of it repeats it in the system's words).
		lang := langOf(args)
		fmt.Fprintln(ios.Err, "qd: "+pick(lang, "không ghi được ra đầu ra chuẩn: ", "cannot write to standard output: ")+osfile.ErrText(lang, out.err))
		return ExitInternal
	}
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			msg := ee.msg
			if ee.code == ExitUsage && langOf(args) == decision.VI {
				msg = cobraVI(msg) // flag errors come from pflag in English
			}
			fmt.Fprintln(ios.Err, "qd: "+msg)
		}
		if ee.code == ExitUsage {
			hint := "qd --help: hướng dẫn" // one language per message, like the rest
			if langOf(args) != decision.VI {
				hint = "qd --help: usage"
			}
			fmt.Fprintln(ios.Err, hint)
		}
		return ee.code
	}
	// Cobra's own errors: unknown command, wrong number of arguments, unknown flag.
	msg := err.Error()
	usage := strings.HasPrefix(msg, "unknown") || strings.Contains(msg, "arg(s)") || strings.Contains(msg, "flag")
	if langOf(args) == decision.VI {
		msg = cobraVI(msg)
	}
	fmt.Fprintln(ios.Err, "qd: "+msg)
	if usage {
		return ExitUsage
	}
	return ExitInternal
}

// stdout is the command's standard output; it keeps the first write error, after which it
// writes nothing more, so that Main can report it once (a full disk, a closed stream).
type stdout struct {
	w   io.Writer
	err error
}

func (s *stdout) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	s.err = err
	return n, err
}

// panicLine says a recovered panic on one line, asking for a report.
func panicLine(lang decision.Lang, r any) string {
	msg := strings.Join(strings.Fields(fmt.Sprint(r)), " ")
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return pick(lang, "lỗi nội bộ của qd (xin báo lỗi kèm tệp đầu vào): ", "qd internal error (please report it with the input file): ") + msg
}

// recovered runs f and returns what it panicked with, or nil: for the work qd does in
// goroutines, where Main's recover cannot reach.
func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}
