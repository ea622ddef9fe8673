#include "rt/engine/ops.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "core/build_features.h"
#include "core/clock.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/strutil.h"
#include "rt/engine/etc_files.h"
#include "rt/engine/events.h"
#include "rt/engine/health.h"
#include "rt/engine/logfile.h"
#include "rt/engine/mini_init.h"
#include "rt/engine/netsetup.h"
#include "net/ports.h"
#include "rt/engine/rootfs.h"
#include "rt/engine/spec_build.h"
#include "rt/engine/volumes.h"
#include "rt/kernel_check.h"
#include "rt/signals.h"
#include "rt/state.h"
#include "edgectl_config.h"

namespace ec::engine {

namespace {

void event(const Engine& e, const ContainerRecord& r, const char* action, std::map<std::string, std::string> extra = {}) {
  Event ev;
  ev.type = "container";
  ev.action = action;
  ev.id = r.id;
  ev.attrs = std::move(extra);
  ev.attrs["name"] = r.name;
  ev.attrs["image"] = r.image;
  (void)append_event(e.store.root(), ev);
}

// Unmounts the overlay at the end of create (the shim mounts it per start).
struct UnmountGuard {
  std::string dir;
  ~UnmountGuard() {
    if (!dir.empty()) (void)rootfs_unmount(dir);
  }
};

std::string host_name() {
  char h[256] = {};
  ::gethostname(h, sizeof h - 1);
  return h;
}

}  // namespace

Result<Engine> open_engine(const EngineConfig& cfg, const std::string& config_path) {
  auto s = img::Store::open(cfg.root);
  if (!s) return std::move(s).error().context("store " + cfg.root);
  auto c = Containers::open(cfg.root, cfg.run_root);
  if (!c) return std::move(c).error().context("store " + cfg.root);
  return Engine{cfg, config_path, std::move(*s), std::move(*c)};
}

NetEnv net_env(Engine& e) { return NetEnv{&e.cfg, &e.ctrs, e.cfg.root, e.cfg.run_root}; }

Result<RuntimeRef> container_runtime(const Engine& e, const ContainerRecord& rec) {
  return pick_runtime(e.cfg, rec.runtime, e.cfg.run_root);
}

Result<ContainerRecord> create_container(Engine& e, const RunOptions& o, PullFn pull) {
  ContainerRecord rec;
  rec.name = o.name;
  EC_ASSIGN(rec.restart, parse_restart(o.restart));
  if (o.rm && rec.restart.kind != RestartKind::No) return make_error("conflicting options: --restart and --rm");
  NetEnv nenv = net_env(e);
  EC_ASSIGN(rec.network, check_network(nenv, o.network.empty() ? default_network(e.cfg) : o.network));
  EC_ASSIGN(NetMode nmode, parse_net_mode(rec.network));
  bool own_net = nmode.kind == NetMode::Kind::Bridge || nmode.kind == NetMode::Kind::Cni;
  if (!own_net && (!o.publish.empty() || o.publish_all))
    return make_error("-p/-P: published ports need a bridge or CNI network, not --network " + rec.network, EINVAL);
  if (!o.ip.empty() && nmode.kind != NetMode::Kind::Bridge) return make_error("--ip needs a bridge network", EINVAL);
  for (auto& p : o.publish) {
    EC_TRYC(net::parse_publish(p), "-p " + p);  // checked now, host ports picked at start
    rec.publish.push_back(p);
  }
  rec.ip = o.ip;
  EC_ASSIGN(RuntimeRef rt, pick_runtime(e.cfg, o.runtime, e.cfg.run_root));
  rec.runtime = rt.name;
  EC_ASSIGN(LogOptions lo, parse_log_opts(o.log_opts));
  rec.log_max_size = lo.max_size;
  rec.log_max_file = lo.max_file;
  if (!o.stop_timeout.empty()) {
    auto n = parse_i64(o.stop_timeout);
    if (!n || *n < -1) return make_error("--stop-timeout " + o.stop_timeout + ": want seconds");
    rec.stop_timeout = static_cast<int>(*n);
  }
  for (auto& v : o.volumes) {
    EC_ASSIGN(MountSpec m, parse_volume_flag(v));
    rec.mounts.push_back(std::move(m));
  }
  for (auto& v : o.mounts) {
    EC_ASSIGN(MountSpec m, parse_mount_flag(v));
    rec.mounts.push_back(std::move(m));
  }
  for (auto& v : o.tmpfs) {
    EC_ASSIGN(MountSpec m, parse_tmpfs_flag(v));
    rec.mounts.push_back(std::move(m));
  }
  for (auto& d : o.devices) EC_TRY(parse_device_flag(d));
  EC_ASSIGN(rec.storage_driver, choose_storage_driver(o.storage_driver));
  if (!o.hostname.empty()) EC_TRY(check_hostname(o.hostname));

  // The image: pulled first with --pull always, when missing unless never.
  if (o.pull != "missing" && o.pull != "always" && o.pull != "never")
    return make_error("--pull " + o.pull + ": want missing, always or never");
  if (o.pull == "always") EC_TRY(pull(o.image));
  auto ir = e.store.resolve(o.image);
  if (!ir && ir.error().code == ENOENT && o.pull == "missing") {
    EC_TRY(pull(o.image));
    ir = e.store.resolve(o.image);
  }
  if (!ir) return std::move(ir).error();
  EC_ASSIGN(img::ImageConfig ic, e.store.image_config(*ir));
  EC_ASSIGN(rec.layers, e.store.image_layers(*ir));
  std::vector<std::string> diffs;
  for (auto& l : rec.layers) diffs.push_back(e.store.layer_diff(l));
  rec.image = o.image;
  rec.image_id = ir->config;

  EC_ASSIGN(rec.args, container_args(o, ic));
  rec.tty = o.tty;
  rec.open_stdin = o.interactive;
  rec.auto_remove = o.rm;
  rec.init = o.init;
  rec.privileged = o.privileged;
  rec.read_only = o.read_only;
  EC_ASSIGN(rec.health, health_config(o, ic));
  for (auto& [k, v] : ic.config.labels) rec.labels[k] = v;
  if (o.publish_all)
    for (auto& p : ic.config.exposed_ports) rec.publish.push_back(p);  // "80/tcp": a random host port
  for (auto& l : o.labels) {
    auto eq = l.find('=');
    rec.labels[l.substr(0, eq)] = eq == std::string::npos ? "" : l.substr(eq + 1);
  }
  std::string sig = !o.stop_signal.empty() ? o.stop_signal : ic.config.stop_signal;
  if (!sig.empty()) {
    EC_ASSIGN(int n, rt::parse_signal(sig));
    const char* name = rt::signal_name(n);
    rec.stop_signal = name ? name : std::to_string(n);
  }
  if (!EDGECTL_HAVE_VOLUMES)
    for (auto& m : rec.mounts)
      if (m.type == "volume")
        return built_without("volumes", "volumes").context("volume " + m.source + " on " + m.target);
  // The image's VOLUMEs not covered by a mount become anonymous volumes.
  for (auto& v : ic.config.volumes) {
    bool covered = false;
    for (auto& m : rec.mounts) covered = covered || path_clean(m.target) == path_clean(v);
    if (covered) continue;
    if (!EDGECTL_HAVE_VOLUMES) {
      logf(LogLevel::Warn, "image volume %s stays in the container's filesystem: this edgectl was built without volumes",
           v.c_str());
      continue;
    }
    rec.mounts.push_back(MountSpec{"volume", "", v, false, {}});
  }
  std::string init_binary;
  if (o.init) {
    if (!binary_is_static())
      return make_error("--init: this edgectl is dynamically linked and cannot run inside a container; use a static (board) build", ENOTSUP);
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return sys_error("find the edgectl binary for --init");
    init_binary.assign(buf, static_cast<size_t>(n));
  }

  EC_ASSIGN(VolumeStore vols, VolumeStore::open(e.store.root()));
  auto fill = [&](const std::string& dir, ContainerRecord& r) -> Status {
    std::string final_dir = e.ctrs.dir(r.id);
    if (r.hostname.empty()) r.hostname = !o.hostname.empty() ? o.hostname : r.network == "host" ? host_name() : r.id.substr(0, 12);
    std::vector<std::string> volume_paths(r.mounts.size());
    std::vector<bool> fresh(r.mounts.size(), false);
    for (size_t i = 0; i < r.mounts.size(); i++) {
      MountSpec& m = r.mounts[i];
      if (m.type != "volume") continue;
      bool anonymous = m.source.empty();
      if (!anonymous) fresh[i] = !vols.get(m.source).ok();
      else fresh[i] = true;
      EC_ASSIGN(VolumeInfo vi, vols.create(m.source, {}, anonymous));
      m.source = vi.name;
      if (anonymous) m.options.push_back("anonymous");
      volume_paths[i] = vols.data_path(vi.name);
    }
    EC_TRY(rootfs_prepare(r.storage_driver, diffs, dir));
    EC_TRY(rootfs_mount(r.storage_driver, diffs, dir));
    // Stays mounted for the start that usually follows (the mount moves with
    // the dir's rename); unmounted only if create fails.
    UnmountGuard guard{dir};
    Fd rootfd(::open((dir + "/rootfs").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!rootfd) return sys_error("open rootfs");
    EC_ASSIGN(ResolvedUser user, resolve_user(rootfd.get(), !o.user.empty() ? o.user : ic.config.user, o.group_add));
    std::string cwd = !o.workdir.empty() ? o.workdir : ic.config.working_dir;
    if (!cwd.empty() && cwd[0] == '/') {
      auto wd = mkdir_in_root(rootfd.get(), cwd, 0755);
      if (!wd) return std::move(wd).error().context("create working directory " + cwd);
    }
    for (size_t i = 0; i < r.mounts.size(); i++) {
      const MountSpec& m = r.mounts[i];
      bool nocopy = std::find(m.options.begin(), m.options.end(), "nocopy") != m.options.end();
      if (m.type == "volume" && fresh[i] && !nocopy) EC_TRY(copy_image_content(rootfd.get(), m.target, volume_paths[i]));
    }
    EC_TRY(write_file(dir + "/hostname", r.hostname + "\n", 0644));
    std::vector<HostEntry> extra;
    for (auto& h : o.add_hosts) {
      EC_ASSIGN(HostEntry he, parse_add_host(h));
      extra.push_back(he);
    }
    std::string hosts;
    if (r.network == "host") {
      auto t = read_file("/etc/hosts");
      hosts = t ? *t : make_hosts({}, {});
      for (auto& h : extra) hosts += h.ip + "\t" + h.name + "\n";
    } else {
      hosts = make_hosts({}, extra);
      // The network's names are added to this as peers come and go.
      if (own_net) EC_TRY(write_file(dir + "/hosts.base", hosts, 0644));
    }
    EC_TRY(write_file(dir + "/hosts", hosts, 0644));
    DnsOptions dns{o.dns, o.dns_search, o.dns_options};
    EC_ASSIGN(std::string resolv, make_resolv_conf("/etc/resolv.conf", dns, r.network != "host"));
    EC_TRY(write_file(dir + "/resolv.conf", resolv, 0644));
    SpecInput in;
    in.opts = &o;
    in.image = &ic;
    in.rec = &r;
    in.user = user;
    in.dir = final_dir;
    in.init_binary = init_binary;
    if (own_net) in.netns_path = netns_file(e.cfg.run_root, r.id);
    in.volume_paths = volume_paths;
    in.kernel_seccomp = rt::kcheck::seccomp_filter_probe() != 0;
    EC_ASSIGN(std::string cfg, build_oci_config(in));
    EC_TRY(write_file(dir + "/config.json", cfg, 0600));
    guard.dir.clear();
    return Status();
  };
  EC_ASSIGN(ContainerRecord out, e.ctrs.create(std::move(rec), fill));
  event(e, out, "create");
  return out;
}

Result<StartResult> start_container(Engine& e, const std::string& id, bool attach) {
  EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
  EC_ASSIGN(ContainerState st, e.ctrs.state(id));
  if (st.status == "running" || st.status == "paused" || st.status == "restarting") return StartResult{st.pid, st.shim_pid};
  EC_TRY(container_runtime(e, rec));  // fail here, not in the shim, for an unknown runtime
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
  Fd rd(p[0]), wr(p[1]);
  std::string fdnum = std::to_string(wr.get());
  std::vector<std::string> argv = {"edgectl-shim", e.cfg.root, e.cfg.run_root, e.config_path, id, fdnum};
  if (attach) argv.push_back("attach");
  std::vector<char*> av;
  for (auto& a : argv) av.push_back(a.data());
  av.push_back(nullptr);
  pid_t child = ::fork();
  if (child < 0) return sys_error("fork");
  if (child == 0) {
    // Its own session, away from our terminal's signals. No second fork: when
    // this command exits (at once for -d) the shim is re-parented to init or
    // the nearest subreaper, and until then it is simply our child.
    ::setsid();
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0), ::dup2(null, 1), ::dup2(null, 2);
    if (null > 2) ::close(null);
    ::fcntl(wr.get(), F_SETFD, 0);
    ::execv("/proc/self/exe", av.data());
    _exit(127);
  }
  wr.reset();
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(rd.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0) text.append(buf, static_cast<size_t>(n));
  std::string line(trim(text));
  if (starts_with(line, "ok ") || starts_with(line, "created ")) {
    auto pid = parse_i64(line.substr(line.find(' ') + 1));
    EC_ASSIGN(ContainerState now, e.ctrs.raw_state(id));
    return StartResult{pid ? static_cast<pid_t>(*pid) : 0, now.shim_pid};
  }
  if (starts_with(line, "err ")) return make_error(line.substr(4), EIO);
  return make_error("the container's monitor exited without a report", EIO);
}

namespace {

// Sleeps a short while for `pid` to exit: on its pidfd, else a poll interval.
void wait_a_little(pid_t pid, int64_t until) {
  int left = static_cast<int>(std::min<int64_t>(until - monotonic_ms(), 100));
  if (left > 0 && !rt::wait_for_exit(pid, left)) sleep_ms(10);
}

// Until the shim is gone (it has cleaned up); false on timeout.
bool wait_shim_gone(Engine& e, const std::string& id, int timeout_ms, FnRef<void()> nudge = {}) {
  int64_t until = monotonic_ms() + timeout_ms;
  int64_t next_nudge = 0;
  while (monotonic_ms() < until) {
    auto s = e.ctrs.raw_state(id);
    if (!s || s->shim_pid == 0 || !shim_alive(*s)) return true;
    if (nudge && monotonic_ms() >= next_nudge) {
      nudge();
      next_nudge = monotonic_ms() + 200;
    }
    wait_a_little(s->shim_pid, nudge ? std::min(until, next_nudge) : until);
  }
  return false;
}

}  // namespace

Status stop_container(Engine& e, const std::string& id, int timeout) {
  EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
  EC_TRY(e.ctrs.update_state(id, [](ContainerState& s) {
    s.stopped_by_user = true;
    return Status();
  }));
  EC_ASSIGN(ContainerState st, e.ctrs.state(id));
  if (!has_shim(st)) return {};
  EC_ASSIGN(RuntimeRef rt, container_runtime(e, rec));
  if (st.shim_pid > 0) ::kill(st.shim_pid, SIGUSR1);  // wakes a shim waiting to restart
  if (st.status == "paused") (void)run_runtime(rt, {"resume", id});
  if (timeout < 0) timeout = rec.stop_timeout;
  if (st.status == "running" || st.status == "paused") {
    (void)run_runtime(rt, {"kill", id, rec.stop_signal});
    int64_t until = monotonic_ms() + static_cast<int64_t>(timeout) * 1000;
    while (monotonic_ms() < until) {
      auto s = e.ctrs.raw_state(id);
      if (!s || s->status != "running" || !shim_alive(*s)) break;
      wait_a_little(s->pid, until);
    }
  }
  auto kill_all = [&] { (void)run_runtime(rt, {"kill", "--all", id, "KILL"}); };
  if (!wait_shim_gone(e, id, 30000, kill_all)) return make_error("container " + rec.name + " did not stop", ETIMEDOUT);
  event(e, rec, "stop");
  return {};
}

Status kill_container(Engine& e, const std::string& id, int sig) {
  EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
  EC_ASSIGN(ContainerState st, e.ctrs.state(id));
  if (st.status != "running" && st.status != "paused")
    return make_error("cannot kill container " + rec.name + ": container is not running", EINVAL);
  EC_TRY(e.ctrs.update_state(id, [](ContainerState& s) {
    s.stopped_by_user = true;
    return Status();
  }));
  EC_ASSIGN(RuntimeRef rt, container_runtime(e, rec));
  EC_TRY(run_runtime(rt, {"kill", id, std::to_string(sig)}));
  const char* n = rt::signal_name(sig);
  event(e, rec, "kill", {{"signal", n ? n : std::to_string(sig)}});
  return {};
}

Status restart_container(Engine& e, const std::string& id, int timeout) {
  EC_TRY(stop_container(e, id, timeout));
  EC_TRY(start_container(e, id));
  return {};
}

Status remove_container(Engine& e, const std::string& id, bool force, bool volumes) {
  EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
  EC_ASSIGN(ContainerState st, e.ctrs.state(id));
  if (has_shim(st) && !force)
    return make_error("cannot remove container " + rec.name + ": container is " + st.status +
                          ": stop the container before removing or force remove",
                      EBUSY);
  EC_TRY(e.ctrs.update_state(id, [](ContainerState& s) {
    s.removing = true;
    return Status();
  }));
  EC_ASSIGN(RuntimeRef rt, container_runtime(e, rec));
  if (has_shim(st)) {
    auto nudge = [&] {
      (void)run_runtime(rt, {"kill", "--all", id, "KILL"});
      if (st.shim_pid > 0) ::kill(st.shim_pid, SIGUSR1);
    };
    if (!wait_shim_gone(e, id, 30000, nudge)) return make_error("container " + rec.name + " did not stop", ETIMEDOUT);
  }
  // Whatever a dead shim left behind.
  (void)run_runtime(rt, {"delete", "--force", id});
  if (path_exists(e.ctrs.dir(id) + "/net.json")) net_down(net_env(e), id);
  EC_TRY(rootfs_unmount(e.ctrs.dir(id)));
  if (rootfs_mounted(e.ctrs.dir(id))) return make_error("container " + rec.name + ": rootfs still mounted", EBUSY);
  EC_TRY(e.ctrs.remove(id));
  if (volumes) {
    if (auto vs = VolumeStore::open(e.store.root()))
      for (auto& m : rec.mounts)
        if (m.type == "volume" && std::find(m.options.begin(), m.options.end(), "anonymous") != m.options.end())
          (void)vs->remove(m.source, true, {});
  }
  event(e, rec, "destroy");
  return {};
}

Result<int> wait_container(Engine& e, const std::string& id) {
  for (;;) {
    auto s = e.ctrs.state(id);
    if (!s) {
      if (s.error().code == ENOENT) return make_error("no such container: " + id, ENOENT);
      return std::move(s).error();
    }
    if (s->status == "exited" || s->status == "created" || s->status == "dead") return s->exit_code;
    if (s->status == "running") wait_a_little(s->pid, monotonic_ms() + 100);
    else sleep_ms(20);  // restarting, paused: nothing to sleep on
  }
}

Status pause_container(Engine& e, const std::string& id, bool pause) {
  EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
  EC_ASSIGN(ContainerState st, e.ctrs.state(id));
  if (pause && st.status != "running") return make_error("container " + rec.name + " is not running", EINVAL);
  if (!pause && st.status != "paused") return make_error("container " + rec.name + " is not paused", EINVAL);
  EC_ASSIGN(RuntimeRef rt, container_runtime(e, rec));
  EC_TRY(run_runtime(rt, {pause ? "pause" : "resume", id}));
  EC_TRY(e.ctrs.update_state(id, [&](ContainerState& s) {
    if (s.status == (pause ? "running" : "paused")) s.status = pause ? "paused" : "running";
    return Status();
  }));
  event(e, rec, pause ? "pause" : "unpause");
  return {};
}

std::vector<std::string> autostart(Engine& e, std::vector<std::string>* errors) {
  std::vector<std::string> started;
  // After a crash or a reboot: leases, veths and rules of dead containers.
  (void)net_reconcile(net_env(e));
  auto ids = e.ctrs.ids();
  if (!ids) {
    if (errors) errors->push_back(ids.error().msg);
    return started;
  }
  for (auto& id : *ids) {
    auto rec = e.ctrs.record(id);
    auto st = e.ctrs.state(id);
    if (!rec || !st) continue;
    if (rec->restart.kind == RestartKind::No || st->stopped_by_user || st->removing) continue;
    if (has_shim(*st)) continue;  // still running (its shim is alive)
    if (!st->host_shutdown && rec->restart.kind == RestartKind::OnFailure &&
        ((st->status == "exited" && st->exit_code == 0) ||
         (rec->restart.max_retries > 0 && st->restart_count >= rec->restart.max_retries)))
      continue;  // a clean exit, or it used up its retries
    if (st->status == "created") continue;  // never started: nothing to bring back
    auto r = start_container(e, id);
    if (r) started.push_back(id);
    else if (errors) errors->push_back(rec->name + ": " + r.error().msg);
  }
  return started;
}

std::vector<std::string> shutdown_all(Engine& e, int timeout, std::vector<std::string>* errors) {
  struct Stopping {
    std::string id;
    ContainerRecord rec;
    RuntimeRef rt;
    int64_t kill_at = 0;
  };
  std::vector<Stopping> todo;
  std::vector<std::string> stopped;
  auto ids = e.ctrs.ids();
  if (!ids) {
    if (errors) errors->push_back(ids.error().msg);
    return stopped;
  }
  // Signal them all first: the timeouts run side by side, not one after another.
  for (auto& id : *ids) {
    auto rec = e.ctrs.record(id);
    auto st = e.ctrs.state(id);
    if (!rec || !st || !has_shim(*st) || !shim_alive(*st)) continue;
    auto rt = container_runtime(e, *rec);
    if (!rt) {
      if (errors) errors->push_back(rec->name + ": " + rt.error().msg);
      continue;
    }
    bool skip = false;
    (void)e.ctrs.update_state(id, [&](ContainerState& s) {
      skip = s.removing || s.stopped_by_user;  // someone else is stopping it
      if (!skip) s.host_shutdown = true;
      return Status();
    });
    if (skip) continue;
    if (st->shim_pid > 0) ::kill(st->shim_pid, SIGUSR1);  // wakes a shim waiting to restart
    if (st->status == "paused") (void)run_runtime(*rt, {"resume", id});
    if (st->status == "running" || st->status == "paused") (void)run_runtime(*rt, {"kill", id, rec->stop_signal});
    int secs = timeout >= 0 ? timeout : rec->stop_timeout;
    todo.push_back({id, std::move(*rec), std::move(*rt), monotonic_ms() + int64_t{secs} * 1000});
  }
  int64_t give_up = 0;
  for (auto& t : todo) give_up = std::max(give_up, t.kill_at + 30000);
  while (!todo.empty()) {
    int64_t now = monotonic_ms();
    for (size_t i = 0; i < todo.size();) {
      auto& t = todo[i];
      auto s = e.ctrs.raw_state(t.id);
      if (!s || !has_shim(*s) || !shim_alive(*s)) {
        event(e, t.rec, "stop");
        stopped.push_back(t.id);
        todo.erase(todo.begin() + static_cast<long>(i));
        continue;
      }
      if (now >= give_up) {
        if (errors) errors->push_back(t.rec.name + ": did not stop");
        todo.erase(todo.begin() + static_cast<long>(i));
        continue;
      }
      if (now >= t.kill_at) {
        (void)run_runtime(t.rt, {"kill", "--all", t.id, "KILL"});
        t.kill_at = now + 200;
      }
      ++i;
    }
    if (!todo.empty()) sleep_ms(10);
  }
  return stopped;
}

Result<int> exec_container(Engine& e, const std::string& id, const ExecRequest& r) {
  EC_ASSIGN(ContainerRecord rec, e.ctrs.record(id));
  EC_ASSIGN(ContainerState st, e.ctrs.state(id));
  if (st.status == "paused") return make_error("container " + rec.name + " is paused, unpause it first", EINVAL);
  if (st.status != "running") return make_error("container " + rec.name + " is not running", EINVAL);
  EC_ASSIGN(RuntimeRef rt, container_runtime(e, rec));
  std::vector<std::string> args = {"exec"};
  if (r.tty) args.push_back("--tty");
  if (r.detach) args.push_back("--detach");
  if (!r.workdir.empty()) args.insert(args.end(), {"--cwd", r.workdir});
  for (auto& v : r.env) {
    if (v.find('=') == std::string::npos) {
      const char* hv = getenv(v.c_str());
      if (hv) args.insert(args.end(), {"--env", v + "=" + hv});
      continue;
    }
    args.insert(args.end(), {"--env", v});
  }
  if (!r.user.empty()) {
    std::string root = e.ctrs.dir(id) + "/rootfs";
    Fd rootfd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!rootfd) return sys_error("open " + root);
    EC_ASSIGN(ResolvedUser u, resolve_user(rootfd.get(), r.user, {}));
    args.insert(args.end(), {"--user", strf("%u:%u", u.uid, u.gid)});
    for (auto g : u.additional_gids) args.insert(args.end(), {"--additional-gids", std::to_string(g)});
    args.insert(args.end(), {"--env", "HOME=" + u.home});
  }
  if (r.privileged)
    for (auto& c : {"CAP_SYS_ADMIN", "CAP_NET_ADMIN", "CAP_SYS_PTRACE", "CAP_SYS_MODULE", "CAP_SYS_TIME"})
      args.insert(args.end(), {"--cap", c});
  args.push_back(id);
  args.insert(args.end(), r.args.begin(), r.args.end());
  RunStdio io{r.interactive || r.tty ? 0 : -1, 1, 2};
  if (r.detach) io = RunStdio{-1, -1, 2};
  return run_runtime_status(rt, args, io);
}

Result<std::vector<ContainerRecord>> all_records(const Engine& e) {
  EC_ASSIGN(auto ids, e.ctrs.ids());
  std::vector<ContainerRecord> out;
  for (auto& id : ids)
    if (auto r = e.ctrs.record(id)) out.push_back(std::move(*r));
  return out;
}

}  // namespace ec::engine
