#!/bin/bash
# process.terminal: pty created in the container, master over --console-socket.
source "$(dirname "$0")/lib.sh"
b=$(make_bundle tty sh -c 'tty; stat -c "%t:%T" /dev/console; test -t 1 && echo stdout-tty; read line; echo "got:$line"')
edit_config "$b" '.process.terminal=true | .process.consoleSize={"height":40,"width":100}'
"$RECVTTY" "$T/c.sock" $'hello\n' > "$T/c.out" 2>"$T/recv.err" &
rpid=$!
for i in $(seq 50); do grep -q ready "$T/recv.err" 2>/dev/null && break; sleep 0.05; done
(cd "$b" && rt create --console-socket "$T/c.sock" tty1 && rt start tty1)
wait $rpid
OUT=$(cat "$T/c.out")
check_contains "stdout is the pty" "$OUT" "/dev/pts/0"
check_contains "/dev/console bound to the pty (136:0)" "$OUT" "88:0"
check_contains "test -t" "$OUT" "stdout-tty"
check_contains "input reached the process" "$OUT" "got:hello"
rt delete -f tty1
# terminal without --console-socket on create is a clear error
(cd "$b" && rt create tty2 2>"$T/err"); rc=$?
check "terminal without console socket rejected" test "$rc" -ne 0
check_contains "error mentions console socket" "$(cat "$T/err")" "console-socket"
check "nothing left" test -z "$(rt list -q)"
finish
