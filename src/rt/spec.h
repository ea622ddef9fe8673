// Typed OCI runtime spec (runtime-spec 1.0 .. 1.3), parsed from config.json
// and validated before anything touches the system.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

struct cJSON;

namespace ec::rt {

struct IdMapping {
  uint32_t container_id = 0;
  uint32_t host_id = 0;
  uint32_t size = 0;
};

struct Mount {
  std::string destination;
  std::string type;
  std::string source;
  std::vector<std::string> options;
  std::vector<IdMapping> uid_mappings, gid_mappings;  // idmapped mounts (parsed; rejected if used)
};

struct Rlimit {
  std::string name;  // "RLIMIT_NOFILE"
  int resource = 0;  // RLIMIT_* number
  uint64_t soft = 0, hard = 0;
};

struct User {
  uint32_t uid = 0, gid = 0;
  std::optional<uint32_t> umask;
  std::vector<uint32_t> additional_gids;
};

// Capability sets as bitmasks (bit N = capability number N).
struct Capabilities {
  uint64_t bounding = 0, effective = 0, inheritable = 0, permitted = 0, ambient = 0;
  std::vector<std::string> unknown;  // names this build doesn't know (warned about, ignored)
};

struct Process {
  bool terminal = false;
  unsigned console_height = 0, console_width = 0;
  User user;
  std::vector<std::string> args;
  std::string command_line;  // Windows only; rejected
  std::vector<std::string> env;
  std::string cwd = "/";
  std::optional<Capabilities> capabilities;
  std::vector<Rlimit> rlimits;
  bool no_new_privileges = false;
  std::string apparmor_profile;
  std::optional<int> oom_score_adj;
  std::string selinux_label;
};

struct Hook {
  std::string path;
  std::vector<std::string> args;
  std::vector<std::string> env;
  std::optional<int> timeout;  // seconds, > 0
};

struct Hooks {
  std::vector<Hook> prestart, create_runtime, create_container, start_container, poststart, poststop;
};

struct Namespace {
  int type = 0;      // CLONE_NEWPID, CLONE_NEWNET, ...
  std::string name;  // "pid", "network", ...
  std::string path;  // join this namespace when set
};

struct Device {
  char type = 'c';  // 'c', 'b', 'u', 'p'
  std::string path;
  int64_t major = 0, minor = 0;
  std::optional<uint32_t> file_mode;
  std::optional<uint32_t> uid, gid;
};

struct DeviceRule {
  bool allow = false;
  char type = 'a';  // 'a', 'c', 'b'
  int64_t major = -1, minor = -1;  // -1 = wildcard
  std::string access = "rwm";
};

struct MemoryResources {
  std::optional<int64_t> limit, reservation, swap, kernel, kernel_tcp;
  std::optional<uint64_t> swappiness;
  std::optional<bool> disable_oom_killer, use_hierarchy, check_before_update;
};

struct CpuResources {
  std::optional<uint64_t> shares;
  std::optional<int64_t> quota;
  std::optional<uint64_t> burst;
  std::optional<uint64_t> period;
  std::optional<int64_t> realtime_runtime;
  std::optional<uint64_t> realtime_period;
  std::string cpus, mems;
  std::optional<int64_t> idle;
};

struct PidsResources {
  std::optional<int64_t> limit;
};

struct WeightDevice {
  int64_t major = 0, minor = 0;
  std::optional<uint16_t> weight, leaf_weight;
};

struct ThrottleDevice {
  int64_t major = 0, minor = 0;
  uint64_t rate = 0;
};

struct BlockIoResources {
  std::optional<uint16_t> weight, leaf_weight;
  std::vector<WeightDevice> weight_device;
  std::vector<ThrottleDevice> throttle_read_bps, throttle_write_bps, throttle_read_iops, throttle_write_iops;
};

struct HugepageLimit {
  std::string page_size;  // "2MB", "1GB"
  uint64_t limit = 0;
};

struct NetworkResources {
  std::optional<uint32_t> class_id;
  std::vector<std::pair<std::string, uint32_t>> priorities;
};

struct Resources {
  std::vector<DeviceRule> devices;
  std::optional<MemoryResources> memory;
  std::optional<CpuResources> cpu;
  std::optional<PidsResources> pids;
  std::optional<BlockIoResources> block_io;
  std::vector<HugepageLimit> hugepage_limits;
  std::optional<NetworkResources> network;
  std::map<std::string, std::string> unified;
};

struct SeccompArg {
  unsigned index = 0;
  uint64_t value = 0, value_two = 0;
  std::string op;  // "SCMP_CMP_EQ", ...
};

struct SeccompRule {
  std::vector<std::string> names;
  std::string action;  // "SCMP_ACT_ERRNO", ...
  std::optional<uint32_t> errno_ret;
  std::vector<SeccompArg> args;
};

struct Seccomp {
  std::string default_action;
  std::optional<uint32_t> default_errno_ret;
  std::vector<std::string> architectures;  // "SCMP_ARCH_X86_64", ...
  std::vector<std::string> flags;          // "SECCOMP_FILTER_FLAG_LOG", ...
  std::string listener_path, listener_metadata;
  std::vector<SeccompRule> syscalls;
};

struct Linux {
  std::vector<Namespace> namespaces;
  std::vector<IdMapping> uid_mappings, gid_mappings;
  std::vector<Device> devices;
  std::string cgroups_path;
  std::optional<Resources> resources;
  std::string rootfs_propagation;
  std::vector<std::string> masked_paths, readonly_paths;
  std::map<std::string, std::string> sysctl;
  std::optional<Seccomp> seccomp;
  std::string mount_label;
  std::optional<std::string> personality_domain;  // "LINUX" / "LINUX32"
};

struct Spec {
  std::string oci_version;
  std::string root_path;  // absolute after load_spec() (resolved against the bundle)
  bool root_readonly = false;
  std::optional<Process> process;
  std::string hostname, domainname;
  std::vector<Mount> mounts;
  Hooks hooks;
  std::map<std::string, std::string> annotations;
  std::optional<Linux> linux;
  std::vector<std::string> warnings;  // non-fatal findings (unknown caps, ...)

  bool has_namespace(int clone_flag) const;
  const Namespace* find_namespace(int clone_flag) const;
};

// Parse config.json text. Errors name the field: "process.user.uid: expected a number".
Result<Spec> parse_spec(std::string_view json_text);
// Read <bundle>/config.json, parse, make root.path absolute, validate.
// `text`, when given, receives the bytes that were parsed (what create saves).
Result<Spec> load_spec(const std::string& bundle_dir, std::string* text = nullptr);
// Semantic checks (ociVersion 1.x, absolute mount destinations, namespaces known and
// unique, uid/gid mappings present iff a new user namespace, cwd absolute, ...).
Status validate_spec(const Spec& spec);
// The process part of validate_spec (args, cwd, rlimits, oomScoreAdj, ...), for
// `exec --process`. Messages name the field as "process.<field>".
Status validate_process(const Process& p);

// Pieces shared with `update --resources` and `exec --process`.
Result<Resources> parse_resources(const cJSON* j);
Result<Process> parse_process(const cJSON* j);

// Namespace name ("pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time")
// to CLONE_* flag; 0 when unknown.
int namespace_flag(std::string_view name);
// /proc/PID/ns/<file> name for a CLONE_* flag ("net" for CLONE_NEWNET).
const char* namespace_proc_name(int clone_flag);
// RLIMIT_* name to number, -1 when unknown.
int rlimit_from_name(std::string_view name);

}  // namespace ec::rt
