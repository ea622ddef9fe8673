#include "cli/go_template.h"

#include <cmath>

#include "core/strutil.h"

namespace ec::cli {
namespace {

// Follow ".A.B.C" from v; nullptr when a step is missing.
Result<const cJSON*> lookup(const cJSON* v, std::string_view path, std::string_view action) {
  if (path == ".") return v;
  if (path.empty() || path[0] != '.')
    return make_error(strf("unsupported template action {{%.*s}}: supported are {{.Field.Path}}, {{json .Field}}",
                           static_cast<int>(action.size()), action.data()));
  path.remove_prefix(1);
  while (!path.empty()) {
    size_t dot = path.find('.');
    std::string key(path.substr(0, dot));
    if (key.empty() || key.find_first_of(" \t|()$\"") != std::string::npos)
      return make_error(strf("unsupported template action {{%.*s}}", static_cast<int>(action.size()), action.data()));
    if (!v || !cJSON_IsObject(v)) return static_cast<const cJSON*>(nullptr);
    v = cJSON_GetObjectItemCaseSensitive(v, key.c_str());
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return v;
}

std::string plain(const cJSON* v) {
  if (!v || cJSON_IsNull(v)) return "<no value>";
  if (cJSON_IsString(v)) return v->valuestring;
  if (cJSON_IsBool(v)) return cJSON_IsTrue(v) ? "true" : "false";
  if (cJSON_IsNumber(v)) {
    double d = v->valuedouble;
    if (std::floor(d) == d && std::fabs(d) < 9.2e18) return strf("%lld", static_cast<long long>(d));
    return strf("%g", d);
  }
  return json_print(v);
}

}  // namespace

Result<std::string> render_go_template(const cJSON* v, std::string_view tmpl) {
  std::string out;
  while (!tmpl.empty()) {
    size_t open = tmpl.find("{{");
    if (open == std::string_view::npos) {
      out += tmpl;
      break;
    }
    out += tmpl.substr(0, open);
    size_t close = tmpl.find("}}", open + 2);
    if (close == std::string_view::npos) return make_error("template: unclosed action \"{{\"");
    std::string_view action = trim(tmpl.substr(open + 2, close - open - 2));
    tmpl.remove_prefix(close + 2);
    bool as_json = false;
    std::string_view arg = action;
    if (starts_with(arg, "json ") || starts_with(arg, "json\t")) {
      as_json = true;
      arg = trim(arg.substr(5));
    }
    EC_ASSIGN(const cJSON* x, lookup(v, arg, action));
    if (as_json)
      out += x ? json_print(x) : "null";
    else
      out += plain(x);
  }
  return out;
}

}  // namespace ec::cli
