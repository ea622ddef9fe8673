// The per-container monitor: one small detached process per running
// container (double-forked, setsid, child subreaper). It starts the
// container through the runtime, holds its stdio (pipes or a pty), writes
// the json-file log, serves attach clients, records exit code and times,
// cleans up (runtime delete, unmount), applies the restart policy with
// back-off, and runs healthchecks. It is its own executable face of the
// binary (argv[0] "edgectl-shim"), exec'd fresh so it carries none of the
// client's memory.
#pragma once
#include <string>

namespace ec::engine {

struct ShimArgs {
  std::string root, run_root, config_path, id;
  int report_fd = -1;          // gets "ok <pid>\n" or "err <message>\n" after the first start
  bool wait_for_attach = false;  // start only after an attach client says 'g'
};

// argv: edgectl-shim ROOT RUN_ROOT CONFIG ID REPORT_FD [attach]
int shim_main(int argc, char** argv);
int run_shim(const ShimArgs& a);

}  // namespace ec::engine
