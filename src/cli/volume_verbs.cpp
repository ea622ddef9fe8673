// `edgectl volume create|ls|inspect|rm|prune`.
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/json.h"
#include "rt/engine/ops.h"
#include "rt/engine/volumes.h"

namespace ec::cli {

namespace {

// Volumes named by any container's mounts.
Result<std::vector<std::string>> volumes_in_use(const EngineGlobal& g) {
  EC_ASSIGN(engine::Engine e, engine::open_engine(g.cfg, g.config_path));
  EC_ASSIGN(auto recs, engine::all_records(e));
  std::vector<std::string> used;
  for (auto& r : recs)
    for (auto& m : r.mounts)
      if (m.type == "volume") used.push_back(m.source);
  return used;
}

cJSON* volume_json(const engine::VolumeInfo& v) {
  cJSON* o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "Name", v.name.c_str());
  cJSON_AddStringToObject(o, "Driver", v.driver.c_str());
  cJSON_AddStringToObject(o, "Mountpoint", v.mountpoint.c_str());
  cJSON_AddStringToObject(o, "CreatedAt", v.created.c_str());
  cJSON_AddStringToObject(o, "Scope", "local");
  cJSON* l = cJSON_AddObjectToObject(o, "Labels");
  for (auto& [k, val] : v.labels) cJSON_AddStringToObject(l, k.c_str(), val.c_str());
  return o;
}

}  // namespace

int v_volume(const EngineGlobal& g, int argc, char** argv, int start) {
  if (start >= argc) return fail(make_error("volume: want create, ls, inspect, rm or prune"));
  std::string sub = argv[start];
  auto vs = engine::VolumeStore::open(g.cfg.root);
  if (!vs) return fail(vs.error());
  if (sub == "create") {
    auto a = Args::parse(argc, argv, start + 1, {{"label", 'l', true}, {"driver", 'd', true}, {"name", 0, true}});
    if (!a) return fail(a.error());
    if (a->get_or("driver", "local") != "local") return fail(make_error("volume create: only the local driver exists"));
    std::map<std::string, std::string> labels;
    for (auto& l : a->all("label")) {
      auto eq = l.find('=');
      labels[l.substr(0, eq)] = eq == std::string::npos ? "" : l.substr(eq + 1);
    }
    std::string name = a->positional.empty() ? a->get_or("name", "") : a->positional[0];
    auto v = vs->create(name, labels);
    if (!v) return fail(v.error());
    out(v->name + "\n");
    return 0;
  }
  if (sub == "ls" || sub == "list") {
    auto a = Args::parse(argc, argv, start + 1, {{"quiet", 'q', false}, {"format", 0, true}});
    if (!a) return fail(a.error());
    auto list = vs->list();
    if (!list) return fail(list.error());
    if (a->flag("quiet")) {
      std::string s;
      for (auto& v : *list) s += v.name + "\n";
      out(s);
    } else if (a->get_or("format", "") == "json") {
      JsonPtr arr(cJSON_CreateArray());
      for (auto& v : *list) cJSON_AddItemToArray(arr.get(), volume_json(v));
      out(json_print(arr.get(), true) + "\n");
    } else {
      std::vector<std::vector<std::string>> t = {{"DRIVER", "VOLUME NAME"}};
      for (auto& v : *list) t.push_back({v.driver, v.name});
      out(format_table(t));
    }
    return 0;
  }
  if (sub == "inspect") {
    auto a = Args::parse(argc, argv, start + 1, {{"format", 'f', true}}, false);
    if (!a) return fail(a.error());
    JsonPtr arr(cJSON_CreateArray());
    int rc = 0;
    for (auto& n : a->positional) {
      auto v = vs->get(n);
      if (!v) {
        fail(v.error());
        rc = 1;
        continue;
      }
      cJSON_AddItemToArray(arr.get(), volume_json(*v));
    }
    out(json_print(arr.get(), true) + "\n");
    return rc;
  }
  if (sub == "rm" || sub == "remove") {
    auto a = Args::parse(argc, argv, start + 1, {{"force", 'f', false}}, false);
    if (!a) return fail(a.error());
    auto used = volumes_in_use(g);
    if (!used) return fail(used.error());
    int rc = 0;
    for (auto& n : a->positional) {
      if (auto r = vs->remove(n, a->flag("force"), *used); !r) {
        fail(r.error());
        rc = 1;
      } else {
        out(n + "\n");
      }
    }
    return rc;
  }
  if (sub == "prune") {
    auto a = Args::parse(argc, argv, start + 1, {{"all", 'a', false}, {"force", 'f', false}}, false);
    if (!a) return fail(a.error());
    auto used = volumes_in_use(g);
    if (!used) return fail(used.error());
    auto r = vs->prune(*used, a->flag("all"));
    if (!r) return fail(r.error());
    std::string s = "Deleted Volumes:\n";
    for (auto& n : r->first) s += n + "\n";
    s += "\nTotal reclaimed space: " + human_size(r->second) + "\n";
    out(s);
    return 0;
  }
  return fail(make_error("unknown command \"volume " + sub + "\""));
}

}  // namespace ec::cli
