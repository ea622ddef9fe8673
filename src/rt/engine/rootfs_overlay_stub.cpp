// The overlay storage driver compiled out (-Doverlay=disabled):
// choose_storage_driver never picks it; a container recorded with it (made
// by another build) fails to start with this error.
#include "core/build_features.h"
#include "rt/engine/rootfs.h"

namespace ec::engine {

Status overlay_prepare(const std::vector<std::string>&, const std::string&) {
  return built_without("the overlay storage driver", "overlay");
}

Status overlay_mount(const std::vector<std::string>&, const std::string&) {
  return built_without("the overlay storage driver", "overlay");
}

}  // namespace ec::engine
