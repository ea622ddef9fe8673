#include "rt/engine/seccomp_json.h"

#include <cjson/cJSON.h>
#include <sys/utsname.h>

#include <cstring>

#include "core/json.h"
#include "rt/caps.h"

namespace ec::engine {

namespace {

cJSON* strs(const std::vector<std::string>& v) {
  cJSON* a = cJSON_CreateArray();
  for (auto& s : v) cJSON_AddItemToArray(a, cJSON_CreateString(s.c_str()));
  return a;
}

// Docker's architecture names (as its profiles' includes.arches use them).
const char* docker_arch() {
#if defined(__x86_64__)
  return "amd64";
#elif defined(__aarch64__)
  return "arm64";
#elif defined(__arm__)
  return "arm";
#elif defined(__mips__) && defined(__MIPSEL__)
  return "mipsle";
#elif defined(__mips__)
  return "mips";
#else
  return "";
#endif
}

const char* scmp_arch() {
#if defined(__x86_64__)
  return "SCMP_ARCH_X86_64";
#elif defined(__aarch64__)
  return "SCMP_ARCH_AARCH64";
#elif defined(__arm__)
  return "SCMP_ARCH_ARM";
#elif defined(__mips__) && defined(__MIPSEL__)
  return "SCMP_ARCH_MIPSEL";
#elif defined(__mips__)
  return "SCMP_ARCH_MIPS";
#else
  return "";
#endif
}

bool list_has(const cJSON* arr, const char* v) {
  for (const cJSON* e = arr ? arr->child : nullptr; e; e = e->next)
    if (cJSON_IsString(e) && strcmp(e->valuestring, v) == 0) return true;
  return false;
}

// Every cap named in arr is in caps (or arr is empty).
bool caps_all(const cJSON* arr, uint64_t caps) {
  for (const cJSON* e = arr ? arr->child : nullptr; e; e = e->next) {
    int c = cJSON_IsString(e) ? rt::cap_from_name(e->valuestring) : -1;
    if (c < 0 || !(caps & (uint64_t{1} << c))) return false;
  }
  return true;
}

bool caps_any(const cJSON* arr, uint64_t caps) {
  for (const cJSON* e = arr ? arr->child : nullptr; e; e = e->next) {
    int c = cJSON_IsString(e) ? rt::cap_from_name(e->valuestring) : -1;
    if (c >= 0 && (caps & (uint64_t{1} << c))) return true;
  }
  return false;
}

}  // namespace

cJSON* seccomp_to_json(const rt::Seccomp& s) {
  cJSON* o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "defaultAction", s.default_action.c_str());
  if (s.default_errno_ret) cJSON_AddNumberToObject(o, "defaultErrnoRet", *s.default_errno_ret);
  cJSON_AddItemToObject(o, "architectures", strs(s.architectures));
  if (!s.flags.empty()) cJSON_AddItemToObject(o, "flags", strs(s.flags));
  cJSON* sys = cJSON_AddArrayToObject(o, "syscalls");
  for (auto& r : s.syscalls) {
    cJSON* e = cJSON_CreateObject();
    cJSON_AddItemToObject(e, "names", strs(r.names));
    cJSON_AddStringToObject(e, "action", r.action.c_str());
    if (r.errno_ret) cJSON_AddNumberToObject(e, "errnoRet", *r.errno_ret);
    if (!r.args.empty()) {
      cJSON* args = cJSON_AddArrayToObject(e, "args");
      for (auto& a : r.args) {
        cJSON* ae = cJSON_CreateObject();
        cJSON_AddNumberToObject(ae, "index", a.index);
        cJSON_AddNumberToObject(ae, "value", static_cast<double>(a.value));
        if (a.value_two) cJSON_AddNumberToObject(ae, "valueTwo", static_cast<double>(a.value_two));
        cJSON_AddStringToObject(ae, "op", a.op.c_str());
        cJSON_AddItemToArray(args, ae);
      }
    }
    cJSON_AddItemToArray(sys, e);
  }
  return o;
}

