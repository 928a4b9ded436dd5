# Shared by scripts/wine.sh, wine-msi.sh and bench.sh (sourced, bash): a fresh
# 64-bit Wine prefix in a folder of the caller's, with the test-only
# stand-in bcryptprimitives.dll (bcryptprimitives.c beside this file).
#
# wine_env DIR      exports WINEPREFIX=DIR/prefix and a quiet Wine that asks
#                   for no Mono or Gecko download and writes no menu entries;
#                   Wine's HOME is DIR/home (Go's caches stay where they are)
# w ARGS...         wine ARGS under a timeout (T seconds, default 60)
# wine_prefix       builds the DLL into DIR/dll, makes the prefix, copies the
#                   DLL into its system32, turns off the crash dialog
# wine_persist      starts the prefix's wineserver to stay until it is killed
#                   (wineserver -k): a wine started just as an idle server
#                   exits fails with "recvmsg: Connection reset by peer"
# sub TITLE FUNCTION ARGS...
#                   runs one timed sub-step of a script (now, since: the
#                   clock in seconds)
# Functions print why and return 1 on failure.

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf("%.1f", b - a)}'; }
sub() {
  local title=$1 t0; shift
  t0=$(now)
  echo "  -> $title"
  "$@"
  echo "  <- $title: $(since "$t0") s"
}

wine_env() {
  wine_dir=$1
  mkdir -p "$wine_dir/home"
  export WINEPREFIX=$wine_dir/prefix WINEARCH=win64 WINEDEBUG=-all
  export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
  whome=$wine_dir/home
}

w() { HOME=$whome timeout "${T:-60}" wine "$@"; }

wine_persist() { HOME=$whome timeout 20 wineserver -p || { echo "wineserver -p failed" >&2; return 1; }; }

wine_prefix() {
  local src dll sys32
  src=$(dirname "${BASH_SOURCE[0]}")/bcryptprimitives.c
  dll=$wine_dir/dll/bcryptprimitives.dll
  mkdir -p "$wine_dir/dll"
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$dll" "$src" -ladvapi32 || { echo "could not build $dll" >&2; return 1; }
  x86_64-w64-mingw32-objdump -p "$dll" | grep ProcessPrng >/dev/null || { echo "$dll does not export ProcessPrng" >&2; return 1; }
  (unset DISPLAY WAYLAND_DISPLAY; HOME=$whome timeout 180 wineboot -i) >"$wine_dir/wineboot.log" 2>&1 ||
    { cat "$wine_dir/wineboot.log" >&2; echo "wineboot failed" >&2; return 1; }
  timeout 60 wineserver -w || true
  sys32=$WINEPREFIX/drive_c/windows/system32
  [ -d "$sys32" ] || { echo "no system32 in $WINEPREFIX" >&2; return 1; }
  cp "$dll" "$sys32/"
  # A fault must not open Wine's crash dialog on the X server (it would
  # wait for a click): winedbg reports it on stderr only.
  (unset DISPLAY; w reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f) >/dev/null 2>&1 ||
    { echo "reg add failed" >&2; return 1; }
  timeout 60 wineserver -w || true
}
