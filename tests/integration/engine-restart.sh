#!/bin/bash
# Restart policies with back-off, log rotation, healthchecks, attach and exec
# through a pty, and autostart after a simulated reboot.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
engine_image || { not_ok "import the busybox image"; finish; }
ins() { e inspect "$1" | jq -r ".[0].$2"; }

# on-failure:2 — the process exits 1 each time: two restarts, then it stays down.
e run -d --name flaky --restart on-failure:2 busybox:test sh -c 'echo run; exit 1' >/dev/null
wait_for "on-failure:2 gives up after 2 restarts" 15 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect flaky | jq -r '.[0].RestartCount,.[0].State.Status' | tr '\n' ' ')\" = '2 exited ' ]"
check_eq "each run logged" "$(e logs flaky | grep -c run)" 3
check_eq "exit code kept" "$(ins flaky State.ExitCode)" 1

# always — kill the container's process from outside: it comes back.
e run -d --name svc --restart always busybox:test sh -c 'while :; do sleep 0.2; done' >/dev/null
P1=$(ins svc State.Pid)
kill -9 "$P1"
wait_for "always: restarted after kill -9 of its process" 10 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect svc | jq -r '.[0].RestartCount')\" -ge 1 ] && [ \"\$($EDGECTL --root $STORE --config $CFG inspect svc | jq -r '.[0].State.Status')\" = running ]"
check "always: a new process" test "$(ins svc State.Pid)" != "$P1"
e stop -t 1 svc >/dev/null
sleep 1
check_eq "stop by hand: no restart" "$(ins svc State.Status)" "exited"

# Back-off: quick failures wait longer each time (100 ms, 200, 400 ...).
e run -d --name backoff --restart always busybox:test false >/dev/null
sleep 2
N=$(ins backoff RestartCount)
check "back-off keeps restarts few in 2 s (got $N)" test "$N" -ge 2 -a "$N" -le 6
e rm -f backoff >/dev/null
check_eq "rm -f of a restarting container" "$(e ps -aq --filter name=backoff | wc -l)" 0

# Log rotation: max-size 2k, max-file 3.
e run --name chatty --log-opt max-size=2k --log-opt max-file=3 busybox:test sh -c 'i=0; while [ $i -lt 400 ]; do echo line-$i; i=$((i+1)); done' >/dev/null
D=$STORE/containers/$(e inspect chatty | jq -r '.[0].Id')
check_eq "rotation keeps 3 files" "$(ls "$D" | grep -c json.log)" 3
check "no file past the limit" sh -c "[ \$(stat -c %s $D/*-json.log* | sort -n | tail -1) -le 2048 ]"
check_eq "the newest line is kept" "$(e logs --tail 1 chatty)" "line-399"
check_eq "logs read across rotated files in order" "$(e logs chatty | head -1 | cut -d- -f1)" "line"
check_contains "logs -t prefixes times" "$(e logs -t --tail 1 chatty)" "Z line-399"

# Healthchecks.
e run -d --name hc --health-cmd 'test -e /tmp/ok' --health-interval 200ms --health-retries 2 busybox:test sleep 60 >/dev/null
wait_for "health: unhealthy after failures" 10 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect hc | jq -r '.[0].State.Health.Status')\" = unhealthy ]"
e exec hc touch /tmp/ok
wait_for "health: healthy once the check passes" 10 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect hc | jq -r '.[0].State.Health.Status')\" = healthy ]"
check_contains "ps shows the health" "$(e ps --filter name=hc)" "(healthy)"
e rm -f hc >/dev/null

