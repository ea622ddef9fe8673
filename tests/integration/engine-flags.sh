#!/bin/bash
# run flags, each checked from inside the container.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
engine_image || { not_ok "import the busybox image"; finish; }
r() { e run --rm "$@" 2>&1; }
cg() { # cg CONTROLLER FILE: the file of the container's cgroup (v1 or v2), read from inside
  echo "cat /sys/fs/cgroup/$1/$2 2>/dev/null || cat /sys/fs/cgroup/$2"
}

check_eq "-e and --env-file" "$(printf 'A=1\n# c\nB=two\n' > "$T/env"; r -e C=3 --env-file "$T/env" busybox:test sh -c 'echo $A$B$C')" "1two3"
check_eq "-w (created when missing)" "$(r -w /work/dir busybox:test pwd)" "/work/dir"
check_eq "-u uid:gid" "$(r -u 1000:1001 busybox:test sh -c 'id -u; id -g' | tr '\n' ' ')" "1000 1001 "
check_eq "-u name from the image's passwd" "$(r -u nobody busybox:test id -un)" "nobody"
check_eq "--group-add" "$(r --group-add 4242 busybox:test id -G)" "0 4242"
check_eq "--entrypoint" "$(r --entrypoint /bin/echo busybox:test hi)" "hi"
check_eq "--hostname" "$(r --hostname gw1 busybox:test hostname)" "gw1"
check_eq "/etc/hostname" "$(r --hostname gw1 busybox:test cat /etc/hostname)" "gw1"
check_contains "--add-host in /etc/hosts" "$(r --add-host db:10.0.0.5 busybox:test cat /etc/hosts)" "10.0.0.5	db"
check_contains "--dns in resolv.conf" "$(r --dns 10.1.1.1 --dns-search corp.example busybox:test cat /etc/resolv.conf)" "nameserver 10.1.1.1"

mkdir -p "$T/host"; echo data > "$T/host/f"
check_eq "-v bind" "$(r -v "$T/host:/data" busybox:test cat /data/f)" "data"
r -v "$T/host:/data" busybox:test sh -c 'echo new > /data/g' >/dev/null
check_eq "-v bind is writable" "$(cat "$T/host/g")" "new"
OUT=$(r -v "$T/host:/data:ro" busybox:test sh -c 'echo x > /data/h'); RC=$?
check "-v bind :ro is read-only" test ! -e "$T/host/h"
check_eq "--mount type=bind,readonly" "$(r --mount type=bind,source=$T/host,target=/m,readonly busybox:test sh -c 'cat /m/f; touch /m/x 2>/dev/null || echo ro' | tr '\n' ' ')" "data ro "
r -v vol1:/v busybox:test sh -c 'echo kept > /v/k' >/dev/null
check_eq "named volume keeps data" "$(r -v vol1:/v busybox:test cat /v/k)" "kept"
check_contains "volume ls" "$(e volume ls)" "vol1"
check_eq "--mount type=volume" "$(r --mount type=volume,source=vol1,target=/w busybox:test cat /w/k)" "kept"
check_contains "--tmpfs" "$(r --tmpfs /scratch:size=1m busybox:test sh -c 'grep " /scratch " /proc/mounts')" "tmpfs"
check_contains "--mount type=tmpfs" "$(r --mount type=tmpfs,target=/t,tmpfs-size=1m busybox:test sh -c 'grep " /t " /proc/mounts')" "size=1024k"
check_eq "--storage-driver vfs: the image's files" "$(r --storage-driver vfs busybox:test sh -c 'test -x /bin/busybox && echo yes')" "yes"
ID=$(e create --storage-driver vfs busybox:test true)
check_eq "vfs: a private copy, not a mount" "$(grep -c "$ID/rootfs" /proc/self/mountinfo)" 0
check_eq "inspect: the driver" "$(e inspect "$ID" | jq -r '.[0].Driver')" "vfs"
e rm "$ID" >/dev/null
OUT=$(r --read-only busybox:test sh -c 'touch /x 2>&1 || echo denied'); check_contains "--read-only" "$OUT" "denied"
check_eq "--device" "$(r --device /dev/zero:/dev/myzero busybox:test sh -c 'head -c 3 /dev/myzero | wc -c')" "3"
OUT=$(r busybox:test sh -c 'head -c 1 /dev/sda 2>&1; ls /dev/zero /dev/null'); check_contains "default /dev has zero and null" "$OUT" "/dev/zero"

