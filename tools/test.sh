#!/bin/bash
# The test command: install dependencies, build, run every unit and
# integration test, and end with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-deps.sh || exit 1
builddir=${BUILDDIR:-build}
# The boot tests (tests/boot) need every board's static build: minutes of CPU each. Start them
# now at the lowest priority, so they use what the native build and the integration tests
# leave idle; each boot test waits for its board (tools/build-board.sh locks per board).
prebuild=
if [ $# -eq 0 ] && [ "${EDGECTL_BOOT_PREBUILD:-1}" != 0 ]; then
  mkdir -p build-boards
  (for b in x86_64 aarch64 armv7hf mipsel; do
    nice -n 19 bash tools/build-board.sh "$b" >"build-boards/prebuild-$b.log" 2>&1 ||
      echo "test: background build of board $b failed (build-boards/prebuild-$b.log); its boot test builds again" >&2
  done) &
  prebuild=$!
fi
[ -f "$builddir/build.ninja" ] || meson setup "$builddir" >/dev/null || exit 1
ninja -C "$builddir" || exit 1
logs=()
rc=0
missing=0
# Unit and integration tests, then the build matrix of the feature switches
# (15 more builds at -O0 with ccache; EDGECTL_MATRIX=0 skips it). Each run
# writes its own log: testlog.json, testlog-<setup>.json.
run() {  # run LOGNAME MESON-TEST-ARGS...
  local f=$builddir/meson-logs/$1
  shift
  rm -f "$f"
  meson test -C "$builddir" --print-errorlogs "$@" || rc=1
  if [ -s "$f" ]; then logs+=("$f"); else missing=$((missing + 1)); fi
}
run testlog.json "$@"
if [ $# -eq 0 ] && [ "${EDGECTL_MATRIX:-1}" != 0 ]; then
  run testlog-matrix.json --setup matrix --suite matrix
fi
[ -z "$prebuild" ] || wait "$prebuild"
if [ ${#logs[@]} -eq 0 ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
passed=$(cat "${logs[@]}" | grep -c '"result": "OK"')
skipped=$(cat "${logs[@]}" | grep -c '"result": "SKIP"')
failed=$(( $(cat "${logs[@]}" | grep -cE '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"') + missing ))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$rc" = 0 ] && [ "$failed" = 0 ]
