// Container verbs: run, create, start, stop, restart, kill, rm, wait, pause,
// unpause, rename, exec, attach, autostart. Thin: flags in, engine ops, output.
#include <unistd.h>

#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/attach_client.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/strutil.h"
#include "rt/engine/ops.h"
#include "rt/signals.h"

namespace ec::cli {

namespace {

const std::vector<Flag> kRunFlags = {
    {"detach", 'd', false},       {"interactive", 'i', false},   {"tty", 't', false},
    {"rm", 0, false},             {"name", 0, true},             {"env", 'e', true},
    {"env-file", 0, true},        {"workdir", 'w', true},        {"user", 'u', true},
    {"entrypoint", 0, true},      {"volume", 'v', true},         {"mount", 0, true},
    {"tmpfs", 0, true},           {"read-only", 0, false},       {"device", 0, true},
    {"privileged", 0, false},     {"cap-add", 0, true},          {"cap-drop", 0, true},
    {"security-opt", 0, true},    {"memory", 'm', true},         {"memory-swap", 0, true},
    {"cpus", 0, true},            {"cpu-shares", 'c', true},     {"cpuset-cpus", 0, true},
    {"pids-limit", 0, true},      {"ulimit", 0, true},           {"sysctl", 0, true},
    {"hostname", 'h', true},      {"group-add", 0, true},        {"restart", 0, true},
    {"init", 0, false},           {"log-opt", 0, true},          {"label", 'l', true},
    {"stop-signal", 0, true},     {"stop-timeout", 0, true},     {"health-cmd", 0, true},
    {"health-interval", 0, true}, {"health-timeout", 0, true},   {"health-retries", 0, true},
    {"health-start-period", 0, true}, {"no-healthcheck", 0, false}, {"runtime", 0, true},
    {"pull", 0, true},            {"network", 0, true},          {"net", 0, true},
    {"dns", 0, true},             {"dns-search", 0, true},       {"dns-option", 0, true},
    {"add-host", 0, true},        {"storage-driver", 0, true},   {"publish", 'p', true},
    {"publish-all", 'P', false},  {"detach-keys", 0, true},      {"quiet", 'q', false},
    {"sig-proxy", 0, false},      {"ip", 0, true},
};

Result<engine::RunOptions> run_options(const Args& a) {
  engine::RunOptions o;
  if (a.positional.empty()) return make_error("an image is required: edgectl run [OPTIONS] IMAGE [COMMAND] [ARG...]");
  o.image = a.positional[0];
  o.cmd.assign(a.positional.begin() + 1, a.positional.end());
  o.name = a.get_or("name", "");
  if (auto ep = a.get("entrypoint")) o.entrypoint = *ep;
  o.env = a.all("env");
  o.env_files = a.all("env-file");
  o.labels = a.all("label");
  o.workdir = a.get_or("workdir", "");
  o.user = a.get_or("user", "");
  o.hostname = a.get_or("hostname", "");
  o.group_add = a.all("group-add");
  o.tty = a.flag("tty");
  o.interactive = a.flag("interactive");
  o.detach = a.flag("detach");
  o.rm = a.flag("rm");
  o.read_only = a.flag("read-only");
  o.privileged = a.flag("privileged");
  o.init = a.flag("init");
  o.no_healthcheck = a.flag("no-healthcheck");
  o.volumes = a.all("volume");
  o.mounts = a.all("mount");
  o.tmpfs = a.all("tmpfs");
  o.devices = a.all("device");
  o.cap_add = a.all("cap-add");
  o.cap_drop = a.all("cap-drop");
  o.security_opt = a.all("security-opt");
  o.ulimits = a.all("ulimit");
  o.sysctls = a.all("sysctl");
  o.log_opts = a.all("log-opt");
  o.dns = a.all("dns");
  o.dns_search = a.all("dns-search");
  o.dns_options = a.all("dns-option");
  o.add_hosts = a.all("add-host");
  o.memory = a.get_or("memory", "");
  o.memory_swap = a.get_or("memory-swap", "");
  o.cpus = a.get_or("cpus", "");
  o.cpu_shares = a.get_or("cpu-shares", "");
  o.cpuset_cpus = a.get_or("cpuset-cpus", "");
  o.pids_limit = a.get_or("pids-limit", "");
  o.restart = a.get_or("restart", "no");
  o.stop_signal = a.get_or("stop-signal", "");
  o.stop_timeout = a.get_or("stop-timeout", "");
  o.health_cmd = a.get_or("health-cmd", "");
  o.health_interval = a.get_or("health-interval", "");
  o.health_timeout = a.get_or("health-timeout", "");
  o.health_retries = a.get_or("health-retries", "");
  o.health_start_period = a.get_or("health-start-period", "");
  o.runtime = a.get_or("runtime", "");
  o.pull = a.get_or("pull", "missing");
  o.network = a.get_or("network", a.get_or("net", ""));
  o.storage_driver = a.get_or("storage-driver", "");
  o.publish = a.all("publish");
  o.publish_all = a.flag("publish-all");
  o.ip = a.get_or("ip", "");
  return o;
}

Result<engine::Engine> engine_of(const EngineGlobal& g) { return engine::open_engine(g.cfg, g.config_path); }

int exit_of(const Error& e) {
  fail(e);
  return 125;  // docker's "the engine failed" code for run/create
}

// docker's codes for a container that could not start: 127 when the
// command does not exist, 126 when it can't be executed, else 125.
int start_failure(const Error& e) {
  fail(e);
  std::string m = e.msg;
  for (auto& c : m) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (m.find("permission denied") != std::string::npos) return 126;
  if (m.find("not found") != std::string::npos || m.find("no such file") != std::string::npos) return 127;
  return 125;
}

// Foreground: attach first, then start; relay until exit. Returns the exit code.
int attach_and_run(engine::Engine& e, const engine::ContainerRecord& rec, const Args& a) {
  auto st = engine::start_container(e, rec.id, true);
  if (!st) return start_failure(st.error());
  AttachOptions ao;
  ao.tty = rec.tty;
  ao.send_stdin = rec.open_stdin;
  ao.close_stdin = true;
  ao.send_go = true;
  ao.proxy_signals = !a.has("sig-proxy") || a.flag("sig-proxy");
  ao.detach_keys = a.get_or("detach-keys", ao.detach_keys);
  if (rec.auto_remove) ao.linger_ms = 15000;
  auto r = attach_socket(e.ctrs.run_dir(rec.id) + "/attach.sock", ao);
  if (!r) return exit_of(r.error());
  if (r->detached) return 0;
  if (!r->error.empty()) return start_failure(make_error(r->error));
  int code = r->exited ? r->exit_code : 0;
  if (!r->exited) {
    auto w = engine::wait_container(e, rec.id);
    code = w ? *w : 125;
  }
  if (rec.auto_remove) {
    // The shim removes an --rm container after the exit; return once it's gone.
    // Normally it already is (the attach connection closed when the shim exited);
    // this covers a shim that was killed or dropped a slow client.
    for (int i = 0; i < 3000; i++) {
      auto s = e.ctrs.raw_state(rec.id);
      if (!s) break;
      usleep(5000);
    }
  }
  return code;
}

}  // namespace

int v_run(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, kRunFlags);
  if (!a) return exit_of(a.error());
  auto o = run_options(*a);
  if (!o) return exit_of(o.error());
  auto e = engine_of(g);
  if (!e) return exit_of(e.error());
  auto rec = engine::create_container(*e, *o, [&](const std::string& ref) { return pull_for_run(g, ref, a->flag("quiet")); });
  if (!rec) return exit_of(rec.error());
  if (o->detach) {
    auto st = engine::start_container(*e, rec->id);
    if (!st) return exit_of(st.error());
    out(rec->id + "\n");
    return 0;
  }
  return attach_and_run(*e, *rec, *a);
}

