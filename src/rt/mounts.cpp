// The container's mounts, in runc's order: propagation of "/", a self-bind of
// the rootfs, the spec mounts, /dev, then (after the createContainer hooks)
// pivot_root, read-only and masked paths, read-only root, rootfsPropagation.
// Every destination is resolved inside the rootfs (open_in_root) and mounted
// through /proc/self/fd/N of that O_PATH fd, so a symlink in the image cannot
// send a mount to the host.
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/mounts.h"
#include "rt/mounts_internal.h"

#ifndef MS_NOSYMFOLLOW
#define MS_NOSYMFOLLOW 256
#endif
#ifndef ST_NOSYMFOLLOW
#define ST_NOSYMFOLLOW 0x2000
#endif
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif
#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442  // same number on every architecture
#endif

namespace ec::rt {
namespace mnt {

unsigned long st_to_ms_flags(unsigned long st) {
  static constexpr struct {
    unsigned long st, ms;
  } kMap[] = {
      {ST_RDONLY, MS_RDONLY},         {ST_NOSUID, MS_NOSUID},       {ST_NODEV, MS_NODEV},
      {ST_NOEXEC, MS_NOEXEC},         {ST_SYNCHRONOUS, MS_SYNCHRONOUS}, {ST_MANDLOCK, MS_MANDLOCK},
      {ST_NOATIME, MS_NOATIME},       {ST_NODIRATIME, MS_NODIRATIME}, {ST_RELATIME, MS_RELATIME},
      {ST_NOSYMFOLLOW, MS_NOSYMFOLLOW},
  };
  unsigned long ms = 0;
  for (auto& m : kMap)
    if (st & m.st) ms |= m.ms;
  return ms;
}

Result<unsigned long> add_locked_flags(unsigned long requested, unsigned long cleared, unsigned long current) {
  // What the kernel locks on mounts inherited by a less privileged user ns.
  constexpr unsigned long kLockable = MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC;
  constexpr unsigned long kAtime = MS_NOATIME | MS_RELATIME | MS_STRICTATIME | MS_NODIRATIME;
  unsigned long conflict = cleared & current & (kLockable | kAtime);
  if (conflict) {
    static constexpr struct {
      unsigned long f;
      const char* name;
    } kNames[] = {{MS_RDONLY, "ro"},      {MS_NOSUID, "nosuid"},   {MS_NODEV, "nodev"},
                  {MS_NOEXEC, "noexec"},  {MS_NOATIME, "noatime"}, {MS_RELATIME, "relatime"},
                  {MS_NODIRATIME, "nodiratime"}};
    std::vector<std::string> names;
    for (auto& n : kNames)
      if (conflict & n.f) names.emplace_back(n.name);
    return make_error("cannot clear locked mount flags " + join(names, ","), EPERM);
  }
  unsigned long out = requested | (current & kLockable);
  if (!(requested & (MS_NOATIME | MS_RELATIME | MS_STRICTATIME)))
    out |= current & (MS_NOATIME | MS_RELATIME);
  if (!(cleared & MS_NODIRATIME)) out |= current & MS_NODIRATIME;
  return out;
}

Status check_proc_destination(const std::string& dest, bool bind, const std::string& type, bool src_is_proc_root) {
  if (dest != "/proc" && !starts_with(dest, "/proc/")) return {};
  if (dest == "/proc") {
    if (bind && src_is_proc_root) return {};
    if (!bind && type == "proc") return {};
    return make_error(bind ? "\"/proc\" cannot be mounted because the source is not the root of a procfs"
                           : "\"/proc\" cannot be mounted because it is not of type proc");
  }
  // Files lxcfs emulates; anything else under /proc could hide or redirect
  // the kernel's view (CVE-2019-16884 class).
  static constexpr const char* kAllowed[] = {
      "/proc/cpuinfo", "/proc/diskstats", "/proc/meminfo", "/proc/stat",    "/proc/swaps",
      "/proc/uptime",  "/proc/loadavg",   "/proc/slabinfo", "/proc/net/dev", "/proc/sys/kernel/ns_last_pid",
  };
  for (auto* a : kAllowed)
    if (dest == a) return {};
  return make_error("\"" + dest + "\" cannot be mounted because it is inside /proc");
}

CgroupPlan plan_cgroup_mounts(const std::map<std::string, std::string>& paths) {
  CgroupPlan plan;
  auto is_v2 = [](const std::string& key) { return key.empty() || key == "unified"; };
  bool only_v2 = !paths.empty();
  for (auto& [key, dir] : paths)
    if (!is_v2(key)) only_v2 = false;
  if (only_v2) {
    plan.unified_only = true;
    plan.mounts.push_back({"", paths.begin()->second, "cgroup2", ""});
    return plan;
  }
  for (auto& [key, dir] : paths) {
    if (dir.empty()) continue;
    if (is_v2(key)) {
      plan.mounts.push_back({"unified", dir, "cgroup2", ""});
    } else if (starts_with(key, "name=")) {
      plan.mounts.push_back({key.substr(5), dir, "cgroup", "none," + key});
    } else {
      plan.mounts.push_back({key, dir, "cgroup", key});
    }
  }
  // Co-mounted controllers ("cpu,cpuacct") also answer to each name.
  for (auto& [key, dir] : paths) {
    if (is_v2(key) || starts_with(key, "name=") || key.find(',') == std::string::npos) continue;
    for (auto& part : split(key, ',', true)) {
      bool taken = false;
      for (auto& m : plan.mounts) taken |= m.name == part;
      for (auto& l : plan.links) taken |= l.first == part;
      if (!taken) plan.links.emplace_back(part, key);
    }
  }
  return plan;
}

Error mount_error(const std::string& source, const std::string& dest, const std::string& type) {
  return sys_error(strf("mount %s on %s (type %s)", source.empty() ? "none" : source.c_str(), dest.c_str(),
                        type.empty() ? "none" : type.c_str()));
}

}  // namespace mnt

namespace {

using namespace mnt;

struct MountAttr {  // struct mount_attr
  uint64_t attr_set, attr_clr, propagation, userns_fd;
};

struct Ctx {
  const RootfsConfig& cfg;
  std::string rootfs;  // realpath of the rootfs (the self-bind)
  int rootfd = -1;
  bool cgroupns = false;
};

Result<std::string> real_rootfs(const std::string& p) {
  char* r = ::realpath(p.c_str(), nullptr);
  if (!r) return sys_error("rootfs " + p);
  std::string out(r);
  ::free(r);
  return out;
}

// Where an fd really is, as a path inside the rootfs (what runc calls the
// securejoin'ed destination).
Result<std::string> path_in_root(int fd, const std::string& rootfs) {
  char buf[PATH_MAX];
  ssize_t n = ::readlink(fd_path(fd).c_str(), buf, sizeof buf - 1);
  if (n < 0) return sys_error("readlink " + fd_path(fd));
  std::string p(buf, n);
  if (rootfs == "/") return p;
  if (p == rootfs) return std::string("/");
  if (starts_with(p, rootfs) && p[rootfs.size()] == '/') return p.substr(rootfs.size());
  return make_error("\"" + p + "\" is outside the rootfs " + rootfs, EXDEV);
}

// MS_BIND|MS_REMOUNT with `flags`; on EPERM retry keeping what the kernel
// locked (user namespaces). `target` names the mount (fd path), `fd` is an
// O_PATH fd on it for statfs.
Status remount_bind(const std::string& target, int fd, unsigned long flags, unsigned long cleared,
                    const std::string& what) {
  flags &= ~(MS_BIND | MS_REC | MS_REMOUNT);
  if (::mount(nullptr, target.c_str(), nullptr, MS_REMOUNT | MS_BIND | flags, nullptr) == 0) return {};
  if (errno != EPERM) return sys_error("remount " + what);
  struct statfs st;
  if (::fstatfs(fd, &st) < 0) return sys_error("statfs " + what);
  auto retry = add_locked_flags(flags, cleared, st_to_ms_flags(st.f_flags));
  if (!retry) return std::move(retry).error().context("remount " + what);
  if (::mount(nullptr, target.c_str(), nullptr, MS_REMOUNT | MS_BIND | *retry, nullptr) < 0)
    return sys_error("remount " + what);
  return {};
}

// mount_setattr(AT_RECURSIVE) on the tree at fd (kernel 5.12+).
Status set_attr_recursive(int fd, uint64_t set, uint64_t clr, const std::string& dest) {
  MountAttr attr{set, clr, 0, 0};
  if (::syscall(SYS_mount_setattr, fd, "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof attr) < 0) {
    if (errno == ENOSYS) return make_error("mount " + dest + ": not supported by this kernel: mount_setattr", ENOSYS);
    return sys_error("mount_setattr " + dest);
  }
  return {};
}

// Propagation steps and recursive attributes of a freshly mounted tree.
Status finish_mount(int fd, const MountOptions& o, const std::string& dest) {
  for (unsigned long step : o.propagation_steps)
    if (::mount(nullptr, fd_path(fd).c_str(), nullptr, step, nullptr) < 0)
      return sys_error(strf("set propagation 0x%lx on %s", step, dest.c_str()));
  if (o.attr_set || o.attr_clr) EC_TRY(set_attr_recursive(fd, o.attr_set, o.attr_clr, dest));
  return {};
}

// Re-resolve a destination after mounting: the old fd still names the
// directory underneath the new mount.
Result<Fd> reopen(const Ctx& c, const std::string& real) { return open_in_root(c.rootfd, real, O_PATH); }

Status mount_bind(const Ctx& c, const Mount& m, const std::string& dest, const MountOptions& o) {
  if (m.source.empty()) return make_error("mount on " + dest + " (type bind): source is required");
  Fd src(::open(m.source.c_str(), O_PATH | O_CLOEXEC));
  if (!src) return mount_error(m.source, dest, "bind");
  struct stat st;
  if (::fstat(src.get(), &st) < 0) return sys_error("stat " + m.source);
  EC_ASSIGN(Fd target, make_mount_target(c.rootfd, dest, S_ISDIR(st.st_mode)));
  EC_ASSIGN(std::string real, path_in_root(target.get(), c.rootfs));
  struct statfs sfs;
  bool proc_root = ::fstatfs(src.get(), &sfs) == 0 && sfs.f_type == kProcSuperMagic && st.st_ino == 1;
  EC_TRYC(check_proc_destination(real, true, m.type, proc_root), "mount " + m.source + " on " + dest);
  // A "bind" type without bind/rbind in the options is taken as rbind.
  unsigned long flags = MS_BIND | ((o.recursive || !o.bind) ? MS_REC : 0);
  if (::mount(fd_path(src.get()).c_str(), fd_path(target.get()).c_str(), nullptr, flags, nullptr) < 0)
    return mount_error(m.source, dest, "bind");
  EC_ASSIGN(Fd top, reopen(c, real));
  // A bind ignores ro/nosuid/...: they take effect only through a remount.
  if (o.flags & ~(MS_BIND | MS_REC | MS_REMOUNT))
    EC_TRY(remount_bind(fd_path(top.get()), top.get(), o.flags, o.clear, dest));
  return finish_mount(top.get(), o, dest);
}

// proc and sysfs go only on a real directory: never through a symlink the
// image planted (CVE-2019-16884 class), and the result must be that fs.
Status mount_kernel_fs(const Ctx& c, const Mount& m, const std::string& dest, const MountOptions& o) {
  Fd target;
  auto existing = open_in_root(c.rootfd, dest, O_PATH | O_NOFOLLOW);
  if (existing) {
    struct stat st;
    if (::fstat(existing->get(), &st) < 0) return sys_error("stat " + dest);
    if (!S_ISDIR(st.st_mode))
      return make_error(strf("mount %s on %s (type %s): the destination must be a directory, not a %s",
                             m.source.c_str(), dest.c_str(), m.type.c_str(),
                             S_ISLNK(st.st_mode) ? "symlink" : "file"),
                        ENOTDIR);
    target = std::move(*existing);
  } else if (existing.error().code == ENOENT) {
    EC_ASSIGN(target, mkdir_in_root(c.rootfd, dest));
  } else {
    return std::move(existing).error().context("mount " + m.type + " on " + dest);
  }
  EC_ASSIGN(std::string real, path_in_root(target.get(), c.rootfs));
  bool proc = m.type == "proc";
  if (::mount(m.source.c_str(), fd_path(target.get()).c_str(), m.type.c_str(), o.flags,
              o.data.empty() ? nullptr : o.data.c_str()) < 0) {
    if (proc || errno != EPERM) return mount_error(m.source, dest, m.type);
    // No network namespace of our own (or a user ns): bind the host's /sys
    // read-only instead, as runc does.
    Fd sys(::open("/sys", O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!sys || ::mount(fd_path(sys.get()).c_str(), fd_path(target.get()).c_str(), nullptr, MS_BIND | MS_REC,
                        nullptr) < 0)
      return mount_error("/sys", dest, "bind");
    EC_ASSIGN(Fd top, reopen(c, real));
    EC_TRY(remount_bind(fd_path(top.get()), top.get(), o.flags | MS_RDONLY, o.clear, dest));
    // The host's submounts of /sys come along: read-only too where the
    // kernel can do it (older kernels keep runc's top-only behaviour).
    if (auto r = set_attr_recursive(top.get(), kAttrRdonly, 0, dest); !r && r.error().code != ENOSYS) return r;
  }
  EC_ASSIGN(Fd top, reopen(c, real));
  struct statfs sfs;
  if (::fstatfs(top.get(), &sfs) < 0) return sys_error("statfs " + dest);
  // f_type is long in glibc, unsigned long in musl.
  decltype(sfs.f_type) want = proc ? kProcSuperMagic : kSysfsMagic;
  if (sfs.f_type != want)
    return make_error(strf("mount %s on %s: the mounted file system is not %s (f_type 0x%lx)", m.type.c_str(),
                           dest.c_str(), proc ? "procfs" : "sysfs", static_cast<unsigned long>(sfs.f_type)));
  return finish_mount(top.get(), o, dest);
}

// tmpfs, devpts, mqueue and anything else mount(2) knows by name.
Status mount_generic(const Ctx& c, const Mount& m, const std::string& dest, const MountOptions& o) {
  std::string data = o.data;
  if (m.type == "tmpfs") {
    // Keep the mode of an existing directory unless mode= says otherwise.
    auto existing = open_in_root(c.rootfd, dest, O_PATH);
    struct stat st;
    if (existing && ::fstat(existing->get(), &st) == 0 && S_ISDIR(st.st_mode))
      data = strf("mode=%04o", st.st_mode & 07777) + (data.empty() ? "" : "," + data);
  }
  EC_ASSIGN(Fd target, mkdir_in_root(c.rootfd, dest));
  EC_ASSIGN(std::string real, path_in_root(target.get(), c.rootfs));
  if (m.type != "tmpfs")
    EC_TRYC(check_proc_destination(real, false, m.type, false), "mount " + m.type + " on " + dest);
  unsigned long flags = o.flags;
  // /dev gets its nodes after the mounts; it turns read-only in finalize.
  if (dest == "/dev") flags &= ~MS_RDONLY;
  if (::mount(m.source.c_str(), fd_path(target.get()).c_str(), m.type.c_str(), flags,
              data.empty() ? nullptr : data.c_str()) < 0)
    return mount_error(m.source, dest, m.type);
  EC_ASSIGN(Fd top, reopen(c, real));
  return finish_mount(top.get(), o, dest);
}

bool host_is_unified() {
  struct statfs st;
  return ::statfs("/sys/fs/cgroup", &st) == 0 && st.f_type == kCgroup2Magic;
}

// Bind the container's own cgroup directory (no cgroup namespace).
Status bind_cgroup_dir(const Ctx& c, const std::string& source, int target, const std::string& real,
                       const MountOptions& o, const std::string& dest) {
  if (::mount(source.c_str(), fd_path(target).c_str(), nullptr, MS_BIND | MS_REC, nullptr) < 0)
    return mount_error(source, dest, "bind");
  EC_ASSIGN(Fd top, reopen(c, real));
  if (o.flags & ~(MS_BIND | MS_REC | MS_REMOUNT))
    EC_TRY(remount_bind(fd_path(top.get()), top.get(), o.flags, o.clear, dest));
  return finish_mount(top.get(), o, dest);
}

// "cgroup": pure v2 -> one cgroup2 mount (or a bind of our cgroup); v1 and
// hybrid -> a tmpfs with one entry per hierarchy, like runc.
Status mount_cgroup(const Ctx& c, const std::string& dest, const MountOptions& o) {
  static const std::map<std::string, std::string> kNone;
  const auto& paths = c.cfg.cgroup_paths ? *c.cfg.cgroup_paths : kNone;
  CgroupPlan plan = plan_cgroup_mounts(paths);
  if (paths.empty() && host_is_unified()) {
    plan.unified_only = true;
    plan.mounts.push_back({"", "", "cgroup2", ""});
  }
  constexpr unsigned long kDefault = MS_NOSUID | MS_NODEV | MS_NOEXEC;
  EC_ASSIGN(Fd target, mkdir_in_root(c.rootfd, dest));
  EC_ASSIGN(std::string real, path_in_root(target.get(), c.rootfs));

  if (plan.unified_only) {
    const std::string& source = plan.mounts[0].source;
    if (c.cgroupns || source.empty()) {
      if (::mount("cgroup2", fd_path(target.get()).c_str(), "cgroup2", o.flags, nullptr) == 0) {
        EC_ASSIGN(Fd top, reopen(c, real));
        return finish_mount(top.get(), o, dest);
      }
      if (source.empty() || (errno != EPERM && errno != EBUSY)) return mount_error("cgroup2", dest, "cgroup2");
    }
    return bind_cgroup_dir(c, source, target.get(), real, o, dest);
  }

  if (::mount("tmpfs", fd_path(target.get()).c_str(), "tmpfs", kDefault, "mode=755") < 0)
    return mount_error("tmpfs", dest, "tmpfs");
  EC_ASSIGN(Fd dir, reopen(c, real));
  MountOptions tmpfs_opts;
  tmpfs_opts.propagation_steps = o.propagation_steps;
  EC_TRY(finish_mount(dir.get(), tmpfs_opts, dest));
  for (auto& b : plan.mounts) {
    std::string sub_real = real + "/" + b.name, sub_dest = dest + "/" + b.name;
    EC_ASSIGN(Fd sub, mkdir_in_root(c.rootfd, sub_real));
    if (c.cgroupns) {
      // Inside the namespace a fresh mount shows our cgroup as its root.
      const char* src = starts_with(b.data, "none,name=") ? b.data.c_str() + 10 : "cgroup";
      if (::mount(src, fd_path(sub.get()).c_str(), b.fstype.c_str(), kDefault | (o.flags & MS_RDONLY),
                  b.data.empty() ? nullptr : b.data.c_str()) < 0)
        return mount_error(src, sub_dest, b.fstype);
      EC_ASSIGN(Fd top, reopen(c, sub_real));
      EC_TRY(finish_mount(top.get(), o, sub_dest));
    } else {
      EC_TRY(bind_cgroup_dir(c, b.source, sub.get(), sub_real, o, sub_dest));
    }
  }
  for (auto& [name, to] : plan.links)
    if (::symlinkat(to.c_str(), dir.get(), name.c_str()) < 0 && errno != EEXIST)
      return sys_error("symlink " + dest + "/" + name + " -> " + to);
  if (o.flags & MS_RDONLY)
    EC_TRY(remount_bind(fd_path(dir.get()), dir.get(), kDefault | MS_RDONLY, 0, dest));
  return {};
}

Status mount_one(const Ctx& c, const Mount& m) {
  std::string dest = path_clean("/" + m.destination);
  auto parsed = parse_mount_options(m.options);
  if (!parsed) return std::move(parsed).error().context("mount " + dest);
  const MountOptions& o = *parsed;
  for (auto& opt : o.unknown_ignored)
    if (opt == "idmap" || opt == "ridmap")
      return make_error("mount " + dest + ": idmapped mounts (\"" + opt + "\") are not supported", ENOTSUP);
  if (o.bind || m.type == "bind") return mount_bind(c, m, dest, o);
  if (m.type == "cgroup") return mount_cgroup(c, dest, o);
  if (m.type == "proc" || m.type == "sysfs") return mount_kernel_fs(c, m, dest, o);
  if (m.type.empty()) return make_error("mount " + m.source + " on " + dest + ": type is required");
  return mount_generic(c, m, dest, o);
}

// Walk up from the rootfs to the mount it lives on and make that private:
// pivot_root refuses a shared parent, and the self-bind must not propagate.
Status rootfs_parent_private(std::string path) {
  while (true) {
    if (::mount(nullptr, path.c_str(), nullptr, MS_PRIVATE, nullptr) == 0) return {};
    if (errno != EINVAL || path == "/") return sys_error("make the mount of " + path + " private");
    size_t slash = path.rfind('/');
    path = slash == 0 ? "/" : path.substr(0, slash);
  }
}

Result<unsigned long> root_propagation(const Spec& spec) {
  if (!spec.linux || spec.linux->rootfs_propagation.empty()) return 0ul;
  auto p = parse_propagation(spec.linux->rootfs_propagation);
  if (!p) return std::move(p).error().context("linux.rootfsPropagation");
  return p;
}

Status pivot(const std::string& rootfs) {
  Fd oldroot(::open("/", O_DIRECTORY | O_RDONLY | O_CLOEXEC));
  if (!oldroot) return sys_error("open /");
  Fd newroot(::open(rootfs.c_str(), O_DIRECTORY | O_RDONLY | O_CLOEXEC));
  if (!newroot) return sys_error("open " + rootfs);
  if (::fchdir(newroot.get()) < 0) return sys_error("chdir " + rootfs);
  // pivot_root(".", ".") stacks the old root on top of the new one; it is
  // then detached without needing a directory for it inside the rootfs.
  if (::syscall(SYS_pivot_root, ".", ".") < 0) return sys_error("pivot_root " + rootfs);
  if (::fchdir(oldroot.get()) < 0) return sys_error("chdir to the old root");
  // Our unmount must not reach the host's mounts.
  if (::mount(nullptr, ".", nullptr, MS_SLAVE | MS_REC, nullptr) < 0) return sys_error("make the old root rslave");
  if (::umount2(".", MNT_DETACH) < 0) return sys_error("unmount the old root");
  if (::chdir("/") < 0) return sys_error("chdir /");
  return {};
}

Status move_root(const std::string& rootfs) {
  if (::chdir(rootfs.c_str()) < 0) return sys_error("chdir " + rootfs);
  if (::mount(rootfs.c_str(), "/", nullptr, MS_MOVE, nullptr) < 0) return sys_error("move " + rootfs + " to /");
  if (::chroot(".") < 0) return sys_error("chroot " + rootfs);
  if (::chdir("/") < 0) return sys_error("chdir /");
  return {};
}

// After the switch "/" is the container: paths resolve inside it. Mount
// through fd paths when the container has /proc, else by name.
struct Jail {
  int root;
  bool proc_fd;
  std::string target(int fd, const std::string& path) const { return proc_fd ? fd_path(fd) : path_clean("/" + path); }
};

// The /dev/null that masks files must be the real null device: a symlink
// or another node there would bind something else over the masked path
// (CVE-2025-31133 class).
Result<Fd> open_dev_null(const Jail& j) {
  auto fd = open_in_root(j.root, "/dev/null", O_PATH | O_NOFOLLOW);
  if (!fd) return std::move(fd).error().context("open /dev/null to mask paths");
  struct stat st;
  if (::fstat(fd->get(), &st) < 0) return sys_error("stat /dev/null");
  if (!S_ISCHR(st.st_mode) || major(st.st_rdev) != 1 || minor(st.st_rdev) != 3)
    return make_error("/dev/null in the container is not the null device (char 1:3); refusing to mask paths with it");
  return fd;
}

Status mask_paths(const Jail& j, const std::vector<std::string>& paths) {
  Fd devnull;
  for (auto& p : paths) {
    auto fd = open_in_root(j.root, p, O_PATH);
    if (!fd) {
      if (fd.error().code == ENOENT) continue;
      return std::move(fd).error().context("masked path");
    }
    struct stat st;
    if (::fstat(fd->get(), &st) < 0) return sys_error("stat " + p);
    std::string target = j.target(fd->get(), p);
    if (S_ISDIR(st.st_mode)) {
      if (::mount("tmpfs", target.c_str(), "tmpfs", MS_RDONLY, nullptr) < 0) return mount_error("tmpfs", p, "tmpfs");
      continue;
    }
    if (!devnull) {
      EC_ASSIGN(devnull, open_dev_null(j));
    }
    if (::mount(j.target(devnull.get(), "/dev/null").c_str(), target.c_str(), nullptr, MS_BIND, nullptr) < 0)
      return mount_error("/dev/null", p, "bind");
  }
  return {};
}

// Remount a mount read-only keeping its nosuid/nodev/noexec.
Status remount_ro(const Jail& j, int fd, const std::string& path, unsigned long extra) {
  struct statfs st;
  if (::fstatfs(fd, &st) < 0) return sys_error("statfs " + path);
  unsigned long keep = st_to_ms_flags(st.f_flags) & (MS_NOSUID | MS_NODEV | MS_NOEXEC);
  return remount_bind(j.target(fd, path), fd, MS_RDONLY | keep | extra, 0, path + " read-only");
}

Status readonly_paths(const Jail& j, const std::vector<std::string>& paths) {
  for (auto& p : paths) {
    auto fd = open_in_root(j.root, p, O_PATH);
    if (!fd) {
      if (fd.error().code == ENOENT) continue;
      return std::move(fd).error().context("readonly path");
    }
    std::string target = j.target(fd->get(), p);
    if (::mount(target.c_str(), target.c_str(), nullptr, MS_BIND | MS_REC, nullptr) < 0)
      return mount_error(p, p, "bind");
    auto top = open_in_root(j.root, p, O_PATH);
    if (!top) return std::move(top).error().context("readonly path");
    EC_TRY(remount_ro(j, top->get(), p, 0));
  }
  return {};
}

}  // namespace

Status rootfs_prepare(const RootfsConfig& cfg) {
  const Spec& spec = *cfg.spec;
  EC_ASSIGN(unsigned long prop, root_propagation(spec));
  if (::mount(nullptr, "/", nullptr, prop ? prop : (MS_SLAVE | MS_REC), nullptr) < 0)
    return sys_error("set propagation of / in the container's mount namespace");
  EC_ASSIGN(std::string rootfs, real_rootfs(cfg.rootfs));
  EC_TRY(rootfs_parent_private(rootfs));
  // pivot_root needs the new root to be a mount point.
  if (::mount(rootfs.c_str(), rootfs.c_str(), nullptr, MS_BIND | MS_REC, nullptr) < 0)
    return mount_error(rootfs, rootfs, "bind");
  Fd rootfd(::open(rootfs.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!rootfd) return sys_error("open rootfs " + rootfs);

  Ctx c{cfg, rootfs, rootfd.get(), spec.find_namespace(CLONE_NEWCGROUP) != nullptr};
  for (auto& m : spec.mounts) EC_TRY(mount_one(c, m));
  EC_TRYC(create_devices(rootfd.get(), spec, cfg.user_ns, spec_mounts_dev(spec)), "create devices");
  if (cfg.console_slave_fd >= 0) {
    EC_ASSIGN(Fd target, make_mount_target(rootfd.get(), "/dev/console", false));
    if (::mount(fd_path(cfg.console_slave_fd).c_str(), fd_path(target.get()).c_str(), nullptr, MS_BIND, nullptr) < 0)
      return mount_error("console", "/dev/console", "bind");
  }
  return {};
}

Status rootfs_finalize(const RootfsConfig& cfg) {
  const Spec& spec = *cfg.spec;
  EC_ASSIGN(std::string rootfs, real_rootfs(cfg.rootfs));
  if (cfg.no_pivot) {
    EC_TRYC(move_root(rootfs), "enter the rootfs (--no-pivot)");
  } else {
    EC_TRYC(pivot(rootfs), "enter the rootfs");
  }
  Fd root(::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!root) return sys_error("open /");
  Jail j{root.get(), ::access("/proc/self/fd", F_OK) == 0};

  if (spec.linux) {
    EC_TRY(readonly_paths(j, spec.linux->readonly_paths));
    EC_TRY(mask_paths(j, spec.linux->masked_paths));
  }
  // A read-only /dev was mounted writable so its nodes could be made.
  for (auto& m : spec.mounts) {
    if (path_clean("/" + m.destination) != "/dev") continue;
    auto o = parse_mount_options(m.options);
    if (o && !o->bind && m.type != "bind" && (o->flags & MS_RDONLY)) {
      auto dev = open_in_root(j.root, "/dev", O_PATH | O_DIRECTORY);
      if (!dev) return std::move(dev).error().context("remount /dev read-only");
      EC_TRY(remount_ro(j, dev->get(), "/dev", o->flags & ~MS_RDONLY));
    }
  }
  if (spec.root_readonly) EC_TRY(remount_ro(j, root.get(), "/", 0));
  EC_ASSIGN(unsigned long prop, root_propagation(spec));
  if (prop && ::mount(nullptr, "/", nullptr, prop, nullptr) < 0) return sys_error("set rootfsPropagation of /");
  return {};
}

}  // namespace ec::rt
