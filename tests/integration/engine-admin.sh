#!/bin/bash
# stats, top, update, events, container prune, info, ps --format json/--size.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
engine_image || { not_ok "import the busybox image"; finish; }
ID=$(e run -d --name st -m 32m --pids-limit 20 busybox:test sh -c 'dd if=/dev/zero of=/tmp/f bs=1k count=512 2>/dev/null; while :; do sleep 1; done')
sleep 0.5
OUT=$(e stats --no-stream --format json st)
check_eq "stats: the memory limit" "$(echo "$OUT" | jq -r '.[0].MemLimit')" 33554432
check "stats: memory in use" test "$(echo "$OUT" | jq -r '.[0].MemUsage')" -gt 0
check "stats: pids" test "$(echo "$OUT" | jq -r '.[0].PIDs')" -ge 2
check_contains "stats: table" "$(e stats --no-stream)" "MEM USAGE / LIMIT"
OUT=$(e top st)
check_contains "top: the container's processes" "$OUT" "sleep 1"
check_contains "top: ps columns" "$OUT" "UID"
e update --memory 48m --pids-limit 30 st >/dev/null
check_eq "update: applied to the running container" "$(e exec st sh -c 'cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max')" 30
check_eq "update: stats sees the new limit" "$(e stats --no-stream --format json st | jq -r '.[0].MemLimit')" 50331648
e update --restart always st >/dev/null
check_eq "update --restart" "$(e inspect st | jq -r '.[0].HostConfig.RestartPolicy.Name')" "always"
kill -9 "$(e inspect st | jq -r '.[0].State.Pid')"
wait_for "the updated policy restarts it" 10 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect st | jq -r '.[0].RestartCount')\" -ge 1 ]"
check_eq "update survives the restart" "$(e exec st sh -c 'cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max')" 30
check "ps --size" sh -c "$EDGECTL --root $STORE --config $CFG ps --format json --size | jq -e '.[0].SizeRw > 500000' >/dev/null"
OUT=$(e events --since 1h --until 0s)
check_contains "events: create" "$OUT" "container create $ID"
check_contains "events: start" "$OUT" "container start $ID"
check_contains "events: die with the exit code" "$OUT" "exitCode=137"
check_contains "events: restart" "$OUT" "container restart $ID"
check_eq "events --filter event=create" "$(e events --since 1h --until 0s --filter event=create | wc -l)" 1
"$EDGECTL" --root "$STORE" --config "$CFG" events --filter event=destroy > "$T/follow.txt" 2>&1 &
FOLLOW=$!
sleep 0.5
e rm -f st >/dev/null
wait_for "events follows new events" 5 grep -q "container destroy $ID" "$T/follow.txt"
kill $FOLLOW 2>/dev/null
e create --name c1 busybox:test true >/dev/null
e run -d --name c2 busybox:test sleep 30 >/dev/null
OUT=$(e container prune -f)
check_contains "container prune: removes stopped ones" "$OUT" "$(e ps -aq --no-trunc --filter name=c2 >/dev/null; echo)"
check_eq "container prune keeps running ones" "$(e ps -aq | wc -l)" 1
check_eq "container ls (management spelling)" "$(e container ls -q | wc -l)" 1
OUT=$(e info --format json)
check_eq "info: running count" "$(echo "$OUT" | jq -r .ContainersRunning)" 1
check "info: cgroup version" test -n "$(echo "$OUT" | jq -r .CgroupVersion)"
check_contains "info: runtimes" "$(e info)" "Runtimes: builtin"
finish
