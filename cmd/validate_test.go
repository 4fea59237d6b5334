package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// run calls qd with args and returns exit code, stdout and stderr.
func run(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, IOStreams{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

type jsonReport struct {
	Results []struct {
		File, Rule, Severity, Message, Field string
		Line, Column                         int
	}
	Summary struct{ Files, Errors, Warnings int }
}

func TestValidateExamples(t *testing.T) {
	code, out, errs := run(t, "", "validate", "../examples/")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	files, _ := filepath.Glob("../examples/*.yaml")
	if len(files) < 6 || !strings.Contains(out, fmt.Sprintf("%d tệp, 0 lỗi", len(files))) {
		t.Errorf("summary missing: %q", out)
	}
}

// TestBadInputs runs every file of testdata/bad through `qd validate --strict` and checks
// the exit code, the rule ID and the line listed in testdata/bad/want.txt.
func TestBadInputs(t *testing.T) {
	f, err := os.Open("../testdata/bad/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var file, rule string
		var want int
		if _, err := fmt.Sscanf(line, "%s %s %d", &file, &rule, &want); err != nil {
			t.Fatalf("want.txt: %q: %v", line, err)
		}
		n++
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "bad", file)
			code, out, errs := run(t, "", "validate", "--strict", "--format", "json", path)
			if code != ExitProblems {
				t.Fatalf("exit %d, want 1\n%s%s", code, out, errs)
			}
			var rep jsonReport
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out)
			}
			for _, r := range rep.Results {
				if r.Rule == rule && (want == 0 || r.Line == want) {
					if r.File != path || r.Line < 1 || r.Column < 1 || r.Message == "" {
						t.Errorf("incomplete diagnostic: %+v", r)
					}
					return
				}
			}
			t.Errorf("no [%s] at line %d; got %+v", rule, want, rep.Results)
		})
	}
	if n < 40 {
		t.Errorf("only %d bad inputs; want at least 40", n)
	}
}

// TestHugeFile: a 10 MB file is refused before it is read.
func TestHugeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.yaml")
	var b bytes.Buffer
	b.WriteString("kind: kien_toan\nrecipients:\n")
	for b.Len() < 10<<20 {
		b.WriteString("  - Sở Thông tin và Truyền thông\n")
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "", "validate", path)
	if code != ExitProblems || !strings.Contains(out, "[file-too-large]") || !strings.Contains(out, path+":1:1:") {
		t.Errorf("exit %d, output %q", code, out)
	}
	// The same through standard input.
	code, out, _ = run(t, b.String(), "validate", "-")
	if code != ExitProblems || !strings.Contains(out, "[file-too-large]") {
		t.Errorf("stdin: exit %d, output %q", code, out)
	}
}

func TestValidateUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no path", []string{"validate"}, "cần ít nhất 1 đối số"},
		{"bad format", []string{"validate", "--format", "xml", "../examples"}, "xml"},
		{"missing file", []string{"validate", "../examples/khong-co.yaml"}, "khong-co.yaml"},
		{"bad lang", []string{"--lang", "fr", "validate", "../examples"}, "fr"},
		{"unknown flag", []string{"validate", "--strik", "../examples"}, "cờ --strik không có"},
		{"unknown flag, English", []string{"--lang", "en", "validate", "--strik", "../examples"}, "unknown flag: --strik"},
		{"unknown command", []string{"valdate"}, `lệnh "valdate" không có`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, "", tc.args...)
			if code != ExitUsage {
				t.Errorf("exit %d, want 2\n%s%s", code, out, errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr %q does not mention %q", errs, tc.want)
			}
			if out != "" {
				t.Errorf("usage error wrote to stdout: %q", out)
			}
		})
	}
}

func TestValidateFormats(t *testing.T) {
	bad := "../testdata/bad/place.yaml"
	code, out, _ := run(t, "", "validate", "--format", "github", bad)
	if code != ExitProblems || !strings.HasPrefix(out, "::error file=../testdata/bad/place.yaml,line=5,col=8,title=place::place: ") {
		t.Errorf("github: exit %d, %q", code, out)
	}
	code, out, _ = run(t, "", "validate", "--format", "sarif", bad)
	var sarif struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil || code != ExitProblems {
		t.Fatalf("sarif: exit %d, %v\n%s", code, err, out)
	}
	r := sarif.Runs[0].Results[0]
	if sarif.Version != "2.1.0" || r.RuleID != "place" || r.Level != "error" || r.Locations[0].PhysicalLocation.Region.StartLine != 5 ||
		len(sarif.Runs[0].Tool.Driver.Rules) < 30 {
		t.Errorf("sarif content: %+v", sarif)
	}
	// Text format, the default: file:line:col: severity [rule] message.
	_, out, _ = run(t, "", "validate", bad)
	if !strings.HasPrefix(out, "../testdata/bad/place.yaml:5:8: error [place] place: địa danh") {
		t.Errorf("text: %q", out)
	}
}

func TestValidateStrictAndWarnings(t *testing.T) {
	warn := "../testdata/bad/numeric-date.yaml"
	if code, out, _ := run(t, "", "validate", warn); code != ExitOK || !strings.Contains(out, "warning [numeric-date]") {
		t.Errorf("without --strict a warning passes: exit %d %q", code, out)
	}
	if code, _, _ := run(t, "", "validate", "--strict", warn); code != ExitProblems {
		t.Errorf("--strict: exit %d, want 1", code)
	}
}

func TestValidateLanguage(t *testing.T) {
	bad := "../testdata/bad/place.yaml"
	_, out, _ := run(t, "", "--lang", "en", "validate", bad)
	if !strings.Contains(out, "place \"tỉnh Bình Thuận\" is malformed") || !strings.Contains(out, "1 file, 1 error") {
		t.Errorf("--lang en: %q", out)
	}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	_, out, _ = run(t, "", "validate", bad)
	if !strings.Contains(out, "is malformed") {
		t.Errorf("LANG=en_US: %q", out)
	}
	t.Setenv("LANG", "vi_VN.UTF-8")
	_, out, _ = run(t, "", "validate", bad)
	if !strings.Contains(out, "sai dạng") {
		t.Errorf("LANG=vi_VN: %q", out)
	}
}

func TestValidateStdin(t *testing.T) {
	data, err := os.ReadFile("../examples/kien-giang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, string(data), "validate", "-")
	if code != ExitOK || !strings.Contains(out, "1 tệp, 0 lỗi") {
		t.Errorf("exit %d %q %q", code, out, errs)
	}
	code, out, _ = run(t, "kind: [", "validate", "-")
	if code != ExitProblems || !strings.HasPrefix(out, "-:") {
		t.Errorf("exit %d %q", code, out)
	}
}

// BenchmarkValidate1000 validates 1,000 drafts (copies of the five examples) through the
// command, as CI would: reading, loading, validating, reporting.
func BenchmarkValidate1000(b *testing.B) {
	dir := b.TempDir()
	examples, _ := filepath.Glob("../examples/*.yaml")
	for i := 0; i < 1000; i++ {
		data, err := os.ReadFile(examples[i%len(examples)])
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, strconv.Itoa(i)+".yaml"), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code, out, _ := run(b, "", "validate", "--format", "json", dir); code != ExitOK {
			b.Fatalf("exit %d: %.300s", code, out)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/1000files")
}
