// Engine operations on containers, shared by the CLI verbs: create from an
// image, start (spawn the shim), stop/kill/restart, remove, wait, pause,
// exec, autostart. Each takes the Engine context; verbs only parse and print.
#pragma once
#include <sys/types.h>

#include <string>
#include <vector>

#include "core/config.h"
#include "core/error.h"
#include "core/function_ref.h"
#include "img/store.h"
#include "rt/engine/container_store.h"
#include "rt/engine/netsetup.h"
#include "rt/engine/run_options.h"
#include "rt/engine/runtime_ref.h"

namespace ec::engine {

struct Engine {
  EngineConfig cfg;
  std::string config_path;  // "" = the default /etc/edgectl/config.json (optional)
  img::Store store;
  Containers ctrs;
};
Result<Engine> open_engine(const EngineConfig& cfg, const std::string& config_path);
// What the network code needs of the engine.
NetEnv net_env(Engine& e);

// Find the image of a run (pulling per o.pull with the callback), build the
// container: record, rootfs, /etc files, volumes, config.json.
using PullFn = FnRef<Status(const std::string& ref)>;
Result<ContainerRecord> create_container(Engine& e, const RunOptions& o, PullFn pull);

struct StartResult {
  pid_t init = 0, shim = 0;
};
// Spawn the shim and wait until the container runs (or failed to start:
// the runtime's message). attach: the shim waits for an attach client's 'g'.
Result<StartResult> start_container(Engine& e, const std::string& id, bool attach = false);
// Stop signal, then SIGKILL after timeout seconds (-1: the container's
// stop-timeout). Marks the stop as by hand: no restart, no autostart.
Status stop_container(Engine& e, const std::string& id, int timeout);
Status kill_container(Engine& e, const std::string& id, int sig);
Status restart_container(Engine& e, const std::string& id, int timeout);
// rm: refuses a running container unless force; volumes: also its anonymous volumes.
Status remove_container(Engine& e, const std::string& id, bool force, bool volumes);
// Wait until the container is not running; its exit code.
Result<int> wait_container(Engine& e, const std::string& id);
Status pause_container(Engine& e, const std::string& id, bool pause);
// Start every container whose restart policy asks for it and that was not
// stopped by hand; returns the ids started (errors are reported per id).
std::vector<std::string> autostart(Engine& e, std::vector<std::string>* errors);
// Host shutdown: stop every running container at once (stop signal, SIGKILL
// after timeout seconds, -1: each container's stop-timeout) without marking
// them stopped by hand, so the next autostart brings back what ran. Returns
// the ids stopped (errors are reported per container).
std::vector<std::string> shutdown_all(Engine& e, int timeout, std::vector<std::string>* errors);

struct ExecRequest {
  std::vector<std::string> args, env;
  std::string user, workdir;
  bool tty = false, interactive = false, detach = false, privileged = false;
};
// Runs in the foreground with our stdio (a pty relayed with -t); returns its exit status.
Result<int> exec_container(Engine& e, const std::string& id, const ExecRequest& r);

// The runtime state root and the OCI view of a running container.
Result<RuntimeRef> container_runtime(const Engine& e, const ContainerRecord& rec);
// Images in use (for rmi and gc): image ids and layer chain ids of every container.
Result<std::vector<ContainerRecord>> all_records(const Engine& e);

}  // namespace ec::engine
