#!/bin/bash
# The test command: install dependencies, build, run every unit and
# integration test, and end with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-deps.sh || exit 1
builddir=${BUILDDIR:-build}
[ -f "$builddir/build.ninja" ] || meson setup "$builddir" >/dev/null || exit 1
ninja -C "$builddir" || exit 1
meson test -C "$builddir" --print-errorlogs "$@"
rc=$?
log=$builddir/meson-logs/testlog.json
if [ ! -s "$log" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
passed=$(grep -c '"result": "OK"' "$log")
skipped=$(grep -c '"result": "SKIP"' "$log")
failed=$(grep -cE '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"' "$log")
echo "$passed passed, $failed failed, $skipped skipped"
[ "$rc" = 0 ] && [ "$failed" = 0 ]
