#include "rt/engine/rootfs.h"

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "core/build_features.h"
#include "core/fs.h"
#include "edgectl_config.h"

namespace ec::engine {

Result<std::string> choose_storage_driver(const std::string& requested) {
  bool have_overlay = false;
  if (auto fs = read_file("/proc/filesystems")) have_overlay = fs->find("\toverlay\n") != std::string::npos;
  if (requested.empty()) {
    if (have_overlay && EDGECTL_HAVE_OVERLAY) return std::string("overlay");
    if (EDGECTL_HAVE_VFS) return std::string("vfs");
    if (!have_overlay)
      return make_error("the kernel has no overlay filesystem, and " + built_without("the vfs storage driver", "vfs").msg, ENODEV);
    return std::string("overlay");
  }
  if (requested == "vfs") {
    if (!EDGECTL_HAVE_VFS) return built_without("the vfs storage driver", "vfs").context("storage driver vfs");
    return requested;
  }
  if (requested == "overlay" || requested == "overlay2") {
    if (!EDGECTL_HAVE_OVERLAY) return built_without("the overlay storage driver", "overlay").context("storage driver overlay");
    if (!have_overlay) return make_error("storage driver overlay: the kernel has no overlay filesystem (use --storage-driver vfs)", ENODEV);
    return std::string("overlay");
  }
  return make_error("unknown storage driver \"" + requested + "\" (want overlay or vfs)");
}

Status rootfs_prepare(const std::string& driver, const std::vector<std::string>& layers, const std::string& dir) {
  EC_TRY(mkdir_p(dir + "/rootfs", 0755));
  if (driver == "overlay") return overlay_prepare(layers, dir);
  for (auto& l : layers) EC_TRYC(apply_layer_copy(l, dir + "/rootfs"), "copy layer " + l);
  return {};
}

bool rootfs_mounted(const std::string& dir) {
  struct stat a, b;
  if (::stat((dir + "/rootfs").c_str(), &a) < 0 || ::stat(dir.c_str(), &b) < 0) return false;
  return a.st_dev != b.st_dev;
}

Status rootfs_mount(const std::string& driver, const std::vector<std::string>& layers, const std::string& dir) {
  if (driver != "overlay" || rootfs_mounted(dir)) return {};
  return overlay_mount(layers, dir);
}

Status rootfs_unmount(const std::string& dir) {
  std::string target = dir + "/rootfs";
  for (int i = 0; i < 8 && rootfs_mounted(dir); i++) {
    if (::umount2(target.c_str(), UMOUNT_NOFOLLOW) == 0) continue;
    if (errno == EBUSY) {
      if (::umount2(target.c_str(), MNT_DETACH | UMOUNT_NOFOLLOW) == 0) continue;
    }
    if (errno == EINVAL || errno == ENOENT) break;
    return sys_error("unmount " + target);
  }
  return {};
}

}  // namespace ec::engine
