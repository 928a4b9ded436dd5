// Package release holds the checks of what ships, as tests: the Windows exe
// that scripts/dist.sh builds (make test builds it before go test) must be
// what a Windows user should get, and every build path (the Makefile, the
// scripts, the workflows) builds the app with the tags of scripts/buildtags.
// It has no code of its own.
package release
