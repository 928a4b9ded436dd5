#!/usr/bin/env bash
# Runs every fuzz target of ./model and ./officialdata for SECONDS
# seconds each (default 5):
#   scripts/fuzz.sh [SECONDS]
# go test fuzzes one target per run, so this loops over them, without -race
# (the race detector slows fuzzing down tenfold). A failing input is written
# by go test to <package>/testdata/fuzz/<Target>/ and the script exits 1.
#
# Each new input is minimized for at most FUZZ_MINIMIZE (default 1s) rather
# than go test's 60s: the seed corpus holds the 15-20 KB edition files, and
# minimizing their offspring for a minute each would take all the time.
#
# Go up to 1.26 can end a run that found nothing with a bare "context
# deadline exceeded" when its workers are slow to stop at the -fuzztime
# deadline (golang/go#75804, likeliest on a busy machine). Such a run wrote
# no failing input; the script says so, replays the target's corpus to be
# sure, and does not count it as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
minimize=${FUZZ_MINIMIZE:-1s}
case $seconds in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac
packages="model officialdata"
tags=$(cat scripts/buildtags)
targets=$(for p in $packages; do grep -ho '^func Fuzz[A-Za-z0-9_]*' "$p"/*_test.go | sed "s|^func |$p |"; done | sort -u)
if [ -z "$targets" ]; then
  echo "fuzz.sh: no fuzz targets in $packages" >&2
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=() flaked=()
while read -r pkg name; do
  echo "==> $pkg $name (${seconds}s)"
  corpus=$pkg/testdata/fuzz/$name
  before=$(ls "$corpus" 2>/dev/null | sort || true)
  if go test -tags "$tags" -run '^$' -fuzz "^${name}\$" -fuzztime "${seconds}s" -fuzzminimizetime "$minimize" "./$pkg" </dev/null 2>&1 | tee "$log"; then
    continue
  fi
  after=$(ls "$corpus" 2>/dev/null | sort || true)
  if [ "$before" = "$after" ] && grep -q 'context deadline exceeded' "$log" &&
     ! grep -q -e '^panic:' -e 'Failing input written' "$log" &&
     go test -tags "$tags" -run "^${name}\$" "./$pkg" </dev/null >/dev/null; then
    echo "fuzz.sh: $name: stopped by the -fuzztime deadline race (golang/go#75804), no failing input; corpus replays clean"
    flaked+=("$name")
    continue
  fi
  failed+=("$name")
done <<<"$targets"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]} (failing inputs in <package>/testdata/fuzz/)" >&2
  exit 1
fi
echo "fuzz.sh: $(echo "$targets" | wc -l) targets, ${seconds}s each: no failure${flaked:+ (deadline race in: ${flaked[*]})}"
