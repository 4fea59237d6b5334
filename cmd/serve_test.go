package cmd

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// startServe runs qd serve on a free port of 127.0.0.1 until the test ends.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	ready := make(chan string, 1)
	stop := make(chan struct{})
	done := make(chan error, 1)
	var errBuf bytes.Buffer
	opts := &ServeOptions{IO: IOStreams{Out: &bytes.Buffer{}, Err: &errBuf}, Lang: "vi", Dir: dir, Port: 0,
		ready: func(u string) { ready <- u }, stop: stop}
	go func() { done <- runServe(opts) }()
	select {
	case u := <-ready:
		t.Cleanup(func() {
			close(stop)
			if err := <-done; err != nil {
				t.Errorf("qd serve: %v", err)
			}
		})
		return u
	case err := <-done:
		t.Fatalf("qd serve did not start: %v %s", err, errBuf.String())
	}
	return ""
}

// qd serve listens on 127.0.0.1 only and prints the address with the session token.
func TestServeCommand(t *testing.T) {
	u := startServe(t, "../examples")
	if !strings.HasPrefix(u, "http://127.0.0.1:") || !strings.Contains(u, "/?t=") {
		t.Fatalf("address %q", u)
	}
	jar, _ := cookiejar.New(nil)
	resp, err := (&http.Client{Jar: jar}).Get(u)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d", u, resp.StatusCode)
	}
	var out, errb bytes.Buffer
	if code := Main([]string{"serve", "../examples/vinh-long.yaml"}, IOStreams{Out: &out, Err: &errb}); code != ExitUsage || !strings.Contains(errb.String(), "không phải thư mục") {
		t.Errorf("serve FILE: exit %d, %s", code, errb.String())
	}
	if code := Main([]string{"serve", "--port", "70000"}, IOStreams{Out: &out, Err: &errb}); code != ExitUsage {
		t.Errorf("serve --port 70000: exit %d", code)
	}
}

// chromium finds Debian's Chromium; without it the browser test skips, unless CI requires it.
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("QD_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("QD_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("QD_REQUIRE_CHROMIUM=1 but Chromium is not installed (apt-get install chromium)")
	}
	t.Skip("Chromium not installed (apt-get install chromium); the browser test of qd serve is skipped")
	return ""
}