capeff() { r "$@" busybox:test sh -c 'grep CapEff /proc/self/status' | awk '{print $2}'; }
check_eq "default capabilities (docker's 14)" "$(capeff)" "00000000a80425fb"
check_eq "--cap-drop ALL" "$(capeff --cap-drop ALL)" "0000000000000000"
check_eq "--cap-add NET_ADMIN" "$(capeff --cap-add NET_ADMIN)" "00000000a80435fb"
check_eq "--cap-drop CHOWN" "$(capeff --cap-drop CHOWN)" "00000000a80425fa"
check_eq "--privileged: all caps" "$(r --privileged busybox:test sh -c 'grep CapEff /proc/self/status' | awk '{print $2}' | cut -c1-6)" "000001"
check_eq "default seccomp filter" "$(r busybox:test sh -c 'grep ^Seccomp: /proc/self/status' | awk '{print $2}')" "2"
check_eq "seccomp=unconfined" "$(r --security-opt seccomp=unconfined busybox:test sh -c 'grep ^Seccomp: /proc/self/status' | awk '{print $2}')" "0"
check_eq "no-new-privileges" "$(r --security-opt no-new-privileges busybox:test sh -c 'grep ^NoNewPrivs /proc/self/status' | awk '{print $2}')" "1"
OUT=$(r busybox:test sh -c 'mkdir -p /mnt; mount -t tmpfs none /mnt' 2>&1); check_contains "mount is denied by default" "$OUT" "denied"
check_eq "--privileged can mount" "$(r --privileged busybox:test sh -c 'mkdir -p /mnt && mount -t tmpfs none /mnt && echo ok')" "ok"
echo '{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":1}]}' > "$T/sc.json"
OUT=$(r --security-opt seccomp="$T/sc.json" busybox:test mkdir /x 2>&1); check_contains "--security-opt seccomp=PATH" "$OUT" "not permitted"

check_eq "--memory" "$(r -m 64m busybox:test sh -c "$(cg memory memory.limit_in_bytes) || cat /sys/fs/cgroup/memory.max")" "67108864"
e run --name oom -m 8m busybox:test sh -c 'head -c 64m /dev/zero | tail >/dev/null' >/dev/null 2>&1
check_eq "--memory: the OOM kill is recorded" "$(e inspect oom | jq -r '.[0].State | "\(.OOMKilled) \(.ExitCode)"')" "true 137"
e rm oom >/dev/null
check_eq "--pids-limit" "$(r --pids-limit 42 busybox:test sh -c "$(cg pids pids.max)")" "42"
check_eq "--cpus" "$(r --cpus 0.5 busybox:test sh -c "$(cg cpu cpu.cfs_quota_us) || cat /sys/fs/cgroup/cpu.max")" "50000"
check_eq "--cpu-shares" "$(r --cpu-shares 512 busybox:test sh -c "$(cg cpu cpu.shares)")" "512"
check_eq "--cpuset-cpus" "$(r --cpuset-cpus 0 busybox:test sh -c "$(cg cpuset cpuset.cpus)")" "0"
check_eq "--ulimit nofile" "$(r --ulimit nofile=256:512 busybox:test sh -c 'ulimit -n')" "256"
check_eq "--sysctl" "$(r --sysctl kernel.shmmax=123456 busybox:test cat /proc/sys/kernel/shmmax)" "123456"
check_eq "--network none: only lo" "$(r --network none busybox:test ls /sys/class/net)" "lo"
check "--network host: the host's interfaces" test "$(r --network host busybox:test ls /sys/class/net | wc -l)" -ge 1
check_eq "--network host: same netns" "$(r --network host busybox:test readlink /proc/self/ns/net)" "$(readlink /proc/self/ns/net)"
# Bridge networks and ports: tests/integration/net-*.sh, in namespaces of their own.
OUT=$(r --network none -p 8080:80 busybox:test true); check_contains "-p without a network of its own: clear error" "$OUT" "published ports need"

ID=$(e run -d --label tier=edge --stop-signal SIGUSR1 --stop-timeout 3 busybox:test sleep 30)
check_eq "--label" "$(e inspect "$ID" | jq -r '.[0].Config.Labels.tier')" "edge"
check_eq "--stop-signal" "$(e inspect "$ID" | jq -r '.[0].Config.StopSignal')" "SIGUSR1"
check_eq "--stop-timeout" "$(e inspect "$ID" | jq -r '.[0].Config.StopTimeout')" "3"
check_eq "ps --filter label" "$(e ps -q --filter label=tier=edge)" "${ID:0:12}"
e rm -f "$ID" >/dev/null
OUT=$(e run --rm --pull never missing:img true 2>&1); check_contains "--pull never: no pull" "$OUT" "no such image"
OUT=$(e run --rm --runtime nope busybox:test true 2>&1); check_contains "--runtime unknown: rejected" "$OUT" "unknown runtime"
check_eq "unknown runtime created nothing" "$(e ps -aq | wc -l)" 0
OUT=$(r --restart always busybox:test true); check_contains "--rm with --restart refused" "$OUT" "conflicting"
OUT=$(r --init busybox:test true); RC=$?
if [ "$RC" = 0 ]; then ok "--init runs"; else check_contains "--init: clear error on a dynamic build" "$OUT" "static"; fi
finish
