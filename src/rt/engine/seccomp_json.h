// Seccomp profiles as config.json objects: the built-in default profile,
// and profiles given with --security-opt seccomp=PATH (OCI format as is;
// docker's format, with archMap and includes/excludes, reduced to the
// rules that apply to this machine and capability set).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"
#include "rt/spec.h"

struct cJSON;

namespace ec::engine {

cJSON* seccomp_to_json(const rt::Seccomp& s);
Result<cJSON*> seccomp_profile_from_file(std::string_view text, const std::string& path, uint64_t caps);

}  // namespace ec::engine
