// Per-container state under --root: <root>/<id>/state.json (written
// atomically), exec.fifo while the container is "created", config.json
// (a copy of the bundle's, for exec and poststop), and a lock file.
#pragma once
#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/fs.h"

namespace ec::rt {

enum class RunState { Creating, Created, Running, Paused, Stopped };
const char* status_name(RunState s);

struct State {
  std::string id;
  pid_t pid = 0;
  unsigned long long pid_start = 0;  // /proc/PID/stat starttime, guards against PID reuse
  std::string bundle, rootfs, created, owner;
  std::string oci_version = "1.2.0";
  std::map<std::string, std::string> annotations;
  std::map<std::string, std::string> cgroup_paths;
  bool cgroup_unified_only = false;
  bool systemd_cgroup = false;
  bool new_pid_ns = true;  // without one, kill/delete must signal every process of the cgroup
  // Whether the saved config has poststart/poststop hooks: start and delete
  // re-parse config.json (which can be large) only when they do.
  bool has_poststart = true, has_poststop = true;
};

// Paths inside a root ("/run/edgectl/oci").
std::string container_dir(const std::string& root, const std::string& id);
// ids: [A-Za-z0-9][A-Za-z0-9_.+-]*, at most 1024 chars.
Status validate_id(const std::string& id);

Status save_state(const std::string& root, const State& st);
Result<State> load_state(const std::string& root, const std::string& id);
Result<std::vector<std::string>> list_ids(const std::string& root);
// Lock one container's state (flock on <root>/<id>.lock): concurrent state/kill/delete are safe.
Result<FileLock> lock_container(const std::string& root, const std::string& id);

// Derived status: process gone/zombie/reused -> stopped; exec.fifo -> created;
// frozen cgroup -> paused; else running.
RunState derive_status(const std::string& root, const State& st);
// The state JSON of the OCI spec (also fed to hooks on stdin).
std::string state_json(const State& st, RunState status, bool pretty);
// starttime field of /proc/PID/stat (0 when the process is gone).
unsigned long long proc_start_time(pid_t pid);
// True when the process exists, is not a zombie and its start time matches.
bool process_alive(pid_t pid, unsigned long long start_time);
// Sleeps until `pid` exits or timeout_ms passes, through a pidfd (Linux 5.3+).
// False without sleeping when `pid` has exited already or the kernel has no
// pidfd_open: the caller then sleeps a poll interval itself. A reused pid only
// makes this wait out its timeout; callers re-check what they wait for after
// each call, so keep the timeout short.
bool wait_for_exit(pid_t pid, int timeout_ms);

}  // namespace ec::rt
