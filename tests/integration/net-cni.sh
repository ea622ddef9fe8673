#!/bin/bash
# --network cni:<name> with Debian's containernetworking-plugins (bridge,
# host-local, portmap), in a namespace this test creates.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-net.sh"
[ -x /usr/lib/cni/bridge ] || { not_ok "containernetworking-plugins is not installed"; finish; }
engine_image || { not_ok "import the busybox image"; finish; }

mkdir -p "$T/cni.d" "$T/ipam"
cat > "$T/cni.d/10-testcni.conflist" <<JSON
{ "cniVersion": "1.0.0", "name": "testcni",
  "plugins": [
    { "type": "bridge", "bridge": "cnitest0", "isGateway": true, "ipMasq": true,
      "ipam": { "type": "host-local", "dataDir": "$T/ipam",
                "ranges": [[{"subnet": "10.88.7.0/24"}]], "routes": [{"dst": "0.0.0.0/0"}] } },
    { "type": "portmap", "capabilities": {"portMappings": true} }
  ] }
JSON
jq --arg d "$T/cni.d" '. + {"cni-conf-dirs": [$d]}' "$CFG" > "$CFG.tmp" && mv "$CFG.tmp" "$CFG"

OUT=$(e run --rm --network cni:nosuch busybox:test true 2>&1); RC=$?
check "an unknown CNI network is refused" test "$RC" != 0
check_contains "the error names it" "$OUT" "nosuch"

e run -d --name c1 --network cni:testcni -p 18100:80 busybox:test sh -c 'mkdir -p /www; echo hello-cni > /www/index.html; exec httpd -f -p 80 -h /www' >/dev/null
ADDR=$(e inspect c1 | jq -r '.[0].NetworkSettings.IPAddress')
check_contains "the bridge plugin gave an address from host-local" "$ADDR" "10.88.7."
check_contains "eth0 inside has it" "$(e exec c1 ip -4 -o addr show eth0)" "$ADDR/24"
check "host-local recorded the lease" test -e "$T/ipam/testcni/$ADDR"
check "the bridge cnitest0 exists" NSRUN ip link show cnitest0
wait_for "reachable by address from the test namespace" 5 sh -c "nsenter --net=/run/netns/$NS timeout 3 busybox wget -q -O - http://$ADDR/ | grep -q hello-cni"
check_eq "portmap: published port from a second namespace" "$(http_get http://192.168.219.1:18100/ OUTRUN)" "hello-cni"
e rm -f c1 >/dev/null
check "DEL released the host-local lease" test ! -e "$T/ipam/testcni/$ADDR"
check_eq "no veth left on cnitest0" "$(NSRUN ip -o link show master cnitest0 | wc -l)" 0
check_eq "portmap rules are gone" "$(NSRUN iptables-save -t nat | grep -c 18100)" 0
check_eq "no namespace file left" "$(ls "$RUNR/netns" 2>/dev/null | wc -l)" 0
finish
