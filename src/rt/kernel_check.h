// `edgectl check`: what the kernel offers that containers need, like
// lxc-checkconfig or docker's check-config.sh. Reads the kernel config
// (y / m / not set) and what the running kernel shows in /proc and /sys,
// and maps each missing option to the edgectl feature that degrades.
// Every path comes from Sources, so unit tests run on fixture trees.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ec::rt::kcheck {

struct Sources {
  std::string proc = "/proc", sys = "/sys", boot = "/boot", modules = "/lib/modules";
  std::string release;  // kernel release for /boot/config-R and /lib/modules/R; "" = uname -r
  std::string config;   // explicit config file (plain or gzip); "" = search proc, boot, modules
  // Also probe the running kernel with harmless syscalls (openat2, seccomp,
  // bpf); off for fixture trees, whose answers must not depend on the host.
  bool live = true;
};

enum class Opt : char { Unknown, No, Module, Yes };

// A kernel .config: "CONFIG_X" -> "y", "m", "n" (# ... is not set) or the value.
struct KernelConfig {
  std::map<std::string, std::string> values;
  bool loaded = false;
  // Unknown without a config; a symbol the config does not list is No
  // (Kconfig leaves out the symbols whose dependencies are off).
  Opt get(std::string_view sym) const;
};
// `what` names the text in errors.
Result<KernelConfig> parse_kernel_config(std::string_view text, std::string_view what);
// A plain or gzip-compressed config (told by its magic, not its name).
Result<KernelConfig> load_kernel_config(const std::string& path);

enum class State : char { Ok, Missing, Module, Unknown, NotBuilt };
const char* state_name(State s);  // "ok", "missing", "module", "unknown", "not built"

struct Item {
  const char* group;  // "Namespaces", "Cgroups", "Security", "Storage", "Networking"
  const char* name;   // "CONFIG_PID_NS", "cgroup hierarchy", "openat2"
  State state = State::Unknown;
  bool loaded = false;    // State::Module: the module is loaded
  bool required = false;  // without it no container runs
  std::string detail;
  const char* degrades = "";  // what edgectl loses without it
};

struct Report {
  std::string kernel, arch, config_source, cgroup_layout;  // layout: v1, v2, hybrid, none, unknown
  std::vector<std::string> built_without;                  // feature switches compiled out
  std::vector<Item> items;                                 // in group order
  std::vector<std::string> notes;                          // e.g. a config found but unreadable
  std::vector<std::string> blockers;                       // required items not there
  bool can_run = true;
};

// The running kernel's seccomp filter mode, probed as docker and runc do
// (prctl with a NULL filter fails EFAULT with filter mode, EINVAL without):
// 1 there, 0 not there, -1 could not tell (a filter of ours hides prctl).
int seccomp_filter_probe();

// Fails only when an explicit Sources::config cannot be read or parsed;
// anything absent on the host is an item's state, not an error.
Result<Report> check(const Sources& src);
std::string format_text(const Report& r);
std::string format_json(const Report& r);

}  // namespace ec::rt::kcheck
