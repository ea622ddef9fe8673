# Shared helpers for integration tests: source from a test script.
# Environment (set by meson): EDGECTL, EDGECTL_RUNC, EDGECTL_TEST_CACHE, EDGECTL_SRC.
set -uo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "SKIP: integration tests need root"
  exit 77
fi
: "${EDGECTL:?}" "${EDGECTL_RUNC:?}" "${EDGECTL_TEST_CACHE:?}" "${EDGECTL_SRC:?}"
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:$PATH

T=$(mktemp -d /tmp/edgectl-it.XXXXXX)
chmod 711 "$T"  # a container root mapped to another uid must reach its rootfs
ROOT=$T/state
FAILS=0
CHECKS=0

rt() { "$EDGECTL_RUNC" --root "$ROOT" "$@"; }

cleanup() {
  for id in $(rt list -q 2>/dev/null); do rt delete -f "$id" >/dev/null 2>&1; done
  [ -n "${EXTRA_CLEANUP:-}" ] && eval "$EXTRA_CLEANUP"
  umount -R "$T" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT

# A read-only shared base rootfs, built once per build dir.
base_rootfs() {
  local base=$EDGECTL_TEST_CACHE/rootfs
  if [ ! -x "$base/bin/busybox" ]; then
    mkdir -p "$EDGECTL_TEST_CACHE"
    (
      flock 9
      [ -x "$base/bin/busybox" ] || { bash "$EDGECTL_SRC/tests/integration/mkrootfs.sh" "$base.tmp" && mv "$base.tmp" "$base"; }
    ) 9>"$EDGECTL_TEST_CACHE/rootfs.lock"
  fi
  echo "$base"
}

# make_bundle NAME CMD... : a bundle with its own rootfs copy and a default
# config (no terminal, no network namespace tweaks) running CMD.
make_bundle() {
  local name=$1; shift
  local b=$T/$name
  mkdir -p "$b"
  cp -a "$(base_rootfs)" "$b/rootfs"
  (cd "$b" && "$EDGECTL" oci spec)
  local args
  args=$(for a in "$@"; do printf '%s' "$a" | jq -Rs .; done | jq -s .)
  jq --argjson a "$args" '.process.terminal=false | .process.args=$a | .root.readonly=false' \
    "$b/config.json" > "$b/c.tmp" && mv "$b/c.tmp" "$b/config.json"
  echo "$b"
}

# edit_config BUNDLE JQ-FILTER [jq args...]
edit_config() {
  local b=$1 f=$2; shift 2
  jq "$@" "$f" "$b/config.json" > "$b/c.tmp" && mv "$b/c.tmp" "$b/config.json"
}

# run_out BUNDLE ID : run in the foreground, capture stdout+stderr in $OUT, exit code in $RC.
run_out() {
  OUT=$(cd "$1" && rt run "$2" 2>&1 </dev/null)
  RC=$?
}

ok() { CHECKS=$((CHECKS+1)); echo "ok - $*"; }
not_ok() { CHECKS=$((CHECKS+1)); FAILS=$((FAILS+1)); echo "not ok - $*"; }
check() { # check DESC CMD...
  local d=$1; shift
  if "$@"; then ok "$d"; else not_ok "$d"; fi
}
check_eq() { # check_eq DESC GOT WANT
  if [ "$2" == "$3" ]; then ok "$1"; else not_ok "$1: got [$2] want [$3]"; fi
}
check_contains() { # check_contains DESC HAYSTACK NEEDLE
  if [[ "$2" == *"$3"* ]]; then ok "$1"; else not_ok "$1: [$3] not in [$2]"; fi
}
check_not_contains() {
  if [[ "$2" != *"$3"* ]]; then ok "$1"; else not_ok "$1: [$3] unexpectedly in [$2]"; fi
}
finish() {
  echo "# $CHECKS checks, $FAILS failed"
  [ "$FAILS" = 0 ] && [ "$CHECKS" -gt 0 ]
  exit $?
}
state_of() { rt state "$1" 2>/dev/null | jq -r .status; }
