// The overlay storage driver: per-container upper/work dirs, the mount of
// the layers (lowerdir) on <dir>/rootfs. Out with -Doverlay=disabled
// (rootfs_overlay_stub.cpp).
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>

#include "core/fd.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "rt/engine/rootfs.h"

namespace ec::engine {

Status overlay_prepare(const std::vector<std::string>& layers, const std::string& dir) {
  EC_TRY(mkdir_p(dir + "/upper", 0755));
  EC_TRY(mkdir_p(dir + "/work", 0700));
  if (layers.empty()) EC_TRY(mkdir_p(dir + "/empty", 0755));
  return {};
}

Status overlay_mount(const std::vector<std::string>& layers, const std::string& dir) {
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

}  // namespace ec::engine
