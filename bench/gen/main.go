// Command gen writes N random valid decisions as YAML files, for benchmarks.
//
//	go run ./bench/gen -n 1000 -dir /tmp/drafts
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"

	"github.com/vanthu-vn/qd/decision"
	"github.com/vanthu-vn/qd/decision/decisiontest"
)

func main() {
	n := flag.Int("n", 1000, "how many decisions")
	dir := flag.String("dir", "drafts", "output directory")
	members := flag.Int("members", 26, "members per decision (the Vĩnh Long size)")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < *n; i++ {
		y, err := decision.Encode(decisiontest.Random(r, *members), nil, "")
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*dir, fmt.Sprintf("du-thao-%04d.yaml", i)), y, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
