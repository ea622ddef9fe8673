// CNI compiled out (-Dcni=disabled): --network cni:<name> is refused.
#include "core/build_features.h"
#include "rt/engine/net_internal.h"

namespace ec::engine {

Status cni_check_config(const NetEnv&, const std::string& name) {
  return built_without("CNI", "cni").context("--network cni:" + name);
}
Result<NetState> cni_up(const NetEnv&, const std::string& name, const ContainerRecord&) {
  return built_without("CNI", "cni").context("--network cni:" + name);
}
Status cni_down(const NetEnv&, const NetState&, const std::string&) { return {}; }

}  // namespace ec::engine
