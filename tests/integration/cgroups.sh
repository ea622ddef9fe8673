#!/bin/bash
# Cgroup limits visible in the cgroup files, update, pause/resume, kill --all,
# devices, unsupported resources, cleanup. Works on v1, v2 and hybrid.
source "$(dirname "$0")/lib.sh"

b=$(make_bundle cg sleep 100)
edit_config "$b" '.linux.cgroupsPath="/edgectl-it/cg1" |
  .linux.resources += {"memory":{"limit":67108864,"reservation":33554432,"swappiness":10},
                       "cpu":{"shares":512,"quota":50000,"period":100000,"cpus":"0","mems":"0"},
                       "pids":{"limit":64}}'
(cd "$b" && rt run -d cg1)
check_eq "running" "$(state_of cg1)" running
pid=$(rt state cg1 | jq .pid)
v1() { local c=$1; awk -F: -v c="$c" '$2 ~ "(^|,)"c"(,|$)" {print $3}' /proc/$pid/cgroup; }
if [ -d /sys/fs/cgroup/memory ]; then
  check_eq "memory cgroup path" "$(v1 memory)" /edgectl-it/cg1
  m=/sys/fs/cgroup/memory/edgectl-it/cg1
  check_eq "memory.limit_in_bytes" "$(cat $m/memory.limit_in_bytes)" 67108864
  check_eq "memory.soft_limit_in_bytes" "$(cat $m/memory.soft_limit_in_bytes)" 33554432
  check_eq "memory.swappiness" "$(cat $m/memory.swappiness)" 10
  c=/sys/fs/cgroup/cpu/edgectl-it/cg1
  check_eq "cpu.shares" "$(cat $c/cpu.shares)" 512
  check_eq "cpu.cfs_quota_us" "$(cat $c/cpu.cfs_quota_us)" 50000
  check_eq "cpu.cfs_period_us" "$(cat $c/cpu.cfs_period_us)" 100000
  check_eq "cpuset.cpus" "$(cat /sys/fs/cgroup/cpuset/edgectl-it/cg1/cpuset.cpus)" 0
  check_eq "pids.max" "$(cat /sys/fs/cgroup/pids/edgectl-it/cg1/pids.max)" 64
  check_contains "init in the pids cgroup" "$(cat /sys/fs/cgroup/pids/edgectl-it/cg1/cgroup.procs)" "$pid"
  # update live
  rt update --memory 128m --pids-limit 100 --cpu-shares 256 cg1
  check_eq "update memory" "$(cat $m/memory.limit_in_bytes)" 134217728
  check_eq "update pids" "$(cat /sys/fs/cgroup/pids/edgectl-it/cg1/pids.max)" 100
  check_eq "update cpu shares" "$(cat $c/cpu.shares)" 256
  echo '{"memory":{"limit":100663296},"pids":{"limit":50}}' > "$T/res.json"
  rt update --resources "$T/res.json" cg1
  check_eq "update --resources memory" "$(cat $m/memory.limit_in_bytes)" 100663296
  check_eq "update --resources pids" "$(cat /sys/fs/cgroup/pids/edgectl-it/cg1/pids.max)" 50
  # pause/resume through the freezer
  rt pause cg1
  check_eq "paused" "$(state_of cg1)" paused
  check_eq "freezer FROZEN" "$(cat /sys/fs/cgroup/freezer/edgectl-it/cg1/freezer.state)" FROZEN
  rt resume cg1
  check_eq "resumed" "$(state_of cg1)" running
  # blkio weight: missing file on this kernel -> clear error
  if [ ! -e /sys/fs/cgroup/blkio/blkio.weight ]; then
    echo '{"blockIO":{"weight":500}}' > "$T/blk.json"
    rt update --resources "$T/blk.json" cg1 2>"$T/err"
    check "blkio.weight unsupported fails" test $? -ne 0
    check_contains "names the file" "$(cat "$T/err")" "not supported by this kernel: blkio.weight"
  fi
fi
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then  # pure v2
  d=/sys/fs/cgroup/edgectl-it/cg1
  check_eq "memory.max" "$(cat $d/memory.max)" 67108864
  check_eq "pids.max" "$(cat $d/pids.max)" 64
  check_eq "cpu.max" "$(cat $d/cpu.max)" "50000 100000"
fi
if [ -d /sys/fs/cgroup/unified ]; then  # hybrid: the container also has a cgroup2 dir
  check "unified cgroup dir exists" test -d /sys/fs/cgroup/unified/edgectl-it/cg1
  check_contains "init in unified cgroup" "$(cat /sys/fs/cgroup/unified/edgectl-it/cg1/cgroup.procs)" "$pid"
fi

# ps lists the container's processes; kill --all reaches all of them.
rt exec -d cg1 sleep 200
check_eq "ps json has 2 pids" "$(rt ps --format json cg1 | jq length)" 2
check_contains "ps table" "$(rt ps cg1)" "sleep 200"
rt kill --all cg1 KILL
for i in $(seq 100); do [ "$(state_of cg1)" = stopped ] && break; sleep 0.05; done
check_eq "stopped after kill --all" "$(state_of cg1)" stopped
rt delete cg1
check "cgroup dirs removed" test ! -e /sys/fs/cgroup/memory/edgectl-it/cg1 -a ! -e /sys/fs/cgroup/edgectl-it/cg1
rmdir /sys/fs/cgroup/*/edgectl-it /sys/fs/cgroup/edgectl-it 2>/dev/null

# The pids limit is enforced.
b2=$(make_bundle pl sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do sleep 5 & done 2>&1; wait')
edit_config "$b2" '.linux.resources.pids={"limit":5}'
run_out "$b2" pl1
check_contains "fork beyond pids.max fails" "$OUT" "fork"

# Devices: deny all but the defaults; writing to a disallowed device fails.
b3=$(make_bundle dv sh -c 'echo x > /dev/null && echo null-ok; head -c1 /dev/mem >/dev/null 2>&1 && echo mem-open || echo mem-denied')
edit_config "$b3" '.linux.devices=[{"path":"/dev/mem","type":"c","major":1,"minor":1,"fileMode":384}] |
  .linux.resources.devices=[{"allow":false,"access":"rwm"},{"allow":true,"type":"c","major":1,"minor":3,"access":"rwm"}]'
run_out "$b3" dv1
check_contains "allowed device works" "$OUT" "null-ok"
check_contains "denied device refused" "$OUT" "mem-denied"

# systemd-style cgroupsPath with --systemd-cgroup is expanded.
b4=$(make_bundle sd sh -c 'cat /proc/self/cgroup')
edit_config "$b4" '.linux.cgroupsPath="edgectl-test.slice:ec:sd1"'
OUT=$(cd "$b4" && "$EDGECTL_RUNC" --root "$ROOT" --systemd-cgroup run sd1 2>&1)
check_contains "systemd path expanded" "$OUT" "/edgectl.slice/edgectl-test.slice/ec-sd1.scope"
OUT=$(cd "$b4" && rt run sd2 2>&1)
check_contains "systemd path without flag rejected" "$OUT" "systemd"
finish
