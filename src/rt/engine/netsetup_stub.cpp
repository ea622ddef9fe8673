// Networking compiled out (-Dnet=disabled): containers run with --network
// none (the default here) or host; everything else is the built-without error.
#include "core/build_features.h"
#include "rt/engine/netsetup.h"

namespace ec::engine {

namespace {
Error no_net(std::string_view what) { return built_without("networking", "net").context(what); }
}  // namespace

std::string default_network(const EngineConfig&) { return "none"; }

Result<NetState> load_net_state(const std::string& dir) {
  return make_error(dir + "/net.json: no network", ENOENT);
}

Result<std::string> check_network(const NetEnv&, const std::string& mode) {
  EC_ASSIGN(NetMode m, parse_net_mode(mode));
  if (m.kind == NetMode::Kind::None) return std::string("none");
  if (m.kind == NetMode::Kind::Host) return std::string("host");
  return no_net("--network " + mode);
}

Result<NetState> net_up(const NetEnv&, const ContainerRecord& rec, std::vector<Fd>*) {
  EC_ASSIGN(NetMode m, parse_net_mode(rec.network));
  if (m.kind == NetMode::Kind::None || m.kind == NetMode::Kind::Host) return NetState{};
  return no_net("--network " + rec.network);
}

void net_down(const NetEnv&, const std::string&) {}
Status net_connect(const NetEnv&, const std::string&, const std::string&) { return no_net("network connect"); }
Status net_disconnect(const NetEnv&, const std::string&, const std::string&) { return no_net("network disconnect"); }
Status network_remove(const NetEnv&, const std::string&) { return no_net("network rm"); }
std::vector<std::string> net_reconcile(const NetEnv&) { return {}; }

}  // namespace ec::engine
