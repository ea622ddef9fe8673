// Generated documents: `spec` (a default config.json like `runc spec`) and
// `features` (runtime-spec features.md).
#pragma once
#include <string>

namespace ec::rt {

std::string default_spec_json(bool rootless);
std::string features_json();

}  // namespace ec::rt
