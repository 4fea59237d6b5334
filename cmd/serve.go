package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/internal/osfile"
	"github.com/vanthu-vn/qd/render/docx"
	"github.com/vanthu-vn/qd/server"
)

// ServeOptions are the inputs of `qd serve`.
type ServeOptions struct {
	IO   IOStreams
	Lang decision.Lang
	Dir  string
	Port int
	// ready, when set, gets the address once the server listens (tests).
	ready func(url string)
	// stop, when set, ends the server instead of a signal (tests).
	stop <-chan struct{}
}

// NewCmdServe builds `qd serve`.
func NewCmdServe(ios IOStreams, g *globalOptions) *cobra.Command {
	opts := &ServeOptions{IO: ios}
	c := &cobra.Command{
		Use:   "serve [THƯ-MỤC]",
		Short: "Mở trang soạn thảo trên máy (127.0.0.1): biểu mẫu, lỗi ngay bên trường, xem trước văn bản",
		Long: "Chạy một máy chủ web chỉ trên máy này (127.0.0.1) cho các dự thảo .yaml trong THƯ-MỤC (mặc định thư mục\n" +
			"hiện tại): danh sách quyết định, biểu mẫu sinh từ mẫu dữ liệu, lỗi và cảnh báo của qd validate bên từng\n" +
			"trường, xem trước như tệp .docx, lưu YAML (giữ chú thích), tải .docx, PDF, Markdown.\n" +
			"Mở đường dẫn in ra (có mã phiên) trong trình duyệt; Ctrl+C để dừng.",
		Example: "  qd serve\n  qd serve examples --port 8017",
		Args:    cobra.MaximumNArgs(1),
		RunE: g.runE(func(lang decision.Lang, args []string) error {
			opts.Lang, opts.Dir = lang, "."
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			return runServe(opts)
		}),
	}
	c.Flags().IntVar(&opts.Port, "port", 8017, "cổng trên 127.0.0.1 (0: chọn cổng trống bất kỳ)")
	return c
}

func runServe(opts *ServeOptions) error {
	lang := opts.Lang
	if opts.Port < 0 || opts.Port > 65535 {
		return usageErr(lang, "--port %d không hợp lệ (0-65535)", "--port %d is out of range (0-65535)", opts.Port)
	}
	fi, err := os.Stat(opts.Dir)
	switch {
	case err != nil:
		return usageErr(lang, "không mở được thư mục %s: %s", "cannot open the folder %s: %s", opts.Dir, osfile.ErrText(lang, err))
	case !fi.IsDir():
		return usageErr(lang, "%s không phải thư mục", "%s is not a folder", opts.Dir)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(opts.Port)))
	if err != nil {
		return usageErr(lang, "không mở được cổng %d (%s); chọn cổng khác bằng --port, hoặc --port 0", "cannot listen on port %d (%s); choose another with --port, or --port 0", opts.Port, osfile.ErrText(lang, err))
	}
	port := ln.Addr().(*net.TCPAddr).Port
	so := server.Options{Dir: opts.Dir, Lang: lang, Port: port}
	if soffice, err := findSoffice(hostSoffice); err == nil {
		so.PDF = func(doc *docx.Document, w io.Writer) error { return toPDF(soffice, doc, false, w) }
	}
	srv, err := server.New(so)
	if err != nil {
		ln.Close()
		return usageErr(lang, "không mở được %s: %s", "cannot open %s: %s", opts.Dir, osfile.ErrText(lang, err))
	}
	defer srv.Close()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	url := srv.URL(ln.Addr().String())
	fmt.Fprintln(opts.IO.Err, pick(lang, "qd serve: mở trong trình duyệt: ", "qd serve: open in a browser: ")+url)
	fmt.Fprintln(opts.IO.Err, pick(lang, "(chỉ máy này truy cập được; Ctrl+C để dừng)", "(reachable from this machine only; Ctrl+C to stop)"))
	if opts.ready != nil {
		opts.ready(url)
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	stop := opts.stop
	if stop == nil {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		defer signal.Stop(sig)
		ch := make(chan struct{})
		go func() { <-sig; close(ch) }()
		stop = ch
	}
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			return internalErr(lang, err)
		}
	case <-stop:
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		hs.Shutdown(ctx)
	}
	return nil
}
