// The container init between clone() and execve(): namespaces, rootfs,
// console, identity, then wait on the exec fifo for `start`. Our own binary
// is never exec'd inside the container: this is our forked child until it
// execs the user's program.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/console.h"
#include "rt/create_internal.h"
#include "rt/hooks.h"
#include "rt/mounts.h"
#include "rt/process.h"

#ifndef KEYCTL_JOIN_SESSION_KEYRING
#define KEYCTL_JOIN_SESSION_KEYRING 1
#endif

namespace ec::rt {
namespace {

[[noreturn]] void die(const InitContext& c, const Error& e) {
  if (c.chan.fd() >= 0) {
    (void)c.chan.send_error(e);
  } else {
    std::string line = "edgectl init: " + e.msg + "\n";
    (void)write_all(2, line);
  }
  _exit(1);
}

void reset_signals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int s = 1; s < NSIG; s++)
    if (s != SIGKILL && s != SIGSTOP) sigaction(s, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
}

Status become_root_in_userns() {
  if (::setresgid(0, 0, 0) < 0) return sys_error("setgid 0 in user namespace");
  if (::setresuid(0, 0, 0) < 0) return sys_error("setuid 0 in user namespace");
  return {};
}

Status write_sysctls(const InitContext& c) {
  if (!c.spec->linux) return {};
  Fd root(::open(c.rootfs.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!root) return sys_error("open rootfs " + c.rootfs);
  for (auto& [key, value] : c.spec->linux->sysctl) {
    std::string rel = "/proc/sys/" + key;
    for (auto& ch : rel)
      if (ch == '.') ch = '/';
    auto fd = open_in_root(root.get(), rel, O_WRONLY);
    if (!fd) return std::move(fd).error().context("sysctl " + key);
    if (::write(fd->get(), value.data(), value.size()) < 0) return sys_error("sysctl " + key + "=" + value);
  }
  return {};
}

// Create the pty inside the container's devpts, bind the slave onto
// /dev/console and hand the master to whoever listens on the console socket.
Result<Fd> setup_console(const InitContext& c) {
  Fd root(::open(c.rootfs.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!root) return sys_error("open rootfs " + c.rootfs);
  auto ptmx = open_in_root(root.get(), "/dev/ptmx", O_RDWR | O_NOCTTY);
  if (!ptmx) return std::move(ptmx).error().context("open /dev/ptmx in the container");
  const Process& p = *c.spec->process;
  EC_ASSIGN(Pty pty, open_pty(std::move(*ptmx), p.console_height, p.console_width));
  EC_ASSIGN(Fd target, make_mount_target(root.get(), "/dev/console", false));
  if (::mount(fd_path(pty.slave.get()).c_str(), fd_path(target.get()).c_str(), nullptr, MS_BIND, nullptr) < 0)
    return sys_error("bind pty onto /dev/console");
  EC_TRY(send_fd(c.console_sock, pty.master.get(), "/dev/ptmx"));
  return std::move(pty.slave);
}

Status wait_for_start(const InitContext& c) {
  std::string p = fd_path(c.fifo_fd);
  int fd;
  do {
    fd = ::open(p.c_str(), O_WRONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return sys_error("open exec fifo");
  ssize_t n = ::write(fd, "0", 1);
  ::close(fd);
  ::close(c.fifo_fd);
  if (n != 1) return sys_error("write exec fifo");
  return {};
}

}  // namespace

[[noreturn]] void init_main(InitContext& c) {
  reset_signals();
  {
    // Drop every fd of `create` (container lock, log file, ...) except what
    // this process still needs; the lock in particular would block `start`.
    std::vector<int> keep{c.chan.fd(), c.fifo_fd, c.console_sock};
    for (int i = 0; i < c.opts.preserve_fds; i++) keep.push_back(3 + i);
    for (auto& jf : c.join_fds) keep.push_back(jf.second);
    close_fds_except(std::move(keep));
  }
  // Until execve this process is our binary: non-dumpable keeps container
  // processes from opening /proc/<init>/exe (CVE-2019-5736 class).
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  // If `create` dies during setup we must not linger.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  const Spec& spec = *c.spec;
  const Process& proc = *spec.process;

  if (c.slow_path) {
    for (auto& [type, fd] : c.join_fds)
      if (::setns(fd, type) < 0) die(c, sys_error(strf("setns %s", namespace_proc_name(type))));
    int flags = c.unshare_flags;
    if (flags & CLONE_NEWUSER) {
      if (::unshare(CLONE_NEWUSER) < 0) die(c, sys_error("unshare user namespace"));
      if (auto r = c.chan.send(Msg::UserMapRequest); !r) die(c, r.error());
      if (auto r = c.chan.expect(Msg::UserMapDone); !r) _exit(1);
      if (auto r = become_root_in_userns(); !r) die(c, r.error());
      flags &= ~CLONE_NEWUSER;
    }
    if (flags && ::unshare(flags) < 0) die(c, sys_error(strf("unshare namespaces 0x%x", flags)));
    pid_t pid = static_cast<pid_t>(::syscall(SYS_clone, SIGCHLD, nullptr, nullptr, nullptr, nullptr));
    if (pid < 0) die(c, sys_error("fork container init"));
    if (pid > 0) {
      (void)c.chan.send(Msg::InitPid, std::to_string(pid));
      _exit(0);
    }
  } else if (c.new_userns) {
    if (auto r = c.chan.send(Msg::UserMapRequest); !r) die(c, r.error());
    if (auto r = c.chan.expect(Msg::UserMapDone); !r) _exit(1);
    if (auto r = become_root_in_userns(); !r) die(c, r.error());
  }

  auto go = c.chan.expect(Msg::Go);
  if (!go) _exit(1);
  std::string state = std::move(go->payload);
  // Parent death now only matters through the sync socket (EOF).
  ::prctl(PR_SET_PDEATHSIG, 0);

  if (spec.find_namespace(CLONE_NEWCGROUP) && !spec.find_namespace(CLONE_NEWCGROUP)->path.size() &&
      ::unshare(CLONE_NEWCGROUP) < 0)
    die(c, sys_error("unshare cgroup namespace"));
  if (!spec.hostname.empty() && ::sethostname(spec.hostname.data(), spec.hostname.size()) < 0)
    die(c, sys_error("sethostname " + spec.hostname));
  if (!spec.domainname.empty() && ::setdomainname(spec.domainname.data(), spec.domainname.size()) < 0)
    die(c, sys_error("setdomainname " + spec.domainname));

  RootfsConfig rc;
  rc.spec = &spec;
  rc.rootfs = c.rootfs;
  rc.no_pivot = c.opts.no_pivot;
  rc.user_ns = spec.find_namespace(CLONE_NEWUSER) != nullptr;
  rc.cgroup_paths = &c.cgroup_paths;
  bool has_mnt_ns = spec.find_namespace(CLONE_NEWNS) != nullptr;
  if (!has_mnt_ns) die(c, make_error("a mount namespace is required (linux.namespaces lacks \"mount\")"));
  if (auto r = rootfs_prepare(rc); !r) die(c, r.error());
  if (auto r = write_sysctls(c); !r) die(c, r.error());
  Fd slave;
  if (proc.terminal) {
    auto s = setup_console(c);
    if (!s) die(c, s.error());
    slave = std::move(*s);
    if (c.console_sock >= 0) ::close(c.console_sock);
  }

  if (auto r = c.chan.send(Msg::RuntimeHooks); !r) die(c, r.error());
  if (auto r = c.chan.expect(Msg::RuntimeHooksDone); !r) _exit(1);
  if (auto r = run_hooks(spec.hooks.create_container, state, "createContainer"); !r) die(c, r.error());
  if (auto r = rootfs_finalize(rc); !r) die(c, r.error());

  if (proc.oom_score_adj)
    if (auto r = apply_oom_score_adj(*proc.oom_score_adj); !r) die(c, r.error());
  if (auto r = apply_rlimits(proc.rlimits); !r) die(c, r.error());
  if (!c.opts.no_new_keyring)
    ::syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, c.opts.id.c_str());  // best effort, as runc
  if (slave) {
    if (auto r = make_controlling_tty(slave.get()); !r) die(c, r.error());
    slave.reset();
  } else if (::setsid() < 0 && errno != EPERM) {
    die(c, sys_error("setsid"));
  }
  if (auto r = chdir_inside_root(proc.cwd); !r) die(c, r.error());
  auto exe = lookup_executable(proc.args[0], proc.env);
  if (!exe) die(c, exe.error());

  // Only stdio and --preserve-fds reach the user's program.
  int keep = 3 + c.opts.preserve_fds;
  for (int fd = 3; fd < keep; fd++) ::fcntl(fd, F_SETFD, 0);
  if (auto r = cloexec_from(keep); !r) die(c, r.error());
  if (auto r = prepare_identity(proc, &c.seccomp, setgroups_allowed()); !r) die(c, r.error());

  if (auto r = c.chan.send(Msg::Created); !r) _exit(1);
  c.chan.close();
  if (auto r = wait_for_start(c); !r) die(c, r.error());
  if (auto r = run_hooks(spec.hooks.start_container, state, "startContainer"); !r) die(c, r.error());
  auto r = final_exec(proc, *exe, &c.seccomp);
  die(c, r.error());
}

}  // namespace ec::rt
