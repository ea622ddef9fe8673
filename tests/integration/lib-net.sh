# Helpers for the network tests: the whole engine runs inside a network
# namespace this test creates (its bridges, veths and NAT rules live there,
# never on the host), plus an "outside" namespace wired to it by a veth
# pair (192.168.219.1 inside the test namespace, .2 outside).
# Usage: source lib.sh, then this file (it sources lib-engine.sh).
NS=ectest$$
OUTNS=ecout$$
NSRUN() { nsenter --net=/run/netns/$NS "$@"; }
OUTRUN() { nsenter --net=/run/netns/$OUTNS "$@"; }
net_cleanup() {
  ip netns del "$NS" 2>/dev/null
  ip netns del "$OUTNS" 2>/dev/null
}
EXTRA_CLEANUP="net_cleanup"
ENGINE_NET=bridge
source "$(dirname "${BASH_SOURCE[0]}")/lib-engine.sh"
# NAT_BACKEND: auto (default) | nftables | iptables | userspace
jq --arg b "${NAT_BACKEND:-auto}" '. + {"nat-backend": $b}' "$CFG" > "$CFG.tmp" && mv "$CFG.tmp" "$CFG"
e() { NSRUN "$EDGECTL" --root "$STORE" --config "$CFG" "$@"; }

ip netns add "$NS" && ip netns add "$OUTNS" || { echo "not ok - create the test namespaces"; exit 1; }
NSRUN ip link set lo up
OUTRUN ip link set lo up
ip link add ecv$$a netns "$NS" type veth peer name ecv$$b netns "$OUTNS"
NSRUN ip addr add 192.168.219.1/24 dev ecv$$a
NSRUN ip link set ecv$$a up
OUTRUN ip addr add 192.168.219.2/24 dev ecv$$b
OUTRUN ip link set ecv$$b up

# Our veths, leases and rules in the test namespace.
count_veths() { NSRUN ip -o link show | grep -cE ': ve[0-9a-f]{11}@' ; }
count_rules() {
  local n=0
  if command -v nft >/dev/null; then n=$((n + $(NSRUN nft list ruleset 2>/dev/null | grep -c 'edgectl:[0-9a-f]'))); fi
  n=$((n + $(NSRUN iptables-save 2>/dev/null | grep -c 'edgectl:[0-9a-f]')))
  echo "$n"
}
count_leases() { e network inspect "$1" | jq '.[0].Containers | length'; }
# http_get URL [NSRUN|OUTRUN]: busybox wget with a short timeout.
http_get() { local r=${2:-NSRUN}; $r timeout 3 busybox wget -q -O - "$1" 2>/dev/null; }
# The kernel deletes a container's veth when its namespace goes, shortly
# after the container: wait up to 5 s for the count to settle at $1.
veths_after() {
  local n i
  for i in $(seq 50); do n=$(count_veths); [ "$n" = "$1" ] && break; sleep 0.1; done
  echo "$n"
}
