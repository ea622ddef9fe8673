// Internal to the NAT backends: rule generation as pure functions (tested
// for exact text) and the per-backend apply/remove/list entry points that
// nat.cpp dispatches to.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "net/nat.h"

namespace ec::net::nat_detail {

// Owners and interface names end up inside nft scripts and iptables
// arguments: only [A-Za-z0-9_.:-], so nothing needs quoting or escaping.
Status check_owner(std::string_view owner);
Status check_ifname(std::string_view ifname);
std::string comment_of(std::string_view owner);  // "edgectl:<owner>"
// Write "1" to a /proc/sys knob unless it already reads "1".
Status sysctl_on(const std::string& path);

// ---- nftables: table `ip edgectl` ----
// Table and base chains (idempotent "add" commands).
std::string nft_setup_script();
// "add rule ..." lines; owner "net:<name>" / the container id.
std::string nft_network_rules(const NetworkNat& n);
std::string nft_port_rules(const PortForward& f);
struct NftRule {
  std::string chain, owner;
  unsigned long handle = 0;
};
// Our rules in `nft -a list table ip edgectl` output (owner from the comment).
std::vector<NftRule> nft_parse_rules(std::string_view listing);
std::string nft_delete_script(const std::vector<NftRule>& rules, std::string_view owner);

Status nft_available();
// Replace every rule of `owner` by `rules` in one transaction.
Status nft_replace(std::string_view owner, const std::string& rules);
Result<std::vector<std::string>> nft_owners();

// ---- iptables: chains EDGECTL-* jumped to from the built-in chains ----
struct IptRule {
  std::string table, chain;
  std::vector<std::string> args;  // the rule spec after "-A CHAIN"
  bool operator==(const IptRule&) const = default;
};
std::vector<IptRule> ipt_network_rules(const NetworkNat& n);
std::vector<IptRule> ipt_port_rules(const PortForward& f);
// Rules of `owner` in `iptables -t TABLE -S CHAIN` output ("" owner: all of ours).
std::vector<IptRule> ipt_parse_rules(std::string_view table, std::string_view listing, std::string_view owner);
std::string ipt_owner_of(const IptRule& r);  // "" when the rule has no edgectl comment

Status ipt_available();
// Make the owner's rules exactly `rules` (present ones are kept, not duplicated).
Status ipt_replace(std::string_view owner, const std::vector<IptRule>& rules);
Status ipt_remove(std::string_view owner);
Result<std::vector<std::string>> ipt_owners();

}  // namespace ec::net::nat_detail
