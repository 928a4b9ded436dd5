#!/usr/bin/env bash
# Builds the release packages into dist/ with the fyne tool (fyne.io/tools
# v1.7.4, never added to go.mod):
#   dist/CareerCompare-linux-<arch>.tar.xz   binary, .desktop file, icon, Makefile
#   dist/CareerCompare.exe                   Windows amd64, cross-compiled with MinGW
#   dist/CareerCompare-windows-amd64.zip     that exe
# The macOS .app is built on macOS by .github/workflows/release.yml.
# Usage: scripts/dist.sh [all|linux|windows|floor-windows]
#   windows        the exe only, for make test
#   floor-windows  dist/floor/Floor.exe: the toolkit floor (bench/floor)
#                  packaged the same way as the exe (fyne package -os windows
#                  -release, same flags, manifest and resources) but with
#                  Fyne's default tags, not the app's, for scripts/wine.sh
#                  and scripts/bench.sh; never shipped
# The app is built with the tags of scripts/buildtags.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
what=${1:-all}
case "$what" in
  all | linux | windows | floor-windows) ;;
  *) echo "usage: $0 [all|linux|windows|floor-windows]" >&2; exit 2 ;;
esac
FYNE_TOOLS=fyne.io/tools/cmd/fyne@v1.7.4
# The app's build tags (scripts/buildtags); fyne package adds "release".
tags=$(cat scripts/buildtags)
dist=$root/dist
stage=$dist/.stage/src # the sources are packaged from this copy
tools=$dist/.tools

# fyne package writes into the folder it builds: fyne.syso (the Windows
# resources; while it is there every other build of this folder links it and
# fails), fyne_metadata_init.go, the binary, and Build+1 in FyneApp.toml. So
# it works on a copy of the sources under dist/ (git-ignored) that is removed
# on every exit, failure included: nothing of that reaches the source tree.
cleanup() {
  rm -rf "$dist/.stage"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

t() { date +%s; }
step() {
  local name=$1; shift
  local t0; t0=$(t)
  echo "==> $name"
  "$@"
  echo "<== $name: $(( $(t) - t0 )) s"
}

stage_sources() {
  rm -rf "$dist/.stage"
  mkdir -p "$stage"
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked and new files, without what .gitignore excludes (binaries, dist/, *.syso).
    git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
      if [ -e "$f" ]; then printf '%s\0' "$f"; fi # (not a deleted one)
    done | tar -c --null -T - -f - | tar -x -C "$stage" -f -
  else
    tar -c --exclude=./.git --exclude=./dist --exclude=./careercompare --exclude=./careercompare.exe \
      --exclude='*.syso' -f - . | tar -x -C "$stage" -f -
  fi
  cp "$stage/FyneApp.toml" "$dist/.stage/FyneApp.toml"
}

install_fyne() {
  # go run would build the tool itself with CC=x86_64-w64-mingw32-gcc, so
  # it is installed once (cached in GOCACHE) and run from dist/.tools.
  mkdir -p "$tools"
  env -u CC -u GOOS -u GOARCH GOBIN="$tools" go install "$FYNE_TOOLS" # untagged: the fyne tool, not the app
  "$tools/fyne" version | sed -n 1p
}

# Runs fyne package in the staged copy. It adds 1 to Build in FyneApp.toml
# after each package: the copy's file is put back, so that every package
# carries the Version and Build of the source tree.
fyne_package() {
  (cd "$stage" && "$tools/fyne" package "$@") # untagged: a wrapper; each caller passes -tags or says why not
  cp "$dist/.stage/FyneApp.toml" "$stage/FyneApp.toml"
}

# Checks that a binary is a release build: -trimpath, the release tag and
# WANT_TAGS (go version -m; under -trimpath it does not record -ldflags),
# and stripped (-s -w: no symbol table, no DWARF sections).
check_release_build() {
  local bin=$1 kind=$2 want=${3:-} info built t
  info=$(go version -m "$bin")
  grep -q -- '-trimpath=true' <<<"$info" || { echo "dist: $bin is not built with -trimpath" >&2; return 1; }
  built=,$(sed -n 's/^[[:space:]]*build[[:space:]]*-tags=//p' <<<"$info"),
  for t in release ${want//,/ }; do
    [[ $built == *,"$t",* ]] || { echo "dist: $bin is not built with the tag $t (its tags: ${built//,/ })" >&2; return 1; }
  done
  case $kind in
    elf)
      if readelf -S --wide "$bin" | grep -Eq '\.(symtab|debug_)'; then
        echo "dist: $bin is not stripped" >&2; return 1
      fi ;;
    pe)
      if x86_64-w64-mingw32-objdump -h "$bin" | grep -q '\.debug_' ||
        x86_64-w64-mingw32-objdump -f "$bin" | grep -q HAS_SYMS; then
        echo "dist: $bin is not stripped" >&2; return 1
      fi ;;
  esac
  echo "    $(basename "$bin"): -trimpath, -tags release${want:+,$want}, stripped (no symbol table, no DWARF)"
}

