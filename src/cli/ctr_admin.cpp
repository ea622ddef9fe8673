// stats, top, update, container prune, info, events.
#include <signal.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <map>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/build_features.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "edgectl_config.h"
#include "rt/caps.h"
#include "rt/cgroup.h"
#include "rt/cgroup_stats.h"
#include "rt/engine/events.h"
#include "rt/engine/logfile.h"
#include "rt/engine/ops.h"
#include "rt/engine/rootfs.h"
#include "rt/engine/run_options.h"

namespace ec::cli {

namespace {

bool running(const engine::ContainerState& s) { return s.status == "running" || s.status == "paused"; }

struct Sample {
  rt::CgroupStats cg;
  uint64_t sys = 0, rx = 0, tx = 0;
};

Sample sample(const std::string& id, pid_t pid) {
  Sample s;
  if (auto c = rt::read_cgroup_stats("/edgectl/" + id)) s.cg = *c;
  s.sys = rt::system_cpu_ns();
  if (auto n = rt::read_net_dev(pid)) s.rx = n->first, s.tx = n->second;
  return s;
}

std::string pct(double v) { return strf("%.2f%%", v); }

}  // namespace

int v_stats(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"no-stream", 0, false}, {"all", 'a', false}, {"format", 0, true}, {"no-trunc", 0, false}}, false);
  if (!a) return fail(a.error());
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  std::vector<std::string> ids;
  if (a->positional.empty()) {
    auto all = e->ctrs.ids();
    if (!all) return fail(all.error());
    for (auto& id : *all) {
      auto st = e->ctrs.state(id);
      if (st && (running(*st) || a->flag("all"))) ids.push_back(id);
    }
  } else {
    for (auto& n : a->positional) {
      auto id = e->ctrs.resolve(n);
      if (!id) return fail(id.error());
      ids.push_back(*id);
    }
  }
  bool json = a->get_or("format", "") == "json";
  unsigned ncpu = rt::online_cpus();
  uint64_t host_mem = rt::host_memory_total();
  std::map<std::string, Sample> prev;
  for (;;) {
    std::map<std::string, Sample> now;
    std::map<std::string, engine::ContainerState> states;
    std::map<std::string, engine::ContainerRecord> recs;
    for (auto& id : ids) {
      auto st = e->ctrs.state(id);
      auto rec = e->ctrs.record(id);
      if (!st || !rec) continue;
      states[id] = *st;
      recs[id] = *rec;
      if (running(*st)) now[id] = sample(id, st->pid);
    }
    if (prev.empty()) {
      // CPU % needs two samples (docker compares with the previous read).
      prev = now;
      usleep(500000);
      continue;
    }
    std::vector<std::vector<std::string>> t = {{"CONTAINER ID", "NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O", "BLOCK I/O", "PIDS"}};
    JsonPtr arr(cJSON_CreateArray());
    for (auto& id : ids) {
      if (!recs.count(id)) continue;
      const auto& rec = recs[id];
      Sample s = now.count(id) ? now[id] : Sample{};
      Sample p = prev.count(id) ? prev[id] : s;
      double cpu = rt::cpu_percent(p.cg.cpu_usage_ns, s.cg.cpu_usage_ns, p.sys, s.sys, ncpu);
      // docker's "usage": minus the inactive page cache.
      uint64_t used = s.cg.mem_usage > s.cg.mem_inactive_file ? s.cg.mem_usage - s.cg.mem_inactive_file : s.cg.mem_usage;
      uint64_t limit = s.cg.mem_limit ? s.cg.mem_limit : host_mem;
      double mem_pct = limit ? 100.0 * static_cast<double>(used) / static_cast<double>(limit) : 0;
      if (json) {
        cJSON* o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "ID", id.c_str());
        cJSON_AddStringToObject(o, "Name", rec.name.c_str());
        cJSON_AddNumberToObject(o, "CPUPerc", cpu);
        cJSON_AddNumberToObject(o, "MemUsage", static_cast<double>(used));
        cJSON_AddNumberToObject(o, "MemLimit", static_cast<double>(limit));
        cJSON_AddNumberToObject(o, "MemPerc", mem_pct);
        cJSON_AddNumberToObject(o, "NetRx", static_cast<double>(s.rx));
        cJSON_AddNumberToObject(o, "NetTx", static_cast<double>(s.tx));
        cJSON_AddNumberToObject(o, "BlockRead", static_cast<double>(s.cg.blk_read));
        cJSON_AddNumberToObject(o, "BlockWrite", static_cast<double>(s.cg.blk_write));
        cJSON_AddNumberToObject(o, "PIDs", static_cast<double>(s.cg.pids_current));
        cJSON_AddItemToArray(arr.get(), o);
      } else {
        t.push_back({id.substr(0, 12), rec.name, pct(cpu), human_size(used) + " / " + human_size(limit), pct(mem_pct),
                     human_size(s.rx) + " / " + human_size(s.tx), human_size(s.cg.blk_read) + " / " + human_size(s.cg.blk_write),
                     std::to_string(s.cg.pids_current)});
      }
    }
    if (json) out(json_print(arr.get(), true) + "\n");
    else out((a->flag("no-stream") ? "" : "\x1b[2J\x1b[H") + format_table(t));
    if (a->flag("no-stream")) return 0;
    prev = now;
    sleep(1);
  }
}

