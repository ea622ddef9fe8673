#!/bin/bash
# User namespace with uid/gid mappings.
source "$(dirname "$0")/lib.sh"
b=$(make_bundle us sh -c 'cat /proc/self/uid_map /proc/self/gid_map; id -u; id -g; touch /tmp/f && stat -c "%u:%g" /tmp/f; cat /proc/self/status | grep CapEff')
chown -R 100000:100000 "$b/rootfs"
edit_config "$b" '.linux.namespaces += [{"type":"user"}] |
  .linux.uidMappings=[{"containerID":0,"hostID":100000,"size":65536}] |
  .linux.gidMappings=[{"containerID":0,"hostID":100000,"size":65536}] |
  .mounts |= map(select(.destination != "/sys/fs/cgroup"))'
run_out "$b" us1
check_eq "userns run ok" "$RC" 0
echo "$OUT"
check "uid_map written" grep -Eq '^ +0 +100000 +65536' <<<"$OUT"
check_eq "file created as host uid 100000" "$(stat -c %u "$b/rootfs/tmp/f" 2>/dev/null)" 100000
check_contains "root inside" "$OUT" $'\n0\n0\n'
# mappings without a user namespace are rejected before anything happens
b2=$(make_bundle us2 true)
edit_config "$b2" '.linux.uidMappings=[{"containerID":0,"hostID":100000,"size":1}]'
run_out "$b2" us2
check "mappings without userns rejected" test "$RC" -ne 0
check_contains "error names mappings" "$OUT" "ppings"
finish
