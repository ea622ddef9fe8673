// Internal to the CNI runner: finding a plugin binary and running one
// command of it with the CNI_* environment (cni.cpp drives the chains).
#pragma once
#include <string>

#include "core/error.h"
#include "net/cni.h"

namespace ec::net::cni_detail {

// Path of plugin `type` in the first bin dir holding an executable file of
// that name; ENOENT "cni plugin bridge not found in /usr/lib/cni:/opt/cni/bin".
Result<std::string> find_plugin(const std::string& type, const std::vector<std::string>& bin_dirs);

// Run `type` for `command` ("ADD", "DEL", "CHECK") with `conf` on stdin.
// Returns its stdout on exit status 0; otherwise the plugin's error JSON
// (or its stderr) turned into "cni plugin bridge: ADD failed: <msg> (code N)".
Result<std::string> run_plugin(const std::string& type, const char* command, const std::string& conf,
                               const CniRuntime& rt, const CniPaths& p);

}  // namespace ec::net::cni_detail
