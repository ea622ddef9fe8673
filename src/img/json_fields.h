// Typed access to fields of JSON documents from registries and archives
// (manifests, configs, index.json ...). Every error names the field with
// its path: "manifest: layers[1].digest: want a string".
// Keys match exactly first, then case-insensitively, as Go's encoding/json
// (which wrote most of these documents) reads them.
#pragma once
#include <cjson/cJSON.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace ec::img::jf {

using Pairs = std::vector<std::pair<std::string, std::string>>;

const cJSON* member(const cJSON* obj, const char* key);
// Field names in messages: where "manifest" -> "manifest: key", where
// "manifest: layers[1]" -> "manifest: layers[1].key".
std::string field(std::string_view where, const char* key);
// The key of an object member (e->string), or "".
std::string json_key(const cJSON* e);

// Missing or null: empty / 0 / {} unless `required`.
Result<std::string> str(const cJSON* obj, const char* key, std::string_view where, bool required = false);
// Non-negative integer up to 2^53.
Result<int64_t> count(const cJSON* obj, const char* key, std::string_view where, bool required = false);
Result<std::vector<std::string>> str_array(const cJSON* obj, const char* key, std::string_view where);
// Object of strings -> pairs, sorted by key.
Result<Pairs> str_map(const cJSON* obj, const char* key, std::string_view where);
// Keys of an object (Volumes, ExposedPorts: values are empty objects), sorted.
Result<std::vector<std::string>> key_set(const cJSON* obj, const char* key, std::string_view where);
// The member as an object; missing/null gives nullptr, another type an error.
Result<const cJSON*> object(const cJSON* obj, const char* key, std::string_view where, bool required = false);

// Builders used when writing documents (cJSON keeps insertion order, so the
// output is deterministic).
void add_str(cJSON* obj, const char* key, std::string_view v);
void add_int(cJSON* obj, const char* key, int64_t v);
void add_str_array(cJSON* obj, const char* key, const std::vector<std::string>& v);
void add_str_map(cJSON* obj, const char* key, const Pairs& v);
void add_key_set(cJSON* obj, const char* key, const std::vector<std::string>& v);

}  // namespace ec::img::jf
