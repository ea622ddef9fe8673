#!/bin/bash
# fd hygiene, cwd confinement, /dev/null and masked-path safety, our binary
# out of reach, empty inheritable set.
source "$(dirname "$0")/lib.sh"

fds_of() { ls /proc/$1/fd 2>/dev/null | sort -n | tr '\n' ' '; }

# An fd the caller leaks (no O_CLOEXEC) must not reach the container.
b=$(make_bundle fd sleep 100)
exec 7<"$b/config.json"
(cd "$b" && rt create fd1)
exec 7<&-
pid=$(rt state fd1 | jq .pid)
rt start fd1
sleep 0.2
check_eq "init fds are exactly stdio" "$(fds_of "$pid")" "0 1 2 "
# exec'd processes too
rt exec -d --pid-file "$T/ex.pid" fd1 sleep 100
check_eq "exec fds are exactly stdio" "$(fds_of "$(cat "$T/ex.pid")")" "0 1 2 "
check_eq "inheritable set empty" "$(awk '/^CapInh/ {print $2}' /proc/$pid/status)" 0000000000000000
rt delete -f fd1

# --preserve-fds passes exactly N extra fds.
b2=$(make_bundle pf sh -c 'ls /proc/self/fd | sort -n | tr "\n" " "; cat <&3')
echo preserved > "$T/pf.txt"
OUT=$(cd "$b2" && rt run --preserve-fds 1 pf1 3<"$T/pf.txt" 9<"$T/pf.txt" 2>&1)
check_contains "preserved fd readable" "$OUT" "preserved"
check_not_contains "fd 9 not passed" "$OUT" " 9 "

# cwd pointing at one of our fds must not land outside the root (CVE-2024-21626).
touch "$T/HOST_MARKER"
for fd in 3 4 5 6 7 8 9 10; do
  b3=$(make_bundle cwd$fd sh -c 'ls -a . .. ../.. 2>&1')
  edit_config "$b3" '.process.cwd=$c' --arg c "/proc/self/fd/$fd"
  run_out "$b3" cwd$fd
  check_not_contains "cwd /proc/self/fd/$fd stays inside (rc=$RC)" "$OUT" "HOST_MARKER"
done

# A rootfs whose /dev/null is a symlink (no /dev tmpfs) must not redirect masking (CVE-2025-31133).
core_before=$(cat /proc/sys/kernel/core_pattern)
b4=$(make_bundle devnull cat /proc/sys/kernel/hostname)
edit_config "$b4" '.mounts |= map(select(.destination != "/dev" and .destination != "/dev/pts" and .destination != "/dev/shm" and .destination != "/dev/mqueue")) | .linux.maskedPaths=["/proc/sys/kernel/hostname"]'
mkdir -p "$b4/rootfs/dev" && ln -sf /proc/sys/kernel/core_pattern "$b4/rootfs/dev/null"
run_out "$b4" devnull1
if [ "$RC" = 0 ]; then
  check_eq "masked file reads empty, not redirected" "$OUT" ""
else
  check_contains "refused with a clear error" "$OUT" "/dev/null"
fi
check_eq "host core_pattern untouched" "$(cat /proc/sys/kernel/core_pattern)" "$core_before"

# A masked path that is a symlink to a host path resolves inside the rootfs.
echo secret > "$T/victim"
b5=$(make_bundle masklink sh -c "cat $T/victim 2>&1; cat /etc/evil 2>&1; true")
ln -s "$T/victim" "$b5/rootfs/etc/evil"
edit_config "$b5" '.linux.maskedPaths += ["/etc/evil"]'
run_out "$b5" masklink1
check_eq "masked symlink run ok" "$RC" 0
check_eq "host victim untouched" "$(cat "$T/victim")" secret

# While the container is created, its init is our binary: unreachable from inside.
b6=$(make_bundle exe sleep 100)
(cd "$b6" && rt create exe1)
OUT=$(rt exec exe1 sh -c 'readlink /proc/1/exe; cat /proc/1/exe >/dev/null && echo READABLE; echo x >> /proc/1/exe && echo WRITABLE' 2>&1)
check_not_contains "init exe not readable from the container" "$OUT" "READABLE"
check_not_contains "init exe not writable from the container" "$OUT" "WRITABLE"
check_not_contains "init exe link hidden" "$OUT" "edgectl"
rt start exe1
check_contains "after start /proc/1/exe is the user's program" "$(rt exec exe1 readlink /proc/1/exe)" "busybox"
rt delete -f exe1
finish
