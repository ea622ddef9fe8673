// The vfs driver's copy: layers applied bottom up into one private tree.
// Everything is done relative to directory fds with NOFOLLOW, so a symlink
// planted by a lower layer can never redirect a write out of the rootfs.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <utility>

#include "core/fs.h"
#include "img/unpack.h"
#include "rt/engine/rootfs.h"

namespace ec::engine {

using img::remove_tree_at;

namespace {

void copy_xattrs(int sfd, int dfd) {
  char names[4096];
  ssize_t n = ::flistxattr(sfd, names, sizeof names);
  for (ssize_t i = 0; i < n;) {
    const char* k = names + i;
    i += static_cast<ssize_t>(strlen(k)) + 1;
    if (strncmp(k, "trusted.overlay.", 16) == 0) continue;
    char val[4096];
    ssize_t vl = ::fgetxattr(sfd, k, val, sizeof val);
    if (vl >= 0) (void)::fsetxattr(dfd, k, val, static_cast<size_t>(vl), 0);
  }
}

struct LayerCopier {
  int root_dfd;
  std::map<std::pair<dev_t, ino_t>, std::string> links;  // first path (dst-relative) of each multi-link inode

  Status attrs(int dfd, const std::string& name, const struct stat& st) {
    if (::fchownat(dfd, name.c_str(), st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW) < 0 && errno != EPERM)
      return sys_error("chown " + name);
    if (!S_ISLNK(st.st_mode) && ::fchmodat(dfd, name.c_str(), st.st_mode & 07777, 0) < 0)
      return sys_error("chmod " + name);
    struct timespec ts[2] = {st.st_atim, st.st_mtim};
    (void)::utimensat(dfd, name.c_str(), ts, AT_SYMLINK_NOFOLLOW);
    return {};
  }

  Status file(int sfd, int dfd, const std::string& name, const struct stat& st) {
    Fd in(::openat(sfd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!in) return sys_error("open " + name);
    Fd out(::openat(dfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!out) return sys_error("create " + name);
    off_t left = st.st_size;
    while (left > 0) {
      ssize_t n = ::copy_file_range(in.get(), nullptr, out.get(), nullptr, static_cast<size_t>(left), 0);
      if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL)) {
        char buf[65536];
        n = ::read(in.get(), buf, sizeof buf);
        if (n > 0) EC_TRY(write_all(out.get(), std::string_view(buf, static_cast<size_t>(n))));
      }
      if (n < 0) return sys_error("copy " + name);
      if (n == 0) break;
      left -= n;
    }
    copy_xattrs(in.get(), out.get());
    return {};
  }

  Status entry(int sfd, int dfd, const std::string& rel, const std::string& name) {
    struct stat st;
    if (::fstatat(sfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return sys_error("stat " + rel);
    struct stat dst;
    bool exists = ::fstatat(dfd, name.c_str(), &dst, AT_SYMLINK_NOFOLLOW) == 0;
    if (S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0)) return remove_tree_at(dfd, name);  // whiteout
    if (S_ISDIR(st.st_mode)) {
      Fd s(::openat(sfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (!s) return sys_error("open " + rel);
      char v = 0;
      bool opaque = ::fgetxattr(s.get(), "trusted.overlay.opaque", &v, 1) == 1 && v == 'y';
      if (exists && (!S_ISDIR(dst.st_mode) || opaque)) {
        EC_TRY(remove_tree_at(dfd, name));
        exists = false;
      }
      if (!exists && ::mkdirat(dfd, name.c_str(), 0700) < 0) return sys_error("mkdir " + rel);
      Fd d(::openat(dfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (!d) return sys_error("open " + rel);
      EC_TRY(dir(s.get(), d.get(), rel));
      copy_xattrs(s.get(), d.get());
      return attrs(dfd, name, st);
    }
    if (exists) EC_TRY(remove_tree_at(dfd, name));
    if (st.st_nlink > 1) {
      auto key = std::make_pair(st.st_dev, st.st_ino);
      auto it = links.find(key);
      if (it != links.end()) {
        if (::linkat(root_dfd, it->second.c_str(), dfd, name.c_str(), 0) < 0) return sys_error("link " + rel);
        return {};
      }
      links[key] = rel;
    }
    if (S_ISREG(st.st_mode)) {
      EC_TRY(file(sfd, dfd, name, st));
    } else if (S_ISLNK(st.st_mode)) {
      char target[4096];
      ssize_t n = ::readlinkat(sfd, name.c_str(), target, sizeof target - 1);
      if (n < 0) return sys_error("readlink " + rel);
      target[n] = 0;
      if (::symlinkat(target, dfd, name.c_str()) < 0) return sys_error("symlink " + rel);
    } else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode)) {
      if (::mknodat(dfd, name.c_str(), st.st_mode, st.st_rdev) < 0) return sys_error("mknod " + rel);
    } else {
      return {};  // sockets: nothing to copy
    }
    return attrs(dfd, name, st);
  }

  Status dir(int sfd, int dfd, const std::string& rel) {
    EC_ASSIGN(auto names, list_dir_at(sfd));
    for (auto& n : names) EC_TRY(entry(sfd, dfd, rel.empty() ? n : rel + "/" + n, n));
    return {};
  }
};

}  // namespace

Status apply_layer_copy(const std::string& layer, const std::string& dst) {
  Fd s(::open(layer.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!s) return sys_error("open " + layer);
  Fd d(::open(dst.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!d) return sys_error("open " + dst);
  LayerCopier c{d.get(), {}};
  EC_TRY(c.dir(s.get(), d.get(), ""));
  struct stat st;
  if (::fstat(s.get(), &st) == 0) {
    (void)::fchown(d.get(), st.st_uid, st.st_gid);
    (void)::fchmod(d.get(), st.st_mode & 07777);
  }
  return {};
}

}  // namespace ec::engine
