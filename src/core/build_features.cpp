#include "core/build_features.h"

#include <cerrno>

#include "edgectl_config.h"

namespace ec {

std::vector<BuildFeature> build_features() {
  return {
      {"seccomp", EDGECTL_HAVE_SECCOMP},     {"pull", EDGECTL_HAVE_PULL},
      {"tls", EDGECTL_HAVE_TLS},             {"cgroup_v1", EDGECTL_HAVE_CGROUP_V1},
      {"cgroup_v2", EDGECTL_HAVE_CGROUP_V2}, {"overlay", EDGECTL_HAVE_OVERLAY},
      {"vfs", EDGECTL_HAVE_VFS},             {"healthcheck", EDGECTL_HAVE_HEALTHCHECK},
      {"export", EDGECTL_HAVE_EXPORT},       {"monitor", EDGECTL_HAVE_MONITOR},
      {"volumes", EDGECTL_HAVE_VOLUMES},
      {"net", EDGECTL_HAVE_NET},             {"cni", EDGECTL_HAVE_CNI},
  };
}

std::string build_features_line() {
  std::string s;
  for (auto& f : build_features()) {
    if (!s.empty()) s += ' ';
    s += f.built ? '+' : '-';
    s += f.name;
  }
  return s;
}

Error built_without(std::string_view what, std::string_view option) {
  return make_error("this edgectl was built without " + std::string(what) + " (-D" + std::string(option) + "=disabled)",
                    ENOTSUP);
}

}  // namespace ec
