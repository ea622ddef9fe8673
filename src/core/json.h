// Thin RAII and helpers over cJSON.
#pragma once
#include <cjson/cJSON.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"

namespace ec {

struct JsonDeleter {
  void operator()(cJSON* p) const { cJSON_Delete(p); }
};
using JsonPtr = std::unique_ptr<cJSON, JsonDeleter>;

// Parse text; `what` names the document in errors ("config.json: invalid JSON near ...").
Result<JsonPtr> json_parse(std::string_view text, std::string_view what);
std::string json_print(const cJSON* j, bool pretty = false);
// A JSON string literal with quotes and escapes.
std::string json_quote(std::string_view s);

}  // namespace ec
