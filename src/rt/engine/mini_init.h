// The in-container init for `run --init` (argv[0] "edgectl-init", bind-
// mounted read-only at /sbin/edgectl-init): PID 1 that runs the command as
// its child, forwards signals to it, reaps every zombie, and exits with the
// command's status — what tini/docker-init do.
#pragma once

namespace ec::engine {

// argv: edgectl-init [--] CMD [ARG...]
int mini_init_main(int argc, char** argv);

// Whether this binary can run inside a container (statically linked: no
// program interpreter). --init needs that.
bool binary_is_static();

}  // namespace ec::engine
