#!/bin/bash
# The boot integration in rootfs-overlay/: every script parses (sh, BusyBox
# ash), the systemd unit passes systemd-analyze verify, the SysV script drives
# a private engine (start = autostart, stop = shutdown without "stopped by
# hand", status, restart, its defaults file), its cgroup mounting in a private
# mount + cgroup namespace, and the example hello-httpd.sh service (published
# port on the bridge, host network for a build without networking). The engine
# runs in this test's network namespace (lib-net.sh), never on the host's.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-net.sh"
engine_image || { not_ok "import the busybox image"; finish; }
OV=$EDGECTL_SRC/rootfs-overlay
S60=$OV/sysv/etc/init.d/S60edgectl
HELLO=$OV/common/usr/share/edgectl/examples/hello-httpd.sh
ASH=sh
command -v busybox >/dev/null && ASH="busybox sh"

# --- syntax ---
for f in "$S60" "$OV/openrc/etc/init.d/edgectl" "$OV/procd/etc/init.d/edgectl" "$HELLO" \
  "$OV/sysv/etc/default/edgectl" "$OV/openrc/etc/conf.d/edgectl"; do
  check "sh -n ${f#"$OV"/}" sh -n "$f"
  [ "$ASH" = sh ] || check "busybox sh -n ${f#"$OV"/}" busybox sh -n "$f"
done
for f in "$S60" "$OV/openrc/etc/init.d/edgectl" "$OV/procd/etc/init.d/edgectl" "$HELLO"; do
  check "${f#"$OV"/} is executable" test -x "$f"
done
for f in "$OV/common/etc/edgectl/config.json" "$OV/procd/etc/edgectl/config.json"; do
  # Every key as shipped, the paths moved into this test's directory.
  jq --arg d "$T/cfgcheck" '. + {"root": $d, "run-root": ($d + "/run")}' "$f" > "$T/cfgcheck.json"
  OUT=$("$EDGECTL" --config "$T/cfgcheck.json" images -q 2>&1)
  check_eq "edgectl accepts ${f#"$OV"/} ($OUT)" "$?" 0
done
if command -v systemd-analyze >/dev/null; then
  # verify wants the ExecStart binary to exist: point it at the built one.
  sed "s|/usr/bin/edgectl|$EDGECTL|g" "$OV/systemd/lib/systemd/system/edgectl.service" > "$T/edgectl.service"
  OUT=$(systemd-analyze verify "$T/edgectl.service" 2>&1); RC=$?
  check_eq "systemd-analyze verify edgectl.service" "$RC" 0
  check_not_contains "no warnings about the unit" "$OUT" "edgectl.service:"
else
  echo "# skip: no systemd-analyze"
fi

# --- the SysV script against this test's engine ---
cat > "$T/default" <<EOF
EDGECTL_OPTS="--root $STORE --config $CFG"
STOP_TIMEOUT=2
EDGECTL_LOG=stderr
EOF
sv() { NSRUN env EDGECTL_DEFAULTS="$T/default" EDGECTL_BIN="$EDGECTL" $ASH "$S60" "$@" 2>&1; }
by_hand() { jq -r .stopped_by_user "$STORE/containers/$(e inspect "$1" | jq -r '.[0].Id')/state.json"; }
cgroup_mounts() { grep -cE ' cgroup2? ' /proc/self/mounts; }
ms() { date +%s%3N; }

# svc leaves at once on SIGTERM; stubborn (sleep as PID 1) ignores it and
# needs the SIGKILL after STOP_TIMEOUT; byhand is stopped by hand; plain has
# no restart policy.
e run -d --network none --name svc --restart always busybox:test \
  sh -c 'trap "exit 0" TERM; while :; do sleep 1 & wait; done' >/dev/null
e run -d --network none --name stubborn --restart unless-stopped busybox:test sleep 600 >/dev/null
e run -d --network none --name byhand --restart always busybox:test sleep 600 >/dev/null
e run -d --network none --name plain busybox:test sleep 600 >/dev/null
e stop -t 0 byhand >/dev/null
check_eq "byhand: stopped by hand" "$(by_hand byhand)" true
OUT=$(sv status); RC=$?
check_eq "status with containers running: 0" "$RC" 0
check_contains "status counts them" "$OUT" "3 container(s) running"

