package server

import (
	"strings"
	"testing"
)

// A member moved up keeps the comment the clerk wrote on it; a removed one takes its own.
func TestMergeMovesComments(t *testing.T) {
	prev := []byte("kind: kien_toan # loại\nmembers:\n  - {role: truong_ban, position: Chủ tịch} # người đứng đầu\n  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế} # hỏi lại Sở\n  - {role: uy_vien, position: Giám đốc, organization: Sở Tư pháp} # bỏ\n")
	st, err := parseValue([]byte(`{"kind":"kien_toan","members":[{"role":"uy_vien","position":"Giám đốc","organization":"Sở Y tế"},{"role":"truong_ban","position":"Chủ tịch"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	out, err := encodeState(prev, st)
	if err != nil {
		t.Fatal(err)
	}
	want := "kind: kien_toan # loại\nmembers:\n  - {role: uy_vien, position: Giám đốc, organization: Sở Y tế} # hỏi lại Sở\n  - {role: truong_ban, position: Chủ tịch} # người đứng đầu\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// A new member takes the flow style of the list; a string that reads as another type is quoted.
	st, _ = parseValue([]byte(`{"kind":"kien_toan","members":[{"role":"truong_ban","position":"Chủ tịch"},{"role":"uy_vien","position":"true"}]}`))
	out, _ = encodeState(prev, st)
	if !strings.Contains(string(out), `  - {role: uy_vien, position: "true"}`) {
		t.Errorf("new member:\n%s", out)
	}
}
