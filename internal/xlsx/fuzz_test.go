package xlsx

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// FuzzRead: whatever the bytes, Read returns rows or an *Error, never panics, and the rows
// it returns are in order with text in their last cell. Each input is read as a whole file
// and, since a zip's checksums turn away most changed bytes, as the sheet and shared strings
// parts of an otherwise valid workbook.
func FuzzRead(f *testing.F) {
	seed := func(data []byte, sheet, sst string) { f.Add(data, sheet, sst) }
	seed(write(f, memberSheet), sheetOf(`<row><c t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>a</t></r><rPh><t>b</t></rPh></is></c></row><row r="9"><c r="XFD9"><v>1.5</v></c><c r="B9" t="b"><v>1</v></c></row>`),
		sstOf(`<si><t>x_x000D_</t></si>`, `<si><r><t xml:space="preserve"> y </t></r></si>`))
	for _, name := range []string{"testdata/members-excelize.xlsx", "testdata/vinh-long-excelize.xlsx"} {
		if data, err := os.ReadFile(name); err == nil {
			parts := unzip(f, data)
			seed(data, parts["xl/worksheets/sheet1.xml"], parts["xl/sharedStrings.xml"])
		}
	}
	seed([]byte("PK\x03\x04"), "<worksheet><sheetData><row r=\"2\"><c r=\"A2\" t=\"e\"><v>#REF!</v></c></row></sheetData></worksheet>", "<sst/>")
	l := Limits{PartSize: 1 << 20, Cells: 1 << 16, Strings: 1 << 12}
	check := func(t *testing.T, data []byte) {
		got, err := l.Read(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%T %v, want an *Error", err, err)
			}
			return
		}
		prev := 0
		for _, r := range got.Rows {
			if r.Num <= prev || r.Num > MaxRow || len(r.Cells) == 0 || len(r.Cells) > MaxCol || r.Cells[len(r.Cells)-1] == "" {
				t.Fatalf("row %d after %d with %d cells", r.Num, prev, len(r.Cells))
			}
			prev = r.Num
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, sheet, sst string) {
		check(t, data)
		if sheet != "" && sst != "" {
			check(t, zipOf(t, book(sheet, sst, nil)))
		}
	})
}

// TestLimitReader: a part that unpacks past the limit fails with errTooLarge rather than
// ending quietly; one that ends at the limit reads whole.
func TestLimitReader(t *testing.T) {
	for _, tc := range []struct {
		size int
		err  error
	}{{999, nil}, {1000, nil}, {1001, errTooLarge}, {1 << 20, errTooLarge}} {
		b, err := io.ReadAll(&limitReader{r: strings.NewReader(strings.Repeat("x", tc.size)), n: 1000})
		if !errors.Is(err, tc.err) || err == nil && len(b) != tc.size {
			t.Errorf("%d bytes: %d read, %v", tc.size, len(b), err)
		}
	}
}
