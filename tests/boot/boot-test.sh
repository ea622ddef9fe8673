#!/bin/sh
# Runs inside the booted board (BusyBox sh as PID 1's child, root, tmpfs root).
# Prints one "BOOT-CHECK ok|FAIL|skip NAME [detail]" line per check and "BOOT-DONE" at the end;
# tests/boot/boot.sh on the host reads them from the serial console.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
IMG=busybox:boot

cg=v2
for arg in $(cat /proc/cmdline); do
	case $arg in edgectl.cgroup=*) cg=${arg#edgectl.cgroup=} ;; esac
done

ok() { echo "BOOT-CHECK ok $1"; }
bad() { echo "BOOT-CHECK FAIL $1: $2" | tr '\n' ' '; echo; }
skip() { echo "BOOT-CHECK skip $1: $2"; }
# expect NAME WANT GOT: equality check with both values in the failure line.
expect() {
	if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want [$2] got [$3]"; fi
}
# run_ok NAME CMD...: the command exits 0; its output goes to the failure line otherwise.
run_ok() {
	name=$1
	shift
	if out=$("$@" 2>&1); then ok "$name"; else bad "$name" "exit $?: $out"; fi
}

echo "BOOT-INFO kernel $(uname -r) $(uname -m), cgroup $cg, $(edgectl version | head -n1)"
features=$(edgectl version | sed -n 's/^Features: //p')
built() { case " $features " in *" +$1 "*) return 0 ;; esac; return 1; }

# --- modules, as a board's init would load them (plain .ko: busybox insmod, no modprobe) ---
ko=/lib/modules/$(uname -r)/kernel/fs/overlayfs/overlay.ko
if insmod "$ko" 2>/tmp/insmod.err && grep -qw overlay /proc/filesystems; then
	ok modules-overlay
else
	bad modules-overlay "$(cat /tmp/insmod.err)"
fi

# --- the SysV init script mounts the cgroups (none are mounted yet) and runs autostart ---
echo "CGROUP_MOUNT=$cg" >>/etc/default/edgectl
run_ok initscript-start /etc/init.d/S60edgectl start
if [ "$cg" = v2 ]; then
	if [ -f /sys/fs/cgroup/cgroup.controllers ] && ! grep -q ' cgroup ' /proc/mounts; then
		ok cgroup-layout
	else
		bad cgroup-layout "$(grep cgroup /proc/mounts)"
	fi
else
	if [ -d /sys/fs/cgroup/memory ] && [ -d /sys/fs/cgroup/pids ] && ! grep -q ' cgroup2 ' /proc/mounts; then
		ok cgroup-layout
	else
		bad cgroup-layout "$(grep cgroup /proc/mounts)"
	fi
fi

# --- edgectl check against this kernel (config from /boot, like a Debian system) ---
if out=$(edgectl check 2>&1); then ok check; else bad check "exit $?"; fi
echo "$out" | sed 's/^/BOOT-LOG check: /'
layout=$(edgectl check --format json | sed -n 's/.*"cgroup_layout":[[:space:]]*"\([^"]*\)".*/\1/p')
echo "BOOT-INFO check: $(edgectl check --format json | sed -n 's/.*"status":[[:space:]]*"\([^"]*\)".*/\1/p' |
	sort | uniq -c | awk '{n = $1; $1 = ""; printf "%s%s%s", (NR > 1 ? ", " : ""), n, $0} END {print ""}')"
expect check-cgroup-layout "$cg" "$layout"

# --- the image, from a tar as a board without a registry gets it ---
run_ok load edgectl load -i /images/busybox.tar
info=$(edgectl info 2>&1)
expect info-storage overlay "$(echo "$info" | sed -n 's/^Storage Driver: //p')"
expect info-cgroup "$cg" "$(echo "$info" | sed -n 's/^Cgroup Version: //p')"

# --- namespaces: a container has its own pid/mnt/uts/ipc/net namespaces and hostname ---
host_ns=$(for n in pid mnt uts ipc net; do readlink /proc/self/ns/$n; done | tr '\n' ' ')
out=$(edgectl run --rm --network none --hostname ctr $IMG sh -c \
	'echo "$$ $(hostname)"; for n in pid mnt uts ipc net; do readlink /proc/self/ns/$n; done | tr "\n" " "' 2>&1)
first=$(echo "$out" | head -n1)
expect ns-pid1-hostname "1 ctr" "$first"
ctr_ns=$(echo "$out" | sed -n 2p)
same=''
for n in $ctr_ns; do
	case " $host_ns " in *" $n "*) same="$same $n" ;; esac