int v_create(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, kRunFlags);
  if (!a) return exit_of(a.error());
  auto o = run_options(*a);
  if (!o) return exit_of(o.error());
  auto e = engine_of(g);
  if (!e) return exit_of(e.error());
  auto rec = engine::create_container(*e, *o, [&](const std::string& ref) { return pull_for_run(g, ref, a->flag("quiet")); });
  if (!rec) return exit_of(rec.error());
  out(rec->id + "\n");
  return 0;
}

namespace {

// Apply fn to each container named on the command line, printing the name
// as given on success (docker's style); the exit code is 1 if any failed.
template <class F>
int each_container(const EngineGlobal& g, const Args& a, const char* verb, F&& fn) {
  if (a.positional.empty()) return fail(make_error(std::string(verb) + ": at least one container is required"));
  auto e = engine_of(g);
  if (!e) return fail(e.error());
  int rc = 0;
  for (auto& name : a.positional) {
    auto id = e->ctrs.resolve(name);
    Status s = id ? fn(*e, *id) : Status(std::move(id).error());
    if (!s) {
      fail(s.error());
      rc = 1;
    } else {
      out(name + "\n");
    }
  }
  return rc;
}

}  // namespace

int v_start(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"attach", 'a', false}, {"interactive", 'i', false}, {"detach-keys", 0, true}}, false);
  if (!a) return fail(a.error());
  if (a->flag("attach") && a->positional.size() == 1) {
    auto e = engine_of(g);
    if (!e) return fail(e.error());
    auto id = e->ctrs.resolve(a->positional[0]);
    if (!id) return fail(id.error());
    auto rec = e->ctrs.record(*id);
    if (!rec) return fail(rec.error());
    return attach_and_run(*e, *rec, *a);
  }
  return each_container(g, *a, "start", [](engine::Engine& e, const std::string& id) -> Status {
    auto r = engine::start_container(e, id);
    if (!r) return std::move(r).error();
    return {};
  });
}

