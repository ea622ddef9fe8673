// Internals of the cgroup module shared by its .cpp files and the unit tests:
// knob helpers, per-version resource writers, value conversions and the
// device-rule emulator (v1 list semantics, also the source of the v2 BPF filter).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/error.h"
#include "rt/cgroup.h"
#include "rt/spec.h"

namespace ec::rt::cgroup {
// <mountpoint>/<rel> for an absolute rel; below our own cgroup for a relative one
// (cgroup_detect.cpp).
std::string hierarchy_dir(const Hierarchy& h, const std::string& rel);
}  // namespace ec::rt::cgroup

namespace ec::rt::cgroup::detail {

// ---- knob files (cgroup_manager.cpp) ----
// "not supported by this kernel: <what>" (ENOTSUP).
Error not_supported(std::string_view what);
// Write <dir>/<file>. A missing file in an existing dir means the kernel lacks
// the knob: not_supported(file). Other failures name the full path.
Status write_in(const std::string& dir, const std::string& file, std::string_view value);
bool has_knob(const std::string& dir, const std::string& file);
// Read <dir>/<file>, whitespace-trimmed.
Result<std::string> read_in(const std::string& dir, const std::string& file);
long monotonic_ms();
void sleep_us(long us);
// True when some block device runs the BFQ scheduler: only then do the
// blkio.bfq.* / io.bfq.* weights do anything.
bool bfq_in_use();
// Apply resources to a container's cgroups. `create` also installs the device
// policy (spec rules + runc's default devices) when the spec has no rules.
Status apply_resources(const Paths& paths, const Resources& res, bool create);

// ---- value conversions and formatting (cgroup_v2.cpp) ----
// cpu.shares (2..262144) -> cpu.weight (1..10000); 0 stays 0 (unset).
uint64_t shares_to_weight(uint64_t shares);
// blkio.weight (10..1000) -> io.weight (1..10000); 0 stays 0 (unset).
uint64_t blkio_to_io_weight(uint64_t weight);
// OCI memory.swap is memory+swap; v2 memory.swap.max is swap alone (runc's rules).
// Returns -1 for "max", 0 for "leave alone".
Result<int64_t> swap_to_v2(int64_t swap, int64_t memory);
// -1 -> "max", 0 -> "" (unset), else the number.
std::string v2_limit(int64_t v);
// cpu.max: "<quota|max>[ <period>]"; "" when neither is set.
std::string cpu_max(int64_t quota, uint64_t period);
// pids.max: "max" for limit <= 0.
std::string pids_max(int64_t limit);
// "hugetlb.2MB.limit_in_bytes" (v1) / "hugetlb.2MB.max" (v2); rsvd adds ".rsvd".
Result<std::string> hugetlb_file(const std::string& page_size, bool v2, bool rsvd = false);
// unified keys are plain file names in the container's cgroup dir.
Status check_unified_key(const std::string& key);

// ---- v1 writers (cgroup_v1.cpp) ----
Status v1_memory(const std::string& dir, const MemoryResources& m);
Status v1_cpu(const std::string& dir, const CpuResources& c);
Status v1_blkio(const std::string& dir, const BlockIoResources& b);
Status v1_hugetlb(const std::string& dir, const std::vector<HugepageLimit>& limits);
Status v1_net_cls(const std::string& dir, uint32_t class_id);
Status v1_net_prio(const std::string& dir, const std::vector<std::pair<std::string, uint32_t>>& prios);
Status v1_devices(const std::string& dir, const std::vector<DeviceRule>& rules);
Status v1_freeze(const std::string& dir, bool frozen);
// New cpuset cgroups start empty: copy cpus/mems from the parent.
Status v1_cpuset_fill(const std::string& dir);

// ---- v2 writers (cgroup_v2.cpp) ----
// Make `controller` available in dir/cgroup.controllers by enabling it in the
// subtree_control of every ancestor below the mount root.
Status v2_enable_controller(const std::string& dir, const std::string& controller);
Status v2_memory(const std::string& dir, const MemoryResources& m);
Status v2_cpu(const std::string& dir, const CpuResources& c);
Status v2_io(const std::string& dir, const BlockIoResources& b);
Status v2_hugetlb(const std::string& dir, const std::vector<HugepageLimit>& limits);
Status v2_unified(const std::string& dir, const std::map<std::string, std::string>& kv);
Status v2_freeze(const std::string& dir, bool frozen);

// ---- device rules (cgroup_v1.cpp) ----
// Access bits equal the BPF_DEVCG_ACC_* values.
enum : uint8_t { kAccMknod = 1, kAccRead = 2, kAccWrite = 4, kAccAll = 7 };
Result<uint8_t> parse_access(std::string_view access);
std::string access_string(uint8_t acc);  // "rwm" order

struct DevKey {
  char type = 'c';
  int64_t major = -1, minor = -1;
  bool operator<(const DevKey& o) const {
    return std::tie(type, major, minor) < std::tie(o.type, o.major, o.minor);
  }
  bool operator==(const DevKey& o) const = default;
};

// The kernel's v1 model: a default policy plus exceptions to it.
struct DevState {
  bool default_allow = false;
  std::map<DevKey, uint8_t> exceptions;
  bool operator==(const DevState& o) const = default;
};

// Apply one rule as the v1 kernel does ('a' resets; same action as the default
// removes access from an exception; refuses holes in wildcard exceptions).
Status dev_apply(DevState& st, const DeviceRule& rule);
// Rules applied in order to a deny-all start.
Result<DevState> dev_build(const std::vector<DeviceRule>& rules);
// State shown by devices.list ("a *:* rwm" means allow-all).
Result<DevState> dev_from_list(std::string_view list);
// Writes that take `from` to `to`: a reset only when the default changes or
// `from` allows by default (deny exceptions are invisible in devices.list).
std::vector<DeviceRule> dev_transition(const DevState& from, const DevState& to);
// "c 1:3 rwm", "a *:* rwm".
std::string dev_rule_string(const DeviceRule& r);
// Spec rules followed by runc's always-allowed devices (null, zero, full,
// random, urandom, tty, ptmx, pts, tun, mknod of anything).
std::vector<DeviceRule> with_default_devices(const std::vector<DeviceRule>& rules);
// The BPF filter for rules (see v2_device_program); errors on rules the
// emulator refuses.
Result<std::vector<uint64_t>> device_program(const std::vector<DeviceRule>& rules);

}  // namespace ec::rt::cgroup::detail
