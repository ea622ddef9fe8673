#!/bin/bash
# The build with -Dseccomp=disabled: it compiles, runs containers, and a
# config asking for seccomp fails with a clear "built without seccomp".
source "$(dirname "$0")/lib.sh"
bd=$EDGECTL_TEST_CACHE/../build-noseccomp
if [ ! -f "$bd/build.ninja" ]; then
  meson setup "$bd" "$EDGECTL_SRC" -Dseccomp=disabled -Dtests=false >"$T/setup.log" 2>&1
  check "meson setup -Dseccomp=disabled" test $? -eq 0 || cat "$T/setup.log"
fi
ninja -C "$bd" edgectl >"$T/build.log" 2>&1
check "build -Dseccomp=disabled" test $? -eq 0 || tail -20 "$T/build.log"
ns=$bd/edgectl
check_eq "features: seccomp disabled" "$("$ns" oci features | jq .linux.seccomp.enabled)" false
check "binary not linked with libseccomp" test -z "$(ldd "$ns" 2>/dev/null | grep seccomp)"

b=$(make_bundle plain sh -c 'echo plain-ok')
OUT=$(cd "$b" && "$ns" oci --root "$ROOT" run ns1 2>&1)
check_contains "runs a container without seccomp" "$OUT" "plain-ok"

b2=$(make_bundle sc true)
edit_config "$b2" '.linux.seccomp={"defaultAction":"SCMP_ACT_ALLOW"}'
OUT=$(cd "$b2" && "$ns" oci --root "$ROOT" run ns2 2>&1); RC=$?
check "seccomp config rejected" test "$RC" -ne 0
check_contains "says built without seccomp" "$OUT" "built without seccomp"
check "nothing left behind" test -z "$("$ns" oci --root "$ROOT" list -q)"
finish
