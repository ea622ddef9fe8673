// Parent side of `create`: validate, prepare cgroups and state, clone the
// container init and walk it through setup in named steps.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"
#include "core/log.h"
#include "core/rfc3339.h"
#include "core/strutil.h"
#include "rt/cgroup.h"
#include "rt/console.h"
#include "rt/create_internal.h"
#include "rt/hooks.h"
#include "rt/state.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

namespace ec::rt {
namespace {

// fork() with namespace flags. With a null stack the raw clone behaves like
// fork on every architecture we target (argument order only differs for the
// pointers, which are all null).
pid_t clone_fork(int flags) {
  return static_cast<pid_t>(::syscall(SYS_clone, flags | SIGCHLD, nullptr, nullptr, nullptr, nullptr));
}

std::string map_text(const std::vector<IdMapping>& maps) {
  std::string out;
  for (auto& m : maps) out += strf("%u %u %u\n", m.container_id, m.host_id, m.size);
  return out;
}

Status write_id_maps(pid_t pid, const Linux& lx) {
  std::string base = "/proc/" + std::to_string(pid);
  EC_TRYC(write_knob(base + "/uid_map", map_text(lx.uid_mappings)), "write uid_map");
  EC_TRYC(write_knob(base + "/gid_map", map_text(lx.gid_mappings)), "write gid_map");
  return {};
}

// Undo a half-made container: kill the init, drop cgroups and state.
struct CreateCleanup {
  bool armed = true;
  pid_t child = 0;      // our direct child (init or intermediate)
  pid_t init = 0;
  std::string dir;
  std::optional<cgroup::Manager> cg;  // a copy: outlives the caller's Manager
  ~CreateCleanup() {
    if (!armed) return;
    if (init > 0) ::kill(init, SIGKILL);
    if (child > 0) {
      ::kill(child, SIGKILL);
      ::waitpid(child, nullptr, 0);
    }
    if (init > 0 && init != child) ::waitpid(init, nullptr, __WALL);
    if (cg) (void)cg->destroy();
    if (!dir.empty()) (void)remove_all(dir);
  }
};

Result<std::string> abs_bundle(const std::string& bundle) {
  char* p = ::realpath(bundle.c_str(), nullptr);
  if (!p) return sys_error("bundle " + bundle);
  std::string out(p);
  free(p);
  return out;
}

}  // namespace

Status create_internal(const Global& g, const CreateOptions& o, int console_fd, pid_t* init_pid) {
  EC_TRY(validate_id(o.id));
  EC_TRYC(mkdir_p(g.root, 0711), "create state root");
  EC_ASSIGN(FileLock lock, lock_container(g.root, o.id));
  std::string dir = container_dir(g.root, o.id);
  if (path_exists(dir + "/state.json")) return make_error("container " + o.id + " already exists", EEXIST);
  (void)remove_all(dir);  // leftovers of a crashed create
  if (::mkdir(dir.c_str(), 0711) < 0) return sys_error("mkdir " + dir);
  CreateCleanup cleanup;
  cleanup.dir = dir;

  EC_ASSIGN(std::string bundle, abs_bundle(o.bundle));
  std::string cfg_text;
  EC_ASSIGN(Spec spec, load_spec(bundle, &cfg_text));
  for (auto& w : spec.warnings) log_msg(LogLevel::Warn, w);
  if (!spec.process) return make_error("config.json: process is required to create a container");
  if (!spec.linux) spec.linux.emplace();
  const Linux& lx = *spec.linux;
  // Keep the config for exec and poststop: the bundle may change or vanish.
  // The bytes saved are the ones validated, not a second read of the file.
  EC_TRYC(write_file(dir + "/config.json", cfg_text, 0600), "save config");

  InitContext ctx;
  ctx.spec = &spec;
  ctx.opts = o;
  ctx.rootfs = spec.root_path;
  if (lx.seccomp) {
    EC_ASSIGN(ctx.seccomp, seccomp_compile_cached(*lx.seccomp, g.root + "/.seccomp-cache"  /* ids start alphanumeric: no clash */));
  }

  // Cgroups first: limits are in place before the init runs any user code.
  EC_ASSIGN(cgroup::Layout layout, cgroup::detect_system());
  EC_ASSIGN(std::string cg_rel, cgroup::resolve_path(lx.cgroups_path, o.id, g.systemd_cgroup));
  EC_ASSIGN(cgroup::Manager cg, cgroup::Manager::create(layout, cg_rel, lx.resources ? &*lx.resources : nullptr));
  cleanup.cg = cg;
  ctx.cgroup_paths = cg.paths();

  std::string fifo = dir + "/exec.fifo";
  if (::mkfifo(fifo.c_str(), 0622) < 0) return sys_error("mkfifo " + fifo);
  ::chmod(fifo.c_str(), 0622);  // umask-proof: any container user may open it for writing
  Fd fifo_fd(::open(fifo.c_str(), O_PATH | O_CLOEXEC));
  if (!fifo_fd) return sys_error("open " + fifo);
  ctx.fifo_fd = fifo_fd.get();

  Fd console;
  if (spec.process->terminal) {
    if (console_fd >= 0) {
      ctx.console_sock = console_fd;
    } else {
      if (o.console_socket.empty())
        return make_error("process.terminal is true but no --console-socket was given", EINVAL);
      EC_ASSIGN(console, connect_console_socket(o.console_socket));
      ctx.console_sock = console.get();
    }
  }

  // Namespaces: joined by path (opened now, before any setns) or new.
  std::vector<Fd> ns_fds;
  int new_flags = 0;
  bool needs_slow = false;
  for (auto& ns : lx.namespaces) {
    if (ns.path.empty()) {
      new_flags |= ns.type;
      if (ns.type == CLONE_NEWTIME) needs_slow = true;
      continue;
    }
    Fd f(::open(ns.path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!f) return sys_error(strf("open %s namespace path %s", ns.name.c_str(), ns.path.c_str()));
    needs_slow = true;
    if (ns.type == CLONE_NEWUSER)
      ctx.join_fds.insert(ctx.join_fds.begin(), {ns.type, f.get()});
    else
      ctx.join_fds.push_back({ns.type, f.get()});
    ns_fds.push_back(std::move(f));
  }
  ctx.new_userns = new_flags & CLONE_NEWUSER;
  ctx.slow_path = needs_slow;
  // The cgroup namespace is unshared by the init after it joined its cgroups.
  int clone_flags = new_flags & ~(CLONE_NEWCGROUP | CLONE_NEWTIME);
  ctx.unshare_flags = new_flags & ~CLONE_NEWCGROUP;

  EC_ASSIGN(auto chans, SyncChannel::make_pair());
  ctx.chan = std::move(chans.second);
  SyncChannel& chan = chans.first;

  pid_t child = clone_fork(ctx.slow_path ? 0 : clone_flags);
  if (child < 0) return sys_error(strf("clone (namespace flags 0x%x)", clone_flags));
  if (child == 0) {
    chan.close();
    init_main(ctx);
  }
  cleanup.child = child;
  ctx.chan.close();

  if (ctx.new_userns) {
    EC_TRY(chan.expect(Msg::UserMapRequest));
    EC_TRY(write_id_maps(child, lx));
    EC_TRY(chan.send(Msg::UserMapDone));
  }
  pid_t init = child;
  if (ctx.slow_path) {
    EC_ASSIGN(Message m, chan.expect(Msg::InitPid));
    auto n = parse_i64(m.payload);
    if (!n || *n <= 0) return make_error("bad init pid from intermediate process", EPROTO);
    init = static_cast<pid_t>(*n);
    int status = 0;
    ::waitpid(child, &status, 0);
    cleanup.child = 0;
  }
  cleanup.init = init;
  EC_TRYC(cg.add_pid(init), "join cgroups");

  State st;
  st.id = o.id;
  st.pid = init;
  st.pid_start = proc_start_time(init);
  st.bundle = bundle;
  st.rootfs = spec.root_path;
  st.created = format_time_ns(now_realtime_ns());
  st.oci_version = spec.oci_version;
  st.annotations = spec.annotations;
  st.cgroup_paths = cg.paths();
  st.cgroup_unified_only = layout.mode == cgroup::Mode::Unified;
  st.systemd_cgroup = g.systemd_cgroup;
  st.new_pid_ns = new_flags & CLONE_NEWPID || spec.find_namespace(CLONE_NEWPID);
  st.has_poststart = !spec.hooks.poststart.empty();
  st.has_poststop = !spec.hooks.poststop.empty();
  std::string creating = state_json(st, RunState::Creating, false);
  EC_TRY(chan.send(Msg::Go, creating));

  EC_TRY(chan.expect(Msg::RuntimeHooks));
  EC_TRY(run_hooks(spec.hooks.prestart, creating, "prestart"));
  EC_TRY(run_hooks(spec.hooks.create_runtime, creating, "createRuntime"));
  EC_TRY(chan.send(Msg::RuntimeHooksDone));
  EC_TRY(chan.expect(Msg::Created));

  EC_TRY(save_state(g.root, st));
  if (!o.pid_file.empty()) EC_TRYC(write_file_atomic(o.pid_file, std::to_string(init), 0644, Sync::Volatile), "write pid file");
  cleanup.armed = false;
  if (init_pid) *init_pid = init;
  return {};
}

Status create_container(const Global& g, const CreateOptions& o, pid_t* init_pid) {
  return create_internal(g, o, -1, init_pid);
}

}  // namespace ec::rt
