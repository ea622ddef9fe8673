#include "core/fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

#include "core/strutil.h"

namespace ec {

Result<std::string> read_fd(int fd) {
  std::string out;
  char buf[8192];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return sys_error("read");
    }
    if (n == 0) break;
    out.append(buf, n);
  }
  return out;
}

Result<std::string> read_file_at(int dirfd, const std::string& path) {
  Fd fd(::openat(dirfd, path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return sys_error("open " + path);
  auto r = read_fd(fd.get());
  if (!r) return std::move(r).error().context(path);
  return r;
}

Result<std::string> read_file(const std::string& path) { return read_file_at(AT_FDCWD, path); }

Status write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return sys_error("write");
    }
    data.remove_prefix(n);
  }
  return {};
}

Status write_file(const std::string& path, std::string_view data, mode_t mode) {
  Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode));
  if (!fd) return sys_error("open " + path);
  EC_TRYC(write_all(fd.get(), data), path);
  return {};
}

Status write_knob_at(int dirfd, const std::string& name, std::string_view data) {
  Fd fd(::openat(dirfd, name.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd) return sys_error("open " + name);
  // Kernel knobs take the value in one write; a short write is an error.
  ssize_t n;
  do {
    n = ::write(fd.get(), data.data(), data.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("write " + name);
  return {};
}

Status write_knob(const std::string& path, std::string_view data) {
  return write_knob_at(AT_FDCWD, path, data);
}

Status write_file_atomic(const std::string& path, std::string_view data, mode_t mode, Sync sync) {
  bool durable = sync == Sync::Durable;
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode));
  if (!fd) return sys_error("open " + tmp);
  if (auto r = write_all(fd.get(), data); !r) {
    ::unlink(tmp.c_str());
    return std::move(r).error().context(tmp);
  }
  if (durable && ::fsync(fd.get()) < 0) {
    Error e = sys_error("fsync " + tmp);
    ::unlink(tmp.c_str());
    return e;
  }
  fd.reset();
  if (::rename(tmp.c_str(), path.c_str()) < 0) {
    Error e = sys_error("rename " + tmp + " to " + path);
    ::unlink(tmp.c_str());
    return e;
  }
  if (!durable) return {};
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  Fd dfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dfd) ::fsync(dfd.get());
  return {};
}

Status mkdir_p(const std::string& path, mode_t mode) {
  if (path.empty()) return {};
  if (::mkdir(path.c_str(), mode) == 0) return {};
  if (errno == EEXIST) {
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return {};
    return sys_error(EEXIST, "mkdir " + path);
  }
  if (errno != ENOENT) return sys_error("mkdir " + path);
  size_t slash = path.find_last_of('/');
  if (slash != std::string::npos && slash > 0) EC_TRY(mkdir_p(path.substr(0, slash), mode));
  if (::mkdir(path.c_str(), mode) < 0 && errno != EEXIST) return sys_error("mkdir " + path);
  return {};
}

Status remove_all(const std::string& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) < 0) {
    if (errno == ENOENT) return {};
    return sys_error("stat " + path);
  }
  if (!S_ISDIR(st.st_mode)) {
    if (::unlink(path.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + path);
    return {};
  }
  EC_TRYC(remove_tree_at(AT_FDCWD, path), "remove " + path);
  return {};
}

