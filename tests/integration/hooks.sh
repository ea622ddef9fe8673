#!/bin/bash
# All six hooks: order, namespace, state on stdin, timeouts, failures.
source "$(dirname "$0")/lib.sh"
log=$T/hooks.log
hook=$T/hook.sh
cat > "$hook" <<H
#!/bin/sh
state=\$(cat)
echo "\$1 mnt=\$(readlink /proc/self/ns/mnt) status=\$(echo "\$state" | jq -r .status) id=\$(echo "\$state" | jq -r .id) pid=\$(echo "\$state" | jq -r .pid) env=\$HOOKENV" >> $log
H
chmod +x "$hook"
b=$(make_bundle h sh -c 'echo user-process >> /hooklog; sleep 0.2')
edit_config "$b" '.hooks = {
  "prestart":[{"path":$h,"args":["hook","prestart"],"env":["HOOKENV=1","PATH=/usr/bin:/bin"]}],
  "createRuntime":[{"path":$h,"args":["hook","createRuntime"],"env":["PATH=/usr/bin:/bin"]}],
  "createContainer":[{"path":$h,"args":["hook","createContainer"],"env":["PATH=/usr/bin:/bin"]}],
  "startContainer":[{"path":"/bin/sh","args":["sh","-c","cat > /dev/null; echo startContainer mnt=$(readlink /proc/self/ns/mnt) >> /hooklog"]}],
  "poststart":[{"path":$h,"args":["hook","poststart"],"env":["PATH=/usr/bin:/bin"]}],
  "poststop":[{"path":$h,"args":["hook","poststop"],"env":["PATH=/usr/bin:/bin"]}]}' --arg h "$hook"
(cd "$b" && rt create h1 && rt start h1)
for i in $(seq 100); do [ "$(state_of h1)" = stopped ] && break; sleep 0.05; done
rt delete h1
cat "$log"
hostmnt=$(readlink /proc/self/ns/mnt)
check_eq "hook order" "$(awk '{print $1}' "$log" | tr '\n' ' ')" "prestart createRuntime createContainer poststart poststop "
check_contains "prestart in runtime ns" "$(grep ^prestart "$log")" "mnt=$hostmnt"
check_contains "createRuntime in runtime ns" "$(grep ^createRuntime "$log")" "mnt=$hostmnt"
check_not_contains "createContainer in container ns" "$(grep ^createContainer "$log")" "mnt=$hostmnt"
check_contains "prestart env" "$(grep ^prestart "$log")" "env=1"
check_contains "state id on stdin" "$(grep ^prestart "$log")" "id=h1"
check_contains "state status creating" "$(grep ^prestart "$log")" "status=creating"
check "state pid set" grep -Eq '^prestart .* pid=[1-9]' "$log"
check_contains "poststart sees running" "$(grep ^poststart "$log")" "status=running"
check_contains "poststop sees stopped" "$(grep ^poststop "$log")" "status=stopped"
check_eq "startContainer ran in the container before the process" "$(head -1 "$b/rootfs/hooklog" | cut -d' ' -f1)" startContainer
check_not_contains "startContainer in container mnt ns" "$(head -1 "$b/rootfs/hooklog")" "$hostmnt"

# A failing prestart aborts create and leaves nothing behind.
b2=$(make_bundle hf true)
edit_config "$b2" '.hooks={"prestart":[{"path":"/bin/sh","args":["sh","-c","exit 3"]}]}'
(cd "$b2" && rt create hf1 2>"$T/err"); rc=$?
check "failing prestart fails create" test "$rc" -ne 0
check_contains "error names the hook" "$(cat "$T/err")" "prestart hook 0"
check_contains "error has exit status" "$(cat "$T/err")" "exit status 3"
check "no state left" test -z "$(rt list -q)"
check "no cgroup left" test ! -e /sys/fs/cgroup/memory/edgectl/hf1

# Timeout kills the hook.
b3=$(make_bundle ht true)
edit_config "$b3" '.hooks={"createRuntime":[{"path":"/bin/sleep","args":["sleep","30"],"timeout":1}]}'
start=$(date +%s)
(cd "$b3" && rt create ht1 2>"$T/err"); rc=$?
check "timed-out hook fails create" test "$rc" -ne 0
check_contains "timeout reported" "$(cat "$T/err")" "timed out"
check "within ~1s" test $(( $(date +%s) - start )) -le 5
# A failing poststart only warns.
b4=$(make_bundle hw true)
edit_config "$b4" '.hooks={"poststart":[{"path":"/bin/false","args":["false"]}]}'
(cd "$b4" && rt create hw1 && rt start hw1); rc=$?
check_eq "failing poststart does not fail start" "$rc" 0
rt delete -f hw1
finish
