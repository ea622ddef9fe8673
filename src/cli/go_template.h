// The part of Go's text/template that users pass to `inspect -f` in scripts: {{.Field.Path}}, {{json .Field}}, {{.}} and literal text around them.
#pragma once
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/json.h"

namespace ec::cli {

// Render `tmpl` against `v`. Strings print raw, integral numbers without a fraction,
// booleans as true/false, null as <no value>, objects and arrays as compact JSON.
// A missing field prints <no value> as Go does for maps; anything beyond the subset
// above ({{range}}, {{if}}, pipes, functions) is an error naming it.
Result<std::string> render_go_template(const cJSON* v, std::string_view tmpl);

}  // namespace ec::cli
