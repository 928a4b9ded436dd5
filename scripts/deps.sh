#!/usr/bin/env bash
# Installs the system packages Career Compare needs, when they are missing
# and this user may (root, or sudo without a password); otherwise prints
# the exact command to run. Usage: scripts/deps.sh build|test|dist|bench
set -euo pipefail

# libx11-dev: Copy chart opens libX11.so (golang.design/x/clipboard).
# libwayland-dev: Fyne 2.8's GLFW 3.4 builds both X11 and Wayland into the
# binary and picks one at run time (Wayland when WAYLAND_DISPLAY is set).
build_pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev libx11-dev libxkbcommon-dev libwayland-dev)
# make test also cross-builds the Windows exe that internal/release checks,
# and runs it under Wine (scripts/wine.sh: Debian's Wine 8, 64-bit only;
# imagemagick for its screenshots, libxml2-utils for xmllint); shellcheck
# lets actionlint check the workflows' scripts here as on GitHub's runners.
# It checks the HTML handout in Chromium (scripts/a11y.sh); xclip reads a
# copied chart back from the X clipboard. The Windows Installer package is
# built with wixl (its .ico with ImageMagick), read back with msitools'
# msiinfo and msiextract, and installed under Wine (scripts/wine-msi.sh);
# appstreamcli validates the Linux package's AppStream metainfo.
test_pkgs=(xvfb libgl1-mesa-dri xdotool x11-utils x11-apps poppler-utils gcc-mingw-w64-x86-64
  wine wine64 imagemagick libxml2-utils shellcheck xclip wixl msitools appstream)
dist_pkgs=(gcc-mingw-w64-x86-64 xz-utils zip unzip wixl msitools imagemagick appstream)

# The bench runs the exe and the floor under Wine too (scripts/dist.sh
# installs what builds them).
bench_pkgs=(xvfb libgl1-mesa-dri xdotool time wine wine64)

case "${1:-build}" in
  build) want=("${build_pkgs[@]}") ;;
  test)  want=("${build_pkgs[@]}" "${test_pkgs[@]}")
         # The browser check needs Node.js and Chromium: a machine that has
         # its own (CI has Node and Google Chrome) keeps them, others get
         # Debian's.
         command -v npm >/dev/null 2>&1 || want+=(nodejs npm)
         command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || want+=(chromium) ;;
  dist)  want=("${build_pkgs[@]}" "${dist_pkgs[@]}") ;;
  bench) want=("${build_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "usage: $0 build|test|dist|bench" >&2; exit 2 ;;
esac

# Go itself: the module needs Go 1.26 or newer.
if ! command -v go >/dev/null 2>&1; then
  echo "Go is not installed. Install Go 1.26 or newer from https://go.dev/dl/ and run this again." >&2
  exit 1
fi
gov=$(go env GOVERSION | sed 's/^go//')
if [ "$(printf '%s\n1.26\n' "$gov" | sort -V | head -n1)" != "1.26" ]; then
  echo "Go $gov is too old: Career Compare needs Go 1.26 or newer (https://go.dev/dl/)." >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: make sure a C compiler and the OpenGL/X11 development files are installed (see README)." >&2
  exit 0
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "Missing packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get update && sudo ${cmd[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" "${cmd[@]}" -qq
