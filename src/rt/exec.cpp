// `exec`: a new process in a running container. Joins the init's
// namespaces and cgroups, applies the process spec and execs; an exec
// failure travels back over the close-on-exec sync socket.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/caps.h"
#include "rt/cgroup.h"
#include "rt/console.h"
#include "rt/create_internal.h"
#include "rt/process.h"
#include "rt/runtime.h"
#include "rt/state.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

namespace ec::rt {
namespace {

struct NsJoin {
  int type;
  Fd fd;
};

// The init's namespaces that differ from ours, user namespace first.
Result<std::vector<NsJoin>> open_namespaces(pid_t pid) {
  const int order[] = {CLONE_NEWUSER, CLONE_NEWNS,     CLONE_NEWPID, CLONE_NEWNET,
                       CLONE_NEWIPC,  CLONE_NEWUTS,    CLONE_NEWCGROUP, CLONE_NEWTIME};
  std::vector<NsJoin> out;
  for (int t : order) {
    std::string name = namespace_proc_name(t);
    std::string theirs = "/proc/" + std::to_string(pid) + "/ns/" + name;
    struct stat a, b;
    if (::stat(theirs.c_str(), &a) < 0) {
      if (errno == ENOENT) continue;  // kernel without this namespace type
      return sys_error("stat " + theirs);
    }
    if (::stat(("/proc/self/ns/" + name).c_str(), &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev)
      continue;
    Fd fd(::open(theirs.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return sys_error("open " + theirs);
    out.push_back({t, std::move(fd)});
  }
  return out;
}

void add_caps(Capabilities& c, const std::vector<std::string>& names, std::vector<std::string>& bad) {
  for (auto& n : names) {
    int cap = cap_from_name(n);
    if (cap < 0) {
      bad.push_back(n);
      continue;
    }
    uint64_t bit = 1ULL << cap;
    c.bounding |= bit;
    c.effective |= bit;
    c.permitted |= bit;
  }
}

struct ExecChild {
  const Process* proc;
  const SeccompProgram* seccomp;
  int console_sock;
  int preserve_fds;
};

[[noreturn]] void exec_child(const ExecChild& x, const SyncChannel& chan) {
  auto fail = [&](const Error& e) {
    (void)chan.send_error(e);
    _exit(126);
  };
  if (!chan.expect(Msg::Go)) _exit(1);
  const Process& p = *x.proc;
  if (p.terminal) {
    Fd ptmx(::open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (!ptmx) fail(sys_error("open /dev/ptmx in the container"));
    auto pty = open_pty(std::move(ptmx), p.console_height, p.console_width);
    if (!pty) fail(pty.error());
    if (auto r = send_fd(x.console_sock, pty->master.get(), "/dev/ptmx"); !r) fail(r.error());
    ::close(x.console_sock);
    pty->master.reset();
    if (auto r = make_controlling_tty(pty->slave.get()); !r) fail(r.error());
  }
  if (auto r = apply_rlimits(p.rlimits); !r) fail(r.error());
  if (p.oom_score_adj)
    if (auto r = apply_oom_score_adj(*p.oom_score_adj); !r) fail(r.error());
  if (auto r = chdir_inside_root(p.cwd); !r) fail(r.error());
  auto exe = lookup_executable(p.args[0], p.env);
  if (!exe) fail(exe.error());
  int keep = 3 + x.preserve_fds;
  for (int fd = 3; fd < keep; fd++) ::fcntl(fd, F_SETFD, 0);
  if (auto r = cloexec_from(keep); !r) fail(r.error());
  if (auto r = prepare_identity(p, x.seccomp, setgroups_allowed()); !r) fail(r.error());
  if (auto r = chan.send(Msg::Ready); !r) _exit(1);
  auto r = final_exec(p, *exe, x.seccomp);
  fail(r.error());
  _exit(126);
}

}  // namespace

Result<int> exec_in_container(const Global& g, ExecOptions o) {
  EC_ASSIGN(State st, load_state(g.root, o.id));
  RunState s = derive_status(g.root, st);
  if (s == RunState::Stopped) return make_error("cannot exec in a stopped container " + o.id);
  if (s == RunState::Paused) return make_error("cannot exec in a paused container " + o.id);
  std::string cfg_path = container_dir(g.root, o.id) + "/config.json";
  EC_ASSIGN(std::string cfg_text, read_file(cfg_path));
  auto spec_r = parse_spec(cfg_text);
  if (!spec_r) return std::move(spec_r).error().context(cfg_path);
  Spec& spec = *spec_r;

  Process p;
  if (o.process) {
    p = std::move(*o.process);
  } else {
    if (spec.process) p = *spec.process;
    p.args = o.args;
    p.terminal = o.tty;
    if (o.cwd) p.cwd = *o.cwd;
    if (o.user) p.user = *o.user;
  }
  for (auto& e : o.extra_env) p.env.push_back(e);
  if (!o.extra_caps.empty()) {
    if (!p.capabilities) p.capabilities.emplace();
    std::vector<std::string> bad;
    add_caps(*p.capabilities, o.extra_caps, bad);
    if (!bad.empty()) return make_error("unknown capability " + bad[0]);
  }
  if (o.no_new_privs) p.no_new_privileges = *o.no_new_privs;
  if (p.args.empty()) return make_error("exec: no command given (args are empty)");
  if (p.cwd.empty() || p.cwd[0] != '/') return make_error("exec: cwd must be an absolute path: " + p.cwd);
  if (p.terminal && o.detach && o.console_socket.empty())
    return make_error("exec --tty --detach needs --console-socket", EINVAL);

  SeccompProgram seccomp;
  if (spec.linux && spec.linux->seccomp) {
    EC_ASSIGN(seccomp, seccomp_compile_cached(*spec.linux->seccomp, g.root + "/.seccomp-cache"  /* ids start alphanumeric: no clash */));
  }
  EC_ASSIGN(std::vector<NsJoin> joins, open_namespaces(st.pid));

  Fd console, relay_ours;
  int console_sock = -1;
  if (p.terminal) {
    if (!o.console_socket.empty()) {
      EC_ASSIGN(console, connect_console_socket(o.console_socket));
      console_sock = console.get();
    } else {
      int sv[2];
      if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) return sys_error("socketpair");
      relay_ours.reset(sv[0]);
      console.reset(sv[1]);
      console_sock = console.get();
    }
  }
  EC_ASSIGN(auto chans, SyncChannel::make_pair());
  SyncChannel& chan = chans.first;
  if (!o.detach) ::prctl(PR_SET_CHILD_SUBREAPER, 1);

  pid_t child = ::fork();
  if (child < 0) return sys_error("fork");
  if (child == 0) {
    chan.close();
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);  // see init.cpp: /proc/<pid>/exe is our binary until execve
    SyncChannel& cc = chans.second;
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; sig++)
      if (sig != SIGKILL && sig != SIGSTOP) sigaction(sig, &dfl, nullptr);
    for (auto& j : joins)
      if (::setns(j.fd.get(), j.type) < 0) {
        (void)cc.send_error(sys_error(strf("setns %s", namespace_proc_name(j.type))));
        _exit(1);
      }
    // setns(pid) applies to children: the process proper is a grandchild.
    pid_t pid = static_cast<pid_t>(::syscall(SYS_clone, SIGCHLD, nullptr, nullptr, nullptr, nullptr));
    if (pid < 0) {
      (void)cc.send_error(sys_error("fork exec process"));
      _exit(1);
    }
    if (pid > 0) {
      (void)cc.send(Msg::InitPid, std::to_string(pid));
      _exit(0);
    }
    ExecChild x{&p, &seccomp, console_sock, o.preserve_fds};
    exec_child(x, cc);
  }
  chans.second.close();
  console.reset();
  joins.clear();

  auto pid_msg = chan.expect(Msg::InitPid);
  ::waitpid(child, nullptr, 0);
  if (!pid_msg) return std::move(pid_msg).error();
  pid_t pid = static_cast<pid_t>(parse_i64(pid_msg->payload).value_or(0));
  if (pid <= 0) return make_error("exec: bad pid from helper", EPROTO);
  auto fail_kill = [&](Error e) -> Result<int> {
    ::kill(pid, SIGKILL);
    if (!o.detach) ::waitpid(pid, nullptr, 0);
    return e;
  };
  if (!st.cgroup_paths.empty()) {
    auto r = cgroup::Manager::from_paths(st.cgroup_paths, st.cgroup_unified_only).add_pid(pid);
    if (!r) return fail_kill(std::move(r).error().context("join container cgroups"));
  }
  if (auto r = chan.send(Msg::Go); !r) return fail_kill(std::move(r).error());
  Fd master;
  if (relay_ours) {
    auto m = recv_fd(relay_ours.get());
    if (!m) return fail_kill(std::move(m).error().context("receive pty"));
    master = std::move(*m);
  }
  auto ready = chan.expect(Msg::Ready);
  if (!ready) return fail_kill(std::move(ready).error());
  // The socket is close-on-exec: EOF means execve succeeded.
  auto after = chan.recv();
  if (after && after->type == Msg::Error) {
    Error e;
    e.code = after->code;
    e.msg = after->payload;
    return fail_kill(e);
  }
  if (!o.pid_file.empty()) EC_TRYC(write_file_atomic(o.pid_file, std::to_string(pid), 0644, Sync::Volatile), "write pid file");
  if (o.detach) return 0;
  return wait_with_relay(pid, master ? master.get() : -1);
}

}  // namespace ec::rt
