#!/bin/bash
# Seccomp through libseccomp: errno actions, argument conditions, default
# action, kill, and the docker-like default profile.
source "$(dirname "$0")/lib.sh"
if ! "$EDGECTL_RUNC" features | jq -e .linux.seccomp.enabled >/dev/null; then
  b=$(make_bundle nosc true)
  edit_config "$b" '.linux.seccomp={"defaultAction":"SCMP_ACT_ALLOW"}'
  run_out "$b" nosc
  check "seccomp config rejected without seccomp" test "$RC" -ne 0
  check_contains "says built without seccomp" "$OUT" "built without seccomp"
  finish
fi
b=$(make_bundle sc sh -c 'mkdir /tmp/x 2>&1; echo mkdir=$?; kill -0 $$ 2>&1; echo kill0=$?; kill -CONT $$ && echo cont-ok; touch /tmp/y && echo touch-ok')
edit_config "$b" '.linux.seccomp={"defaultAction":"SCMP_ACT_ALLOW","architectures":["SCMP_ARCH_X86_64","SCMP_ARCH_X86","SCMP_ARCH_AARCH64","SCMP_ARCH_ARM"],
  "syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":1},
              {"names":["kill"],"action":"SCMP_ACT_ERRNO","errnoRet":13,"args":[{"index":1,"value":0,"op":"SCMP_CMP_EQ"}]}]}'
run_out "$b" sc1
check_eq "run ok" "$RC" 0
check_contains "mkdir denied with EPERM" "$OUT" "Operation not permitted"
check_contains "arg condition -> EACCES" "$OUT" "Permission denied"
check_contains "other argument values allowed" "$OUT" "cont-ok"
check_contains "other syscalls allowed" "$OUT" "touch-ok"

# default action errno with an allow list that lacks uname
b2=$(make_bundle sc2 sh -c 'uname -s 2>&1; echo rc=$?')
bash "$EDGECTL_SRC/tools/bench/default-seccomp.sh" > "$T/prof.json"
jq '.syscalls |= map(.names -= ["uname"])' "$T/prof.json" > "$T/prof2.json"
edit_config "$b2" '.linux.seccomp=$p[0]' --slurpfile p "$T/prof2.json"
run_out "$b2" sc2
check_eq "default profile minus uname runs" "$RC" 0
# busybox ignores uname(2)'s error and prints an empty name
check_not_contains "uname denied by default action" "$OUT" "Linux"

# the full default profile allows ordinary work
b3=$(make_bundle sc3 sh -c 'mkdir /tmp/d && ls / >/dev/null && uname -s')
edit_config "$b3" '.linux.seccomp=$p[0]' --slurpfile p "$T/prof.json"
run_out "$b3" sc3
check_eq "default profile run ok" "$RC" 0
check_eq "default profile output" "$OUT" Linux

# kill action
b4=$(make_bundle sc4 sh -c 'exec uname')
edit_config "$b4" '.linux.seccomp={"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["uname"],"action":"SCMP_ACT_KILL_PROCESS"}]}'
run_out "$b4" sc4
check_eq "killed by SIGSYS (128+31)" "$RC" 159

# noNewPrivileges=false: the filter is loaded while still privileged, and works as non-root
b5=$(make_bundle sc5 sh -c 'mkdir /tmp/z 2>&1; id -u')
edit_config "$b5" '.process.noNewPrivileges=false | .process.user={"uid":1000,"gid":1000} |
  .linux.seccomp={"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":1}]}'
run_out "$b5" sc5
check_contains "non-root without NNP still filtered" "$OUT" "Operation not permitted"
check_contains "ran as 1000" "$OUT" "1000"

# bad profile is a create-time error naming the item
b6=$(make_bundle sc6 true)
edit_config "$b6" '.linux.seccomp={"defaultAction":"SCMP_ACT_BOGUS"}'
run_out "$b6" sc6
check "bad action rejected" test "$RC" -ne 0
check_contains "names the action" "$OUT" "SCMP_ACT_BOGUS"
finish
