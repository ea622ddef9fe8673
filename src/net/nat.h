// Outbound NAT and published ports, with three interchangeable backends:
// nftables (the `nft` tool), iptables (the `iptables` tool) and a userspace
// TCP/UDP proxy (no kernel NAT: published ports only, no outbound NAT).
// Every rule carries its owner (a container id or "net:<network name>") so
// it can be removed by owner on stop/rm and after a crash.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "net/ip.h"
#include "net/ports.h"

namespace ec::net {

enum class NatBackend { Nftables, Iptables, Userspace };
std::string_view backend_name(NatBackend b);  // "nftables", "iptables", "userspace"
// "auto" (or ""): nftables when `nft` is found and works, else iptables when
// it works, else userspace. A named backend that can't work is an error.
Result<NatBackend> pick_backend(std::string_view configured);

struct NetworkNat {
  std::string name, bridge;
  Cidr subnet;
  bool internal = false;  // isolate: no forwarding to or from outside
};
// Per network: ip_forward on, masquerade of the subnet going out of any
// other interface, forwarding accepted to/from the bridge. Idempotent.
Status nat_network_add(NatBackend b, const NetworkNat& n);
Status nat_network_remove(NatBackend b, const NetworkNat& n);

struct PortForward {
  std::string owner;  // container id
  std::string bridge;
  Ip4 container_ip;
  std::vector<PortMap> ports;
};
// DNAT of the host ports to the container (also for connections from the
// host itself, 127.0.0.1 included). Userspace: nothing to do here (the shim
// runs the proxy, see proxy.h).
Status nat_ports_add(NatBackend b, const PortForward& f);
// Remove every rule of `owner`; fine when there are none.
Status nat_ports_remove(NatBackend b, const std::string& owner);
// Owners that have rules (for crash reconciliation).
Result<std::vector<std::string>> nat_owners(NatBackend b);

}  // namespace ec::net
