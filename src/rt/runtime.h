// The OCI runtime operations behind `edgectl oci <verb>` (runc grammar).
// Verbs in src/cli stay thin; everything lives here.
#pragma once
#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt {

struct Global {
  std::string root = "/run/edgectl/oci";
  bool systemd_cgroup = false;
};

struct CreateOptions {
  std::string id;
  std::string bundle = ".";
  std::string pid_file;
  std::string console_socket;
  bool no_pivot = false;
  bool no_new_keyring = false;
  int preserve_fds = 0;
};

// Create: the init waits on the exec fifo when this returns; *init_pid is its pid.
Status create_container(const Global& g, const CreateOptions& o, pid_t* init_pid);
Status start_container(const Global& g, const std::string& id);
// create + start; detach=false waits for the init, forwards signals, relays
// the pty when there is no console socket, deletes the container and returns
// its exit status (128+signal when killed).
Result<int> run_container(const Global& g, const CreateOptions& o, bool detach, bool keep);
Result<std::string> container_state(const Global& g, const std::string& id);
Status kill_container(const Global& g, const std::string& id, int sig, bool all);
Status delete_container(const Global& g, const std::string& id, bool force);
Status pause_container(const Global& g, const std::string& id);
Status resume_container(const Global& g, const std::string& id);
Result<std::vector<pid_t>> container_pids(const Global& g, const std::string& id);
Status update_container(const Global& g, const std::string& id, const Resources& res);

struct ListEntry {
  std::string id, status, bundle, created, owner;
  pid_t pid = 0;
  std::string state_json;
};
Result<std::vector<ListEntry>> list_containers(const Global& g);

struct ExecOptions {
  std::string id;
  // --process FILE: taken as is. Otherwise built from the container's
  // process (env, user, cwd, caps, rlimits) with these overrides.
  std::optional<Process> process;
  std::vector<std::string> args;
  bool tty = false;
  std::optional<std::string> cwd;
  std::optional<User> user;
  std::vector<std::string> extra_env, extra_caps;
  std::string console_socket, pid_file;
  bool detach = false;
  int preserve_fds = 0;
  std::optional<bool> no_new_privs;
};
// Runs a new process in the container; returns its exit status (0 when detached).
Result<int> exec_in_container(const Global& g, ExecOptions o);

}  // namespace ec::rt
