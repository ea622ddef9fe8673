// File-system helpers: whole-file reads/writes, durable atomic replace,
// directory creation, locks, and path resolution confined to a root.
#pragma once
#include <fcntl.h>
#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/fd.h"

namespace ec {

// openat() flags for walking directories inside a tree we must not leave.
constexpr int kDirNoFollow = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

Result<std::string> read_file(const std::string& path);
Result<std::string> read_fd(int fd);
// Read a file relative to a directory fd (dirfd may be AT_FDCWD).
Result<std::string> read_file_at(int dirfd, const std::string& path);
// Write (create/truncate) a file; no fsync.
Status write_file(const std::string& path, std::string_view data, mode_t mode = 0644);
// Write to an existing file (e.g. a cgroup or /proc knob) with a single write(2).
Status write_knob(const std::string& path, std::string_view data);
Status write_knob_at(int dirfd, const std::string& name, std::string_view data);
// Atomic replace: write temp in the same dir, rename. Durable (the default)
// also fsyncs the file and the dir; Volatile is for state on /run that a
// reboot discards anyway (runtime state, pid files), where fsync only costs.
enum class Sync { Durable, Volatile };
Status write_file_atomic(const std::string& path, std::string_view data, mode_t mode = 0644,
                         Sync sync = Sync::Durable);
// mkdir -p; existing directories are fine.
Status mkdir_p(const std::string& path, mode_t mode = 0755);
// rm -rf without following symlinks; a missing path is fine.
// rm -rf of dirfd/name: never follows symlinks and holds O(1) file
// descriptors whatever the depth (it climbs back with ".."; meant for trees
// nobody else is changing, like a layer being built). Directories it cannot
// read or write are made so first. Missing is fine.
Status remove_tree_at(int dirfd, const std::string& name);
Status remove_all(const std::string& path);
bool path_exists(const std::string& path);
Result<std::vector<std::string>> list_dir(const std::string& path);
// Names in the directory open at dirfd (without "." and ".."); dirfd stays open.
Result<std::vector<std::string>> list_dir_at(int dirfd);
Status write_all(int fd, std::string_view data);

// Exclusive or shared flock on a file (created if missing), released on destruction.
class FileLock {
 public:
  static Result<FileLock> acquire(const std::string& path, bool exclusive = true);
  FileLock(FileLock&&) = default;
  FileLock& operator=(FileLock&&) = default;

 private:
  explicit FileLock(Fd fd) : fd_(std::move(fd)) {}
  Fd fd_;
};

// Open `path` (absolute or relative) inside the directory `rootfd` as if
// rootfd were "/": symlinks are resolved against rootfd and ".." never
// leaves it. Uses openat2(RESOLVE_IN_ROOT) when the kernel has it and an
// own component walk otherwise (old gateway kernels). O_CLOEXEC is added.
Result<Fd> open_in_root(int rootfd, std::string_view path, int flags, mode_t mode = 0);
// Like mkdir -p, inside rootfd with the same confinement; returns an O_PATH
// fd (O_DIRECTORY) of the final directory.
Result<Fd> mkdir_in_root(int rootfd, std::string_view path, mode_t mode = 0755);
// Create (if needed) an empty file or a directory at path inside rootfd,
// creating parents; used for bind-mount targets. Returns an O_PATH fd of it.
Result<Fd> make_mount_target(int rootfd, std::string_view path, bool directory);
// For tests: force the fallback resolver even when openat2 exists.
void set_openat2_disabled(bool disabled);

// "/proc/self/fd/N": path that re-opens or mounts onto an fd.
std::string fd_path(int fd);

// A unix socket address is limited to 107 bytes. For a longer path, open
// its directory (O_PATH, kept in `dir`) and return "/proc/<pid>/fd/<n>/<name>"
// (pid: ours, so other processes such as a runtime can use it too).
Result<std::string> short_socket_path(const std::string& path, Fd& dir);

}  // namespace ec