int v_top(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, true);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("top: want CONTAINER"));
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto id = e->ctrs.resolve(a->positional[0]);
  if (!id) return fail(id.error());
  auto rec = e->ctrs.record(*id);
  auto st = e->ctrs.state(*id);
  if (!rec || !st) return fail(!rec ? rec.error() : st.error());
  if (!running(*st)) return fail(make_error("container " + rec->name + " is not running"));
  auto rt = engine::container_runtime(*e, *rec);
  if (!rt) return fail(rt.error());
  auto text = engine::runtime_output(*rt, {"ps", "--format", "json", *id});
  if (!text) return fail(text.error());
  auto j = json_parse(*text, "ps output");
  if (!j) return fail(j.error());
  std::vector<pid_t> pids;
  for (const cJSON* p = (*j)->child; p; p = p->next)
    if (cJSON_IsNumber(p)) pids.push_back(static_cast<pid_t>(p->valuedouble));
  auto rows = rt::top_rows(pids);
  if (!rows) return fail(rows.error());
  std::vector<std::vector<std::string>> t = {{"UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"}};
  for (auto& r : *rows)
    t.push_back({r.uid, std::to_string(r.pid), std::to_string(r.ppid), std::to_string(r.c), r.stime, r.tty, r.time, r.cmd});
  out(format_table(t));
  return 0;
}

int v_update(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start,
                       {{"memory", 'm', true}, {"memory-swap", 0, true}, {"cpus", 0, true}, {"cpu-shares", 'c', true},
                        {"cpuset-cpus", 0, true}, {"pids-limit", 0, true}, {"restart", 0, true}},
                       false);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("update: at least one container is required"));
  // The resources document for the runtime's `update --resources`.
  JsonPtr res(cJSON_CreateObject());
  if (a->has("memory") || a->has("memory-swap")) {
    cJSON* m = cJSON_AddObjectToObject(res.get(), "memory");
    if (auto v = a->get("memory")) {
      auto n = parse_byte_size(*v);
      if (!n) return fail(n.error().context("--memory"));
      cJSON_AddNumberToObject(m, "limit", static_cast<double>(*n));
    }
    if (auto v = a->get("memory-swap")) {
      double sw = -1;
      if (*v != "-1") {
        auto n = parse_byte_size(*v);
        if (!n) return fail(n.error().context("--memory-swap"));
        sw = static_cast<double>(*n);
      }
      cJSON_AddNumberToObject(m, "swap", sw);
    }
  }
  if (a->has("cpus") || a->has("cpu-shares") || a->has("cpuset-cpus")) {
    cJSON* c = cJSON_AddObjectToObject(res.get(), "cpu");
    if (auto v = a->get("cpus")) {
      auto qp = engine::parse_cpus(*v);
      if (!qp) return fail(qp.error());
      cJSON_AddNumberToObject(c, "quota", static_cast<double>(qp->first));
      cJSON_AddNumberToObject(c, "period", static_cast<double>(qp->second));
    }
    if (auto v = a->get("cpu-shares")) {
      auto n = parse_u64(*v);
      if (!n) return fail(make_error("--cpu-shares " + *v + ": want a number"));
      cJSON_AddNumberToObject(c, "shares", static_cast<double>(*n));
    }
    if (auto v = a->get("cpuset-cpus")) cJSON_AddStringToObject(c, "cpus", v->c_str());
  }
  if (auto v = a->get("pids-limit")) {
    auto n = parse_i64(*v);
    if (!n) return fail(make_error("--pids-limit " + *v + ": want a number"));
    cJSON* p = cJSON_AddObjectToObject(res.get(), "pids");
    cJSON_AddNumberToObject(p, "limit", static_cast<double>(*n));
  }
  std::optional<engine::RestartPolicy> policy;
  if (auto v = a->get("restart")) {
    auto p = engine::parse_restart(*v);
    if (!p) return fail(p.error());
    policy = *p;
  }
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  int rc = 0;
  for (auto& name : a->positional) {
    auto r = [&]() -> Status {
      EC_ASSIGN(std::string id, e->ctrs.resolve(name));
      EC_ASSIGN(engine::ContainerRecord rec, e->ctrs.record(id));
      EC_ASSIGN(engine::ContainerState st, e->ctrs.state(id));
      if (policy) {
        if (rec.auto_remove && policy->kind != engine::RestartKind::No)
          return make_error("cannot update the restart policy of an --rm container");
        rec.restart = *policy;
        EC_TRY(e->ctrs.save_record(rec));
      }
      if (res->child) {
        // Kept in config.json for the next start, applied now if it runs.
        std::string cfg_path = e->ctrs.dir(id) + "/config.json";
        EC_ASSIGN(std::string text, read_file(cfg_path));
        EC_ASSIGN(JsonPtr cfg, json_parse(text, cfg_path));
        cJSON* lx = cJSON_GetObjectItemCaseSensitive(cfg.get(), "linux");
        cJSON* cur = lx ? cJSON_GetObjectItemCaseSensitive(lx, "resources") : nullptr;
        if (!cur) return make_error(cfg_path + ": no linux.resources");
        for (cJSON* sec = res->child; sec; sec = sec->next) {
          cJSON* have = cJSON_GetObjectItemCaseSensitive(cur, sec->string);
          if (!have) {
            cJSON_AddItemToObject(cur, sec->string, cJSON_Duplicate(sec, 1));
            continue;
          }
          for (cJSON* f = sec->child; f; f = f->next) {
            cJSON_DeleteItemFromObjectCaseSensitive(have, f->string);
            cJSON_AddItemToObject(have, f->string, cJSON_Duplicate(f, 1));
          }
        }
        EC_TRY(write_file_atomic(cfg_path, json_print(cfg.get()), 0600));
        if (running(st)) {
          std::string rfile = e->ctrs.run_dir(id) + "/resources.json";
          EC_TRY(write_file(rfile, json_print(res.get()), 0600));
          EC_ASSIGN(engine::RuntimeRef rt, engine::container_runtime(*e, rec));
          EC_TRY(engine::run_runtime(rt, {"update", "--resources", rfile, id}));
        }
      }
      return {};
    }();
    if (!r) {
      fail(r.error());
      rc = 1;
    } else {
      out(name + "\n");
    }
  }
  return rc;
}

