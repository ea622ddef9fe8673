// cni_load: network configurations from the conf dirs. A .conflist holds a
// chain of plugins; a .conf/.json holds one plugin and becomes a one-plugin
// list (a .json with "plugins" is read as a list).
#include <algorithm>
#include <cerrno>

#include "core/fs.h"
#include "core/json.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "net/cni.h"

namespace ec::net {
namespace {

bool is_conf_name(const std::string& f) {
  return ends_with(f, ".conflist") || ends_with(f, ".conf") || ends_with(f, ".json");
}

std::string str_member(const cJSON* o, const char* key) {
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : "";
}

void set_str(cJSON* o, const char* key, const std::string& v) {
  if (cJSON_GetObjectItemCaseSensitive(o, key))
    cJSON_ReplaceItemInObjectCaseSensitive(o, key, cJSON_CreateString(v.c_str()));
  else
    cJSON_AddStringToObject(o, key, v.c_str());
}

Status check_plugin(const cJSON* pl, const std::string& where) {
  if (!cJSON_IsObject(pl)) return make_error(where + ": want an object");
  const cJSON* t = cJSON_GetObjectItemCaseSensitive(pl, "type");
  if (!cJSON_IsString(t) || !t->valuestring[0]) return make_error(where + ": \"type\" missing");
  return {};
}

Result<CniNetwork> build_network(cJSON* doc, const std::string& file) {
  CniNetwork n;
  n.source = file;
  n.name = str_member(doc, "name");
  n.cni_version = str_member(doc, "cniVersion");
  if (n.cni_version.empty()) return make_error(file + ": \"cniVersion\" missing");
  const cJSON* plugins = cJSON_GetObjectItemCaseSensitive(doc, "plugins");
  if (!plugins) {
    EC_TRY(check_plugin(doc, file));
    n.plugin_confs.push_back(json_print(doc));
    return n;
  }
  if (!cJSON_IsArray(plugins) || cJSON_GetArraySize(plugins) == 0)
    return make_error(file + ": \"plugins\" must be a non-empty array");
  const cJSON* dc = cJSON_GetObjectItemCaseSensitive(doc, "disableCheck");
  if (dc && !cJSON_IsBool(dc)) return make_error(file + ": \"disableCheck\" must be true or false");
  n.disable_check = cJSON_IsTrue(dc);
  int i = 0;
  for (const cJSON* pl = plugins->child; pl; pl = pl->next, i++) {
    EC_TRY(check_plugin(pl, strf("%s: plugins[%d]", file.c_str(), i)));
    // Plugins see the list's name and version as their own (libcni does the same).
    JsonPtr conf(cJSON_Duplicate(pl, true));
    if (!conf) return make_error("out of memory", ENOMEM);
    set_str(conf.get(), "name", n.name);
    set_str(conf.get(), "cniVersion", n.cni_version);
    n.plugin_confs.push_back(json_print(conf.get()));
  }
  return n;
}

}  // namespace

Result<CniNetwork> cni_load(const std::string& name, const CniPaths& p) {
  std::vector<std::string> skipped;
  for (auto& dir : p.conf_dirs) {
    auto names = list_dir(dir);
    if (!names) {
      if (names.error().code == ENOENT || names.error().code == ENOTDIR) continue;
      return std::move(names).error().context("cni network " + name);
    }
    ec::sort(*names);
    for (auto& f : *names) {
      if (!is_conf_name(f)) continue;
      std::string file = path_join(dir, f);
      auto text = read_file(file);
      if (!text) {
        if (text.error().code != EISDIR) skipped.push_back(file);
        continue;
      }
      auto doc = json_parse(*text, file);
      // A broken file can't tell its name: it is the error only when it
      // mentions the one we look for; otherwise it must not block others.
      if (!doc) {
        if (text->find(json_quote(name)) != std::string::npos)
          return std::move(doc).error().context("cni network " + name);
        skipped.push_back(file);
        continue;
      }
      if (!cJSON_IsObject(doc->get()) || str_member(doc->get(), "name") != name) continue;
      auto n = build_network(doc->get(), file);
      if (!n) return std::move(n).error().context("cni network " + name);
      return n;
    }
  }
  std::string msg = "cni network " + name + " not found in " + join(p.conf_dirs, ":");
  if (!skipped.empty()) msg += " (skipped unreadable " + join(skipped, ", ") + ")";
  return make_error(msg, ENOENT);
}

}  // namespace ec::net
