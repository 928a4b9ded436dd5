#!/usr/bin/env bash
# Builds Career Compare's Windows Installer package from a packaged exe with
# Debian's wixl (package wixl, msitools), from CareerCompare.wxs beside this
# script. The name, the addresses and the descriptions are FyneApp.toml's;
# the icon (.ico, 16 to 256 px) is made from assets/icon.png here with
# ImageMagick, in a temporary folder; nothing it writes but OUT stays.
#
# Usage: scripts/msi/build.sh EXE VERSION OUT
#   EXE      dist/CareerCompare.exe (scripts/dist.sh windows builds it)
#   VERSION  x.y.z: scripts/dist.sh passes FyneApp.toml's Version; only the
#            MSI test (scripts/wine-msi.sh) passes another, to build a newer
#            package for the upgrade
#   OUT      the .msi to write
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# = 3 ] || { echo "usage: $0 EXE VERSION OUT" >&2; exit 2; }
exe=$(realpath "$1") version=$2 out=$(realpath -m "$3")

die() { echo "msi: $*" >&2; exit 1; }
[ -f "$exe" ] || die "no $exe (scripts/dist.sh windows builds it)"
for tool in wixl convert; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/deps.sh dist installs it)"
done
# Windows Installer versions: major and minor up to 255, the third part up
# to 65535; a fourth part would be ignored by upgrades, so there is none.
if ! [[ $version =~ ^([0-9]{1,5})\.([0-9]{1,5})\.([0-9]{1,5})$ ]] ||
  [ "${BASH_REMATCH[1]}" -gt 255 ] || [ "${BASH_REMATCH[2]}" -gt 255 ] || [ "${BASH_REMATCH[3]}" -gt 65535 ]; then
  die "version '$version' is not x.y.z with x, y up to 255 and z up to 65535 (Windows Installer's ProductVersion)"
fi

# FyneApp.toml's values (scripts/appmeta.sh).
# shellcheck source=scripts/appmeta.sh
. "$root/scripts/appmeta.sh"
name=$(appmeta_xml Name) && website=$(appmeta_xml Website) && description=$(appmeta_xml Description) &&
  summary=$(appmeta_xml Comment) || die "FyneApp.toml (above)"
manufacturer=$appmeta_publisher

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# wixl takes file names relative to the folder it runs in.
cp "$here/CareerCompare.wxs" "$work/"
ln -s "$exe" "$work/CareerCompare.exe"
convert "$root/assets/icon.png" -define icon:auto-resize=256,64,48,32,16 "$work/CareerCompare.ico"
(cd "$work" && wixl -a x64 -o product.msi \
  -D Version="$version" -D Name="$name" -D Manufacturer="$manufacturer" -D Website="$website" \
  -D Description="$description" -D Summary="$summary" \
  -D Exe=CareerCompare.exe -D Icon=CareerCompare.ico CareerCompare.wxs) 2>"$work/wixl.err" || {
  cat "$work/wixl.err" >&2
  die "wixl failed"
}
# wixl reports an unknown attribute as a GLib warning and goes on: none is
# allowed.
if grep -v '^$' "$work/wixl.err" | grep .; then die "wixl warned (above)"; fi
mv "$work/product.msi" "$out"
echo "    $(basename "$out"): $name $version, $(stat -c %s "$out") bytes, from $(basename "$exe") ($(stat -c %s "$exe") bytes)"
