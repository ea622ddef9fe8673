// Cgroup layout detection (v1 / v2 / hybrid, per controller) and cgroupsPath
// resolution.
#include <algorithm>
#include <set>

#include "core/fs.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "edgectl_config.h"
#include "rt/cgroup.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup {
namespace {

// Controllers a v1 mount may carry; /proc/cgroups adds whatever the kernel has.
const char* const kKnownV1[] = {"cpu",     "cpuacct",    "cpuset", "memory", "devices", "freezer",
                                "net_cls", "net_prio",   "blkio",  "perf_event", "pids", "hugetlb",
                                "rdma",    "misc",       "debug"};

std::vector<std::string> fields_of(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) i++;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') j++;
    if (j > i) out.emplace_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

// mountinfo escapes space, tab, newline and backslash as \ooo.
std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '3' &&
        s[i + 2] >= '0' && s[i + 2] <= '7' && s[i + 3] >= '0' && s[i + 3] <= '7') {
      out += static_cast<char>((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0'));
      i += 3;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct MountRec {
  std::string devid, root, mountpoint, fstype, superopts;
};

std::vector<MountRec> parse_mountinfo(std::string_view text) {
  std::vector<MountRec> out;
  for (auto& line : split(text, '\n', true)) {
    auto f = fields_of(line);
    // id parent maj:min root mountpoint options [optional...] - fstype source superopts
    size_t sep = 6;
    while (sep < f.size() && f[sep] != "-") sep++;
    if (sep + 3 >= f.size()) continue;
    MountRec m;
    m.devid = f[2];
    m.root = unescape(f[3]);
    m.mountpoint = unescape(f[4]);
    m.fstype = f[sep + 1];
    m.superopts = f[sep + 3];
    out.push_back(std::move(m));
  }
  return out;
}

std::string relative_to_mount(const Hierarchy& h) {
  const std::string& self = h.self_path.empty() ? std::string("/") : h.self_path;
  if (h.mount_root.empty() || h.mount_root == "/") return self;
  // Without a cgroup namespace our path includes the mounted subtree.
  if (self == h.mount_root) return "/";
  if (starts_with(self, h.mount_root + "/")) return self.substr(h.mount_root.size());
  return self;
}

}  // namespace

const Hierarchy* Layout::for_controller(const std::string& name) const {
  auto it = by_controller.find(name);
  if (it == by_controller.end() || it->second >= hierarchies.size()) return nullptr;
  return &hierarchies[it->second];
}

Result<Layout> detect(const DetectInput& in) {
  // Which controllers the kernel has, and which are enabled.
  std::set<std::string> known(std::begin(kKnownV1), std::end(kKnownV1));
  std::set<std::string> disabled;
  for (auto& line : split(in.proc_cgroups, '\n', true)) {
    if (line[0] == '#') continue;
    auto f = fields_of(line);
    if (f.empty()) continue;
    known.insert(f[0]);
    if (f.size() >= 4 && f[3] == "0") disabled.insert(f[0]);
  }

  Layout lay;
  std::map<std::string, size_t> by_dev;  // superblock -> hierarchy: a bind mount is the same hierarchy
  for (auto& m : parse_mountinfo(in.mountinfo)) {
    bool v2 = m.fstype == "cgroup2";
    if (!v2 && m.fstype != "cgroup") continue;
    Hierarchy h;
    h.v2 = v2;
    h.mountpoint = m.mountpoint;
    h.mount_root = m.root;
    if (!v2) {
      for (auto& o : split(m.superopts, ',', true))
        if (known.count(o) || starts_with(o, "name=")) h.controllers.push_back(o);
      if (h.controllers.empty()) continue;
    }
    auto dup = by_dev.find(m.devid);
    if (dup != by_dev.end()) {
      // Keep the mount of the whole hierarchy over a mount of a subtree.
      Hierarchy& old = lay.hierarchies[dup->second];
      if (old.mount_root != "/" && m.root == "/") old = std::move(h);
      continue;
    }
    // cgroup2 is one hierarchy: a second mount under another id is still it.
    if (v2 && lay.unified >= 0) {
      Hierarchy& old = lay.hierarchies[lay.unified];
      if (old.mount_root != "/" && m.root == "/") old = std::move(h);
      continue;
    }
    by_dev[m.devid] = lay.hierarchies.size();
    if (v2) lay.unified = static_cast<int>(lay.hierarchies.size());
    lay.hierarchies.push_back(std::move(h));
  }
  if (lay.hierarchies.empty())
    return make_error("no cgroup filesystem mounted (no cgroup or cgroup2 in mountinfo)", ENOENT);

  // Our own cgroup in each hierarchy: "N:ctrl,ctrl:/path" (v1), "0::/path" (v2).
  for (auto& line : split(in.self_cgroup, '\n', true)) {
    size_t c1 = line.find(':');
    size_t c2 = c1 == std::string::npos ? c1 : line.find(':', c1 + 1);
    if (c2 == std::string::npos) continue;
    std::string ctrls = line.substr(c1 + 1, c2 - c1 - 1);
    std::string path = line.substr(c2 + 1);
    if (ctrls.empty()) {
      if (lay.unified >= 0) lay.hierarchies[lay.unified].self_path = path;
      continue;
    }
    auto want = split(ctrls, ',', true);
    ec::sort(want);
    for (auto& h : lay.hierarchies) {
      if (h.v2) continue;
      auto have = h.controllers;
      ec::sort(have);
      if (have == want) h.self_path = path;
    }
  }

  bool has_v1 = false;
  for (size_t i = 0; i < lay.hierarchies.size(); i++) {
    const Hierarchy& h = lay.hierarchies[i];
    if (h.v2) continue;
    has_v1 = true;
    for (auto& c : h.controllers)
      if (!disabled.count(c)) lay.by_controller.emplace(c, i);
  }
  if (lay.unified >= 0) {
    Hierarchy& u = lay.hierarchies[lay.unified];
    std::string text = in.read_file ? in.read_file(u.mountpoint + "/cgroup.controllers", in.ctx) : std::string();
    u.controllers = fields_of(trim(text));
    // A controller bound to a v1 hierarchy stays there (emplace keeps v1).
    for (auto& c : u.controllers)
      if (!disabled.count(c)) lay.by_controller.emplace(c, static_cast<size_t>(lay.unified));
  }
  lay.mode = !has_v1 ? Mode::Unified : (lay.unified >= 0 ? Mode::Hybrid : Mode::Legacy);
  return lay;
}

namespace {

// The hierarchies of a cgroup version compiled out (-Dcgroup_v1 /
// -Dcgroup_v2=disabled) are left out: containers are placed, limited and
// frozen only through the version this build has. A controller that the
// host offers only in the other version is then missing, and a resource
// asking for it fails at create (cgroup_manager.cpp says why).
Layout keep_built(Layout lay) {
  if (EDGECTL_HAVE_CGROUP_V1 && EDGECTL_HAVE_CGROUP_V2) return lay;
  Layout out;
  std::map<size_t, size_t> moved;  // old index -> new index
  bool has_v1 = false;
  for (size_t i = 0; i < lay.hierarchies.size(); i++) {
    bool v2 = lay.hierarchies[i].v2;
    if (v2 ? !EDGECTL_HAVE_CGROUP_V2 : !EDGECTL_HAVE_CGROUP_V1) continue;
    moved[i] = out.hierarchies.size();
    if (v2) out.unified = static_cast<int>(out.hierarchies.size());
    has_v1 = has_v1 || !v2;
    out.hierarchies.push_back(std::move(lay.hierarchies[i]));
  }
  for (auto& [c, i] : lay.by_controller)
    if (auto m = moved.find(i); m != moved.end()) out.by_controller.emplace(c, m->second);
  out.mode = !has_v1 ? Mode::Unified : (out.unified >= 0 ? Mode::Hybrid : Mode::Legacy);
  return out;
}

}  // namespace

Result<Layout> detect_system() {
  DetectInput in;
  EC_ASSIGN(in.mountinfo, read_file("/proc/self/mountinfo"));
  EC_ASSIGN(in.self_cgroup, read_file("/proc/self/cgroup"));
  // /proc/cgroups is optional (CONFIG_PROC_FS without cgroup v1 stats).
  auto pc = read_file("/proc/cgroups");
  if (pc) in.proc_cgroups = std::move(*pc);
  in.read_file = [](const std::string& path, void*) {
    auto r = ::ec::read_file(path);
    return r ? std::move(*r) : std::string();
  };
  EC_ASSIGN(Layout lay, detect(in));
  return keep_built(std::move(lay));
}

namespace {

// "a-b.slice" -> "/a.slice/a-b.slice" (systemd's unit nesting); "-.slice" -> "/".
Result<std::string> expand_slice(const std::string& slice) {
  const std::string suffix = ".slice";
  if (slice.size() <= suffix.size() || !ends_with(slice, suffix) || slice.find('/') != std::string::npos)
    return make_error("invalid systemd slice name: " + slice);
  std::string name = slice.substr(0, slice.size() - suffix.size());
  if (name == "-") return std::string("/");
  std::string path, prefix;
  for (auto& comp : split(name, '-')) {
    if (comp.empty()) return make_error("invalid systemd slice name: " + slice);
    path += "/" + prefix + comp + suffix;
    prefix += comp + "-";
  }
  return path;
}

}  // namespace

Result<std::string> resolve_path(const std::string& cgroups_path, const std::string& id, bool systemd) {
  if (id.empty() || id.find('/') != std::string::npos || id == "." || id == "..")
    return make_error("invalid container id for a cgroup path: " + id);
  if (systemd) {
    std::string slice = "system.slice", prefix = "edgectl", name = id;
    if (!cgroups_path.empty()) {
      auto parts = split(cgroups_path, ':');
      if (parts.size() != 3)
        return make_error("cgroupsPath " + cgroups_path + ": with --systemd-cgroup it must be slice:prefix:name");
      if (!parts[0].empty()) slice = parts[0];
      prefix = parts[1];
      name = parts[2];
    }
    if (name.empty() || name.find('/') != std::string::npos || prefix.find('/') != std::string::npos)
      return make_error("cgroupsPath " + cgroups_path + ": invalid systemd unit name");
    EC_ASSIGN(std::string base, expand_slice(slice));
    // A name ending in .slice is itself the unit, as with runc.
    std::string unit = ends_with(name, ".slice") ? name : (prefix.empty() ? name : prefix + "-" + name) + ".scope";
    return path_join(base, unit);
  }
  if (cgroups_path.empty()) return "/edgectl/" + id;
  if (cgroups_path.find('/') == std::string::npos && split(cgroups_path, ':').size() == 3)
    return make_error("cgroupsPath " + cgroups_path +
                      " is in systemd slice:prefix:name form; run with --systemd-cgroup");
  std::vector<std::string> comps;
  for (auto& c : split(cgroups_path, '/', true)) {
    if (c == "..") return make_error("cgroupsPath " + cgroups_path + ": \"..\" is not allowed");
    if (c != ".") comps.push_back(c);
  }
  if (comps.empty()) return make_error("cgroupsPath " + cgroups_path + ": must name a cgroup below the root");
  std::string joined = join(comps, "/");
  return cgroups_path[0] == '/' ? "/" + joined : joined;
}

std::string hierarchy_dir(const Hierarchy& h, const std::string& rel) {
  std::string base = rel[0] == '/' ? std::string() : relative_to_mount(h);
  return path_clean(path_join(path_join(h.mountpoint, base), rel));
}

}  // namespace ec::rt::cgroup
