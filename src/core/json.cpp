#include "core/json.h"

#include <cstdio>
#include <cstdlib>

namespace ec {

Result<JsonPtr> json_parse(std::string_view text, std::string_view what) {
  const char* end = nullptr;
  cJSON* j = cJSON_ParseWithLengthOpts(text.data(), text.size(), &end, 0);
  if (!j) {
    size_t off = end ? static_cast<size_t>(end - text.data()) : 0;
    if (off > text.size()) off = text.size();
    std::string near(text.substr(off, 24));
    for (auto& c : near)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return make_error(std::string(what) + ": invalid JSON at byte " + std::to_string(off) + " near '" + near + "'");
  }
  return JsonPtr(j);
}

std::string json_print(const cJSON* j, bool pretty) {
  char* s = pretty ? cJSON_Print(j) : cJSON_PrintUnformatted(j);
  if (!s) return "null";
  std::string out(s);
  free(s);
  return out;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace ec
