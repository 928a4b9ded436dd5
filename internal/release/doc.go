// Package release holds the checks of what ships, as tests: the Windows exe
// and the Windows Installer package that scripts/dist.sh builds (make test
// builds both before go test) must be what a Windows user, or a school's IT
// department, should get. It has no code of its own.
package release
