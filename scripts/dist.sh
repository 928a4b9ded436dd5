#!/usr/bin/env bash
# Builds the release packages into dist/ with the fyne tool (fyne.io/tools
# v1.7.4, never added to go.mod):
#   dist/CareerCompare-linux-<arch>.tar.xz   binary, .desktop file, AppStream
#                                            metainfo, icon, Makefile
#   dist/CareerCompare.exe                   Windows amd64, cross-compiled with MinGW
#   dist/CareerCompare-windows-amd64.zip     that exe
#   dist/CareerCompare-windows-amd64.msi     that exe as a Windows Installer
#                                            package (scripts/msi/, wixl)
#   dist/SHA256SUMS                          the packages' SHA-256 (all only)
# The macOS .app is built on macOS by .github/workflows/release.yml.
# Usage: scripts/dist.sh [all|linux|windows|msi|metainfo|floor-windows]
#   windows        the exe only, for make test
#   metainfo       dist/<ID>.metainfo.xml only (the AppStream metainfo the
#                  tarball carries), validated with appstreamcli, for make test
#   msi            the MSI only, from the dist/CareerCompare.exe that
#                  "windows" built (it is not rebuilt), for make test
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
  all | linux | windows | msi | metainfo | floor-windows) ;;
  *) echo "usage: $0 [all|linux|windows|msi|metainfo|floor-windows]" >&2; exit 2 ;;
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

