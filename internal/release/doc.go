// Package release holds the checks of what ships, as tests: the Windows exe
// that scripts/dist.sh builds (make test builds it before go test) must be
// what a Windows user should get. It has no code of its own.
package release
