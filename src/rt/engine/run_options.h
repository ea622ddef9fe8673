// What `edgectl run/create` was asked for, as typed values, and the parsers
// for the flag values that need more than a string (-v, --mount, --device,
// --ulimit, --tmpfs, --env-file, sizes, --cpus ...). The CLI fills RunOptions;
// the engine turns it plus the image config into the OCI config.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "rt/engine/container.h"

namespace ec::engine {

struct RunOptions {
  std::string image, name;
  std::vector<std::string> cmd;            // after the image
  std::optional<std::string> entrypoint;   // --entrypoint ("" clears the image's)
  std::vector<std::string> env, env_files, labels;
  std::string workdir, user, hostname;
  std::vector<std::string> group_add;
  bool tty = false, interactive = false, detach = false, rm = false;
  bool read_only = false, privileged = false, init = false, no_healthcheck = false;
  std::vector<std::string> volumes, mounts, tmpfs, devices, cap_add, cap_drop, security_opt;
  std::vector<std::string> ulimits, sysctls, log_opts, dns, dns_search, dns_options, add_hosts;
  std::string memory, memory_swap, cpus, cpu_shares, cpuset_cpus, pids_limit;
  std::string restart = "no", stop_signal, stop_timeout;
  std::string health_cmd, health_interval, health_timeout, health_retries, health_start_period;
  std::string runtime, pull = "missing", network, storage_driver;
  std::vector<std::string> publish;  // -p
  bool publish_all = false;          // -P
  std::string ip;                    // --ip
};

// -v SRC:DST[:OPTS] / -v DST, --mount k=v,..., --tmpfs DST[:OPTS].
Result<MountSpec> parse_volume_flag(std::string_view v);
Result<MountSpec> parse_mount_flag(std::string_view v);
Result<MountSpec> parse_tmpfs_flag(std::string_view v);

struct DeviceMapping {
  std::string host, container, perms = "rwm";
};
// --device /dev/ttyUSB0[:/dev/ttyS0][:rwm]
Result<DeviceMapping> parse_device_flag(std::string_view v);

struct Ulimit {
  std::string name;  // "nofile"
  int resource = 0;
  uint64_t soft = 0, hard = 0;
};
// --ulimit nofile=1024[:2048]
Result<Ulimit> parse_ulimit_flag(std::string_view v);

// Go-style durations for healthchecks: "30s", "1m30s", "500ms".
Result<int64_t> parse_duration_ns(std::string_view v);
// --cpus 1.5 -> quota/period (period 100 ms).
Result<std::pair<int64_t, uint64_t>> parse_cpus(std::string_view v);

// KEY=VALUE lines of an --env-file ("KEY" alone takes the host's value,
// comments and blank lines skipped).
Result<std::vector<std::string>> read_env_file(const std::string& path);

}  // namespace ec::engine
