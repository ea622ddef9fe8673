// Internals of the network store shared by networks.cpp and ipam.cpp, and
// the seams the unit tests use (the host's routes come in as a parameter).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "net/networks.h"

namespace ec::net::detail {

// The store directory (<root>/networks) and its files.
struct StoreDir {
  std::string dir;
  std::string lease_dir;  // "" = dir; else volatile (the run root): leases die with a reboot
  std::string def_path(const std::string& name) const { return dir + "/" + name + ".json"; }
  std::string leases_path(const std::string& name) const { return (lease_dir.empty() ? dir : lease_dir) + "/" + name + ".leases"; }
  std::string lock_path() const { return dir + "/.lock"; }
};

// Destinations of the host's IPv4 routes from /proc/net/route text, without
// the default route.
std::vector<Cidr> parse_proc_routes(std::string_view text);
Result<std::vector<Cidr>> host_routes();  // /proc/net/route; missing file: none

// The first free /24 of 172.30.0.0/16, then of 10.89.0.0/16, overlapping no
// network in `taken` and no route in `routes`.
Result<Cidr> pick_subnet(const std::vector<NetworkDef>& taken, const std::vector<Cidr>& routes);

// A name a new network may take: the charset, the length, not reserved.
Status check_network_name(std::string_view name);

// Definitions: read one (ENOENT when missing), read all, resolve a name,
// id or unique id prefix among them (no implicit creation).
Result<NetworkDef> load_def(const StoreDir& s, const std::string& name);
Result<std::vector<NetworkDef>> load_all(const StoreDir& s);
Result<NetworkDef> resolve(const StoreDir& s, const std::string& name_or_id);

// create() with the host routes given; the caller holds no lock.
Result<NetworkDef> create_network(const StoreDir& s, NetworkDef d, const std::vector<Cidr>& routes);
// With the store lock held: resolve, creating "bridge" on first use.
Result<NetworkDef> resolve_or_create_locked(const StoreDir& s, const std::string& name_or_id);

// Leases of a network, sorted by address; a missing file is no leases.
Result<std::vector<Lease>> load_leases(const StoreDir& s, const std::string& network);
Status save_leases(const StoreDir& s, const std::string& network, const std::vector<Lease>& l);

}  // namespace ec::net::detail
