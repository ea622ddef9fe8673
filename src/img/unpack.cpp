#include "img/unpack.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

#include "core/fd.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/sort.h"
#include "core/strutil.h"

namespace ec::img {

namespace {

constexpr std::string_view kWh = ".wh.";
constexpr std::string_view kOpaque = ".wh..wh..opq";
constexpr std::string_view kAufsMeta = ".wh..wh.";
// A cleaned path below the layer root, split into components; empty = root.
struct Path {
  std::vector<std::string> comps;
  std::string str() const { return join(comps, "/"); }
  std::string base() const { return comps.empty() ? std::string() : comps.back(); }
};

Result<Path> clean(const std::string& name, const char* what) {
  if (name.find('\0') != std::string::npos) return make_error(strf("%s contains NUL", what));
  Path p;
  size_t len = 0;
  for (auto& c : split(name, '/', true)) {
    if (c == ".") continue;
    if (c == "..") {
      if (p.comps.empty()) return make_error(strf("%s %s escapes the layer", what, quote_untrusted(name).c_str()), EXDEV);
      len -= p.comps.back().size() + 1;
      p.comps.pop_back();
      continue;
    }
    len += c.size() + 1;
    p.comps.push_back(std::move(c));
    // Checked as we go, so a 10k-deep name is refused before it costs anything.
    if (len > PATH_MAX) return make_error(strf("%s is longer than %d bytes", what, PATH_MAX), ENAMETOOLONG);
  }
  return p;
}

struct DirMeta {
  std::string path;
  uint32_t mode;
  struct timespec mtime;
};

struct Unpacker {
  int root;
  const UnpackOptions& opt;
  bool chown;
  std::vector<DirMeta> dirs;             // modes and mtimes applied at the end
  std::set<std::string> seen;  // Plain mode: paths this layer wrote (a set: no hash table code in the binary)
  std::unique_ptr<char[]> buf{new char[kIoBuffer]};

  Unpacker(int r, const UnpackOptions& o) : root(r), opt(o), chown(o.chown.value_or(::geteuid() == 0)) {}

  bool plain() const { return opt.whiteouts == Whiteouts::Plain; }
  void mark(const Path& p, size_t ncomps) {
    if (!plain()) return;
    std::string s;
    for (size_t i = 0; i < ncomps; i++) {
      if (i) s += '/';
      s += p.comps[i];
    }
    seen.insert(s);
  }

  // Open the directory holding the last component of p, walking from the
  // root without following symlinks; missing directories are created (0755)
  // when `create`, else ENOENT is returned.
  Result<Fd> parent(const Path& p, bool create) {
    Fd cur(::fcntl(root, F_DUPFD_CLOEXEC, 3));
    if (!cur) return sys_error("dup layer root");
    for (size_t i = 0; i + 1 < p.comps.size(); i++) {
      const std::string& c = p.comps[i];
      int fd = ::openat(cur.get(), c.c_str(), kDirNoFollow);
      if (fd < 0 && errno == ENOENT && create) {
        if (::mkdirat(cur.get(), c.c_str(), 0755) < 0 && errno != EEXIST) return sys_error("mkdir " + quote_untrusted(c));
        fd = ::openat(cur.get(), c.c_str(), kDirNoFollow);
        if (fd >= 0) {
          ::fchmod(fd, 0755);  // independent of the umask
          mark(p, i + 1);
        }
      }
      if (fd < 0) {
        int err = errno;
        struct stat st;
        if ((err == ELOOP || err == ENOTDIR) && ::fstatat(cur.get(), c.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
          if (S_ISLNK(st.st_mode))
            return make_error(strf("parent %s is a symlink (not followed)", quote_untrusted(c).c_str()), ELOOP);
          return make_error(strf("parent %s is not a directory", quote_untrusted(c).c_str()), ENOTDIR);
        }
        return sys_error(err, "open parent " + quote_untrusted(c));
      }
      cur.reset(fd);
    }
    return cur;
  }

  // Make room for a new entry `name` in dir: unlink what is there (a whole
  // tree for a directory), unless both are directories. Returns true when
  // an existing directory was kept.
  Result<bool> make_room(int dir, const std::string& name, bool new_is_dir) {
    struct stat st;
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) {
      if (errno == ENOENT) return false;
      return sys_error("stat " + quote_untrusted(name));
    }
    if (S_ISDIR(st.st_mode)) {
      if (new_is_dir) return true;
      EC_TRY(remove_tree_at(dir, name));
    } else if (::unlinkat(dir, name.c_str(), 0) < 0) {
      return sys_error("unlink existing " + quote_untrusted(name));
    }
    return false;
  }