T0=$(ms)
OUT=$(sv stop); RC=$?
DT=$(($(ms) - T0))
check_eq "stop: exit 0 ($OUT)" "$RC" 0
check_contains "stop: says OK" "$OUT" "Stopping edgectl containers: OK"
for n in svc stubborn plain; do check_eq "stop: $n exited" "$(status_of $n)" exited; done
check_eq "stop: svc not marked stopped by hand" "$(by_hand svc)" false
check_eq "stop: stubborn not marked stopped by hand" "$(by_hand stubborn)" false
check "stop: STOP_TIMEOUT=2 from the defaults file (took ${DT} ms)" test "$DT" -ge 1900 -a "$DT" -lt 9000
check_eq "stop: no shim left" "$(pgrep -fc "edgectl-shim $STORE")" 0
sleep 1
check_eq "stop: svc's policy did not restart it" "$(status_of svc)" exited
OUT=$(sv status); RC=$?
check_eq "status with nothing running: 3" "$RC" 3

MOUNTS=$(cgroup_mounts)
OUT=$(sv start); RC=$?
check_eq "start: exit 0 ($OUT)" "$RC" 0
check_contains "start: says OK" "$OUT" "Starting edgectl containers: OK"
check_contains "start: logs what autostart started" "$OUT" "edgectl: $(e inspect svc | jq -r '.[0].Id')"
check_eq "start: svc runs again" "$(status_of svc)" running
check_eq "start: stubborn runs again" "$(status_of stubborn)" running
check_eq "start: stopped by hand stays stopped" "$(status_of byhand)" exited
check_eq "start: no restart policy stays stopped" "$(status_of plain)" exited
check_eq "start: cgroups already mounted, nothing mounted" "$(cgroup_mounts)" "$MOUNTS"
OUT=$(sv start); RC=$?
check_eq "start again: exit 0" "$RC" 0
check_eq "start again: nothing started twice" "$(e ps -q | wc -l)" 2
P1=$(e inspect svc | jq -r '.[0].State.Pid')
OUT=$(sv restart); RC=$?
check_eq "restart: exit 0 ($OUT)" "$RC" 0
check_eq "restart: svc running" "$(status_of svc)" running
check "restart: svc has a new process" test "$(e inspect svc | jq -r '.[0].State.Pid')" != "$P1"
OUT=$(NSRUN env EDGECTL_DEFAULTS="$T/default" EDGECTL_BIN=/nonexistent/edgectl $ASH "$S60" start 2>&1); RC=$?
check_eq "start with a missing binary: 5" "$RC" 5
check_contains "it names the binary" "$OUT" "/nonexistent/edgectl"
OUT=$(sv frobnicate); RC=$?
check_eq "unknown action: 2" "$RC" 2
check_contains "unknown action: usage" "$OUT" "Usage:"

