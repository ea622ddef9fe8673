// Networks and IPAM: network definitions and their address leases, in the
// store under <root>/networks/, each change made under one lock
// (<root>/networks/.lock) and written atomically and durably.
//
//   <root>/networks/<name>.json      the definition
//   <run-root>/networks/<name>.leases    {"<ip>": {"id": "<container id>", "name": "<container name>"}}
//
// The network "bridge" (bridge edgectl0) exists implicitly: the first get()
// of it creates it with the first free subnet.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/function_ref.h"
#include "net/ip.h"

namespace ec::net {

struct NetworkDef {
  std::string name, id;        // id: 64 hex
  std::string driver = "bridge";
  std::string bridge;          // the host bridge's name ("" at create: edgectl0 for "bridge", else "ec-<id[:12]>")
  Cidr subnet{};               // prefix 0 at create: pick the first free /24 of 172.30.0.0/16 .. that overlaps
                               // no other network and no route of the host
  Ip4 gateway{};               // 0 at create: the first host address
  bool internal = false;       // no outbound NAT, no published ports
  unsigned mtu = 1500;
  std::map<std::string, std::string> labels;
  std::string created;         // RFC 3339
};

struct Lease {
  Ip4 ip;
  std::string container_id, container_name;
};

class Networks {
 public:
  // <root> of the store; leases under <run_root>/networks when given (they
  // mean something only while their containers run), else with the definitions.
  static Result<Networks> open(const std::string& root, const std::string& run_root = "");

  // Names like containers' ([a-zA-Z0-9][a-zA-Z0-9_.-]*); EEXIST for a taken
  // name, a subnet overlapping another network, or a bridge name in use.
  Result<NetworkDef> create(NetworkDef d);
  Result<NetworkDef> get(const std::string& name_or_id);  // ENOENT "network X not found"
  Result<std::vector<NetworkDef>> list();
  // EBUSY while it has leases; "bridge" can't be removed.
  Status remove(const std::string& name_or_id);

  // An address for the container on the network: `want` if given (must be
  // in the subnet and free), else the lowest free one. Idempotent per
  // container: a second call returns its existing lease.
  Result<Ip4> allocate(const std::string& network, const std::string& container_id,
                       const std::string& container_name, std::optional<Ip4> want = std::nullopt);
  Status release(const std::string& network, const std::string& container_id);  // fine when none
  Result<std::vector<Lease>> leases(const std::string& network);
  // Drop every lease whose container is not `alive` (after a crash).
  Status reconcile(FnRef<bool(const std::string& container_id)> alive);

 private:
  Networks(std::string dir, std::string lease_dir) : dir_(std::move(dir)), lease_dir_(std::move(lease_dir)) {}
  std::string dir_, lease_dir_;
};

}  // namespace ec::net
