#!/bin/bash
# containerd drives edgectl-runc through its runc shim: ctr run --runc-binary.
source "$(dirname "$0")/lib.sh"
RUNTIME=${IT_RUNTIME:-$EDGECTL_RUNC}
command -v containerd >/dev/null || { not_ok "containerd not installed"; finish; }
C=$T/containerd
mkdir -p "$C"
cat > "$C/config.toml" <<EOF2
version = 2
root = "$C/root"
state = "$C/state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.internal.v1.tracing", "io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "$C/c.sock"
[ttrpc]
  address = "$C/c.sock.ttrpc"
[debug]
  address = "$C/debug.sock"
EOF2
rm -f "$C/c.sock"
containerd --config "$C/config.toml" > "$C/log" 2>&1 &
cpid=$!
EXTRA_CLEANUP="kill $cpid 2>/dev/null; wait $cpid 2>/dev/null; umount -R $C/state 2>/dev/null; umount -R $C/root 2>/dev/null"
for i in $(seq 100); do [ -S "$C/c.sock" ] && break; sleep 0.1; done
check "containerd is up" test -S "$C/c.sock"
ctr_() { ctr -a "$C/c.sock" -n edgectl-it "$@"; }
bash "$EDGECTL_SRC/tests/integration/mkimage.sh" "$(base_rootfs)" "$T/bb.tar" busybox:it
ctr_ image import "$T/bb.tar" >/dev/null
check_contains "image imported" "$(ctr_ image ls -q)" "docker.io/library/busybox:it"

OUT=$(timeout 60 ctr -a "$C/c.sock" -n edgectl-it run --rm --runc-binary "$RUNTIME" docker.io/library/busybox:it it1 sh -c 'echo hello-from-ctr; exit 3' 2>&1)
RC=$?
check_eq "ctr run exit code" "$RC" 3
check_contains "ctr run output" "$OUT" "hello-from-ctr"

timeout 60 ctr -a "$C/c.sock" -n edgectl-it run -d --runc-binary "$RUNTIME" docker.io/library/busybox:it it2 sleep 300 >/dev/null
# The shim keeps runtime state under /run/containerd/runc/<namespace>: the
# container is there in our runtime's own state, so it really drove us.
check_eq "the runtime's own state says running" \
  "$("$RUNTIME" --root /run/containerd/runc/edgectl-it state it2 2>/dev/null | jq -r .status)" running
for i in $(seq 50); do [ "$(ctr_ task ls | awk '$1=="it2"{print $3}')" = RUNNING ] && break; sleep 0.1; done
check_eq "task running" "$(ctr_ task ls | awk '$1=="it2"{print $3}')" RUNNING
OUT=$(timeout 30 ctr -a "$C/c.sock" -n edgectl-it task exec --exec-id e1 it2 sh -c 'echo exec-ok; exit 4' 2>&1); RC=$?
check_contains "ctr task exec output" "$OUT" "exec-ok"
check_eq "ctr task exec exit code" "$RC" 4
OUT=$(timeout 30 ctr -a "$C/c.sock" -n edgectl-it task exec --exec-id e2 it2 /no/such 2>&1); RC=$?
check "exec of missing binary fails" test "$RC" -ne 0
check_contains "containerd shows our error" "$OUT" "/no/such"
timeout 30 ctr -a "$C/c.sock" -n edgectl-it task kill -s SIGKILL it2
for i in $(seq 100); do [ "$(ctr_ task ls | awk '$1=="it2"{print $3}')" = STOPPED ] && break; sleep 0.1; done
check_eq "task stopped after kill" "$(ctr_ task ls | awk '$1=="it2"{print $3}')" STOPPED
timeout 30 ctr -a "$C/c.sock" -n edgectl-it task delete it2 >/dev/null; check_eq "task delete" "$?" 0
timeout 30 ctr -a "$C/c.sock" -n edgectl-it container delete it2; check_eq "container delete" "$?" 0
check "no runtime state left" test -z "$(ls "$C/state/io.containerd.runtime.v2.task/edgectl-it" 2>/dev/null)"
finish
