// Package release holds the checks of what ships, as tests: the Windows exe
// and the Windows Installer package that scripts/dist.sh builds, and the
// Linux package's AppStream metainfo (make test builds all three before go
// test), must be what a Windows user, a school's IT department or a
// software centre should get, every build path (the Makefile, the
// scripts, the workflows) builds the app with the tags of scripts/buildtags,
// and every relative link of README.md and docs/*.md leads somewhere.
// It has no code of its own.
package release