// waitJS polls a JavaScript condition in the page.
func waitJS(ctx context.Context, expr string) error {
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", expr, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// A clerk's session in a real browser: open an example, edit a member and a date, see the
// diagnostic appear and go, save, download the .docx; the download is byte for byte what
// qd draft makes of the saved YAML. QD_SCREENSHOTS=DIR also writes the README's screenshots.
func TestServeInBrowser(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	src, err := os.ReadFile("../examples/vinh-long.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"vinh-long.yaml", "kien-giang.yaml", "lang-son.yaml"} {
		data, _ := os.ReadFile("../examples/" + name)
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	u := startServe(t, dir)
	downloads := t.TempDir()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "vi"), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1440, 900))
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTime := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelTime()
	shots := os.Getenv("QD_SCREENSHOTS")
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			if shots == "" {
				return nil
			}
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name), png, 0o644)
		})
	}
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	wait := func(what, expr string) {
		t.Helper()
		if err := waitJS(ctx, expr); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	pages := `((document.querySelector("#pages")||{}).innerText||"")`

	step("open the list", chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(`a[href="#/edit/vinh-long.yaml"]`)))
	wait("counts in the list", `document.querySelectorAll("table.files td.problems .badge").length >= 3`)
	step("screenshot", shot("serve-list.png"))
	step("open vinh-long.yaml", chromedp.Click(chromedp.CSS(`a[href="#/edit/vinh-long.yaml"]`)),
		chromedp.WaitVisible(chromedp.ID("f-members_1__position")), chromedp.WaitVisible(chromedp.CSS("#pages .qd-page")))

	// A member: emptying the position is an error beside that cell; typing one clears it.
	pos := chromedp.ID("f-members_1__position")
	diagPos := `document.querySelector('td[data-path="members[1].position"] .diag.error')`
	step("empty the position", chromedp.SetValue(pos, "x"), chromedp.SendKeys(pos, kb.End+kb.Backspace))
	wait("the diagnostic beside the member", diagPos+` !== null && /thiếu trường bắt buộc/.test(`+diagPos+`.textContent)`)
	wait("the summary lists it", `[...document.querySelectorAll("#summary li")].some(li => li.textContent.includes("members[1].position"))`)
	step("type a position", chromedp.SendKeys(pos, "Phó Chủ tịch Thường trực"))
	wait("the diagnostic goes", diagPos+` === null`)
	wait("the preview follows", pages+`.includes("2. Phó Trưởng ban: Phó Chủ tịch Thường trực UBND tỉnh phụ trách Văn hóa – Xã hội.")`)

	// The date: a month 13 is an error beside the date; a real date clears it.
	date := chromedp.ID("f-date")
	diagDate := `document.querySelector('[data-path="date"] > .diag.error')`
	step("a wrong date", chromedp.SetValue(date, "2018-1"), chromedp.SendKeys(date, "3"))
	wait("the diagnostic beside the date", diagDate+` !== null && /ngày có thật/.test(`+diagDate+`.textContent)`)
	step("screenshot", chromedp.ScrollIntoView(chromedp.ID("summary")), shot("serve-form.png"))
	step("a right date", chromedp.SetValue(date, "2018-12-2"), chromedp.SendKeys(date, "0"))
	wait("the diagnostic goes", diagDate+` === null`)
	wait("the preview shows the date", pages+`.includes("Vĩnh Long, ngày 20 tháng 12 năm 2018")`)
	wait("pages are numbered", `document.querySelectorAll("#pages .qd-page").length >= 3 && document.querySelector('#pages .qd-page[data-page="2"] .qd-head').innerText.trim() === "2"`)
	scroll := `(() => { const p = document.querySelector("#preview"), pg = document.querySelector('#pages .qd-page[data-page="2"]');
		p.scrollTop += pg.getBoundingClientRect().top - p.getBoundingClientRect().top - 330; return true })()`
	step("screenshot", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](scroll))
		return err
	}), shot("serve-preview.png"))

	// Save, then download the .docx.
	step("save", chromedp.Click(chromedp.ID("save")))
	wait("saved", `document.querySelector("#status").textContent === "Đã lưu" && !document.querySelector("#download-docx").classList.contains("disabled")`)
	saved, err := os.ReadFile(filepath.Join(dir, "vinh-long.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"date: 2018-12-20\n", "{role: pho_truong_ban, position: Phó Chủ tịch Thường trực, organization: UBND tỉnh, portfolio: phụ trách Văn hóa – Xã hội}", "  # Câu hiệu lực viết như nguồn"} {
		if !strings.Contains(string(saved), want) {
			t.Errorf("saved YAML lacks %q", want)
		}
	}
	if n := len(strings.Split(string(saved), "\n")); n != len(strings.Split(string(src), "\n")) {
		t.Errorf("saved YAML has %d lines, the example %d: more changed than the two edits", n, len(strings.Split(string(src), "\n")))
	}
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	step("download", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: new(true)})
		return err
	}), chromedp.Click(chromedp.ID("download-docx")))
	var got []byte
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("download canceled")
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			if got, err = os.ReadFile(filepath.Join(downloads, ev.GUID)); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	out := filepath.Join(t.TempDir(), "draft.docx")
	var errb bytes.Buffer
	if code := Main([]string{"draft", filepath.Join(dir, "vinh-long.yaml"), "-o", out}, IOStreams{Out: &bytes.Buffer{}, Err: &errb}); code != ExitOK {
		t.Fatalf("qd draft: exit %d %s", code, errb.String())
	}
	want, _ := os.ReadFile(out)
	if len(got) == 0 || !bytes.Equal(got, want) {
		t.Fatalf("the downloaded .docx (%d bytes) differs from qd draft of the saved YAML (%d bytes)", len(got), len(want))
	}
}

// The page's change-members download and import are qd change's and qd import's.
func TestServeChangeAndImportAsCommands(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("../examples/vinh-long.yaml")
	edited := bytes.Replace(src, []byte("{role: uy_vien, position: Giám đốc, organization: Sở Y tế}"), []byte("{role: uy_vien, honorific: Bà, name: Trần Thị B, position: Giám đốc, organization: Sở Y tế}"), 1)
	os.WriteFile(filepath.Join(dir, "cu.yaml"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "moi.yaml"), edited, 0o644)
	u := startServe(t, dir)
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	token := u[strings.Index(u, "?t=")+3:]
	base := u[:strings.Index(u, "/?t=")]
	resp, err = c.Get(base + "/api/download?path=moi.yaml&format=docx&against=cu.yaml&date=2019-01-15&token=" + token)
	if err != nil {
		t.Fatal(err)
	}
	got := new(bytes.Buffer)
	got.ReadFrom(resp.Body)
	resp.Body.Close()
	out := t.TempDir()
	var errb bytes.Buffer
	if code := Main([]string{"change", filepath.Join(dir, "cu.yaml"), filepath.Join(dir, "moi.yaml"), "--date", "2019-01-15",
		"-o", filepath.Join(out, "c.yaml"), "--docx", filepath.Join(out, "c.docx")}, IOStreams{Out: &bytes.Buffer{}, Err: &errb}); code != ExitOK {
		t.Fatalf("qd change: %d %s", code, errb.String())
	}
	want, _ := os.ReadFile(filepath.Join(out, "c.docx"))
	if resp.StatusCode != 200 || !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the page's change-members .docx (%d, %d bytes) differs from qd change's (%d bytes)", resp.StatusCode, got.Len(), len(want))
	}
}
