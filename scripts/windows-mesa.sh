#!/usr/bin/env bash
# Puts Mesa's software OpenGL (llvmpipe, from the mesa-dist-win builds)
# beside a Windows exe: GitHub's Windows VMs have no GPU and only Windows'
# OpenGL 1.1, and Fyne needs 2.1. It is what the README's Known limits tell
# the users of such VMs to do. For the CI and release workflows only.
# Usage (Git Bash): scripts/windows-mesa.sh FOLDER_OF_THE_EXE
set -euo pipefail
dir=$1
version=24.3.0
sha256=824d74f847dc25df8b3ec6b38096cdc79aaadf93c446e3973b6db4f307c38db9
archive=${RUNNER_TEMP:-/tmp}/mesa3d-$version-release-msvc.7z
curl -fsSL --retry 3 -o "$archive" "https://github.com/pal1000/mesa-dist-win/releases/download/$version/mesa3d-$version-release-msvc.7z"
got=$(sha256sum "$archive" | cut -d' ' -f1)
[ "$got" = "$sha256" ] || { echo "windows-mesa: $archive has SHA-256 $got, want $sha256" >&2; exit 1; }
x=${RUNNER_TEMP:-/tmp}/mesa-$version
7z x -y "-o$x" "$archive" 'x64/opengl32.dll' 'x64/libgallium_wgl.dll' 'x64/libglapi.dll' >/dev/null
for f in opengl32.dll libgallium_wgl.dll libglapi.dll; do
  [ -f "$x/x64/$f" ] && cp "$x/x64/$f" "$dir/"
done
[ -f "$dir/opengl32.dll" ] && [ -f "$dir/libgallium_wgl.dll" ] || { echo "windows-mesa: the archive lacks x64/opengl32.dll or libgallium_wgl.dll" >&2; exit 1; }
echo "windows-mesa: Mesa $version llvmpipe beside the exe in $dir: $(cd "$dir" && ls ./*.dll | tr '\n' ' ')"
