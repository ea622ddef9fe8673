// Device nodes inside the container: the default /dev set, /dev/ptmx and the
// /proc/self/fd symlinks when the spec mounts a fresh /dev, then
// linux.devices. Nodes are made with mknodat() on a parent fd resolved inside
// the rootfs, so symlinks in the image cannot redirect them to the host.
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/mounts.h"
#include "rt/mounts_internal.h"

namespace ec::rt::mnt {
namespace {

Device chr(const char* path, int64_t major, int64_t minor) {
  Device d;
  d.type = 'c';
  d.path = path;
  d.major = major;
  d.minor = minor;
  d.file_mode = 0666;
  d.uid = 0;
  d.gid = 0;
  return d;
}

// Modes must come out exactly as asked, whatever umask the caller had.
class UmaskZero {
 public:
  UmaskZero() : old_(::umask(0)) {}
  ~UmaskZero() { ::umask(old_); }

 private:
  mode_t old_;
};

// No mknod in a user namespace: bind the host's node onto an empty file.
Status bind_device(int rootfd, const Device& d, const std::string& path) {
  EC_ASSIGN(Fd target, make_mount_target(rootfd, path, false));
  if (::mount(d.path.c_str(), fd_path(target.get()).c_str(), nullptr, MS_BIND, nullptr) < 0)
    return mount_error(d.path, path, "bind");
  return {};
}

Status create_node(int rootfd, const Device& d, bool user_ns) {
  std::string path = path_clean("/" + d.path);
  size_t slash = path.rfind('/');
  std::string base = path.substr(slash + 1);
  if (base.empty()) return make_error("device path \"" + d.path + "\" names no file");
  mode_t mode = device_mode(d);
  if (mode == 0) return make_error(strf("device %s: unknown type '%c'", path.c_str(), d.type));
  // Fifos need no privilege, so they are made even in a user namespace.
  if (user_ns && d.type != 'p') return bind_device(rootfd, d, path);

  auto parent = mkdir_in_root(rootfd, path.substr(0, slash), 0755);
  if (!parent) return std::move(parent).error().context("device " + path);
  dev_t dev = d.type == 'p' ? 0 : makedev(static_cast<unsigned>(d.major), static_cast<unsigned>(d.minor));
  if (::mknodat(parent->get(), base.c_str(), mode, dev) < 0) {
    if (errno == EEXIST) return {};  // kept as runc does (a bind or the image put it there)
    if (errno == EPERM && d.type != 'p') return bind_device(rootfd, d, path);
    return sys_error("mknod " + path);
  }
  if (::fchownat(parent->get(), base.c_str(), d.uid.value_or(0), d.gid.value_or(0), AT_SYMLINK_NOFOLLOW) < 0)
    return sys_error("chown " + path);
  return {};
}

Status setup_dev_links(int rootfd) {
  EC_ASSIGN(Fd dev, mkdir_in_root(rootfd, "/dev", 0755));
  // The pty multiplexer is the one of the container's own devpts instance.
  if (::unlinkat(dev.get(), "ptmx", 0) < 0 && errno != ENOENT) return sys_error("remove /dev/ptmx");
  if (::symlinkat("pts/ptmx", dev.get(), "ptmx") < 0) return sys_error("symlink /dev/ptmx");
  struct stat st;
  bool kcore = ::stat("/proc/kcore", &st) == 0;  // CONFIG_PROC_KCORE may be off
  for (auto& [name, target] : default_dev_symlinks(kcore))
    if (::symlinkat(target.c_str(), dev.get(), name.c_str()) < 0 && errno != EEXIST)
      return sys_error("symlink /dev/" + name + " -> " + target);
  for (const char* dir : {"pts", "shm"})
    if (::mkdirat(dev.get(), dir, 0755) < 0 && errno != EEXIST) return sys_error(strf("mkdir /dev/%s", dir));
  return {};
}

}  // namespace

const std::vector<Device>& default_devices() {
  static const std::vector<Device> devs = {
      chr("/dev/null", 1, 3),    chr("/dev/zero", 1, 5),    chr("/dev/full", 1, 7),
      chr("/dev/random", 1, 8),  chr("/dev/urandom", 1, 9), chr("/dev/tty", 5, 0),
  };
  return devs;
}

std::vector<std::pair<std::string, std::string>> default_dev_symlinks(bool with_kcore) {
  std::vector<std::pair<std::string, std::string>> links = {
      {"fd", "/proc/self/fd"},
      {"stdin", "/proc/self/fd/0"},
      {"stdout", "/proc/self/fd/1"},
      {"stderr", "/proc/self/fd/2"},
  };
  if (with_kcore) links.emplace_back("core", "/proc/kcore");
  return links;
}

mode_t device_mode(const Device& d) {
  mode_t type;
  switch (d.type) {
    case 'c':
    case 'u':
      type = S_IFCHR;
      break;
    case 'b':
      type = S_IFBLK;
      break;
    case 'p':
      type = S_IFIFO;
      break;
    default:
      return 0;
  }
  return type | (d.file_mode.value_or(0666) & 07777);
}

bool spec_mounts_dev(const Spec& spec) {
  for (auto& m : spec.mounts) {
    if (path_clean("/" + m.destination) != "/dev") continue;
    bool bind = m.type == "bind";
    for (auto& o : m.options)
      if (o == "bind" || o == "rbind") bind = true;
    if (!bind) return true;
  }
  return false;
}

Status create_devices(int rootfd, const Spec& spec, bool user_ns, bool setup_dev) {
  UmaskZero umask_zero;
  if (setup_dev) {
    for (auto& d : default_devices()) EC_TRY(create_node(rootfd, d, user_ns));
    EC_TRY(setup_dev_links(rootfd));
  }
  if (spec.linux)
    for (auto& d : spec.linux->devices) EC_TRY(create_node(rootfd, d, user_ns));
  return {};
}

}  // namespace ec::rt::mnt
