//go:build registrygen

package registry

// Built with the tag registrygen (by go generate), the package leaves out data_gen.go, which
// is being rebuilt, and runs on no embedded data: the generator needs only Parse and Fold,
// which fold without the tables (strip falls back to decomposition).

var (
	embedded      Registry
	embeddedNames []foldedName
	foldLatin     [0x24F - 0xC0 + 1]rune
	foldExtended  [0x1EFF - 0x1E00 + 1]rune
)
