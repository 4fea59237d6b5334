package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"html"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/vanthu-vn/qd/render/docx"
)

// The preview is the .docx's own layout plan (render.Document) written as HTML: the same
// paragraphs, runs, tables and sections, each paragraph in a class named for its Word
// style, with CSS generated from the document's styles.xml. The browser then cuts each
// section into A4 pages of the plan's page size and margins and numbers them as the header
// does; page breaks are approximated, as a browser's line breaking is not Word's.

// previewHTML writes the document as HTML.
func previewHTML(doc *docx.Document) string {
	var b strings.Builder
	b.WriteString(`<style>`)
	b.WriteString(styleCSS(doc.Styles))
	b.WriteString(`</style>`)
	for i, s := range doc.Sections {
		p := s.Page
		fmt.Fprintf(&b, `<section class="qd-section" data-section="%d" data-title-page="%t" data-restart="%t" style="--pw:%s;--ph:%s;--mt:%s;--mb:%s;--ml:%s;--mr:%s;--hd:%s">`,
			i+1, s.TitlePage, s.RestartNumbering, pt(p.Width), pt(p.Height), pt(p.Top), pt(p.Bottom), pt(p.Left), pt(p.Right), pt(p.HeaderDistance))
		if len(s.Header) > 0 {
			b.WriteString(`<template class="qd-header">`)
			for _, hp := range s.Header {
				paragraphHTML(&b, hp)
			}
			b.WriteString(`</template>`)
		}
		for _, bl := range s.Body {
			switch bl := bl.(type) {
			case docx.Paragraph:
				paragraphHTML(&b, bl)
			case docx.Table:
				tableHTML(&b, bl)
			}
		}
		b.WriteString(`</section>`)
	}
	return b.String()
}

// pt converts twips to CSS points.
func pt(twips int) string {
	return strconv.FormatFloat(float64(twips)/20, 'f', -1, 64) + "pt"
}

func paragraphHTML(b *strings.Builder, p docx.Paragraph) {
	b.WriteString(`<p class="s-` + cssIdent(p.Style) + `"`)
	if p.Indent != nil {
		fmt.Fprintf(b, ` style="margin-left:%s;margin-right:%s"`, pt(p.Indent.Left), pt(p.Indent.Right))
	}
	b.WriteByte('>')
	for _, r := range p.Runs {
		open := r.Style != "" || r.Field != ""
		if open {
			b.WriteString(`<span`)
			if r.Style != "" {
				b.WriteString(` class="c-` + cssIdent(r.Style) + `"`)
			}
			if r.Field != "" {
				b.WriteString(` data-field="` + html.EscapeString(r.Field) + `"`)
			}
			b.WriteByte('>')
		}
		for i, line := range strings.Split(r.Text, "\n") {
			if i > 0 {
				b.WriteString("<br>")
			}
			b.WriteString(strings.ReplaceAll(html.EscapeString(line), "\t", `<span class="qd-tab"></span>`))
		}
		if open {
			b.WriteString(`</span>`)
		}
	}
	if len(p.Runs) == 0 || p.Text() == "" {
		b.WriteString("&#8203;") // an empty paragraph still takes its line
	}
	b.WriteString(`</p>`)
}

