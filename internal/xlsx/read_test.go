package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// zipOf packs parts (name → content) in name order.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var names []string
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[n]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const (
	hdr      = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	relTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	rootRels = hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + relTypes + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	oneSheetWB = hdr + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="` + relTypes + `">` +
		`<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`
	wbRels = hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + relTypes + `/worksheet" Target="worksheets/sheet1.xml"/>` +
		`<Relationship Id="rId3" Type="` + relTypes + `/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
)

func sheetOf(rows string) string {
	return hdr + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`
}

func sstOf(items ...string) string {
	return hdr + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + strings.Join(items, "") + `</sst>`
}

// book is a minimal workbook with one sheet and a shared string table; with overrides
// (an empty value removes the part).
func book(sheet, sst string, over map[string]string) map[string]string {
	parts := map[string]string{
		"_rels/.rels":                rootRels,
		"xl/workbook.xml":            oneSheetWB,
		"xl/_rels/workbook.xml.rels": wbRels,
		"xl/worksheets/sheet1.xml":   sheet,
		"xl/sharedStrings.xml":       sst,
	}
	for k, v := range over {
		parts[k] = v
	}
	for k, v := range parts {
		if v == "" {
			delete(parts, k)
		}
	}
	return parts
}

// TestRead: what Excel, LibreOffice, Google Sheets and the Open XML SDK write reads as the
// text a clerk sees in the cells, at the rows and columns they see it.
func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts map[string]string
		want  []Row
	}{{
		name: "shared strings, gaps between cells and rows",
		parts: book(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>`+
			`<row r="2" spans="1:3" ht="20" customHeight="1"><c r="A2" s="3"/><c r="B2" s="3" t="s"><v>1</v></c></row>`+
			`<row r="7"><c r="B7" t="s"><v>0</v></c></row>`),
			sstOf(`<si><t>Họ và tên</t></si>`, `<si><t>Chức vụ</t></si>`), nil),
		want: []Row{{1, []string{"Họ và tên", "", "Chức vụ"}}, {2, []string{"", "Chức vụ"}}, {7, []string{"", "Họ và tên"}}},
	}, {
		name: "rich text runs, xml:space, phonetic runs left out",
		parts: book(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`),
			sstOf(`<si><r><rPr><b/><sz val="13"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Ông </t></r><r><t>Lê Tuấn Phong</t></r><rPh sb="0" eb="1"><t>オン</t></rPh><phoneticPr fontId="1"/></si>`,
				`<si><t xml:space="preserve">  Chủ tịch  </t></si>`), nil),
		want: []Row{{1, []string{"Ông Lê Tuấn Phong", "  Chủ tịch  "}}},
	}, {
		name: "inline strings, numbers, booleans, errors, formula results, dates as serials",
		parts: book(sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>Ủy viên</t></is></c><c r="B1" t="inlineStr"><is><r><t>Phó </t></r><r><t>Trưởng ban</t></r></is></c>`+
			`<c r="C1"><v>1</v></c><c r="D1" t="n"><v>0.30000000000000004</v></c><c r="E1" s="5"><v>45000</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c>`+
			`<c r="H1" t="e"><v>#N/A</v></c><c r="I1" t="str"><f>A1&amp;"!"</f><v>Ủy viên!</v></c><c r="J1"><f>1+1</f><v>2</v></c><c r="K1"><v>-0</v></c><c r="L1"><v>1E+20</v></c><c r="M1"><v>-2.5</v></c></row>`), sstOf(), nil),
		want: []Row{{1, []string{"Ủy viên", "Phó Trưởng ban", "1", "0.3", "45000", "TRUE", "FALSE", "#N/A", "Ủy viên!", "2", "0", "1E+20", "-2.5"}}},
	}, {
		name: "ST_Xstring escapes",
		parts: book(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`),
			sstOf(`<si><t>Dòng một_x000D_
dòng hai</t></si>`, `<si><t>_x005F_x0041_</t></si>`, `<si><t>_x00zz_ và _x41_</t></si>`), nil),
		want: []Row{{1, []string{"Dòng một\r\ndòng hai", "_x0041_", "_x00zz_ và _x41_"}}},
	}, {
		name: "cells and rows without r (some writers leave it out)",
		parts: book(sheetOf(`<row><c t="s"><v>0</v></c><c/><c t="s"><v>1</v></c></row><row/><row><c t="inlineStr"><is><t>x</t></is></c></row>`),
			sstOf(`<si><t>a</t></si>`, `<si><t>b</t></si>`), nil),
		want: []Row{{1, []string{"a", "", "b"}}, {3, []string{"x"}}},
	}, {
		// LibreOffice's export of a member list whose "UBND tỉnh" is merged over two members'
		// rows (D3:D4) under a title merged across the columns (A1:D1).
		name: "merged cells: a range over several rows reads in each of its rows, first column",
		parts: book(hdr+`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+
			`<row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c><c r="B1" s="1"/></row>`+
			`<row r="3"><c r="C3" t="inlineStr"><is><t>Chủ tịch</t></is></c><c r="D3" t="inlineStr"><is><t>UBND tỉnh</t></is></c></row>`+
			`<row r="4"><c r="C4" t="inlineStr"><is><t>Phó Chủ tịch</t></is></c><c r="D4" s="1"/></row>`+
			`<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c></row>`+
			`<row r="6"><c r="A6" t="inlineStr"><is><t>y</t></is></c><c r="B6" t="inlineStr"><is><t>kept</t></is></c></row>`+
			`</sheetData><mergeCells count="4"><mergeCell ref="A1:D1"/><mergeCell ref="D3:D4"/><mergeCell ref="B5:B6"/><mergeCell ref="Q1"/></mergeCells></worksheet>`, sstOf(), nil),
		want: []Row{{1, []string{"DANH SÁCH"}}, {3, []string{"", "", "Chủ tịch", "UBND tỉnh"}}, {4, []string{"", "", "Phó Chủ tịch", "UBND tỉnh"}},
			{5, []string{"x"}}, {6, []string{"y", "kept"}}},
	}, {
		name: "rows out of order and a row twice",
		parts: book(sheetOf(`<row r="3"><c r="A3" t="inlineStr"><is><t>c</t></is></c></row><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`+
			`<row r="3"><c r="B3" t="inlineStr"><is><t>d</t></is></c></row>`), sstOf(), nil),
		want: []Row{{1, []string{"a"}}, {3, []string{"c", "d"}}},
	}, {
		name: "prefixed namespace, absolute targets, strict OOXML relationship types (Open XML SDK)",
		parts: book(
			hdr+`<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
			hdr+`<x:sst xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:si><x:t>Tổ trưởng</x:t></x:si></x:sst>`,
			map[string]string{
				"_rels/.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="R1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
				"xl/workbook.xml": hdr + `<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">` +
					`<x:sheets><x:sheet name="Danh sách" sheetId="1" r:id="R9"/></x:sheets></x:workbook>`,
				"xl/_rels/workbook.xml.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="R9" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
					`<Relationship Id="R8" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
			}),
		want: []Row{{1, []string{"Tổ trưởng"}}},
	}, {
		name: "the first sheet in the workbook's order, not sheet1.xml; no _rels/.rels; names in another case",
		parts: map[string]string{
			"[Content_Types].xml": hdr + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
			"XL/Workbook.xml": hdr + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="` + relTypes + `">` +
				`<sheets><sheet name="Thành viên" sheetId="2" r:id="rId2"/><sheet name="Cũ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
			"xl/_rels/workbook.xml.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="` + relTypes + `/worksheet" Target="worksheets/sheet1.xml"/>` +
				`<Relationship Id="rId2" Type="` + relTypes + `/worksheet" Target="worksheets/Danh%20s%C3%A1ch.xml"/></Relationships>`,
			"xl/worksheets/sheet1.xml":       sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>cũ</t></is></c></row>`),
			"xl/worksheets/Danh sách.xml":    sheetOf(`<row r="2"><c r="B2" t="inlineStr"><is><t>mới</t></is></c></row>`),
			"xl/worksheets/_rels/x.xml.rels": "not read",
		},
		want: []Row{{2, []string{"", "mới"}}},
	}, {
		name: "a hidden sheet and a chart sheet before the list are passed over",
		parts: book(sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row>`), sstOf(), map[string]string{
			"xl/workbook.xml": hdr + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="` + relTypes + `"><sheets>` +
				`<sheet name="DM" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Biểu đồ" sheetId="2" r:id="rId2"/><sheet name="Thành viên" sheetId="3" state="visible" r:id="rId4"/></sheets></workbook>`,
			"xl/_rels/workbook.xml.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="` + relTypes + `/worksheet" Target="worksheets/sheet1.xml"/>` +
				`<Relationship Id="rId2" Type="` + relTypes + `/chartsheet" Target="chartsheets/sheet1.xml"/>` +
				`<Relationship Id="rId4" Type="` + relTypes + `/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
			"xl/chartsheets/sheet1.xml": hdr + `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
			"xl/worksheets/sheet2.xml":  sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>hiện</t></is></c></row>`),
		}),
		want: []Row{{1, []string{"hiện"}}},
	}, {
		name: "every sheet hidden: the first",
		parts: book(sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row>`), sstOf(), map[string]string{
			"xl/workbook.xml": strings.Replace(oneSheetWB, `sheetId="1"`, `sheetId="1" state="veryHidden"`, 1)}),
		want: []Row{{1, []string{"ẩn"}}},
	}, {
		name: "Google Sheets' export: the sheet's relationship after theme and styles, state=visible, numbers as 1.0",
		parts: book(sheetOf(`<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="2"><v>1.0</v></c><c r="B2" s="2" t="s"><v>2</v></c></row>`),
			hdr+`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t xml:space="preserve">STT</t></si><si><t xml:space="preserve">Họ và tên</t></si><si><t xml:space="preserve">Lê Tuấn Phong</t></si></sst>`,
			map[string]string{
				"xl/workbook.xml": hdr + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="` + relTypes + `"><workbookPr/><sheets><sheet state="visible" name="Trang tính1" sheetId="1" r:id="rId4"/></sheets><definedNames/><calcPr/></workbook>`,
				"xl/_rels/workbook.xml.rels": hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="rId1" Type="` + relTypes + `/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="` + relTypes + `/styles" Target="styles.xml"/>` +
					`<Relationship Id="rId3" Type="` + relTypes + `/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="` + relTypes + `/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
			}),
		want: []Row{{1, []string{"STT", "Họ và tên"}}, {2, []string{"1", "Lê Tuấn Phong"}}},
	}, {
		name:  "an empty sheet",
		parts: book(hdr+`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`, sstOf(), nil),
		want:  nil,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Read(zipOf(t, tc.parts))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Rows, tc.want) {
				t.Errorf("rows\n got %v\nwant %v", got.Rows, tc.want)
			}
		})
	}
}

// TestReadErrors: a file that is not a workbook, or a damaged or hostile one, is an *Error
// that says what and where, never a panic or a quiet partial read.
func TestReadErrors(t *testing.T) {
	good := book(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), sstOf(`<si><t>a</t></si>`), nil)
	valid := zipOf(t, good)
	bomb := strings.Repeat(" ", 40<<20)
	for _, tc := range []struct {
		name   string
		data   []byte
		limits *Limits
		kind   Kind
		part   string
		cell   string
		line   int
	}{
		{name: "not a zip", data: []byte("STT;Họ và tên\n1;Lê Văn A\n"), kind: NotZip},
		{name: "a truncated zip", data: valid[:len(valid)-30], kind: NotZip},
		{name: "an OLE file (.xls, or an .xlsx with a password)", data: append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), kind: OldFormat},
		{name: "a Word document", data: zipOf(t, map[string]string{
			"_rels/.rels":       hdr + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relTypes + `/officeDocument" Target="word/document.xml"/></Relationships>`,
			"word/document.xml": hdr + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`}),
			kind: NotWorkbook, part: "word/document.xml"},
		{name: "an empty zip", data: zipOf(t, map[string]string{}), kind: NotWorkbook, part: "xl/workbook.xml"},
		{name: "no sheet", data: zipOf(t, book("", "", map[string]string{"xl/workbook.xml": hdr + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`})), kind: NoSheet, part: "xl/workbook.xml"},
		{name: "no workbook relationships", data: zipOf(t, book(sheetOf(""), sstOf(), map[string]string{"xl/_rels/workbook.xml.rels": ""})), kind: MissingPart, part: "xl/_rels/workbook.xml.rels"},
		{name: "the sheet's relationship missing", data: zipOf(t, book(sheetOf(""), sstOf(), map[string]string{"xl/workbook.xml": strings.Replace(oneSheetWB, "rId1", "rId7", 1)})), kind: MissingPart, part: "xl/_rels/workbook.xml.rels"},
		{name: "the sheet part missing", data: zipOf(t, book("", sstOf(), nil)), kind: MissingPart, part: "xl/worksheets/sheet1.xml"},
		{name: "the shared strings part missing", data: zipOf(t, book(sheetOf(""), "", nil)), kind: MissingPart, part: "xl/sharedStrings.xml"},
		{name: "malformed sheet XML", data: zipOf(t, book(sheetOf("\n\n<row r=\"1\"><c r=\"A1\"><v>1</c></row>"), sstOf(), nil)), kind: BadXML, part: "xl/worksheets/sheet1.xml", line: 4},
		{name: "malformed workbook XML", data: zipOf(t, book(sheetOf(""), sstOf(), map[string]string{"xl/workbook.xml": "<workbook"})), kind: BadXML, part: "xl/workbook.xml"},
		{name: "an internal entity (billion laughs)", data: zipOf(t, book(hdr+`<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`, sstOf(), nil)),
			kind: BadXML, part: "xl/worksheets/sheet1.xml", line: 2},
		{name: "an external entity", data: zipOf(t, book(sheetOf(""), hdr+`<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst><si><t>&x;</t></si></sst>`, nil)),
			kind: BadXML, part: "xl/sharedStrings.xml"},
		{name: "an undeclared entity", data: zipOf(t, book(sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>`), sstOf(), nil)),
			kind: BadXML, part: "xl/worksheets/sheet1.xml", line: 2},
		{name: "a column beyond XFD", data: zipOf(t, book(sheetOf(`<row r="1"><c r="XFE1"><v>1</v></c></row>`), sstOf(), nil)), kind: BadCell, part: "xl/worksheets/sheet1.xml", cell: "XFE1"},
		{name: "a column of a thousand letters", data: zipOf(t, book(sheetOf(`<row r="1"><c r="`+strings.Repeat("Z", 1000)+`1"><v>1</v></c></row>`), sstOf(), nil)), kind: BadCell, cell: "ZZZZZZZZZZZZZZZZZZZZ…"},
		{name: "a row beyond 1048576", data: zipOf(t, book(sheetOf(`<row r="1048577"><c><v>1</v></c></row>`), sstOf(), nil)), kind: BadCell, part: "xl/worksheets/sheet1.xml"},
		{name: "a shared string not in the table", data: zipOf(t, book(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`), sstOf(`<si><t>a</t></si>`), nil)), kind: BadCell, cell: "B1", line: 2},
		{name: "a negative shared string", data: zipOf(t, book(sheetOf(`<row r="1"><c r="C1" t="s"><v>-1</v></c></row>`), sstOf(`<si><t>a</t></si>`), nil)), kind: BadCell, cell: "C1"},
		{name: "an unknown cell type", data: zipOf(t, book(sheetOf(`<row r="1"><c r="C1" t="q"><v>1</v></c></row>`), sstOf(), nil)), kind: BadCell, cell: "C1"},
		{name: "a zip bomb (40 MB of spaces)", data: zipOf(t, book(sheetOf(bomb), sstOf(), nil)), kind: TooLarge, part: "xl/worksheets/sheet1.xml"},
		{name: "a part larger than its zip header says (read no further than it says)", data: lying(t, good, "xl/worksheets/sheet1.xml", sheetOf(strings.Repeat(" ", 5000)), 100),
			limits: &Limits{PartSize: 1000, Cells: 10, Strings: 10}, kind: NotZip, part: "xl/worksheets/sheet1.xml"},
		{name: "rows spanning too many cells", data: zipOf(t, book(sheetOf(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="XFD2" t="s"><v>0</v></c></row>`), sstOf(`<si><t>a</t></si>`), nil)),
			limits: &Limits{PartSize: 1 << 20, Cells: 10000, Strings: 10}, kind: TooLarge, cell: "XFD2"},
		{name: "too many shared strings", data: zipOf(t, book(sheetOf(""), sstOf(strings.Repeat("<si/>", 11)), nil)), limits: &Limits{PartSize: 1 << 20, Cells: 10, Strings: 10}, kind: TooLarge, part: "xl/sharedStrings.xml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := DefaultLimits
			if tc.limits != nil {
				l = *tc.limits
			}
			_, err := l.Read(tc.data)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want an *Error", err, err)
			}
			if e.Kind != tc.kind || tc.part != "" && e.Part != tc.part || tc.cell != "" && e.Cell != tc.cell || tc.line != 0 && e.Line != tc.line {
				t.Errorf("got kind %d part %q cell %q line %d (%v), want kind %d part %q cell %q line %d", e.Kind, e.Part, e.Cell, e.Line, err, tc.kind, tc.part, tc.cell, tc.line)
			}
			if len(err.Error()) > 300 {
				t.Errorf("message of %d bytes: %.300s", len(err.Error()), err)
			}
		})
	}
}

// lying packs parts with part's content replaced by content whose zip header claims size bytes.
func lying(t *testing.T, parts map[string]string, part, content string, size uint64) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for n, c := range parts {
		if n == part {
			continue
		}
		w, _ := zw.Create(n)
		w.Write([]byte(c))
	}
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write([]byte(content))
	fw.Close()
	w, err := zw.CreateRaw(&zip.FileHeader{Name: part, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(content)),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return b.Bytes()
}

// TestReadOtherWriters: workbooks another library wrote (excelize, which qd used before)
// read as the cells they hold: the member list `qd members` wrote with it, and a list with
// numbers, a boolean and a second sheet that is not read.
func TestReadOtherWriters(t *testing.T) {
	data, err := os.ReadFile("testdata/members-excelize.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Sheet != "Sheet1" || len(got.Rows) != 7 || got.Rows[6].Num != 8 {
		t.Fatalf("sheet %q, rows %v", got.Sheet, got.Rows)
	}
	if want := []string{"1", "Ông Lê Tuấn Phong", "Chủ tịch", "UBND tỉnh", "TRƯỞNG BAN", "", "3.5", "TRUE"}; !reflect.DeepEqual(got.Rows[2].Cells, want) {
		t.Errorf("row 3 = %q, want %q", got.Rows[2].Cells, want)
	}

	data, err = os.ReadFile("testdata/vinh-long-excelize.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if got, err = Read(data); err != nil {
		t.Fatal(err)
	}
	if got.Sheet != "Thành viên" || got.Rows[0].Num != 1 || !strings.HasPrefix(got.Rows[0].Cells[0], "Danh sách thành viên Ban Chỉ đạo") {
		t.Errorf("title row: sheet %q, %v", got.Sheet, got.Rows[0])
	}
	if want := []string{"STT", "Ông/Bà", "Họ và tên", "Chức vụ", "Cơ quan/Đơn vị", "Lĩnh vực phụ trách", "Chức danh trong Ban", "Ghi chú"}; got.Rows[1].Num != 3 || !reflect.DeepEqual(got.Rows[1].Cells, want) {
		t.Errorf("header row %d = %q", got.Rows[1].Num, got.Rows[1].Cells)
	}
	if len(got.Rows) != 2+26 {
		t.Errorf("%d rows, want a title, a header and 26 members", len(got.Rows))
	}
}

// TestParseCell: references as the r attribute and formulas write them, and the ones past
// Excel's last cell.
func TestParseCell(t *testing.T) {
	for _, tc := range []struct {
		ref      string
		col, row int
		ok       bool
	}{
		{"A1", 1, 1, true}, {"b7", 2, 7, true}, {"$C$3", 3, 3, true}, {"Z9", 26, 9, true}, {"AA10", 27, 10, true},
		{"XFD1048576", 16384, 1048576, true}, {"D", 4, 0, true},
		{"XFE1", 0, 0, false}, {"AAAA1", 0, 0, false}, {"A1048577", 0, 0, false}, {"A0", 0, 0, false}, {"A01234567", 0, 0, false},
		{"1A", 0, 0, false}, {"", 0, 0, false}, {"A1B", 0, 0, false}, {"Ä1", 0, 0, false},
	} {
		col, row, err := ParseCell(tc.ref)
		if (err == nil) != tc.ok || col != tc.col || row != tc.row {
			t.Errorf("ParseCell(%q) = %d, %d, %v", tc.ref, col, row, err)
		}
		if tc.ok && tc.row > 0 && CellName(col, row) != strings.ToUpper(strings.ReplaceAll(tc.ref, "$", "")) {
			t.Errorf("CellName(%d, %d) = %q", col, row, CellName(col, row))
		}
	}
}

// BenchmarkRead reads the 26-member list excelize wrote for the Vĩnh Long example.
func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile("testdata/vinh-long-excelize.xlsx")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}
