package render

import (
	"bytes"
	"strings"

	"github.com/vanthu-vn/qd/internal/lazyre"
	"github.com/vanthu-vn/qd/render/docx"
)

// Text writes a laid-out document as plain text (md false) or Markdown (md true), one
// paragraph a line, in the order of the source texts: the header cells one after the other,
// then the content, then Nơi nhận and the signature. Both come from the same document model
// as the .docx, so a reviewer reads in a diff exactly what will be printed.
func Text(doc *docx.Document, md bool) []byte {
	var b bytes.Buffer
	for i, s := range doc.Sections {
		if i > 0 {
			if md {
				b.WriteString("\n---\n\n")
			} else {
				b.WriteString("\n\f\n")
			}
		}
		for _, bl := range s.Body {
			switch bl := bl.(type) {
			case docx.Paragraph:
				writeTextParagraph(&b, bl, md)
			case docx.Table:
				if bl.Style == sMemberTable {
					writeTextTable(&b, bl, md)
					continue
				}
				for _, row := range bl.Rows {
					for _, cell := range row {
						for _, p := range cell.Paragraphs {
							writeTextParagraph(&b, p, md)
						}
					}
				}
			}
		}
	}
	return b.Bytes()
}

// mdEscape keeps Markdown from reading text as markup.
var mdEscape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "#", `\#`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

// blankRun is a run of two or more spaces: the blank a clerk fills in ("Số:      /QĐ-UBND",
// "ngày    tháng    năm").
var blankRun = lazyre.New(`  +`)

// keepBlanks writes the spaces of a blank as no-break spaces, which Markdown renderers keep
// (GitHub, pandoc), where they would fold ordinary spaces into one.
func keepBlanks(s string) string {
	return blankRun.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat("\u00a0", len(m)) })
}

func writeTextParagraph(b *bytes.Buffer, p docx.Paragraph, md bool) {
	if p.Style == sRule || p.Style == sSignatureSpace {
		if !md && p.Style == sSignatureSpace {
			b.WriteString("\n\n")
		}
		return
	}
	if !md {
		b.WriteString(p.Text() + "\n")
		return
	}
	var line strings.Builder
	for _, r := range p.Runs {
		t := mdEscape.Replace(strings.ReplaceAll(r.Text, docx.NoBreakHyphen, "-"))
		if r.Style == cArticleNumber {
			t = "**" + t + "**"
		}
		line.WriteString(t)
	}
	text := keepBlanks(line.String())
	if strings.TrimSpace(text) == "" {
		return
	}
	lines := strings.Split(text, "\n")
	wrap := func(mark string) {
		for i, l := range lines {
			lines[i] = mark + l + mark
		}
	}
	switch p.Style {
	case sDocType, sAnnexType:
		for i, l := range lines {
			lines[i] = "## " + l
		}
	case sChapterNumber, sChapterTitle:
		for i, l := range lines {
			lines[i] = "### " + l
		}
	case sIssuer, sNational, sMotto, sDocTitle, sAuthority, sAnnexTitle, sDecide, sArticleTitle, sClauseTitle, sSignerTitle, sSignerName:
		wrap("**")
	case sBasis, sPlaceDate, sAnnexRef:
		wrap("*")
	case sDraftMark:
		for i, l := range lines {
			lines[i] = "> **" + l + "**"
		}
	case sRecipientsLabel:
		wrap("***")
	case sRecipient:
		for i, l := range lines {
			lines[i] = `\` + l
		}
	}
	// A hard line break inside a paragraph; paragraphs are separated by a blank line.
	b.WriteString(strings.Join(lines, "  \n") + "\n\n")
}

// writeTextTable writes a table of data (the member annex) one row a line, cells separated
// by " | "; in Markdown as a pipe table, its first row the header.
func writeTextTable(b *bytes.Buffer, t docx.Table, md bool) {
	for i, row := range t.Rows {
		var cells []string
		for _, c := range row {
			var ps []string
			for _, p := range c.Paragraphs {
				ps = append(ps, p.Text())
			}
			text := strings.Join(strings.Fields(strings.Join(ps, " ")), " ")
			if md {
				text = strings.ReplaceAll(mdEscape.Replace(text), "|", `\|`)
			}
			cells = append(cells, text)
		}
		if !md {
			b.WriteString(strings.Join(cells, " | ") + "\n")
			continue
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat("---|", len(cells)) + "\n")
		}
	}
	if md {
		b.WriteString("\n")
	}
}
