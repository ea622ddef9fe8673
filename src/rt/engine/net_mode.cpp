// The --network grammar and the namespace file path, shared by the
// networking code and its stub (-Dnet=disabled).
#include "core/strutil.h"
#include "rt/engine/netsetup.h"

namespace ec::engine {

std::string netns_file(const std::string& run_root, std::string_view id) {
  return run_root + "/netns/" + std::string(id);
}

Result<NetMode> parse_net_mode(std::string_view s) {
  NetMode m;
  if (s.empty() || s == "bridge" || s == "default") return NetMode{NetMode::Kind::Bridge, "bridge"};
  if (s == "none") return NetMode{NetMode::Kind::None, ""};
  if (s == "host") return NetMode{NetMode::Kind::Host, ""};
  if (starts_with(s, "container:")) {
    m = {NetMode::Kind::Container, std::string(s.substr(10))};
    if (m.name.empty()) return make_error("--network container: needs a container name or id");
    return m;
  }
  if (starts_with(s, "cni:")) {
    m = {NetMode::Kind::Cni, std::string(s.substr(4))};
    if (m.name.empty()) return make_error("--network cni: needs a CNI network name");
    return m;
  }
  return NetMode{NetMode::Kind::Bridge, std::string(s)};
}

}  // namespace ec::engine
