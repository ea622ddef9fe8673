// `edgectl check` output: grouped text, or one JSON object.
#include "core/json.h"
#include "core/strutil.h"
#include "rt/kernel_check.h"

namespace ec::rt::kcheck {
namespace {

std::string label(const Item& it) {
  if (it.state != State::Module) return state_name(it.state);
  return it.loaded ? "module (loaded)" : "module (not loaded)";
}

// ok, missing, module, unknown, not built
void count(const Report& r, int n[5]) {
  for (int i = 0; i < 5; i++) n[i] = 0;
  for (auto& it : r.items) n[static_cast<int>(it.state)]++;
}

bool degraded(const Item& it) { return it.state != State::Ok && it.state != State::Module && *it.degrades; }

}  // namespace

std::string format_text(const Report& r) {
  std::string s = "kernel:        " + r.kernel + (r.arch.empty() ? "" : " (" + r.arch + ")") + "\n";
  s += "kernel config: " + r.config_source + "\n";
  s += "cgroup layout: " + r.cgroup_layout + "\n";
  s += "built without: " + (r.built_without.empty() ? std::string("nothing") : join(r.built_without, ", ")) + "\n";
  const char* group = nullptr;
  for (auto& it : r.items) {
    if (it.group != group) {
      group = it.group;
      s += std::string("\n") + group + ":\n";
    }
    std::string line = strf("  %-36s %-20s %s", it.name, label(it).c_str(), it.detail.c_str());
    while (line.back() == ' ') line.pop_back();
    s += line + "\n";
    if (degraded(it)) s += std::string("      without it: ") + it.degrades + "\n";
  }
  int n[5];
  count(r, n);
  s += strf("\nsummary: %d ok, %d missing, %d module, %d unknown, %d not built\n", n[0], n[1], n[2], n[3], n[4]);
  for (auto& note : r.notes) s += "note: " + note + "\n";
  int unsure = 0;
  for (auto& it : r.items) unsure += it.required && it.state == State::Unknown;
  if (r.can_run && unsure) {
    s += strf("no required item is missing, but %d could not be checked (mount /proc, or pass --config FILE)\n", unsure);
  } else if (r.can_run) {
    s += "containers can run on this kernel\n";
  } else {
    s += "containers cannot run on this kernel:\n";
    for (auto& b : r.blockers) s += "  " + b + "\n";
  }
  return s;
}

std::string format_json(const Report& r) {
  JsonPtr o(cJSON_CreateObject());
  cJSON_AddStringToObject(o.get(), "kernel", r.kernel.c_str());
  cJSON_AddStringToObject(o.get(), "arch", r.arch.c_str());
  cJSON_AddStringToObject(o.get(), "config_source", r.config_source.c_str());
  cJSON_AddStringToObject(o.get(), "cgroup_layout", r.cgroup_layout.c_str());
  cJSON* bw = cJSON_AddArrayToObject(o.get(), "built_without");
  for (auto& f : r.built_without) cJSON_AddItemToArray(bw, cJSON_CreateString(f.c_str()));
  cJSON* items = cJSON_AddArrayToObject(o.get(), "items");
  for (auto& it : r.items) {
    cJSON* x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "group", it.group);
    cJSON_AddStringToObject(x, "name", it.name);
    cJSON_AddStringToObject(x, "status", state_name(it.state));
    if (it.state == State::Module) cJSON_AddBoolToObject(x, "loaded", it.loaded);
    cJSON_AddBoolToObject(x, "required", it.required);
    cJSON_AddStringToObject(x, "detail", it.detail.c_str());
    cJSON_AddStringToObject(x, "degrades", it.degrades);  // what is lost without it, whatever the state
    cJSON_AddItemToArray(items, x);
  }
  int n[5];
  count(r, n);
  cJSON* sum = cJSON_AddObjectToObject(o.get(), "summary");
  const char* keys[5] = {"ok", "missing", "module", "unknown", "not_built"};
  for (int i = 0; i < 5; i++) cJSON_AddNumberToObject(sum, keys[i], n[i]);
  cJSON_AddBoolToObject(o.get(), "can_run_containers", r.can_run);
  cJSON* bl = cJSON_AddArrayToObject(o.get(), "blockers");
  for (auto& b : r.blockers) cJSON_AddItemToArray(bl, cJSON_CreateString(b.c_str()));
  cJSON* notes = cJSON_AddArrayToObject(o.get(), "notes");
  for (auto& m : r.notes) cJSON_AddItemToArray(notes, cJSON_CreateString(m.c_str()));
  return json_print(o.get(), true) + "\n";
}

}  // namespace ec::rt::kcheck
