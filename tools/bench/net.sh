#!/bin/bash
# Benchmark (not a test): edgectl's networking against podman (CNI bridge,
# crun), in one interleaved run, inside a network namespace made here (no
# bridge, veth or rule reaches the host's own namespace):
#  1. start cost: `run --rm IMG /bin/true` with edgectl --network none,
#     edgectl --network bridge and podman --network bridge; medians, and
#     the ratio bridge/none (target <= 1.3).
#  2. TCP throughput through a published port on 127.0.0.1, for each of
#     edgectl's NAT backends (nftables, iptables, userspace proxy) and for
#     podman's: a python sink runs in the container's network namespace, a
#     python sender pushes SIZE_MB through host:port; median MB/s, and the
#     ratio userspace/nftables (target >= 0.5).
# crun refuses this machine's hybrid cgroups, so everything runs in a
# private mount namespace with /sys/fs/cgroup/unified unmounted.
# Usage: tools/bench/net.sh [RUNS] [ROUNDS] [SIZE_MB]  (as root, after a build)
set -uo pipefail
self=$(readlink -f "$0")
src=$(cd "$(dirname "$self")/../.." && pwd)
export EDGECTL=${EDGECTL:-$src/build/edgectl}
[ "${1:-}" = --inside ] || { RUNS=${1:-20} ROUNDS=${2:-3} SIZE_MB=${3:-1024}; }

sink_py='
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", int(sys.argv[1]))); s.listen(4)
buf = bytearray(1 << 20)
while True:
    c, _ = s.accept()
    while c.recv_into(buf): pass
    c.close()
'
send_py='
import socket, sys, time
size = int(sys.argv[3]) << 20
buf = b"x" * (1 << 20)
c = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=30)
t0 = time.monotonic(); sent = 0
while sent < size: c.sendall(buf); sent += len(buf)
c.shutdown(socket.SHUT_WR); c.recv(1); c.close()
print("%.0f" % (sent / (1 << 20) / (time.monotonic() - t0)))
'

inside() {
  W=$1
  mountpoint -q /sys/fs/cgroup/unified && umount /sys/fs/cgroup/unified
  ip link set lo up
  ED=("$EDGECTL" --root "$W/edgectl" --config "$W/edgectl.json")
  POD=(env CONTAINERS_CONF="$W/containers.conf" podman --root "$W/podman" --runroot "$W/podman-run"
    --tmpdir "$W/podman-tmp" --storage-driver overlay --cgroup-manager cgroupfs
    --events-backend file --runtime crun)
  ed() { "${ED[@]}" "$@"; }
  pod() { "${POD[@]}" "$@"; }
  trap 'ed rm -f $(ed ps -aq) >/dev/null 2>&1; pod rm -af -t 0 >/dev/null 2>&1' EXIT
  ed import "$W/rootfs.tar" bb:bench >/dev/null || { echo "edgectl import failed" >&2; return 1; }
  pod import -q "$W/rootfs.tar" localhost/bb:bench >/dev/null || { echo "podman import failed" >&2; return 1; }

  # Part 1, a warm-up round first (untimed).
  run_none() { ed run --rm --network none bb:bench /bin/true; }
  run_bridge() { ed run --rm --network bridge bb:bench /bin/true; }
  run_podman() { pod run --rm --network bridge localhost/bb:bench /bin/true; }
  local names=(none bridge podman) i k n t0 t1
  for ((i = -1; i < RUNS; i++)); do
    for ((k = 0; k < 3; k++)); do
      n=${names[$(( (i + 1 + k) % 3 ))]}
      t0=$EPOCHREALTIME
      if "run_$n" >"$W/out" 2>&1 && t1=$EPOCHREALTIME && [ ! -s "$W/out" ]; then
        ((i >= 0)) && echo "$n $((${t1/./} - ${t0/./}))" >> "$W/part1"
      else
        echo "part 1: $n failed: $(head -c 300 "$W/out")" >&2
      fi
    done
  done

  # Part 2: one container per tool/backend with a sink in its namespace.
  local b pid port=15000 r
  start_sink() {  # start_sink PID PORT: wait until it listens
    nsenter --net=/proc/$1/ns/net python3 -c "$sink_py" "$2" &
    for i in $(seq 50); do nsenter --net=/proc/$1/ns/net ss -ltn | grep -q ":$2 " && return 0; sleep 0.1; done
    return 1
  }
  for b in nftables iptables userspace; do
    jq --arg b "$b" '."nat-backend" = $b' "$W/edgectl.json" > "$W/c.tmp" && mv "$W/c.tmp" "$W/edgectl.json"
    port=$((port + 1))
    ed run -d --name "tp-$b" -p "$port:5001" bb:bench sleep 1000 >/dev/null || { echo "edgectl $b: run failed" >&2; continue; }
    pid=$(ed inspect "tp-$b" | jq -r '.[0].State.Pid')
    start_sink "$pid" 5001 || { echo "sink for $b did not start" >&2; continue; }
    echo "$b $port" >> "$W/targets"
  done
  port=$((port + 1))
  if pod run -d --name tp-podman -p "$port:5001" localhost/bb:bench sleep 1000 >/dev/null; then
    pid=$(pod inspect tp-podman --format '{{.State.Pid}}')
    start_sink "$pid" 5001 && echo "podman $port" >> "$W/targets"
  else
    echo "podman: run -p failed" >&2
  fi
  for ((r = 0; r < ROUNDS; r++)); do
    while read -r b port; do
      n=$(python3 -c "$send_py" 127.0.0.1 "$port" "$SIZE_MB" 2>"$W/err") && echo "$b $n" >> "$W/part2" ||
        echo "part 2: $b failed: $(head -c 300 "$W/err")" >&2
    done < "$W/targets"
  done
}

