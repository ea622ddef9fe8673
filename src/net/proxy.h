// The userspace port proxy: listens on each published host port and relays
// to the container's address (TCP with splice(2), UDP per client flow).
// Run in a child process of the shim for the container's lifetime.
#pragma once
#include <sys/types.h>

#include <vector>

#include "core/error.h"
#include "net/ip.h"
#include "net/ports.h"

namespace ec::net {

// Binds every port first (so a taken port fails here, with its number),
// then forks the relay loop. The child closes every other fd, dies with its
// parent (PR_SET_PDEATHSIG) and exits on SIGTERM. Returns its pid.
Result<pid_t> spawn_proxy(const std::vector<PortMap>& ports, Ip4 target);

}  // namespace ec::net
