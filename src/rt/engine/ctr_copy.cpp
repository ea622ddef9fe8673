#include "rt/engine/ctr_copy.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "core/fd.h"
#include "core/fs.h"
#include "core/function_ref.h"
#include "core/log.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/reader.h"
#include "img/tar.h"
#include "img/tar_write.h"
#include "img/unpack.h"
#include "rt/engine/rootfs.h"

namespace ec::engine {

namespace {

using img::TarEntry;
using img::TarType;

// Lexical components of a tar name: empty and "." dropped, ".." resolved;
// false when ".." would climb above the start.
bool clean_comps(std::string_view name, std::vector<std::string>* out) {
  out->clear();
  for (auto& c : split(name, '/', true)) {
    if (c == ".") continue;
    if (c == "..") {
      if (out->empty()) return false;
      out->pop_back();
      continue;
    }
    out->push_back(std::move(c));
  }
  return true;
}

std::string base_of(const std::string& clean) {
  size_t s = clean.rfind('/');
  return s == std::string::npos ? clean : clean.substr(s + 1);
}

// Where paths resolve: the host (the kernel's usual rules) or a container
// root (open_in_root: symlinks and ".." never leave it).
struct Fs {
  int root = AT_FDCWD;
  Result<Fd> open(const std::string& path, int flags) const {
    if (root != AT_FDCWD) return open_in_root(root, path, flags);
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return sys_error(path);
    return Fd(fd);
  }
};

// A cp path, cleaned like docker does, with what its spelling asserts.
struct CpPath {
  std::string clean;
  bool dir_asserted = false;  // ends with "/" or "/.": must be a directory
  bool contents = false;      // ends with "/." (or names a root): a directory's contents, not itself
};

CpPath cp_path(const std::string& raw, bool in_container) {
  CpPath p;
  std::string s = raw;
  // Container paths are relative to its root.
  if (in_container && (s.empty() || s[0] != '/')) s = "/" + s;
  p.contents = s == "." || ends_with(s, "/.");
  p.dir_asserted = p.contents || ends_with(s, "/");
  p.clean = path_clean(s);
  std::string b = base_of(p.clean);
  if (p.clean == "/" || b == "." || b == "..") p.contents = p.dir_asserted = true;
  return p;
}

// The last component of a path, looked at in its (resolved) directory.
struct Resolved {
  Fd dir;            // the directory holding `name`
  std::string name;  // "." when the path itself is a directory spelled without a name ("/", "..")
  bool exists = false;
  struct stat st {};
};

// Intermediate symlinks are resolved by fs; the last component's only when
// follow (then up to 40 hops, each relative to the link's directory).
Result<Resolved> resolve_last(const Fs& fs, std::string path, bool follow) {
  for (int hops = 0;; hops++) {
    Resolved r;
    size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (path == "/" || name.empty() || name == "." || name == "..") {
      EC_ASSIGN(r.dir, fs.open(path, O_RDONLY | O_DIRECTORY));
      if (::fstat(r.dir.get(), &r.st) < 0) return sys_error(path);
      r.name = ".";
      r.exists = true;
      return r;
    }
    EC_ASSIGN(r.dir, fs.open(dir, O_RDONLY | O_DIRECTORY));
    r.name = name;
    if (::fstatat(r.dir.get(), name.c_str(), &r.st, AT_SYMLINK_NOFOLLOW) < 0) {
      if (errno != ENOENT) return sys_error(path);
      return r;
    }
    r.exists = true;
    if (!follow || !S_ISLNK(r.st.st_mode)) return r;
    if (hops >= 40) return sys_error(ELOOP, path);
    char buf[PATH_MAX];
    ssize_t n = ::readlinkat(r.dir.get(), name.c_str(), buf, sizeof buf - 1);
    if (n <= 0) return sys_error("readlink " + path);
    std::string target(buf, static_cast<size_t>(n));
    path = target[0] == '/' ? target : dir + "/" + target;
  }
}

// ---- tar of a tree ----------------------------------------------------------

// xattrs of an open file or directory, sorted, without overlay's own;
// best effort (a filesystem without xattrs has none).
std::vector<std::pair<std::string, std::string>> fd_xattrs(int fd) {
  std::vector<std::pair<std::string, std::string>> out;
  ssize_t n = ::flistxattr(fd, nullptr, 0);
  if (n <= 0) return out;
  std::string names(static_cast<size_t>(n), '\0');
  n = ::flistxattr(fd, names.data(), names.size());
  if (n <= 0) return out;
  names.resize(static_cast<size_t>(n));
  for (auto& k : split(names, '\0', true)) {
    if (starts_with(k, "trusted.overlay.") || starts_with(k, "user.overlay.")) continue;
    ssize_t vn = ::fgetxattr(fd, k.c_str(), nullptr, 0);
    if (vn < 0) continue;
    std::string v(static_cast<size_t>(vn), '\0');
    vn = ::fgetxattr(fd, k.c_str(), v.data(), v.size());
    if (vn < 0) continue;
    v.resize(static_cast<size_t>(vn));
    out.emplace_back(std::move(k), std::move(v));
  }
  ec::sort(out);
  return out;
}

// Archives a tree that may change meanwhile (a running container): every
// entry is opened below its directory's fd with O_NOFOLLOW, metadata comes
// from the opened object, a vanished entry is skipped and a file that shrank
// is padded. Symlinks are archived, never followed; files seen before (by
// inode) become hardlinks; sockets are skipped. Unlike img::write_layer_tar
// it never climbs with ".." and needs no /proc (xattrs are read from fds),
// so it works in the chroot. One descriptor per directory level.
class TreeTar {
 public:
  explicit TreeTar(img::TarWriter& tar) : tar_(tar) {}

