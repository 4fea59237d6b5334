package registry

import (
	"reflect"
	"strings"
	"testing"
)

// TestWordsMemo: the memoised split gives what the plain split gives, on the first call and
// on the calls the memo answers.
func TestWordsMemo(t *testing.T) {
	long := strings.Repeat("Sở Thông tin và Truyền thông tỉnh Quảng Nam; ", 20) // past maxMemoText: kept as the last long text
	for _, s := range []string{"Sở Thông tin và Truyền thông", "Sở TT&TT tỉnh Lạng Sơn", "UBND tỉnh", "", long, "Sở GTVT", long} {
		want := splitWords(s)
		for i := 0; i < 2; i++ {
			if got := words(s); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("call %d: words(%q) = %v, want %v", i+1, s, got, want)
			}
		}
	}
}

// splitWords is words without the memo.
func splitWords(s string) []word {
	ws, _ := splitNFC(nfc(s))
	return ws
}
