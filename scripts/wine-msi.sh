#!/usr/bin/env bash
# Installs, upgrades and uninstalls the Windows Installer package under Wine
# (Debian's Wine 8), as a school's IT department would push it, and shows
# what went where:
#   - silent install (msiexec /i … /qn): the exe in C:\Program Files\Career
#     Compare (the package's own, byte for byte), the Start-menu shortcut
#     with its target and icon, the Add/Remove Programs entry (name,
#     version, publisher, addresses, install folder) and the product's icon,
#     all registered for the machine (HKLM);
#   - the installed exe: --version (the Linux binary's), an export (the
#     Linux binary's PNG byte for byte);
#   - upgrade: a second package of a higher version (the same exe, taken out
#     of the first with msiextract; scripts/msi/build.sh) installed over it:
#     one entry left, the new version;
#   - downgrade: the first package again over the newer one: refused (exit
#     1603, the newer product detected), the newer one left as it was;
#   - silent uninstall (msiexec /x … /qn): nothing left in Program Files,
#     the Start menu, the Add/Remove Programs list or the installer's cache.
# The prefix is new, in a temporary folder (scripts/wine/lib.sh, with the
# test-only bcryptprimitives.dll and uiautomationcore.dll: see
# scripts/wine.sh); nothing here needs a display.
#
# Wine 8 puts a per-machine package's shortcut into the user's Start menu
# folder (its msi sets ProgramMenuFolder from CSIDL_PROGRAMS whatever
# ALLUSERS says, a FIXME in its source); Windows puts it into the all-users
# one, C:\ProgramData\Microsoft\Windows\Start Menu\Programs. The script
# looks where the installer's own ProgramMenuFolder property says.
#
# Usage: scripts/wine-msi.sh [MSI [LINUX_BINARY]]
#   (default dist/CareerCompare-windows-amd64.msi, from scripts/dist.sh msi,
#   and ./careercompare)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
msi=$(realpath "${1:-dist/CareerCompare-windows-amd64.msi}")
linux=$(realpath "${2:-./careercompare}")
[ -f "$msi" ] || { echo "wine-msi: no $msi (scripts/dist.sh msi builds it)" >&2; exit 1; }
[ -x "$linux" ] || { echo "wine-msi: no Linux binary $linux (make build)" >&2; exit 1; }

work=$(mktemp -d /tmp/careercompare-msi.XXXXXX)
failed=0
cleanup() {
  # Only this script's own wineserver.
  if [ -d "$work/prefix" ]; then WINEPREFIX=$work/prefix timeout 20 wineserver -k 2>/dev/null || true; fi
  if [ "$failed" = 0 ] && [ -z "${KEEP:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
  failed=1
  echo "wine-msi: FAIL: $*" >&2
  echo "wine-msi: everything of this run is in $work" >&2
  exit 1
}

# shellcheck source=scripts/wine/lib.sh
. scripts/wine/lib.sh
wine_env "$work"
unset DISPLAY WAYLAND_DISPLAY

for tool in wine wineserver winepath x86_64-w64-mingw32-gcc x86_64-w64-mingw32-objdump msiinfo msiextract wixl convert identify; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/deps.sh test installs it)"
done