func tableHTML(b *strings.Builder, t docx.Table) {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	fmt.Fprintf(b, `<table class="t-%s" style="margin-left:%s;width:%s"><colgroup>`, cssIdent(t.Style), pt(t.Indent), pt(total))
	for _, w := range t.Widths {
		fmt.Fprintf(b, `<col style="width:%s">`, pt(w))
	}
	b.WriteString(`</colgroup>`)
	for _, row := range t.Rows {
		b.WriteString(`<tr>`)
		for _, c := range row {
			b.WriteString(`<td>`)
			for _, p := range c.Paragraphs {
				paragraphHTML(b, p)
			}
			b.WriteString(`</td>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</table>`)
}

// The parts of styles.xml the preview uses.
type (
	xVal struct {
		Val *string `xml:"val,attr"`
	}
	xStyles struct {
		RPr    *xRPr    `xml:"docDefaults>rPrDefault>rPr"`
		PPr    *xPPr    `xml:"docDefaults>pPrDefault>pPr"`
		Styles []xStyle `xml:"style"`
	}
	xStyle struct {
		Type    string `xml:"type,attr"`
		ID      string `xml:"styleId,attr"`
		BasedOn *xVal  `xml:"basedOn"`
		PPr     *xPPr  `xml:"pPr"`
		RPr     *xRPr  `xml:"rPr"`
		TblPr   *struct {
			Left  *xWidth `xml:"tblCellMar>left"`
			Right *xWidth `xml:"tblCellMar>right"`
		} `xml:"tblPr"`
	}
	xWidth struct {
		W string `xml:"w,attr"`
	}
	xPPr struct {
		Jc      *xVal `xml:"jc"`
		Spacing *struct {
			Before   *string `xml:"before,attr"`
			After    *string `xml:"after,attr"`
			Line     *string `xml:"line,attr"`
			LineRule *string `xml:"lineRule,attr"`
		} `xml:"spacing"`
		Ind *struct {
			FirstLine *string `xml:"firstLine,attr"`
			Hanging   *string `xml:"hanging,attr"`
			Left      *string `xml:"left,attr"`
			Right     *string `xml:"right,attr"`
		} `xml:"ind"`
		Top    *xBorder `xml:"pBdr>top"`
		Bottom *xBorder `xml:"pBdr>bottom"`
		Left   *xBorder `xml:"pBdr>left"`
		Right  *xBorder `xml:"pBdr>right"`
	}
	xBorder struct {
		Val string `xml:"val,attr"`
		Sz  string `xml:"sz,attr"`
	}
	xRPr struct {
		B     *xVal `xml:"b"`
		I     *xVal `xml:"i"`
		U     *xVal `xml:"u"`
		Caps  *xVal `xml:"caps"`
		Sz    *xVal `xml:"sz"`
		Fonts *struct {
			ASCII string `xml:"ascii,attr"`
		} `xml:"rFonts"`
	}
)

var cssCache sync.Map // sha256 of styles.xml → CSS

// styleCSS turns styles.xml into CSS rules for the classes of previewHTML, following
// basedOn chains; styles it cannot read give plain text, never an error.
func styleCSS(styles []byte) string {
	key := sha256.Sum256(styles)
	if c, ok := cssCache.Load(key); ok {
		return c.(string)
	}
	var x xStyles
	_ = xml.Unmarshal(styles, &x)
	byID := map[string]*xStyle{}
	for i := range x.Styles {
		byID[x.Styles[i].ID] = &x.Styles[i]
	}
	var rules []string
	base := map[string]string{"font-family": `"Times New Roman", "Liberation Serif", serif`, "font-size": "14pt"}
	runCSS(base, x.RPr)
	para := map[string]string{}
	parCSS(para, x.PPr)
	rules = append(rules, ".qd-section{"+declarations(base)+"}", ".qd-section p{"+declarations(para)+"}")
	for _, s := range x.Styles {
		if s.ID == "" {
			continue
		}
		props := map[string]string{}
		// Apply the chain from the root style down, so the derived style wins.
		var chain []*xStyle
		for cur, n := &s, 0; cur != nil && n < 20; n++ {
			chain = append(chain, cur)
			if cur.BasedOn == nil || cur.BasedOn.Val == nil {
				break
			}
			cur = byID[*cur.BasedOn.Val]
		}
		for i := len(chain) - 1; i >= 0; i-- {
			runCSS(props, chain[i].RPr)
			parCSS(props, chain[i].PPr)
			if t := chain[i].TblPr; t != nil {
				if t.Left != nil {
					props["--cell-left"] = twipsAttr(t.Left.W)
				}
				if t.Right != nil {
					props["--cell-right"] = twipsAttr(t.Right.W)
				}
			}
		}
		id := cssIdent(s.ID)
		switch s.Type {
		case "paragraph":
			rules = append(rules, ".qd-section p.s-"+id+"{"+declarations(props)+"}")
		case "character":
			rules = append(rules, ".qd-section .c-"+id+"{"+declarations(props)+"}")
		case "table":
			rules = append(rules, ".qd-section .t-"+id+" td{padding:0 var(--cell-right,5.4pt) 0 var(--cell-left,5.4pt);"+declarations(props)+"}")
		}
	}
	css := strings.Join(rules, "\n")
	cssCache.Store(key, css)
	return css
}

func twipsAttr(s string) string {
	n, err := strconv.Atoi(s)
	if err != nil {
		return "0pt"
	}
	return pt(n)
}

func on(v *xVal) bool {
	return v != nil && (v.Val == nil || (*v.Val != "0" && *v.Val != "false" && *v.Val != "off"))
}

func runCSS(m map[string]string, r *xRPr) {
	if r == nil {
		return
	}
	if r.B != nil {
		m["font-weight"] = map[bool]string{true: "bold", false: "normal"}[on(r.B)]
	}
	if r.I != nil {
		m["font-style"] = map[bool]string{true: "italic", false: "normal"}[on(r.I)]
	}
	if r.U != nil && r.U.Val != nil {
		m["text-decoration"] = map[bool]string{true: "none", false: "underline"}[*r.U.Val == "none"]
	}
	if r.Caps != nil {
		m["text-transform"] = map[bool]string{true: "uppercase", false: "none"}[on(r.Caps)]
	}
	if r.Sz != nil && r.Sz.Val != nil {
		if n, err := strconv.Atoi(*r.Sz.Val); err == nil {
			m["font-size"] = strconv.FormatFloat(float64(n)/2, 'f', -1, 64) + "pt"
		}
	}
	if r.Fonts != nil && r.Fonts.ASCII != "" && !strings.ContainsAny(r.Fonts.ASCII, `"<>{};\`) {
		m["font-family"] = `"` + r.Fonts.ASCII + `", "Liberation Serif", serif`
	}
}

func parCSS(m map[string]string, p *xPPr) {
	if p == nil {
		return
	}
	if p.Jc != nil && p.Jc.Val != nil {
		m["text-align"] = map[string]string{"both": "justify", "distribute": "justify", "center": "center",
			"right": "right", "end": "right", "left": "left", "start": "left"}[*p.Jc.Val]
	}
	if sp := p.Spacing; sp != nil {
		if sp.Before != nil {
			m["padding-top"] = twipsAttr(*sp.Before)
		}
		if sp.After != nil {
			m["padding-bottom"] = twipsAttr(*sp.After)
		}
		if sp.Line != nil {
			n, _ := strconv.Atoi(*sp.Line)
			rule := "auto"
			if sp.LineRule != nil {
				rule = *sp.LineRule
			}
			if rule == "auto" {
				// Word's single spacing in Times New Roman is about 1.15 of the font size.
				m["line-height"] = strconv.FormatFloat(1.15*float64(n)/240, 'f', 3, 64)
			} else {
				m["line-height"] = pt(n)
			}
		}
	}
	if in := p.Ind; in != nil {
		if in.FirstLine != nil {
			m["text-indent"] = twipsAttr(*in.FirstLine)
		}
		if in.Hanging != nil {
			m["text-indent"] = "-" + twipsAttr(*in.Hanging)
		}
		// Indents are margins: a paragraph's border runs between them, as in Word.
		if in.Left != nil {
			m["margin-left"] = twipsAttr(*in.Left)
		}
		if in.Right != nil {
			m["margin-right"] = twipsAttr(*in.Right)
		}
	}
	for side, bd := range map[string]*xBorder{"top": p.Top, "bottom": p.Bottom, "left": p.Left, "right": p.Right} {
		if bd != nil && bd.Val != "" && bd.Val != "none" && bd.Val != "nil" {
			w := 0.75
			if n, err := strconv.Atoi(bd.Sz); err == nil {
				w = float64(n) / 8
			}
			m["border-"+side] = strconv.FormatFloat(w, 'f', -1, 64) + "pt solid #000"
		}
	}
}

func declarations(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	for _, k := range keys {
		if m[k] == "" {
			continue
		}
		b.WriteString(k + ":" + m[k] + ";")
	}
	return b.String()
}

// cssIdent keeps a style ID usable as a class name.
func cssIdent(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, s)
}
