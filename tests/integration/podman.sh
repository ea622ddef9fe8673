#!/bin/bash
# podman drives edgectl-runc through conmon: podman --runtime.
source "$(dirname "$0")/lib.sh"
RUNTIME=${IT_RUNTIME:-$EDGECTL_RUNC}
command -v podman >/dev/null || { not_ok "podman not installed"; finish; }
P=$T/podman
mkdir -p "$P"
# This machine's hard RLIMIT_NOFILE is 20000 and CAP_SYS_RESOURCE is missing:
# podman's default 1048576 would be refused (by any runtime).
cat > "$P/containers.conf" <<EOF2
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
runtime = "edgectl"
[engine.runtimes]
edgectl = ["$RUNTIME"]
EOF2
export CONTAINERS_CONF=$P/containers.conf
POD=(podman --root "$P/root" --runroot "$P/run" --storage-driver vfs --cgroup-manager cgroupfs
  --events-backend file --runtime "$RUNTIME")
pod() { "${POD[@]}" "$@"; }
EXTRA_CLEANUP="podman --root $P/root --runroot $P/run --storage-driver vfs rm -af -t 0 >/dev/null 2>&1; umount -R $P 2>/dev/null"
bash "$EDGECTL_SRC/tests/integration/mkimage.sh" "$(base_rootfs)" "$T/bb.tar" busybox:it
pod load -q -i "$T/bb.tar" >/dev/null
check_contains "image loaded" "$(pod images --format '{{.Repository}}:{{.Tag}}')" "busybox:it"

OUT=$(timeout 120 "${POD[@]}" run --rm --network none busybox:it sh -c 'echo hello-from-podman; exit 3' 2>&1); RC=$?
check_eq "podman run exit code" "$RC" 3
check_contains "podman run output" "$OUT" "hello-from-podman"
check_eq "--rm removed it" "$(pod ps -aq | wc -l)" 0
check_contains "podman used our runtime" "$(pod info --format '{{.Host.OCIRuntime.Path}}' 2>/dev/null)" "$(basename "$RUNTIME")"

timeout 120 "${POD[@]}" run -d --name p1 --network none busybox:it sleep 300 >/dev/null
check_eq "running" "$(pod inspect -f '{{.State.Status}}' p1)" running
OUT=$(timeout 60 "${POD[@]}" exec p1 sh -c 'echo exec-ok; exit 5' 2>&1); RC=$?
check_contains "podman exec output" "$OUT" "exec-ok"
check_eq "podman exec exit code" "$RC" 5
OUT=$(timeout 60 "${POD[@]}" exec -t p1 tty 2>&1)
check_contains "podman exec -t gets a pty" "$OUT" "/dev/pts/"
timeout 60 "${POD[@]}" stop -t 2 p1 >/dev/null; check_eq "podman stop" "$?" 0
check_eq "exited" "$(pod inspect -f '{{.State.Status}}' p1)" exited
timeout 60 "${POD[@]}" rm -f p1 >/dev/null; check_eq "podman rm -f" "$?" 0
timeout 120 "${POD[@]}" run -d --name p2 --network none busybox:it sleep 300 >/dev/null
timeout 60 "${POD[@]}" rm -f -t 0 p2 >/dev/null; check_eq "podman rm -f running" "$?" 0
check_eq "nothing left" "$(pod ps -aq | wc -l)" 0
finish
