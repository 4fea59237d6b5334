package docx

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// SourceNamespace names the custom XML part that holds a document's source text.
const SourceNamespace = "urn:vanthu-vn:qd:source:1"

// sourceItemID is the fixed data-store ID of the source part, so equal documents stay equal bytes.
const sourceItemID = "{6A3C1E52-9D0B-4F7A-8C21-5B4E0D7F3A19}"

// sourceXML is the custom XML part: the source as text, with its SHA-256 so a reader can
// tell it arrived whole. Text that XML cannot carry (control characters) is stored in base64.
type sourceXML struct {
	XMLName  xml.Name `xml:"urn:vanthu-vn:qd:source:1 source"`
	SHA256   string   `xml:"sha256,attr"`
	Encoding string   `xml:"encoding,attr,omitempty"`
	Text     string   `xml:",chardata"`
}

func sourcePartsOf(src []byte) []part {
	sum := sha256.Sum256(src)
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<source xmlns="` + SourceNamespace + `" sha256="` + hex.EncodeToString(sum[:]) + `"`)
	if xmlSafe(src) {
		b.WriteString(`>`)
		escapeSource(&b, src)
	} else {
		b.WriteString(` encoding="base64">` + base64.StdEncoding.EncodeToString(src))
	}
	b.WriteString(`</source>`)
	return []part{
		{"customXml/item1.xml", b.Bytes()},
		{"customXml/itemProps1.xml", []byte(sourceProps)},
		{"customXml/_rels/item1.xml.rels", []byte(sourceRels)},
	}
}

// The properties and relationships of the source part, the same in every document.
const (
	sourceProps = xml.Header + `<ds:datastoreItem ds:itemID="` + sourceItemID + `" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
		`<ds:schemaRefs><ds:schemaRef ds:uri="` + SourceNamespace + `"/></ds:schemaRefs></ds:datastoreItem>`
	sourceRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + relT + `customXmlProps" Target="itemProps1.xml"/></Relationships>`
)

// xmlSafe reports whether src is UTF-8 made only of characters XML 1.0 allows.
func xmlSafe(src []byte) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			return false // not UTF-8, or a noncharacter XML forbids
		}
		i += size
	}
	return true
}

// escapeSource escapes text for XML character data keeping new lines readable; a carriage
// return is escaped, since XML readers turn a literal one into a line feed.
func escapeSource(b *bytes.Buffer, src []byte) {
	b.Grow(len(src))
	last := 0
	for i, c := range src {
		var esc string
		switch c {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\r':
			esc = "&#xD;"
		default:
			continue
		}
		b.Write(src[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.Write(src[last:])
}

// ErrNoSource is returned by ReadSource when the package holds no source part (the document
// was not written by qd, or an editor dropped the part).
var ErrNoSource = errors.New("docx: no embedded source")

// ReadSource returns the source text stored in the package by Write, checked against its
// SHA-256. It looks for the part by its namespace, not its name, since editors that keep
// custom XML may renumber the items.
func ReadSource(zr *zip.Reader) ([]byte, error) {
	for _, f := range zr.File {
		if len(f.Name) < 10 || f.Name[:10] != "customXml/" || f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return nil, err
		}
		if !bytes.Contains(data, []byte(SourceNamespace)) {
			continue
		}
		var s sourceXML
		if err := xml.Unmarshal(data, &s); err != nil {
			continue
		}
		text := []byte(s.Text)
		if s.Encoding == "base64" {
			if text, err = base64.StdEncoding.DecodeString(s.Text); err != nil {
				return nil, fmt.Errorf("docx: embedded source: %v", err)
			}
		}
		sum := sha256.Sum256(text)
		if hex.EncodeToString(sum[:]) != s.SHA256 {
			return nil, errors.New("docx: embedded source does not match its checksum")
		}
		return text, nil
	}
	return nil, ErrNoSource
}
