#include "rt/engine/rootfs.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"
#include "core/strutil.h"

namespace ec::engine {

Result<std::string> choose_storage_driver(const std::string& requested) {
  bool have_overlay = false;
  if (auto fs = read_file("/proc/filesystems")) have_overlay = fs->find("\toverlay\n") != std::string::npos;
  if (requested.empty()) return std::string(have_overlay ? "overlay" : "vfs");
  if (requested == "vfs") return requested;
  if (requested == "overlay" || requested == "overlay2") {
    if (!have_overlay) return make_error("storage driver overlay: the kernel has no overlay filesystem (use --storage-driver vfs)", ENODEV);
    return std::string("overlay");
  }
  return make_error("unknown storage driver \"" + requested + "\" (want overlay or vfs)");
}

Status rootfs_prepare(const std::string& driver, const std::vector<std::string>& layers, const std::string& dir) {
  EC_TRY(mkdir_p(dir + "/rootfs", 0755));
  if (driver == "overlay") {
    EC_TRY(mkdir_p(dir + "/upper", 0755));
    EC_TRY(mkdir_p(dir + "/work", 0700));
    if (layers.empty()) EC_TRY(mkdir_p(dir + "/empty", 0755));
    return {};
  }
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
  // lowerdir is top layer first. The option string is limited to a page:
  // paths relative to the layers' common parent keep it short (we chdir there).
  std::string base;
  if (!layers.empty()) {
    auto s = layers[0].rfind("/layers/");
    base = s == std::string::npos ? std::string() : layers[0].substr(0, s + 8);
  }
  std::string lower;
  for (size_t i = layers.size(); i-- > 0;) {
    if (!lower.empty()) lower += ':';
    lower += !base.empty() && starts_with(layers[i], base) ? layers[i].substr(base.size()) : layers[i];
  }
  if (layers.empty()) lower = dir + "/empty";
  std::string opts = "lowerdir=" + lower + ",upperdir=" + dir + "/upper,workdir=" + dir + "/work";
  if (opts.size() >= 4000) return make_error(strf("overlay: %zu layers make the mount options too long", layers.size()), E2BIG);
  Fd cwd(::open(".", O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!base.empty() && ::chdir(base.c_str()) < 0) return sys_error("chdir " + base);
  int rc = ::mount("overlay", (dir + "/rootfs").c_str(), "overlay", 0, opts.c_str());
  int err = errno;
  if (cwd) (void)::fchdir(cwd.get());
  if (rc < 0) return sys_error(err, "mount overlay on " + dir + "/rootfs");
  return {};
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
