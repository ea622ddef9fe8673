#!/bin/bash
# process.*: capabilities, rlimits, no_new_privs, oomScoreAdj, user, umask, cwd, env.
source "$(dirname "$0")/lib.sh"

b=$(make_bundle p sh -c '
  grep -E "^(CapInh|CapPrm|CapEff|CapBnd|CapAmb|NoNewPrivs|Uid|Gid|Groups)" /proc/self/status
  echo "nofile=$(ulimit -n) nofile_hard=$(ulimit -H -n)"
  echo "oom=$(cat /proc/self/oom_score_adj)"
  echo "umask=$(umask)"
  echo "cwd=$(pwd)"
  echo "env=$FOO"')
edit_config "$b" '.process.user={"uid":1000,"gid":1001,"additionalGids":[5,7],"umask":23} |
  .process.cwd="/tmp" | .process.env += ["FOO=bar baz"] |
  .process.noNewPrivileges=true | .process.oomScoreAdj=123 |
  .process.rlimits=[{"type":"RLIMIT_NOFILE","soft":512,"hard":1024}] |
  .process.capabilities={"bounding":["CAP_CHOWN","CAP_KILL","CAP_NET_BIND_SERVICE"],
    "effective":["CAP_CHOWN","CAP_KILL"],"permitted":["CAP_CHOWN","CAP_KILL"],
    "inheritable":["CAP_KILL"],"ambient":["CAP_KILL"]}'
run_out "$b" p1
check_eq "run ok" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
field() { grep "^$1:" <<<"$OUT" | awk '{print $2}'; }
check_eq "CapBnd (chown,kill,net_bind_service)" "$(field CapBnd)" 0000000000000421
# A non-root user keeps only the ambient set across execve (capabilities(7)).
check_eq "CapEff" "$(field CapEff)" 0000000000000020
check_eq "CapPrm" "$(field CapPrm)" 0000000000000020
check_eq "CapInh" "$(field CapInh)" 0000000000000020
check_eq "CapAmb" "$(field CapAmb)" 0000000000000020
check_eq "NoNewPrivs" "$(field NoNewPrivs)" 1
check_eq "uid" "$(field Uid)" 1000
check_eq "gid" "$(field Gid)" 1001
check_contains "groups" "$(grep '^Groups' <<<"$OUT")" "5 7"
check_contains "rlimit soft" "$OUT" "nofile=512 nofile_hard=1024"
check_contains "oom_score_adj" "$OUT" "oom=123"
check_contains "umask" "$OUT" "umask=0027"
check_contains "cwd" "$OUT" "cwd=/tmp"
check_contains "env" "$OUT" "env=bar baz"

# An rlimit above the host's hard limit fails clearly (no CAP_SYS_RESOURCE here).
b2=$(make_bundle rl true)
edit_config "$b2" '.process.rlimits=[{"type":"RLIMIT_NOFILE","soft":1048576,"hard":1048576}]'
run_out "$b2" rl1
hard=$(ulimit -H -n)
if [ "$hard" -lt 1048576 ] && ! grep -q 'CapBnd.*' <(capsh --print 2>/dev/null | grep sys_resource); then
  check "rlimit above hard limit rejected" test "$RC" -ne 0
  check_contains "error names the rlimit" "$OUT" "RLIMIT_NOFILE"
else
  check_eq "rlimit raise allowed with CAP_SYS_RESOURCE" "$RC" 0
fi

# A missing executable is a create-time error.
b3=$(make_bundle nx /bin/does-not-exist)
(cd "$b3" && rt create nx1 2>"$T/err"); rc=$?
check "create fails for missing executable" test "$rc" -ne 0
check_contains "error names the executable" "$(cat "$T/err")" "does-not-exist"
check "nothing left after failed create" test -z "$(rt list -q)"
b4=$(make_bundle path true)
edit_config "$b4" '.process.args=["uname","-s"]'
run_out "$b4" path1
check_eq "PATH lookup" "$OUT" Linux
finish
