#!/bin/bash
# Benchmark: the same busybox bundle running /bin/true under edgectl, crun
# and runc, interleaved, with cgroup limits and the default seccomp profile.
# crun refuses hybrid cgroups, so every runtime runs inside one private mount
# namespace where /sys/fs/cgroup/unified is unmounted (same layout for all);
# edgectl is also measured on the host's hybrid layout.
# Usage: tools/bench/runtime.sh [RUNS]   (as root; not a test)
set -euo pipefail
RUNS=${1:-50}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
EDGECTL_RUNC=${EDGECTL_RUNC:-$src/build/edgectl-runc}
[ -x "$EDGECTL_RUNC" ] || { echo "build first: $EDGECTL_RUNC missing" >&2; exit 1; }
for t in crun runc jq; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 1; }; done
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null

W=$(mktemp -d /tmp/edgectl-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
bash "$src/tests/integration/mkrootfs.sh" "$W/bundle/rootfs" >/dev/null
(cd "$W/bundle" && "$EDGECTL_RUNC" spec)
bash "$here/default-seccomp.sh" > "$W/seccomp.json"
jq --slurpfile sc "$W/seccomp.json" '
  .ociVersion="1.0.2-dev" | .process.terminal=false | .process.args=["/bin/true"] |
  .linux.seccomp=$sc[0] |
  .linux.resources += {memory: {limit: 268435456}, pids: {limit: 512}, cpu: {shares: 512}}' \
  "$W/bundle/config.json" > "$W/c" && mv "$W/c" "$W/bundle/config.json"

cat > "$W/loop.sh" <<'LOOP'
set -euo pipefail
W=$1 RUNS=$2 MODE=$3; shift 3
declare -A BIN=([edgectl]=$EDGECTL_RUNC [crun]=crun [runc]=runc)
names=("$@")
cd "$W/bundle"
for ((i = 0; i < RUNS; i++)); do
  # rotate the order each round so no runtime always runs first
  for ((k = 0; k < ${#names[@]}; k++)); do
    n=${names[$(( (i + k) % ${#names[@]} ))]}
    id="b-$n-$MODE-$i"
    t0=$EPOCHREALTIME
    "${BIN[$n]}" --root "$W/root-$n" run "$id" >/dev/null 2>"$W/err" || { echo "$n failed:"; cat "$W/err"; exit 1; }
    t1=$EPOCHREALTIME
    echo "$n $(( (${t1/./} - ${t0/./}) ))" >> "$W/times-$MODE"
  done
done
# peak RSS of the runtime process itself (GNU time), a few runs each
for n in "${names[@]}"; do
  for ((i = 0; i < 5; i++)); do
    /usr/bin/time -f "$n %M" -a -o "$W/rss-$MODE" "${BIN[$n]}" --root "$W/root-$n" run "r-$n-$MODE-$i" >/dev/null
  done
done
LOOP
export EDGECTL_RUNC
# Same layout for all three: private mount ns, cgroup2 (hugetlb-only) hidden.
unshare -m --propagation private bash -c "umount /sys/fs/cgroup/unified 2>/dev/null; exec bash '$W/loop.sh' '$W' '$RUNS' v1 edgectl crun runc"
# edgectl alone on the host's hybrid layout.
bash "$W/loop.sh" "$W" "$RUNS" hybrid edgectl

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print 0} else if (NR%2) {print a[(NR+1)/2]} else {print int((a[NR/2]+a[NR/2+1])/2)}}'; }
stat_of() { grep "^$2 " "$W/times-$1" | cut -d' ' -f2 | median; }
rss_of() { grep "^$2 " "$W/rss-$1" | cut -d' ' -f2 | sort -n | tail -1; }
e=$(stat_of v1 edgectl); c=$(stat_of v1 crun); r=$(stat_of v1 runc); h=$(stat_of hybrid edgectl)
printf '%-22s %12s %14s\n' "runtime (runs=$RUNS)" "median ms" "peak RSS KB"
printf '%-22s %12.2f %14s\n' "edgectl" "$(echo "$e/1000" | bc -l)" "$(rss_of v1 edgectl)"
printf '%-22s %12.2f %14s\n' "crun" "$(echo "$c/1000" | bc -l)" "$(rss_of v1 crun)"
printf '%-22s %12.2f %14s\n' "runc" "$(echo "$r/1000" | bc -l)" "$(rss_of v1 runc)"
printf '%-22s %12.2f %14s\n' "edgectl (hybrid)" "$(echo "$h/1000" | bc -l)" "$(rss_of hybrid edgectl)"
printf 'ratio edgectl/crun = %.2f   edgectl/runc = %.2f\n' "$(echo "$e/$c" | bc -l)" "$(echo "$e/$r" | bc -l)"
