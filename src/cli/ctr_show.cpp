// Container views: ps, inspect, logs.
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/go_template.h"
#include "cli/oci.h"
#include "cli/go_template.h"
#include "cli/output.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/store.h"
#include "net/ports.h"
#include "rt/engine/logfile.h"
#include "rt/engine/ops.h"

namespace ec::cli {

namespace {

// docker's PORTS column: "0.0.0.0:8080->80/tcp, ...".
std::string ports_text(const std::string& dir) {
  auto st = engine::load_net_state(dir);
  if (!st) return "";
  std::vector<std::string> v;
  for (auto& p : st->ports) v.push_back(net::to_string(p));
  return join(v, ", ");
}

// inspect's NetworkSettings from what the shim set up (empty when down).
cJSON* network_settings(const std::string& dir) {
  cJSON* ns = cJSON_CreateObject();
  auto st = engine::load_net_state(dir);
  cJSON_AddStringToObject(ns, "SandboxKey", st ? st->netns.c_str() : "");
  cJSON* ports = cJSON_AddObjectToObject(ns, "Ports");
  cJSON* nets = cJSON_AddObjectToObject(ns, "Networks");
  if (!st) return ns;
  for (auto& p : st->ports) {
    std::string key = std::to_string(p.container_port) + "/" + p.proto;
    cJSON* arr = cJSON_GetObjectItemCaseSensitive(ports, key.c_str());
    if (!arr) arr = cJSON_AddArrayToObject(ports, key.c_str());
    cJSON* b = cJSON_CreateObject();
    cJSON_AddStringToObject(b, "HostIp", p.host_ip.empty() ? "0.0.0.0" : p.host_ip.c_str());
    cJSON_AddStringToObject(b, "HostPort", std::to_string(p.host_port).c_str());
    cJSON_AddItemToArray(arr, b);
  }
  for (size_t i = 0; i < st->endpoints.size(); i++) {
    const engine::Endpoint& ep = st->endpoints[i];
    std::string ip = ep.address.substr(0, ep.address.find('/'));
    std::string plen = ep.address.find('/') == std::string::npos ? "" : ep.address.substr(ep.address.find('/') + 1);
    if (i == 0) {
      cJSON_AddStringToObject(ns, "IPAddress", ip.c_str());
      cJSON_AddNumberToObject(ns, "IPPrefixLen", plen.empty() ? 0 : atoi(plen.c_str()));
      cJSON_AddStringToObject(ns, "Gateway", ep.gateway.c_str());
    }
    cJSON* n = cJSON_AddObjectToObject(nets, ep.network.c_str());
    cJSON_AddStringToObject(n, "IPAddress", ip.c_str());
    cJSON_AddNumberToObject(n, "IPPrefixLen", plen.empty() ? 0 : atoi(plen.c_str()));
    cJSON_AddStringToObject(n, "Gateway", ep.gateway.c_str());
    cJSON_AddStringToObject(n, "InterfaceName", ep.ifname.c_str());
    cJSON_AddStringToObject(n, "HostInterface", ep.veth.c_str());
  }
  return ns;
}

std::string status_text(const engine::ContainerState& s, int64_t now) {
  auto ago = [&](const std::string& t) {
    int64_t v = unix_seconds(t);
    return v < 0 ? std::string() : human_age(now - v);
  };
  if (s.status == "running" || s.status == "paused") {
    int64_t v = unix_seconds(s.started_at);
    std::string up = v < 0 ? "Up" : "Up " + human_age(now - v);
    if (ends_with(up, " ago")) up.resize(up.size() - 4);
    if (s.status == "paused") up += " (Paused)";
    if (!s.health.status.empty()) up += " (" + (s.health.status == "starting" ? std::string("health: starting") : s.health.status) + ")";
    return up;
  }
  if (s.status == "restarting") return strf("Restarting (%d) %s", s.exit_code, ago(s.finished_at).c_str());
  if (s.status == "exited") return strf("Exited (%d) %s", s.exit_code, ago(s.finished_at).c_str());
  if (s.status == "starting") return "Created";
  return s.status == "created" ? "Created" : s.status;
}

std::string quote_cmd(const std::vector<std::string>& args) {
  std::string s = "\"" + join(args, " ");
  if (s.size() > 21) s = s.substr(0, 20) + "…";
  return s + "\"";
}

struct Row {
  engine::ContainerRecord rec;
  engine::ContainerState st;
};

bool matches(const Row& r, const std::vector<std::string>& filters) {
  std::map<std::string, std::vector<std::string>> by;
  for (auto& f : filters) {
    auto eq = f.find('=');
    by[f.substr(0, eq)].push_back(eq == std::string::npos ? "" : f.substr(eq + 1));
  }
  for (auto& [k, vals] : by) {
    bool any = false;
    for (auto& v : vals) {
      if (k == "name") any = any || r.rec.name.find(v) != std::string::npos;
      else if (k == "id") any = any || starts_with(r.rec.id, v);
      else if (k == "status") any = any || r.st.status == v;
      else if (k == "ancestor") any = any || r.rec.image == v || r.rec.image_id == v || starts_with(r.rec.image_id, "sha256:" + v);
      else if (k == "label") {
        auto eq = v.find('=');
        auto it = r.rec.labels.find(v.substr(0, eq));
        any = any || (it != r.rec.labels.end() && (eq == std::string::npos || it->second == v.substr(eq + 1)));
      } else if (k == "exited") any = any || (r.st.status == "exited" && std::to_string(r.st.exit_code) == v);
      else if (k == "health") any = any || r.st.health.status == v;
    }
    if (!any) return false;
  }
  return true;
}

uint64_t dir_size(const std::string& path) {
  uint64_t total = 0;
  auto names = list_dir(path);
  if (!names) return 0;
  for (auto& n : *names) {
    std::string p = path + "/" + n;
    struct stat st;
    if (::lstat(p.c_str(), &st) < 0) continue;
    if (S_ISDIR(st.st_mode)) total += dir_size(p);
    else total += static_cast<uint64_t>(st.st_blocks) * 512;
  }
  return total;
}

}  // namespace

int v_ps(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start,
                       {{"all", 'a', false}, {"quiet", 'q', false}, {"filter", 'f', true}, {"format", 0, true},
                        {"no-trunc", 0, false}, {"size", 's', false}, {"latest", 'l', false}, {"last", 'n', true}},
                       false);
  if (!a) return fail(a.error());
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto ids = e->ctrs.ids();
  if (!ids) return fail(ids.error());
  std::vector<Row> rows;
  for (auto& id : *ids) {
    auto rec = e->ctrs.record(id);
    auto st = e->ctrs.state(id);
    if (!rec || !st) continue;
    Row r{std::move(*rec), std::move(*st)};
    bool running = r.st.status == "running" || r.st.status == "paused" || r.st.status == "restarting";
    if (!a->flag("all") && !running && !a->has("filter")) continue;
    if (!matches(r, a->all("filter"))) continue;
    rows.push_back(std::move(r));
  }
  ec::sort(rows, [](const Row& x, const Row& y) { return x.rec.created > y.rec.created; });
  if (auto n = a->get("last")) {
    auto k = parse_i64(*n);
    if (k && *k >= 0 && static_cast<size_t>(*k) < rows.size()) rows.resize(static_cast<size_t>(*k));
  }
  if (a->flag("latest") && rows.size() > 1) rows.resize(1);
  bool trunc = !a->flag("no-trunc");
  if (a->flag("quiet")) {
    std::string s;
    for (auto& r : rows) s += (trunc ? r.rec.id.substr(0, 12) : r.rec.id) + "\n";
    out(s);
    return 0;
  }
  int64_t now = ::time(nullptr);
  if (a->get_or("format", "") == "json") {
    JsonPtr arr(cJSON_CreateArray());
    for (auto& r : rows) {
      cJSON* o = cJSON_CreateObject();
      cJSON_AddStringToObject(o, "ID", r.rec.id.c_str());
      cJSON_AddStringToObject(o, "Names", r.rec.name.c_str());
      cJSON_AddStringToObject(o, "Image", r.rec.image.c_str());
      cJSON_AddStringToObject(o, "ImageID", r.rec.image_id.c_str());
      cJSON_AddStringToObject(o, "Command", join(r.rec.args, " ").c_str());
      cJSON_AddStringToObject(o, "CreatedAt", r.rec.created.c_str());
      cJSON_AddStringToObject(o, "State", r.st.status.c_str());
      cJSON_AddStringToObject(o, "Status", status_text(r.st, now).c_str());
      cJSON_AddNumberToObject(o, "ExitCode", r.st.exit_code);
      cJSON_AddNumberToObject(o, "Pid", r.st.pid);
      cJSON_AddNumberToObject(o, "RestartCount", r.st.restart_count);
      cJSON_AddStringToObject(o, "Health", r.st.health.status.c_str());
      if (a->flag("size")) cJSON_AddNumberToObject(o, "SizeRw", static_cast<double>(dir_size(e->ctrs.dir(r.rec.id) + "/upper")));
      cJSON* labels = cJSON_AddObjectToObject(o, "Labels");
      for (auto& [k, v] : r.rec.labels) cJSON_AddStringToObject(labels, k.c_str(), v.c_str());
      cJSON_AddItemToArray(arr.get(), o);
    }
    out(json_print(arr.get(), true) + "\n");
    return 0;
  }
  std::vector<std::vector<std::string>> t = {{"CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"}};
  if (a->flag("size")) t[0].push_back("SIZE");
  for (auto& r : rows) {
    int64_t created = unix_seconds(r.rec.created);
    std::vector<std::string> row = {trunc ? r.rec.id.substr(0, 12) : r.rec.id, r.rec.image,
                                    trunc ? quote_cmd(r.rec.args) : "\"" + join(r.rec.args, " ") + "\"",
                                    created < 0 ? "" : human_age(now - created), status_text(r.st, now), ports_text(e->ctrs.dir(r.rec.id)), r.rec.name};
    if (a->flag("size")) row.push_back(human_size(dir_size(e->ctrs.dir(r.rec.id) + "/upper")));
    t.push_back(std::move(row));
  }
  out(format_table(t));
  return 0;
}

