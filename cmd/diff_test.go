package cmd

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDiffCommand(t *testing.T) {
	code, out, errs := run(t, "", "diff", "../examples/lang-son-2020.yaml", "../examples/lang-son.yaml")
	if code != ExitOK {
		t.Fatalf("exit %d %q", code, errs)
	}
	for _, want := range []string{"13 thay đổi", `- tên Ban Chỉ đạo: "Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Lạng Sơn" thành "Ban Chỉ đạo về chuyển đổi số tỉnh Lạng Sơn"`,
		"- Giám đốc Sở Thông tin và Truyền thông: Ủy viên thường trực thành Phó Trưởng ban", `- thêm quyết định bị thay thế: "1782/QĐ-UBND"`} {
		if !strings.Contains(out, want) {
			t.Errorf("text diff lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "", "--lang", "en", "diff", "--format", "json", "../examples/lang-son-2020.yaml", "../examples/lang-son.yaml")
	var doc struct {
		Changes []struct{ Field, Kind, Message string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitOK || len(doc.Changes) != 13 {
		t.Fatalf("json: exit %d %v %s", code, err, out)
	}
	if doc.Changes[0].Field != "committee.name" || !strings.Contains(doc.Changes[0].Message, "became") {
		t.Errorf("first change %+v", doc.Changes[0])
	}
	if code, _, _ := run(t, "", "diff", "../examples/lang-son.yaml"); code != ExitUsage {
		t.Error("one file is a usage error")
	}
	if code, _, _ := run(t, "", "diff", "../examples/lang-son.yaml", "../testdata/bad/syntax-tab.yaml"); code != ExitProblems {
		t.Error("a broken file is a problem")
	}
}
