package decision

// CheckOptions says how Check validates.
type CheckOptions struct {
	// AsOf is the date the decision is checked as of (zero: its own date); see Decision.AsOf.
	AsOf Date
	// Partial runs the rules on a decision the loader read only in part (values that failed
	// their type are left out and the rules reading them skipped, see partial.go), so that
	// one run shows every problem, as qd validate and qd draft do. Without it the rules run
	// only on a decision that loaded without errors, as for a file qd has just written
	// (rename, update, change, import read their result back) and qd serve.
	Partial bool
}

// Check loads a decision from data, as Load, and validates it, as Validate; the diagnostics
// of both come sorted (SortDiagnostics). The Decision is nil when the file cannot be read as
// a decision at all. It is the one load-and-check path of the commands and the web server.
func Check(file string, data []byte, o CheckOptions) (*Decision, []Diagnostic) {
	d, diags := Load(file, data)
	if d != nil && (o.Partial || !HasErrors(diags)) {
		d.AsOf = o.AsOf
		diags = append(diags, Validate(d)...)
	}
	SortDiagnostics(diags)
	return d, diags
}
