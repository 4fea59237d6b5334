package cmd

import (
	"reflect"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/decision/report"
)

// draftFormats are the values of `qd draft --format`.
var draftFormats = []string{"docx", "txt", "md", "pdf"}

// setupCompletion makes shell completion offer the values of the flags that take one of a
// fixed set, and makes `qd completion SHELL` refuse a shell it does not know (Cobra's own
// command prints its help and exits 0). The values are computed only when completing.
func setupCompletion(root *cobra.Command, g *globalOptions) {
	values := map[string]map[string]func() []string{
		"":         {"lang": func() []string { return []string{"vi", "en"} }},
		"draft":    {"format": func() []string { return draftFormats }},
		"validate": {"format": func() []string { return report.Formats }},
		"diff":     {"format": func() []string { return []string{"text", "json"} }},
		"init": {
			"kind":  func() []string { return oneOf(reflect.TypeFor[decision.Decision](), "Kind") },
			"level": func() []string { return oneOf(reflect.TypeFor[decision.Issuer](), "Level") },
		},
		"rename": {"to": decision.Targets},
	}
	for _, c := range append(root.Commands(), root) {
		name := c.Name()
		if c == root {
			name = ""
		}
		for flag, list := range values[name] {
			_ = c.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				return list(), cobra.ShellCompDirectiveNoFileComp
			})
		}
	}
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		shells := []string{}
		for _, s := range c.Commands() {
			shells = append(shells, s.Name())
		}
		c.Args = cobra.ArbitraryArgs
		c.RunE = g.runE(func(lang decision.Lang, args []string) error {
			if len(args) == 0 {
				return usageErr(lang, "cần tên shell: %s", "name a shell: %s", strings.Join(shells, ", "))
			}
			return usageErr(lang, "shell %q không có; chọn %s", "unknown shell %q; choose %s", args[0], strings.Join(shells, ", "))
		})
	}
}

// oneOf returns the values the model's validate tag allows for a field (oneof=...), so the
// completion follows the model when kinds or levels are added.
func oneOf(t reflect.Type, field string) []string {
	f, ok := t.FieldByName(field)
	if !ok {
		return nil
	}
	for _, rule := range strings.Split(f.Tag.Get("validate"), ",") {
		if v, ok := strings.CutPrefix(rule, "oneof="); ok {
			return strings.Fields(v)
		}
	}
	return nil
}