Status remove_tree_at(int dirfd, const std::string& name) {
  if (::unlinkat(dirfd, name.c_str(), 0) == 0 || errno == ENOENT) return {};
  // EISDIR on Linux; POSIX allows EPERM for unlink of a directory.
  if (errno != EISDIR && errno != EPERM) return sys_error("remove " + quote_untrusted(name));

  // Open a directory to empty it; one we own but cannot read (mode 0000)
  // is made accessible first, since it is going away anyway.
  auto open_dir = [](int parent, const std::string& n) {
    int fd = ::openat(parent, n.c_str(), kDirNoFollow);
    if (fd < 0 && errno == EACCES && ::fchmodat(parent, n.c_str(), 0700, AT_SYMLINK_NOFOLLOW) == 0)
      fd = ::openat(parent, n.c_str(), kDirNoFollow);
    return Fd(fd);
  };
  struct Level {
    std::string name;
    std::vector<std::string> subdirs;  // still to remove
  };
  // Unlink the non-directories of cur, return its subdirectories.
  auto scan = [](int cur, std::vector<std::string>* subdirs) -> Status {
    struct stat st;
    // A read-only directory must become writable to be emptied.
    if (::fstat(cur, &st) == 0 && (st.st_mode & 0700) != 0700) ::fchmod(cur, (st.st_mode & 07777) | 0700);
    EC_ASSIGN(std::vector<std::string> names, list_dir_at(cur));
    for (auto& n : names) {
      if (::unlinkat(cur, n.c_str(), 0) == 0 || errno == ENOENT) continue;
      if (errno == EISDIR || errno == EPERM) {
        subdirs->push_back(std::move(n));
        continue;
      }
      return sys_error("remove " + quote_untrusted(n));
    }
    return {};
  };

  Fd cur = open_dir(dirfd, name);
  if (!cur) return sys_error("open " + quote_untrusted(name));
  std::vector<Level> levels;
  levels.push_back({name, {}});
  EC_TRY(scan(cur.get(), &levels.back().subdirs));
  while (true) {
    Level& top = levels.back();
    if (!top.subdirs.empty()) {
      std::string sub = std::move(top.subdirs.back());
      top.subdirs.pop_back();
      Fd child = open_dir(cur.get(), sub);
      if (!child) return sys_error("open " + quote_untrusted(sub));
      cur = std::move(child);
      levels.push_back({std::move(sub), {}});
      EC_TRY(scan(cur.get(), &levels.back().subdirs));
      continue;
    }
    std::string done = std::move(top.name);
    levels.pop_back();
    if (levels.empty()) {
      cur.reset();
      if (::unlinkat(dirfd, done.c_str(), AT_REMOVEDIR) < 0 && errno != ENOENT)
        return sys_error("rmdir " + quote_untrusted(done));
      return {};
    }
    // Climb with "..": one fd whatever the depth (the tree is private).
    Fd up(::openat(cur.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!up) return sys_error("open ..");
    cur = std::move(up);
    if (::unlinkat(cur.get(), done.c_str(), AT_REMOVEDIR) < 0) return sys_error("rmdir " + quote_untrusted(done));
  }
}

bool path_exists(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0;
}

static std::vector<std::string> read_names(DIR* d) {
  std::vector<std::string> out;
  while (struct dirent* e = ::readdir(d)) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    out.emplace_back(e->d_name);
  }
  ::closedir(d);
  return out;
}

Result<std::vector<std::string>> list_dir(const std::string& path) {
  DIR* d = ::opendir(path.c_str());
  if (!d) return sys_error("opendir " + path);
  return read_names(d);
}

Result<std::vector<std::string>> list_dir_at(int dirfd) {
  // A fresh descriptor: fdopendir takes ownership and shares the offset.
  Fd again(::openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!again) return sys_error("open directory");
  DIR* d = ::fdopendir(again.get());
  if (!d) return sys_error("opendir");
  again.release();
  return read_names(d);
}

Result<FileLock> FileLock::acquire(const std::string& path, bool exclusive) {
  Fd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
  if (!fd) return sys_error("open lock " + path);
  int r;
  do {
    r = ::flock(fd.get(), exclusive ? LOCK_EX : LOCK_SH);
  } while (r < 0 && errno == EINTR);
  if (r < 0) return sys_error("flock " + path);
  return FileLock(std::move(fd));
}

std::string fd_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// ---- confined resolution -------------------------------------------------

namespace {

struct OpenHow {
  uint64_t flags;
  uint64_t mode;
  uint64_t resolve;
};
constexpr uint64_t kResolveNoMagiclinks = 0x02;
constexpr uint64_t kResolveInRoot = 0x10;
#ifndef SYS_openat2
#define SYS_openat2 437  // same number on every architecture
#endif

bool g_openat2_disabled = false;
bool g_openat2_missing = false;

Result<Fd> walk_in_root(int rootfd, std::string_view path, int flags, mode_t mode) {
  std::vector<std::string> todo;
  for (auto& c : split(path, '/', true)) todo.push_back(c);
  std::reverse(todo.begin(), todo.end());  // pop from back
  std::vector<Fd> stack;                     // directories below the root
  auto cur = [&]() { return stack.empty() ? rootfd : stack.back().get(); };
  int links = 0;
  while (!todo.empty()) {
    std::string comp = std::move(todo.back());
    todo.pop_back();
    if (comp == ".") {
      if (todo.empty()) return Fd(::openat(cur(), ".", (flags & ~O_CREAT) | O_CLOEXEC));
      continue;
    }
    if (comp == "..") {
      if (!stack.empty()) stack.pop_back();
      if (todo.empty()) return Fd(::openat(cur(), ".", (flags & ~O_CREAT) | O_CLOEXEC));
      continue;
    }
    bool last = todo.empty();
    bool follow = !last || !(flags & O_NOFOLLOW);
    // A symlink is resolved by us, against the root, never by the kernel.
    char buf[4096];
    ssize_t n = follow ? ::readlinkat(cur(), comp.c_str(), buf, sizeof buf - 1) : -1;
    if (n >= 0) {
      if (++links > 40) return sys_error(ELOOP, std::string(path));
      buf[n] = 0;
      if (buf[0] == '/') stack.clear();
      auto parts = split(std::string_view(buf, n), '/', true);
      for (auto it = parts.rbegin(); it != parts.rend(); ++it) todo.push_back(*it);
      if (todo.empty()) todo.push_back(".");
      continue;
    }
    int f = last ? (flags | O_NOFOLLOW | O_CLOEXEC) : (O_PATH | O_NOFOLLOW | O_CLOEXEC);
    int fd = ::openat(cur(), comp.c_str(), f, mode);
    if (fd >= 0 && follow && (f & O_PATH)) {
      // Swapped for a symlink since readlinkat: refuse rather than follow.
      struct stat st;
      if (::fstat(fd, &st) == 0 && S_ISLNK(st.st_mode)) {
        ::close(fd);
        return sys_error(ELOOP, std::string(path));
      }
    }
    if (fd < 0) return sys_error(std::string(path));
    if (last) return Fd(fd);
    stack.emplace_back(fd);
  }
  return Fd(::openat(cur(), ".", (flags & ~O_CREAT) | O_CLOEXEC));
}

}  // namespace

