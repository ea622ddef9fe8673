// Persistent network namespaces, like `ip netns add`: a fresh namespace
// bind-mounted on a file, so it outlives the processes in it (a container's
// network survives its restarts and can be joined by `--network container:`).
#pragma once
#include <string>

#include "core/error.h"
#include "core/fd.h"

namespace ec::net {

// Create a new network namespace and bind it on `path` (the file is
// created; its directory must exist). The caller's namespace is untouched.
Status netns_create(const std::string& path);
// Unmount and unlink; fine when already gone.
Status netns_remove(const std::string& path);
// O_RDONLY|O_CLOEXEC fd of the namespace bound on `path`; checks it is one.
Result<Fd> netns_open(const std::string& path);

}  // namespace ec::net
