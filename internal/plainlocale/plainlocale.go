// Package plainlocale maps the C and POSIX locales, common on servers and
// in CI, to English before Fyne reads the locale: Fyne cannot parse "C" and
// logs an error line at start-up. Import it for its side effect from main;
// its import path sorts before fyne.io, so it is initialised first.
package plainlocale

import (
	"os"
	"strings"
)

func init() {
	Fix()
}

// Fix rewrites the first set locale variable (LC_ALL, LC_MESSAGES, LANG) to
// en_US.UTF-8 when it names the C or POSIX locale.
func Fix() {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := os.Getenv(v)
		if val == "" {
			continue
		}
		base, _, _ := strings.Cut(val, ".")
		if base == "C" || base == "POSIX" {
			os.Setenv(v, "en_US.UTF-8")
		}
		return
	}
}
