// Command startup runs whole commands many times, interleaved (one of each per round, so a
// change in the machine's load hits all of them alike), and prints the median wall time and
// the median peak resident memory of each, measured from the process itself (wait4's rusage),
// not through a wrapper process.
//
//	startup -n 51 -label qd -- ./qd draft x.yaml -o - -label floor -- ./zipfloor -size 12000
//
// Each command's standard output goes to /dev/null. It prints one line a command:
//
//	LABEL wall_ms cpu_ms peak_MB wall_p10_ms
//
// (medians, then the tenth percentile of the wall time; cpu is user + system time, which the
// load of a shared machine inflates less than the wall time, and the fastest tenth of the
// runs is what the load spared most, nearer what an idle machine gives).
package main

import (
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"syscall"
	"time"
)

type command struct {
	label string
	argv  []string
	ms    []float64 // wall time
	cpu   []float64 // user + system time
	kb    []float64
}

func main() {
	n := 21
	var cmds []*command
	args := os.Args[1:]
	for len(args) > 0 {
		switch args[0] {
		case "-n":
			n, _ = strconv.Atoi(args[1])
			args = args[2:]
		case "-label":
			c := &command{label: args[1]}
			args = args[2:]
			if len(args) == 0 || args[0] != "--" {
				fail("-label NAME must be followed by -- COMMAND...")
			}
			args = args[1:]
			for len(args) > 0 && args[0] != "-label" {
				c.argv = append(c.argv, args[0])
				args = args[1:]
			}
			cmds = append(cmds, c)
		default:
			fail("usage: startup [-n RUNS] -label NAME -- COMMAND... [-label NAME -- COMMAND...]")
		}
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		fail(err.Error())
	}
	for i := 0; i < n; i++ {
		for _, c := range cmds {
			cmd := exec.Command(c.argv[0], c.argv[1:]...)
			cmd.Stdout, cmd.Stderr = devnull, devnull
			t0 := time.Now()
			// Exit 1 is qd's "problems found", a result; anything else is a failure.
			if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != 1 {
				fail(fmt.Sprintf("%s: %v", c.label, err))
			}
			c.ms = append(c.ms, float64(time.Since(t0).Microseconds())/1000)
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
				c.kb = append(c.kb, float64(ru.Maxrss))
				c.cpu = append(c.cpu, float64(ru.Utime.Nano()+ru.Stime.Nano())/1e6)
			}
		}
	}
	for _, c := range cmds {
		fmt.Printf("%s %.3f %.3f %.1f %.3f\n", c.label, median(c.ms), median(c.cpu), median(c.kb)/1024, quantile(c.ms, 0.1))
	}
}

func median(v []float64) float64 { return quantile(v, 0.5) }

// quantile returns the value below which the fraction q of v lies (the median for 0.5).
func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[int(q*float64(len(s)))]
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "startup:", msg)
	os.Exit(2)
}
