#include "net/netns.h"

#include <fcntl.h>
#include <linux/magic.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#if __has_include(<linux/nsfs.h>)
#include <linux/nsfs.h>
#endif

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif
#ifndef NS_GET_NSTYPE
#define NS_GET_NSTYPE _IO(0xb7, 0x3)
#endif

namespace ec::net {

namespace {

// What the child reports: the step that failed and its errno.
struct ChildReport {
  int step;  // 1 unshare, 2 bind mount
  int err;
};

}  // namespace

Status netns_create(const std::string& path) {
  std::string what = "create network namespace " + path;
  {
    Fd f(::open(path.c_str(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444));
    if (!f) return sys_error(what);
  }
  auto fail = [&](Error e) -> Status {
    ::unlink(path.c_str());
    return e;
  };
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return fail(sys_error(what + ": pipe"));
  Fd rd(p[0]), wr(p[1]);
  // Everything the child touches is ready before fork: it only makes system
  // calls and exits, so locks or heap state copied from other threads of the
  // parent do not matter.
  const char* target = path.c_str();
  pid_t pid = ::fork();
  if (pid < 0) return fail(sys_error(what + ": fork"));
  if (pid == 0) {
    ChildReport r{0, 0};
    if (::unshare(CLONE_NEWNET) < 0)
      r = {1, errno};
    else if (::mount("/proc/self/ns/net", target, nullptr, MS_BIND, nullptr) < 0)
      r = {2, errno};
    if (r.step != 0 && ::write(wr.get(), &r, sizeof r) != static_cast<ssize_t>(sizeof r)) ::_exit(2);
    ::_exit(r.step == 0 ? 0 : 1);
  }
  wr.reset();
  ChildReport r{0, 0};
  ssize_t n;
  do n = ::read(rd.get(), &r, sizeof r);
  while (n < 0 && errno == EINTR);
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  if (n == static_cast<ssize_t>(sizeof r) && r.step != 0)
    return fail(sys_error(r.err, what + (r.step == 1 ? ": unshare" : ": bind /proc/self/ns/net")));
  if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) return fail(make_error(what + ": child failed", EIO));
  return {};
}

Status netns_remove(const std::string& path) {
  // EINVAL: not a mount point (never bound, or already unmounted). EPERM
  // comes before that check for an unprivileged caller: a file that was
  // never bound can still go, and a bound one then fails to unlink (EBUSY),
  // where the unmount's error is the one to report.
  int umount_err = 0;
  if (::umount2(path.c_str(), MNT_DETACH) < 0) {
    if (errno != EINVAL && errno != ENOENT && errno != EPERM) return sys_error("unmount network namespace " + path);
    if (errno == EPERM) umount_err = EPERM;
  }
  if (::unlink(path.c_str()) < 0 && errno != ENOENT) {
    if (umount_err) return sys_error(umount_err, "unmount network namespace " + path);
    return sys_error("remove network namespace " + path);
  }
  return {};
}

Result<Fd> netns_open(const std::string& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return sys_error("open network namespace " + path);
  struct statfs sfs {};
  if (::fstatfs(fd.get(), &sfs) < 0) return sys_error("statfs " + path);
  if (static_cast<unsigned long>(sfs.f_type) != NSFS_MAGIC)
    return make_error(path + ": not a network namespace");
  // Any namespace file is on nsfs; the type tells a network one. Kernels
  // before 4.11 lack the ioctl (ENOTTY): nsfs is all we can check there.
  int type = ::ioctl(fd.get(), NS_GET_NSTYPE);
  if (type < 0 && errno != ENOTTY) return sys_error("check network namespace " + path);
  if (type >= 0 && type != CLONE_NEWNET) return make_error(path + ": not a network namespace");
  return fd;
}

}  // namespace ec::net