# prop MSI NAME: a value of the package's Property table.
prop() { msiinfo export "$1" Property | tr -d '\r' | awk -F'\t' -v k="$2" '$1 == k {print $2}'; }
winpath() { winepath -w "$1" 2>/dev/null; }
# reg_values KEY: the values of KEY as NAME<TAB>VALUE lines (nothing when
# it is not there).
reg_values() {
  (w reg query "$1" 2>/dev/null || true) | tr -d '\r' |
    sed -n 's/^    \([^ ].*[^ ]\)    REG_[A-Z_]*    \(.*\)$/\1\t\2/p; s/^    \([^ ].*[^ ]\)    REG_[A-Z_]*$/\1\t/p'
}
reg_value() { reg_values "$1" | awk -F'\t' -v k="$2" '$1 == k {print $2}'; }
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
# arp_entries: the product codes of the Add/Remove Programs entries named
# Career Compare.
arp_entries() {
  local key
  (w reg query "$uninstall_key" 2>/dev/null || true) | tr -d '\r' | sed -n 's/^HKEY_LOCAL_MACHINE\\.*\\Uninstall\\\(.\+\)$/\1/p' |
    while read -r key; do
      [ "$(reg_value "$uninstall_key\\$key" DisplayName)" = "$name" ] && echo "$key"
    done
  return 0
}
# The packed form Windows Installer keys products by under
# Installer\Products: each group of the GUID reversed, the last two groups
# by byte pairs.
packed() {
  local g=${1//[\{\}]/} out="" i
  IFS=- read -r a b c d e <<<"$g"
  rev1() { echo "$1" | rev; }
  out="$(rev1 "$a")$(rev1 "$b")$(rev1 "$c")"
  for i in $(seq 0 2 $((${#d} - 2))) ; do out+="${d:$((i + 1)):1}${d:$i:1}"; done
  for i in $(seq 0 2 $((${#e} - 2))) ; do out+="${e:$((i + 1)):1}${e:$i:1}"; done
  echo "$out"
}
# msiexec_run NAME ARGS...: msiexec with a verbose log in $work/NAME.log;
# sets rc.
msiexec_run() {
  local log=$1; shift
  set +e
  T=180 w msiexec "$@" /l*v "$(winpath "$work/$log.log")" >"$work/$log.out" 2>&1
  rc=$?
  set -e
}

name=$(prop "$msi" ProductName)
version=$(prop "$msi" ProductVersion)
code=$(prop "$msi" ProductCode)
upgrade_code=$(prop "$msi" UpgradeCode)
publisher=$(prop "$msi" Manufacturer)
about=$(prop "$msi" ARPURLINFOABOUT)
for v in name version code upgrade_code; do
  [ -n "${!v}" ] || fail "$msi: its Property table has no $v"
done
echo "wine-msi: $(wine --version 2>/dev/null); $(basename "$msi"): $name $version, product $code, upgrade code $upgrade_code, $(stat -c %s "$msi") bytes; work folder $work"
pf=$work/prefix/drive_c/Program\ Files/$name

make_prefix() {
  wine_prefix || fail "the Wine prefix"
  wine_persist || fail "the Wine prefix's server"
  echo "     prefix $WINEPREFIX ($(du -sh "$WINEPREFIX" | cut -f1)); $(wine_dlls)"
}

# The newer package: the same exe, the next version.
newer_package() {
  mkdir -p "$work/x"
  msiextract -C "$work/x" "$msi" >/dev/null || fail "msiextract $msi"
  pkg_exe=$(find "$work/x" -name CareerCompare.exe -print -quit)
  [ -n "$pkg_exe" ] || fail "$msi holds no CareerCompare.exe: $(find "$work/x" -type f)"
  IFS=. read -r ma mi pa <<<"$version"
  newer_version=$ma.$mi.$((pa + 1))
  newer=$work/newer.msi
  scripts/msi/build.sh "$pkg_exe" "$newer_version" "$newer" || fail "building the newer package"
  newer_code=$(prop "$newer" ProductCode)
  [ "$(prop "$newer" UpgradeCode)" = "$upgrade_code" ] || fail "the newer package has another UpgradeCode"
  [ "$newer_code" != "$code" ] || fail "the newer package has the same ProductCode"
  echo "     $name $newer_version: product $newer_code, the same upgrade code, the same exe ($(stat -c %s "$pkg_exe") bytes)"
}

install() {
  msiexec_run install /i "$(winpath "$msi")" /qn
  [ "$rc" = 0 ] || { cat "$work/install.out" >&2; fail "msiexec /i $(basename "$msi") /qn: exit $rc (see $work/install.log)"; }
  echo "     msiexec /i $(basename "$msi") /qn: exit 0"
  # Program Files: the exe, nothing else.
  [ -d "$pf" ] || fail "no C:\\Program Files\\$name"
  local files
  files=$(cd "$pf" && find . -mindepth 1 | sort | tr '\n' ' ')
  [ "$files" = "./CareerCompare.exe " ] || fail "C:\\Program Files\\$name holds $files, want only CareerCompare.exe"
  cmp -s "$pf/CareerCompare.exe" "$pkg_exe" || fail "the installed exe is not the package's"
  echo "     C:\\Program Files\\$name\\CareerCompare.exe: $(stat -c %s "$pf/CareerCompare.exe") bytes, the package's byte for byte; nothing else there"
  # The shortcut, where the installer's ProgramMenuFolder is.
  local menu lnk icon
  menu=$(sed -n 's/^Property(S): ProgramMenuFolder = \(.*\)$/\1/p' "$work/install.log" | tr -d '\r' | head -n1)
  [ -n "$menu" ] || fail "the install log names no ProgramMenuFolder"
  lnk=$(winepath -u "${menu}$name.lnk" 2>/dev/null)
  [ -f "$lnk" ] || fail "no shortcut ${menu}$name.lnk"
  strings -a "$lnk" | grep -qxF "C:\\Program Files\\$name\\CareerCompare.exe" || fail "the shortcut does not point at C:\\Program Files\\$name\\CareerCompare.exe"
  icon=$(strings -a -el "$lnk" | grep -o 'C:\\windows\\Installer\\.*\.ico$' | head -n1)
  strings -a -el "$lnk" | grep -qF "C:\\Program Files\\$name\\" || fail "the shortcut has no working folder C:\\Program Files\\$name\\"
  [ -n "$icon" ] || fail "the shortcut has no icon from the installer's cache"
  identify "$(winepath -u "$icon")" >"$work/icon.txt" 2>&1 || fail "the shortcut's icon $icon is not a picture"
  shortcut_icon=$icon
  echo "     shortcut ${menu}$name.lnk → C:\\Program Files\\$name\\CareerCompare.exe, working folder C:\\Program Files\\$name\\, icon $icon ($(wc -l <"$work/icon.txt") images, $(awk '{print $3}' "$work/icon.txt" | sort -t x -n -u | tr '\n' ' '| sed 's/ $//') px)"
  # Add/Remove Programs, for the machine.
  local arp=$uninstall_key\\$code entries
  entries=$(arp_entries)
  [ "$entries" = "$code" ] || fail "Add/Remove Programs entries named $name: '$entries', want $code"
  reg_values "$arp" >"$work/arp.txt"
  local k want
  for k in DisplayName DisplayVersion Publisher URLInfoAbout HelpLink InstallLocation NoModify UninstallString; do
    case $k in
      DisplayName) want=$name ;;
      DisplayVersion) want=$version ;;
      Publisher) want=$publisher ;;
      URLInfoAbout) want=$about ;;
      HelpLink) want="$about#for-it-departments" ;;
      InstallLocation) want="C:\\Program Files\\$name\\" ;;
      NoModify) want=0x1 ;;
      UninstallString) want="MsiExec.exe /X$code" ;;
    esac
    [ "$(reg_value "$arp" "$k")" = "$want" ] || fail "Add/Remove Programs $k is '$(reg_value "$arp" "$k")', want '$want'"
    printf '     %s\\%s = %s\n' "HKLM\\…\\Uninstall\\$code" "$k" "$want"
  done
  # The product, registered for the machine, with its icon.
  local product
  product='HKLM\Software\Classes\Installer\Products'\\$(packed "$code")
  [ "$(reg_value "$product" ProductName)" = "$name" ] || fail "no per-machine product registration $product"
  [ "$(reg_value "$product" ProductIcon)" = "$shortcut_icon" ] || fail "$product ProductIcon is '$(reg_value "$product" ProductIcon)', want $shortcut_icon"
  echo "     $product: ProductName = $name, ProductIcon = $shortcut_icon (the icon Add/Remove Programs shows)"
  [ -z "$(reg_values 'HKCU\Software\Microsoft\Installer\Products')" ] || fail "a per-user product registration under HKCU"
  echo "     nothing registered per user (HKCU\\Software\\Microsoft\\Installer\\Products is empty)"
  shortcut=$lnk
}

installed_exe() {
  local dir=$work/run
  mkdir -p "$dir"
  cd "$dir"
  w "C:\\Program Files\\$name\\CareerCompare.exe" --version >v.win 2>v.err || fail "the installed exe's --version: exit $? $(cat v.err)"
  "$linux" --version >v.lin
  cmp -s v.win v.lin || fail "the installed exe's --version says '$(cat v.win)', the Linux binary '$(cat v.lin)'"
  echo "     C:\\Program Files\\$name\\CareerCompare.exe --version: $(cat v.win)"
  w "C:\\Program Files\\$name\\CareerCompare.exe" export --chart salary --out 'salary.png' >/dev/null 2>e.err || fail "the installed exe's export: $(cat e.err)"
  "$linux" export --chart salary --out salary-linux.png >/dev/null
  identify -format '%m %wx%h' salary.png >id.txt 2>/dev/null || fail "the installed exe's salary.png does not decode"
  cmp -s salary.png salary-linux.png || fail "the installed exe's salary.png differs from the Linux binary's"
  echo "     export --chart salary --out salary.png (in $(winpath "$dir")): $(cat id.txt), byte for byte the Linux binary's"
  cd "$root"
}

upgrade() {
  msiexec_run upgrade /i "$(winpath "$newer")" /qn
  [ "$rc" = 0 ] || { cat "$work/upgrade.out" >&2; fail "msiexec /i (the newer package) /qn: exit $rc (see $work/upgrade.log)"; }
  grep -q "^Found application: $code" "$work/upgrade.log" || fail "the newer package did not find $code (FindRelatedProducts)"
  local entries
  entries=$(arp_entries)
  [ "$entries" = "$newer_code" ] || fail "after the upgrade the entries named $name are '$(echo "$entries" | tr '\n' ' ')', want only $newer_code"
  [ "$(reg_value "$uninstall_key\\$newer_code" DisplayVersion)" = "$newer_version" ] || fail "after the upgrade DisplayVersion is $(reg_value "$uninstall_key\\$newer_code" DisplayVersion)"
  [ -z "$(reg_values "$uninstall_key\\$code")" ] || fail "the old entry $code is still there"
  cmp -s "$pf/CareerCompare.exe" "$pkg_exe" || fail "after the upgrade the installed exe is not the package's"
  [ -f "$shortcut" ] || fail "after the upgrade there is no shortcut"
  echo "     msiexec /i (the $newer_version package) /qn: exit 0; it found $code and removed it (MajorUpgrade)"
  echo "     Add/Remove Programs: one entry named $name, $newer_code, DisplayVersion $newer_version; the exe and the shortcut in place"
}

downgrade() {
  msiexec_run downgrade /i "$(winpath "$msi")" /qn
  # 1603 (ERROR_INSTALL_FAILURE), of which Wine passes on the low byte.
  [ "$rc" = $((1603 % 256)) ] || fail "msiexec /i (the older package) over the newer: exit $rc, want 1603 (as $((1603 % 256)))"
  grep -q "^Property(S): WIX_DOWNGRADE_DETECTED = $newer_code" "$work/downgrade.log" || fail "the older package did not detect the newer product (WIX_DOWNGRADE_DETECTED)"
  grep -q "LaunchConditions. Return value 0" "$work/downgrade.log" || fail "the refusal was not the launch condition's"
  local message
  message=$(msiinfo export "$msi" LaunchCondition | tr -d '\r' | awk -F'\t' '$1 == "NOT WIX_DOWNGRADE_DETECTED" {print $2}')
  [ -n "$message" ] || fail "the package has no downgrade message"
  if [ "$(arp_entries)" != "$newer_code" ] || [ "$(reg_value "$uninstall_key\\$newer_code" DisplayVersion)" != "$newer_version" ]; then
    fail "the refused downgrade changed the Add/Remove Programs entries"
  fi
  cmp -s "$pf/CareerCompare.exe" "$pkg_exe" || fail "the refused downgrade changed the installed exe"
  echo "     msiexec /i (the $version package) /qn over $newer_version: exit 1603, refused by its launch condition (WIX_DOWNGRADE_DETECTED = $newer_code); $newer_version left as it was"
  echo "     the message (Wine's log does not print it; a UI install shows it, /qn logs it on Windows): \"$message\""
}

uninstall() {
  msiexec_run uninstall /x "$(winpath "$newer")" /qn
  [ "$rc" = 0 ] || { cat "$work/uninstall.out" >&2; fail "msiexec /x (the package) /qn: exit $rc (see $work/uninstall.log)"; }
  echo "     msiexec /x (the $newer_version package) /qn: exit 0"
  [ ! -e "$pf" ] || fail "C:\\Program Files\\$name is still there: $(find "$pf")"
  [ ! -e "$shortcut" ] || fail "the shortcut is still there"
  [ -z "$(arp_entries)" ] || fail "Add/Remove Programs still lists $name: $(arp_entries)"
  [ -z "$(reg_values "HKLM\\Software\\$name")" ] || fail "HKLM\\Software\\$name is still there"
  [ -z "$(reg_values 'HKLM\Software\Classes\Installer\Products'\\"$(packed "$newer_code")")" ] || fail "the product is still registered"
  # What the app wrote for the user (its log; Fyne's preferences) is the
  # user's and stays, as with any Windows program; nothing else may.
  local left kept
  left=$(find "$work/prefix/drive_c" -iname '*career*' ! -path '*/AppData/Roaming/CareerCompare*' ! -path '*/AppData/Roaming/fyne/*' |
    sed "s|^$work/prefix/drive_c|C:|")
  [ -z "$left" ] || fail "left after the uninstall: $left"
  echo "     nothing left: no C:\\Program Files\\$name, no shortcut, no Add/Remove Programs entry, no HKLM\\Software\\$name, no product registration, no cached icon; no file or folder named *career* on C:"
  kept=$(find "$work/prefix/drive_c/users" -path '*/AppData/Roaming/CareerCompare' -o -path '*/AppData/Roaming/fyne/*' -prune | sed "s|^$work/prefix/drive_c|C:|" | tr '\n' ' ')
  echo "     the user's own files stay (the app's log and preferences, never the installer's): ${kept:-none were written}"
}

start=$(now)
sub "fresh Wine prefix (scripts/wine/lib.sh)" make_prefix
sub "a newer package: the same exe, the next version (scripts/msi/build.sh)" newer_package
sub "silent install: msiexec /i $(basename "$msi") /qn" install
sub "the installed exe: --version, an export" installed_exe
sub "upgrade: msiexec /i (the newer package) /qn" upgrade
sub "downgrade refused: msiexec /i (the older package) /qn" downgrade
sub "silent uninstall: msiexec /x (the package) /qn" uninstall
echo "wine-msi: ok in $(since "$start") s"
