// Shared between the parent side of create (create.cpp) and the container
// init (init.cpp). Not part of the public runtime API.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/fd.h"
#include "rt/runtime.h"
#include "rt/seccomp.h"
#include "rt/spec.h"
#include "rt/sync.h"

namespace ec::rt {

struct InitContext {
  const Spec* spec = nullptr;
  CreateOptions opts;
  std::string rootfs;
  SyncChannel chan;              // child end
  int fifo_fd = -1;              // O_PATH of <state>/exec.fifo
  int console_sock = -1;         // where the pty master goes, -1 without terminal
  SeccompProgram seccomp;
  bool new_userns = false;
  bool slow_path = false;        // joins namespaces by path or needs unshare-then-fork
  int unshare_flags = 0;         // slow path: namespaces to create with unshare
  std::vector<std::pair<int, int>> join_fds;  // (CLONE_NEW*, fd), user namespace first
  std::map<std::string, std::string> cgroup_paths;
};

// Runs in the cloned child; never returns.
[[noreturn]] void init_main(InitContext& ctx);

// Internal create used by `create` and `run`: console_fd overrides
// --console-socket (run's own socketpair for a foreground terminal).
// Wait for a process of ours (child, or descendant with the subreaper bit),
// forwarding signals and relaying a pty master if >= 0; returns the exit code.
int wait_with_relay(pid_t pid, int master);

Status create_internal(const Global& g, const CreateOptions& o, int console_fd, pid_t* init_pid);

}  // namespace ec::rt
