// Package loudskip skips a test so that make test says so: besides
// t.Skip, it appends the test's name and reason to the file named by
// $CAREERCOMPARE_SKIP_LOG, which scripts/test.sh prints at the end. A test
// that cannot run here is then never silently counted as passed.
package loudskip

import (
	"fmt"
	"os"
	"testing"
)

// EnvLog names the variable with the path of the skip log.
const EnvLog = "CAREERCOMPARE_SKIP_LOG"

// Skip records why t cannot run here and skips it.
func Skip(t testing.TB, format string, args ...any) {
	t.Helper()
	reason := fmt.Sprintf(format, args...)
	if path := os.Getenv(EnvLog); path != "" {
		if f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644); err == nil {
			fmt.Fprintf(f, "%s: %s\n", t.Name(), reason)
			f.Close()
		}
	}
	t.Skip("SKIP: " + reason)
}
