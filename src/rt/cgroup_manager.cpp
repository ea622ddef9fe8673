// Manager: a container's cgroups in every hierarchy. Creates and removes the
// directories, moves processes in, freezes, lists, and routes each resource
// to the hierarchy that owns its controller (v1 first, else cgroup2).
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/log.h"
#include "core/build_features.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "edgectl_config.h"
#include "rt/cgroup.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup {

namespace detail {

Error not_supported(std::string_view what) {
  return make_error("not supported by this kernel: " + std::string(what), ENOTSUP);
}

bool has_knob(const std::string& dir, const std::string& file) {
  struct stat st;
  return ::stat((dir + "/" + file).c_str(), &st) == 0;
}

// ENOENT on a knob of a live cgroup dir means the kernel lacks it.
static Error missing_or(Error e, const std::string& dir, const std::string& file) {
  if (e.code == ENOENT && path_exists(dir)) return not_supported(file + " (in " + dir + ")");
  return e;
}

Status write_in(const std::string& dir, const std::string& file, std::string_view value) {
  auto r = write_knob(dir + "/" + file, value);
  if (!r) return missing_or(std::move(r).error(), dir, file);
  return {};
}

Result<std::string> read_in(const std::string& dir, const std::string& file) {
  auto r = read_file(dir + "/" + file);
  if (!r) return missing_or(std::move(r).error(), dir, file);
  return std::string(trim(*r));
}

void sleep_us(long us) {
  struct timespec ts = {us / 1000000, (us % 1000000) * 1000L};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
  }
}

bool bfq_in_use() {
  auto devs = list_dir("/sys/block");
  if (!devs) return false;
  for (auto& d : *devs) {
    auto sched = read_file("/sys/block/" + d + "/queue/scheduler");
    if (sched && sched->find("[bfq]") != std::string::npos) return true;
  }
  return false;
}

long monotonic_ms() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

}  // namespace detail

using namespace detail;

