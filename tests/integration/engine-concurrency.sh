#!/bin/bash
# 50 concurrent `run -d` from parallel processes, then 50 concurrent `rm -f`
# mixed with more runs: the state stays consistent (every container exists
# exactly once with a unique name, nothing half-created or left behind).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
engine_image || { not_ok "import the busybox image"; finish; }
N=50
for i in $(seq 1 $N); do
  (e run -d --name "c$i" busybox:test sleep 300 > "$T/id.$i" 2> "$T/err.$i") &
done
wait
check_eq "all $N runs succeeded" "$(cat "$T"/id.* | grep -c '^[0-9a-f]\{64\}$')" "$N"
check_eq "no errors" "$(cat "$T"/err.* | wc -c)" 0
check_eq "ps shows $N running" "$(e ps -q | wc -l)" "$N"
check_eq "names are unique" "$(e ps --format json | jq -r '.[].Names' | sort -u | wc -l)" "$N"
check_eq "one shim per container" "$(pgrep -f "edgectl-shim $STORE" | wc -l)" "$N"
# The same name from 10 processes at once: exactly one wins.
for i in $(seq 1 10); do (e run -d --name same busybox:test sleep 300 >/dev/null 2>&1; echo $? > "$T/same.$i") & done
wait
check_eq "one name, ten racers: one winner" "$(cat "$T"/same.* | grep -c '^0$')" 1
# rm -f of all while 10 more runs start.
for i in $(seq 1 $N); do (e rm -f "c$i" >/dev/null 2> "$T/rmerr.$i") & done
for i in $(seq 1 10); do (e run -d --name "d$i" busybox:test sleep 300 >/dev/null 2>&1) & done
wait
check_eq "rm -f: no errors" "$(cat "$T"/rmerr.* | wc -c)" 0
check_eq "what is left: 'same' and the 10 new ones" "$(e ps -aq | wc -l)" 11
check_eq "the store holds exactly those dirs" "$(ls "$STORE/containers" | wc -l)" 11
check_eq "and exactly their names" "$(ls "$STORE/names" | wc -l)" 11
check_eq "shims left: one per container" "$(pgrep -f "edgectl-shim $STORE" | wc -l)" 11
check_eq "rootfs mounts left: one per container" "$(grep -c "$STORE/containers/.*/rootfs" /proc/self/mountinfo)" 11
for id in $(e ps -aq); do (e rm -f "$id" >/dev/null) & done
wait
check_eq "all removed" "$(ls "$STORE/containers" | wc -l)" 0
left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
finish
