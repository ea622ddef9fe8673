// update, container prune, info (stats, top and events: monitor_verbs.cpp).
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
#include "rt/engine/logfile.h"
#include "rt/engine/ops.h"
#include "rt/engine/rootfs.h"
#include "rt/engine/run_options.h"

namespace ec::cli {

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
        if (engine::has_processes(st)) {
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

}  // namespace ec::cli