built=() # the files of this run, for the sizes at the end
size() { printf '%s\t%s bytes (%s)\n' "$(basename "$1")" "$(stat -c %s "$1")" "$(du -h "$1" | cut -f1)"; }

build_linux() {
  local arch out list tmp bin
  arch=$(go env GOARCH)
  out=$dist/CareerCompare-linux-$arch.tar.xz
  rm -f "$stage"/*.tar.xz "$out"
  fyne_package -os linux -release -tags "$tags"
  mv "$stage"/*.tar.xz "$out"
  built+=("$out")
  # The tarball: Makefile (make install / user-install), the binary, the
  # .desktop file and the icon.
  tar -tJf "$out" | sed 's/^/    /'
  list=$(tar -tJf "$out")
  for want in '/Makefile$' '/bin/careercompare$' '/share/applications/org\.careercompare\.app\.desktop$' '/share/pixmaps/org\.careercompare\.app\.png$'; do
    grep -Eq "$want" <<<"$list" || { echo "dist: $out has no file matching $want" >&2; return 1; }
  done
  tmp=$(mktemp -d)
  tar -xJf "$out" -C "$tmp"
  sed 's/^/    /' "$tmp"/*/usr/*/share/applications/*.desktop "$tmp"/*/usr/share/applications/*.desktop 2>/dev/null || true
  bin=$(find "$tmp" -path '*/bin/careercompare')
  check_release_build "$bin" elf "$tags"
  echo "    $(size "$bin")"
  rm -rf "$tmp"
}

build_windows() {
  local exe=$dist/CareerCompare.exe
  rm -f "$stage"/*.exe "$exe"
  CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 fyne_package -os windows -release -tags "$tags"
  mv "$stage"/*.exe "$exe"
  built+=("$exe")
  check_release_build "$exe" pe "$tags"
}

# The floor gets a FyneApp.toml of its own in the staged copy (name Floor,
# the app's icon), so that fyne package gives it the same kind of manifest
# and version resources as the app.
build_floor_windows() {
  local src=$stage/bench/floor out=$dist/floor/Floor.exe
  mkdir -p "$dist/floor"
  rm -f "$src"/*.exe "$out"
  sed -e 's/^Name = .*/Name = "Floor"/' -e 's/^ID = .*/ID = "org.careercompare.floor"/' \
    -e 's|^Icon = .*|Icon = "../../assets/icon.png"|' "$stage/FyneApp.toml" >"$src/FyneApp.toml"
  CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc GOOS=windows GOARCH=amd64 fyne_package -os windows -release --src bench/floor # untagged: the floor as Fyne builds by default
  mv "$src"/*.exe "$out"
  built+=("$out")
  check_release_build "$out" pe
}

zip_windows() {
  local out=$dist/CareerCompare-windows-amd64.zip
  rm -f "$out"
  zip -q -9 -j "$out" "$dist/CareerCompare.exe"
  built+=("$out")
  unzip -l "$out" | sed 's/^/    /'
}

start=$(t)
step "system packages" scripts/deps.sh dist
mkdir -p "$dist"
step "copy the sources to dist/.stage" stage_sources
step "fyne tool ($FYNE_TOOLS)" install_fyne
if [ "$what" = all ] || [ "$what" = linux ]; then
  step "Linux package (fyne package -os linux -release)" build_linux
fi
if [ "$what" = all ] || [ "$what" = windows ]; then
  step "Windows exe (fyne package -os windows -release, MinGW)" build_windows
fi
if [ "$what" = all ]; then
  step "Windows zip" zip_windows
fi
if [ "$what" = floor-windows ]; then
  step "the floor for Windows (bench/floor, fyne package -os windows -release, MinGW)" build_floor_windows
fi
echo "==> sizes"
for f in "${built[@]}"; do size "$f"; done
# What must never be left in the source tree.
for f in fyne.syso fyne_metadata_init.go; do
  [ ! -e "$f" ] || { echo "dist: $root/$f exists; it does not belong in the source tree" >&2; exit 1; }
done
echo "dist ($what): done in $(( $(t) - start )) s"
