// Package report writes validation results in the formats CI systems read: text, json,
// github annotations and SARIF.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/vanthu-vn/qd/decision"
)

// Formats lists the output formats New accepts.
var Formats = []string{"text", "json", "github", "sarif"}

// Output receives the results of one run, file by file, and writes them in one format.
type Output interface {
	// Add records the diagnostics of one file (none when the file is clean).
	Add(file string, diags []decision.Diagnostic)
	// Close writes what remains and a summary.
	Close() error
}

// Summary counts what a run found.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

func (s *Summary) add(diags []decision.Diagnostic) {
	s.Files++
	for _, d := range diags {
		if d.Severity == decision.Error {
			s.Errors++
		} else {
			s.Warnings++
		}
	}
}

// New returns the Output for format, writing to w with messages in lang.
func New(format string, w io.Writer, lang decision.Lang) (Output, error) {
	switch format {
	case "text", "":
		return &textOutput{w: w, lang: lang}, nil
	case "json":
		return &jsonOutput{w: w, lang: lang, Results: []jsonDiag{}}, nil
	case "github":
		return &githubOutput{w: w, lang: lang}, nil
	case "sarif":
		return &sarifOutput{w: w, lang: lang}, nil
	}
	return nil, fmt.Errorf("unknown format %q (one of %s)", format, strings.Join(Formats, ", "))
}

type textOutput struct {
	w    io.Writer
	lang decision.Lang
	sum  Summary
}

func (o *textOutput) Add(file string, diags []decision.Diagnostic) {
	o.sum.add(diags)
	for _, d := range diags {
		fmt.Fprintf(o.w, "%s:%d:%d: %s [%s] %s\n", d.File, d.Line, d.Column, d.Severity, d.Rule, d.Message(o.lang))
	}
}

func (o *textOutput) Close() error {
	s := o.sum
	var err error
	if o.lang == decision.EN {
		_, err = fmt.Fprintf(o.w, "%s, %s, %s\n", plural(s.Files, "file"), plural(s.Errors, "error"), plural(s.Warnings, "warning"))
	} else {
		_, err = fmt.Fprintf(o.w, "%d tệp, %d lỗi, %d cảnh báo\n", s.Files, s.Errors, s.Warnings)
	}
	return err
}

// plural writes a count with its English noun: "1 file", "2 files", "0 errors".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

type jsonDiag struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Field     string `json:"field,omitempty"`
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Message   string `json:"message"`
	Successor string `json:"successor,omitempty"`
}

type jsonOutput struct {
	w       io.Writer
	lang    decision.Lang
	Results []jsonDiag `json:"results"`
	Summary Summary    `json:"summary"`
}

func (o *jsonOutput) Add(file string, diags []decision.Diagnostic) {
	o.Summary.add(diags)
	for _, d := range diags {
		o.Results = append(o.Results, jsonDiag{d.File, d.Line, d.Column, d.Field, d.Rule, d.Severity.String(), d.Msg.In(o.lang), d.Successor})
	}
}

func (o *jsonOutput) Close() error {
	e := json.NewEncoder(o.w)
	e.SetIndent("", "  ")
	return e.Encode(o)
}

type githubOutput struct {
	w    io.Writer
	lang decision.Lang
}

// escape follows the workflow-command encoding of property values and messages.
func ghEscape(s string, property bool) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
	if property {
		s = strings.NewReplacer(":", "%3A", ",", "%2C").Replace(s)
	}
	return s
}

func (o *githubOutput) Add(file string, diags []decision.Diagnostic) {
	for _, d := range diags {
		fmt.Fprintf(o.w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", d.Severity, ghEscape(d.File, true), d.Line, d.Column,
			ghEscape(d.Rule, true), ghEscape(d.Message(o.lang), false))
	}
}

func (o *githubOutput) Close() error { return nil }

// sarifURI is a file's name as the URI reference SARIF asks for (SARIF 2.1.0, 3.4.3): each
// part of the path percent-encoded (spaces, '%', Vietnamese letters; ':' too, which would
// otherwise read as a scheme), relative names relative, an absolute one a file: URI.
func sarifURI(file string) string {
	abs := filepath.IsAbs(file)
	p := filepath.ToSlash(strings.TrimPrefix(file, "./"))
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
		if !abs {
			parts[i] = strings.ReplaceAll(parts[i], ":", "%3A")
		}
	}
	u := strings.Join(parts, "/")
	if abs {
		if !strings.HasPrefix(u, "/") {
			u = "/" + u // C:/x on Windows
		}
		u = "file://" + u
	}
	return u
}

type sarifOutput struct {
	w       io.Writer
	lang    decision.Lang
	results []map[string]any
}

func (o *sarifOutput) Add(file string, diags []decision.Diagnostic) {
	for _, d := range diags {
		level := "warning"
		if d.Severity == decision.Error {
			level = "error"
		}
		o.results = append(o.results, map[string]any{
			"ruleId":  d.Rule,
			"level":   level,
			"message": map[string]any{"text": d.Message(o.lang)},
			"locations": []any{map[string]any{"physicalLocation": map[string]any{
				"artifactLocation": map[string]any{"uri": sarifURI(d.File)},
				"region":           map[string]any{"startLine": d.Line, "startColumn": d.Column},
			}}},
		})
	}
}

func (o *sarifOutput) Close() error {
	var rules []any
	for _, r := range decision.Rules() {
		rules = append(rules, map[string]any{
			"id":               r.ID,
			"shortDescription": map[string]any{"text": r.Summary.In(o.lang)},
			"defaultConfiguration": map[string]any{"level": map[decision.Severity]string{
				decision.Error: "error", decision.Warning: "warning"}[r.Severity]},
		})
	}
	results := o.results
	if results == nil {
		results = []map[string]any{}
	}
	doc := map[string]any{
		"version": "2.1.0",
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"runs": []any{map[string]any{
			"tool":    map[string]any{"driver": map[string]any{"name": "qd", "informationUri": "https://github.com/vanthu-vn/qd", "rules": rules}},
			"results": results,
		}},
	}
	e := json.NewEncoder(o.w)
	e.SetIndent("", "  ")
	return e.Encode(doc)
}