# attach and exec with a pty (script gives us a terminal).
e run -dit --name tty busybox:test sh >/dev/null
OUT=$(printf 'tty; echo hi-$((40+2))\nexit\n' | script -qec "$EDGECTL --root $STORE --config $CFG attach tty" /dev/null 2>&1)
check_contains "attach: a terminal inside" "$OUT" "/dev/pts/0"
check_contains "attach: input and output" "$OUT" "hi-42"
wait_for "the shell exited after exit" 5 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect tty | jq -r '.[0].State.Status')\" = exited ]"
OUT=$(script -qec "$EDGECTL --root $STORE --config $CFG run --rm -it busybox:test sh -c 'tty; echo fg-\$((2+3))'" /dev/null </dev/null 2>&1)
check_contains "run -it: a terminal in the foreground" "$OUT" "/dev/pts/0"
check_contains "run -it: output relayed" "$OUT" "fg-5"
e run -d --name ticker busybox:test sh -c 'for i in 1 2 3; do echo tick-$i; sleep 0.3; done' >/dev/null
OUT=$(timeout 10 "$EDGECTL" --root "$STORE" --config "$CFG" logs -f ticker); RC=$?
check_eq "logs -f ends when the container exits" "$RC" 0
check_eq "logs -f: every line, in order" "$(echo "$OUT" | tr '\n' ' ')" "tick-1 tick-2 tick-3 "
e rm ticker >/dev/null
e run -d --name box busybox:test sleep 60 >/dev/null
OUT=$(script -qec "$EDGECTL --root $STORE --config $CFG exec -it box sh -c 'tty; echo in-\$((1+1))'" /dev/null </dev/null 2>&1)
check_contains "exec -it: a terminal" "$OUT" "/dev/pts/"
check_contains "exec -it: output" "$OUT" "in-2"
OUT=$(printf 'echo piped\n' | e exec -i box sh)
check_eq "exec -i: stdin" "$OUT" "piped"
OUT=$(printf 'abc\n' | e run --rm -i busybox:test cat)
check_eq "run -i: stdin to the container" "$OUT" "abc"
e rm -f box >/dev/null

# Autostart after a simulated reboot: kill shims and containers, clear the run dir.
e run -d --name boot1 --restart always busybox:test sleep 600 >/dev/null
e run -d --name boot2 --restart unless-stopped busybox:test sleep 600 >/dev/null
e run -d --name boot3 --restart always busybox:test sleep 600 >/dev/null
e run -d --name boot4 busybox:test sleep 600 >/dev/null
e stop -t 0 boot3 >/dev/null
for n in boot1 boot2 boot4; do kill -9 "$(ins $n State.Pid)"; done
pkill -9 -f "edgectl-shim $STORE"
sleep 0.3
grep -o " $STORE/containers/[^ ]*/rootfs" /proc/self/mountinfo | while read -r m; do umount -l "$m"; done
rm -rf "$RUNR"
check_eq "after the 'reboot': shown as exited" "$(ins boot1 State.Status)" "exited"
OUT=$(e autostart 2>&1); RC=$?
check_eq "autostart succeeds" "$RC" 0
check_eq "autostart: always is back" "$(ins boot1 State.Status)" "running"
check_eq "autostart: unless-stopped is back" "$(ins boot2 State.Status)" "running"
check_eq "autostart: stopped by hand stays down" "$(ins boot3 State.Status)" "exited"
check_eq "autostart: no policy stays down" "$(ins boot4 State.Status)" "exited"
check_eq "autostart starts exactly two" "$(echo "$OUT" | wc -l)" 2

# A clean host shutdown: everything running stops at once (the stop timeouts run side by
# side), nothing restarts, and the next boot's autostart brings back what ran — including
# an on-failure container whose process died of the stop signal.
e run -d --name sd1 --restart on-failure busybox:test sleep 600 >/dev/null
e run -d --name sd2 --restart always --stop-signal USR1 busybox:test sleep 600 >/dev/null
T0=$(date +%s%N)
OUT=$(e shutdown -t 2 2>&1); RC=$?
T1=$(date +%s%N)
check_eq "shutdown succeeds" "$RC" 0
check_eq "shutdown stops the four running" "$(echo "$OUT" | sort | wc -l)" 4
MS=$(( (T1 - T0) / 1000000 ))
check "shutdown: timeouts in parallel (sleep as PID 1 ignores the stop signal: four 2 s waits side by side, took $MS ms)" test "$MS" -lt 3900
sleep 0.5
for n in boot1 boot2 sd1 sd2; do check_eq "shutdown: $n exited, not restarted" "$(ins $n State.Status)" "exited"; done
check_eq "shutdown leaves no shim" "$(pgrep -fc "edgectl-shim $STORE" || true)" 0
OUT=$(e autostart 2>&1); RC=$?
check_eq "autostart after shutdown succeeds" "$RC" 0
for n in boot1 boot2 sd1 sd2; do check_eq "autostart after shutdown: $n back" "$(ins $n State.Status)" "running"; done
check_eq "autostart after shutdown: stopped by hand stays down" "$(ins boot3 State.Status)" "exited"
e stop -t 0 sd2 >/dev/null
check_eq "stop by hand after autostart: no restart" "$(ins sd2 State.Status)" "exited"
finish
