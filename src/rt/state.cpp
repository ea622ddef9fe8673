#include "rt/state.h"

#include <cjson/cJSON.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include "core/fd.h"
#include "core/json.h"
#include "core/strutil.h"
#include "rt/cgroup.h"

namespace ec::rt {

const char* status_name(RunState s) {
  switch (s) {
    case RunState::Creating: return "creating";
    case RunState::Created: return "created";
    case RunState::Running: return "running";
    case RunState::Paused: return "paused";
    case RunState::Stopped: return "stopped";
  }
  return "unknown";
}

std::string container_dir(const std::string& root, const std::string& id) { return root + "/" + id; }

Status validate_id(const std::string& id) {
  if (id.empty()) return make_error("container id must not be empty");
  if (id.size() > 1024) return make_error("container id is too long");
  auto ok_first = [](char c) { return isalnum(static_cast<unsigned char>(c)); };
  auto ok = [](char c) { return isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' || c == '-'; };
  if (!ok_first(id[0])) return make_error("invalid container id '" + id + "': must start with a letter or digit");
  for (char c : id)
    if (!ok(c)) return make_error("invalid container id '" + id + "': only [A-Za-z0-9_.+-] allowed");
  return {};
}

static cJSON* str_map(const std::map<std::string, std::string>& m) {
  cJSON* o = cJSON_CreateObject();
  for (auto& [k, v] : m) cJSON_AddStringToObject(o, k.c_str(), v.c_str());
  return o;
}

Status save_state(const std::string& root, const State& st) {
  JsonPtr j(cJSON_CreateObject());
  cJSON_AddStringToObject(j.get(), "id", st.id.c_str());
  cJSON_AddNumberToObject(j.get(), "pid", st.pid);
  cJSON_AddStringToObject(j.get(), "pid_start", std::to_string(st.pid_start).c_str());
  cJSON_AddStringToObject(j.get(), "bundle", st.bundle.c_str());
  cJSON_AddStringToObject(j.get(), "rootfs", st.rootfs.c_str());
  cJSON_AddStringToObject(j.get(), "created", st.created.c_str());
  cJSON_AddStringToObject(j.get(), "owner", st.owner.c_str());
  cJSON_AddStringToObject(j.get(), "ociVersion", st.oci_version.c_str());
  cJSON_AddItemToObject(j.get(), "annotations", str_map(st.annotations));
  cJSON_AddItemToObject(j.get(), "cgroup_paths", str_map(st.cgroup_paths));
  cJSON_AddBoolToObject(j.get(), "cgroup_unified_only", st.cgroup_unified_only);
  cJSON_AddBoolToObject(j.get(), "systemd_cgroup", st.systemd_cgroup);
  cJSON_AddBoolToObject(j.get(), "new_pid_ns", st.new_pid_ns);
  cJSON_AddBoolToObject(j.get(), "has_poststart", st.has_poststart);
  cJSON_AddBoolToObject(j.get(), "has_poststop", st.has_poststop);
  return write_file_atomic(container_dir(root, st.id) + "/state.json", json_print(j.get()), 0600, Sync::Volatile);
}

static std::string get_str(const cJSON* o, const char* k) {
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : "";
}

static std::map<std::string, std::string> get_map(const cJSON* o, const char* k) {
  std::map<std::string, std::string> m;
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(o, k);
  const cJSON* it;
  cJSON_ArrayForEach(it, v) if (cJSON_IsString(it)) m[it->string] = it->valuestring;
  return m;
}

Result<State> load_state(const std::string& root, const std::string& id) {
  EC_TRY(validate_id(id));
  std::string path = container_dir(root, id) + "/state.json";
  auto text = read_file(path);
  if (!text) {
    if (text.error().code == ENOENT) return make_error("container " + id + " does not exist", ENOENT);
    return std::move(text).error();
  }
  EC_ASSIGN(JsonPtr j, json_parse(*text, path));
  State st;
  st.id = get_str(j.get(), "id");
  const cJSON* pid = cJSON_GetObjectItemCaseSensitive(j.get(), "pid");
  st.pid = cJSON_IsNumber(pid) ? static_cast<pid_t>(pid->valuedouble) : 0;
  st.pid_start = parse_u64(get_str(j.get(), "pid_start")).value_or(0);
  st.bundle = get_str(j.get(), "bundle");
  st.rootfs = get_str(j.get(), "rootfs");
  st.created = get_str(j.get(), "created");
  st.owner = get_str(j.get(), "owner");
  st.oci_version = get_str(j.get(), "ociVersion");
  st.annotations = get_map(j.get(), "annotations");
  st.cgroup_paths = get_map(j.get(), "cgroup_paths");
  st.cgroup_unified_only = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j.get(), "cgroup_unified_only"));
  st.systemd_cgroup = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j.get(), "systemd_cgroup"));
  st.new_pid_ns = !cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(j.get(), "new_pid_ns"));
  // Missing (older state) counts as "maybe": the config is checked then.
  st.has_poststart = !cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(j.get(), "has_poststart"));
  st.has_poststop = !cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(j.get(), "has_poststop"));
  if (st.id != id) return make_error(path + ": id mismatch");
  return st;
}

