// What this build has of the compile-time feature switches
// (meson_options.txt), and the error a compiled-out feature gives.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ec {

struct BuildFeature {
  const char* name;  // the meson option: "pull", "cgroup_v1"
  bool built;
};

// Every switch, in meson_options.txt order.
std::vector<BuildFeature> build_features();
// "+seccomp +pull -tls ...": one word per switch, '-' when compiled out.
std::string build_features_line();
// "this edgectl was built without <what> (-D<option>=disabled)", ENOTSUP.
Error built_without(std::string_view what, std::string_view option);

}  // namespace ec