  Status set_owner(int dir, const std::string& name, int fd, const TarEntry& e) {
    if (!chown) return {};
    if (e.uid == UINT32_MAX || e.gid == UINT32_MAX) return make_error("uid/gid 4294967295 is not a valid owner");
    int r = fd >= 0 ? ::fchown(fd, e.uid, e.gid) : ::fchownat(dir, name.c_str(), e.uid, e.gid, AT_SYMLINK_NOFOLLOW);
    if (r < 0) return sys_error(strf("chown %u:%u", e.uid, e.gid));
    return {};
  }

  // fd when the entry has one open (file, dir), else dir + name.
  Status set_xattrs(int dir, const std::string& name, int fd, const TarEntry& e) {
    for (auto& [key, val] : e.xattrs) {
      if (starts_with(key, "trusted.overlay.") || starts_with(key, "user.overlay.")) {
        logf(LogLevel::Debug, "unpack: dropping overlay xattr %s on %s", key.c_str(), quote_untrusted(e.name).c_str());
        continue;
      }
      int r;
      if (fd >= 0) {
        r = ::fsetxattr(fd, key.c_str(), val.data(), val.size(), 0);
      } else {
        // The parent is pinned by its fd; lsetxattr does not follow the last component.
        std::string p = fd_path(dir) + "/" + name;
        r = ::lsetxattr(p.c_str(), key.c_str(), val.data(), val.size(), 0);
      }
      if (r == 0) continue;
      bool privileged = starts_with(key, "trusted.") || starts_with(key, "security.");
      if (errno == ENOTSUP || errno == EOPNOTSUPP || (errno == EPERM && (privileged || fd < 0))) {
        logf(LogLevel::Debug, "unpack: skipping xattr %s on %s: %s", key.c_str(), quote_untrusted(e.name).c_str(),
             strerror(errno));
        continue;
      }
      return sys_error("set xattr " + quote_untrusted(key));
    }
    return {};
  }

  static struct timespec mtime(const TarEntry& e) {
    struct timespec t;
    t.tv_sec = static_cast<time_t>(e.mtime_sec);
    t.tv_nsec = static_cast<long>(e.mtime_nsec);
    return t;
  }

  Status set_times(int dir, const std::string& name, int fd, const TarEntry& e) {
    struct timespec ts[2] = {mtime(e), mtime(e)};
    int r = fd >= 0 ? ::futimens(fd, ts) : ::utimensat(dir, name.c_str(), ts, AT_SYMLINK_NOFOLLOW);
    if (r < 0) return sys_error("set mtime");
    return {};
  }

  Status do_dir(const Path& p, const TarEntry& e) {
    Fd fd;
    if (p.comps.empty()) {
      fd.reset(::fcntl(root, F_DUPFD_CLOEXEC, 3));
      if (!fd) return sys_error("dup layer root");
    } else {
      EC_ASSIGN(Fd dir, parent(p, true));
      EC_ASSIGN(bool kept, make_room(dir.get(), p.base(), true));
      // Owner-writable until the end, so a read-only directory can still be filled.
      if (!kept && ::mkdirat(dir.get(), p.base().c_str(), 0700) < 0) return sys_error("mkdir");
      fd.reset(::openat(dir.get(), p.base().c_str(), kDirNoFollow));
      if (!fd) return sys_error("open directory");
    }
    struct stat st;
    if (::fstat(fd.get(), &st) == 0 && (st.st_mode & 0700) != 0700) ::fchmod(fd.get(), (st.st_mode & 07777) | 0700);
    EC_TRY(set_owner(-1, "", fd.get(), e));
    EC_TRY(set_xattrs(-1, "", fd.get(), e));
    dirs.push_back({p.str(), e.mode, mtime(e)});
    mark(p, p.comps.size());
    return {};
  }