int v_inspect(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"format", 'f', true}, {"type", 0, true}, {"size", 's', false}}, false);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("inspect: at least one container is required"));
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  JsonPtr arr(cJSON_CreateArray());
  int rc = 0;
  for (auto& name : a->positional) {
    auto id = e->ctrs.resolve(name);
    if (!id) {
      fail(id.error());
      rc = 1;
      continue;
    }
    auto rec = e->ctrs.record(*id);
    auto st = e->ctrs.state(*id);
    if (!rec || !st) {
      fail(!rec ? rec.error() : st.error());
      rc = 1;
      continue;
    }
    auto cfg_text = read_file(e->ctrs.dir(*id) + "/config.json");
    JsonPtr spec;
    if (cfg_text)
      if (auto p = json_parse(*cfg_text, "config.json")) spec = std::move(*p);
    cJSON* o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "Id", rec->id.c_str());
    cJSON_AddStringToObject(o, "Created", rec->created.c_str());
    cJSON_AddStringToObject(o, "Path", rec->args.empty() ? "" : rec->args[0].c_str());
    cJSON* args = cJSON_AddArrayToObject(o, "Args");
    for (size_t i = 1; i < rec->args.size(); i++) cJSON_AddItemToArray(args, cJSON_CreateString(rec->args[i].c_str()));
    cJSON* s = cJSON_AddObjectToObject(o, "State");
    cJSON_AddStringToObject(s, "Status", st->status == "starting" ? "created" : st->status.c_str());
    cJSON_AddBoolToObject(s, "Running", st->status == "running" || st->status == "paused");
    cJSON_AddBoolToObject(s, "Paused", st->status == "paused");
    cJSON_AddBoolToObject(s, "Restarting", st->status == "restarting");
    cJSON_AddBoolToObject(s, "OOMKilled", st->oom_killed);
    cJSON_AddBoolToObject(s, "Dead", st->status == "dead");
    cJSON_AddNumberToObject(s, "Pid", st->pid);
    cJSON_AddNumberToObject(s, "ExitCode", st->exit_code);
    cJSON_AddStringToObject(s, "Error", st->error.c_str());
    cJSON_AddStringToObject(s, "StartedAt", st->started_at.c_str());
    cJSON_AddStringToObject(s, "FinishedAt", st->finished_at.c_str());
    if (!st->health.status.empty()) {
      cJSON* h = cJSON_AddObjectToObject(s, "Health");
      cJSON_AddStringToObject(h, "Status", st->health.status.c_str());
      cJSON_AddNumberToObject(h, "FailingStreak", st->health.failing_streak);
      cJSON* log = cJSON_AddArrayToObject(h, "Log");
      for (auto& r : st->health.log) {
        cJSON* le = cJSON_CreateObject();
        cJSON_AddStringToObject(le, "Start", r.start.c_str());
        cJSON_AddStringToObject(le, "End", r.end.c_str());
        cJSON_AddNumberToObject(le, "ExitCode", r.exit_code);
        cJSON_AddStringToObject(le, "Output", r.output.c_str());
        cJSON_AddItemToArray(log, le);
      }
    }
    cJSON_AddStringToObject(o, "Image", rec->image_id.c_str());
    cJSON_AddStringToObject(o, "Name", ("/" + rec->name).c_str());
    cJSON_AddNumberToObject(o, "RestartCount", st->restart_count);
    cJSON_AddStringToObject(o, "Driver", rec->storage_driver.c_str());
    cJSON_AddStringToObject(o, "LogPath", (e->ctrs.dir(*id) + "/" + *id + "-json.log").c_str());
    cJSON_AddStringToObject(o, "ResolvConfPath", (e->ctrs.dir(*id) + "/resolv.conf").c_str());
    cJSON_AddStringToObject(o, "HostnamePath", (e->ctrs.dir(*id) + "/hostname").c_str());
    cJSON_AddStringToObject(o, "HostsPath", (e->ctrs.dir(*id) + "/hosts").c_str());
    cJSON* hc = cJSON_AddObjectToObject(o, "HostConfig");
    cJSON* rp = cJSON_AddObjectToObject(hc, "RestartPolicy");
    std::string pol = engine::restart_name(rec->restart);
    cJSON_AddStringToObject(rp, "Name", pol.substr(0, pol.find(':')).c_str());
    cJSON_AddNumberToObject(rp, "MaximumRetryCount", rec->restart.max_retries);
    cJSON_AddBoolToObject(hc, "AutoRemove", rec->auto_remove);
    cJSON_AddBoolToObject(hc, "Privileged", rec->privileged);
    cJSON_AddBoolToObject(hc, "ReadonlyRootfs", rec->read_only);
    cJSON_AddBoolToObject(hc, "Init", rec->init);
    cJSON_AddStringToObject(hc, "NetworkMode", rec->network.c_str());
    cJSON_AddStringToObject(hc, "Runtime", rec->runtime.c_str());
    cJSON* lc = cJSON_AddObjectToObject(hc, "LogConfig");
    cJSON_AddStringToObject(lc, "Type", "json-file");
    cJSON* lco = cJSON_AddObjectToObject(lc, "Config");
    if (rec->log_max_size) cJSON_AddStringToObject(lco, "max-size", std::to_string(rec->log_max_size).c_str());
    if (rec->log_max_file > 1) cJSON_AddStringToObject(lco, "max-file", std::to_string(rec->log_max_file).c_str());
    cJSON_AddItemToObject(o, "NetworkSettings", network_settings(e->ctrs.dir(*id)));
    cJSON* mounts = cJSON_AddArrayToObject(o, "Mounts");
    for (auto& m : rec->mounts) {
      cJSON* me = cJSON_CreateObject();
      cJSON_AddStringToObject(me, "Type", m.type.c_str());
      if (m.type == "volume") cJSON_AddStringToObject(me, "Name", m.source.c_str());
      cJSON_AddStringToObject(me, "Source", m.type == "volume" ? (g.cfg.root + "/volumes/" + m.source + "/_data").c_str() : m.source.c_str());
      cJSON_AddStringToObject(me, "Destination", m.target.c_str());
      cJSON_AddBoolToObject(me, "RW", !m.readonly);
      cJSON_AddItemToArray(mounts, me);
    }
    cJSON* c = cJSON_AddObjectToObject(o, "Config");
    cJSON_AddStringToObject(c, "Hostname", rec->hostname.c_str());
    cJSON_AddBoolToObject(c, "Tty", rec->tty);
    cJSON_AddBoolToObject(c, "OpenStdin", rec->open_stdin);
    const cJSON* proc = spec ? cJSON_GetObjectItemCaseSensitive(spec.get(), "process") : nullptr;
    if (const cJSON* env = proc ? cJSON_GetObjectItemCaseSensitive(proc, "env") : nullptr)
      cJSON_AddItemToObject(c, "Env", cJSON_Duplicate(env, 1));
    cJSON* cmd = cJSON_AddArrayToObject(c, "Cmd");
    for (auto& x : rec->args) cJSON_AddItemToArray(cmd, cJSON_CreateString(x.c_str()));
    cJSON_AddStringToObject(c, "Image", rec->image.c_str());
    if (const cJSON* cwd = proc ? cJSON_GetObjectItemCaseSensitive(proc, "cwd") : nullptr)
      cJSON_AddStringToObject(c, "WorkingDir", cJSON_IsString(cwd) ? cwd->valuestring : "");
    cJSON* labels = cJSON_AddObjectToObject(c, "Labels");
    for (auto& [k, v] : rec->labels) cJSON_AddStringToObject(labels, k.c_str(), v.c_str());
    cJSON_AddStringToObject(c, "StopSignal", rec->stop_signal.c_str());
    cJSON_AddNumberToObject(c, "StopTimeout", rec->stop_timeout);
    if (rec->health) {
      cJSON* h = cJSON_AddObjectToObject(c, "Healthcheck");
      cJSON* test = cJSON_AddArrayToObject(h, "Test");
      for (auto& x : rec->health->test) cJSON_AddItemToArray(test, cJSON_CreateString(x.c_str()));
      cJSON_AddNumberToObject(h, "Interval", static_cast<double>(rec->health->interval_ns));
      cJSON_AddNumberToObject(h, "Timeout", static_cast<double>(rec->health->timeout_ns));
      cJSON_AddNumberToObject(h, "StartPeriod", static_cast<double>(rec->health->start_period_ns));
      cJSON_AddNumberToObject(h, "Retries", rec->health->retries);
    }
    cJSON_AddItemToArray(arr.get(), o);
  }
  // -f '{{.State.Status}}' prints one line per container, as docker does.
  std::string fmt = a->get_or("format", "");
  if (fmt.empty() || fmt == "json") {
    out(json_print(arr.get(), true) + "\n");
    return rc;
  }
  for (const cJSON* o = arr->child; o; o = o->next) {
    auto line = render_go_template(o, fmt);
    if (!line) return fail(std::move(line).error().context("inspect --format"));
    out(*line + "\n");
  }
  return rc;
}

