#include "core/config.h"

#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"

namespace ec {

bool EngineConfig::is_insecure(const std::string& host) const {
  std::string bare = host.substr(0, host.rfind(':') == std::string::npos ? host.size() : host.rfind(':'));
  for (auto& h : insecure_registries)
    if (h == host || h == bare) return true;
  return false;
}

Result<uint64_t> parse_byte_size(std::string_view s) {
  if (s.empty()) return make_error("empty size");
  uint64_t mult = 1;
  char last = static_cast<char>(tolower(static_cast<unsigned char>(s.back())));
  std::string_view num = s;
  if (last == 'b' && s.size() > 1 && !isdigit(static_cast<unsigned char>(s[s.size() - 2]))) {
    num.remove_suffix(1);
    last = static_cast<char>(tolower(static_cast<unsigned char>(num.back())));
  }
  switch (last) {
    case 'k': mult = 1ULL << 10; break;
    case 'm': mult = 1ULL << 20; break;
    case 'g': mult = 1ULL << 30; break;
    case 't': mult = 1ULL << 40; break;
    default: break;
  }
  if (mult != 1) num.remove_suffix(1);
  auto n = parse_u64(num);
  if (!n) return make_error("invalid size \"" + std::string(s) + "\"");
  if (*n > UINT64_MAX / mult) return make_error("size too large \"" + std::string(s) + "\"");
  return *n * mult;
}

namespace {

Status want_string(const cJSON* v, const std::string& where, std::string& out) {
  if (!cJSON_IsString(v)) return make_error(where + ": expected a string");
  out = v->valuestring;
  return {};
}

Status want_strings(const cJSON* v, const std::string& where, std::vector<std::string>& out) {
  if (!cJSON_IsArray(v)) return make_error(where + ": expected an array of strings");
  out.clear();
  int i = 0;
  const cJSON* it;
  cJSON_ArrayForEach(it, v) {
    std::string s;
    EC_TRY(want_string(it, strf("%s[%d]", where.c_str(), i++), s));
    out.push_back(std::move(s));
  }
  return {};
}

Status want_uint(const cJSON* v, const std::string& where, uint64_t max, uint64_t& out) {
  if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > static_cast<double>(max) ||
      v->valuedouble != static_cast<double>(static_cast<uint64_t>(v->valuedouble)))
    return make_error(strf("%s: expected a whole number from 0 to %llu", where.c_str(),
                           static_cast<unsigned long long>(max)));
  out = static_cast<uint64_t>(v->valuedouble);
  return {};
}

Status parse_runtimes(const cJSON* v, EngineConfig& c) {
  if (!cJSON_IsObject(v)) return make_error("runtimes: expected an object");
  const cJSON* it;
  cJSON_ArrayForEach(it, v) {
    std::string where = std::string("runtimes.") + it->string;
    if (!cJSON_IsObject(it)) return make_error(where + ": expected an object");
    RuntimeEntry e;
    const cJSON* f;
    cJSON_ArrayForEach(f, it) {
      if (strcmp(f->string, "path") == 0) EC_TRY(want_string(f, where + ".path", e.path));
      else if (strcmp(f->string, "args") == 0 || strcmp(f->string, "runtimeArgs") == 0)
        EC_TRY(want_strings(f, where + "." + f->string, e.args));
      else return make_error(where + ": unknown key \"" + f->string + "\"");
    }
    if (e.path.empty() || e.path[0] != '/') return make_error(where + ".path: an absolute path is required");
    c.runtimes[it->string] = std::move(e);
  }
  return {};
}

Status parse_key(const cJSON* v, EngineConfig& c) {
  std::string k = v->string;
  uint64_t n = 0;
  if (k == "root") return want_string(v, k, c.root);
  if (k == "run-root") return want_string(v, k, c.run_root);
  if (k == "insecure-registries") return want_strings(v, k, c.insecure_registries);
  if (k == "registry-mirrors") return want_strings(v, k, c.registry_mirrors);
  if (k == "certs-dir") return want_string(v, k, c.certs_dir);
  if (k == "auth-file") return want_string(v, k, c.auth_file);
  if (k == "default-runtime") return want_string(v, k, c.default_runtime);
  if (k == "runtimes") return parse_runtimes(v, c);
  if (k == "nat-backend") return want_string(v, k, c.nat_backend);
  if (k == "default-network") return want_string(v, k, c.default_network);
  if (k == "cni-conf-dirs") return want_strings(v, k, c.cni_conf_dirs);
  if (k == "cni-bin-dirs") return want_strings(v, k, c.cni_bin_dirs);
  if (k == "keep-compressed-blobs") {
    if (!cJSON_IsBool(v)) return make_error(k + ": expected true or false");
    c.keep_compressed_blobs = cJSON_IsTrue(v);
    return {};
  }
  if (k == "max-concurrent-downloads") {
    EC_TRY(want_uint(v, k, 16, n));
    if (n == 0) return make_error(k + ": must be at least 1");
    c.max_concurrent_downloads = static_cast<int>(n);
    return {};
  }
  if (k == "max-gzip-ratio") {
    EC_TRY(want_uint(v, k, 1000000, n));
    c.max_gzip_ratio = static_cast<unsigned>(n);
    return {};
  }
  if (k == "max-layer-size") {
    if (cJSON_IsNumber(v)) {
      EC_TRY(want_uint(v, k, UINT64_MAX >> 11, n));
      c.max_layer_size = n;
      return {};
    }
    std::string s;
    EC_TRY(want_string(v, k, s));
    auto sz = parse_byte_size(s);
    if (!sz) return std::move(sz).error().context(k);
    c.max_layer_size = *sz;
    return {};
  }
  return make_error("unknown key \"" + k + "\"");
}

}  // namespace

Result<EngineConfig> parse_engine_config(std::string_view text, std::string_view what) {
  EC_ASSIGN(JsonPtr j, json_parse(text, what));
  if (!cJSON_IsObject(j.get())) return make_error(std::string(what) + ": expected a JSON object");
  EngineConfig c;
  const cJSON* it;
  cJSON_ArrayForEach(it, j.get()) {
    if (auto r = parse_key(it, c); !r) return std::move(r).error().context(what);
  }
  for (const std::string* p : {&c.root, &c.run_root, &c.certs_dir})
    if (p->empty() || (*p)[0] != '/')
      return make_error(std::string(what) + ": paths must be absolute: \"" + *p + "\"");
  return c;
}

Result<EngineConfig> load_engine_config(const std::string& path, bool required) {
  auto text = read_file(path);
  if (!text) {
    if (text.error().code == ENOENT && !required) return EngineConfig{};
    return std::move(text).error().context("engine config");
  }
  return parse_engine_config(*text, path);
}

}  // namespace ec