  // Entry `name` of dir ("." = dir itself) as arcname, then what is below it.
  Status resource(int dir, const std::string& name, const std::string& arcname) {
    auto sub = entry(dir, name, arcname);
    if (!sub) return std::move(sub).error().context(quote_untrusted(arcname));
    if (sub->valid()) return walk(std::move(*sub), arcname + "/");
    return {};
  }
  // What is below dir, named relative to it (export).
  Status contents(int dir) {
    Fd d(::fcntl(dir, F_DUPFD_CLOEXEC, 3));
    if (!d) return sys_error("dup");
    return walk(std::move(d), "");
  }

 private:
  static void fill(TarEntry& e, const std::string& path, const struct stat& st) {
    e.name = path;
    e.mode = st.st_mode & 07777;
    e.uid = st.st_uid;
    e.gid = st.st_gid;
    e.mtime_sec = st.st_mtim.tv_sec;
    e.mtime_nsec = static_cast<uint32_t>(st.st_mtim.tv_nsec);
  }

  Status file_data(int fd, const std::string& path, uint64_t size) {
    uint64_t left = size;
    while (left > 0) {
      ssize_t n = ::read(fd, buf_.get(), std::min<uint64_t>(left, img::kIoBuffer));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return sys_error("read");
      if (n == 0) break;
      EC_TRY(tar_.write_data(buf_.get(), static_cast<size_t>(n)));
      left -= static_cast<uint64_t>(n);
    }
    if (left > 0) {
      // Like tar(1): the header is out already, so keep the archive valid.
      logf(LogLevel::Warn, "%s shrank while being copied; padded with zeros", quote_untrusted(path).c_str());
      memset(buf_.get(), 0, img::kIoBuffer);
      while (left > 0) {
        size_t n = static_cast<size_t>(std::min<uint64_t>(left, img::kIoBuffer));
        EC_TRY(tar_.write_data(buf_.get(), n));
        left -= n;
      }
    }
    return {};
  }

