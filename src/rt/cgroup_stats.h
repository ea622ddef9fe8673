// Resource usage of a container for `stats` and `top`: counters read from its
// cgroup files (v1, v2 or hybrid, per controller), network bytes of its netns,
// and `ps -ef`-like rows from /proc.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace ec::rt {

struct CgroupStats {
  uint64_t cpu_usage_ns = 0;              // v2 cpu.stat usage_usec*1000; v1 cpuacct.usage
  uint64_t mem_usage = 0, mem_limit = 0;  // bytes; limit 0 = unlimited (callers show host memory)
  uint64_t mem_cache = 0;                 // page cache: v2 memory.stat file; v1 total_cache
  uint64_t mem_inactive_file = 0;         // v2 inactive_file; v1 total_inactive_file (docker
                                          // shows usage minus this)
  uint64_t pids_current = 0, pids_limit = 0;  // limit 0 = max
  uint64_t blk_read = 0, blk_write = 0;  // bytes, all devices: v2 io.stat; v1 blkio.throttle.*
  bool have_cpu = false, have_mem = false, have_pids = false, have_blk = false;  // readable parts
};

// cgroups_path as in an OCI spec's linux.cgroupsPath, resolved like `create`
// does (cgroup::resolve_path): absolute "/edgectl/<id>"; relative = below the
// caller's own cgroup; "slice:prefix:name" = systemd style. Layout detected now.
// Fails with ENOENT when the cgroup exists in none of the hierarchies.
Result<CgroupStats> read_cgroup_stats(const std::string& cgroups_path);

// Same from the directories a container's state records (cgroup::Paths: v1
// controller list such as "memory" or "cpu,cpuacct" -> dir, "unified" -> dir).
Result<CgroupStats> read_cgroup_stats_dirs(const std::map<std::string, std::string>& paths);

// Explicit root (laid out like /sys/fs/cgroup) for tests. V2: one tree.
// V1: per-controller subdirs "cpuacct" (or "cpu,cpuacct"), "memory", "pids", "blkio".
enum class StatsLayout { V1, V2 };
Result<CgroupStats> read_cgroup_stats_at(const std::string& cgroup_root, StatsLayout layout,
                                         const std::string& rel_path);

// rx, tx bytes summed over the interfaces of /proc/<pid>/net/dev except "lo".
Result<std::pair<uint64_t, uint64_t>> read_net_dev(pid_t pid);

// MemTotal from /proc/meminfo in bytes; 0 when unreadable.
uint64_t host_memory_total();

// One `ps -ef` row: UID PID PPID C STIME TTY TIME CMD.
struct TopRow {
  std::string uid;  // user name from the host's /etc/passwd, else the number
  pid_t pid = 0, ppid = 0;
  unsigned c = 0;  // lifetime CPU percent, capped at 99 as ps does
  std::string stime, tty, time, cmd;
};
// Rows for the pids in the given order; pids that vanished are skipped.
Result<std::vector<TopRow>> top_rows(const std::vector<pid_t>& pids);

// For the docker CPU percentage: host CPU time from /proc/stat's "cpu" line
// (user..softirq, as docker sums them) in ns; 0 when unreadable.
uint64_t system_cpu_ns();
// Online CPUs (/sys/devices/system/cpu/online), at least 1.
unsigned online_cpus();
// (cpu_delta / system_delta) * ncpu * 100; 0 when either delta is not positive.
double cpu_percent(uint64_t cpu_prev, uint64_t cpu_now, uint64_t sys_prev, uint64_t sys_now, unsigned ncpu);

}  // namespace ec::rt
