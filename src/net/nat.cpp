// Backend choice and dispatch; the backends are nat_nft.cpp and
// nat_ipt.cpp. The userspace backend has no kernel rules at all: published
// ports go through the proxy (proxy.h) and outbound NAT is unavailable
// (containers reach only what routing allows without masquerade), which
// the caller reports as a warning.
#include "net/nat.h"

#include <cerrno>

#include "core/fs.h"
#include "core/log.h"
#include "core/strutil.h"
#include "net/nat_rules.h"
#include "net/tool.h"

namespace ec::net {

namespace nat_detail {

namespace {
bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-' || c == ':';
}
}  // namespace

Status check_owner(std::string_view owner) {
  // nft comments are at most 128 bytes; "edgectl:" takes 8.
  if (owner.empty() || owner.size() > 100) return make_error("NAT rule owner \"" + std::string(owner) + "\": bad length");
  for (char c : owner)
    if (!name_char(c)) return make_error("NAT rule owner \"" + std::string(owner) + "\": invalid character");
  return {};
}

Status check_ifname(std::string_view ifname) {
  if (ifname.empty() || ifname.size() > 15) return make_error("interface name \"" + std::string(ifname) + "\": bad length");
  for (char c : ifname)
    if (!name_char(c) || c == ':') return make_error("interface name \"" + std::string(ifname) + "\": invalid character");
  return {};
}

std::string comment_of(std::string_view owner) { return "edgectl:" + std::string(owner); }

Status sysctl_on(const std::string& path) {
  auto cur = read_file(path);
  if (cur && trim(*cur) == "1") return {};  // also fine where /proc/sys is read-only
  return write_knob(path, "1");
}

}  // namespace nat_detail

using namespace nat_detail;

std::string_view backend_name(NatBackend b) {
  switch (b) {
    case NatBackend::Nftables: return "nftables";
    case NatBackend::Iptables: return "iptables";
    case NatBackend::Userspace: return "userspace";
  }
  return "userspace";
}

Result<NatBackend> pick_backend(std::string_view configured) {
  if (configured.empty() || configured == "auto") {
    if (nft_available()) return NatBackend::Nftables;
    if (ipt_available()) return NatBackend::Iptables;
    return NatBackend::Userspace;
  }
  if (configured == "nftables") {
    EC_TRY(nft_available());
    return NatBackend::Nftables;
  }
  if (configured == "iptables") {
    EC_TRY(ipt_available());
    return NatBackend::Iptables;
  }
  if (configured == "userspace") return NatBackend::Userspace;
  return make_error("unknown NAT backend \"" + std::string(configured) +
                    "\" (valid: auto, nftables, iptables, userspace)");
}

namespace {

const char kIpForward[] = "/proc/sys/net/ipv4/ip_forward";

// Our nft accept does not override a drop in another table on the same
// hook: with docker's (or podman's) iptables FORWARD policy DROP, routed
// container traffic would vanish. Say so; the iptables backend inserts its
// accepts into that very chain.
void warn_forward_drop(const NetworkNat& n) {
  std::string ipt = find_tool("iptables");
  if (ipt.empty()) return;
  auto r = run_tool_raw({ipt, "-w", "-S", "FORWARD"});
  if (!r || r->status != 0) return;
  if (r->out.find("-P FORWARD DROP") == std::string::npos) return;
  log_msg(LogLevel::Warn, "network " + n.name +
                              ": the iptables FORWARD chain drops by default (policy DROP, as docker sets it); "
                              "routed container traffic may be dropped with the nftables backend: use the "
                              "iptables backend on this host");
}

}  // namespace

Status nat_network_add(NatBackend b, const NetworkNat& n) {
  std::string what = "network " + n.name + ": NAT (" + std::string(backend_name(b)) + ")";
  EC_TRYC(check_owner("net:" + n.name), what);
  EC_TRYC(check_ifname(n.bridge), what);
  if (b == NatBackend::Userspace) {
    (void)sysctl_on(kIpForward);  // best effort: no masquerade here anyway
    return {};
  }
  EC_TRYC(sysctl_on(kIpForward), what + ": enable IPv4 forwarding");
  if (b == NatBackend::Nftables) {
    EC_TRYC(nft_replace("net:" + n.name, nft_network_rules(n)), what);
    warn_forward_drop(n);
    return {};
  }
  EC_TRYC(ipt_replace("net:" + n.name, ipt_network_rules(n)), what);
  return {};
}

Status nat_network_remove(NatBackend b, const NetworkNat& n) {
  std::string what = "network " + n.name + ": remove NAT (" + std::string(backend_name(b)) + ")";
  EC_TRYC(check_owner("net:" + n.name), what);
  if (b == NatBackend::Nftables) EC_TRYC(nft_replace("net:" + n.name, ""), what);
  if (b == NatBackend::Iptables) EC_TRYC(ipt_remove("net:" + n.name), what);
  return {};
}

Status nat_ports_add(NatBackend b, const PortForward& f) {
  std::string what = "container " + f.owner + ": publish ports (" + std::string(backend_name(b)) + ")";
  if (b == NatBackend::Userspace) return {};
  EC_TRYC(check_owner(f.owner), what);
  EC_TRYC(check_ifname(f.bridge), what);
  bool localnet = false;
  for (auto& p : f.ports) {
    if (p.host_port == 0 || p.container_port == 0)
      return make_error(what + ": " + to_string(p) + ": port not assigned");
    if (p.proto != "tcp" && p.proto != "udp") return make_error(what + ": " + to_string(p) + ": unsupported protocol");
    if (!p.host_ip.empty()) EC_TRYC(parse_ip4(p.host_ip), what);
    localnet = localnet || p.host_ip.empty() || starts_with(p.host_ip, "127.");
  }
  // DNAT from 127.0.0.1 to the bridge is dropped as martian without it.
  if (localnet) EC_TRYC(sysctl_on("/proc/sys/net/ipv4/conf/" + f.bridge + "/route_localnet"), what);
  if (b == NatBackend::Nftables) EC_TRYC(nft_replace(f.owner, nft_port_rules(f)), what);
  else EC_TRYC(ipt_replace(f.owner, ipt_port_rules(f)), what);
  return {};
}

Status nat_ports_remove(NatBackend b, const std::string& owner) {
  if (b == NatBackend::Userspace) return {};
  std::string what = "container " + owner + ": unpublish ports (" + std::string(backend_name(b)) + ")";
  EC_TRYC(check_owner(owner), what);
  if (b == NatBackend::Nftables) EC_TRYC(nft_replace(owner, ""), what);
  else EC_TRYC(ipt_remove(owner), what);
  return {};
}

Result<std::vector<std::string>> nat_owners(NatBackend b) {
  if (b == NatBackend::Nftables) return nft_owners();
  if (b == NatBackend::Iptables) return ipt_owners();
  return std::vector<std::string>{};
}

}  // namespace ec::net
