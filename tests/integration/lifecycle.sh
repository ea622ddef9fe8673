#!/bin/bash
# created -> running -> stopped, kill, delete, list, pid file, run/run -d, exit codes.
source "$(dirname "$0")/lib.sh"

b=$(make_bundle life sh -c 'echo hello; sleep 100')
(cd "$b" && rt create --pid-file "$T/life.pid" life) ; rc=$?
check_eq "create exits 0" "$rc" 0
check_eq "state after create" "$(state_of life)" created
pid=$(cat "$T/life.pid" 2>/dev/null)
check_eq "pid file matches state" "$pid" "$(rt state life | jq -r .pid)"
check "init is alive while created" kill -0 "$pid"
check_eq "bundle in state" "$(rt state life | jq -r .bundle)" "$b"
rt start life; check_eq "start exits 0" "$?" 0
check_eq "state after start" "$(state_of life)" running
check_contains "list shows it" "$(rt list)" "life"
check_eq "list json" "$(rt list --format json | jq -r '.[0].status')" running
rt start life 2>/dev/null; check "second start fails" test $? -ne 0
rt delete life 2>"$T/err"; check "delete of running fails" test $? -ne 0
check_contains "delete error says why" "$(cat "$T/err")" "not stopped"
rt kill life KILL; check_eq "kill exits 0" "$?" 0
for i in $(seq 100); do [ "$(state_of life)" = stopped ] && break; sleep 0.05; done
check_eq "stopped after kill" "$(state_of life)" stopped
check_eq "stopped pid is 0" "$(rt state life | jq -r .pid)" 0
rt delete life; check_eq "delete stopped" "$?" 0
rt state life 2>/dev/null; check "state of deleted fails" test $? -ne 0

# delete of a created container (runc allows it without --force)
(cd "$b" && rt create c2)
rt delete c2; check_eq "delete created" "$?" 0
check "created init gone" test -z "$(rt list -q)"

# kill with various signal spellings (pid 1 ignores TERM without a handler)
bt=$(make_bundle term sh -c 'trap "exit 0" TERM; while :; do sleep 0.1; done')
for s in TERM SIGTERM 15 sigterm; do
  (cd "$bt" && rt run -d k1 >/dev/null)
  rt kill k1 "$s"; check_eq "kill $s" "$?" 0
  for i in $(seq 100); do [ "$(state_of k1)" = stopped ] && break; sleep 0.05; done
  check_eq "stopped by $s" "$(state_of k1)" stopped
  rt delete k1
done
rt kill nosuch TERM 2>/dev/null; check "kill unknown container fails" test $? -ne 0
(cd "$b" && rt run -d k2 >/dev/null)
rt kill k2 NOPE 2>"$T/err"; check "bad signal rejected" test $? -ne 0
check_contains "bad signal named" "$(cat "$T/err")" "NOPE"
rt delete -f k2; check_eq "delete -f running" "$?" 0

# foreground run: output and exit code
b2=$(make_bundle fg sh -c 'echo out; echo err >&2; exit 7')
run_out "$b2" fg
check_eq "run exit code" "$RC" 7
check_contains "run stdout" "$OUT" "out"
check_contains "run stderr" "$OUT" "err"
check "run removes the container" test -z "$(rt list -q)"
# Without a pid namespace the shell is not an init and can be killed from inside.
b3=$(make_bundle sig sh -c 'kill -9 $$')
edit_config "$b3" '.linux.namespaces |= map(select(.type != "pid"))'
run_out "$b3" sig
check_eq "killed by signal -> 128+9" "$RC" 137

# the process exits by itself -> stopped
b4=$(make_bundle quick true)
(cd "$b4" && rt create q && rt start q)
for i in $(seq 100); do [ "$(state_of q)" = stopped ] && break; sleep 0.05; done
check_eq "exited process is stopped" "$(state_of q)" stopped
rt delete q
check "no state left" test -z "$(ls "$ROOT" | grep -v '\.lock$')"
finish
