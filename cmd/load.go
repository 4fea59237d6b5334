package cmd

import (
	"fmt"
	"io"

	"github.com/vanthu-vn/qd/decision"
)

// loadChecked loads one file ("-" is standard input) and, when it loads, validates it as of
// asOf (zero: its own date); the diagnostics come sorted. The error is a failure to read.
func loadChecked(path string, stdin io.Reader, asOf decision.Date) (*decision.Decision, []decision.Diagnostic, error) {
	var (
		d     *decision.Decision
		diags []decision.Diagnostic
	)
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, decision.MaxFileSize+1))
		if err != nil {
			return nil, nil, err
		}
		d, diags = decision.Load("-", data)
	} else {
		var err error
		if d, diags, err = decision.LoadFile(path); err != nil {
			return nil, nil, err
		}
	}
	// A decision read in part is still checked, so that one run shows every problem.
	if d != nil {
		d.AsOf = asOf
		diags = append(diags, decision.Validate(d)...)
	}
	decision.SortDiagnostics(diags)
	return d, diags, nil
}

// loadValid loads and validates a decision file, printing every diagnostic to stderr in
// text form. It returns problems when there are errors, so nothing gets written.
func loadValid(path string, ios IOStreams, lang decision.Lang) (*decision.Decision, error) {
	d, diags, err := loadChecked(path, ios.In, decision.Date{})
	if err != nil {
		return nil, usageErr(lang, "không đọc được %s: %v", "cannot read %s: %v", path, err)
	}
	printDiags(ios, path, diags, lang)
	if d == nil || decision.HasErrors(diags) {
		fmt.Fprintln(ios.Err, pick(lang, "qd: có lỗi, không soạn văn bản.", "qd: errors found, nothing written."))
		return nil, problems
	}
	return d, nil
}