namespace {

const std::string* v1_dir(const Paths& paths, std::string_view controller) {
  for (auto& [key, dir] : paths) {
    if (key == "unified") continue;
    for (auto& c : split(key, ','))
      if (c == controller) return &dir;
  }
  return nullptr;
}

const std::string* v2_dir(const Paths& paths) {
  auto it = paths.find("unified");
  return it == paths.end() ? nullptr : &it->second;
}

// A controller the container's cgroups lack. When a cgroup version is
// compiled out, the host may well have it there: say so.
Error missing_controller(const std::string& controller) {
  std::string what = controller + " cgroup controller";
  if (EDGECTL_HAVE_CGROUP_V1 && EDGECTL_HAVE_CGROUP_V2) return not_supported(what);
  if (!EDGECTL_HAVE_CGROUP_V1 && !EDGECTL_HAVE_CGROUP_V2)
    return make_error(what + ": not available, this edgectl was built without cgroups "
                             "(-Dcgroup_v1=disabled -Dcgroup_v2=disabled)", ENOTSUP);
  bool v1_out = !EDGECTL_HAVE_CGROUP_V1;
  Error e = built_without(v1_out ? "cgroup v1" : "cgroup v2", v1_out ? "cgroup_v1" : "cgroup_v2");
  e.msg = what + ": the host does not offer it in cgroup " + (v1_out ? "v2" : "v1") + ", and " + e.msg;
  return e;
}

struct Target {
  std::string dir;
  bool v2 = false;
};

// The directory owning a controller: the v1 hierarchy listing it, else the
// cgroup2 dir (after enabling the controller there).
Result<Target> target(const Paths& paths, const char* v1name, const char* v2name) {
  if (v1name)
    if (const std::string* d = v1_dir(paths, v1name)) return Target{*d, false};
  if (const std::string* u = v2_dir(paths); u && v2name) {
    auto on = v2_enable_controller(*u, v2name);
    if (!on && on.error().code == ENOTSUP && !EDGECTL_HAVE_CGROUP_V1) return missing_controller(v2name);
    if (!on) return std::move(on).error();
    return Target{*u, true};
  }
  return missing_controller(v1name ? v1name : v2name);
}

bool memory_set(const MemoryResources& m) {
  return m.limit || m.reservation || m.swap || m.kernel || m.kernel_tcp || m.swappiness ||
         m.disable_oom_killer.value_or(false);
}

bool cpu_set(const CpuResources& c) {
  return c.shares || c.quota || c.burst || c.period || c.realtime_runtime || c.realtime_period || c.idle;
}

bool blkio_set(const BlockIoResources& b) {
  return b.weight || b.leaf_weight || !b.weight_device.empty() || !b.throttle_read_bps.empty() ||
         !b.throttle_write_bps.empty() || !b.throttle_read_iops.empty() || !b.throttle_write_iops.empty();
}

// Sub-cgroups directly below dir (cgroupfs fills d_type).
std::vector<std::string> subdirs(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return out;
  while (struct dirent* e = ::readdir(d)) {
    if (e->d_type != DT_DIR || !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    out.push_back(dir + "/" + e->d_name);
  }
  ::closedir(d);
  return out;
}

Status collect_pids(const std::string& dir, std::vector<pid_t>& out) {
  EC_ASSIGN(std::string text, read_file(dir + "/cgroup.procs"));
  for (auto& line : split(text, '\n', true))
    if (auto n = parse_i64(trim(line)); n && *n > 0) out.push_back(static_cast<pid_t>(*n));
  for (auto& sub : subdirs(dir)) EC_TRY(collect_pids(sub, out));
  return {};
}

// rmdir, waiting while the last processes leave (EBUSY) until the deadline.
Status rmdir_tree(const std::string& dir, long deadline_ms) {
  for (auto& sub : subdirs(dir)) EC_TRY(rmdir_tree(sub, deadline_ms));
  long delay_us = 2000;
  while (true) {
    if (::rmdir(dir.c_str()) == 0 || errno == ENOENT) return {};
    if (errno != EBUSY || monotonic_ms() >= deadline_ms) return sys_error("rmdir " + dir);
    sleep_us(delay_us);
    delay_us = std::min(delay_us * 2, 50000L);
  }
}

// mkdir one level at a time so each new v1 cpuset level gets cpus/mems.
Status make_levels(const std::string& mountpoint, const std::string& dir, bool cpuset) {
  std::string cur = mountpoint;
  for (auto& comp : split(dir.substr(mountpoint.size()), '/', true)) {
    cur += "/" + comp;
    if (::mkdir(cur.c_str(), 0755) < 0 && errno != EEXIST) return sys_error("mkdir " + cur);
    if (cpuset) EC_TRY(v1_cpuset_fill(cur));
  }
  return {};
}

}  // namespace

namespace detail {

Status apply_resources(const Paths& paths, const Resources& res, bool create) {
  const CpuResources* cpu = res.cpu ? &*res.cpu : nullptr;
  if (cpu && (!cpu->cpus.empty() || !cpu->mems.empty())) {
    EC_ASSIGN(Target t, target(paths, "cpuset", "cpuset"));
    if (!cpu->cpus.empty()) EC_TRY(write_in(t.dir, "cpuset.cpus", cpu->cpus));
    if (!cpu->mems.empty()) EC_TRY(write_in(t.dir, "cpuset.mems", cpu->mems));
  }
  // Devices: at create always (deny by default, like runc); on update only when given.
  if (create || !res.devices.empty()) {
    auto rules = with_default_devices(res.devices);
    if (const std::string* d = v1_dir(paths, "devices"))
      EC_TRYC(v1_devices(*d, rules), "device rules");
    else if (const std::string* u = v2_dir(paths))
      EC_TRYC(v2_attach_device_filter(*u, rules), "device rules");
    else if (!res.devices.empty())
      return missing_controller("devices");
  }
  if (res.memory && memory_set(*res.memory)) {
    EC_ASSIGN(Target t, target(paths, "memory", "memory"));
    EC_TRY(t.v2 ? v2_memory(t.dir, *res.memory) : v1_memory(t.dir, *res.memory));
  }
  if (cpu && cpu_set(*cpu)) {
    EC_ASSIGN(Target t, target(paths, "cpu", "cpu"));
    EC_TRY(t.v2 ? v2_cpu(t.dir, *cpu) : v1_cpu(t.dir, *cpu));
  }
  if (res.pids && res.pids->limit) {
    EC_ASSIGN(Target t, target(paths, "pids", "pids"));
    EC_TRY(write_in(t.dir, "pids.max", pids_max(*res.pids->limit)));
  }
  if (res.block_io && blkio_set(*res.block_io)) {
    EC_ASSIGN(Target t, target(paths, "blkio", "io"));
    EC_TRY(t.v2 ? v2_io(t.dir, *res.block_io) : v1_blkio(t.dir, *res.block_io));
  }
  if (!res.hugepage_limits.empty()) {
    EC_ASSIGN(Target t, target(paths, "hugetlb", "hugetlb"));
    EC_TRY(t.v2 ? v2_hugetlb(t.dir, res.hugepage_limits) : v1_hugetlb(t.dir, res.hugepage_limits));
  }
  if (res.network && res.network->class_id) {
    EC_ASSIGN(Target t, target(paths, "net_cls", nullptr));
    EC_TRY(v1_net_cls(t.dir, *res.network->class_id));
  }
  if (res.network && !res.network->priorities.empty()) {
    EC_ASSIGN(Target t, target(paths, "net_prio", nullptr));
    EC_TRY(v1_net_prio(t.dir, res.network->priorities));
  }
  if (!res.unified.empty()) {
    const std::string* u = v2_dir(paths);
    if (!u) return make_error("unified resources need cgroup v2", ENOTSUP);
    EC_TRY(v2_unified(*u, res.unified));
  }
  return {};
}

}  // namespace detail

Result<Manager> Manager::create(const Layout& layout, const std::string& rel_path, const Resources* res) {
  if (rel_path.empty() || rel_path == "/") return make_error("cgroup path must name a cgroup below the root");
  for (auto& c : split(rel_path, '/'))
    if (c == "..") return make_error("cgroup path " + rel_path + ": \"..\" is not allowed");
  Manager m;
  m.unified_only_ = layout.mode == Mode::Unified;
  auto fail = [&m](Error e) -> Error {
    (void)m.destroy();
    return e;
  };
  for (const Hierarchy& h : layout.hierarchies) {
    std::string key = h.v2 ? std::string("unified") : join(h.controllers, ",");
    std::string dir = hierarchy_dir(h, rel_path);
    if (dir.size() <= h.mountpoint.size() || !starts_with(dir, h.mountpoint + "/"))
      return fail(make_error("cgroup path " + rel_path + " resolves to the root of " + h.mountpoint));
    m.paths_[key] = dir;  // recorded first so a failure below cleans it up
    bool cpuset = !h.v2 && std::find(h.controllers.begin(), h.controllers.end(), "cpuset") != h.controllers.end();
    auto st = make_levels(h.mountpoint, dir, cpuset);
    if (!st) return fail(std::move(st).error());
    if (h.v2 && m.unified_only_) {
      // Pure v2: enable the usual controllers so limits (and later updates) work;
      // best effort like runc, a resource that needs a missing one fails in apply.
      for (const char* c : {"cpuset", "cpu", "io", "memory", "hugetlb", "pids"}) {
        if (std::find(h.controllers.begin(), h.controllers.end(), c) == h.controllers.end()) continue;
        auto r = v2_enable_controller(dir, c);
        if (!r) logf(LogLevel::Debug, "cgroup: enable %s: %s", c, r.error().msg.c_str());
      }
    }
  }
  Resources none;
  auto st = apply_resources(m.paths_, res ? *res : none, true);
  if (!st) return fail(std::move(st).error());
  return m;
}

Manager Manager::from_paths(Paths paths, bool unified_only) {
  Manager m;
  m.paths_ = std::move(paths);
  m.unified_only_ = unified_only;
  return m;
}

Status Manager::add_pid(pid_t pid) const {
  std::string s = std::to_string(pid);
  for (auto& [key, dir] : paths_) EC_TRY(write_knob(dir + "/cgroup.procs", s));
  return {};
}

Status Manager::apply(const Resources& res) const { return apply_resources(paths_, res, false); }

Status Manager::freeze(bool frozen) const {
  if (const std::string* d = v1_dir(paths_, "freezer")) return v1_freeze(*d, frozen);
  if (const std::string* u = v2_dir(paths_)) return v2_freeze(*u, frozen);
  return make_error(std::string("cannot ") + (frozen ? "pause" : "resume") +
                        ": no freezer (freezer cgroup controller not mounted and no cgroup v2)",
                    ENOTSUP);
}

Result<bool> Manager::is_frozen() const {
  if (const std::string* d = v1_dir(paths_, "freezer")) {
    auto s = read_in(*d, "freezer.state");
    if (!s) return std::move(s).error();
    return *s == "FROZEN";
  }
  if (const std::string* u = v2_dir(paths_)) {
    auto s = read_in(*u, "cgroup.freeze");
    if (!s) return std::move(s).error();
    return *s == "1";
  }
  return make_error("no freezer (freezer cgroup controller not mounted and no cgroup v2)", ENOTSUP);
}

Result<std::vector<pid_t>> Manager::pids() const {
  // Every process of the container is in each hierarchy; read the one most
  // likely to be there (pids, memory, systemd), in pure v2 the only one.
  const std::string* dir = unified_only_ ? v2_dir(paths_) : nullptr;
  for (const char* c : {"pids", "memory", "name=systemd"})
    if (!dir) dir = v1_dir(paths_, c);
  for (auto& [key, d] : paths_)
    if (!dir && key != "unified") dir = &d;
  if (!dir) dir = v2_dir(paths_);
  if (!dir) return make_error("container has no cgroups", ENOENT);
  std::vector<pid_t> out;
  EC_TRY(collect_pids(*dir, out));
  ec::sort(out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Status Manager::destroy() const {
  // One deadline for all hierarchies: processes leave them at the same time.
  long deadline = monotonic_ms() + 1000;
  Status first;
  for (auto& [key, dir] : paths_) {
    auto r = rmdir_tree(dir, deadline);
    if (!r && first.ok()) first = std::move(r);
  }
  return first;
}

}  // namespace ec::rt::cgroup
