// Linux capabilities: names, and applying the five sets of a process.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt {

// "CAP_SYS_ADMIN" -> 21; -1 when unknown. Accepts names with or without "CAP_", any case.
int cap_from_name(std::string_view name);
// 21 -> "CAP_SYS_ADMIN"; nullptr when unknown.
const char* cap_name(int cap);
// Highest capability number this build knows.
int cap_max_known();
// /proc/sys/kernel/cap_last_cap (falls back to cap_max_known()).
int cap_last_cap();
// Every known capability name, in number order (for `features`).
std::vector<std::string> cap_all_names();

// Called with uid 0 and full caps, before switching user: drop the bounding
// set and set PR_SET_KEEPCAPS so caps survive setresuid().
Status caps_prepare(const Capabilities& caps);
// Called after setresuid/setresgid: set effective/permitted/inheritable via
// capset() and raise the ambient set. Capabilities above cap_last_cap() are
// silently skipped (older kernels).
Status caps_apply(const Capabilities& caps);

}  // namespace ec::rt