# --- the OpenRC and procd scripts' functions, with their init system's
# helpers stubbed (neither openrc-run nor rc.common is on this host) ---
cat > "$T/edgectl-private" <<EOF
#!/bin/sh
exec "$EDGECTL" --root "$STORE" --config "$CFG" "\$@"
EOF
chmod +x "$T/edgectl-private"
orc() { # orc FUNCTION...: source the OpenRC script, run start_pre and the functions
  NSRUN env EDGECTL_BIN="$T/edgectl-private" STOP_TIMEOUT=2 $ASH -c '
    ebegin() { echo "* $*"; }
    eend() { if [ "$1" = 0 ]; then echo "* ok"; else echo "* failed: $2"; fi; return "$1"; }
    ewarn() { echo "* warning: $*"; }
    eerror() { echo "* error: $*"; }
    . "$0" && start_pre && for f; do "$f" || exit; done' "$OV/openrc/etc/init.d/edgectl" "$@" 2>&1
}
prd() { # prd FUNCTION...: source the procd script as rc.common would, run the functions
  NSRUN $ASH -c '
    config_load() { :; }
    config_get() { eval "$1=\${PROCD_STOP_TIMEOUT:-\$4}"; }
    logger() { cat; }
    . "$0" && EDGECTL_BIN=$1 && shift && for f; do "$f" || exit; done' \
    "$OV/procd/etc/init.d/edgectl" "$T/edgectl-private" "$@" 2>&1
}
OUT=$(orc stop); RC=$?
check_eq "openrc stop: exit 0 ($OUT)" "$RC" 0
check_contains "openrc stop: ebegin/eend" "$OUT" "* ok"
check_eq "openrc stop: svc exited" "$(status_of svc)" exited
check_eq "openrc stop: not marked stopped by hand" "$(by_hand svc)" false
OUT=$(orc start containers); RC=$?
check_eq "openrc start: exit 0 ($OUT)" "$RC" 0
check_eq "openrc start: svc runs again" "$(status_of svc)" running
check_eq "openrc start: stopped by hand stays stopped" "$(status_of byhand)" exited
check_contains "openrc containers: lists them" "$OUT" "stubborn"
OUT=$(PROCD_STOP_TIMEOUT=2 prd stop_service); RC=$?
check_eq "procd stop_service: exit 0 ($OUT)" "$RC" 0
check_contains "procd stop_service: logs what stopped" "$OUT" "$(e inspect stubborn | jq -r '.[0].Id')"
check_eq "procd stop_service: svc exited" "$(status_of svc)" exited
check_eq "procd stop_service: not marked stopped by hand" "$(by_hand svc)" false
prd service_running >/dev/null
check_eq "procd service_running: false with nothing running" "$?" 1
OUT=$(prd start_service service_running); RC=$?
check_eq "procd start_service: exit 0, service_running true ($OUT)" "$RC" 0
check_eq "procd start_service: svc runs again" "$(status_of svc)" running
check_eq "procd start_service: stopped by hand stays stopped" "$(status_of byhand)" exited

# --- cgroup mounting when none is mounted: a private mount namespace with
# /sys/fs/cgroup unmounted. Also a private cgroup namespace: there the kernel
# neither lets a mount change the host's cgroup2 flags (nsdelegate) nor create
# new v1 hierarchies, so nothing of this leaks to the host. ---
cat > "$T/fake-edgectl" <<EOF
#!/bin/sh
case "\$*" in
*autostart*) exit 0 ;;
version) "$EDGECTL" version | sed "s/+cgroup_v2/\${FAKE_V2:-+cgroup_v2}/" ;;
*) exec "$EDGECTL" "\$@" ;;
esac
EOF
chmod +x "$T/fake-edgectl"
# in_fresh_cgroupfs MODE [FAKE_V2]: start the script there; print the cgroup mounts it made.
in_fresh_cgroupfs() {
  unshare --mount --cgroup --propagation private env MODE="$1" FAKE_V2="${2:-}" S60="$S60" \
    BIN="$T/fake-edgectl" ASH="$ASH" bash -c '
    awk '\''$5 ~ "^/sys/fs/cgroup" && / shared:/ { bad = 1 } END { exit bad }'\'' /proc/self/mountinfo ||
      { echo "propagation is not private"; exit 1; }
    if grep -q " /sys/fs/cgroup" /proc/self/mounts; then umount -R /sys/fs/cgroup || exit 1; fi
    if grep -qE " cgroup2? " /proc/self/mounts; then echo "a cgroup filesystem elsewhere"; exit 1; fi
    EDGECTL_DEFAULTS=/dev/null EDGECTL_BIN=$BIN EDGECTL_LOG=stderr CGROUP_MOUNT=$MODE $ASH "$S60" start >/dev/null 2>&1 || exit 1
    grep -E " cgroup2? " /proc/self/mounts | cut -d" " -f2,3 | sort
    [ -L /sys/fs/cgroup/cpu ] && echo "cpu is a link"
    exit 0'
}
if command -v unshare >/dev/null && unshare --mount --cgroup --propagation private true 2>/dev/null; then
  OUT=$(in_fresh_cgroupfs v2); RC=$?
  check_eq "CGROUP_MOUNT=v2: cgroup2 on /sys/fs/cgroup ($OUT)" "$RC.$OUT" "0./sys/fs/cgroup cgroup2"
  OUT=$(in_fresh_cgroupfs no); RC=$?
  check_eq "CGROUP_MOUNT=no: nothing mounted" "$RC.$OUT" "0."
  # auto: cgroup2, unless its cpu controller is missing (here: when cpu is
  # bound to a v1 hierarchy of the host, /proc/cgroups column 2 not 0).
  OUT=$(in_fresh_cgroupfs auto); RC=$?
  if [ "$(awk '$1 == "cpu" { print $2 }' /proc/cgroups)" = 0 ]; then
    check_eq "auto: cgroup2 (the kernel has cpu in v2)" "$RC.$OUT" "0./sys/fs/cgroup cgroup2"
  else
    check_eq "auto: no cpu in v2 here, so the v1 layout" "$RC" 0
    check_contains "auto: a tmpfs with v1 hierarchies" "$OUT" "/sys/fs/cgroup/memory cgroup"
    check_not_contains "auto: no cgroup2 left mounted" "$OUT" "cgroup2"
    OUT=$(in_fresh_cgroupfs auto -cgroup_v2); RC=$?
    check_contains "auto, edgectl without cgroup_v2: v1" "$RC.$OUT" "/sys/fs/cgroup/cpu cgroup"
  fi
