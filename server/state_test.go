package server

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
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

// TestMergeKeysInTheForm: the form sees a member that reuses a block ("<<: *gd") with the
// block's fields, not an unknown field "<<" and empty fields; whatever the clerk then edits
// (a field of the reusing member, a field it inherits cleared, the reused block itself), the
// saved file reads back as the form showed it, keeping "<<" where it still says the same.
func TestMergeKeysInTheForm(t *testing.T) {
	prev := "kind: kien_toan\nmembers:\n  - &gd {role: uy_vien, position: Giám đốc, organization: Sở Tài chính}\n  - {<<: *gd, organization: Sở Y tế}\n  - <<: [*gd]\n    organization: Sở Tư pháp\n"
	st, err := stateOf([]byte(prev))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"kien_toan","members":[{"role":"uy_vien","position":"Giám đốc","organization":"Sở Tài chính"},{"organization":"Sở Y tế","role":"uy_vien","position":"Giám đốc"},{"organization":"Sở Tư pháp","role":"uy_vien","position":"Giám đốc"}]}`
	if string(st) != want {
		t.Errorf("state\n%s\nwant\n%s", st, want)
	}
	for _, c := range []struct {
		name, from, to string
		keep           string // a line the saved file still has
	}{
		{"edit an inherited field", `"organization":"Sở Y tế","role":"uy_vien","position":"Giám đốc"`, `"organization":"Sở Y tế","role":"uy_vien","position":"Phó Giám đốc"`, "<<: *gd"},
		{"clear an inherited field", `"organization":"Sở Y tế","role":"uy_vien","position":"Giám đốc"`, `"organization":"Sở Y tế","role":"uy_vien"`, "&gd"},
		{"edit the reused block", `"position":"Giám đốc","organization":"Sở Tài chính"`, `"position":"Chánh Văn phòng","organization":"Sở Tài chính"`, "&gd"},
		{"edit an own field", `"organization":"Sở Tư pháp"`, `"organization":"Sở Nội vụ"`, "<<: [*gd]"},
	} {
		edited := strings.Replace(want, c.from, c.to, 1)
		v, err := parseValue([]byte(edited))
		if err != nil {
			t.Fatal(err)
		}
		out, err := encodeState([]byte(prev), v)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		back, err := stateOf(out)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !sameJSON(t, back, []byte(edited)) {
			t.Errorf("%s: saved\n%s\nreads back as\n%s\nwant\n%s", c.name, out, back, edited)
		}
		if !strings.Contains(string(out), c.keep) {
			t.Errorf("%s: saved\n%s\nwithout %q", c.name, out, c.keep)
		}
	}
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(x, y)
}

// TestStateAliasBomb: a file of a few lines whose aliases name billions of nodes ("billion
// laughs", in lists or through merge keys) gets no form state (the page shows its YAML and the
// loader's limit error) instead of a server that hangs filling memory.
func TestStateAliasBomb(t *testing.T) {
	var list, merges strings.Builder
	list.WriteString("kind: kien_toan\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	merges.WriteString("kind: kien_toan\nx0: &a0 {k0: lol}\n")
	for i := 1; i < 12; i++ {
		fmt.Fprintf(&list, "x%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
		fmt.Fprintf(&merges, "x%d: &a%d {<<: [*a%d, *a%d, *a%d, *a%d], k%d: lol}\n", i, i, i-1, i-1, i-1, i-1, i)
	}
	for _, src := range []string{list.String(), merges.String()} {
		done := make(chan error, 1)
		go func() {
			_, err := stateOf([]byte(src))
			done <- err
		}()
		select {
		case err := <-done:
			if src == list.String() && err == nil {
				t.Errorf("list bomb: no error")
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("stateOf still running after 20 s on\n%s", src)
		}
	}
}