done
if [ -n "$ctr_ns" ] && [ -z "$same" ]; then ok ns-distinct; else bad ns-distinct "shared with the host:$same ($out)"; fi

# --- cgroup limits: written where this layout keeps them, and enforced ---
edgectl run -d --name lim --network none --pids-limit 8 --memory 48m $IMG sleep 600 >/dev/null 2>&1
pid=$(edgectl inspect -f '{{.State.Pid}}' lim 2>/dev/null)
if [ -n "$pid" ] && [ "$pid" -gt 0 ] 2>/dev/null; then
	if [ "$cg" = v2 ]; then
		dir=/sys/fs/cgroup$(sed -n 's/^0:://p' /proc/"$pid"/cgroup)
		expect cgroup-pids-max 8 "$(cat "$dir/pids.max" 2>&1)"
		expect cgroup-memory-max 50331648 "$(cat "$dir/memory.max" 2>&1)"
	else
		pdir=/sys/fs/cgroup/pids$(sed -n 's/^[0-9]*:pids://p' /proc/"$pid"/cgroup)
		mdir=/sys/fs/cgroup/memory$(sed -n 's/^[0-9]*:memory://p' /proc/"$pid"/cgroup)
		expect cgroup-pids-max 8 "$(cat "$pdir/pids.max" 2>&1)"
		expect cgroup-memory-max 50331648 "$(cat "$mdir/memory.limit_in_bytes" 2>&1)"
	fi
else
	bad cgroup-limits "no running container: $(edgectl ps -a 2>&1)"
fi
edgectl rm -f lim >/dev/null 2>&1
# 12 background sleeps against a limit of 6 pids: the shell's fork must fail.
out=$(edgectl run --rm --network none --pids-limit 6 $IMG sh -c \
	'i=0; while [ $i -lt 12 ]; do sleep 20 & i=$((i+1)); done; echo forked $i' 2>&1)
case $out in
*"forked 12"*) bad cgroup-pids-enforced "12 processes under pids.max 6: $out" ;;
*"fork"*) ok cgroup-pids-enforced ;;
*) bad cgroup-pids-enforced "$out" ;;
esac
# 64 MB in a shell variable under a 24 MB limit: the OOM killer ends it (137).
edgectl run --rm --network none --memory 24m --memory-swap 24m $IMG sh -c \
	'x=$(head -c 67108864 /dev/zero | tr "\0" a); echo survived ${#x}' >/tmp/oom.out 2>&1
rc=$?
if [ $rc = 137 ]; then ok cgroup-memory-enforced; else bad cgroup-memory-enforced "exit $rc: $(cat /tmp/oom.out)"; fi