void set_openat2_disabled(bool disabled) { g_openat2_disabled = disabled; }

Result<Fd> open_in_root(int rootfd, std::string_view path, int flags, mode_t mode) {
  if (!g_openat2_disabled && !g_openat2_missing) {
    OpenHow how{static_cast<uint64_t>(flags | O_CLOEXEC), (flags & (O_CREAT | O_TMPFILE)) ? mode : 0u,
                kResolveInRoot | kResolveNoMagiclinks};
    std::string p(path.empty() ? "." : path);
    for (int attempt = 0; attempt < 8; attempt++) {
      long fd = ::syscall(SYS_openat2, rootfd, p.c_str(), &how, sizeof how);
      if (fd >= 0) return Fd(static_cast<int>(fd));
      if (errno == EAGAIN || errno == EINTR) continue;
      if (errno == ENOSYS || errno == EPERM /* seccomp-filtered */) {
        g_openat2_missing = true;
        break;
      }
      return sys_error(p);
    }
    if (!g_openat2_missing) return sys_error(p);
  }
  auto r = walk_in_root(rootfd, path, flags, mode);
  if (r && !r->valid()) return sys_error(std::string(path));
  return r;
}

Result<Fd> mkdir_in_root(int rootfd, std::string_view path, mode_t mode) {
  auto parts = split(path, '/', true);
  std::string prefix;
  Fd dir(::fcntl(rootfd, F_DUPFD_CLOEXEC, 3));
  if (!dir) return sys_error("dup");
  for (auto& c : parts) {
    std::string next = prefix + "/" + c;
    auto r = open_in_root(rootfd, next, O_PATH | O_DIRECTORY);
    if (!r && r.error().code == ENOENT) {
      if (::mkdirat(dir.get(), c.c_str(), mode) < 0 && errno != EEXIST)
        return sys_error("mkdir " + next);
      r = open_in_root(rootfd, next, O_PATH | O_DIRECTORY);
    }
    if (!r) return std::move(r).error().context("mkdir");
    dir = std::move(*r);
    prefix = std::move(next);
  }
  return dir;
}

Result<Fd> make_mount_target(int rootfd, std::string_view path, bool directory) {
  std::string p = path_clean("/" + std::string(path));
  if (directory) return mkdir_in_root(rootfd, p, 0755);
  size_t slash = p.rfind('/');
  std::string parent = p.substr(0, slash);
  std::string base = p.substr(slash + 1);
  EC_ASSIGN(Fd pfd, mkdir_in_root(rootfd, parent, 0755));
  auto existing = open_in_root(rootfd, p, O_PATH);
  if (existing) return existing;
  int fd = ::openat(pfd.get(), base.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0 && errno != EEXIST) return sys_error("create " + p);
  if (fd >= 0) ::close(fd);
  return open_in_root(rootfd, p, O_PATH);
}

}  // namespace ec

namespace ec {

Result<std::string> short_socket_path(const std::string& path, Fd& dir) {
  if (path.size() < 100) return path;
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return make_error("socket path too long: " + path, ENAMETOOLONG);
  dir = Fd(::open(path.substr(0, slash).c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!dir) return sys_error("open " + path.substr(0, slash));
  std::string p = strf("/proc/%d/fd/%d/", static_cast<int>(::getpid()), dir.get()) + path.substr(slash + 1);
  if (p.size() >= 100) return make_error("socket path too long: " + path, ENAMETOOLONG);
  return p;
}

}  // namespace ec
