// The vfs storage driver compiled out (-Dvfs=disabled): choose_storage_driver
// never picks it; a container recorded with it fails with this error.
#include "core/build_features.h"
#include "rt/engine/rootfs.h"

namespace ec::engine {

Status apply_layer_copy(const std::string&, const std::string&) {
  return built_without("the vfs storage driver", "vfs");
}

}  // namespace ec::engine
