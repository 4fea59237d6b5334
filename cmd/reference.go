package cmd

import (
	"encoding/xml"

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
		Use:   "reference-doc -o TỆP.docx",
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
			if err := writeFiles(lang, opts.Force, nil, output{path: opts.Output, write: doc.Write, guard: guardQD, exts: []string{".docx"}}); err != nil {
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
