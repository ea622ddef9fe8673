// Signal names and numbers as runc's `kill` accepts them.
#pragma once
#include <string_view>

#include "core/error.h"

namespace ec::rt {

// "KILL", "SIGKILL", "sigterm", "9", "RTMIN+3" -> number; error naming the input otherwise.
Result<int> parse_signal(std::string_view s);
const char* signal_name(int sig);  // "SIGKILL"; nullptr when unknown

}  // namespace ec::rt