Result<cJSON*> seccomp_profile_from_file(std::string_view text, const std::string& path, uint64_t caps) {
  EC_ASSIGN(JsonPtr j, json_parse(text, "seccomp profile " + path));
  if (!cJSON_IsObject(j.get()) || !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(j.get(), "defaultAction")))
    return make_error("seccomp profile " + path + ": defaultAction is required");
  cJSON* arch_map = cJSON_GetObjectItemCaseSensitive(j.get(), "archMap");
  cJSON* syscalls = cJSON_GetObjectItemCaseSensitive(j.get(), "syscalls");
  bool docker_format = arch_map != nullptr;
  for (const cJSON* s = syscalls ? syscalls->child : nullptr; s && !docker_format; s = s->next)
    docker_format = cJSON_GetObjectItemCaseSensitive(s, "includes") || cJSON_GetObjectItemCaseSensitive(s, "excludes");
  if (!docker_format) return j.release();

  cJSON* out = cJSON_CreateObject();
  for (const char* k : {"defaultAction", "defaultErrnoRet", "flags", "listenerPath", "listenerMetadata"})
    if (cJSON* v = cJSON_GetObjectItemCaseSensitive(j.get(), k)) cJSON_AddItemToObject(out, k, cJSON_Duplicate(v, 1));
  cJSON* archs = cJSON_AddArrayToObject(out, "architectures");
  for (const cJSON* m = arch_map ? arch_map->child : nullptr; m; m = m->next) {
    const cJSON* a = cJSON_GetObjectItemCaseSensitive(m, "architecture");
    if (!cJSON_IsString(a) || strcmp(a->valuestring, scmp_arch()) != 0) continue;
    cJSON_AddItemToArray(archs, cJSON_CreateString(a->valuestring));
    const cJSON* subs = cJSON_GetObjectItemCaseSensitive(m, "subArchitectures");
    for (const cJSON* s = subs ? subs->child : nullptr; s; s = s->next)
      if (cJSON_IsString(s)) cJSON_AddItemToArray(archs, cJSON_CreateString(s->valuestring));
  }
  if (auto* a = cJSON_GetObjectItemCaseSensitive(j.get(), "architectures"); a && !arch_map)
    cJSON_ReplaceItemInObject(out, "architectures", cJSON_Duplicate(a, 1));
  cJSON* rules = cJSON_AddArrayToObject(out, "syscalls");
  for (const cJSON* s = syscalls ? syscalls->child : nullptr; s; s = s->next) {
    const cJSON* inc = cJSON_GetObjectItemCaseSensitive(s, "includes");
    const cJSON* exc = cJSON_GetObjectItemCaseSensitive(s, "excludes");
    const cJSON* inc_arch = inc ? cJSON_GetObjectItemCaseSensitive(inc, "arches") : nullptr;
    const cJSON* exc_arch = exc ? cJSON_GetObjectItemCaseSensitive(exc, "arches") : nullptr;
    if (inc && !caps_all(cJSON_GetObjectItemCaseSensitive(inc, "caps"), caps)) continue;
    if (inc_arch && cJSON_GetArraySize(inc_arch) > 0 && !list_has(inc_arch, docker_arch())) continue;
    if (exc && caps_any(cJSON_GetObjectItemCaseSensitive(exc, "caps"), caps)) continue;
    if (exc_arch && list_has(exc_arch, docker_arch())) continue;
    cJSON* r = cJSON_CreateObject();
    for (const char* k : {"names", "name", "action", "errnoRet", "args"})
      if (cJSON* v = cJSON_GetObjectItemCaseSensitive(s, k)) cJSON_AddItemToObject(r, k, cJSON_Duplicate(v, 1));
    cJSON_AddItemToArray(rules, r);
  }
  return out;
}

}  // namespace ec::engine
