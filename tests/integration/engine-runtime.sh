#!/bin/bash
# Runtimes by name: an external OCI runtime (Debian's runc) from the engine
# config drives a real container through the same engine path; priority
# flag > default-runtime > builtin; unknown names rejected before anything
# is created.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
command -v runc >/dev/null || { not_ok "runc installed"; finish; }
engine_image || { not_ok "import the busybox image"; finish; }
printf '{"run-root": "%s", "default-network": "none", "runtimes": {"runc": {"path": "%s", "args": []}}}\n' "$RUNR" "$(command -v runc)" > "$CFG"

check_eq "--runtime runc: foreground run" "$(e run --rm --runtime runc busybox:test echo via-runc)" "via-runc"
ID=$(e run -d --runtime runc --name r1 busybox:test sleep 60)
check_eq "runc: running" "$(status_of r1)" "running"
check_eq "inspect names the runtime" "$(e inspect r1 | jq -r '.[0].HostConfig.Runtime')" "runc"
check "runc itself knows the container" sh -c "runc --root $RUNR/runtime/runc state $ID | grep -q running"
check_eq "exec through runc" "$(e exec r1 echo in-runc)" "in-runc"
e stop -t 1 r1 >/dev/null
check_eq "stop through runc" "$(status_of r1)" "exited"
check "runc state removed after stop" sh -c "! runc --root $RUNR/runtime/runc state $ID >/dev/null 2>&1"
e rm r1 >/dev/null

printf '{"run-root": "%s", "default-network": "none", "default-runtime": "runc", "runtimes": {"runc": {"path": "%s", "args": []}}}\n' "$RUNR" "$(command -v runc)" > "$CFG"
ID=$(e create busybox:test true)
check_eq "default-runtime from the config" "$(e inspect "$ID" | jq -r '.[0].HostConfig.Runtime')" "runc"
ID2=$(e create --runtime builtin busybox:test true)
check_eq "the flag wins over default-runtime" "$(e inspect "$ID2" | jq -r '.[0].HostConfig.Runtime')" "builtin"
e rm "$ID" "$ID2" >/dev/null
OUT=$(e run --rm --runtime crunx busybox:test true 2>&1); RC=$?
check_eq "unknown runtime: exit 125" "$RC" 125
check_contains "unknown runtime: named, with the known ones" "$OUT" 'unknown runtime "crunx" (known: builtin, runc)'
check_eq "nothing was created" "$(e ps -aq | wc -l)" 0
finish
