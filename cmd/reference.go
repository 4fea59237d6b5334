package cmd

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"
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
		RunE: func(c *cobra.Command, args []string) error {
			lang, err := g.Lang()
			if err != nil {
				return err
			}
			if opts.Output == "" {
				return usageErr(lang, "cần -o FILE.docx", "-o FILE.docx is required")
			}
			doc := referenceDocument()
			if opts.Output == "-" {
				return doc.Write(opts.IO.Out)
			}
			if err := checkOverwrite(opts.Output, opts.Force, lang); err != nil {
				return err
			}
			if err := WriteAtomic(opts.Output, doc.Write); err != nil {
				return internalErr(lang, err)
			}
			return nil
		},
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
		Sections: []docx.Section{{Page: render.DefaultPage, Body: body}}}
}

// readReferenceDoc takes word/styles.xml and the page set-up of the last section from a
// .docx, as pandoc's --reference-doc does.
func readReferenceDoc(path string) ([]byte, *docx.Page, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, nil, err
	}
	defer zr.Close()
	var styles, document []byte
	for _, f := range zr.File {
		if f.Name != "word/styles.xml" && f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return nil, nil, err
		}
		if f.Name == "word/styles.xml" {
			styles = b
		} else {
			document = b
		}
	}
	if styles == nil {
		return nil, nil, fmt.Errorf("no word/styles.xml")
	}
	if err := xml.Unmarshal(styles, new(struct{})); err != nil {
		return nil, nil, fmt.Errorf("word/styles.xml: %v", err)
	}
	page, err := lastPage(document)
	if err != nil {
		return nil, nil, err
	}
	return styles, page, nil
}

// lastPage reads pgSz and pgMar of the last sectPr in document.xml; nil when there is none.
func lastPage(document []byte) (*docx.Page, error) {
	if document == nil {
		return nil, nil
	}
	var page *docx.Page
	dec := xml.NewDecoder(bytes.NewReader(document))
	var cur docx.Page
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("word/document.xml: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := func(name string) int {
			for _, a := range se.Attr {
				if a.Name.Local == name {
					n, _ := strconv.Atoi(a.Value)
					return n
				}
			}
			return 0
		}
		switch se.Name.Local {
		case "pgSz":
			cur.Width, cur.Height = attr("w"), attr("h")
		case "pgMar":
			cur.Top, cur.Bottom, cur.Left, cur.Right = attr("top"), attr("bottom"), attr("left"), attr("right")
			cur.HeaderDistance, cur.FooterDistance = attr("header"), attr("footer")
			if cur.Width > 0 {
				p := cur
				page = &p
			}
		}
	}
	return page, nil
}