# --- seccomp: the default profile is on; a custom profile denies what it lists ---
if built seccomp; then
	expect seccomp-default "Seccomp:	2" "$(edgectl run --rm --network none $IMG grep '^Seccomp:' /proc/self/status 2>&1)"
	expect seccomp-unconfined "Seccomp:	0" "$(edgectl run --rm --network none --security-opt seccomp=unconfined \
		$IMG grep '^Seccomp:' /proc/self/status 2>&1)"
	cat >/tmp/deny-mkdir.json <<'EOF'
{"defaultAction": "SCMP_ACT_ALLOW",
 "syscalls": [{"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1}]}
EOF
	out=$(edgectl run --rm --network none --security-opt seccomp=/tmp/deny-mkdir.json $IMG \
		sh -c 'mkdir /tmp/d && echo made; touch /tmp/f && echo touched' 2>&1)
	case $out in
	*"Operation not permitted"*touched*) ok seccomp-custom-profile ;;
	*) bad seccomp-custom-profile "$out" ;;
	esac
else
	skip seccomp "built without seccomp"
fi

# --- --init: the static binary bind-mounted as PID 1, reaping and passing the exit code ---
out=$(edgectl run --rm --network none --init $IMG sh -c 'cat /proc/1/comm; sleep 0 & exit 7' 2>&1)
rc=$?
expect init-pid1-and-exit-code "edgectl-init 7" "$(echo "$out" | head -n1) $rc"

# --- bridge networking on this kernel: a bridge, a veth pair moved into the container's
# namespace, addresses and routes, all over rtnetlink; a published port through the
# userspace proxy (the initramfs has neither nft nor iptables, so that is the backend) ---
if built net; then
	nets_ok=1
	for m in net/llc/llc net/802/stp net/bridge/bridge drivers/net/veth; do
		insmod /lib/modules/$(uname -r)/kernel/$m.ko 2>/tmp/insmod.err || { nets_ok=0; bad modules-net "$m: $(cat /tmp/insmod.err)"; }
	done
	[ $nets_ok = 1 ] && ok modules-net
	out=$(edgectl run --rm --network bridge $IMG sh -c \
		'gw=$(ip route | awk "/^default/ {print \$3}"); ip -4 addr show eth0 | grep -q "inet " && ping -c 1 -W 3 "$gw" >/dev/null && echo "reached $gw"' 2>&1)
	case $out in "reached "*) ok bridge-gateway ;; *) bad bridge-gateway "$out" ;; esac
	edgectl run -d --name web --network bridge -p 8080:80 $IMG httpd -f -p 80 -h /etc >/dev/null 2>&1
	want=$(edgectl inspect -f '{{.Config.Hostname}}' web 2>&1)
	# nc, not wget: Debian's static busybox wget crashes without NSS files (also in a plain chroot).
	http_get() { printf 'GET %s HTTP/1.0\r\n\r\n' "$2" | nc -w 3 "$1" "${3:-80}" 2>&1 | tr -d '\r' | tail -n 1; }
	got=""
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		got=$(http_get 127.0.0.1 /hostname 8080)
		[ "$got" = "$want" ] && break
		sleep 0.5
	done
	if [ -n "$got" ] && [ "$got" = "$want" ]; then
		ok published-port
	else
		cip=$(edgectl inspect -f '{{.NetworkSettings.IPAddress}}' web 2>&1)
		bad published-port "want [$want] got [$got]; the container itself ($cip:80): [$(http_get "$cip" /hostname)]"
		{ edgectl ps -a; netstat -ltn; ip -o addr; ip route; } 2>&1 | sed 's/^/BOOT-LOG net: /'
	fi
	run_ok rm-web edgectl rm -f web
	expect veths-gone 0 "$(ip -o link show type veth | wc -l)"
else
	skip bridge-gateway "built without net"
fi

# --- a service container through the init script: stop at shutdown, back at boot ---
edgectl run -d --name svc --restart=always --network none $IMG sh -c 'echo svc up; exec sleep 1000' >/dev/null 2>&1
expect svc-running running "$(edgectl inspect -f '{{.State.Status}}' svc 2>&1)"
# The shim's memory on this architecture: the target is 150 KB Pss per container on every
# board. It trims itself after a quiet second (src/rt/engine/shim_trim.cpp); the Pss per
# mapping is printed so that a regression shows where it went.
sleep 2
id=$(edgectl inspect -f '{{.Id}}' svc 2>/dev/null)
shim=$(sed -n 's/.*"shim_pid":[[:space:]]*\([0-9]*\).*/\1/p' /var/lib/edgectl/containers/"$id"/state.json /run/edgectl/containers/"$id"/state.json 2>/dev/null | head -n1)
if [ -n "$shim" ] && [ -r /proc/"$shim"/smaps_rollup ]; then
	pss=$(awk '/^Pss:/ {print $2}' /proc/"$shim"/smaps_rollup)
	echo "BOOT-INFO shim: $(cat /proc/"$shim"/comm) Pss $pss KB, Rss $(awk '/^Rss:/ {print $2}' /proc/"$shim"/smaps_rollup) KB;" \
		"by mapping:$(awk '/^[0-9a-f]+-[0-9a-f]+ / {n = $6; sub(".*/", "", n); m = $2 "-" (n == "" ? "anon" : n)} /^Pss:/ && $2 > 0 {printf " %s %s", m, $2}' /proc/"$shim"/smaps)"
	if [ "$pss" -le 150 ]; then ok shim-pss-150k; else bad shim-pss-150k "Pss $pss KB"; fi
else
	bad shim-pss-150k "no shim found (pid '$shim')"
fi
run_ok initscript-stop /etc/init.d/S60edgectl stop
expect svc-stopped exited "$(edgectl inspect -f '{{.State.Status}}' svc 2>&1)"
run_ok initscript-start-again /etc/init.d/S60edgectl start
expect svc-back running "$(edgectl inspect -f '{{.State.Status}}' svc 2>&1)"
expect svc-logs "svc up
svc up" "$(edgectl logs svc 2>&1)"
run_ok rm-svc edgectl rm -f svc
expect no-containers "" "$(edgectl ps -aq 2>&1)"

echo BOOT-DONE