if [ "${1:-}" = --inside ]; then inside "$2"; exit; fi

[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
[ -x "$EDGECTL" ] || { echo "build first: $EDGECTL" >&2; exit 1; }
W=$(mktemp -d /var/tmp/edgectl-netbench.XXXXXX)
NSN=ecnetbench$$
cleanup() { ip netns del "$NSN" 2>/dev/null; umount -R "$W" 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT
bash "$src/tests/integration/mkrootfs.sh" "$W/rootfs" >/dev/null || exit 1
tar -C "$W/rootfs" -cf "$W/rootfs.tar" .
printf '{"run-root": "%s/run", "nat-backend": "nftables"}\n' "$W" > "$W/edgectl.json"
printf '[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]\n' > "$W/containers.conf"
ip netns add "$NSN"
export RUNS ROUNDS SIZE_MB sink_py send_py
nsenter --net=/run/netns/$NSN unshare -m --propagation private bash "$self" --inside "$W" || exit 1

median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print 0}'; }
echo "== start: run --rm /bin/true, $RUNS runs each, median =="
none=$(awk '$1=="none"{print $2}' "$W/part1" | median)
for n in none bridge podman; do
  m=$(awk -v n=$n '$1==n{print $2}' "$W/part1" | median)
  printf '%-18s %8.1f ms  %5.2fx edgectl none\n' "$([ $n = podman ] && echo podman-bridge || echo edgectl-$n)" \
    "$(echo "$m / 1000" | bc -l)" "$(echo "$m / $none" | bc -l)"
done
echo "== TCP through a published port on 127.0.0.1, ${SIZE_MB} MB x $ROUNDS, median MB/s =="
nft=$(awk '$1=="nftables"{print $2}' "$W/part2" | median)
for b in nftables iptables userspace podman; do
  m=$(awk -v b=$b '$1==b{print $2}' "$W/part2" | median)
  [ "$m" = 0 ] && { printf '%-18s failed\n' "$b"; continue; }
  printf '%-18s %8.0f MB/s  %5.2fx edgectl nftables\n' "$([ $b = podman ] && echo podman || echo edgectl-$b)" "$m" \
    "$(echo "$m / ${nft:-1}" | bc -l)"
done
