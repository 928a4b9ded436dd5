#!/usr/bin/env bash
# The whole check of make test, timing each step.
set -euo pipefail
cd "$(dirname "$0")/.."
STATICCHECK=honnef.co/go/tools/cmd/staticcheck@v0.8.2
ACTIONLINT=github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
# The app's build tags (scripts/buildtags): every build, vet, check and
# test below uses them.
tags=$(cat scripts/buildtags)
total_start=$(date +%s)
# Tests that cannot run here say why in this file (internal/loudskip); it is
# printed at the end.
export CAREERCOMPARE_SKIP_LOG
CAREERCOMPARE_SKIP_LOG=$(mktemp)
beside_pid=""
trap 'rm -f "$CAREERCOMPARE_SKIP_LOG"; [ -z "$beside_pid" ] || kill "$beside_pid" 2>/dev/null || true' EXIT
step() {
  local name=$1; shift
  local t0=$(date +%s)
  echo "==> $name"
  "$@"
  echo "<== $name: $(( $(date +%s) - t0 )) s"
}
# beside NAME CMD...: starts a step in the background, beside the steps
# that follow (on two cores, the Windows exe's C compiles run while vet and
# staticcheck compile the native build's); its output is kept for joined.
beside() {
  beside_name=$1; shift
  beside_log=$(mktemp)
  beside_t0=$(date +%s)
  echo "==> $beside_name (beside the steps that follow; its output when it is joined)"
  "$@" >"$beside_log" 2>&1 &
  beside_pid=$!
}
# joined: waits for the step started by beside, prints its output and time,
# and fails as the step would have.
joined() {
  local rc=0
  wait "$beside_pid" || rc=$?
  beside_pid=""
  sed 's/^/   | /' "$beside_log"
  rm -f "$beside_log"
  echo "<== $beside_name: $(( $(date +%s) - beside_t0 )) s (beside the steps above), exit $rc"
  return "$rc"
}
gofmt_check() {
  local bad
  bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
  if [ -n "$bad" ]; then echo "gofmt would change:"; echo "$bad"; return 1; fi
}
step "system packages" scripts/deps.sh test
beside "Windows exe (checked by internal/release)" scripts/dist.sh windows
step "gofmt" gofmt_check
step "go vet" go vet -tags "$tags" ./...
step "staticcheck" go run "$STATICCHECK" -tags "$tags" ./...
step "actionlint (the workflows)" go run "$ACTIONLINT" .github/workflows/ci.yml .github/workflows/release.yml # untagged: a tool, not the app
step "build" go build -tags "$tags" -o careercompare .
joined
step "Windows MSI of that exe (checked by internal/release)" scripts/dist.sh msi
step "Linux AppStream metainfo (appstreamcli validate; checked by internal/release)" scripts/dist.sh metainfo
step "go test -race" go test -race -tags "$tags" -timeout 30m ./...
step "the Windows exe under Wine" scripts/wine.sh dist/CareerCompare.exe ./careercompare
step "the MSI under Wine: install, upgrade, downgrade, uninstall" scripts/wine-msi.sh dist/CareerCompare-windows-amd64.msi ./careercompare
step "fuzz targets, 3 s each" scripts/fuzz.sh 3
step "smoke test under Xvfb" scripts/smoke.sh ./careercompare
step "accessible HTML handout in Chromium (axe-core)" scripts/a11y.sh ./careercompare
step "60 s of scripted input on the window" scripts/soak.sh ./careercompare 60
step "offline: every subcommand and the window without network" scripts/offline.sh ./careercompare
if [ -s "$CAREERCOMPARE_SKIP_LOG" ]; then
  echo "==> SKIPPED tests (they could not run on this machine):"
  sort -u "$CAREERCOMPARE_SKIP_LOG" | sed 's/^/    SKIP /'
fi
echo "make test: all passed in $(( $(date +%s) - total_start )) s"
