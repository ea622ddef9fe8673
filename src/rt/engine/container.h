// What the engine knows about one container: its record (fixed at create,
// changed only by rename/update) and its state (written by the shim and by
// the verbs, under the container's lock).
//
// On disk, under <root>/containers/<id>/:
//   container.json   the record
//   state.json       the state
//   config.json      the OCI config the runtime runs (bundle = this dir)
//   rootfs/          the mount point (overlay) or the copied tree (vfs)
//   upper/ work/     overlay's writable layer
//   hostname hosts resolv.conf   bind-mounted into the container
//   <id>-json.log[.N]            json-file logs
//   .lock            flock for state read-modify-write
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

struct cJSON;

namespace ec::engine {

enum class RestartKind { No, Always, OnFailure, UnlessStopped };
struct RestartPolicy {
  RestartKind kind = RestartKind::No;
  int max_retries = 0;  // on-failure:N; 0 = unlimited
};
// "no", "always", "on-failure", "on-failure:3", "unless-stopped".
Result<RestartPolicy> parse_restart(std::string_view s);
std::string restart_name(const RestartPolicy& p);

struct HealthConfig {
  std::vector<std::string> test;  // {"CMD", ...} or {"CMD-SHELL", "cmd"}
  int64_t interval_ns = 30'000'000'000, timeout_ns = 30'000'000'000, start_period_ns = 0;
  int retries = 3;
};

struct MountSpec {
  std::string type;    // bind, volume, tmpfs
  std::string source;  // host path, volume name ("" = anonymous), unused for tmpfs
  std::string target;
  bool readonly = false;
  std::vector<std::string> options;  // extra mount options (tmpfs size=, mode=; bind propagation)
};

struct ContainerRecord {
  std::string id, name;
  std::string image;     // as the user wrote it
  std::string image_id;  // config digest
  std::string created;   // RFC 3339
  std::vector<std::string> layers;  // chain ids, bottom first
  std::string storage_driver;       // "overlay" or "vfs"
  std::string runtime = "builtin";
  std::vector<std::string> args;  // process.args, for ps/inspect
  std::string hostname;
  bool tty = false, open_stdin = false, auto_remove = false, init = false, privileged = false;
  bool read_only = false;
  RestartPolicy restart;
  uint64_t log_max_size = 0;
  unsigned log_max_file = 1;
  std::optional<HealthConfig> health;
  std::map<std::string, std::string> labels;
  std::string stop_signal = "SIGTERM";
  int stop_timeout = 10;
  // none, host, bridge, a network's name, container:<name|id>, cni:<name>.
  std::string network = "none";
  std::vector<std::string> extra_networks;  // joined with `network connect`
  std::vector<std::string> publish;         // -p specs, -P's exposed ports included
  std::string ip;                           // --ip on the first network
  std::vector<std::string> aliases;         // --network-alias: more names in peers' /etc/hosts
  std::vector<MountSpec> mounts;
};

// Docker's states. "dead" = the shim vanished while the container ran.
struct HealthResult {
  std::string start, end;
  int exit_code = 0;
  std::string output;
};
struct HealthState {
  std::string status;  // "", starting, healthy, unhealthy
  int failing_streak = 0;
  std::vector<HealthResult> log;  // the last 5
};

struct ContainerState {
  std::string status = "created";  // created running paused restarting exited removing dead
  pid_t pid = 0;                   // the container init (host pid)
  pid_t shim_pid = 0;
  unsigned long long shim_start = 0;  // /proc starttime of the shim
  std::string boot_id;                // the boot the shim runs in
  int exit_code = 0;
  bool oom_killed = false;
  std::string error;  // why the last start failed
  std::string started_at, finished_at;
  int restart_count = 0;
  bool stopped_by_user = false;  // stop/kill by hand: no restart, no autostart
  bool host_shutdown = false;    // stopped by `shutdown`: no restart now, autostart brings it back
  bool removing = false;         // rm in progress: the shim must not restart
  HealthState health;
};

std::string record_to_json(const ContainerRecord& r);
Result<ContainerRecord> record_from_json(std::string_view text);
std::string state_to_json(const ContainerState& s);
Result<ContainerState> state_from_json(std::string_view text);

// The current boot (/proc/sys/kernel/random/boot_id).
const std::string& boot_id();
// Whether the shim recorded in `s` is still the process it was.
bool shim_alive(const ContainerState& s);
// Statuses in which a shim owns the container.
bool has_shim(const ContainerState& s);
// Its processes exist: running or paused (docker's State.Running).
bool has_processes(const ContainerState& s);

}  // namespace ec::engine
