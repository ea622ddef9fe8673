// iptables backend: chains EDGECTL-PREROUTING/OUTPUT/POSTROUTING (nat) and
// EDGECTL-FORWARD/INPUT (filter), each jumped to from the built-in chain of
// the same hook. Rules carry "-m comment --comment edgectl:<owner>" and are
// removed by listing the chain (-S) and deleting the owner's lines (-D with
// the listed spec). Works with iptables-nft and iptables-legacy alike.
#include <cerrno>

#include "core/strutil.h"
#include "net/nat_rules.h"
#include "net/tool.h"

namespace ec::net::nat_detail {

namespace {

struct OurChain {
  const char* table;
  const char* chain;
  const char* builtin;
};
constexpr OurChain kChains[] = {
    {"nat", "EDGECTL-PREROUTING", "PREROUTING"}, {"nat", "EDGECTL-OUTPUT", "OUTPUT"},
    {"nat", "EDGECTL-POSTROUTING", "POSTROUTING"}, {"filter", "EDGECTL-FORWARD", "FORWARD"},
    {"filter", "EDGECTL-INPUT", "INPUT"},
};

std::string ipt_path() { return find_tool("iptables"); }

std::vector<std::string> ipt_argv(const std::string& table, std::vector<std::string> rest) {
  std::vector<std::string> av = {ipt_path(), "-w", "-t", table};
  av.insert(av.end(), rest.begin(), rest.end());
  return av;
}

std::vector<std::string> with_comment(std::vector<std::string> match, std::string_view owner,
                                      std::vector<std::string> target) {
  match.insert(match.end(), {"-m", "comment", "--comment", comment_of(owner)});
  match.insert(match.end(), target.begin(), target.end());
  return match;
}

std::string host32(const std::string& ip) { return ip + "/32"; }

Status ensure_chains() {
  for (auto& c : kChains) {
    EC_ASSIGN(ToolOutput s, run_tool_raw(ipt_argv(c.table, {"-S", c.chain})));
    if (s.status != 0) {
      auto r = run_tool(ipt_argv(c.table, {"-N", c.chain}));
      // Another edgectl may have created it in between.
      if (!r && r.error().msg.find("exists") == std::string::npos) return std::move(r).error();
    }
    EC_ASSIGN(ToolOutput chk, run_tool_raw(ipt_argv(c.table, {"-C", c.builtin, "-j", c.chain})));
    if (chk.status != 0) EC_TRY(run_tool(ipt_argv(c.table, {"-I", c.builtin, "1", "-j", c.chain})));
  }
  return {};
}

// Our rules of `owner` ("" = all) currently in the kernel.
Result<std::vector<IptRule>> listed(std::string_view owner) {
  std::vector<IptRule> out;
  for (auto& c : kChains) {
    EC_ASSIGN(ToolOutput s, run_tool_raw(ipt_argv(c.table, {"-S", c.chain})));
    if (s.status != 0) continue;  // chain not created yet: no rules
    for (auto& r : ipt_parse_rules(c.table, s.out, owner)) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<IptRule> ipt_network_rules(const NetworkNat& n) {
  std::string owner = "net:" + n.name;
  std::string subnet = to_string(Cidr{n.subnet.network(), n.subnet.prefix});
  const std::string& b = n.bridge;
  std::vector<IptRule> out;
  if (n.internal) {
    out.push_back({"filter", "EDGECTL-FORWARD", with_comment({"-i", b, "!", "-o", b}, owner, {"-j", "DROP"})});
    out.push_back({"filter", "EDGECTL-FORWARD", with_comment({"!", "-i", b, "-o", b}, owner, {"-j", "DROP"})});
  } else {
    out.push_back({"nat", "EDGECTL-POSTROUTING", with_comment({"-s", subnet, "!", "-o", b}, owner, {"-j", "MASQUERADE"})});
    out.push_back({"filter", "EDGECTL-FORWARD", with_comment({"-i", b}, owner, {"-j", "ACCEPT"})});
    out.push_back({"filter", "EDGECTL-FORWARD", with_comment({"-o", b}, owner, {"-j", "ACCEPT"})});
  }
  // See nat_nft.cpp: route_localnet must not open the host's loopback.
  out.push_back({"filter", "EDGECTL-INPUT",
                 with_comment({"-d", "127.0.0.0/8", "-i", b, "-m", "conntrack", "!", "--ctstate", "RELATED,ESTABLISHED"},
                              owner, {"-j", "DROP"})});
  return out;
}

std::vector<IptRule> ipt_port_rules(const PortForward& f) {
  std::string ip = to_string(f.container_ip);
  std::vector<IptRule> out;
  bool localnet = false;
  for (auto& p : f.ports) {
    std::vector<std::string> m;
    if (p.host_ip.empty()) m = {"-p", p.proto, "-m", p.proto, "--dport", std::to_string(p.host_port), "-m", "addrtype", "--dst-type", "LOCAL"};
    else m = {"-d", host32(p.host_ip), "-p", p.proto, "-m", p.proto, "--dport", std::to_string(p.host_port)};
    auto rule = with_comment(m, f.owner, {"-j", "DNAT", "--to-destination", ip + ":" + std::to_string(p.container_port)});
    out.push_back({"nat", "EDGECTL-PREROUTING", rule});
    out.push_back({"nat", "EDGECTL-OUTPUT", rule});
    out.push_back({"nat", "EDGECTL-POSTROUTING",
                   with_comment({"-s", host32(ip), "-d", host32(ip), "-p", p.proto, "-m", p.proto, "--dport",
                                 std::to_string(p.container_port)},
                                f.owner, {"-j", "MASQUERADE"})});
    localnet = localnet || p.host_ip.empty() || starts_with(p.host_ip, "127.");
  }
  if (localnet)
    out.push_back({"nat", "EDGECTL-POSTROUTING",
                   with_comment({"-s", "127.0.0.0/8", "-d", host32(ip), "-o", f.bridge}, f.owner, {"-j", "MASQUERADE"})});
  return out;
}

std::string ipt_owner_of(const IptRule& r) {
  for (size_t i = 0; i + 1 < r.args.size(); i++)
    if (r.args[i] == "--comment" && starts_with(r.args[i + 1], "edgectl:")) return r.args[i + 1].substr(8);
  return "";
}

std::vector<IptRule> ipt_parse_rules(std::string_view table, std::string_view listing, std::string_view owner) {
  std::vector<IptRule> out;
  for (auto& line : split(listing, '\n', true)) {
    // Our comments never contain spaces or quotes (check_owner), so a plain
    // split is exact; iptables quotes the comment: drop the quotes.
    auto tok = split(trim(line), ' ', true);
    if (tok.size() < 2 || tok[0] != "-A") continue;
    IptRule r{std::string(table), tok[1], {}};
    for (size_t i = 2; i < tok.size(); i++) {
      std::string t = tok[i];
      if (t.size() >= 2 && t.front() == '"' && t.back() == '"') t = t.substr(1, t.size() - 2);
      r.args.push_back(std::move(t));
    }
    std::string o = ipt_owner_of(r);
    if (o.empty() || (!owner.empty() && o != owner)) continue;
    out.push_back(std::move(r));
  }
  return out;
}

Status ipt_available() {
  if (ipt_path().empty()) return make_error("iptables: iptables not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  auto r = run_tool(ipt_argv("nat", {"-S"}));
  if (!r) return std::move(r).error().context("iptables: the kernel or our privileges do not allow it");
  return {};
}

Status ipt_replace(std::string_view owner, const std::vector<IptRule>& rules) {
  if (ipt_path().empty()) return make_error("iptables: iptables not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  EC_TRY(ensure_chains());
  // Drop the owner's rules that are not wanted any more (e.g. a network
  // re-created with another subnet), then append the missing ones.
  EC_ASSIGN(auto old, listed(owner));
  for (auto& o : old) {
    bool keep = false;
    for (auto& r : rules) keep = keep || r == o;
    if (keep) continue;
    std::vector<std::string> spec = {"-D", o.chain};
    spec.insert(spec.end(), o.args.begin(), o.args.end());
    EC_TRY(run_tool(ipt_argv(o.table, spec)));
  }
  for (auto& r : rules) {
    std::vector<std::string> spec = {"-C", r.chain};
    spec.insert(spec.end(), r.args.begin(), r.args.end());
    EC_ASSIGN(ToolOutput chk, run_tool_raw(ipt_argv(r.table, spec)));
    if (chk.status == 0) continue;
    spec[0] = "-A";
    EC_TRY(run_tool(ipt_argv(r.table, spec)));
  }
  return {};
}

Status ipt_remove(std::string_view owner) {
  if (ipt_path().empty()) return make_error("iptables: iptables not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  EC_ASSIGN(auto rules, listed(owner));
  for (auto& r : rules) {
    std::vector<std::string> spec = {"-D", r.chain};
    spec.insert(spec.end(), r.args.begin(), r.args.end());
    EC_ASSIGN(ToolOutput d, run_tool_raw(ipt_argv(r.table, spec)));
    // Gone already (a concurrent removal) is what we wanted.
    if (d.status != 0 && d.err.find("does a matching rule exist") == std::string::npos &&
        d.err.find("No chain/target/match") == std::string::npos)
      return make_error("iptables: " + tool_message(d.err), EIO);
  }
  return {};
}

Result<std::vector<std::string>> ipt_owners() {
  if (ipt_path().empty()) return make_error("iptables: iptables not found in /usr/sbin, /sbin, /usr/bin", ENOENT);
  EC_ASSIGN(auto rules, listed(""));
  std::vector<std::string> out;
  for (auto& r : rules) {
    std::string o = ipt_owner_of(r);
    bool seen = false;
    for (auto& x : out) seen = seen || x == o;
    if (!seen) out.push_back(o);
  }
  return out;
}

}  // namespace ec::net::nat_detail
