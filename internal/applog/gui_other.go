//go:build !(windows && release)

package applog

// guiBuild: every other build has a console or a terminal to log to.
const guiBuild = false
