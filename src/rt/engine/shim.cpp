#include "rt/engine/shim.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sys/ioctl.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "img/store.h"
#include "rt/engine/attach_proto.h"
#include "rt/engine/container_store.h"
#include "rt/engine/events.h"
#include "rt/engine/logfile.h"
#include "rt/engine/rootfs.h"
#include "rt/engine/netsetup.h"
#include "rt/engine/runtime_ref.h"
#include "rt/engine/shim_internal.h"
#include "rt/engine/volumes.h"
#include "rt/cgroup.h"
#include "rt/state.h"
#include "rt/sync.h"

namespace ec::engine {

namespace {


void report(int& fd, const std::string& line) {
  if (fd < 0) return;
  (void)write_all(fd, line + "\n");
  ::close(fd);
  fd = -1;
}

Result<Fd> listen_unix(const std::string& full_path) {
  Fd s(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
  if (!s) return sys_error("socket");
  Fd dir;
  EC_ASSIGN(std::string path, short_socket_path(full_path, dir));
  struct sockaddr_un sa = {};
  sa.sun_family = AF_UNIX;
  memcpy(sa.sun_path, path.c_str(), path.size() + 1);
  ::unlink(full_path.c_str());
  if (::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) return sys_error("bind " + path);
  if (::listen(s.get(), 16) < 0) return sys_error("listen " + path);
  return s;
}

// The pty master a runtime sent over the console socket (SCM_RIGHTS).
Result<Fd> receive_master(int listen_fd) {
  struct pollfd p = {listen_fd, POLLIN, 0};
  if (::poll(&p, 1, 5000) <= 0) return make_error("the runtime sent no terminal", ETIMEDOUT);
  Fd c(::accept4(listen_fd, nullptr, nullptr, SOCK_CLOEXEC));
  if (!c) return sys_error("accept console");
  return rt::recv_fd(c.get());
}

// The message of a runtime's failure from its --log file (JSON lines).
std::string runtime_log_message(const std::string& path) {
  auto t = read_file(path);
  if (!t) return "";
  std::string msg;
  for (auto& l : split(*t, '\n', true)) {
    auto j = json_parse(l, "log");
    if (!j) continue;
    const cJSON* lv = cJSON_GetObjectItemCaseSensitive(j->get(), "level");
    const cJSON* m = cJSON_GetObjectItemCaseSensitive(j->get(), "msg");
    if (cJSON_IsString(m) && cJSON_IsString(lv) && (strcmp(lv->valuestring, "error") == 0 || strcmp(lv->valuestring, "fatal") == 0))
      msg = m->valuestring;
  }
  return msg;
}

}  // namespace

Shim::Shim(ShimArgs a, Containers c) : a_(std::move(a)), ctrs_(std::move(c)) {}

void Shim::event(const char* action, std::map<std::string, std::string> extra) {
  Event e;
  e.type = "container";
  e.action = action;
  e.id = rec_.id;
  e.attrs = std::move(extra);
  e.attrs["name"] = rec_.name;
  e.attrs["image"] = rec_.image;
  (void)append_event(a_.root, e);
}

Status Shim::set_state(FnRef<void(ContainerState&)> fn) {
  return ctrs_.update_state(
      a_.id,
      [&](ContainerState& s) {
        fn(s);
        return Status();
      },
      Sync::Volatile);
}

bool Shim::should_stop() {
  auto s = ctrs_.raw_state(a_.id);
  return !s || s->removing || s->stopped_by_user || s->host_shutdown;
}

void Shim::broadcast(char type, const void* data, size_t len) {
  unsigned char h[kFrameHeader];
  frame_header(h, type, static_cast<uint32_t>(len));
  for (auto& c : clients_) {
    if (!c) continue;
    struct iovec iov[2] = {{h, kFrameHeader}, {const_cast<void*>(data), len}};
    ssize_t n = ::writev(c->fd.get(), iov, 2);
    // A client that can't take a whole frame now is too slow to keep: drop it
    // rather than buffer without bound.
    if (n != static_cast<ssize_t>(kFrameHeader + len)) c.reset();
  }
}

void Shim::on_output(int fd, bool is_stderr, bool* open) {
  char buf[16384];
  ssize_t n = ::read(fd, buf, sizeof buf);
  if (n > 0) {
    (void)log_->write(is_stderr, buf, static_cast<size_t>(n), now_realtime_ns());
    broadcast(is_stderr ? 'e' : 'o', buf, static_cast<size_t>(n));
    return;
  }
  if (n == 0 || (errno != EAGAIN && errno != EINTR)) *open = false;
}

void Shim::on_client_frame(char type, const unsigned char* p, size_t n) {
  switch (type) {
    case 'i':
      if (stdin_fd() < 0 || pending_len_) return;
      {
        ssize_t w = ::write(stdin_fd(), p, n);
        if (w < 0) w = 0;
        if (static_cast<size_t>(w) < n) {  // the container reads slowly: keep the rest, stop reading clients
          memcpy(pending_, p + w, n - static_cast<size_t>(w));
          pending_len_ = n - static_cast<size_t>(w);
        }
      }
      break;
    case 'c':
      if (!rec_.tty) in_w_.reset();
      else if (pty_) (void)::write(pty_.get(), "\x04", 1);  // EOF for a terminal
      break;
    case 'r':
      if (pty_ && n == 4) {
        struct winsize ws = {};
        ws.ws_row = static_cast<unsigned short>(p[0] | (p[1] << 8));
        ws.ws_col = static_cast<unsigned short>(p[2] | (p[3] << 8));
        ::ioctl(pty_.get(), TIOCSWINSZ, &ws);
      }
      break;
    case 'k':
      if (n == 1 && init_ > 0) ::kill(init_, p[0]);
      break;
    case 'g':
      go_ = true;
      break;
  }
}

void Shim::accept_clients() {
  for (;;) {
    int fd = ::accept4(listen_.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) return;
    auto c = std::make_unique<Client>();
    c->fd = Fd(fd);
    for (auto& slot : clients_)
      if (!slot) {
        slot = std::move(c);
        break;
      }
    if (c) clients_.push_back(std::move(c));
  }
}

void Shim::read_client(std::unique_ptr<Client>& c) {
  unsigned char buf[4096];
  ssize_t n = ::read(c->fd.get(), buf, sizeof buf);
  if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
    c.reset();
    return;
  }
  if (n < 0) return;
  if (!c->rd.feed(buf, static_cast<size_t>(n), [&](char t, const unsigned char* p, size_t len) { on_client_frame(t, p, len); }))
    c.reset();
}

void Shim::reap(bool* init_exited) {
  for (;;) {
    int status = 0;
    pid_t p = ::waitpid(-1, &status, WNOHANG);
    if (p <= 0) return;
    if (p == init_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      *init_exited = true;
    } else if (p == health_pid_) {
      health_done(status);
    }
  }
}

// One poll round over everything the shim serves. timeout_ms < 0: forever.
// hot: placed with the other idle-path code at the start of .text, so an idle
// shim faults in as few text pages as possible after trimming.
[[gnu::hot]] void Shim::serve(int timeout_ms, bool* init_exited) {
  std::vector<struct pollfd> fds;
  fds.reserve(8 + clients_.size());
  fds.push_back({sig_.get(), POLLIN, 0});
  fds.push_back({listen_.get(), POLLIN, 0});
  size_t first_io = fds.size();
  fds.push_back({out_open_ ? out_r_.get() : -1, POLLIN, 0});
  fds.push_back({err_open_ ? err_r_.get() : -1, POLLIN, 0});
  fds.push_back({pty_open_ ? pty_.get() : -1, POLLIN, 0});
  fds.push_back({pending_len_ ? stdin_fd() : -1, POLLOUT, 0});
  fds.push_back({health_out_ ? health_out_.get() : -1, POLLIN, 0});
  size_t first_client = fds.size();
  for (auto& c : clients_) fds.push_back({c && !pending_len_ ? c->fd.get() : -1, POLLIN, 0});
  int n = wait_events(fds.data(), fds.size(), timeout_ms);
  if (n <= 0) return;
  last_trim_ms_ = monotonic_ms();  // busy again: trim after the next quiet second
  if (fds[0].revents) {
    struct signalfd_siginfo si;
    while (::read(sig_.get(), &si, sizeof si) == sizeof si) {
      if (si.ssi_signo == SIGCHLD) reap(init_exited);
      else wake_ = true;  // SIGTERM/SIGUSR1 from stop/rm: re-read the state
    }
  }
  if (fds[1].revents) accept_clients();
  if (fds[first_io].revents) on_output(out_r_.get(), false, &out_open_);
  if (fds[first_io + 1].revents) on_output(err_r_.get(), true, &err_open_);
  if (fds[first_io + 2].revents) on_output(pty_.get(), false, &pty_open_);
  if (fds[first_io + 3].revents) {
    ssize_t w = ::write(stdin_fd(), pending_, pending_len_);
    if (w > 0) {
      memmove(pending_, pending_ + w, pending_len_ - static_cast<size_t>(w));
      pending_len_ -= static_cast<size_t>(w);
    } else if (w < 0 && errno != EAGAIN) {
      pending_len_ = 0;
    }
  }
  if (fds[first_io + 4].revents) health_output();
  for (size_t i = 0; i < clients_.size(); i++)
    if (fds[first_client + i].revents && clients_[i]) read_client(clients_[i]);
}

// Set up stdio, create and start the container. Returns the init pid.
Result<pid_t> Shim::start_once() {
  std::string rd = ctrs_.run_dir(rec_.id);
  std::string dir = ctrs_.dir(rec_.id);
  EC_TRY(rootfs_mount(rec_.storage_driver, diffs_, dir));
  Fd in_r, out_w, err_w, console;
  if (rec_.tty) {
    EC_ASSIGN(console, listen_unix(rd + "/console.sock"));
  } else {
    int p[2];
    if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
    out_r_ = Fd(p[0]), out_w = Fd(p[1]);
    if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
    err_r_ = Fd(p[0]), err_w = Fd(p[1]);
    if (rec_.open_stdin) {
      if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
      in_r = Fd(p[0]), in_w_ = Fd(p[1]);
      ::fcntl(in_w_.get(), F_SETFL, O_NONBLOCK);
    }
    ::fcntl(out_r_.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(err_r_.get(), F_SETFL, O_NONBLOCK);
  }
  std::string pidfile = rd + "/init.pid", rtlog = rd + "/runtime.log";
  ::unlink(pidfile.c_str());
  ::unlink(rtlog.c_str());
  // Leftovers of a run whose shim died (crash, reboot without /run on tmpfs).
  if (stale_) (void)run_runtime(rt_, {"delete", "--force", rec_.id});
  stale_ = false;
  std::vector<std::string> args = {"--log", rtlog, "--log-format", "json", "create", "--bundle", dir, "--pid-file", pidfile};
  Fd console_dir;
  if (rec_.tty) {
    EC_ASSIGN(std::string cs, short_socket_path(rd + "/console.sock", console_dir));
    args.push_back("--console-socket");
    args.push_back(cs);
  }
  args.push_back(rec_.id);
  RunStdio io;
  io.in = in_r.get();
  io.out = out_w.get();
  io.err = err_w.get();
  auto st = run_runtime_status(rt_, args, io);
  if (!st) return std::move(st).error();
  if (*st != 0) {
    std::string msg = runtime_log_message(rtlog);
    return make_error(msg.empty() ? strf("%s create: exit status %d", rt_.name.c_str(), *st) : msg, EIO);
  }
  out_open_ = static_cast<bool>(out_r_);
  err_open_ = static_cast<bool>(err_r_);
  if (rec_.tty) {
    EC_ASSIGN(pty_, receive_master(console.get()));
    ::fcntl(pty_.get(), F_SETFL, O_NONBLOCK);
    pty_open_ = true;
    ::unlink((rd + "/console.sock").c_str());
  }
  EC_ASSIGN(std::string pid_text, read_file(pidfile));
  auto pid = parse_i64(trim(pid_text));
  if (!pid || *pid <= 0) return make_error("bad pid file " + pidfile);
  return static_cast<pid_t>(*pid);
}

Status Shim::runtime_start() {
  if (auto r = run_runtime(rt_, {"start", rec_.id}); !r) return r;
  return {};
}

// Whether the kernel's OOM killer struck in the container's memory cgroup
// (v2 memory.events, v1 memory.oom_control: "oom_kill N"). Read before the
// runtime's delete removes the cgroup.
bool Shim::oom_killed() const {
  auto layout = rt::cgroup::detect_system();
  if (!layout) return false;
  const rt::cgroup::Hierarchy* h = layout->for_controller("memory");
  if (!h) return false;
  std::string dir = h->mountpoint + "/edgectl/" + rec_.id;
  auto t = read_file(dir + (h->v2 ? "/memory.events" : "/memory.oom_control"));
  if (!t) return false;
  for (auto& line : split(*t, '\n', true)) {
    auto kv = split(line, ' ', true);
    if (kv.size() == 2 && kv[0] == "oom_kill") return kv[1] != "0";
  }
  return false;
}

void Shim::cleanup_run() {
  oom_ = exit_code_ == 137 && oom_killed();  // the OOM killer sends SIGKILL
  (void)run_runtime(rt_, {"delete", "--force", rec_.id});
  // Whatever the container's processes left in the pipes (their writers are gone now).
  int64_t until = monotonic_ms() + 2000;
  while ((out_open_ || err_open_ || pty_open_) && monotonic_ms() < until) {
    bool dummy = false;
    serve(50, &dummy);
  }
  out_r_.reset(), err_r_.reset(), in_w_.reset(), pty_.reset();
  out_open_ = err_open_ = pty_open_ = false;
  pending_len_ = 0;
  health_stop();
  (void)rootfs_unmount(ctrs_.dir(rec_.id));
}

bool Shim::restart_wanted(int code, int count) const {
  switch (rec_.restart.kind) {
    case RestartKind::No: return false;
    case RestartKind::Always:
    case RestartKind::UnlessStopped: return true;
    case RestartKind::OnFailure: return code != 0 && (rec_.restart.max_retries == 0 || count < rec_.restart.max_retries);
  }
  return false;
}

void Shim::remove_container() {
  (void)rootfs_unmount(ctrs_.dir(rec_.id));
  std::vector<std::string> anon;
  for (auto& m : rec_.mounts)
    if (m.type == "volume" && m.options.end() != std::find(m.options.begin(), m.options.end(), "anonymous")) anon.push_back(m.source);
  (void)ctrs_.remove(rec_.id);
  if (!anon.empty())
    if (auto vs = VolumeStore::open(a_.root))
      for (auto& v : anon) (void)vs->remove(v, true, {});
  event("destroy");
}

int Shim::run() {
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  ::prctl(PR_SET_NAME, "edgectl-shim");
  find_text();
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGCHLD, SIGTERM, SIGINT, SIGHUP, SIGUSR1}) sigaddset(&set, s);
  ::sigprocmask(SIG_BLOCK, &set, nullptr);
  sig_ = Fd(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));

  auto fail = [&](const Error& e) {
    (void)set_state([&](ContainerState& s) {
      if (s.shim_pid != ::getpid()) return;
      s.shim_pid = 0;
      if (s.status == "starting") s.status = s.started_at.empty() ? "created" : "exited";
      s.error = e.msg;
    });
    report(a_.report_fd, "err " + e.msg);
    return 1;
  };
  auto rec = ctrs_.record(a_.id);
  if (!rec) return fail(rec.error());
  rec_ = std::move(*rec);
  auto cfg = load_engine_config(a_.config_path.empty() ? "/etc/edgectl/config.json" : a_.config_path, !a_.config_path.empty());
  if (!cfg) return fail(cfg.error());
  auto rt = pick_runtime(*cfg, rec_.runtime, a_.run_root);
  if (!rt) return fail(rt.error());
  rt_ = std::move(*rt);
  cfg_ = *cfg;
  auto store = img::Store::open(a_.root);
  if (!store) return fail(store.error());
  for (auto& l : rec_.layers) diffs_.push_back(store->layer_diff(l));
  std::string rd = ctrs_.run_dir(rec_.id);
  if (auto r = mkdir_p(rd, 0700); !r) return fail(r.error());
  auto ls = listen_unix(rd + "/attach.sock");
  if (!ls) return fail(ls.error());
  listen_ = std::move(*ls);
  LogOptions lo;
  lo.max_size = rec_.log_max_size;
  lo.max_file = rec_.log_max_file;
  auto lw = LogWriter::open(ctrs_.dir(rec_.id) + "/" + rec_.id + "-json.log", lo);
  if (!lw) return fail(lw.error());
  log_.emplace(std::move(*lw));

  // Claim the container: one shim at a time, and not one being removed.
  std::string claim_err;
  (void)ctrs_.update_state(rec_.id, [&](ContainerState& s) {
    if (s.removing) claim_err = "container is being removed";
    else if (has_shim(s) && shim_alive(s) && s.shim_pid != ::getpid()) claim_err = "container is already running";
    if (!claim_err.empty()) return Status();
    stale_ = has_shim(s);  // its shim died: the runtime may still hold the old container
    s.shim_pid = ::getpid();
    s.shim_start = rt::proc_start_time(s.shim_pid);
    s.boot_id = boot_id();
    s.status = "starting";
    s.stopped_by_user = false;
    s.host_shutdown = false;
    return Status();
  }, Sync::Volatile);
  if (!claim_err.empty()) {
    report(a_.report_fd, "err " + claim_err);
    return 1;
  }

  // The network outlives restarts: same namespace, address and ports.
  NetEnv nenv{&cfg_, &ctrs_, a_.root, a_.run_root};
  auto net = net_up(nenv, rec_, &held_ports_);
  if (!net) {
    (void)::unlink((rd + "/attach.sock").c_str());
    return fail(net.error());
  }
  // Only a network of its own (bridge, CNI) has anything to take down: none,
  // host and container: skip the teardown's store reads on every exit.
  net_ = !net->netns.empty();

  int64_t backoff_ms = 100;
  bool first = true;
  for (;;) {
    if (!first && should_stop()) break;
    auto pid = start_once();
    if (pid && first && a_.wait_for_attach) {
      // A foreground run attaches before the container starts, so it sees all output.
      init_ = *pid;
      report(a_.report_fd, strf("created %d", init_));
      int64_t until = monotonic_ms() + 30000;
      bool dummy = false;
      while (!go_ && monotonic_ms() < until) serve(200, &dummy);
    }
    Status started = pid ? runtime_start() : Status(std::move(pid).error());
    if (!started) {
      std::string msg = started.error().msg;
      cleanup_run();
      if (first) {
        fail(started.error());
        // An attached client learns why, and docker's exit code for it.
        int32_t code = msg.find("permission denied") != std::string::npos ? 126 : 127;
        unsigned char le[4] = {static_cast<unsigned char>(code), 0, 0, 0};
        broadcast('E', msg.data(), msg.size());
        broadcast('x', le, 4);
        exit_code_ = code;
        break;
      }
      // A start that fails later (image changed, device gone) counts as a failed run.
      exit_code_ = 127;
      (void)set_state([&](ContainerState& s) {
        s.status = "exited";
        s.exit_code = 127;
        s.error = msg;
        s.finished_at = format_time_ns(now_realtime_ns());
      });
    } else {
      init_ = *pid;
      int64_t t0 = monotonic_ms();
      (void)set_state([&](ContainerState& s) {
        s.status = "running";
        s.pid = init_;
        s.error.clear();
        s.exit_code = 0;
        s.started_at = format_time_ns(now_realtime_ns());
        s.finished_at.clear();
        if (!first) s.restart_count++;
        if (rec_.health) s.health = HealthState{"starting", 0, s.health.log};
      });
      event(first ? "start" : "restart");
      report(a_.report_fd, strf("ok %d", init_));
      health_arm();
      bool exited = false;
      while (!exited) {
        serve(health_timeout_ms(), &exited);
        health_tick();
        if (wake_) wake_ = false;
      }
      init_ = 0;
      cleanup_run();
      bool user_stop = false;
      (void)set_state([&](ContainerState& s) {
        s.status = "exited";
        s.pid = 0;
        s.exit_code = exit_code_;
        s.oom_killed = oom_;
        s.finished_at = format_time_ns(now_realtime_ns());
        user_stop = s.stopped_by_user || s.removing || s.host_shutdown;
      });
      int32_t code = exit_code_;
      unsigned char le[4] = {static_cast<unsigned char>(code), static_cast<unsigned char>(code >> 8),
                             static_cast<unsigned char>(code >> 16), static_cast<unsigned char>(code >> 24)};
      broadcast('x', le, 4);
      event("die", {{"exitCode", std::to_string(code)}});
      if (user_stop) break;
      // Back-off: doubles per quick restart, resets after 10 s up.
      if (monotonic_ms() - t0 >= 10000) backoff_ms = 100;
    }
    first = false;
    if (auto r = ctrs_.record(a_.id)) rec_.restart = r->restart;  // `update --restart` may have changed it
    auto s = ctrs_.raw_state(rec_.id);
    if (!s || s->removing || s->stopped_by_user || s->host_shutdown || !restart_wanted(exit_code_, s->restart_count)) break;
    (void)set_state([](ContainerState& st) { st.status = "restarting"; });
    int64_t until = monotonic_ms() + backoff_ms;
    backoff_ms = backoff_ms * 2 > 60000 ? 60000 : backoff_ms * 2;
    while (monotonic_ms() < until && !wake_) {
      bool dummy = false;
      serve(static_cast<int>(until - monotonic_ms()), &dummy);
    }
    wake_ = false;
  }
  // Before letting go of the container: a start that follows must not
  // race with this teardown of the same names.
  held_ports_.clear();
  if (net_) net_down(nenv, rec_.id);
  (void)set_state([&](ContainerState& s) {
    if (s.status == "restarting" || s.status == "starting") s.status = "exited";
    s.shim_pid = 0;
  });
  ::unlink((rd + "/attach.sock").c_str());
  if (rec_.auto_remove) remove_container();
  return 0;
}

int run_shim(const ShimArgs& a) {
  auto c = Containers::open(a.root, a.run_root);
  if (!c) {
    int fd = a.report_fd;
    report(fd, "err " + c.error().msg);
    return 1;
  }
  Shim s(a, std::move(*c));
  return s.run();
}

int shim_main(int argc, char** argv) {
  if (argc < 6) {
    static const char msg[] = "edgectl-shim: internal face of edgectl, started by `edgectl run/start`\n";
    (void)!::write(2, msg, sizeof msg - 1);
    return 2;
  }
  ShimArgs a;
  a.root = argv[1];
  a.run_root = argv[2];
  a.config_path = argv[3];
  a.id = argv[4];
  a.report_fd = atoi(argv[5]);
  a.wait_for_attach = argc > 6 && strcmp(argv[6], "attach") == 0;
  if (a.report_fd >= 0) ::fcntl(a.report_fd, F_SETFD, FD_CLOEXEC);
  return run_shim(a);
}

}  // namespace ec::engine
