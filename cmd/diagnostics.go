package cmd

import (
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/decision/report"
)

// printDiags writes diagnostics to stderr in the text format.
func printDiags(ios IOStreams, file string, diags []decision.Diagnostic, lang decision.Lang) {
	if len(diags) == 0 {
		return
	}
	out, _ := report.New("text", ios.Err, lang)
	out.Add(file, diags)
}
