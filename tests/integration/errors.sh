#!/bin/bash
# Bad input: clear error naming the thing, non-zero exit, JSON log lines,
# nothing left behind (state, cgroups, mounts).
source "$(dirname "$0")/lib.sh"
mounts_before=$(wc -l < /proc/self/mountinfo)

try_create() { # try_create BUNDLE ID -> $RC, $ERR
  ERR=$(cd "$1" && "$EDGECTL_RUNC" --root "$ROOT" --log "$T/log.json" --log-format json create "$2" 2>&1 >/dev/null)
  RC=$?
}
b=$(make_bundle e1 true)
echo '{"ociVersion": "1.0.0", "process": {' > "$b/config.json"
try_create "$b" bad1
check "broken JSON rejected" test "$RC" -ne 0
check_contains "names config.json" "$ERR" "config.json"
last=$(tail -1 "$T/log.json")
check_eq "log line is JSON with level error" "$(jq -r .level <<<"$last")" error
check_contains "log msg has the reason" "$(jq -r .msg <<<"$last")" "config.json"
check "log line has time" test -n "$(jq -r .time <<<"$last")"

b2=$(make_bundle e2 true)
edit_config "$b2" '.ociVersion="2.0.0"'
try_create "$b2" bad2
check "ociVersion 2 rejected" test "$RC" -ne 0
check_contains "names ociVersion" "$ERR" "ociVersion"
for v in 1.0.0 1.0.2-dev 1.1.0 1.2.0 1.3.0; do
  edit_config "$b2" '.ociVersion=$v' --arg v "$v"
  (cd "$b2" && rt run "v-${v//./-}" >/dev/null 2>&1); check_eq "ociVersion $v accepted" "$?" 0
done

b3=$(make_bundle e3 true)
rm -rf "$b3/rootfs"
try_create "$b3" bad3
check "missing rootfs rejected" test "$RC" -ne 0
check_contains "names rootfs" "$ERR" "rootfs"

b4=$(make_bundle e4 true)
edit_config "$b4" '.process.user.uid="zero"'
try_create "$b4" bad4
check "wrong type rejected" test "$RC" -ne 0
check_contains "names the field" "$ERR" "process.user.uid"

b5=$(make_bundle e5 true)
edit_config "$b5" '.mounts += [{"destination":"/x","type":"bind","source":"/nonexistent-src","options":["bind"]}]'
try_create "$b5" bad5
check "missing bind source rejected" test "$RC" -ne 0
check_contains "names the source" "$ERR" "/nonexistent-src"

b6=$(make_bundle e6 true)
edit_config "$b6" '.linux.sysctl={"kernel.core_pattern":"x"}'
try_create "$b6" bad6
check "non-namespaced sysctl rejected" test "$RC" -ne 0
check_contains "names the sysctl" "$ERR" "kernel.core_pattern"

(cd "$b6" && rt create 'bad/id' 2>"$T/err"); check "bad id rejected" test $? -ne 0
check_contains "names the id" "$(cat "$T/err")" "bad/id"
rt state nosuch 2>"$T/err"; check "state of unknown fails" test $? -ne 0
check_contains "says does not exist" "$(cat "$T/err")" "does not exist"
b7=$(make_bundle dup sleep 10)
(cd "$b7" && rt create dup1)
(cd "$b7" && rt create dup1 2>"$T/err"); check "duplicate id rejected" test $? -ne 0
check_contains "says exists" "$(cat "$T/err")" "already exists"
check_eq "original still created" "$(state_of dup1)" created
rt delete dup1

check "no state left" test -z "$(rt list -q)"
check "no stray state dirs" test -z "$(ls "$ROOT" | grep -v '\.lock$')"
check "no cgroups left" test -z "$(ls -d /sys/fs/cgroup/*/edgectl/bad* /sys/fs/cgroup/edgectl/bad* 2>/dev/null)"
check_eq "no mounts left in our namespace" "$(wc -l < /proc/self/mountinfo)" "$mounts_before"
"$EDGECTL_RUNC" nonsense 2>"$T/err"; check "unknown verb fails" test $? -ne 0
check_contains "unknown verb named" "$(cat "$T/err")" "nonsense"
finish
