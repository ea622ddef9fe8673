// Pieces of the mounts module shared by mounts.cpp and devices.cpp, and the
// pure helpers the unit tests check without root. Not a public API.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt::mnt {

// MOUNT_ATTR_* (linux/mount.h), spelled here so old libc headers build.
constexpr uint64_t kAttrRdonly = 0x1, kAttrNosuid = 0x2, kAttrNodev = 0x4, kAttrNoexec = 0x8;
constexpr uint64_t kAttrAtimeMask = 0x70, kAttrRelatime = 0x0, kAttrNoatime = 0x10, kAttrStrictatime = 0x20;
constexpr uint64_t kAttrNodiratime = 0x80, kAttrNosymfollow = 0x200000;

constexpr long kProcSuperMagic = 0x9fa0;
constexpr long kSysfsMagic = 0x62656572;
constexpr long kCgroup2Magic = 0x63677270;

// statfs f_flags (ST_*) -> the matching MS_* mount flags.
unsigned long st_to_ms_flags(unsigned long st_flags);

// A bind remount failed with EPERM: flags the kernel locked on the mount
// (user namespaces) must be kept. Returns the flags to retry with, or an
// error if the caller explicitly asked to clear a locked flag.
Result<unsigned long> add_locked_flags(unsigned long requested, unsigned long cleared, unsigned long current);

// runc's rules for what may be mounted on or under /proc (dest is the
// resolved, in-root path). src_is_proc_root: a bind source that is the root
// of a procfs.
Status check_proc_destination(const std::string& dest, bool bind, const std::string& type, bool src_is_proc_root);

// Which mounts a "cgroup" spec mount becomes without (or with) a cgroup
// namespace, from the container's cgroup paths (hierarchy key -> host dir).
struct CgroupBind {
  std::string name;    // dir below the destination ("cpu,cpuacct", "systemd", "unified"); "" = the destination itself
  std::string source;  // host dir of the container's cgroup
  std::string fstype;  // for a fresh mount (cgroup ns): "cgroup" or "cgroup2"
  std::string data;    // for a fresh mount: "cpu,cpuacct", "none,name=systemd", ""
};
struct CgroupPlan {
  bool unified_only = false;  // pure v2: the destination itself is the cgroup2 mount
  std::vector<CgroupBind> mounts;
  std::vector<std::pair<std::string, std::string>> links;  // name -> target ("cpu" -> "cpu,cpuacct")
};
CgroupPlan plan_cgroup_mounts(const std::map<std::string, std::string>& paths);

// /dev contents when the spec mounts a fresh /dev: the default nodes and the
// symlinks (name below /dev -> target).
const std::vector<Device>& default_devices();
std::vector<std::pair<std::string, std::string>> default_dev_symlinks(bool with_kcore);
// st_mode for mknod: type bits from 'c'/'u'/'b'/'p' plus the permission
// bits (fileMode, default 0666); 0 for an unknown type.
mode_t device_mode(const Device& d);

// True when a spec mount puts a fresh (non-bind) file system on /dev.
bool spec_mounts_dev(const Spec& spec);

// Create default devices (when setup_dev), /dev/ptmx, /dev symlinks,
// /dev/pts and /dev/shm dirs, then linux.devices, inside rootfd.
Status create_devices(int rootfd, const Spec& spec, bool user_ns, bool setup_dev);

// "mount <source> on <destination> (type <type>): <strerror>" from errno.
Error mount_error(const std::string& source, const std::string& dest, const std::string& type);

}  // namespace ec::rt::mnt
