// The CNI operations on a loaded network: ADD chains the plugins with
// prevResult and caches the final result, DEL runs them in reverse with the
// cached result, CHECK re-runs them against it (see cni_conf.cpp for
// loading and cni_exec.cpp for running one plugin).
#include "net/cni.h"

#include <unistd.h>

#include <cctype>
#include <cerrno>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "net/cni_exec.h"

namespace ec::net {
namespace {

// "1.0.0" -> 1000000; missing parts count as 0.
long version_num(const std::string& v) {
  long out = 0;
  auto parts = split(v, '.');
  for (size_t i = 0; i < 3; i++) {
    long part = 0;
    if (i < parts.size()) {
      auto n = parse_u64(parts[i]);
      part = n && *n < 1000 ? static_cast<long>(*n) : 0;
    }
    out = out * 1000 + part;
  }
  return out;
}

// The spec's character set for network names and container ids; both end
// up in the cache file name, so nothing path-like gets through.
bool plain_id(const std::string& s) {
  if (s.empty() || s[0] == '.' || s[0] == '-') return false;
  for (unsigned char c : s)
    if (!isalnum(c) && c != '_' && c != '-' && c != '.') return false;
  return true;
}

Status validate(const CniNetwork& n, const CniRuntime& rt, bool need_netns) {
  if (!plain_id(n.name)) return make_error("cni network name \"" + n.name + "\" is invalid");
  if (!plain_id(rt.container_id))
    return make_error("cni network " + n.name + ": container id \"" + rt.container_id + "\" is invalid");
  bool if_ok = !rt.ifname.empty() && rt.ifname.size() < 16 && rt.ifname != "." && rt.ifname != "..";
  for (unsigned char c : rt.ifname)
    if (c == '/' || c == ':' || isspace(c)) if_ok = false;
  if (!if_ok) return make_error("cni network " + n.name + ": interface name \"" + rt.ifname + "\" is invalid");
  if (need_netns && rt.netns_path.empty()) return make_error("cni network " + n.name + ": no netns path");
  return {};
}

std::string cache_path(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p) {
  if (p.cache_dir.empty()) return "";
  return path_join(p.cache_dir, n.name + "-" + rt.container_id + ".json");
}

bool has_capability(const cJSON* conf, const char* cap) {
  const cJSON* caps = cJSON_GetObjectItemCaseSensitive(conf, "capabilities");
  return cJSON_IsObject(caps) && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(caps, cap));
}

void set_item(cJSON* o, const char* key, cJSON* v) {
  if (cJSON_GetObjectItemCaseSensitive(o, key))
    cJSON_ReplaceItemInObjectCaseSensitive(o, key, v);
  else
    cJSON_AddItemToObject(o, key, v);
}

// Plugin i's stdin: its conf plus prevResult and the capability args it
// declared (the spec's runtimeConfig), then run `command` with it.
Result<std::string> run_one(const CniNetwork& n, size_t i, const char* command, const std::string& prev,
                            const CniRuntime& rt, const CniPaths& p) {
  EC_ASSIGN(JsonPtr conf, json_parse(n.plugin_confs[i], n.source + ": plugin " + std::to_string(i)));
  const cJSON* t = cJSON_GetObjectItemCaseSensitive(conf.get(), "type");
  if (!cJSON_IsString(t)) return make_error(n.source + ": plugin " + std::to_string(i) + ": \"type\" missing");
  std::string type = t->valuestring;
  if (!prev.empty()) {
    EC_ASSIGN(JsonPtr pr, json_parse(prev, "cni prevResult"));
    set_item(conf.get(), "prevResult", pr.release());
  }
  if (!rt.port_mappings_json.empty() && has_capability(conf.get(), "portMappings")) {
    EC_ASSIGN(JsonPtr pm, json_parse(rt.port_mappings_json, "cni port mappings"));
    if (!cJSON_IsArray(pm.get())) return make_error("cni port mappings: want a JSON array");
    cJSON* rc = cJSON_GetObjectItemCaseSensitive(conf.get(), "runtimeConfig");
    if (!cJSON_IsObject(rc)) {
      rc = cJSON_CreateObject();
      set_item(conf.get(), "runtimeConfig", rc);
    }
    set_item(rc, "portMappings", pm.release());
  }
  return cni_detail::run_plugin(type, command, json_print(conf.get()), rt, p);
}

Result<std::vector<std::string>> str_list(const cJSON* o, const char* key, const std::string& where) {
  std::vector<std::string> out;
  const cJSON* a = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!a || cJSON_IsNull(a)) return out;
  if (!cJSON_IsArray(a)) return make_error(where + ": " + key + ": want an array");
  for (const cJSON* e = a->child; e; e = e->next) {
    if (!cJSON_IsString(e)) return make_error(where + ": " + key + ": want strings");
    out.push_back(e->valuestring);
  }
  return out;
}