int v_container_prune(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"force", 'f', false}, {"filter", 0, true}}, false);
  if (!a) return fail(a.error());
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto ids = e->ctrs.ids();
  if (!ids) return fail(ids.error());
  std::string s = "Deleted Containers:\n";
  int rc = 0;
  for (auto& id : *ids) {
    auto st = e->ctrs.state(id);
    if (!st || engine::has_shim(*st)) continue;
    if (auto r = engine::remove_container(*e, id, false, false); !r) {
      fail(r.error());
      rc = 1;
    } else {
      s += id + "\n";
    }
  }
  out(s);
  return rc;
}

int v_info(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"format", 'f', true}}, false);
  if (!a) return fail(a.error());
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  size_t total = 0, run = 0, paused = 0, stopped = 0;
  if (auto ids = e->ctrs.ids())
    for (auto& id : *ids) {
      auto st = e->ctrs.state(id);
      if (!st) continue;
      total++;
      if (st->status == "paused") paused++;
      else if (engine::has_shim(*st)) run++;
      else stopped++;
    }
  size_t images = 0;
  if (auto l = e->store.list_images()) images = l->size();
  struct utsname u;
  ::uname(&u);
  auto layout = rt::cgroup::detect_system();
  const char* mode = !layout ? "unknown" : layout->hierarchies.empty() ? "none usable by this build" : layout->mode == rt::cgroup::Mode::Unified ? "v2" : layout->mode == rt::cgroup::Mode::Hybrid ? "hybrid (v1 + v2)" : "v1";
  auto driver = engine::choose_storage_driver("");
  std::string runtimes = "builtin";
  for (auto& [n, r] : g.cfg.runtimes) runtimes += " " + n;
  bool userns = path_exists("/proc/self/ns/user");
  bool openat2 = true;  // probed by open_in_root at first use; report the kernel version instead
  (void)openat2;
  auto fs = read_file("/proc/filesystems");
  bool overlay = fs && fs->find("\toverlay\n") != std::string::npos;
  if (a->get_or("format", "") == "json") {
    JsonPtr o(cJSON_CreateObject());
    cJSON_AddNumberToObject(o.get(), "Containers", static_cast<double>(total));
    cJSON_AddNumberToObject(o.get(), "ContainersRunning", static_cast<double>(run));
    cJSON_AddNumberToObject(o.get(), "ContainersPaused", static_cast<double>(paused));
    cJSON_AddNumberToObject(o.get(), "ContainersStopped", static_cast<double>(stopped));
    cJSON_AddNumberToObject(o.get(), "Images", static_cast<double>(images));
    cJSON_AddStringToObject(o.get(), "Driver", driver ? driver->c_str() : "vfs");
    cJSON_AddStringToObject(o.get(), "CgroupVersion", mode);
    cJSON_AddStringToObject(o.get(), "DefaultRuntime", g.cfg.default_runtime.c_str());
    cJSON_AddStringToObject(o.get(), "Runtimes", runtimes.c_str());
    cJSON_AddStringToObject(o.get(), "KernelVersion", u.release);
    cJSON_AddStringToObject(o.get(), "Architecture", u.machine);
    cJSON_AddStringToObject(o.get(), "RootDir", g.cfg.root.c_str());
    cJSON_AddStringToObject(o.get(), "ServerVersion", EDGECTL_VERSION);
    cJSON_AddBoolToObject(o.get(), "Seccomp", EDGECTL_HAVE_SECCOMP);
    cJSON* feats = cJSON_AddArrayToObject(o.get(), "Features");
    for (auto& f : build_features())
      if (f.built) cJSON_AddItemToArray(feats, cJSON_CreateString(f.name));
    cJSON_AddBoolToObject(o.get(), "Overlay", overlay);
    cJSON_AddBoolToObject(o.get(), "UserNamespaces", userns);
    out(json_print(o.get(), true) + "\n");
    return 0;
  }
  std::string s;
  s += strf("Containers: %zu\n Running: %zu\n Paused: %zu\n Stopped: %zu\n", total, run, paused, stopped);
  s += strf("Images: %zu\n", images);
  s += "Server Version: " + std::string(EDGECTL_VERSION) + " (daemonless)\n";
  s += "Features: " + build_features_line() + "\n";
  s += "Storage Driver: " + (driver ? *driver : std::string("vfs")) + (overlay ? "" : " (no overlay in this kernel)") + "\n";
  s += "Logging Driver: json-file\n";
  s += std::string("Cgroup Version: ") + mode + "\n";
  s += "Runtimes: " + runtimes + "\n";
  s += "Default Runtime: " + g.cfg.default_runtime + "\n";
  s += std::string("Security Options:\n seccomp: ") + (EDGECTL_HAVE_SECCOMP ? "built in (default profile)" : "built without seccomp") + "\n";
  s += std::string(" user namespaces: ") + (userns ? "yes" : "no") + "\n";
  s += "Kernel Version: " + std::string(u.release) + "\n";
  s += "Architecture: " + std::string(u.machine) + "\n";
  s += strf("CPUs: %u\nTotal Memory: %s\n", rt::online_cpus(), human_size(rt::host_memory_total()).c_str());
  s += "Root Dir: " + g.cfg.root + "\nRun Dir: " + g.cfg.run_root + "\n";
  out(s);
  return 0;
}

