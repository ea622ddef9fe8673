// stats, top and events (-Dmonitor; the stub is monitor_verbs_stub.cpp).
#include <unistd.h>

#include <map>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/json.h"
#include "core/strutil.h"
#include "rt/cgroup_stats.h"
#include "rt/engine/events.h"
#include "rt/engine/logfile.h"
#include "rt/engine/ops.h"

namespace ec::cli {

namespace {


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
      if (st && (engine::has_processes(*st) || a->flag("all"))) ids.push_back(id);
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
      if (engine::has_processes(*st)) now[id] = sample(id, st->pid);
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
  if (!engine::has_processes(*st)) return fail(make_error("container " + rec->name + " is not running"));
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

int v_events(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"since", 0, true}, {"until", 0, true}, {"filter", 'f', true}, {"format", 0, true}}, false);
  if (!a) return fail(a.error());
  engine::EventFilter f;
  int64_t now = engine::now_realtime_ns();
  if (auto r = parse_time_window(*a, now, &f.since_ns, &f.until_ns); !r) return fail(r.error());
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
