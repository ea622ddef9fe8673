#!/bin/bash
# Published ports and outbound NAT with each backend forced in turn
# (nftables, iptables, the userspace proxy): reachable on 127.0.0.1 and
# from a second namespace; no rules, veths, leases or namespaces left after
# stop/rm, 20 run/rm cycles, kill -9 of a shim, and a crash + prune.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-net.sh"
engine_image || { not_ok "import the busybox image"; finish; }

mkdir -p "$T/outside" && echo from-outside > "$T/outside/index.html"
OUTRUN busybox httpd -p 192.168.219.2:8000 -h "$T/outside"
WEB='mkdir -p /www; echo hello-$0 > /www/index.html; exec httpd -f -p 80 -h /www'
netns_files() { ls "$RUNR/netns" 2>/dev/null | wc -l; }

for B in nftables iptables userspace; do
  jq --arg b "$B" '."nat-backend" = $b' "$CFG" > "$CFG.tmp" && mv "$CFG.tmp" "$CFG"
  if [ "$B" = nftables ] && ! command -v nft >/dev/null; then not_ok "$B: the nft tool is missing"; continue; fi
  e run -d --name web -p 18080:80 -p 80 busybox:test sh -c "$WEB" "$B" >/dev/null
  check_eq "$B: info/inspect shows the port" "$(e inspect web | jq -r '.[0].NetworkSettings.Ports["80/tcp"][0].HostPort')" 18080
  wait_for "$B: published port on 127.0.0.1" 5 sh -c "nsenter --net=/run/netns/$NS timeout 3 busybox wget -q -O - http://127.0.0.1:18080/ | grep -q hello-$B"
  check_eq "$B: published port from a second namespace" "$(http_get http://192.168.219.1:18080/ OUTRUN)" "hello-$B"
  RAND=$(e port web 80/tcp | tail -1 | sed 's/.*://')
  check "$B: -p 80 got a random host port ($RAND)" test -n "$RAND" -a "$RAND" != 18080
  check_eq "$B: the random port works" "$(http_get http://127.0.0.1:$RAND/)" "hello-$B"
  check_contains "$B: ps shows the ports" "$(e ps)" "0.0.0.0:18080->80/tcp"
  OUT=$(e run -d --name web2 -p 18080:80 busybox:test true 2>&1); RC=$?
  check "$B: a taken host port is refused" test "$RC" != 0
  check_contains "$B: the error names the port" "$OUT" "18080"
  e rm -f web2 >/dev/null 2>&1
  if [ "$B" != userspace ]; then
    check "$B: rules exist while it runs" test "$(count_rules)" -gt 0
    check_eq "$B: outbound NAT reaches the outside namespace" "$(e exec web timeout 3 wget -q -O - http://192.168.219.2:8000/)" "from-outside"
  else
    check "$B: a proxy process serves the ports" pgrep -x edgectl-proxy
  fi
  e rm -f web >/dev/null
  check_eq "$B: rm leaves no rules" "$(count_rules)" 0
  check_eq "$B: rm leaves no veths" "$(veths_after 0)" 0
  check_eq "$B: rm leaves no leases" "$(count_leases bridge)" 0
  [ "$B" = userspace ] && wait_for "$B: the proxy is gone" 3 sh -c '! pgrep -x edgectl-proxy'
  OUT=$(http_get http://127.0.0.1:18080/); check_eq "$B: the port is closed after rm" "$OUT" ""
done

jq '."nat-backend" = "auto"' "$CFG" > "$CFG.tmp" && mv "$CFG.tmp" "$CFG"
# An internal network: no way out, no published ports.
e network create --internal --subnet 10.79.0.0/24 intnet >/dev/null
OUT=$(e run --rm --network intnet busybox:test sh -c 'timeout 3 wget -q -O - http://192.168.219.2:8000/ 2>&1; echo rc=$?')
check_not_contains "an internal network can't reach outside" "$OUT" "from-outside"
check_contains "an internal network still has its address" "$(e run --rm --network intnet busybox:test ip -4 -o addr show eth0)" "10.79.0."
OUT=$(e run --rm --network intnet -p 18095:80 busybox:test true 2>&1); RC=$?
check "publishing on an internal network is refused" test "$RC" != 0
check_contains "the error says why" "$OUT" "internal"
e network rm intnet >/dev/null
for i in $(seq 20); do
  e run -d --name cyc -p 18090:80 busybox:test sleep 100 >/dev/null || break
  e rm -f cyc >/dev/null || break
done
check_eq "20 run/rm cycles: no veths" "$(veths_after 0)" 0
check_eq "20 run/rm cycles: no rules" "$(count_rules)" 0
check_eq "20 run/rm cycles: no leases" "$(count_leases bridge)" 0
check_eq "20 run/rm cycles: no namespace files" "$(netns_files)" 0

# kill -9 of the shim: rm -f still takes everything down.
e run -d --name k9 -p 18091:80 busybox:test sh -c "$WEB" k9 >/dev/null
SHIM=$(e inspect k9 | jq -r '.[0].State.ShimPid // empty')
[ -z "$SHIM" ] && SHIM=$(jq -r .shim_pid "$STORE/containers/$(e inspect k9 | jq -r '.[0].Id')/state.json")
kill -9 "$SHIM"
e rm -f k9 >/dev/null
check_eq "kill -9 of a shim, rm -f: no veths" "$(veths_after 0)" 0
check_eq "kill -9 of a shim, rm -f: no rules" "$(count_rules)" 0
check_eq "kill -9 of a shim, rm -f: no leases" "$(count_leases bridge)" 0
check_eq "kill -9 of a shim, rm -f: no namespace files" "$(netns_files)" 0

# A crash: shim and container killed, the container kept; prune reconciles.
e run -d --name crash -p 18092:80 busybox:test sleep 100 >/dev/null
CID=$(e inspect crash | jq -r '.[0].Id')
SHIM=$(jq -r .shim_pid "$STORE/containers/$CID/state.json")
PID=$(e inspect crash | jq -r '.[0].State.Pid')
kill -9 "$SHIM" "$PID"
sleep 0.2
e network prune -f >/dev/null
check_eq "crash + network prune: no veths" "$(veths_after 0)" 0
check_eq "crash + network prune: no rules" "$(count_rules)" 0
check_eq "crash + network prune: no leases" "$(count_leases bridge)" 0
check_eq "crash + network prune: no namespace files" "$(netns_files)" 0
check "the crashed container can start again" e start crash
check_eq "and is reachable on its network" "$(e exec crash ip -4 -o addr show eth0 | grep -c 172.30.)" 1
e rm -f crash >/dev/null
finish
