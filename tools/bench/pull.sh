#!/bin/bash
# Benchmark (not a test): a cold pull of a 4-layer image of ~120 MB gzip
# (random data plus thousands of small files, built locally by
# tests/integration/mkimages.sh big) from a local docker-registry, by
# edgectl, podman, containerd's ctr (pull with unpack) and `skopeo copy` to
# an OCI layout followed by `umoci unpack` (installed with apt if missing),
# interleaved, with `tar -xzf` of the same layers (one after the other) as
# the floor. Prints median seconds, peak RSS (of the biggest process of a
# run: skopeo or umoci for that leg) and the ratios to the floor.
# Usage: tools/bench/pull.sh [RUNS]   (as root, after a build)
set -uo pipefail
RUNS=${1:-3}
src=$(cd "$(dirname "$0")/../.." && pwd)
export EDGECTL=${EDGECTL:-$src/build/edgectl} EDGECTL_RUNC=${EDGECTL_RUNC:-$src/build/edgectl-runc}
export EDGECTL_TEST_CACHE=${EDGECTL_TEST_CACHE:-$src/build/tests/it-cache} EDGECTL_SRC=$src
export CUTPROXY=${CUTPROXY:-$src/build/tests/cutproxy}
[ -x "$EDGECTL" ] || { echo "build first: $EDGECTL missing" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
for t in skopeo umoci; do
  command -v $t >/dev/null || apt-get install -y -qq $t >/dev/null || { echo "cannot install $t" >&2; exit 1; }
done
# The test helpers give us a registry and the image; their checks are unused.
source "$src/tests/integration/lib.sh"
source "$src/tests/integration/lib-registry.sh"
registry_require_tools || exit 1
registry_start >/dev/null || { echo "registry failed to start" >&2; exit 1; }
layout=$(image_layout big) || exit 1
image_push big:1 big || { echo "push failed" >&2; exit 1; }
info=$(image_info big)
mapfile -t layers < <(jq -r '.manifests[0].layers[].digest' "$info")

# A private containerd for ctr (see ARCHITECTURE §7).
C=$T/containerd
mkdir -p "$C"
cat > "$C/config.toml" <<EOF2
version = 2
root = "$C/root"
state = "$C/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$C/c.sock"
[ttrpc]
  address = "$C/c.sock.ttrpc"
EOF2
containerd --config "$C/config.toml" > "$C/log" 2>&1 &
cpid=$!
EXTRA_CLEANUP+=$'\n'"kill $cpid 2>/dev/null; wait $cpid 2>/dev/null; umount -R $C/state $C/root 2>/dev/null"
for i in $(seq 100); do [ -S "$C/c.sock" ] && break; sleep 0.1; done

run_edgectl() { "$EDGECTL" --root "$1/store" pull -q "$REG/big:1" >/dev/null; }
run_podman() {
  podman --root "$1/proot" --runroot "$1/prun" --storage-driver overlay --events-backend file \
    pull -q --tls-verify=false "$REG/big:1" >/dev/null
}
run_ctr() {
  ctr -a "$C/c.sock" -n "bench$2" image pull --plain-http "$REG/big:1" >/dev/null
}
run_skopeo_umoci() {
  skopeo --insecure-policy copy --quiet --src-tls-verify=false "docker://$REG/big:1" "oci:$1/oci:big" &&
    umoci unpack --image "$1/oci:big" "$1/bundle" >/dev/null && sync -f "$1/bundle"
}
run_tar() {
  mkdir -p "$1/tar"
  for d in "${layers[@]}"; do tar -C "$1/tar" -xzf "$layout/blobs/sha256/${d#sha256:}" || return 1; done
  sync -f "$1/tar"
}
names=(edgectl podman ctr skopeo_umoci tar)
for ((i = 0; i < RUNS; i++)); do
  for ((k = 0; k < ${#names[@]}; k++)); do
    n=${names[$(( (i + k) % ${#names[@]} ))]}
    W=$T/run-$n-$i
    mkdir -p "$W"
    sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null
    /usr/bin/time -f "$n %e %M" -a -o "$T/times" bash -c "$(declare -f run_$n); $(declare -p layers layout REG C EDGECTL 2>/dev/null); run_$n '$W' '$i'" ||
      echo "$n failed in run $i" >&2
    # Keep the disk from filling: each run starts cold anyway.
    podman --root "$W/proot" --runroot "$W/prun" --storage-driver overlay rmi -a -f >/dev/null 2>&1
    ctr -a "$C/c.sock" -n "bench$i" image rm "$REG/big:1" >/dev/null 2>&1
    ctr -a "$C/c.sock" -n "bench$i" content prune references >/dev/null 2>&1
    umount -R "$W" 2>/dev/null; rm -rf "$W"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
t_of() { awk -v n="$1" '$1==n {print $2}' "$T/times" | median; }
m_of() { awk -v n="$1" '$1==n {print $3}' "$T/times" | sort -n | tail -1; }
floor=$(t_of tar)
printf '%-13s %10s %14s %12s\n' "runs=$RUNS" "median s" "peak RSS KB" "vs tar -xzf"
for n in "${names[@]}"; do
  t=$(t_of "$n")
  printf '%-13s %10.2f %14s %12.2f\n' "${n/_/+}" "$t" "$(m_of "$n")" "$(echo "$t / $floor" | bc -l)"
done
echo "(ctr's RSS is the client only; containerd itself does the work.)"