  Status do_file(TarReader& tar, const Path& p, const TarEntry& e) {
    EC_ASSIGN(Fd dir, parent(p, true));
    EC_TRY(make_room(dir.get(), p.base(), false));
    // O_EXCL|O_NOFOLLOW: a fresh inode, never an existing file or link target.
    Fd fd(::openat(dir.get(), p.base().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd) return sys_error("create");
    while (true) {
      EC_ASSIGN(size_t n, tar.read(buf.get(), kIoBuffer));
      if (n == 0) break;
      EC_TRY(write_all(fd.get(), std::string_view(buf.get(), n)));
    }
    EC_TRY(set_owner(-1, "", fd.get(), e));
    if (::fchmod(fd.get(), e.mode) < 0) return sys_error(strf("chmod %o", e.mode));
    EC_TRY(set_xattrs(-1, "", fd.get(), e));
    EC_TRY(set_times(-1, "", fd.get(), e));
    mark(p, p.comps.size());
    return {};
  }

  Status do_symlink(const Path& p, const TarEntry& e) {
    if (e.linkname.empty()) return make_error("symlink with an empty target");
    EC_ASSIGN(Fd dir, parent(p, true));
    EC_TRY(make_room(dir.get(), p.base(), false));
    if (::symlinkat(e.linkname.c_str(), dir.get(), p.base().c_str()) < 0) return sys_error("symlink");
    EC_TRY(set_owner(dir.get(), p.base(), -1, e));
    EC_TRY(set_xattrs(dir.get(), p.base(), -1, e));
    EC_TRY(set_times(dir.get(), p.base(), -1, e));
    mark(p, p.comps.size());
    return {};
  }

  Status do_hardlink(const Path& p, const TarEntry& e) {
    EC_ASSIGN(Path target, clean(e.linkname, "hardlink target"));
    if (target.comps.empty()) return make_error("hardlink to the layer root");
    if (target.comps == p.comps) return make_error("hardlink to itself");
    auto tdir = parent(target, false);
    if (!tdir) return std::move(tdir).error().context("hardlink target " + quote_untrusted(e.linkname));
    struct stat st;
    if (::fstatat(tdir->get(), target.base().c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0)
      return sys_error("hardlink target " + quote_untrusted(e.linkname));
    if (S_ISDIR(st.st_mode)) return make_error("hardlink target " + quote_untrusted(e.linkname) + " is a directory", EPERM);
    EC_ASSIGN(Fd dir, parent(p, true));
    EC_TRY(make_room(dir.get(), p.base(), false));
    // No AT_SYMLINK_FOLLOW: a symlink target is linked itself, not followed.
    if (::linkat(tdir->get(), target.base().c_str(), dir.get(), p.base().c_str(), 0) < 0)
      return sys_error("link to " + quote_untrusted(e.linkname));
    mark(p, p.comps.size());
    return {};
  }

  Status do_node(const Path& p, const TarEntry& e) {
    mode_t type = S_IFIFO;
    dev_t dev = 0;
    if (e.type == TarType::CharDev || e.type == TarType::BlockDev) {
      if (opt.devices == DevicePolicy::Skip) {
        logf(LogLevel::Debug, "unpack: skipping device node %s", quote_untrusted(e.name).c_str());
        return {};
      }
      if (opt.devices == DevicePolicy::Reject) return make_error("device nodes are not allowed", EPERM);
      type = e.type == TarType::CharDev ? S_IFCHR : S_IFBLK;
      dev = makedev(e.devmajor, e.devminor);
    }
    EC_ASSIGN(Fd dir, parent(p, true));
    EC_TRY(make_room(dir.get(), p.base(), false));
    if (::mknodat(dir.get(), p.base().c_str(), type | (e.mode & 0777), dev) < 0) return sys_error("mknod");
    EC_TRY(set_owner(dir.get(), p.base(), -1, e));
    // The node was just made in our private tree; nothing can have swapped it.
    if (::fchmodat(dir.get(), p.base().c_str(), e.mode, 0) < 0) return sys_error(strf("chmod %o", e.mode));
    EC_TRY(set_xattrs(dir.get(), p.base(), -1, e));
    EC_TRY(set_times(dir.get(), p.base(), -1, e));
    mark(p, p.comps.size());
    return {};
  }

  // Plain-mode opaque directory: delete what this layer did not write.
  Status purge(int dir, const std::string& prefix) {
    EC_ASSIGN(std::vector<std::string> names, list_dir_at(dir));
    for (auto& n : names) {
      std::string full = prefix.empty() ? n : prefix + "/" + n;
      if (!seen.count(full)) {
        EC_TRY(remove_tree_at(dir, n));
        continue;
      }
      Fd sub(::openat(dir, n.c_str(), kDirNoFollow));
      if (sub) EC_TRY(purge(sub.get(), full));
    }
    return {};
  }

  Status do_whiteout(const Path& p, const std::string& base) {
    // parent() opens the directory holding the whiteout entry.
    if (base == kOpaque) {
      auto dir = parent(p, !plain());
      if (!dir && plain() && dir.error().code == ENOENT) return {};
      if (!dir) return std::move(dir).error();
      if (plain()) {
        Path dirpath = p;
        dirpath.comps.pop_back();
        return purge(dir->get(), dirpath.str());
      }
      const char* key = opt.overlay_userxattr ? "user.overlay.opaque" : "trusted.overlay.opaque";
      if (::fsetxattr(dir->get(), key, "y", 1, 0) < 0) return sys_error(strf("set %s", key));
      return {};
    }
    std::string target = base.substr(kWh.size());
    if (target.empty() || target == "." || target == "..")
      return make_error("whiteout of the layer root or a parent directory", EXDEV);
    auto dir = parent(p, !plain());
    if (!dir && plain() && dir.error().code == ENOENT) return {};
    if (!dir) return std::move(dir).error();
    EC_TRY(make_room(dir->get(), target, false));
    if (plain()) return {};
    // Overlay's whiteout: a 0:0 character device with the hidden name.
    if (::mknodat(dir->get(), target.c_str(), S_IFCHR | 0, makedev(0, 0)) < 0)
      return sys_error("mknod whiteout " + quote_untrusted(target));
    return {};
  }

  Status entry(TarReader& tar, const TarEntry& e) {
    EC_ASSIGN(Path p, clean(e.name, "name"));
    // Like docker, this also skips an opaque marker for the layer root itself.
    if (!p.comps.empty() && starts_with(p.comps[0], kAufsMeta)) {
      logf(LogLevel::Debug, "unpack: skipping AUFS metadata %s", quote_untrusted(e.name).c_str());
      return {};
    }
    if (!p.comps.empty() && starts_with(p.base(), kWh)) return do_whiteout(p, p.base());
    if (p.comps.empty() && e.type != TarType::Dir) return make_error("entry would replace the layer root");
    switch (e.type) {
      case TarType::Dir: return do_dir(p, e);
      case TarType::File: return do_file(tar, p, e);
      case TarType::Symlink: return do_symlink(p, e);
      case TarType::Hardlink: return do_hardlink(p, e);
      case TarType::CharDev:
      case TarType::BlockDev:
      case TarType::Fifo: return do_node(p, e);
      case TarType::Other: break;
    }
    return make_error(strf("unsupported entry type '%c'", e.typeflag >= 0x20 && e.typeflag < 0x7f ? e.typeflag : '?'),
                      ENOTSUP);
  }

  // Directory modes and mtimes, once nothing more is written into them:
  // deepest first (a parent may become read-only), last entry wins.
  Status finish_dirs() {
    std::set<std::string> done;
    std::vector<const DirMeta*> todo;
    for (auto it = dirs.rbegin(); it != dirs.rend(); ++it)
      if (done.insert(it->path).second) todo.push_back(&*it);
    auto depth = [](const std::string& s) { return s.empty() ? 0 : 1 + std::count(s.begin(), s.end(), '/'); };
    ec::sort(todo, [&](auto* a, auto* b) { return depth(a->path) > depth(b->path); });
    for (const DirMeta* m : todo) {
      Fd fd;
      if (m->path.empty()) {
        fd.reset(::fcntl(root, F_DUPFD_CLOEXEC, 3));
      } else {
        Path p;
        p.comps = split(m->path, '/');
        auto dir = parent(p, false);
        if (!dir) continue;  // replaced by a later entry
        fd.reset(::openat(dir->get(), p.base().c_str(), kDirNoFollow));
      }
      if (!fd) continue;
      if (::fchmod(fd.get(), m->mode) < 0) return sys_error(strf("chmod %o %s", m->mode, quote_untrusted(m->path).c_str()));
      struct timespec ts[2] = {m->mtime, m->mtime};
      if (::futimens(fd.get(), ts) < 0) return sys_error("set mtime " + quote_untrusted(m->path));
    }
    return {};
  }
};

}  // namespace

Result<std::string> unpack_tar(Reader& stream, int dirfd, const UnpackOptions& opt) {
  DigestReader digest(stream);
  TarReader tar(digest, opt.tar);
  Unpacker u(dirfd, opt);
  TarEntry e;
  while (true) {
    EC_ASSIGN(bool more, tar.next(&e));
    if (!more) break;
    EC_TRYC(u.entry(tar, e), "tar entry " + quote_untrusted(e.name));
  }
  EC_TRY(u.finish_dirs());
  // The diff_id covers the whole stream, padding after the archive included.
  EC_TRYC(drain(digest), "read after end of archive");
  if (opt.sync) {
    if (::syncfs(dirfd) < 0) return sys_error("syncfs");
    if (::fsync(dirfd) < 0) return sys_error("fsync layer directory");
  }
  return digest.digest();
}

Result<std::string> unpack_layer(Reader& stream, const std::string& final_dir, const UnpackOptions& opt) {
  std::string fin = final_dir;
  while (fin.size() > 1 && fin.back() == '/') fin.pop_back();
  size_t slash = fin.rfind('/');
  std::string pdir = slash == std::string::npos ? "." : (slash == 0 ? "/" : fin.substr(0, slash));
  std::string base = slash == std::string::npos ? fin : fin.substr(slash + 1);
  if (base.empty() || base == "." || base == "..") return make_error("unpack layer: invalid directory " + final_dir);
  Fd pfd(::open(pdir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!pfd) return sys_error("unpack layer: open " + pdir);

  unsigned char rnd[8];
  if (::getrandom(rnd, sizeof rnd, 0) != sizeof rnd) return sys_error("getrandom");
  std::string tmp = base + ".tmp-" + hex_encode(rnd, sizeof rnd);
  if (::mkdirat(pfd.get(), tmp.c_str(), 0755) < 0) return sys_error("unpack layer: mkdir " + path_join(pdir, tmp));
  auto fail = [&](Error err) {
    if (auto r = remove_tree_at(pfd.get(), tmp); !r)
      logf(LogLevel::Warn, "unpack layer: cleanup of %s: %s", tmp.c_str(), r.error().msg.c_str());
    return std::move(err).context("unpack layer into " + fin);
  };
  Fd root(::openat(pfd.get(), tmp.c_str(), kDirNoFollow));
  if (!root) return fail(sys_error("open " + tmp));
  ::fchmod(root.get(), 0755);  // independent of the umask; a "./" entry may change it
  auto digest = unpack_tar(stream, root.get(), opt);
  if (!digest) return fail(std::move(digest).error());
  root.reset();
  if (::renameat(pfd.get(), tmp.c_str(), pfd.get(), base.c_str()) < 0) {
    int err = errno == ENOTEMPTY ? EEXIST : errno;
    return fail(sys_error(err, "rename " + tmp + " to " + base));
  }
  if (opt.sync && ::fsync(pfd.get()) < 0) return sys_error("unpack layer: fsync " + pdir);
  return digest;
}

}  // namespace ec::img
