package cmd

import (
	"os"
	"testing"
)

// TestMain pins the message language to the default (Vietnamese), whatever the locale of
// the machine running the tests; tests of English output ask for it.
func TestMain(m *testing.M) {
	os.Setenv("LANG", "C.UTF-8")
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_MESSAGES")
	os.Exit(m.Run())
}
