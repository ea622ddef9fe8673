#!/bin/bash
# exec: args, env, cwd, user, caps, --process, --detach + pid file, exit codes, tty via console socket.
source "$(dirname "$0")/lib.sh"
b=$(make_bundle ex sleep 100)
(cd "$b" && rt run -d ex1)
check_eq "exec output" "$(rt exec ex1 echo hi)" hi
rt exec ex1 sh -c 'exit 5'; check_eq "exec exit code" "$?" 5
check_eq "exec env" "$(rt exec -e A=1 -e B=two ex1 sh -c 'echo $A$B')" 1two
check_eq "exec cwd" "$(rt exec --cwd /tmp ex1 pwd)" /tmp
check_eq "exec user" "$(rt exec -u 1000:1000 ex1 id -u)" 1000
check_eq "exec same pid ns" "$(rt exec ex1 sh -c 'ps -o pid,comm | grep -c "sleep"')" 1
check_contains "exec process has container caps" "$(rt exec ex1 grep CapBnd /proc/self/status)" "00000000"
rt exec --cap CAP_SYS_ADMIN ex1 grep CapEff /proc/self/status > "$T/caps"
eff=$(awk '/^CapEff/ {print $2}' "$T/caps")
check "--cap adds CAP_SYS_ADMIN (bit 21) to effective ($eff)" test $(( 0x${eff:-0} >> 21 & 1 )) = 1
cat > "$T/proc.json" <<'P'
{"args":["sh","-c","echo from-process-file $X; id -u"],"env":["X=42","PATH=/bin"],"cwd":"/","user":{"uid":7,"gid":7},"terminal":false}
P
OUT=$(rt exec --process "$T/proc.json" ex1)
check_contains "--process args/env" "$OUT" "from-process-file 42"
check_contains "--process user" "$OUT" $'\n7'
rt exec -d --pid-file "$T/d.pid" ex1 sleep 77; check_eq "exec -d returns" "$?" 0
check "detached process alive" kill -0 "$(cat "$T/d.pid")"
check_contains "detached is sleep 77" "$(cat /proc/$(cat "$T/d.pid")/cmdline | tr '\0' ' ')" "sleep 77"
rt exec ex1 /nonexistent 2>"$T/err"; rc=$?
check "missing binary fails" test "$rc" -ne 0
check_contains "error names it" "$(cat "$T/err")" "/nonexistent"
# tty through --console-socket (what containerd and conmon do)
"$RECVTTY" "$T/tty.sock" > "$T/tty.out" 2>"$T/recv.err" &
rpid=$!
for i in $(seq 50); do grep -q ready "$T/recv.err" 2>/dev/null && break; sleep 0.05; done
rt exec -t --console-socket "$T/tty.sock" ex1 sh -c 'tty; test -t 0 && echo stdin-is-tty'
wait $rpid
check_contains "exec tty is a pty" "$(cat "$T/tty.out")" "/dev/pts/"
check_contains "stdin is the tty" "$(cat "$T/tty.out")" "stdin-is-tty"
rt delete -f ex1
rt exec ex1 true 2>/dev/null; check "exec into deleted fails" test $? -ne 0
finish