// ips[] and dns of a 0.3.x / 0.4.0 / 1.x result (0.4.0 adds "version" per
// ip, 1.0 drops it; neither matters here).
Result<CniResult> parse_result(const std::string& text, const std::string& who) {
  EC_ASSIGN(JsonPtr doc, json_parse(text, who + " result"));
  if (!cJSON_IsObject(doc.get())) return make_error(who + " result: want an object");
  CniResult r;
  r.json = text;
  const cJSON* ips = cJSON_GetObjectItemCaseSensitive(doc.get(), "ips");
  if (ips && !cJSON_IsArray(ips)) return make_error(who + " result: ips: want an array");
  int i = 0;
  for (const cJSON* e = ips ? ips->child : nullptr; e; e = e->next, i++) {
    const cJSON* a = cJSON_GetObjectItemCaseSensitive(e, "address");
    if (!cJSON_IsString(a)) return make_error(strf("%s result: ips[%d].address missing", who.c_str(), i));
    const cJSON* g = cJSON_GetObjectItemCaseSensitive(e, "gateway");
    r.ips.push_back({a->valuestring, cJSON_IsString(g) ? g->valuestring : ""});
  }
  const cJSON* dns = cJSON_GetObjectItemCaseSensitive(doc.get(), "dns");
  if (cJSON_IsObject(dns)) {
    EC_ASSIGN(r.dns_servers, str_list(dns, "nameservers", who + " result: dns"));
    EC_ASSIGN(r.dns_search, str_list(dns, "search", who + " result: dns"));
  }
  return r;
}

// Every plugin in reverse order, even after failures (each must release
// what it holds); the first error is returned.
Status del_chain(const CniNetwork& n, const std::string& prev, const CniRuntime& rt, const CniPaths& p) {
  Status first;
  for (size_t i = n.plugin_confs.size(); i-- > 0;) {
    auto r = run_one(n, i, "DEL", prev, rt, p);
    if (!r && first.ok()) first = std::move(r).error();
  }
  return first;
}

Result<std::string> read_cache(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p) {
  std::string path = cache_path(n, rt, p);
  if (path.empty()) return make_error("cni network " + n.name + ": no cache dir for results", ENOENT);
  auto text = read_file(path);
  if (!text) return std::move(text).error().context("cni network " + n.name + ": cached result");
  EC_TRY(json_parse(*text, path));
  return std::string(trim(*text));
}

}  // namespace

Result<CniResult> cni_add(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p) {
  EC_TRY(validate(n, rt, true));
  if (n.plugin_confs.empty()) return make_error("cni network " + n.name + ": no plugins");
  // The spec asks the runtime to DEL after a failed ADD so that plugins
  // that already ran release addresses and links.
  auto fail = [&](Error e) -> Result<CniResult> {
    (void)del_chain(n, "", rt, p);
    return std::move(e).context("cni network " + n.name);
  };
  std::string prev, last_type;
  for (size_t i = 0; i < n.plugin_confs.size(); i++) {
    auto out = run_one(n, i, "ADD", prev, rt, p);
    if (!out) return fail(std::move(out).error());
    std::string text(trim(*out));
    auto doc = json_parse(text, strf("plugin %zu ADD result", i));
    if (!doc) return fail(std::move(doc).error());
    if (!cJSON_IsObject(doc->get())) return fail(make_error(strf("plugin %zu ADD result: want an object", i)));
    prev = std::move(text);
  }
  auto res = parse_result(prev, "ADD");
  if (!res) return fail(std::move(res).error());
  std::string path = cache_path(n, rt, p);
  if (!path.empty()) {
    auto st = mkdir_p(p.cache_dir, 0700);
    if (st) st = write_file_atomic(path, prev + "\n", 0600);
    if (!st) return fail(std::move(st).error().context("cache result"));
  }
  return res;
}

Status cni_del(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p) {
  EC_TRY(validate(n, rt, false));
  // Like libcni: prevResult on DEL only from 0.4.0, where the spec defines it.
  std::string prev;
  if (version_num(n.cni_version) >= version_num("0.4.0")) {
    auto cached = read_cache(n, rt, p);
    if (cached) prev = std::move(*cached);
  }
  EC_TRYC(del_chain(n, prev, rt, p), "cni network " + n.name);
  std::string path = cache_path(n, rt, p);
  if (!path.empty() && ::unlink(path.c_str()) < 0 && errno != ENOENT) return sys_error("remove " + path);
  return {};
}

Status cni_check(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p) {
  if (version_num(n.cni_version) < version_num("0.4.0"))
    return make_error("cni network " + n.name + ": CHECK needs cniVersion 0.4.0 or later (has " + n.cni_version + ")",
                      ENOTSUP);
  if (n.disable_check) return {};
  EC_TRY(validate(n, rt, true));
  EC_ASSIGN(std::string prev, read_cache(n, rt, p));
  for (size_t i = 0; i < n.plugin_confs.size(); i++) EC_TRYC(run_one(n, i, "CHECK", prev, rt, p), "cni network " + n.name);
  return {};
}

}  // namespace ec::net
