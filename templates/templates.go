// Package templates embeds the standard wording and styles qd writes with.
package templates

import "embed"

// Styles is word/styles.xml of the documents qd writes: every paragraph, character and table
// style the decision layout names, in Times New Roman with Vietnamese as the language. Open
// `qd reference-doc` in Word to see and change them.
//
//go:embed styles.xml
var Styles []byte

// StandardRegulation is the standard Quy chế hoạt động as YAML chapters, with text/template
// fields for the committee's facts; see the comment at its top.
//
//go:embed quy-che-chuan.yaml
var StandardRegulation string

// Renames holds the targets of `qd rename`, one YAML file each under rename/.
//
//go:embed rename/*.yaml
var Renames embed.FS

// Registry holds the registry of legal documents, bodies and administrative units over
// time, one YAML file per kind under registry/, each entry with its source.
//
//go:embed registry/*.yaml
var Registry embed.FS

// Families holds the document formats a decision can be laid out in, one YAML file each
// under families/: nha-nuoc (Nghị định 30) and dang (the party's, Hướng dẫn 36-HD/VPTW).
//
//go:embed families/*.yaml
var Families embed.FS

// PartyStyles is word/styles.xml for party documents: the same style names as Styles, with
// the sizes and faces of Hướng dẫn 36-HD/VPTW (docs/party-layout.md).
//
//go:embed styles-dang.xml
var PartyStyles []byte
