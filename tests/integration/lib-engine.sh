# Helpers for the engine tests: a private store and run root, a busybox
# image imported from the shared test rootfs, and cleanup of every container
# (shims and mounts) the test made.
# Usage: source lib.sh, then this file.
STORE=$T/store
RUNR=$T/run
CFG=$T/engine.json
printf '{"run-root": "%s", "default-network": "%s"}\n' "$RUNR" "${ENGINE_NET:-none}" > "$CFG"
e() { "$EDGECTL" --root "$STORE" --config "$CFG" "$@"; }

engine_cleanup() {
  for id in $(e ps -aq --no-trunc 2>/dev/null); do e rm -f "$id" >/dev/null 2>&1; done
  # Shims or containers a test killed on purpose may leave mounts behind.
  grep -o " $T/[^ ]*" /proc/self/mountinfo | sort -r | while read -r m; do umount -l "$m" 2>/dev/null; done
}
EXTRA_CLEANUP="engine_cleanup${EXTRA_CLEANUP:+; $EXTRA_CLEANUP}"

# The busybox image (tag busybox:test), from the shared rootfs.
engine_image() {
  tar -C "$(base_rootfs)" -cf "$T/busybox.tar" . || return 1
  e import "$T/busybox.tar" busybox:test >/dev/null || return 1
  rm -f "$T/busybox.tar"
}

# wait_for DESC TIMEOUT_S CMD...: poll until CMD succeeds.
wait_for() {
  local d=$1 t=$2; shift 2
  local end=$((SECONDS + t))
  while [ $SECONDS -lt $end ]; do
    if "$@" >/dev/null 2>&1; then ok "$d"; return 0; fi
    sleep 0.1
  done
  not_ok "$d (timed out after ${t}s)"
  return 1
}
status_of() { e inspect "$1" 2>/dev/null | jq -r '.[0].State.Status'; }
