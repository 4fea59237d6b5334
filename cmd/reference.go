package cmd

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/render"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/templates"
)

// ReferenceOptions are the inputs of `qd reference-doc`.
type ReferenceOptions struct {
	IO     IOStreams
	Output string
	Force  bool
}

// NewCmdReference builds `qd reference-doc`, which writes the styles qd uses as a document.
func NewCmdReference(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &ReferenceOptions{IO: ios}
	c := &cobra.Command{
		Use:   "reference-doc -o FILE.docx",
		Short: "Ghi tệp .docx mẫu chứa mọi kiểu trình bày qd dùng, để sửa trong Word rồi dùng với --reference-doc",
		Args:  cobra.NoArgs,
		RunE: g.runE(func(lang decision.Lang, _ []string) error {
			if opts.Output == "" {
				return usageErr(lang, "cần -o FILE.docx", "-o FILE.docx is required")
			}
			doc := referenceDocument()
			if opts.Output == "-" {
				return doc.Write(opts.IO.Out)
			}
			if err := writeFiles(lang, opts.Force, nil, output{path: opts.Output, write: doc.Write, guard: guardQD}); err != nil {
				return err
			}
			return nil
		}),
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "tệp cần ghi")
	c.Flags().BoolVar(&opts.Force, "force", false, "ghi đè cả tệp không do qd tạo")
	return c
}

// referenceDocument shows one paragraph in each paragraph style of templates/styles.xml.
func referenceDocument() *docx.Document {
	var s struct {
		Styles []struct {
			Type string `xml:"type,attr"`
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
		} `xml:"style"`
	}
	_ = xml.Unmarshal(templates.Styles, &s)
	var body []docx.Block
	for _, st := range s.Styles {
		if st.Type == "paragraph" {
			body = append(body, docx.P(st.ID, st.Name.Val))
		}
	}
	return &docx.Document{Styles: templates.Styles, Title: "qd reference", Lang: "vi-VN",
		Sections: []docx.Section{{Page: render.DefaultPage, Header: render.PageHeader(), Body: body}}}
}

// readReferenceDoc takes word/styles.xml, the page set-up of the last section and its default
// header from a .docx, as pandoc's --reference-doc does.
func readReferenceDoc(path string) (render.Options, error) {
	var o render.Options
	zr, err := zip.OpenReader(path)
	if err != nil {
		return o, err
	}
	defer zr.Close()
	files := map[string][]byte{}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "word/") || !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return o, err
		}
		b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return o, err
		}
		files[f.Name] = b
	}
	styles := files["word/styles.xml"]
	if styles == nil {
		return o, fmt.Errorf("no word/styles.xml")
	}
	if err := xml.Unmarshal(styles, new(struct{})); err != nil {
		return o, fmt.Errorf("word/styles.xml: %v", err)
	}
	o.Styles = styles
	page, headerID, err := lastSection(files["word/document.xml"])
	if err != nil {
		return o, err
	}
	o.Page = page
	if headerID != "" {
		var rels struct {
			Rel []struct {
				ID     string `xml:"Id,attr"`
				Target string `xml:"Target,attr"`
			} `xml:"Relationship"`
		}
		_ = xml.Unmarshal(files["word/_rels/document.xml.rels"], &rels)
		for _, r := range rels.Rel {
			if r.ID == headerID {
				o.Header = files["word/"+strings.TrimPrefix(r.Target, "/word/")]
			}
		}
	}
	return o, nil
}

// lastSection reads pgSz, pgMar and the default header's relationship ID of the last sectPr
// in document.xml; the page is nil when there is none.
func lastSection(document []byte) (*docx.Page, string, error) {
	if document == nil {
		return nil, "", nil
	}
	var (
		page     *docx.Page
		cur      docx.Page
		headerID string
		curID    string
	)
	dec := xml.NewDecoder(bytes.NewReader(document))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", fmt.Errorf("word/document.xml: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := func(name string) string {
			for _, a := range se.Attr {
				if a.Name.Local == name {
					return a.Value
				}
			}
			return ""
		}
		num := func(name string) int { n, _ := strconv.Atoi(attr(name)); return n }
		switch se.Name.Local {
		case "sectPr":
			curID = ""
		case "headerReference":
			if attr("type") == "default" {
				curID = attr("id")
			}
		case "pgSz":
			cur.Width, cur.Height = num("w"), num("h")
		case "pgMar":
			cur.Top, cur.Bottom, cur.Left, cur.Right = num("top"), num("bottom"), num("left"), num("right")
			cur.HeaderDistance, cur.FooterDistance = num("header"), num("footer")
			if cur.Width > 0 {
				p := cur
				page, headerID = &p, curID
			}
		}
	}
	return page, headerID, nil
}
