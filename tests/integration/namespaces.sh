#!/bin/bash
# Namespaces: new pid/uts/ipc/net/mount/cgroup, joining by path.
source "$(dirname "$0")/lib.sh"

b=$(make_bundle ns sh -c '
  echo "pid=$$"
  echo "host=$(hostname)"
  echo "dom=$(cat /proc/sys/kernel/domainname)"
  echo "links=$(ls /sys/class/net | tr "\n" " ")"
  for n in mnt uts ipc net pid cgroup; do echo "$n=$(readlink /proc/self/ns/$n)"; done
  echo "cg=$(cat /proc/self/cgroup | head -1)"')
edit_config "$b" '.hostname="edge-test" | .domainname="example.org" | .linux.namespaces += [{"type":"cgroup"}]'
run_out "$b" ns1
check_eq "run ok" "$RC" 0
check_contains "pid 1 in new pid ns" "$OUT" "pid=1"
check_contains "hostname set" "$OUT" "host=edge-test"
check_contains "domainname set" "$OUT" "dom=example.org"
check_contains "new net ns has only lo" "$OUT" "links=lo "
for n in mnt uts ipc net pid cgroup; do
  mine=$(readlink /proc/self/ns/$n)
  theirs=$(grep "^$n=" <<<"$OUT" | cut -d= -f2)
  check "new $n namespace ($theirs != $mine)" test -n "$theirs" -a "$theirs" != "$mine"
done
check_contains "cgroup ns root is /" "$OUT" ":/"

# Join a network namespace by path (what CNI/podman/k8s do).
ip netns add "edgectl-it-$$"
EXTRA_CLEANUP="ip netns del edgectl-it-$$"
ip -n "edgectl-it-$$" link add dummy0 type veth peer name dummy1  # veth: no dummy module everywhere
b2=$(make_bundle join sh -c 'ls /sys/class/net; readlink /proc/self/ns/net')
edit_config "$b2" '(.linux.namespaces[] | select(.type=="network")) |= (.path=$p)' --arg p "/run/netns/edgectl-it-$$"
run_out "$b2" join1
check_eq "join run ok" "$RC" 0
check_contains "joined netns shows its dummy0" "$OUT" "dummy0"
check_contains "same net ns inode" "$OUT" "$(readlink /proc/$(ip netns pids edgectl-it-$$ 2>/dev/null | head -1)/ns/net 2>/dev/null || stat -L -c 'net:[%i]' /run/netns/edgectl-it-$$)"

# Share the host's network and uts namespaces (no entry in the list).
b3=$(make_bundle host sh -c 'readlink /proc/self/ns/net; hostname')
edit_config "$b3" 'del(.linux.namespaces[] | select(.type=="network" or .type=="uts")) | del(.hostname)'
run_out "$b3" host1
check_contains "host net ns kept" "$OUT" "$(readlink /proc/self/ns/net)"
check_contains "host name kept" "$OUT" "$(hostname)"

# Join the pid namespace of another container.
b4=$(make_bundle pidhost sleep 100)
(cd "$b4" && rt run -d pidhost >/dev/null)
hostpid=$(rt state pidhost | jq .pid)
b5=$(make_bundle pidjoin sh -c 'ps -o pid,comm | grep -c sleep')
edit_config "$b5" '(.linux.namespaces[] | select(.type=="pid")) |= (.path=$p)' --arg p "/proc/$hostpid/ns/pid"
run_out "$b5" pidjoin1
check_eq "joined pid ns sees the other container's sleep" "$OUT" 1
rt delete -f pidhost
finish
