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

// TestSaveKeepsMergeKeys: a file reusing a block with a YAML merge key ("<<: *gd", which the
// loader expands) is saved unchanged when the form changed nothing, and as plain "<<" after
// an edit elsewhere (yaml.v3 alone writes "!!merge <<").
func TestSaveKeepsMergeKeys(t *testing.T) {
	prev := "kind: kien_toan\nmembers:\n  - &gd {role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n  - {<<: *gd, organization: Sở Y tế}\n  - <<: *gd\n    organization: Sở Tư pháp\n"
	st, err := stateOf([]byte(prev))
	if err != nil {
		t.Fatal(err)
	}
	v, err := parseValue(st)
	if err != nil {
		t.Fatal(err)
	}
	out, err := encodeState([]byte(prev), v)
	if err != nil || string(out) != prev {
		t.Errorf("saved without a change:\n%s\nwant\n%s (%v)", out, prev, err)
	}
	v, _ = parseValue([]byte(strings.Replace(string(st), `"kien_toan"`, `"thanh_lap"`, 1)))
	out, _ = encodeState([]byte(prev), v)
	if want := strings.Replace(prev, "kien_toan", "thanh_lap", 1); string(out) != want {
		t.Errorf("saved after an edit:\n%s\nwant\n%s", out, want)
	}
}
