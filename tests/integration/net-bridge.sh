#!/bin/bash
# Bridge networking: the default network, user networks, names in
# /etc/hosts, DNS flags, --network container:, connect/disconnect,
# network rm/prune; everything inside a namespace this test creates.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-net.sh"
engine_image || { not_ok "import the busybox image"; finish; }

# --- the default network ---
OUT=$(e run --rm busybox:test sh -c 'ip -4 -o addr show eth0; ip route; cat /sys/class/net/lo/operstate' 2>&1)
check_contains "run (default bridge): eth0 has an address" "$OUT" "inet 172.30."
check_contains "run: a default route via the gateway" "$OUT" "default via 172.30."
check_contains "run: loopback is up" "$OUT" "unknown"
check_eq "the default network is listed" "$(e network ls --format json | jq -r '.[].Name' | grep -c '^bridge$')" 1
check "its bridge edgectl0 exists in the namespace" NSRUN ip link show edgectl0
check_eq "--rm leaves no lease" "$(count_leases bridge)" 0
check_eq "--rm leaves no veth" "$(veths_after 0)" 0

# --- a user network; names ---
check "network create" e network create --subnet 10.77.0.0/24 testnet
OUT=$(e network create --subnet 10.77.0.128/25 clash 2>&1); RC=$?
check "an overlapping subnet is refused" test "$RC" != 0
check_contains "the error names the other network" "$OUT" "testnet"
check_eq "inspect: subnet" "$(e network inspect testnet | jq -r '.[0].IPAM.Config[0].Subnet')" "10.77.0.0/24"
check_eq "inspect: gateway" "$(e network inspect testnet | jq -r '.[0].IPAM.Config[0].Gateway')" "10.77.0.1"
e run -d --network testnet --name srv busybox:test sh -c 'mkdir -p /www; echo hello-from-srv > /www/index.html; httpd -f -p 80 -h /www & nc -ll -p 7000 -e echo tcp-ok & wait' >/dev/null
e run -d --network testnet --name cli --ip 10.77.0.50 busybox:test sleep 1000 >/dev/null
check_eq "inspect: address of srv" "$(e inspect srv | jq -r '.[0].NetworkSettings.Networks.testnet.IPAddress')" "10.77.0.2"
check_eq "--ip is honoured" "$(e inspect cli | jq -r '.[0].NetworkSettings.IPAddress')" "10.77.0.50"
check_contains "cli's /etc/hosts names srv" "$(e exec cli cat /etc/hosts)" "10.77.0.2	srv"
check_contains "srv's /etc/hosts names cli (updated when cli came)" "$(e exec srv cat /etc/hosts)" "10.77.0.50	cli"
check "ping by name" e exec cli ping -c 1 -W 2 srv
wait_for "TCP by name (busybox nc)" 5 e exec cli sh -c 'nc srv 7000 | grep -q tcp-ok'
check_eq "HTTP by name" "$(e exec cli timeout 3 wget -q -O - http://srv/)" "hello-from-srv"
OUT=$(e run -d --network testnet --ip 10.77.0.50 busybox:test true 2>&1); RC=$?
check "a leased --ip is refused" test "$RC" != 0
check_contains "the error names the holder" "$OUT" "cli"
check_eq "testnet has two leases" "$(count_leases testnet)" 2
OUT=$(e network rm testnet 2>&1); RC=$?
check "network rm with members is refused" test "$RC" != 0
check_contains "the error names the members" "$OUT" "srv"

# --- the host's namespace reaches the container through the bridge ---
check_eq "the test namespace reaches srv by address" "$(http_get http://10.77.0.2/)" "hello-from-srv"

# --- DNS and hosts flags ---
OUT=$(e run --rm --dns 10.0.0.53 --dns-search corp.example --add-host gw.example:10.1.2.3 --hostname box1 busybox:test \
      sh -c 'cat /etc/resolv.conf /etc/hosts; hostname')
check_contains "--dns" "$OUT" "nameserver 10.0.0.53"
check_contains "--dns-search" "$OUT" "search corp.example"
check_contains "--add-host" "$OUT" "10.1.2.3	gw.example"
check_contains "--hostname in hosts" "$OUT" "	box1"
check_contains "--hostname" "$OUT" "box1"
OUT=$(e run --rm busybox:test cat /etc/resolv.conf)
check_not_contains "loopback nameservers are dropped in bridge mode" "$OUT" "127.0.0."

# --- --network container: ---
OUT=$(e run --rm --network container:srv busybox:test ip -4 -o addr show eth0)
check_contains "container:srv shares srv's address" "$OUT" "10.77.0.2/24"
check_eq "it took no lease" "$(count_leases testnet)" 2

# --- connect / disconnect ---
e network create --subnet 10.78.0.0/24 second >/dev/null
check "network connect" e network connect second cli
check_contains "cli has eth1 on the second network" "$(e exec cli ip -4 -o addr show eth1)" "10.78.0."
check_eq "inspect lists both networks" "$(e inspect cli | jq -r '.[0].NetworkSettings.Networks | keys | join(",")')" "second,testnet"
OUT=$(e network connect second cli 2>&1); RC=$?
check "connecting twice is refused" test "$RC" != 0
check "network disconnect" e network disconnect second cli
e exec cli ip link show eth1 >/dev/null 2>&1; check "eth1 is gone" test $? != 0
check_eq "the second network has no lease" "$(count_leases second)" 0
OUT=$(e network disconnect testnet cli 2>&1); RC=$?
check "the first network can't be disconnected" test "$RC" != 0

# --- restart keeps the address; stop releases it ---
e restart -t 1 cli >/dev/null
check_eq "restart keeps --ip" "$(e inspect cli | jq -r '.[0].NetworkSettings.IPAddress')" "10.77.0.50"
e stop -t 1 cli >/dev/null
check_eq "stop releases the lease" "$(count_leases testnet)" 1
check_eq "stop removes cli's veth" "$(veths_after 1)" 1
e start cli >/dev/null
check_eq "start takes it again" "$(e inspect cli | jq -r '.[0].NetworkSettings.IPAddress')" "10.77.0.50"

# --- cleanup: rm, network rm, prune ---
e rm -f srv cli >/dev/null
check_eq "rm -f: no leases" "$(count_leases testnet)" 0
check_eq "rm -f: no veths" "$(veths_after 0)" 0
BR=$(e network inspect testnet | jq -r '.[0].Options["com.docker.network.bridge.name"]')
check "network rm" e network rm testnet
check_eq "its bridge $BR is gone" "$(NSRUN ip -o link show | grep -c ": $BR:")" 0
OUT=$(e network prune -f)
check_contains "prune removes the unused network" "$OUT" "second"
OUT=$(e network rm bridge 2>&1); RC=$?
check "the default network can't be removed" test "$RC" != 0
BEFORE=$(e ps -aq | wc -l)
OUT=$(e run --rm --network nosuchnet busybox:test true 2>&1); RC=$?
check "an unknown network is refused" test "$RC" != 0
check_contains "the error names it" "$OUT" "nosuchnet"
check_eq "a refused run leaves no container" "$(e ps -aq | wc -l)" "$BEFORE"
finish
