package render

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/vanthu-vn/qd/internal/xlsx"
)

// TestMemberXLSX: the exported workbook holds, read back, the title in A1, the header in
// row 3 and one member a row under it exactly as MemberList gives them (grouped members
// "4-22", invited members' notes), and the same decision gives the same bytes.
func TestMemberXLSX(t *testing.T) {
	for _, name := range []string{"binh-thuan.yaml", "vinh-long.yaml"} {
		t.Run(name, func(t *testing.T) {
			d := load(t, name)
			var a, b bytes.Buffer
			if err := WriteMemberXLSX(&a, d); err != nil {
				t.Fatal(err)
			}
			if err := WriteMemberXLSX(&b, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two exports of one decision differ")
			}
			got, err := xlsx.Read(a.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			want := []xlsx.Row{{Num: 1, Cells: []string{"Danh sách thành viên " + d.Committee.Name}}, {Num: 3, Cells: MemberListHeader}}
			for i, r := range MemberList(d) {
				for len(r) > 0 && r[len(r)-1] == "" {
					r = r[:len(r)-1] // the reader ends a row at its last filled cell
				}
				want = append(want, xlsx.Row{Num: 4 + i, Cells: r})
			}
			if got.Sheet != "Thành viên" || !reflect.DeepEqual(got.Rows, want) {
				t.Errorf("sheet %q\n got %v\nwant %v", got.Sheet, got.Rows, want)
			}
		})
	}
}
