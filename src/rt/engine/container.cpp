#include "rt/engine/container.h"

#include <cjson/cJSON.h>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "rt/state.h"

namespace ec::engine {

namespace jf = img::jf;

Result<RestartPolicy> parse_restart(std::string_view s) {
  RestartPolicy p;
  if (s == "no" || s.empty()) return p;
  if (s == "always") p.kind = RestartKind::Always;
  else if (s == "unless-stopped") p.kind = RestartKind::UnlessStopped;
  else if (s == "on-failure") p.kind = RestartKind::OnFailure;
  else if (starts_with(s, "on-failure:")) {
    auto n = parse_i64(s.substr(11));
    if (!n || *n < 0 || *n > 1000000) return make_error("--restart " + std::string(s) + ": bad retry count");
    p.kind = RestartKind::OnFailure;
    p.max_retries = static_cast<int>(*n);
  } else {
    return make_error("--restart " + std::string(s) + ": want no, always, on-failure[:N] or unless-stopped");
  }
  return p;
}

std::string restart_name(const RestartPolicy& p) {
  switch (p.kind) {
    case RestartKind::No: return "no";
    case RestartKind::Always: return "always";
    case RestartKind::UnlessStopped: return "unless-stopped";
    case RestartKind::OnFailure: return p.max_retries ? strf("on-failure:%d", p.max_retries) : "on-failure";
  }
  return "no";
}

namespace {

void add_bool(cJSON* o, const char* k, bool v) { cJSON_AddItemToObject(o, k, cJSON_CreateBool(v)); }

Result<bool> get_bool(const cJSON* o, const char* k, std::string_view where) {
  const cJSON* v = jf::member(o, k);
  if (!v || cJSON_IsNull(v)) return false;
  if (!cJSON_IsBool(v)) return make_error(jf::field(where, k) + ": want true or false");
  return cJSON_IsTrue(v) != 0;
}

Result<int64_t> get_int(const cJSON* o, const char* k, std::string_view where) {
  const cJSON* v = jf::member(o, k);
  if (!v || cJSON_IsNull(v)) return int64_t{0};
  if (!cJSON_IsNumber(v)) return make_error(jf::field(where, k) + ": want a number");
  return static_cast<int64_t>(v->valuedouble);
}

jf::Pairs to_pairs(const std::map<std::string, std::string>& m) { return {m.begin(), m.end()}; }

}  // namespace

std::string record_to_json(const ContainerRecord& r) {
  JsonPtr j(cJSON_CreateObject());
  cJSON* o = j.get();
  jf::add_str(o, "id", r.id);
  jf::add_str(o, "name", r.name);
  jf::add_str(o, "image", r.image);
  jf::add_str(o, "image_id", r.image_id);
  jf::add_str(o, "created", r.created);
  jf::add_str_array(o, "layers", r.layers);
  jf::add_str(o, "storage_driver", r.storage_driver);
  jf::add_str(o, "runtime", r.runtime);
  jf::add_str_array(o, "args", r.args);
  jf::add_str(o, "hostname", r.hostname);
  add_bool(o, "tty", r.tty);
  add_bool(o, "open_stdin", r.open_stdin);
  add_bool(o, "auto_remove", r.auto_remove);
  add_bool(o, "init", r.init);
  add_bool(o, "privileged", r.privileged);
  add_bool(o, "read_only", r.read_only);
  jf::add_str(o, "restart", restart_name(r.restart));
  jf::add_int(o, "log_max_size", static_cast<int64_t>(r.log_max_size));
  jf::add_int(o, "log_max_file", r.log_max_file);
  if (r.health) {
    cJSON* h = cJSON_AddObjectToObject(o, "health");
    jf::add_str_array(h, "test", r.health->test);
    jf::add_int(h, "interval_ns", r.health->interval_ns);
    jf::add_int(h, "timeout_ns", r.health->timeout_ns);
    jf::add_int(h, "start_period_ns", r.health->start_period_ns);
    jf::add_int(h, "retries", r.health->retries);
  }
  jf::add_str_map(o, "labels", to_pairs(r.labels));
  jf::add_str(o, "stop_signal", r.stop_signal);
  jf::add_int(o, "stop_timeout", r.stop_timeout);
  jf::add_str(o, "network", r.network);
  jf::add_str_array(o, "extra_networks", r.extra_networks);
  jf::add_str_array(o, "publish", r.publish);
  jf::add_str(o, "ip", r.ip);
  jf::add_str_array(o, "aliases", r.aliases);
  cJSON* ms = cJSON_AddArrayToObject(o, "mounts");
  for (auto& m : r.mounts) {
    cJSON* e = cJSON_CreateObject();
    jf::add_str(e, "type", m.type);
    jf::add_str(e, "source", m.source);
    jf::add_str(e, "target", m.target);
    add_bool(e, "readonly", m.readonly);
    jf::add_str_array(e, "options", m.options);
    cJSON_AddItemToArray(ms, e);
  }
  return json_print(o, true);
}

Result<ContainerRecord> record_from_json(std::string_view text) {
  EC_ASSIGN(JsonPtr j, json_parse(text, "container.json"));
  const cJSON* o = j.get();
  const char* w = "container.json";
  ContainerRecord r;
  EC_ASSIGN(r.id, jf::str(o, "id", w, true));
  EC_ASSIGN(r.name, jf::str(o, "name", w));
  EC_ASSIGN(r.image, jf::str(o, "image", w));
  EC_ASSIGN(r.image_id, jf::str(o, "image_id", w));
  EC_ASSIGN(r.created, jf::str(o, "created", w));
  EC_ASSIGN(r.layers, jf::str_array(o, "layers", w));
  EC_ASSIGN(r.storage_driver, jf::str(o, "storage_driver", w));
  EC_ASSIGN(r.runtime, jf::str(o, "runtime", w));
  EC_ASSIGN(r.args, jf::str_array(o, "args", w));
  EC_ASSIGN(r.hostname, jf::str(o, "hostname", w));
  EC_ASSIGN(r.tty, get_bool(o, "tty", w));
  EC_ASSIGN(r.open_stdin, get_bool(o, "open_stdin", w));
  EC_ASSIGN(r.auto_remove, get_bool(o, "auto_remove", w));
  EC_ASSIGN(r.init, get_bool(o, "init", w));
  EC_ASSIGN(r.privileged, get_bool(o, "privileged", w));
  EC_ASSIGN(r.read_only, get_bool(o, "read_only", w));
  EC_ASSIGN(std::string restart, jf::str(o, "restart", w));
  EC_ASSIGN(r.restart, parse_restart(restart));
  EC_ASSIGN(int64_t lms, get_int(o, "log_max_size", w));
  EC_ASSIGN(int64_t lmf, get_int(o, "log_max_file", w));
  r.log_max_size = static_cast<uint64_t>(lms);
  r.log_max_file = lmf > 0 ? static_cast<unsigned>(lmf) : 1;
  EC_ASSIGN(const cJSON* h, jf::object(o, "health", w));
  if (h) {
    HealthConfig hc;
    std::string hw = "container.json: health";
    EC_ASSIGN(hc.test, jf::str_array(h, "test", hw));
    EC_ASSIGN(hc.interval_ns, get_int(h, "interval_ns", hw));
    EC_ASSIGN(hc.timeout_ns, get_int(h, "timeout_ns", hw));
    EC_ASSIGN(hc.start_period_ns, get_int(h, "start_period_ns", hw));
    EC_ASSIGN(int64_t retries, get_int(h, "retries", hw));
    hc.retries = static_cast<int>(retries);
    r.health = hc;
  }
  EC_ASSIGN(jf::Pairs labels, jf::str_map(o, "labels", w));
  r.labels = {labels.begin(), labels.end()};
  EC_ASSIGN(r.stop_signal, jf::str(o, "stop_signal", w));
  EC_ASSIGN(int64_t st, get_int(o, "stop_timeout", w));
  r.stop_timeout = static_cast<int>(st);
  EC_ASSIGN(r.network, jf::str(o, "network", w));
  EC_ASSIGN(r.extra_networks, jf::str_array(o, "extra_networks", w));
  EC_ASSIGN(r.publish, jf::str_array(o, "publish", w));
  EC_ASSIGN(r.ip, jf::str(o, "ip", w));
  EC_ASSIGN(r.aliases, jf::str_array(o, "aliases", w));
  const cJSON* ms = jf::member(o, "mounts");
  int i = 0;
  for (const cJSON* e = ms ? ms->child : nullptr; e; e = e->next, i++) {
    std::string mw = strf("container.json: mounts[%d]", i);
    MountSpec m;
    EC_ASSIGN(m.type, jf::str(e, "type", mw));
    EC_ASSIGN(m.source, jf::str(e, "source", mw));
    EC_ASSIGN(m.target, jf::str(e, "target", mw));
    EC_ASSIGN(m.readonly, get_bool(e, "readonly", mw));
    EC_ASSIGN(m.options, jf::str_array(e, "options", mw));
    r.mounts.push_back(std::move(m));
  }
  return r;
}

std::string state_to_json(const ContainerState& s) {
  JsonPtr j(cJSON_CreateObject());
  cJSON* o = j.get();
  jf::add_str(o, "status", s.status);
  jf::add_int(o, "pid", s.pid);
  jf::add_int(o, "shim_pid", s.shim_pid);
  jf::add_int(o, "shim_start", static_cast<int64_t>(s.shim_start));
  jf::add_str(o, "boot_id", s.boot_id);
  jf::add_int(o, "exit_code", s.exit_code);
  add_bool(o, "oom_killed", s.oom_killed);
  jf::add_str(o, "error", s.error);
  jf::add_str(o, "started_at", s.started_at);
  jf::add_str(o, "finished_at", s.finished_at);
  jf::add_int(o, "restart_count", s.restart_count);
  add_bool(o, "stopped_by_user", s.stopped_by_user);
  if (s.host_shutdown) add_bool(o, "host_shutdown", true);
  add_bool(o, "removing", s.removing);
  cJSON* h = cJSON_AddObjectToObject(o, "health");
  jf::add_str(h, "status", s.health.status);
  jf::add_int(h, "failing_streak", s.health.failing_streak);
  cJSON* log = cJSON_AddArrayToObject(h, "log");
  for (auto& r : s.health.log) {
    cJSON* e = cJSON_CreateObject();
    jf::add_str(e, "start", r.start);
    jf::add_str(e, "end", r.end);
    jf::add_int(e, "exit_code", r.exit_code);
    jf::add_str(e, "output", r.output);
    cJSON_AddItemToArray(log, e);
  }
  return json_print(o, true);
}

Result<ContainerState> state_from_json(std::string_view text) {
  EC_ASSIGN(JsonPtr j, json_parse(text, "state.json"));
  const cJSON* o = j.get();
  const char* w = "state.json";
  ContainerState s;
  EC_ASSIGN(s.status, jf::str(o, "status", w, true));
  EC_ASSIGN(int64_t pid, get_int(o, "pid", w));
  EC_ASSIGN(int64_t shim, get_int(o, "shim_pid", w));
  EC_ASSIGN(int64_t shim_start, get_int(o, "shim_start", w));
  s.pid = static_cast<pid_t>(pid);
  s.shim_pid = static_cast<pid_t>(shim);
  s.shim_start = static_cast<unsigned long long>(shim_start);
  EC_ASSIGN(s.boot_id, jf::str(o, "boot_id", w));
  EC_ASSIGN(int64_t code, get_int(o, "exit_code", w));
  s.exit_code = static_cast<int>(code);
  EC_ASSIGN(s.oom_killed, get_bool(o, "oom_killed", w));
  EC_ASSIGN(s.error, jf::str(o, "error", w));
  EC_ASSIGN(s.started_at, jf::str(o, "started_at", w));
  EC_ASSIGN(s.finished_at, jf::str(o, "finished_at", w));
  EC_ASSIGN(int64_t rc, get_int(o, "restart_count", w));
  s.restart_count = static_cast<int>(rc);
  EC_ASSIGN(s.stopped_by_user, get_bool(o, "stopped_by_user", w));
  EC_ASSIGN(s.host_shutdown, get_bool(o, "host_shutdown", w));
  EC_ASSIGN(s.removing, get_bool(o, "removing", w));
  EC_ASSIGN(const cJSON* h, jf::object(o, "health", w));
  if (h) {
    std::string hw = "state.json: health";
    EC_ASSIGN(s.health.status, jf::str(h, "status", hw));
    EC_ASSIGN(int64_t fs, get_int(h, "failing_streak", hw));
    s.health.failing_streak = static_cast<int>(fs);
    const cJSON* log = jf::member(h, "log");
    for (const cJSON* e = log ? log->child : nullptr; e; e = e->next) {
      HealthResult r;
      EC_ASSIGN(r.start, jf::str(e, "start", hw));
      EC_ASSIGN(r.end, jf::str(e, "end", hw));
      EC_ASSIGN(int64_t c, get_int(e, "exit_code", hw));
      r.exit_code = static_cast<int>(c);
      EC_ASSIGN(r.output, jf::str(e, "output", hw));
      s.health.log.push_back(std::move(r));
    }
  }
  return s;
}

const std::string& boot_id() {
  static const std::string id = [] {
    auto t = read_file("/proc/sys/kernel/random/boot_id");
    return t ? std::string(trim(*t)) : std::string();
  }();
  return id;
}

bool shim_alive(const ContainerState& s) {
  if (s.shim_pid <= 0 || s.boot_id != boot_id()) return false;
  return rt::process_alive(s.shim_pid, s.shim_start);
}

bool has_processes(const ContainerState& s) { return s.status == "running" || s.status == "paused"; }

bool has_shim(const ContainerState& s) {
  return s.status == "running" || s.status == "paused" || s.status == "restarting" || s.status == "starting";
}

}  // namespace ec::engine
