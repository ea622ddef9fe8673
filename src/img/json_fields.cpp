#include "img/json_fields.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/sort.h"

namespace ec::img::jf {

namespace {

bool is_null(const cJSON* j) { return !j || cJSON_IsNull(j); }

Error want(std::string_view where, const char* key, const char* what) {
  return make_error(field(where, key) + ": want " + what);
}

}  // namespace

const cJSON* member(const cJSON* obj, const char* key) {
  if (!obj || !cJSON_IsObject(obj)) return nullptr;
  const cJSON* j = cJSON_GetObjectItemCaseSensitive(obj, key);
  return j ? j : cJSON_GetObjectItem(obj, key);
}

std::string field(std::string_view where, const char* key) {
  // A document name ("manifest") gives "manifest: key"; a path inside it
  // ("manifest: layers[1]") gives "manifest: layers[1].key".
  std::string s(where);
  s += s.find(": ") == std::string::npos ? ": " : ".";
  return s + key;
}

Result<std::string> str(const cJSON* obj, const char* key, std::string_view where, bool required) {
  const cJSON* j = member(obj, key);
  if (is_null(j)) {
    if (required) return make_error(field(where, key) + ": missing");
    return std::string();
  }
  if (!cJSON_IsString(j)) return want(where, key, "a string");
  return std::string(j->valuestring);
}

Result<int64_t> count(const cJSON* obj, const char* key, std::string_view where, bool required) {
  const cJSON* j = member(obj, key);
  if (is_null(j)) {
    if (required) return make_error(field(where, key) + ": missing");
    return int64_t{0};
  }
  double d = cJSON_IsNumber(j) ? j->valuedouble : -1;
  if (!cJSON_IsNumber(j) || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
    return want(where, key, "a non-negative integer");
  return static_cast<int64_t>(d);
}

Result<std::vector<std::string>> str_array(const cJSON* obj, const char* key, std::string_view where) {
  const cJSON* j = member(obj, key);
  std::vector<std::string> out;
  if (is_null(j)) return out;
  if (!cJSON_IsArray(j)) return want(where, key, "an array of strings");
  int i = 0;
  for (const cJSON* e = j->child; e; e = e->next, i++) {
    if (!cJSON_IsString(e)) return make_error(strf("%s[%d]: want a string", field(where, key).c_str(), i));
    out.emplace_back(e->valuestring);
  }
  return out;
}

Result<Pairs> str_map(const cJSON* obj, const char* key, std::string_view where) {
  const cJSON* j = member(obj, key);
  Pairs out;
  if (is_null(j)) return out;
  if (!cJSON_IsObject(j)) return want(where, key, "an object of strings");
  for (const cJSON* e = j->child; e; e = e->next) {
    if (!cJSON_IsString(e))
      return make_error(field(where, key) + "[" + json_key(e) + "]: want a string");
    out.emplace_back(e->string ? e->string : "", e->valuestring);
  }
  ec::sort(out, [](auto& a, auto& b) { return a.first < b.first; });
  return out;
}

Result<std::vector<std::string>> key_set(const cJSON* obj, const char* key, std::string_view where) {
  const cJSON* j = member(obj, key);
  std::vector<std::string> out;
  if (is_null(j)) return out;
  if (!cJSON_IsObject(j)) return want(where, key, "an object");
  for (const cJSON* e = j->child; e; e = e->next) out.emplace_back(e->string ? e->string : "");
  ec::sort(out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<const cJSON*> object(const cJSON* obj, const char* key, std::string_view where, bool required) {
  const cJSON* j = member(obj, key);
  if (is_null(j)) {
    if (required) return make_error(field(where, key) + ": missing");
    return static_cast<const cJSON*>(nullptr);
  }
  if (!cJSON_IsObject(j)) return want(where, key, "an object");
  return j;
}

std::string json_key(const cJSON* e) { return e && e->string ? std::string(e->string) : std::string(); }

void add_str(cJSON* obj, const char* key, std::string_view v) {
  cJSON_AddItemToObject(obj, key, cJSON_CreateString(std::string(v).c_str()));
}

void add_int(cJSON* obj, const char* key, int64_t v) { cJSON_AddItemToObject(obj, key, cJSON_CreateNumber(static_cast<double>(v))); }

void add_str_array(cJSON* obj, const char* key, const std::vector<std::string>& v) {
  cJSON* a = cJSON_CreateArray();
  for (auto& s : v) cJSON_AddItemToArray(a, cJSON_CreateString(s.c_str()));
  cJSON_AddItemToObject(obj, key, a);
}

void add_str_map(cJSON* obj, const char* key, const Pairs& v) {
  cJSON* o = cJSON_CreateObject();
  for (auto& [k, val] : v) cJSON_AddItemToObject(o, k.c_str(), cJSON_CreateString(val.c_str()));
  cJSON_AddItemToObject(obj, key, o);
}

void add_key_set(cJSON* obj, const char* key, const std::vector<std::string>& v) {
  cJSON* o = cJSON_CreateObject();
  for (auto& k : v) cJSON_AddItemToObject(o, k.c_str(), cJSON_CreateObject());
  cJSON_AddItemToObject(obj, key, o);
}

}  // namespace ec::img::jf