namespace {

// -t/--time SECONDS of stop and restart (-1: the container's own timeout).
Result<int> stop_time(const Args& a) {
  auto v = a.get("time") ? a.get("time") : a.get("timeout");
  if (!v) return -1;
  auto n = parse_i64(*v);
  if (!n || *n < 0 || *n > 86400) return make_error("--time " + *v + ": want seconds");
  return static_cast<int>(*n);
}

}  // namespace

namespace {

// stop and restart share their flags.
template <class F>
int timed_verb(const EngineGlobal& g, int argc, char** argv, int start, const char* verb, F&& op) {
  auto a = Args::parse(argc, argv, start, {{"time", 't', true}, {"timeout", 0, true}}, false);
  if (!a) return fail(a.error());
  auto t = stop_time(*a);
  if (!t) return fail(t.error());
  int s = *t;
  return each_container(g, *a, verb, [&](engine::Engine& e, const std::string& id) { return op(e, id, s); });
}

}  // namespace

int v_stop(const EngineGlobal& g, int argc, char** argv, int start) {
  return timed_verb(g, argc, argv, start, "stop", engine::stop_container);
}

int v_restart(const EngineGlobal& g, int argc, char** argv, int start) {
  return timed_verb(g, argc, argv, start, "restart", engine::restart_container);
}

int v_kill(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"signal", 's', true}}, false);
  if (!a) return fail(a.error());
  auto sig = rt::parse_signal(a->get_or("signal", "KILL"));
  if (!sig) return fail(sig.error());
  int s = *sig;
  return each_container(g, *a, "kill", [s](engine::Engine& e, const std::string& id) { return engine::kill_container(e, id, s); });
}

int v_rm(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"force", 'f', false}, {"volumes", 'v', false}}, false);
  if (!a) return fail(a.error());
  bool f = a->flag("force"), v = a->flag("volumes");
  return each_container(g, *a, "rm", [f, v](engine::Engine& e, const std::string& id) { return engine::remove_container(e, id, f, v); });
}

int v_pause(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, false);
  if (!a) return fail(a.error());
  return each_container(g, *a, "pause", [](engine::Engine& e, const std::string& id) { return engine::pause_container(e, id, true); });
}

int v_unpause(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, false);
  if (!a) return fail(a.error());
  return each_container(g, *a, "unpause", [](engine::Engine& e, const std::string& id) { return engine::pause_container(e, id, false); });
}

int v_wait(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, false);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("wait: at least one container is required"));
  auto e = engine_of(g);
  if (!e) return fail(e.error());
  int rc = 0;
  for (auto& name : a->positional) {
    auto id = e->ctrs.resolve(name);
    auto code = id ? engine::wait_container(*e, *id) : Result<int>(std::move(id).error());
    if (!code) {
      fail(code.error());
      rc = 1;
    } else {
      out(std::to_string(*code) + "\n");
    }
  }
  return rc;
}