else
  echo "# skip: no unshare with mount and cgroup namespaces"
fi

# --- the example service ---
HE() { NSRUN env EDGECTL_BIN="${HBIN:-$EDGECTL}" EDGECTL_OPTS="--root $STORE --config $CFG" "$@" $ASH "$HELLO" busybox:test 2>&1; }
hello_at() { [ "$(http_get "$1" "$2")" = "hello from edgectl" ]; }
OUT=$(HE HELLO_PORT=8080); RC=$?
check_eq "hello-httpd: exit 0 ($OUT)" "$RC" 0
check_contains "hello-httpd: with networking, a published port" "$OUT" "port 80 published as host port 8080"
check_eq "hello-httpd: restart policy always" "$(e inspect hello-httpd | jq -r '.[0].HostConfig.RestartPolicy.Name')" always
wait_for "hello-httpd: answers on the published port from outside" 10 hello_at http://192.168.219.1:8080/ OUTRUN
OUT=$(HE HELLO_PORT=8080); RC=$?
check_eq "hello-httpd again: exit 0" "$RC" 0
check_contains "hello-httpd again: left as it is" "$OUT" "already set up"
check_eq "hello-httpd again: still one container" "$(e ps -aq --filter name=hello-httpd | wc -l)" 1
sv stop >/dev/null
check_eq "S60 stop: hello-httpd stopped" "$(status_of hello-httpd)" exited
sv start >/dev/null
wait_for "S60 start: hello-httpd answers again" 10 hello_at http://192.168.219.1:8080/ OUTRUN
e rm -f hello-httpd >/dev/null

# A build without networking: edgectl version says -net.
cat > "$T/nonet-edgectl" <<EOF
#!/bin/sh
[ "\$1" = version ] && { "$EDGECTL" version | sed 's/+net/-net/; s/+cni/-cni/; s/+pull/-pull/'; exit; }
exec "$EDGECTL" "\$@"
EOF
chmod +x "$T/nonet-edgectl"
OUT=$(HBIN=$T/nonet-edgectl HE HELLO_PORT=8081); RC=$?
check_eq "hello-httpd without networking: exit 0 ($OUT)" "$RC" 0
check_contains "it says so" "$OUT" "host's network"
check_eq "it uses the host network" "$(e inspect hello-httpd | jq -r '.[0].HostConfig.NetworkMode')" host
wait_for "httpd listens on HELLO_PORT itself" 10 hello_at http://127.0.0.1:8081/ NSRUN
OUT=$(NSRUN env EDGECTL_BIN="$T/nonet-edgectl" EDGECTL_OPTS="--root $STORE --config $CFG" HELLO_NAME=hello2 \
  $ASH "$HELLO" nosuch:image 2>&1); RC=$?
check_eq "a missing image without pull: exit 1" "$RC" 1
check_contains "it says to load the image" "$OUT" "edgectl load"

OUT=$(sv stop); RC=$?
check_eq "final stop: exit 0 ($OUT)" "$RC" 0
check_eq "final stop: nothing runs" "$(e ps -q | wc -l)" 0
finish
