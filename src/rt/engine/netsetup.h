// A container's network, as the engine sets it up: for the bridge family
// (the default network "bridge" and user networks) a persistent network
// namespace per container (<run-root>/netns/<id>) that the runtime joins,
// one veth per network into that network's bridge, an address leased from
// the network, NAT and published ports; for cni:<name> the CNI plugins run
// on that namespace. The shim brings it up before the container's first
// create and takes it down after its last exit, so restarts keep the same
// address; `rm` and `network prune` take down what a dead shim left.
//
// <container dir>/net.json records what was set up (inspect reads it);
// <container dir>/hosts.base is /etc/hosts without the network's names,
// which are added to every member's hosts file as containers come and go.
#pragma once
#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/error.h"
#include "core/fd.h"
#include "net/ports.h"
#include "rt/engine/container.h"
#include "rt/engine/container_store.h"

namespace ec::engine {

struct NetMode {
  enum class Kind { None, Host, Bridge, Container, Cni } kind = Kind::None;
  std::string name;  // the network (Bridge), the container (Container), the CNI network (Cni)
};
// "none", "host", "bridge", "container:<x>", "cni:<name>", or a network name.
Result<NetMode> parse_net_mode(std::string_view s);

struct Endpoint {
  std::string network, ifname, veth, bridge;
  std::string address;  // "172.30.0.2/24"
  std::string gateway;  // "172.30.0.1"
};
struct NetState {
  std::string netns;    // the namespace file the runtime joins
  std::string backend;  // NAT backend of the published ports
  std::vector<Endpoint> endpoints;
  std::vector<net::PortMap> ports;
  pid_t proxy_pid = 0;
  unsigned long long proxy_start = 0;
  std::string cni;  // CNI network name
  std::string cni_ports;  // the portMappings ADD got: DEL must get the same
};
// ENOENT when the container has no network of its own set up.
Result<NetState> load_net_state(const std::string& ctr_dir);

struct NetEnv {
  const EngineConfig* cfg = nullptr;
  Containers* ctrs = nullptr;
  std::string root, run_root;
};

std::string netns_file(const std::string& run_root, std::string_view id);
// What `run` uses without --network: the config's "default-network" (none
// in a build without networking).
std::string default_network(const EngineConfig& cfg);
// Checks a --network value at create (the network must exist; `bridge` is
// made on first use) and normalises it (a network id becomes its name).
Result<std::string> check_network(const NetEnv& env, const std::string& mode);

// Bring up the network of `rec` (nothing for none/host). For container:<x>
// this points config.json at x's namespace. `held` receives sockets that
// keep published host ports reserved while the container lives.
Result<NetState> net_up(const NetEnv& env, const ContainerRecord& rec, std::vector<Fd>* held);
// Take down everything net_up made for container `id`; best effort and
// idempotent (works from the names alone when net.json is gone).
void net_down(const NetEnv& env, const std::string& id);
// Join or leave one more network while running (or just record it).
Status net_connect(const NetEnv& env, const std::string& id, const std::string& network);
Status net_disconnect(const NetEnv& env, const std::string& id, const std::string& network);
// Delete a network with no members: its definition, bridge and NAT rules.
Status network_remove(const NetEnv& env, const std::string& name_or_id);

// After a crash: release leases, rules, veths and namespaces of containers
// that are gone or whose shim died. Returns what it cleaned, for the report.
std::vector<std::string> net_reconcile(const NetEnv& env);

}  // namespace ec::engine
