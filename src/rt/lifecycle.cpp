// start, state, kill, delete, pause, resume, ps, update, list, run.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>

#include "core/clock.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/strutil.h"
#include "rt/cgroup.h"
#include "rt/console.h"
#include "rt/create_internal.h"
#include "rt/hooks.h"
#include "rt/runtime.h"
#include "rt/state.h"
#include "rt/sync.h"

namespace ec::rt {
namespace {


cgroup::Manager manager_of(const State& st) {
  return cgroup::Manager::from_paths(st.cgroup_paths, st.cgroup_unified_only);
}

// The config saved at create (for poststop hooks and exec).
Result<Spec> saved_spec(const std::string& root, const std::string& id) {
  std::string path = container_dir(root, id) + "/config.json";
  EC_ASSIGN(std::string text, read_file(path));
  auto spec = parse_spec(text);
  if (!spec) return std::move(spec).error().context(path);
  return spec;
}

Status signal_all(const State& st, int sig) {
  auto pids = manager_of(st).pids();
  if (!pids) return std::move(pids).error();
  for (pid_t p : *pids)
    if (::kill(p, sig) < 0 && errno != ESRCH) return sys_error(strf("kill %d", p));
  return {};
}

// Wait until the init is gone (or a zombie: its reaper collects it).
bool wait_stopped(const State& st, int timeout_ms) {
  for (int waited = 0; waited < timeout_ms; waited += 5) {
    if (!process_alive(st.pid, st.pid_start)) return true;
    sleep_ms(5);
  }
  return !process_alive(st.pid, st.pid_start);
}

Status destroy(const Global& g, const State& st) {
  if (st.has_poststop) {
    if (auto spec = saved_spec(g.root, st.id); spec && !spec->hooks.poststop.empty())
      run_hooks_warn(spec->hooks.poststop, state_json(st, RunState::Stopped, false), "poststop");
  }
  if (!st.cgroup_paths.empty()) {
    auto r = manager_of(st).destroy();
    if (!r) log_msg(LogLevel::Warn, r.error().msg);
  }
  EC_TRY(remove_all(container_dir(g.root, st.id)));
  return {};
}

}  // namespace

Status start_container(const Global& g, const std::string& id) {
  EC_ASSIGN(FileLock lock, lock_container(g.root, id));
  EC_ASSIGN(State st, load_state(g.root, id));
  RunState s = derive_status(g.root, st);
  if (s != RunState::Created)
    return make_error(strf("cannot start container %s: it is %s, not created", id.c_str(), status_name(s)));
  std::string fifo = container_dir(g.root, id) + "/exec.fifo";
  Fd fd(::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (!fd) return sys_error("open " + fifo);
  // The init blocks in open(O_WRONLY) until we are here, then writes one byte.
  char b;
  for (;;) {
    struct pollfd p = {fd.get(), POLLIN, 0};
    int n = ::poll(&p, 1, 10);
    if (n > 0) {
      ssize_t r = ::read(fd.get(), &b, 1);
      if (r == 1) break;
      if (r < 0 && errno != EAGAIN) return sys_error("read " + fifo);
    }
    if (!process_alive(st.pid, st.pid_start))
      return make_error("cannot start container " + id + ": its init process exited");
    if (n > 0) sleep_ms(1);  // writer not there yet (POLLHUP without data)
  }
  ::unlink(fifo.c_str());
  if (st.has_poststart) {
    if (auto spec = saved_spec(g.root, id); spec && !spec->hooks.poststart.empty())
      run_hooks_warn(spec->hooks.poststart, state_json(st, RunState::Running, false), "poststart");
  }
  return {};
}

Result<std::string> container_state(const Global& g, const std::string& id) {
  EC_ASSIGN(State st, load_state(g.root, id));
  return state_json(st, derive_status(g.root, st), true);
}

Status kill_container(const Global& g, const std::string& id, int sig, bool all) {
  EC_ASSIGN(FileLock lock, lock_container(g.root, id));
  EC_ASSIGN(State st, load_state(g.root, id));
  RunState s = derive_status(g.root, st);
  if (s == RunState::Stopped && !all) return make_error("container " + id + " is not running", ESRCH);
  if (all || !st.new_pid_ns) {
    EC_TRY(signal_all(st, sig));
    if (s == RunState::Paused && (sig == SIGKILL || sig == SIGTERM)) (void)manager_of(st).freeze(false);
    return {};
  }
  if (::kill(st.pid, sig) < 0) return sys_error(strf("kill container %s (pid %d)", id.c_str(), st.pid));
  return {};
}

Status delete_container(const Global& g, const std::string& id, bool force) {
  EC_ASSIGN(FileLock lock, lock_container(g.root, id));
  auto str = load_state(g.root, id);
  if (!str) {
    // --force on a half-created leftover: remove what is there.
    if (force && path_exists(container_dir(g.root, id))) return remove_all(container_dir(g.root, id));
    return std::move(str).error();
  }
  State& st = *str;
  RunState s = derive_status(g.root, st);
  if (s == RunState::Running || s == RunState::Paused) {
    if (!force)
      return make_error(strf("cannot delete container %s that is not stopped: %s", id.c_str(), status_name(s)));
  }
  if (s != RunState::Stopped) {
    // created (runc deletes those without --force) or forced.
    if (st.new_pid_ns)
      ::kill(st.pid, SIGKILL);
    else
      (void)signal_all(st, SIGKILL);
    if (s == RunState::Paused) (void)manager_of(st).freeze(false);
    if (!wait_stopped(st, 10000)) return make_error("container " + id + " did not stop after SIGKILL", EBUSY);
  }
  if (!st.new_pid_ns) (void)signal_all(st, SIGKILL);
  return destroy(g, st);
}

Status pause_container(const Global& g, const std::string& id) {
  EC_ASSIGN(FileLock lock, lock_container(g.root, id));
  EC_ASSIGN(State st, load_state(g.root, id));
  RunState s = derive_status(g.root, st);
  if (s != RunState::Running && s != RunState::Created)
    return make_error(strf("cannot pause container %s: it is %s", id.c_str(), status_name(s)));
  return manager_of(st).freeze(true);
}

Status resume_container(const Global& g, const std::string& id) {
  EC_ASSIGN(FileLock lock, lock_container(g.root, id));
  EC_ASSIGN(State st, load_state(g.root, id));
  RunState s = derive_status(g.root, st);
  if (s != RunState::Paused) return make_error(strf("cannot resume container %s: it is %s", id.c_str(), status_name(s)));
  return manager_of(st).freeze(false);
}

Result<std::vector<pid_t>> container_pids(const Global& g, const std::string& id) {
  EC_ASSIGN(State st, load_state(g.root, id));
  if (derive_status(g.root, st) == RunState::Stopped) return std::vector<pid_t>{};
  return manager_of(st).pids();
}

Status update_container(const Global& g, const std::string& id, const Resources& res) {
  EC_ASSIGN(FileLock lock, lock_container(g.root, id));
  EC_ASSIGN(State st, load_state(g.root, id));
  if (derive_status(g.root, st) == RunState::Stopped) return make_error("container " + id + " is stopped");
  return manager_of(st).apply(res);
}

Result<std::vector<ListEntry>> list_containers(const Global& g) {
  EC_ASSIGN(std::vector<std::string> ids, list_ids(g.root));
  std::vector<ListEntry> out;
  for (auto& id : ids) {
    auto st = load_state(g.root, id);
    if (!st) continue;  // removed meanwhile
    RunState s = derive_status(g.root, *st);
    ListEntry e;
    e.id = id;
    e.status = status_name(s);
    e.pid = s == RunState::Stopped ? 0 : st->pid;
    e.bundle = st->bundle;
    e.created = st->created;
    e.owner = st->owner;
    e.state_json = state_json(*st, s, false);
    out.push_back(std::move(e));
  }
  return out;
}

// ---- run -------------------------------------------------------------------

namespace {
volatile sig_atomic_t g_pending[65];
void on_forward(int sig) {
  if (sig > 0 && sig < 65) g_pending[sig] = 1;
}
const int kForwarded[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH, SIGCONT};

void install_forwarders() {
  struct sigaction sa {};
  sa.sa_handler = on_forward;
  for (int s : kForwarded) sigaction(s, &sa, nullptr);
}

void forward_pending(pid_t pid) {
  for (int s : kForwarded)
    if (g_pending[s]) {
      g_pending[s] = 0;
      ::kill(pid, s);
    }
}

int exit_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 255;
}
}  // namespace

static void forward_to(void* pid) { forward_pending(*static_cast<pid_t*>(pid)); }

// Wait for `pid` (our child or, thanks to the subreaper bit, our descendant),
// forwarding signals and relaying its pty when master >= 0; returns its exit code.
int wait_with_relay(pid_t pid, int master) {
  install_forwarders();
  if (master >= 0) relay_pty(master, forward_to, &pid);
  while (true) {
    int status = 0;
    pid_t r = ::waitpid(-1, &status, 0);
    if (r == pid) return exit_code(status);
    if (r < 0 && errno == EINTR) {
      forward_pending(pid);
      continue;
    }
    if (r < 0) return 255;
  }
}

Result<int> run_container(const Global& g, const CreateOptions& o, bool detach, bool keep) {
  if (!detach) ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  // A foreground terminal without --console-socket: receive the master ourselves.
  Fd ours, theirs;
  if (!detach && o.console_socket.empty()) {
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) return sys_error("socketpair");
    ours.reset(sv[0]);
    theirs.reset(sv[1]);
  }
  pid_t pid = 0;
  // The socketpair is only used when the spec asks for a terminal.
  EC_TRY(create_internal(g, o, theirs.get(), &pid));
  theirs.reset();
  Fd master;
  {
    // Did the init send a pty master? Only when process.terminal was set.
    struct pollfd p = {ours.get(), POLLIN, 0};
    if (ours && ::poll(&p, 1, 0) > 0) {
      auto m = recv_fd(ours.get());
      if (m) master = std::move(*m);
    }
  }
  if (auto r = start_container(g, o.id); !r) {
    (void)delete_container(g, o.id, true);
    return std::move(r).error();
  }
  if (detach) return 0;
  int code = wait_with_relay(pid, master.get());
  if (!keep) (void)delete_container(g, o.id, true);
  return code;
}

}  // namespace ec::rt
