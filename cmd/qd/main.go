// Command qd drafts and checks decisions on Vietnamese steering committees (Ban Chỉ đạo).
package main

import (
	"os"

	"github.com/vanthu-vn/qd/cmd"
)

func main() {
	os.Exit(cmd.Main(os.Args[1:], cmd.IOStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
}
