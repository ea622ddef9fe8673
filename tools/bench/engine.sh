#!/bin/bash
# Benchmark (not a test): edgectl's engine face against its peers, in one
# interleaved run on the same busybox rootfs (tests/integration/mkrootfs.sh):
#  1. `run --rm IMG /bin/true`, no network: edgectl, podman (crun, conmon),
#     ctr (containerd, runc shim) and `crun run` of an equivalent bundle,
#     the floor; medians and ratios to the floor.
#  2. DETACHED (20) `sleep` containers launched at once: wall time until the
#     tool's own ps/list shows all of them running (then removed, untimed);
#     edgectl/podman/ctr `run -d` against `crun run -d` of as many bundles.
#  3. Pss of the per-container monitor of one running container, read 3 s
#     after start (edgectl's shim trims itself after a quiet second):
#     edgectl-shim, conmon, containerd-shim-runc-v2.
# Same work for every tool: the same command, no network, each tool's default
# capabilities and seccomp (ctr applies none without --seccomp, so it gets
# --seccomp; the crun bundle gets docker's profile from default-seccomp.sh and
# docker's 14 capabilities). crun refuses this machine's hybrid cgroups, so
# everything runs inside one private mount namespace where
# /sys/fs/cgroup/unified is unmounted: all tools see the same v1 layout.
# Usage: tools/bench/engine.sh [RUNS] [ROUNDS]   (as root, after a build)
#   RUNS: part 1 runs per tool (20); ROUNDS: part 2 and 3 rounds per tool (5)
set -uo pipefail
self=$(readlink -f "$0")
src=$(cd "$(dirname "$self")/../.." && pwd)
export EDGECTL=${EDGECTL:-$src/build/edgectl}
export DETACHED=${DETACHED:-20}
# containerd's namespace, also its parent cgroup (removed at the end): per run.
export NS=${NS:-engine-bench-$$}
IMG_EC=busybox:bench IMG_POD=localhost/busybox:bench IMG_CTR=docker.io/library/busybox:bench

# --- helpers shared by both sides (W is the work dir) -----------------------
# Arrays (timeout runs them) and functions of the same name for brevity.
tools_env() {
  C=$W/containerd
  ED=("$EDGECTL" --root "$W/edgectl" --config "$W/edgectl.json")
  POD=(env CONTAINERS_CONF="$W/containers.conf" podman --root "$W/podman" --runroot "$W/podman-run"
    --tmpdir "$W/podman-tmp" --storage-driver overlay --cgroup-manager cgroupfs
    --events-backend file --runtime crun)
  CTR=(ctr -a "$C/c.sock" -n "$NS")
  CRUN=(crun --root "$W/crun")
  ed() { "${ED[@]}" "$@"; }
  pod() { "${POD[@]}" "$@"; }
  c() { "${CTR[@]}" "$@"; }
  crun_() { "${CRUN[@]}" "$@"; }
  # ctr run's runtime state and fifos stay in the work dir too.
  CTR_RUN=(--seccomp --runc-root "$W/runc" --fifo-dir "$W/fifo")
}

# Remove every container of every tool and stop containerd; idempotent, so
# the outer trap can run it again (inside the namespace) after a kill.
clean_all() {
  local ids
  ids=$(timeout 30 "${ED[@]}" ps -aq 2>/dev/null) && [ -n "$ids" ] && timeout 120 "${ED[@]}" rm -f $ids >/dev/null 2>&1
  timeout 180 "${POD[@]}" rm -af -t 0 >/dev/null 2>&1
  if [ -S "$C/c.sock" ]; then
    for id in $(timeout 10 "${CTR[@]}" task ls -q 2>/dev/null); do timeout 30 "${CTR[@]}" task rm -f "$id" >/dev/null 2>&1; done
    for id in $(timeout 10 "${CTR[@]}" container ls -q 2>/dev/null); do timeout 30 "${CTR[@]}" container rm "$id" >/dev/null 2>&1; done
  fi
  for id in $(timeout 10 "${CRUN[@]}" list -q 2>/dev/null); do timeout 30 "${CRUN[@]}" delete -f "$id" >/dev/null 2>&1; done
  if [ -s "$W/containerd.pid" ]; then
    local p; p=$(cat "$W/containerd.pid")
    kill "$p" 2>/dev/null
    for i in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$p" 2>/dev/null
    rm -f "$W/containerd.pid"
  fi
}