  // Archive dir/name as path; returns the directory to descend into, if any.
  Result<Fd> entry(int dir, const std::string& name, const std::string& path) {
    struct stat st;
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return sys_error("stat");
    TarEntry e;
    if (S_ISDIR(st.st_mode)) {
      Fd sub(::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (!sub) return sys_error("open directory");
      if (::fstat(sub.get(), &st) < 0) return sys_error("stat");
      fill(e, path + "/", st);
      e.type = TarType::Dir;
      e.xattrs = fd_xattrs(sub.get());
      EC_TRY(tar_.add(e));
      return sub;
    }
    if (S_ISREG(st.st_mode)) {
      // O_NONBLOCK: a FIFO swapped in meanwhile must not hang us.
      Fd f(::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
      if (!f) return sys_error("open");
      if (::fstat(f.get(), &st) < 0) return sys_error("stat");
      if (!S_ISREG(st.st_mode)) return make_error("changed while being copied", EAGAIN);
      fill(e, path, st);
      if (st.st_nlink > 1) {
        auto [it, fresh] = links_.emplace(std::make_pair(st.st_dev, st.st_ino), path);
        if (!fresh) {
          e.type = TarType::Hardlink;
          e.linkname = it->second;
          EC_TRY(tar_.add(e));
          return Fd();
        }
      }
      e.type = TarType::File;
      e.size = st.st_size;
      e.xattrs = fd_xattrs(f.get());
      EC_TRY(tar_.add(e));
      EC_TRY(file_data(f.get(), path, static_cast<uint64_t>(st.st_size)));
      return Fd();
    }
    fill(e, path, st);
    if (S_ISLNK(st.st_mode)) {
      char buf[PATH_MAX];
      ssize_t n = ::readlinkat(dir, name.c_str(), buf, sizeof buf);
      if (n < 0) return sys_error("readlink");
      if (n == 0 || static_cast<size_t>(n) >= sizeof buf) return make_error("bad symlink target", ENAMETOOLONG);
      e.type = TarType::Symlink;
      e.linkname.assign(buf, static_cast<size_t>(n));
    } else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
      e.type = S_ISCHR(st.st_mode) ? TarType::CharDev : TarType::BlockDev;
      e.devmajor = major(st.st_rdev);
      e.devminor = minor(st.st_rdev);
    } else if (S_ISFIFO(st.st_mode)) {
      e.type = TarType::Fifo;
    } else {
      return Fd();  // sockets: not archivable, as in tar(1)
    }
    EC_TRY(tar_.add(e));
    return Fd();
  }

  Status walk(Fd top, std::string prefix) {
    struct Level {
      Fd fd;
      std::string prefix;
      std::vector<std::string> names;
      size_t next = 0;
    };
    std::vector<Level> levels;
    auto push = [&](Fd fd, std::string pre) -> Status {
      EC_ASSIGN(std::vector<std::string> names, list_dir_at(fd.get()));
      ec::sort(names);
      levels.push_back({std::move(fd), std::move(pre), std::move(names), 0});
      return {};
    };
    EC_TRYC(push(std::move(top), prefix), "list " + quote_untrusted(prefix.empty() ? "/" : prefix));
    while (!levels.empty()) {
      Level& lv = levels.back();
      if (lv.next == lv.names.size()) {
        levels.pop_back();
        continue;
      }
      std::string path = lv.prefix + lv.names[lv.next];
      auto sub = entry(lv.fd.get(), lv.names[lv.next], path);
      lv.next++;
      if (!sub) {
        if (sub.error().code == ENOENT) {
          logf(LogLevel::Debug, "cp: %s vanished while being copied", quote_untrusted(path).c_str());
          continue;
        }
        return std::move(sub).error().context(quote_untrusted(path));
      }
      if (sub->valid()) EC_TRYC(push(std::move(*sub), path + "/"), "list " + quote_untrusted(path));
    }
    return {};
  }

  img::TarWriter& tar_;
  std::map<std::pair<dev_t, ino_t>, std::string> links_;
  std::unique_ptr<char[]> buf_{new char[img::kIoBuffer]};
};

// ---- tar rewriting ----------------------------------------------------------

// A tar stream re-encoded entry by entry: map renames an entry (or returns
// false to drop it with its data). Pull-based, bounded memory.
class Retar : public img::Reader {
 public:
  // map is referred to, not copied: it must outlive the Retar.
  using MapFn = FnRef<Result<bool>(TarEntry&)>;
  Retar(img::Reader& in, MapFn map) : in_(in), map_(std::move(map)) {}

