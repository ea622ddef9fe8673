// The container's file-system view: rootfs, spec mounts, /dev, pivot_root,
// masked and read-only paths. Runs in the container init (new mount ns)
// before execve; every target is resolved inside the rootfs without
// following symlinks out of it.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt {

// Mount options translated to mount(2) arguments.
struct MountOptions {
  unsigned long flags = 0;        // MS_* to set
  unsigned long clear = 0;        // MS_* explicitly cleared (rw, suid, dev, exec, ...)
  unsigned long propagation = 0;  // MS_PRIVATE|MS_SLAVE|MS_SHARED|MS_UNBINDABLE (+MS_REC)
  std::vector<unsigned long> propagation_steps;  // in order, for several propagation options
  bool bind = false, recursive = false;
  std::string data;  // fs-specific options ("size=64k,mode=755")
  std::vector<std::string> unknown_ignored;  // e.g. "idmap" handled elsewhere
  // Recursive forms (rro, rnosuid, ratime, ...): MOUNT_ATTR_* for
  // mount_setattr(AT_RECURSIVE). attr_clr holds MOUNT_ATTR__ATIME (0x70)
  // when an atime mode was chosen (MOUNT_ATTR_RELATIME is 0).
  uint64_t attr_set = 0, attr_clr = 0;
};
Result<MountOptions> parse_mount_options(const std::vector<std::string>& options);
// "rprivate" -> MS_PRIVATE|MS_REC; 0 for "" ; error for unknown.
Result<unsigned long> parse_propagation(const std::string& s);
// Every option name parse_mount_options() understands (for `features`).
std::vector<std::string> known_mount_options();

struct RootfsConfig {
  const Spec* spec = nullptr;
  std::string rootfs;        // absolute host path of root.path
  bool no_pivot = false;
  bool user_ns = false;      // in a new user namespace: bind devices instead of mknod
  int console_slave_fd = -1; // pty slave to bind onto /dev/console, or -1
  // The container's cgroup directories (cgroup::Paths: hierarchy key such as
  // "memory", "cpu,cpuacct", "name=systemd" or "unified" -> absolute host dir),
  // used for "cgroup" mounts when there is no new cgroup namespace.
  const std::map<std::string, std::string>* cgroup_paths = nullptr;
};

// Phase 1, before createRuntime hooks: make / private/slave as asked,
// bind the rootfs onto itself, do the spec mounts, create /dev.
Status rootfs_prepare(const RootfsConfig& cfg);
// Phase 2, after createContainer hooks: pivot_root (or MS_MOVE + chroot),
// then masked/readonly paths, readonly root, rootfsPropagation.
Status rootfs_finalize(const RootfsConfig& cfg);

}  // namespace ec::rt
