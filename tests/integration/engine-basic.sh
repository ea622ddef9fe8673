#!/bin/bash
# The engine's container lifecycle: run (foreground, -d, --rm), exit codes,
# logs, ps, inspect, stop/start/restart, kill, rm, wait, rename, pause,
# exec, create+start, id prefixes and names.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
engine_image || { not_ok "import the busybox image"; finish; }

OUT=$(e run --rm busybox:test echo hello 2>&1); RC=$?
check_eq "run --rm: exit code" "$RC" 0
check_eq "run --rm: output" "$OUT" "hello"
check_eq "run --rm leaves no container" "$(e ps -aq | wc -l)" 0

OUT=$(e run --name codes busybox:test sh -c 'echo out; echo err >&2; exit 3' 2>/dev/null); RC=$?
check_eq "run: the container's exit code" "$RC" 3
check_eq "run: stdout relayed" "$OUT" "out"
check_eq "logs: both streams" "$(e logs codes 2>&1 | sort | tr '\n' ' ')" "err out "
check_eq "logs: stdout only on stdout" "$(e logs codes 2>/dev/null)" "out"
check_eq "inspect: exit code" "$(e inspect codes | jq -r '.[0].State.ExitCode')" 3
check_eq "inspect: status exited" "$(status_of codes)" "exited"
check_eq "inspect -f: a Go template per container" \
  "$(e inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}} {{json .Config.Cmd}}' codes)" \
  "/codes exited 3 $(e inspect codes | jq -c '.[0].Config.Cmd')"
ERR=$(e inspect -f '{{range .Mounts}}x{{end}}' codes 2>&1) && not_ok "inspect -f {{range}} accepted: $ERR" ||
  check_contains "inspect -f: unsupported actions are an error naming them" "$ERR" "unsupported template action {{range .Mounts}}"
check_contains "ps -a: exited" "$(e ps -a)" "Exited (3)"
check_eq "ps (running only) omits it" "$(e ps -q | wc -l)" 0

OUT=$(e run --rm busybox:test /no/such/binary 2>&1); RC=$?
check_eq "run of a missing binary: 127" "$RC" 127
check_contains "the error names the binary" "$OUT" "/no/such/binary"
OUT=$(e run --rm no-such-image:1 true 2>&1); RC=$?
check_eq "run of a missing image fails (125)" "$RC" 125
check_contains "the error names the image" "$OUT" "no-such-image"

ID=$(e run -d --name web busybox:test sh -c 'trap "echo bye; exit 0" TERM; echo started; while :; do sleep 0.1; done')
check_eq "run -d prints a 64-hex id" "${#ID}" 64
check_eq "inspect: running" "$(status_of web)" "running"
check_eq "lookup by id prefix" "$(e inspect "${ID:0:8}" | jq -r '.[0].Name')" "/web"
wait_for "logs of a detached container" 5 sh -c "$EDGECTL --root $STORE --config $CFG logs web | grep -q started"
PID=$(e inspect web | jq -r '.[0].State.Pid')
check "the container's init is a live host process" kill -0 "$PID"
OUT=$(e run -d --name web busybox:test true 2>&1); RC=$?
check "a taken name is refused" test "$RC" != 0
check_contains "the error says the name is in use" "$OUT" "already in use"
check_eq "exec: runs inside" "$(e exec web sh -c 'echo $HOSTNAME')" "${ID:0:12}"
check_eq "exec -w -e" "$(e exec -w /tmp -e FOO=bar web sh -c 'pwd; echo $FOO' | tr '\n' ' ')" "/tmp bar "
check_eq "exec -u nobody" "$(e exec -u nobody web id -u)" "65534"
e exec web sh -c 'exit 7'; check_eq "exec: exit code" "$?" 7
check_eq "pause" "$(e pause web >/dev/null && status_of web)" "paused"
check_eq "unpause" "$(e unpause web >/dev/null && status_of web)" "running"
e stop -t 5 web >/dev/null
check_eq "stop: exited" "$(status_of web)" "exited"
check_contains "stop signal reached the trap" "$(e logs web)" "bye"
check_eq "stop: exit code 0 from the trap" "$(e inspect web | jq -r '.[0].State.ExitCode')" 0
check "stop: the process is gone" sh -c "! kill -0 $PID 2>/dev/null"
check "stop: rootfs unmounted" sh -c "! grep -q $ID/rootfs /proc/self/mountinfo"
e start web >/dev/null; check_eq "start again" "$(status_of web)" "running"
e restart -t 1 web >/dev/null; check_eq "restart" "$(status_of web)" "running"
e kill -s KILL web >/dev/null
wait_for "kill: exited" 5 sh -c "[ \"\$($EDGECTL --root $STORE --config $CFG inspect web | jq -r '.[0].State.Status')\" = exited ]"
check_eq "kill: 137" "$(e inspect web | jq -r '.[0].State.ExitCode')" 137
e rename web web2; check_eq "rename" "$(e inspect web2 | jq -r '.[0].Name')" "/web2"
check "the old name is gone" sh -c "! $EDGECTL --root $STORE --config $CFG inspect web >/dev/null 2>&1"

ID=$(e create --name later busybox:test sh -c 'exit 5')
check_eq "create: status created" "$(status_of later)" "created"
e start later >/dev/null
check_eq "wait: exit code" "$(e wait later)" 5

e run -d --name busy busybox:test sleep 60 >/dev/null
OUT=$(e rm busy 2>&1); RC=$?
check "rm of a running container is refused" test "$RC" != 0
check_contains "the error says so" "$OUT" "running"
e rm -f busy >/dev/null; check_eq "rm -f removes it" "$(e ps -a --filter name=busy -q | wc -l)" 0
check "rm -f: no mount left" sh -c "! grep -q '$STORE/containers' /proc/self/mountinfo || ! grep -q busy /proc/self/mountinfo"
# Images in use: rmi refuses without -f; gc keeps the layers of containers.
e tag busybox:test keep:me
e create --name holder keep:me true >/dev/null
OUT=$(e rmi keep:me 2>&1); RC=$?
check "rmi of an image in use is refused" test "$RC" != 0
check_contains "rmi names the container" "$OUT" "used by container"
e rmi -f keep:me >/dev/null
e rmi busybox:test >/dev/null 2>&1  # also used (same image): refused, stays
e image prune >/dev/null
check_contains "events: image tag" "$(e events --since 1h --until 0s --filter type=image)" "image tag"
mkdir -p "$T/other" && echo other > "$T/other/marker" && tar -C "$T/other" -cf "$T/other.tar" . && e import "$T/other.tar" other:1 >/dev/null
e create --name orphan other:1 /marker >/dev/null
e rmi -f other:1 >/dev/null
e image prune >/dev/null
check "gc keeps the layers of a container whose image was removed" sh -c "ls $STORE/layers/*/diff/marker >/dev/null 2>&1"
e rm orphan >/dev/null
e rm holder >/dev/null
e rm later codes web2 >/dev/null
check_eq "rm of stopped containers" "$(e ps -aq | wc -l)" 0
check_eq "no shim left" "$(pgrep -f "edgectl-shim $STORE" | wc -l)" 0
finish
