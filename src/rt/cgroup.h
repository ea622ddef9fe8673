// Cgroups v1, v2 and hybrid. The layout is detected per controller from
// /proc/self/mountinfo, /proc/cgroups and /proc/self/cgroup, never guessed
// from one path. A container's cgroups are recorded as a map
// "hierarchy key" -> absolute directory so later commands reuse them.
#pragma once
#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt::cgroup {

enum class Mode { Legacy, Hybrid, Unified };

struct Hierarchy {
  bool v2 = false;
  std::string mountpoint;              // "/sys/fs/cgroup/memory"
  std::vector<std::string> controllers;  // v1: from super options; v2: cgroup.controllers
  std::string self_path;               // our cgroup inside it, from /proc/self/cgroup ("/user.slice")
  std::string mount_root;              // mountinfo "root" field (usually "/")
};

struct Layout {
  Mode mode = Mode::Legacy;
  std::vector<Hierarchy> hierarchies;
  // controller name -> index into hierarchies ("memory" -> v1 memory, "hugetlb" -> v2 ...)
  std::map<std::string, size_t> by_controller;
  int unified = -1;  // index of the cgroup2 hierarchy, -1 if none
  const Hierarchy* for_controller(const std::string& name) const;
};

// Pure function over the three texts; `read_controllers(mountpoint)` returns
// the contents of <mountpoint>/cgroup.controllers (tests pass a fake).
struct DetectInput {
  std::string mountinfo, proc_cgroups, self_cgroup;
  std::string (*read_file)(const std::string& path, void* ctx) = nullptr;
  void* ctx = nullptr;
};
Result<Layout> detect(const DetectInput& in);
// The host's layout as this build uses it: hierarchies of a cgroup version
// compiled out (-Dcgroup_v1/-Dcgroup_v2=disabled) are left out (and `mode`
// says what is left; no hierarchies at all when nothing usable remains).
Result<Layout> detect_system();

// Resolve spec cgroupsPath into a path relative to each hierarchy root:
// absolute -> as is; relative -> below our own cgroup; empty -> "/edgectl/<id>";
// systemd style "slice:prefix:name" (with --systemd-cgroup) -> expanded slice path
// "/system.slice/<prefix>-<name>.scope" (a-b.slice -> /a.slice/a-b.slice/).
Result<std::string> resolve_path(const std::string& cgroups_path, const std::string& id, bool systemd);

// Paths of one container, keyed by hierarchy: v1 controller name ("memory",
// "cpu,cpuacct" joined as mounted, "name=systemd") or "unified" for cgroup2.
using Paths = std::map<std::string, std::string>;

class Manager {
 public:
  // mkdir every hierarchy's directory (v1: each mounted hierarchy; v2: enable the
  // needed controllers in the parents' cgroup.subtree_control) and apply resources.
  static Result<Manager> create(const Layout& layout, const std::string& rel_path, const Resources* res);
  // Reopen from saved paths (state.json).
  static Manager from_paths(Paths paths, bool unified_only);

  const Paths& paths() const { return paths_; }
  Status add_pid(pid_t pid) const;                   // write to cgroup.procs everywhere
  Status apply(const Resources& res) const;          // limits, devices (v1 lists / v2 BPF)
  Status freeze(bool frozen) const;                  // v1 freezer.state / v2 cgroup.freeze
  Result<bool> is_frozen() const;
  Result<std::vector<pid_t>> pids() const;           // every process in the container
  Status destroy() const;                            // rmdir (retrying briefly while busy)

 private:
  Paths paths_;
  bool unified_only_ = false;  // pure cgroup v2 (no v1 hierarchy at all)
};

// Build a BPF_PROG_TYPE_CGROUP_DEVICE program from device rules (last match wins,
// as in runc) and attach it to the cgroup2 directory; replaces an older one.
Status v2_attach_device_filter(const std::string& cgroup_dir, const std::vector<DeviceRule>& rules);
// The raw instructions (for unit tests): 8-byte struct bpf_insn each. Empty
// when the rules are refused (bad type/access, or a deny that would punch a
// hole into a wider wildcard allow, which v1 cannot express either).
std::vector<uint64_t> v2_device_program(const std::vector<DeviceRule>& rules);

}  // namespace ec::rt::cgroup