Result<std::vector<std::string>> list_ids(const std::string& root) {
  auto names = list_dir(root);
  if (!names) {
    if (names.error().code == ENOENT) return std::vector<std::string>{};
    return std::move(names).error();
  }
  std::vector<std::string> ids;
  for (auto& n : *names) {
    if (path_exists(container_dir(root, n) + "/state.json")) ids.push_back(n);
  }
  return ids;
}

Result<FileLock> lock_container(const std::string& root, const std::string& id) {
  EC_TRY(mkdir_p(root, 0711));
  return FileLock::acquire(root + "/" + id + ".lock");
}

unsigned long long proc_start_time(pid_t pid) {
  if (pid <= 0) return 0;
  auto text = read_file("/proc/" + std::to_string(pid) + "/stat");
  if (!text) return 0;
  // Field 2 (comm) may contain spaces and parens: parse after the last ')'.
  size_t rp = text->rfind(')');
  if (rp == std::string::npos) return 0;
  auto fields = split(std::string_view(*text).substr(rp + 2), ' ', true);
  // fields[0] is state (field 3); starttime is field 22 -> index 19.
  if (fields.size() < 20) return 0;
  if (fields[0] == "Z" || fields[0] == "X") return 0;
  return parse_u64(fields[19]).value_or(0);
}

bool process_alive(pid_t pid, unsigned long long start_time) {
  unsigned long long now = proc_start_time(pid);
  return now != 0 && (start_time == 0 || now == start_time);
}

bool wait_for_exit(pid_t pid, int timeout_ms) {
#ifdef SYS_pidfd_open
  if (pid <= 0) return false;
  Fd fd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));  // always close-on-exec
  if (!fd) return false;                                         // gone (ESRCH) or no pidfds
  struct pollfd p = {fd.get(), POLLIN, 0};
  if (::poll(&p, 1, 0) != 0) return false;  // exited already (a zombie): nothing to sleep on
  (void)::poll(&p, 1, timeout_ms);
  return true;
#else
  (void)pid, (void)timeout_ms;
  return false;
#endif
}

RunState derive_status(const std::string& root, const State& st) {
  if (!process_alive(st.pid, st.pid_start)) return RunState::Stopped;
  if (path_exists(container_dir(root, st.id) + "/exec.fifo")) return RunState::Created;
  if (!st.cgroup_paths.empty()) {
    auto mgr = cgroup::Manager::from_paths(st.cgroup_paths, st.cgroup_unified_only);
    auto frozen = mgr.is_frozen();
    if (frozen && *frozen) return RunState::Paused;
  }
  return RunState::Running;
}

std::string state_json(const State& st, RunState status, bool pretty) {
  JsonPtr j(cJSON_CreateObject());
  cJSON_AddStringToObject(j.get(), "ociVersion", st.oci_version.empty() ? "1.2.0" : st.oci_version.c_str());
  cJSON_AddStringToObject(j.get(), "id", st.id.c_str());
  cJSON_AddNumberToObject(j.get(), "pid", status == RunState::Stopped ? 0 : st.pid);
  cJSON_AddStringToObject(j.get(), "status", status_name(status));
  cJSON_AddStringToObject(j.get(), "bundle", st.bundle.c_str());
  cJSON_AddStringToObject(j.get(), "rootfs", st.rootfs.c_str());
  cJSON_AddStringToObject(j.get(), "created", st.created.c_str());
  cJSON_AddStringToObject(j.get(), "owner", st.owner.c_str());
  cJSON_AddItemToObject(j.get(), "annotations", str_map(st.annotations));
  return json_print(j.get(), pretty);
}

}  // namespace ec::rt