# --- inside the private mount namespace -------------------------------------
inside() {
  W=$1 RUNS=$2 ROUNDS=$3
  tools_env
  readlink /proc/self/ns/mnt > "$W/mntns"
  mountpoint -q /sys/fs/cgroup/unified && umount /sys/fs/cgroup/unified
  trap 'clean_all; : > "$W/cleaned"' EXIT
  trap 'exit 130' INT TERM

  containerd --config "$C/config.toml" > "$C/log" 2>&1 &
  echo $! > "$W/containerd.pid"
  for i in $(seq 100); do [ -S "$C/c.sock" ] && break; sleep 0.1; done
  [ -S "$C/c.sock" ] || { echo "containerd did not start:"; tail -5 "$C/log"; return 1; } >&2

  ed import "$W/rootfs.tar" "$IMG_EC" >/dev/null || { echo "edgectl import failed" >&2; return 1; }
  ed save -o "$W/bb-docker.tar" "$IMG_EC" || { echo "edgectl save failed" >&2; return 1; }
  pod import -q "$W/rootfs.tar" "$IMG_POD" >/dev/null || { echo "podman import failed" >&2; return 1; }
  c image import "$W/bb-docker.tar" >/dev/null || { echo "ctr import failed" >&2; return 1; }
  c image ls -q | grep -qx "$IMG_CTR" || { echo "ctr did not name the image $IMG_CTR: $(c image ls -q)" >&2; return 1; }

  local names=(edgectl podman ctr crun)
  # Part 1. A warm-up round (untimed) first: the first run of a tool pays
  # for cold caches and lazily created state.
  run_edgectl() { ed run --rm --network none "$IMG_EC" /bin/true; }
  run_podman() { pod run --rm --network none "$IMG_POD" /bin/true; }
  run_ctr() { c run --rm "${CTR_RUN[@]}" "$IMG_CTR" "t$1" /bin/true; }
  run_crun() { crun_ run -b "$W/bundle-true" "t$1"; }
  # Timed without a subshell: $EPOCHREALTIME around the call, output to a file.
  local i k n t0 t1
  for ((i = -1; i < RUNS; i++)); do
    for ((k = 0; k < ${#names[@]}; k++)); do
      n=${names[$(( (i + 1 + k) % ${#names[@]} ))]}
      t0=$EPOCHREALTIME
      if "run_$n" "$((i + 1))" >"$W/out" 2>&1 && t1=$EPOCHREALTIME && [ ! -s "$W/out" ]; then
        ((i >= 0)) && echo "$n $((${t1/./} - ${t0/./}))" >> "$W/part1"
      else
        echo "part 1: $n failed in run $i: $(head -c 500 "$W/out")" >&2
      fi
    done
  done

  # Part 2.
  start_edgectl() { ed run -d --network none --name "d-$1" "$IMG_EC" sleep 1000; }
  start_podman() { pod run -d --network none --name "d-$1" "$IMG_POD" sleep 1000; }
  start_ctr() { c run -d "${CTR_RUN[@]}" "$IMG_CTR" "d-$1" sleep 1000; }
  start_crun() { crun_ run -d -b "$W/bundles/${1##*-}" "d-$1"; }
  running_edgectl() { ed ps -q | wc -l; }
  running_podman() { pod ps -q --filter status=running | wc -l; }
  running_ctr() { c task ls | awk '$3 == "RUNNING"' | wc -l; }
  running_crun() { crun_ list -f json | jq '[.[] | select(.status == "running")] | length'; }
  local r j pids fails got
  for ((r = 0; r < ROUNDS; r++)); do
    for ((k = 0; k < ${#names[@]}; k++)); do
      n=${names[$(( (r + k) % ${#names[@]} ))]}
      pids=() fails=0 got=0
      t0=$EPOCHREALTIME
      for ((j = 0; j < DETACHED; j++)); do
        "start_$n" "$r-$j" </dev/null >/dev/null 2>>"$W/err-$n" &
        pids+=($!)
      done
      for p in "${pids[@]}"; do wait "$p" || fails=$((fails + 1)); done
      for ((j = 0; j < 2400 && fails == 0; j++)); do
        got=$("running_$n" 2>/dev/null)
        [ "${got:-0}" -ge "$DETACHED" ] && break
        sleep 0.05
      done
      t1=$EPOCHREALTIME
      if ((fails == 0)) && [ "${got:-0}" -ge "$DETACHED" ]; then
        echo "$n $((${t1/./} - ${t0/./}))" >> "$W/part2"
      else
        echo "part 2: $n round $r: $fails launches failed, $got running:" >&2
        tail -3 "$W/err-$n" >&2
      fi
      clean_all_of "$n"
    done
  done

  # Part 3. One sleeping container per engine, started one after another,
  # then each shim's smaps_rollup 3 s after the last start.
  local id pid
  for ((r = 0; r < ROUNDS; r++)); do
    id=$(ed run -d --network none --name "p-$r" "$IMG_EC" sleep 1000) || echo "part 3: edgectl run -d failed" >&2
    pod run -d --network none --name "p-$r" "$IMG_POD" sleep 1000 >/dev/null || echo "part 3: podman run -d failed" >&2
    c run -d "${CTR_RUN[@]}" "$IMG_CTR" "p-$r" sleep 1000 >/dev/null || echo "part 3: ctr run -d failed" >&2
    sleep 3
    pid=$(jq -r .shim_pid "$W/edgectl/containers/$id/state.json" 2>/dev/null)
    shim_mem edgectl-shim "$pid"
    shim_mem conmon "$(pod inspect -f '{{.State.ConmonPid}}' "p-$r" 2>/dev/null)"
    pid=$(cat "$C/state/io.containerd.runtime.v2.task/$NS/p-$r/shim.pid" 2>/dev/null)
    if [ -z "$pid" ]; then  # the task's parent is its shim
      pid=$(c task ls | awk -v id="p-$r" '$1 == id {print $2}')
      pid=$(ps -o ppid= -p "$pid" 2>/dev/null | tr -d ' ')
    fi
    shim_mem containerd-shim-runc-v2 "$pid"
    clean_all_of edgectl; clean_all_of podman; clean_all_of ctr
  done
}

# "NAME PSS_KB RSS_KB" of a shim pid, checked by its process name.
shim_mem() {
  local want=$1 pid=$2 comm
  comm=$(cat "/proc/$pid/comm" 2>/dev/null)
  # comm is cut at 15 chars: containerd-shim-runc-v2 reads containerd-shim
  if [ -z "$pid" ] || [ "${want:0:15}" != "$comm" ]; then
    echo "part 3: no $want process (pid '${pid}', comm '$comm')" >&2
    return
  fi
  awk -v n="$want" '/^Pss:/ {p=$2} /^Rss:/ {r=$2} END {print n, p, r}' "/proc/$pid/smaps_rollup" >> "$W/part3"
}

clean_all_of() {
  local ids
  case $1 in
    edgectl) ids=$(ed ps -aq) && [ -n "$ids" ] && ed rm -f $ids >/dev/null ;;
    podman) pod rm -af -t 0 >/dev/null ;;
    ctr)
      for id in $(c task ls -q); do c task rm -f "$id" >/dev/null 2>&1; done
      for id in $(c container ls -q); do c container rm "$id" >/dev/null; done ;;
    crun) for id in $(crun_ list -q); do crun_ delete -f "$id" >/dev/null; done ;;
  esac
  # let the tool's teardown (podman's exit commands, shims) settle
  sleep 1
}

if [ "${1:-}" = --inside ]; then inside "$2" "$3" "$4"; exit; fi
if [ "${1:-}" = --cleanup ]; then W=$2; tools_env; clean_all; exit; fi

# --- outside: prepare, run the namespace side, report -----------------------
RUNS=${1:-20} ROUNDS=${2:-5}
[ -x "$EDGECTL" ] || { echo "build first: $EDGECTL missing" >&2; exit 1; }
need() { command -v "$1" >/dev/null || apt-get install -y -qq "$2" >/dev/null || { echo "cannot install $2" >&2; exit 1; }; }
need podman podman; need crun crun; need conmon conmon; need containerd containerd; need ctr containerd
need runc runc; need jq jq; need bc bc
[ -x /bin/busybox ] || apt-get install -y -qq busybox-static >/dev/null

W=$(mktemp -d /var/tmp/edgectl-engine-bench.XXXXXX)
export ENGINE_BENCH_W=$W
tools_env
cleanup() {
  # The namespace side cleans up after itself; if it was killed, run its
  # cleanup again inside its namespace, then end what is left there (our
  # containerd and shims). A process counts as ours only when it is in that
  # namespace and carries our marker in its environment (a namespace inode
  # can be reused once the namespace is gone).
  local ns p left=()
  if [ -s "$W/mntns" ] && [ ! -e "$W/cleaned" ]; then
    ns=$(cat "$W/mntns")
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/ns/mnt" 2>/dev/null)" = "$ns" ] &&
        tr '\0' '\n' 2>/dev/null < "$p/environ" | grep -qxF "ENGINE_BENCH_W=$W" && left+=("${p#/proc/}")
    done
    if ((${#left[@]})); then
      nsenter --mount="/proc/${left[0]}/ns/mnt" bash "$self" --cleanup "$W" 2>/dev/null
      for p in "${left[@]}"; do kill -9 "$p" 2>/dev/null; done
    fi
  fi
  # containerd leaves the namespace's (empty) parent cgroup behind
  rmdir /sys/fs/cgroup/*/"$NS" /sys/fs/cgroup/"$NS" 2>/dev/null
  rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash "$src/tests/integration/mkrootfs.sh" "$W/rootfs" >/dev/null || exit 1
tar -C "$W/rootfs" -cf "$W/rootfs.tar" . || exit 1
mkdir -p "$W/podman-tmp" "$W/runc" "$W/fifo" "$W/bundles" "$C"
echo "{\"run-root\": \"$W/edgectl-run\", \"default-network\": \"none\"}" > "$W/edgectl.json"
# This machine's hard RLIMIT_NOFILE is 20000 (see ARCHITECTURE §7).
cat > "$W/containers.conf" <<EOF2
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
runtime = "crun"
EOF2
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
# crun's own bundles: its default spec with a writable root (as the engines
# give), docker's capabilities and seccomp profile; all share one rootfs.
bash "$src/tools/bench/default-seccomp.sh" > "$W/seccomp.json" || exit 1
mkdir -p "$W/bundle-true"
crun spec -b "$W/bundle-true" || exit 1
caps='["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_FSETID","CAP_FOWNER","CAP_MKNOD","CAP_NET_RAW","CAP_SETGID",
  "CAP_SETUID","CAP_SETFCAP","CAP_SETPCAP","CAP_NET_BIND_SERVICE","CAP_SYS_CHROOT","CAP_KILL","CAP_AUDIT_WRITE"]'
jq --slurpfile sc "$W/seccomp.json" --argjson caps "$caps" --arg root "$W/rootfs" '
  .process.terminal = false | .process.args = ["/bin/true"] | .root = {path: $root, readonly: false} |
  .process.capabilities = {bounding: $caps, effective: $caps, permitted: $caps} |
  .linux.seccomp = $sc[0]' "$W/bundle-true/config.json" > "$W/c.json" &&
  mv "$W/c.json" "$W/bundle-true/config.json" || exit 1
for ((j = 0; j < DETACHED; j++)); do
  mkdir -p "$W/bundles/$j"
  jq '.process.args = ["sleep", "1000"]' "$W/bundle-true/config.json" > "$W/bundles/$j/config.json" || exit 1
done

load0=$(cut -d' ' -f1-3 /proc/loadavg)
unshare -m --propagation private bash "$self" --inside "$W" "$RUNS" "$ROUNDS"
rc=$?
load1=$(cut -d' ' -f1-3 /proc/loadavg)
((rc == 0)) || echo "the namespace side failed (exit $rc); figures below may be partial" >&2

median() { sort -n | awk '{a[NR]=$1} END {if (NR) printf "%d\n", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
med() { [ -f "$W/$1" ] && awk -v n="$2" -v c="${3:-2}" '$1==n {print $c}' "$W/$1" | median; }
cnt() { [ -f "$W/$1" ] && awk -v n="$2" '$1==n' "$W/$1" | wc -l || echo 0; }
ms() { [ -n "$1" ] && printf '%.1f' "$(echo "$1/1000" | bc -l)" || printf 'failed'; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ] && printf '%.2f' "$(echo "$1/$2" | bc -l)" || printf 'n/a'; }

echo "load average before: $load0   after: $load1   ($(nproc) cpus)"
echo
echo "1. run --rm busybox /bin/true, no network (runs=$RUNS each, interleaved)"
floor=$(med part1 crun)
printf '%-30s %10s %6s %16s\n' tool "median ms" runs "vs crun bundle"
for n in edgectl podman ctr crun; do
  case $n in
    edgectl) label="edgectl run --rm" ;; podman) label="podman run --rm (crun)" ;;
    ctr) label="ctr run --rm (runc shim)" ;; crun) label="crun run (bundle)" ;;
  esac
  v=$(med part1 $n)
  printf '%-30s %10s %6s %16s\n' "$label" "$(ms "$v")" "$(cnt part1 $n)" "$(ratio "$v" "$floor")"
done
printf 'ratio edgectl/crun-bundle = %s (target <= 1.0)   podman/crun-bundle = %s   ctr/crun-bundle = %s\n' \
  "$(ratio "$(med part1 edgectl)" "$floor")" "$(ratio "$(med part1 podman)" "$floor")" "$(ratio "$(med part1 ctr)" "$floor")"
echo
echo "2. $DETACHED detached sleep containers launched at once, until all run (rounds=$ROUNDS each)"
floor=$(med part2 crun)
printf '%-30s %10s %6s %16s\n' tool "median ms" rounds "vs crun -d"
for n in edgectl podman ctr crun; do
  case $n in
    edgectl) label="edgectl run -d" ;; podman) label="podman run -d (crun)" ;;
    ctr) label="ctr run -d (runc shim)" ;; crun) label="crun run -d (bundles)" ;;
  esac
  v=$(med part2 $n)
  printf '%-30s %10s %6s %16s\n' "$label x$DETACHED" "$(ms "$v")" "$(cnt part2 $n)" "$(ratio "$v" "$floor")"
done
printf 'ratio edgectl/crun-d = %s (target <= 1.5)   podman/crun-d = %s   ctr/crun-d = %s\n' \
  "$(ratio "$(med part2 edgectl)" "$floor")" "$(ratio "$(med part2 podman)" "$floor")" "$(ratio "$(med part2 ctr)" "$floor")"
echo
echo "3. memory of the monitor of one running container, 3 s after start (samples=$ROUNDS each)"
e=$(med part3 edgectl-shim 2)
printf '%-30s %10s %10s %8s %16s\n' shim "Pss KB" "Rss KB" samples "Pss vs edgectl"
for n in edgectl-shim conmon containerd-shim-runc-v2; do
  v=$(med part3 $n 2)
  printf '%-30s %10s %10s %8s %16s\n' "$n" "${v:-failed}" "$(med part3 $n 3)" "$(cnt part3 $n)" "$(ratio "$v" "$e")"
done
printf 'edgectl-shim Pss = %s KB (target <= 150)   conmon/edgectl-shim = %s   containerd-shim/edgectl-shim = %s\n' \
  "${e:-n/a}" "$(ratio "$(med part3 conmon 2)" "$e")" "$(ratio "$(med part3 containerd-shim-runc-v2 2)" "$e")"
echo "(Pss splits shared pages among all processes mapping them: other conmons or"
echo " containerd-shims on the machine lower theirs; Rss does not.)"
exit $rc
