// nftables backend: one table `ip edgectl` of our own, driven by `nft -f -`.
// Every rule carries comment "edgectl:<owner>"; removing an owner lists the
// table with handles and deletes its rules by handle, in the same
// transaction that adds the new ones, so a rule set is replaced atomically
// and other owners' rules (and other tables) are never touched.
#include <cerrno>

#include "core/strutil.h"
#include "net/nat_rules.h"
#include "net/tool.h"

namespace ec::net::nat_detail {

namespace {

constexpr const char* kLocalnetSrc = "127.0.0.0/8";

std::string subnet_str(const Cidr& c) { return to_string(Cidr{c.network(), c.prefix}); }

bool needs_localnet(const PortMap& p) {
  return p.host_ip.empty() || starts_with(p.host_ip, "127.");
}

std::string nft_path() { return find_tool("nft"); }

Result<std::string> nft_run(const std::string& script) {
  std::string nft = nft_path();
  if (nft.empty()) return make_error("nftables: nft not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  return run_tool({nft, "-f", "-"}, script);
}

// The table with handles; "" when it does not exist yet.
Result<std::string> nft_listing() {
  std::string nft = nft_path();
  if (nft.empty()) return make_error("nftables: nft not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  EC_ASSIGN(ToolOutput r, run_tool_raw({nft, "-a", "list", "table", "ip", "edgectl"}));
  if (r.status == 0) return std::move(r.out);
  if (r.err.find("No such file or directory") != std::string::npos) return std::string();
  return make_error("nft: " + tool_message(r.err), EIO);
}

}  // namespace

std::string nft_setup_script() {
  return "add table ip edgectl\n"
         "add chain ip edgectl prerouting { type nat hook prerouting priority dstnat; policy accept; }\n"
         "add chain ip edgectl output { type nat hook output priority -100; policy accept; }\n"
         "add chain ip edgectl postrouting { type nat hook postrouting priority srcnat; policy accept; }\n"
         "add chain ip edgectl forward { type filter hook forward priority filter; policy accept; }\n"
         "add chain ip edgectl input { type filter hook input priority filter; policy accept; }\n";
}

std::string nft_network_rules(const NetworkNat& n) {
  std::string c = " comment \"" + comment_of("net:" + n.name) + "\"\n";
  std::string b = "\"" + n.bridge + "\"";
  std::string s;
  if (n.internal) {
    s += "add rule ip edgectl forward iifname " + b + " oifname != " + b + " drop" + c;
    s += "add rule ip edgectl forward oifname " + b + " iifname != " + b + " drop" + c;
  } else {
    s += "add rule ip edgectl postrouting ip saddr " + subnet_str(n.subnet) + " oifname != " + b + " masquerade" + c;
    s += "add rule ip edgectl forward iifname " + b + " accept" + c;
    s += "add rule ip edgectl forward oifname " + b + " accept" + c;
  }
  // Published ports on 127.0.0.1 need route_localnet on the bridge, which
  // would also let containers reach the host's loopback services: refuse
  // new connections from the bridge to 127/8 (what kube-proxy does).
  s += "add rule ip edgectl input iifname " + b + " ip daddr " + kLocalnetSrc +
       " ct state != { established, related } drop" + c;
  return s;
}

std::string nft_port_rules(const PortForward& f) {
  std::string c = " comment \"" + comment_of(f.owner) + "\"\n";
  std::string ip = to_string(f.container_ip);
  std::string b = "\"" + f.bridge + "\"";
  std::string s;
  bool localnet = false;
  for (auto& p : f.ports) {
    std::string match = (p.host_ip.empty() ? std::string("fib daddr type local") : "ip daddr " + p.host_ip) + " " +
                        p.proto + " dport " + std::to_string(p.host_port);
    std::string dnat = " dnat to " + ip + ":" + std::to_string(p.container_port);
    s += "add rule ip edgectl prerouting " + match + dnat + c;
    s += "add rule ip edgectl output " + match + dnat + c;
    // Hairpin: the container reaching itself through a published port.
    s += "add rule ip edgectl postrouting ip saddr " + ip + " ip daddr " + ip + " " + p.proto + " dport " +
         std::to_string(p.container_port) + " masquerade" + c;
    localnet = localnet || needs_localnet(p);
  }
  // 127.0.0.1:port from the host: the source must become the bridge's
  // address or the container's reply could never come back.
  if (localnet)
    s += "add rule ip edgectl postrouting ip saddr " + std::string(kLocalnetSrc) + " ip daddr " + ip + " oifname " + b +
         " masquerade" + c;
  return s;
}

std::vector<NftRule> nft_parse_rules(std::string_view listing) {
  std::vector<NftRule> out;
  std::string chain;
  const std::string_view tag = "comment \"edgectl:";
  for (auto& raw : split(listing, '\n', true)) {
    std::string_view l = trim(raw);
    if (starts_with(l, "chain ")) {
      auto rest = l.substr(6);
      chain = std::string(rest.substr(0, rest.find(' ')));
      continue;
    }
    auto t = l.find(tag);
    auto h = l.rfind("# handle ");
    if (t == std::string_view::npos || h == std::string_view::npos || chain.empty()) continue;
    auto start = t + tag.size();
    auto end = l.find('"', start);
    if (end == std::string_view::npos) continue;
    auto handle = parse_u64(trim(l.substr(h + 9)));
    if (!handle) continue;
    out.push_back(NftRule{chain, std::string(l.substr(start, end - start)), static_cast<unsigned long>(*handle)});
  }
  return out;
}

std::string nft_delete_script(const std::vector<NftRule>& rules, std::string_view owner) {
  std::string s;
  for (auto& r : rules)
    if (r.owner == owner) s += strf("delete rule ip edgectl %s handle %lu\n", r.chain.c_str(), r.handle);
  return s;
}

Status nft_available() {
  std::string nft = nft_path();
  if (nft.empty()) return make_error("nftables: nft not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  auto r = run_tool({nft, "list", "tables"});
  if (!r) return std::move(r).error().context("nftables: the kernel or our privileges do not allow it");
  return {};
}

Status nft_replace(std::string_view owner, const std::string& rules) {
  // A rule deleted by someone else between our listing and our transaction
  // fails the whole transaction (nothing applied): list again, once.
  for (int attempt = 0;; attempt++) {
    EC_ASSIGN(std::string listing, nft_listing());
    std::string del = nft_delete_script(nft_parse_rules(listing), owner);
    if (del.empty() && rules.empty()) return {};
    auto r = nft_run(nft_setup_script() + del + rules);
    if (r) return {};
    if (attempt == 1 || del.empty()) return std::move(r).error();
  }
}

Result<std::vector<std::string>> nft_owners() {
  EC_ASSIGN(std::string listing, nft_listing());
  std::vector<std::string> out;
  for (auto& r : nft_parse_rules(listing)) {
    bool seen = false;
    for (auto& o : out) seen = seen || o == r.owner;
    if (!seen) out.push_back(r.owner);
  }
  return out;
}

}  // namespace ec::net::nat_detail