  Result<size_t> read(void* buf, size_t len) override {
    while (pos_ == out_.size()) {
      out_.clear();
      pos_ = 0;
      if (done_) return size_t(0);
      if (data_) {
        EC_ASSIGN(size_t n, in_.read(chunk_.get(), img::kIoBuffer));
        if (n > 0) {
          EC_TRY(tw_.write_data(chunk_.get(), n));
          continue;
        }
        data_ = false;
      }
      TarEntry e;
      EC_ASSIGN(bool more, in_.next(&e));
      if (!more) {
        EC_TRY(tw_.finish());
        done_ = true;
        continue;
      }
      EC_ASSIGN(bool keep, map_(e));
      if (!keep) continue;  // next() skips its data
      EC_TRY(tw_.add(e));
      data_ = e.type == TarType::File && e.size > 0;
    }
    size_t n = std::min(len, out_.size() - pos_);
    memcpy(buf, out_.data() + pos_, n);
    pos_ += n;
    return n;
  }

 private:
  img::TarReader in_;
  MapFn map_;
  std::string out_;
  size_t pos_ = 0;
  img::StringWriter sink_{out_};
  img::TarWriter tw_{sink_};
  std::unique_ptr<char[]> chunk_{new char[img::kIoBuffer]};
  bool data_ = false, done_ = false;
};

// ---- placement: docker's rules ----------------------------------------------

// Where a copy lands, known before the source is seen.
struct Dest {
  Fd dir;  // entries are extracted below this directory
  bool exists = false, is_dir = false, dir_asserted = false;
  std::string name;   // DEST_PATH's last component, when it is not an existing directory
  std::string shown;  // DEST_PATH as given, for messages
};

// DEST_PATH's symlinks are followed (inside fs): an existing directory
// receives the source under its own name; anything else is (re)created as
// DEST_PATH's last component in its parent, which must exist.
Result<Dest> resolve_dest(const Fs& fs, const CpPath& p, const std::string& shown_as) {
  auto r = resolve_last(fs, p.clean, true);
  if (!r) return std::move(r).error().context(shown_as);
  Dest d;
  d.exists = r->exists;
  d.dir_asserted = p.dir_asserted;
  d.shown = shown_as;
  if (r->exists && S_ISDIR(r->st.st_mode)) {
    d.is_dir = true;
    if (r->name == ".") {
      d.dir = std::move(r->dir);
    } else {
      d.dir.reset(::openat(r->dir.get(), r->name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (!d.dir) return sys_error(shown_as);
    }
    return d;
  }
  if (r->exists && p.dir_asserted) return make_error(shown_as + ": not a directory", ENOTDIR);
  d.dir = std::move(r->dir);
  d.name = r->name;
  return d;
}

// docker refuses to replace a directory by a non-directory or the other way
// round (a replacement would delete a whole tree). Best effort against a
// container changing things meanwhile; containment does not depend on it.
Status check_overwrite(int dir, const std::vector<std::string>& comps, bool is_dir, const std::string& where) {
  Fd cur;
  int at = dir;
  for (size_t i = 0; i + 1 < comps.size(); i++) {
    int fd = ::openat(at, comps[i].c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return {};  // missing (made later) or not a directory (unpack refuses to pass it)
    cur.reset(fd);
    at = fd;
  }
  struct stat st;
  if (::fstatat(at, comps.back().c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return {};
  std::string p = quote_untrusted(where + "/" + join(comps, "/"));
  if (S_ISDIR(st.st_mode) && !is_dir) return make_error("cannot overwrite directory " + p + " with non-directory", EISDIR);
  if (!S_ISDIR(st.st_mode) && is_dir) return make_error("cannot overwrite non-directory " + p + " with directory", ENOTDIR);
  return {};
}

// Renames and filters the entries of a copy stream. A stream made by
// TreeTar::resource starts with the source itself (its base name, or "."
// for a directory's contents); the first entry decides where it goes. A
// user's archive (passthrough) is extracted as it is into DEST_PATH.
struct Placement {
  const Dest& dest;
  bool passthrough = false;
  bool devices = false;      // device nodes allowed (never out of a container)
  bool strip_setid = false;  // files copied out without -a: no setuid/setgid/file caps
  bool drop_node_xattrs = false;  // no /proc in the chroot for path-based xattrs
  bool first = true;
  std::vector<std::string> src_root, target;

  explicit Placement(const Dest& d) : dest(d) {}

  Status place(const TarEntry& e, const std::vector<std::string>& comps) {
    bool src_dir = e.type == TarType::Dir;
    if (comps.size() > 1 || (comps.empty() && !src_dir)) return make_error("malformed copy stream");
    src_root = comps;
    if (dest.is_dir) {
      target = comps;  // inside, under the source's name; its contents for "dir/."
      return {};
    }
    if (dest.exists && src_dir) return make_error("cannot copy a directory onto the file " + dest.shown, ENOTDIR);
    if (!dest.exists && !src_dir && dest.dir_asserted) return make_error(dest.shown + ": no such directory", ENOENT);
    target = {dest.name};
    return {};
  }

  Result<std::vector<std::string>> rebase(const std::string& name) {
    std::vector<std::string> comps;
    if (!clean_comps(name, &comps)) return make_error("entry " + quote_untrusted(name) + " climbs out of the destination", EXDEV);
    if (passthrough) return comps;
    if (comps.size() <= src_root.size() || !std::equal(src_root.begin(), src_root.end(), comps.begin()))
      return make_error("entry " + quote_untrusted(name) + " is outside the copied path");
    std::vector<std::string> out = target;
    out.insert(out.end(), comps.begin() + static_cast<ptrdiff_t>(src_root.size()), comps.end());
    return out;
  }

  Result<bool> operator()(TarEntry& e) {
    if (e.type == TarType::Other) {
      logf(LogLevel::Warn, "cp: skipping %s: unsupported entry type", quote_untrusted(e.name).c_str());
      return false;
    }
    std::vector<std::string> out;
    if (first && !passthrough) {
      std::vector<std::string> comps;
      if (!clean_comps(e.name, &comps)) return make_error("malformed copy stream");
      EC_TRY(place(e, comps));
      first = false;
      out = target;
    } else {
      first = false;
      EC_ASSIGN(out, rebase(e.name));
    }
    if (out.empty()) return false;  // DEST_PATH itself (contents into it): left as it is
    for (auto& c : out) {
      // unpack_tar reads these as overlay whiteouts (deletions).
      if (starts_with(c, ".wh.")) {
        logf(LogLevel::Warn, "cp: skipping %s: names starting with .wh. are not copied", quote_untrusted(e.name).c_str());
        return false;
      }
    }
    if ((e.type == TarType::CharDev || e.type == TarType::BlockDev) && !devices) {
      logf(LogLevel::Warn, "cp: skipping device node %s", quote_untrusted(e.name).c_str());
      return false;
    }
    if (e.type == TarType::Hardlink) {
      EC_ASSIGN(std::vector<std::string> link, rebase(e.linkname));
      if (link.empty()) return make_error("hardlink " + quote_untrusted(e.name) + " to the destination itself");
      e.linkname = join(link, "/");
    }
    if (strip_setid) {
      if (e.type == TarType::File) e.mode &= ~06000u;
      e.xattrs.erase(std::remove_if(e.xattrs.begin(), e.xattrs.end(),
                                    [](auto& x) { return x.first == "security.capability"; }),
                     e.xattrs.end());
    }
    if (drop_node_xattrs && e.type != TarType::File && e.type != TarType::Dir) e.xattrs.clear();
    EC_TRY(check_overwrite(dest.dir.get(), out, e.type == TarType::Dir, dest.shown));
    e.name = join(out, "/");
    if (e.type == TarType::Dir) e.name += "/";
    return true;
  }
};

// Extract the copy stream on fd below d.dir, then read the stream to its end
// (a writer such as tar(1) must not get EPIPE for its padding).
Status extract(const Dest& d, int fd, Placement& pl, bool chown) {
  img::FdReader in(fd);
  auto map = [&pl](TarEntry& e) { return pl(e); };
  Retar re(in, map);
  img::UnpackOptions uo;
  uo.whiteouts = img::Whiteouts::Overlay;  // unreachable: .wh. names are filtered out
  uo.devices = pl.devices ? img::DevicePolicy::Create : img::DevicePolicy::Skip;
  uo.chown = chown;
  uo.sync = false;
  auto r = img::unpack_tar(re, d.dir.get(), uo);
  if (!r) return std::move(r).error();
  if (pl.first && !pl.passthrough) return make_error("the copy stream is empty", EIO);
  EC_TRY(img::drain(in));
  return {};
}

// The source of a copy, resolved.
struct Source {
  Fd dir;
  std::string name, arcname;
};

Result<Source> resolve_source(const Fs& fs, const CpPath& p, bool follow, const std::string& shown_as) {
  auto r = resolve_last(fs, p.clean, follow || p.dir_asserted);
  if (!r) return std::move(r).error().context(shown_as);
  if (!r->exists) return make_error(shown_as + ": no such file or directory", ENOENT);
  if (p.dir_asserted && !S_ISDIR(r->st.st_mode)) return make_error(shown_as + ": not a directory", ENOTDIR);
  Source s;
  s.dir = std::move(r->dir);
  s.name = r->name;
  // docker keeps the name as given (a followed link keeps the link's name).
  s.arcname = p.contents ? "." : base_of(p.clean);
  return s;
}

Status write_source(const Source& s, int fd) {
  img::FdWriter w(fd);
  img::TarWriter tar(w);
  TreeTar tt(tar);
  EC_TRY(tt.resource(s.dir.get(), s.name, s.arcname));
  return tar.finish();
}

// ---- the container side: a chrooted child -----------------------------------

// Close every descriptor but the kept ones, put /dev/null on stdin/stdout
// unless one is the stream, and chroot into rootfd: no host directory
// stays reachable, not even by ".." from a directory the container moves.
Status enter_root(int rootfd, int io, int errfd) {
  ::signal(SIGPIPE, SIG_IGN);  // a reader that went away is an error, not a kill
  struct stat st;
  if (::fstat(io, &st) == 0 && S_ISDIR(st.st_mode)) return make_error("the stream is a directory", EISDIR);
  int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null < 0) return sys_error("open /dev/null");
  for (int fd = 0; fd <= 2; fd++) {
    if (fd == io || fd == null || fd == errfd || fd == rootfd) continue;
    bool dir = ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
    if ((fd < 2 || dir) && ::dup2(null, fd) < 0) return sys_error("dup2");
  }
  std::vector<int> open_fds;
  if (DIR* d = ::opendir("/proc/self/fd")) {
    int self = ::dirfd(d);
    while (struct dirent* de = ::readdir(d)) {
      auto n = parse_i64(de->d_name);
      if (n && *n != self) open_fds.push_back(static_cast<int>(*n));
    }
    ::closedir(d);
  } else {
    struct rlimit rl;
    long max = ::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? static_cast<long>(rl.rlim_cur) : 65536;
    for (long fd = 3; fd < std::min(max, 65536L); fd++) open_fds.push_back(static_cast<int>(fd));
  }
  for (int fd : open_fds)
    if (fd > 2 && fd != io && fd != errfd && fd != rootfd) ::close(fd);
  if (::fchdir(rootfd) < 0) return sys_error("chdir into the container's root");
  if (::chroot(".") < 0) return sys_error("chroot into the container's root");
  if (::chdir("/") < 0) return sys_error("chdir /");
  ::close(rootfd);
  // One descriptor per directory level: deep trees may need more than 1024.
  struct rlimit rl;
  if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
    rl.rlim_cur = rl.rlim_max;
    (void)::setrlimit(RLIMIT_NOFILE, &rl);
  }
  return {};
}

struct Child {
  pid_t pid = -1;
  Fd err;  // the child's error, "errno\nmessage"
};

using RootFn = FnRef<Status(int rootfd, int io)>;

// fork; the child enters the container root (enter_root) and runs
// fn(rootfd of "/", io). It never execs: nothing from the container runs.
Result<Child> spawn_in_root(int rootfd, int io, RootFn fn) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
  Fd er(p[0]), ew(p[1]);
  pid_t pid = ::fork();
  if (pid < 0) return sys_error("fork");
  if (pid == 0) {
    Status st = enter_root(rootfd, io, ew.get());
    if (st) {
      int root = ::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      st = root < 0 ? Status(sys_error("open /")) : fn(root, io);
    }
    if (!st) (void)write_all(ew.get(), strf("%d\n", st.error().code) + st.error().msg);
    ::_exit(st ? 0 : 1);
  }
  ew.reset();
  return Child{pid, std::move(er)};
}

Status wait_child(Child& c) {
  int status = 0;
  while (::waitpid(c.pid, &status, 0) < 0)
    if (errno != EINTR) return sys_error("wait for the copy process");
  c.pid = -1;
  auto text = read_fd(c.err.get());
  c.err.reset();
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
  if (WIFSIGNALED(status)) return make_error(strf("the copy process was killed by signal %d", WTERMSIG(status)), EIO);
  if (text) {
    size_t nl = text->find('\n');
    auto code = parse_i64(text->substr(0, nl));
    if (nl != std::string::npos && code) return Error{static_cast<int>(*code), text->substr(nl + 1)};
  }
  return make_error("the copy process failed", EIO);
}

// A stream's producer fails with EPIPE when its consumer gave up: then the
// consumer's error is the cause. Otherwise the producer's is (a truncated
// stream is only the consumer's symptom).
Status pick(Status producer, Status consumer) {
  if (!producer && producer.error().code != EPIPE) return producer;
  if (!consumer) return consumer;
  return producer;
}

// Writes to a pipe whose reader died must fail with EPIPE, not kill us.
struct IgnoreSigpipe {
  struct sigaction old {};
  IgnoreSigpipe() {
    struct sigaction ign {};
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    ::sigaction(SIGPIPE, &ign, &old);
  }
  ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &old, nullptr); }
};

// The container's rootfs, open for the operation; a stopped overlay
// container's is mounted for it and unmounted after.
class RootfsHold {
 public:
  static Result<RootfsHold> open(Engine& e, const std::string& id) {
    EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
    RootfsHold h;
    h.e_ = &e;
    h.id_ = id;
    h.name_ = rec.name;
    h.dir_ = e.ctrs.dir(id);
    if (rec.storage_driver == "overlay" && !rootfs_mounted(h.dir_)) {
      std::vector<std::string> diffs;
      for (auto& l : rec.layers) diffs.push_back(e.store.layer_diff(l));
      EC_TRYC(rootfs_mount(rec.storage_driver, diffs, h.dir_), "mount the filesystem of container " + rec.name);
      h.mounted_ = true;
    }
    h.fd_.reset(::open((h.dir_ + "/rootfs").c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!h.fd_) return sys_error("open " + h.dir_ + "/rootfs");
    return h;
  }
  RootfsHold(RootfsHold&& o) noexcept
      : e_(o.e_), id_(std::move(o.id_)), name_(std::move(o.name_)), dir_(std::move(o.dir_)),
        mounted_(std::exchange(o.mounted_, false)), fd_(std::move(o.fd_)) {}
  RootfsHold& operator=(RootfsHold&&) = delete;
  ~RootfsHold() {
    fd_.reset();
    if (!mounted_) return;
    // A start meanwhile found the mount and runs on it: the shim owns it now.
    auto st = e_->ctrs.state(id_);
    if (st && has_shim(*st)) return;
    if (auto r = rootfs_unmount(dir_); !r) logf(LogLevel::Warn, "%s", r.error().msg.c_str());
  }
  int fd() const { return fd_.get(); }
  const std::string& name() const { return name_; }

 private:
  RootfsHold() = default;
  Engine* e_ = nullptr;
  std::string id_, name_, dir_;
  bool mounted_ = false;
  Fd fd_;
};

Status make_pipe(Fd& r, Fd& w) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
  r.reset(p[0]);
  w.reset(p[1]);
  return {};
}

}  // namespace

CopyArg split_copy_arg(const std::string& arg) {
  if (arg.empty() || arg[0] == '/' || arg[0] == '.') return {"", arg};
  size_t c = arg.find(':');
  if (c == std::string::npos || c == 0) return {"", arg};
  return {arg.substr(0, c), arg.substr(c + 1)};
}

Status copy_from_container(Engine& e, const std::string& id, const std::string& src, const std::string& dest,
                           const CopyOptions& o, int out_fd) {
  EC_ASSIGN(RootfsHold root, RootfsHold::open(e, id));
  CpPath sp = cp_path(src, true);
  std::string src_shown = root.name() + ":" + src;
  auto produce = [&](int rootfd, int io) -> Status {
    EC_ASSIGN(Source s, resolve_source(Fs{rootfd}, sp, o.follow_link, src_shown));
    return write_source(s, io);
  };
  IgnoreSigpipe nopipe;
  if (dest == "-") {
    EC_ASSIGN(Child c, spawn_in_root(root.fd(), out_fd, produce));
    return wait_child(c);
  }
  EC_ASSIGN(Dest d, resolve_dest(Fs{}, cp_path(dest, false), dest));
  Fd r, w;
  EC_TRY(make_pipe(r, w));
  EC_ASSIGN(Child c, spawn_in_root(root.fd(), w.get(), produce));
  w.reset();
  Placement pl(d);
  pl.strip_setid = !o.archive;
  Status consumed = extract(d, r.get(), pl, o.archive);
  r.reset();
  Status produced = wait_child(c);
  return pick(std::move(produced), std::move(consumed));
}

Status copy_to_container(Engine& e, const std::string& id, const std::string& src, const std::string& dest,
                         const CopyOptions& o, int in_fd) {
  EC_ASSIGN(RootfsHold root, RootfsHold::open(e, id));
  CpPath dp = cp_path(dest, true);
  std::string dest_shown = root.name() + ":" + dest;
  bool passthrough = src == "-";
  auto consume = [&](int rootfd, int io) -> Status {
    EC_ASSIGN(Dest d, resolve_dest(Fs{rootfd}, dp, dest_shown));
    if (passthrough && !d.is_dir) return make_error("destination " + dest_shown + " must be a directory", ENOTDIR);
    Placement pl(d);
    pl.passthrough = passthrough;
    pl.devices = true;
    pl.drop_node_xattrs = true;
    // Without -a the files belong to whoever extracts them: the container's root.
    return extract(d, io, pl, o.archive);
  };
  IgnoreSigpipe nopipe;
  if (passthrough) {
    EC_ASSIGN(Child c, spawn_in_root(root.fd(), in_fd, consume));
    return wait_child(c);
  }
  // The host source first: a missing one fails before anything happens.
  EC_ASSIGN(Source s, resolve_source(Fs{}, cp_path(src, false), o.follow_link, src));
  Fd r, w;
  EC_TRY(make_pipe(r, w));
  EC_ASSIGN(Child c, spawn_in_root(root.fd(), r.get(), consume));
  r.reset();
  Status produced = write_source(s, w.get());
  w.reset();
  Status consumed = wait_child(c);
  return pick(std::move(produced), std::move(consumed));
}

Status export_container(Engine& e, const std::string& id, int fd) {
  EC_ASSIGN(RootfsHold root, RootfsHold::open(e, id));
  IgnoreSigpipe nopipe;
  EC_ASSIGN(Child c, spawn_in_root(root.fd(), fd, [](int rootfd, int io) -> Status {
              img::FdWriter w(io);
              img::TarWriter tar(w);
              TreeTar tt(tar);
              EC_TRY(tt.contents(rootfd));
              return tar.finish();
            }));
  return wait_child(c);
}

}  // namespace ec::engine