int v_rename(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, false);
  if (!a) return fail(a.error());
  if (a->positional.size() != 2) return fail(make_error("rename: want CONTAINER NEW_NAME"));
  auto e = engine_of(g);
  if (!e) return fail(e.error());
  auto id = e->ctrs.resolve(a->positional[0]);
  if (!id) return fail(id.error());
  if (auto r = e->ctrs.rename(*id, a->positional[1]); !r) return fail(r.error());
  return 0;
}

int v_exec(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start,
                       {{"interactive", 'i', false}, {"tty", 't', false}, {"detach", 'd', false}, {"env", 'e', true},
                        {"user", 'u', true}, {"workdir", 'w', true}, {"privileged", 0, false}, {"env-file", 0, true},
                        {"detach-keys", 0, true}});
  if (!a) return exit_of(a.error());
  if (a->positional.size() < 2) return exit_of(make_error("exec: want CONTAINER COMMAND [ARG...]"));
  auto e = engine_of(g);
  if (!e) return exit_of(e.error());
  auto id = e->ctrs.resolve(a->positional[0]);
  if (!id) return exit_of(id.error());
  engine::ExecRequest r;
  r.args.assign(a->positional.begin() + 1, a->positional.end());
  r.env = a->all("env");
  for (auto& f : a->all("env-file")) {
    auto lines = engine::read_env_file(f);
    if (!lines) return exit_of(lines.error());
    r.env.insert(r.env.begin(), lines->begin(), lines->end());
  }
  r.user = a->get_or("user", "");
  r.workdir = a->get_or("workdir", "");
  r.tty = a->flag("tty");
  r.interactive = a->flag("interactive");
  r.detach = a->flag("detach");
  r.privileged = a->flag("privileged");
  auto code = engine::exec_container(*e, *id, r);
  if (!code) return exit_of(code.error());
  return *code;
}

int v_attach(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"no-stdin", 0, false}, {"sig-proxy", 0, false}, {"detach-keys", 0, true}});
  if (!a) return fail(a.error());
  if (a->positional.size() != 1) return fail(make_error("attach: want one CONTAINER"));
  auto e = engine_of(g);
  if (!e) return fail(e.error());
  auto id = e->ctrs.resolve(a->positional[0]);
  if (!id) return fail(id.error());
  auto rec = e->ctrs.record(*id);
  if (!rec) return fail(rec.error());
  auto st = e->ctrs.state(*id);
  if (!st) return fail(st.error());
  if (st->status != "running" && st->status != "paused") return fail(make_error("you cannot attach to a stopped container, start it first"));
  AttachOptions ao;
  ao.tty = rec->tty;
  ao.send_stdin = rec->open_stdin && !a->flag("no-stdin");
  ao.close_stdin = false;
  ao.proxy_signals = a->has("sig-proxy") ? a->flag("sig-proxy") : !rec->tty;
  ao.detach_keys = a->get_or("detach-keys", ao.detach_keys);
  auto r = attach_socket(e->ctrs.run_dir(*id) + "/attach.sock", ao);
  if (!r) return fail(r.error());
  return r->exited ? r->exit_code : 0;
}

int v_autostart(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, false);
  if (!a) return fail(a.error());
  auto e = engine_of(g);
  if (!e) return fail(e.error());
  std::vector<std::string> errors;
  auto started = engine::autostart(*e, &errors);
  for (auto& id : started) out(id + "\n");
  for (auto& m : errors) fail(make_error("autostart: " + m));
  return errors.empty() ? 0 : 1;
}

int v_shutdown(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"time", 't', true}, {"timeout", 0, true}}, false);
  if (!a) return fail(a.error());
  auto t = stop_time(*a);
  if (!t) return fail(t.error());
  auto e = engine_of(g);
  if (!e) return fail(e.error());
  std::vector<std::string> errors;
  auto stopped = engine::shutdown_all(*e, *t, &errors);
  for (auto& id : stopped) out(id + "\n");
  for (auto& m : errors) fail(make_error("shutdown: " + m));
  return errors.empty() ? 0 : 1;
}

}  // namespace ec::cli