# The AppStream metainfo (what software centres and Flathub read), from
# scripts/linux/metainfo.xml.in and FyneApp.toml: the ID, name, summary (the
# .desktop file's Comment), description, home page and version; the
# screenshot is docs/screenshot.png at the release's tag (v + Version) in the
# repository that Website names; the release's date is the day of the commit
# built. write_metainfo OUT
write_metainfo() {
  local out=$1 id name summary description website version date developer shot m
  # shellcheck source=scripts/appmeta.sh
  . scripts/appmeta.sh
  id=$(appmeta_xml ID) && name=$(appmeta_xml Name) && summary=$(appmeta_xml Comment) &&
    description=$(appmeta_xml Description) && website=$(appmeta_xml Website) && version=$(appmeta_xml Version) || return 1
  developer=$appmeta_publisher
  [[ $website =~ ^https://github\.com/[^/]+/[^/]+$ ]] || { echo "dist: Website $website is not a GitHub repository: no address for the screenshot" >&2; return 1; }
  shot=${website/#https:\/\/github.com\//https://raw.githubusercontent.com/}/v$version/docs/screenshot.png
  [ -f docs/screenshot.png ] || { echo "dist: no docs/screenshot.png" >&2; return 1; }
  date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
  m=$(<scripts/linux/metainfo.xml.in)
  m=${m//@ID@/"$id"} m=${m//@NAME@/"$name"} m=${m//@SUMMARY@/"$summary"} m=${m//@DESCRIPTION@/"$description"}
  m=${m//@DEVELOPER@/"$developer"} m=${m//@WEBSITE@/"$website"} m=${m//@SCREENSHOT@/"$shot"}
  m=${m//@VERSION@/"$version"} m=${m//@DATE@/"$date"}
  if grep -o '@[A-Z]*@' <<<"$m"; then echo "dist: placeholders left in the metainfo (above)" >&2; return 1; fi
  printf '%s\n' "$m" >"$out"
}
validate_metainfo() {
  appstreamcli validate --no-net --strict --pedantic "$1" | sed 's/^/    /'
}
# make test's check: dist/ID.metainfo.xml, validated.
metainfo_only() {
  local out
  out=$dist/$(. scripts/appmeta.sh && appmeta ID).metainfo.xml
  write_metainfo "$out"
  validate_metainfo "$out"
  echo "    $(basename "$out"): $(grep -c . "$out") lines"
}

build_linux() {
  local arch out list tmp bin id pkg n
  arch=$(go env GOARCH)
  out=$dist/CareerCompare-linux-$arch.tar.xz
  rm -f "$stage"/*.tar.xz "$out"
  fyne_package -os linux -release -tags "$tags"
  # fyne package writes the Makefile, the binary, the .desktop file and the
  # icon; the metainfo goes in beside the .desktop file, and the Makefile's
  # (un)install targets handle it as they handle that file.
  id=$(. scripts/appmeta.sh && appmeta ID)
  tmp=$(mktemp -d)
  tar -xJf "$stage"/*.tar.xz -C "$tmp"
  rm -f "$stage"/*.tar.xz
  pkg=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d)
  [ -n "$pkg" ] && [ -f "$pkg/Makefile" ] || { echo "dist: the tarball has no folder with a Makefile" >&2; return 1; }
  local apps
  apps=$(find "$pkg/usr" -path "*/share/applications/$id.desktop")
  [ -n "$apps" ] || { echo "dist: the tarball has no $id.desktop" >&2; return 1; }
  mkdir -p "${apps%/applications/*}/metainfo"
  write_metainfo "${apps%/applications/*}/metainfo/$id.metainfo.xml"
  awk '{ print }
    /^\t(install|-rm) .*share\/applications\/\$\(AppID\)\.desktop/ {
      l = $0; gsub(/share\/applications\/\$\(AppID\)\.desktop/, "share/metainfo/$(AppID).metainfo.xml", l); print l }' \
    "$pkg/Makefile" >"$pkg/Makefile.new"
  n=$(grep -c 'share/metainfo/\$(AppID)\.metainfo\.xml' "$pkg/Makefile.new" || true)
  [ "$n" = 4 ] || { echo "dist: $n metainfo lines in the Makefile, want 4 (install, uninstall, user-install, user-uninstall)" >&2; return 1; }
  mv "$pkg/Makefile.new" "$pkg/Makefile"
  tar -C "$tmp" --owner=0 --group=0 -cJf "$out" "$(basename "$pkg")"
  rm -rf "$tmp"
  built+=("$out")
  # The tarball: Makefile (make install / user-install), the binary, the
  # .desktop file, the metainfo and the icon.
  tar -tJf "$out" | sed 's/^/    /'
  list=$(tar -tJf "$out")
  for want in '/Makefile$' '/bin/careercompare$' '/share/applications/org\.careercompare\.app\.desktop$' \
    '/share/metainfo/org\.careercompare\.app\.metainfo\.xml$' '/share/pixmaps/org\.careercompare\.app\.png$'; do
    grep -Eq "$want" <<<"$list" || { echo "dist: $out has no file matching $want" >&2; return 1; }
  done
  tmp=$(mktemp -d)
  tar -xJf "$out" -C "$tmp"
  sed 's/^/    /' "$tmp"/*/usr/*/share/applications/*.desktop "$tmp"/*/usr/share/applications/*.desktop 2>/dev/null || true
  bin=$(find "$tmp" -path '*/bin/careercompare')
  check_release_build "$bin" elf "$tags"
  echo "    $(size "$bin")"
  # As a user installs it: make install (into DESTDIR/usr/local) and make
  # user-install put the metainfo where software centres read it, and it
  # validates there beside its .desktop file; the uninstalls remove it.
  pkg=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d)
  mkdir -p "$tmp/root/usr/local" "$tmp/home"
  make -s -C "$pkg" install DESTDIR="$tmp/root" >/dev/null
  make -s -C "$pkg" user-install HOME="$tmp/home" >/dev/null
  for f in "$tmp/root/usr/local/share/metainfo/$id.metainfo.xml" "$tmp/home/.local/share/metainfo/$id.metainfo.xml"; do
    [ -f "$f" ] || { echo "dist: the Makefile did not install ${f#"$tmp"/}" >&2; return 1; }
  done
  echo "    make install → /usr/local/share/metainfo/$id.metainfo.xml; make user-install → ~/.local/share/metainfo/$id.metainfo.xml"
  # validate-tree: the metainfo and the .desktop file it names, together.
  echo "    appstreamcli validate-tree --no-net --strict --pedantic (the installed /usr/local):"
  appstreamcli validate-tree --no-net --strict --pedantic "$tmp/root/usr/local" | sed 's/^/    /'
  make -s -C "$pkg" uninstall DESTDIR="$tmp/root" >/dev/null
  make -s -C "$pkg" user-uninstall HOME="$tmp/home" >/dev/null
  if [ -n "$(find "$tmp/root" "$tmp/home" -type f)" ]; then
    echo "dist: left after make uninstall / user-uninstall: $(find "$tmp/root" "$tmp/home" -type f)" >&2; return 1
  fi
  echo "    make uninstall, user-uninstall: nothing left"
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

# The MSI: FyneApp.toml's version, the exe as it is (scripts/msi/build.sh).
build_msi() {
  local exe=$dist/CareerCompare.exe out=$dist/CareerCompare-windows-amd64.msi version
  [ -f "$exe" ] || { echo "dist: no $exe to package: scripts/dist.sh windows builds it" >&2; return 1; }
  check_release_build "$exe" pe
  # shellcheck source=scripts/appmeta.sh
  version=$(. scripts/appmeta.sh && appmeta Version)
  rm -f "$out"
  scripts/msi/build.sh "$exe" "$version" "$out"
  msiinfo export "$out" Property | tr -d '\r' | grep -E '^(ProductName|ProductVersion|Manufacturer|UpgradeCode|ALLUSERS|ARPURLINFOABOUT)\s' | sed 's/^/    /'
  built+=("$out")
}

# SHA256SUMS: what sha256sum -c (or PowerShell's Get-FileHash) checks a
# download against.
checksums() {
  local f names=()
  for f in "${built[@]}"; do
    case $f in *.tar.xz | *.zip | *.msi) names+=("$(basename "$f")") ;; esac
  done
  (cd "$dist" && sha256sum "${names[@]}" >SHA256SUMS && sed 's/^/    /' SHA256SUMS)
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
if [ "$what" != msi ] && [ "$what" != metainfo ]; then
  step "copy the sources to dist/.stage" stage_sources
  step "fyne tool ($FYNE_TOOLS)" install_fyne
fi
if [ "$what" = all ] || [ "$what" = linux ]; then
  step "Linux package (fyne package -os linux -release)" build_linux
fi
if [ "$what" = metainfo ]; then
  step "AppStream metainfo (appstreamcli validate)" metainfo_only
fi
if [ "$what" = all ] || [ "$what" = windows ]; then
  step "Windows exe (fyne package -os windows -release, MinGW)" build_windows
fi
if [ "$what" = all ]; then
  step "Windows zip" zip_windows
fi
if [ "$what" = all ] || [ "$what" = msi ]; then
  step "Windows Installer package (wixl, scripts/msi/CareerCompare.wxs)" build_msi
fi
if [ "$what" = all ]; then
  step "SHA256SUMS" checksums
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
