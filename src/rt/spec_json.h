// Internal to the spec parser: typed reads from a cJSON tree whose errors
// name the JSON path ("linux.resources.memory.limit: expected a number").
#pragma once
#include <cjson/cJSON.h>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

namespace ec::rt::specjson {

// The source text of each number node. cJSON keeps only a double, which
// cannot hold 2^64-1 (RLIM_INFINITY) or most integers above 2^53.
class NumberTexts {
 public:
  // Pairs the number nodes of `root` with the number tokens of `text`
  // (both in document order). Leaves the table empty if they disagree.
  void index(std::string_view text, const cJSON* root);
  std::string_view find(const cJSON* n) const;

 private:
  std::vector<std::pair<const cJSON*, std::string_view>> map_;  // sorted by node
};

// A JSON value and its path. A missing member or JSON null is "absent"
// (false), as Go's encoding/json treats them.
class Node {
 public:
  Node(const NumberTexts* nums, const cJSON* j, std::string path)
      : nums_(nums), j_(j && !cJSON_IsNull(j) ? j : nullptr), path_(std::move(path)) {}

  explicit operator bool() const { return j_ != nullptr; }
  const cJSON* json() const { return j_; }
  const std::string& path() const { return path_; }

  // Member `key` (exact case first, then case-insensitive like Go).
  Node child(const char* key) const;
  Error type_error(const char* want) const;
  Status expect_object() const;

  // Conversions of this value.
  Status get(std::string& out) const;
  Status get(bool& out) const;
  Status get_i64(int64_t& out, int64_t lo, int64_t hi) const;
  Status get_u64(uint64_t& out, uint64_t hi) const;
  template <class T>
  Status get_int(T& out) const {
    static_assert(std::is_integral_v<T>);
    if constexpr (std::is_signed_v<T>) {
      int64_t v = 0;
      EC_TRY(get_i64(v, std::numeric_limits<T>::min(), std::numeric_limits<T>::max()));
      out = static_cast<T>(v);
    } else {
      uint64_t v = 0;
      EC_TRY(get_u64(v, std::numeric_limits<T>::max()));
      out = static_cast<T>(v);
    }
    return {};
  }

  // Optional members: `out` is left untouched when the member is absent.
  Status str(const char* key, std::string& out) const;
  Status boolean(const char* key, bool& out) const;
  Status boolean(const char* key, std::optional<bool>& out) const;
  template <class T>
  Status num(const char* key, T& out) const {
    Node c = child(key);
    return c ? c.get_int(out) : Status();
  }
  template <class T>
  Status num(const char* key, std::optional<T>& out) const {
    Node c = child(key);
    if (!c) return {};
    T v{};
    EC_TRY(c.get_int(v));
    out = v;
    return {};
  }
  Status strs(const char* key, std::vector<std::string>& out) const;
  Status str_map(const char* key, std::map<std::string, std::string>& out) const;

  // Calls fn(Node) for each element of the array member `key`.
  template <class F>
  Status each(const char* key, F&& fn) const {
    Node a = child(key);
    if (!a) return {};
    if (!cJSON_IsArray(a.j_)) return a.type_error("an array");
    int i = 0;
    for (const cJSON* e = a.j_->child; e; e = e->next, i++) EC_TRY(fn(Node(nums_, e, a.path_ + "[" + std::to_string(i) + "]")));
    return {};
  }

 private:
  const NumberTexts* nums_;
  const cJSON* j_;
  std::string path_;
};

// Section parsers shared by parse_spec, parse_resources and parse_process.
Result<Process> parse_process_node(const Node& n);
Result<Resources> parse_resources_node(const Node& n);
Status parse_linux_node(const Node& n, Linux& out);
Status parse_id_mappings(const Node& parent, const char* key, std::vector<IdMapping>& out);

}  // namespace ec::rt::specjson
