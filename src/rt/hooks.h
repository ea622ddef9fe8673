// OCI hooks: each hook is executed with the state JSON on stdin, its own
// args/env, and an optional timeout (SIGKILL when it runs out).
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt {

// Run hooks in order; the first failure stops and is returned ("prestart hook 0 (/bin/x): exit status 3").
Status run_hooks(const std::vector<Hook>& hooks, const std::string& state_json, const char* phase);
// Run every hook; failures are logged as warnings (poststart, poststop).
void run_hooks_warn(const std::vector<Hook>& hooks, const std::string& state_json, const char* phase);

}  // namespace ec::rt