Status parse_time_window(const Args& a, int64_t now_ns, int64_t* since_ns, int64_t* until_ns) {
  struct {
    const char* flag;
    int64_t* out;
  } const bounds[] = {{"since", since_ns}, {"until", until_ns}};
  for (auto& b : bounds) {
    auto s = a.get(b.flag);
    if (!s) continue;
    auto v = engine::parse_time_arg(*s, now_ns);
    if (!v) return std::move(v).error().context(std::string("--") + b.flag);
    *b.out = *v;
  }
  return {};
}

int v_logs(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start,
                       {{"follow", 'f', false}, {"tail", 'n', true}, {"since", 0, true}, {"until", 0, true},
                        {"timestamps", 't', false}, {"details", 0, false}},
                       false);
  if (!a) return fail(a.error());
  if (a->positional.size() != 1) return fail(make_error("logs: want one CONTAINER"));
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto id = e->ctrs.resolve(a->positional[0]);
  if (!id) return fail(id.error());
  engine::LogReadOptions o;
  o.follow = a->flag("follow");
  o.timestamps = a->flag("timestamps");
  int64_t now = engine::now_realtime_ns();
  if (auto t = a->get("tail"); t && *t != "all") {
    auto n = parse_i64(*t);
    if (!n || *n < 0) return fail(make_error("--tail " + *t + ": want a number or all"));
    o.tail = *n;
  }
  if (auto r = parse_time_window(*a, now, &o.since_ns, &o.until_ns); !r) return fail(r.error());
  std::string path = e->ctrs.dir(*id) + "/" + *id + "-json.log";
  std::string cid = *id;
  auto r = engine::read_logs(
      path, o,
      [](bool is_stderr, std::string_view text) { (void)write_all(is_stderr ? 2 : 1, text); },
      [&]() {
        auto s = e->ctrs.state(cid);
        return !s || !(s->status == "running" || s->status == "paused" || s->status == "restarting" || s->status == "starting");
      });
  if (!r) return fail(r.error());
  return 0;
}

}  // namespace ec::cli
