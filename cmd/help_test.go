package cmd

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/vanthu-vn/qd/decision"
)

// commandPaths lists every command of the tree, Cobra's own included, as argument lists.
func commandPaths(t *testing.T) [][]string {
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &bytes.Buffer{}})
	localize(root, decision.VI, "")
	var out [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		out = append(out, path)
		for _, s := range c.Commands() {
			walk(s, append(append([]string(nil), path...), s.Name()))
		}
	}
	walk(root, nil)
	if len(out) < 12 {
		t.Fatalf("only %d commands", len(out))
	}
	return out
}

// Words that give a language away in help text.
var (
	englishWords    = []string{"Usage:", "Flags:", "Available Commands", "help for", "version for", "(default", "Generate", "Help about", "[flags]", " string", "stringArray", "Examples:", "Use \"", "autocompletion script", "FILE", "PATH", "OLD.yaml", "KEYWORD", "message language"}
	vietnameseWords = []string{"Cách dùng", "Cờ", "mặc định", "Các lệnh", "lệnh", "tệp", " của ", " các ", "chuỗi", "TỆP", "Kiểm tra", "Tạo ", "hướng dẫn", "để "}
)

// TestHelpOneLanguage: the help of every command, Cobra's own included, is all Vietnamese by
// default and all English with --lang en (issue #11, item 12).
func TestHelpOneLanguage(t *testing.T) {
	t.Setenv("LANG", "vi_VN.UTF-8")
	for _, path := range commandPaths(t) {
		for _, lang := range []string{"vi", "en"} {
			args := append(append([]string{"--lang", lang}, path...), "--help")
			code, out, errs := run(t, "", args...)
			if code != ExitOK || errs != "" || out == "" {
				t.Errorf("qd %s: exit %d %q", strings.Join(args, " "), code, errs)
				continue
			}
			foreign := englishWords
			if lang == "en" {
				foreign = vietnameseWords
			}
			for _, w := range foreign {
				if strings.Contains(out, w) {
					t.Errorf("qd %s shows %q:\n%s", strings.Join(args, " "), w, out)
				}
			}
		}
	}
	if _, out, _ := run(t, "", "help"); strings.Contains(out, "Help about") || !strings.Contains(out, "Hướng dẫn dùng một lệnh") {
		t.Errorf("qd help:\n%s", out)
	}
	if _, out, _ := run(t, "", "help", "khong-co"); !strings.Contains(out, "Không có hướng dẫn cho \"khong-co\"") || strings.Contains(out, "Unknown") {
		t.Errorf("qd help khong-co:\n%s", out)
	}
	if _, out, _ := run(t, "", "--lang", "en", "help", "nope"); !strings.Contains(out, "Unknown help topic \"nope\"") {
		t.Errorf("qd --lang en help nope:\n%s", out)
	}
	if _, out, _ := run(t, "", "--version"); !strings.Contains(out, "qd phiên bản") {
		t.Errorf("qd --version: %q", out)
	}
}

// TestHelpComplete: every command and flag qd defines has its English help, and every command
// and flag of Cobra's has its Vietnamese help. A new command needs its entry in helpEN.
func TestHelpComplete(t *testing.T) {
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &bytes.Buffer{}})
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		path := c.CommandPath()
		builtin := c.Name() == "help" || strings.HasPrefix(path, "qd completion")
		table := helpEN()
		if builtin {
			table = helpVI
		}
		h, ok := table[path]
		if !ok {
			t.Errorf("%s has no help in helpEN/helpVI (cmd/help.go)", path)
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" || f.Name == "version" {
				return
			}
			if _, ok := h.Flags[f.Name]; !ok {
				t.Errorf("%s --%s has no help in helpEN/helpVI (cmd/help.go)", path, f.Name)
			}
		})
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
}

// TestMessagesOneLanguage: an English message writes its dates and counts in English (issue
// #11, item 12).
func TestMessagesOneLanguage(t *testing.T) {
	src, err := os.ReadFile("../examples/lang-son.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f := t.TempDir() + "/ls.yaml"
	if err := os.WriteFile(f, bytes.Replace(src, []byte("date: 2021-10-13"), []byte("date: 2025-06-02"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, _ := run(t, "", "validate", "--lang", "en", f)
	if !strings.Contains(out, "ceased to exist on 1 March 2025") || strings.Contains(out, "ngày") || strings.Contains(out, "tháng") {
		t.Errorf("English message mixes languages:\n%s", out)
	}
	if !strings.Contains(out, "1 file, 7 errors, 2 warnings\n") {
		t.Errorf("English counts:\n%s", out)
	}
	_, out, _ = run(t, "", "validate", f)
	if !strings.Contains(out, "không còn từ ngày 01 tháng 3 năm 2025") || !strings.Contains(out, "1 tệp, 7 lỗi, 2 cảnh báo") {
		t.Errorf("Vietnamese messages changed:\n%s", out)
	}
}

// TestOnlyCommand: the other commands' help is left unlocalized only on a command line that
// cannot show it: a command named first and no help flag anywhere.
func TestOnlyCommand(t *testing.T) {
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &bytes.Buffer{}})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"draft", "x.yaml", "-o", "-"}, "draft"},
		{[]string{"validate", "a.yaml", "--lang", "en"}, "validate"},
		{[]string{"draft", "x.yaml", "--help"}, ""},
		{[]string{"draft", "-h"}, ""},
		{[]string{"draft", "-fh"}, ""},
		{[]string{"draft", "--help=true"}, ""},
		{[]string{"help", "draft"}, ""},
		{[]string{"completion", "bash"}, ""},
		{[]string{"__complete", "draft", ""}, ""},
		{[]string{"--lang", "en", "draft", "x.yaml"}, ""},
		{[]string{"drafts", "x.yaml"}, ""},
		{nil, ""},
	} {
		if got := onlyCommand(root, c.args); got != c.want {
			t.Errorf("%q: %q, want %q", c.args, got, c.want)
		}
	}
}
