// Command zipfloor is the floor qd's start is measured against: a bare Go process that writes
// to standard output a zip of the given size (one stored entry), doing nothing else.
//
//	zipfloor -size 12345 > /dev/null
package main

import (
	"archive/zip"
	"bufio"
	"flag"
	"os"
)

func main() {
	size := flag.Int("size", 12000, "bytes of output, about")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	zw := zip.NewWriter(w)
	n := *size - 120 // the local header, central directory and end record
	if n < 0 {
		n = 0
	}
	f, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	if err != nil {
		os.Exit(1)
	}
	buf := make([]byte, n)
	for i := range buf {
		buf[i] = 'a' + byte(i%26)
	}
	f.Write(buf)
	if zw.Close() != nil || w.Flush() != nil {
		os.Exit(1)
	}
}