int v_events(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"since", 0, true}, {"until", 0, true}, {"filter", 'f', true}, {"format", 0, true}}, false);
  if (!a) return fail(a.error());
  engine::EventFilter f;
  int64_t now = engine::now_realtime_ns();
  if (auto s = a->get("since")) {
    auto v = engine::parse_time_arg(*s, now);
    if (!v) return fail(v.error().context("--since"));
    f.since_ns = *v;
  }
  if (auto s = a->get("until")) {
    auto v = engine::parse_time_arg(*s, now);
    if (!v) return fail(v.error().context("--until"));
    f.until_ns = *v;
  }
  for (auto& kv : a->all("filter")) {
    auto eq = kv.find('=');
    if (eq == std::string::npos) return fail(make_error("--filter " + kv + ": want KEY=VALUE"));
    f.filters.push_back({kv.substr(0, eq), kv.substr(eq + 1)});
  }
  bool json = a->get_or("format", "") == "json";
  // docker: without --until, or with one in the future, events follows.
  bool follow = !a->has("until") || f.until_ns > now;
  auto r = engine::read_events(
      g.cfg.root, f, follow,
      [&](const engine::Event& ev) { out((json ? engine::event_to_json(ev) : engine::format_event(ev)) + "\n"); },
      [] { return false; });
  if (!r) return fail(r.error());
  return 0;
}

}  // namespace ec::cli
