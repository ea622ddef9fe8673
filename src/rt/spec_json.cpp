#include "rt/spec_json.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/sort.h"
#include "core/strutil.h"

namespace ec::rt::specjson {
namespace {

bool number_char(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

// Number tokens outside of strings, in order.
void scan_numbers(std::string_view t, std::vector<std::string_view>& out) {
  size_t i = 0;
  while (i < t.size()) {
    char c = t[i];
    if (c == '"') {
      for (i++; i < t.size() && t[i] != '"'; i++)
        if (t[i] == '\\') i++;
      i++;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      size_t start = i;
      while (i < t.size() && number_char(t[i])) i++;
      out.push_back(t.substr(start, i - start));
    } else {
      i++;
    }
  }
}

void collect_numbers(const cJSON* n, std::vector<const cJSON*>& out) {
  for (; n; n = n->next) {
    if (cJSON_IsNumber(n)) out.push_back(n);
    if (n->child) collect_numbers(n->child, out);
  }
}

std::string shown(std::string_view text, double d) { return text.empty() ? strf("%.17g", d) : std::string(text); }

}  // namespace

void NumberTexts::index(std::string_view text, const cJSON* root) {
  map_.clear();
  std::vector<std::string_view> tokens;
  std::vector<const cJSON*> nodes;
  scan_numbers(text, tokens);
  if (root) collect_numbers(root, nodes);
  // Trailing text after the document (cJSON stops at its end) would add tokens.
  if (tokens.size() < nodes.size()) return;
  map_.reserve(nodes.size());
  for (size_t i = 0; i < nodes.size(); i++) {
    // Each pair must agree on the value, or the texts are not trusted at all.
    std::string tok(tokens[i]);
    if (strtod(tok.c_str(), nullptr) != nodes[i]->valuedouble) {
      map_.clear();
      return;
    }
    map_.emplace_back(nodes[i], tokens[i]);
  }
  ec::sort(map_, [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::string_view NumberTexts::find(const cJSON* n) const {
  auto it = std::lower_bound(map_.begin(), map_.end(), n, [](const auto& e, const cJSON* k) { return e.first < k; });
  return it != map_.end() && it->first == n ? it->second : std::string_view();
}

Node Node::child(const char* key) const {
  std::string p = path_.empty() ? std::string(key) : path_ + "." + key;
  if (!j_ || !cJSON_IsObject(j_)) return Node(nums_, nullptr, std::move(p));
  const cJSON* c = cJSON_GetObjectItemCaseSensitive(j_, key);
  if (!c) c = cJSON_GetObjectItem(j_, key);
  return Node(nums_, c, std::move(p));
}

Error Node::type_error(const char* want) const {
  return make_error((path_.empty() ? std::string("document") : path_) + ": expected " + want);
}

Status Node::expect_object() const {
  if (!j_ || !cJSON_IsObject(j_)) return type_error("an object");
  return {};
}

Status Node::get(std::string& out) const {
  if (!cJSON_IsString(j_)) return type_error("a string");
  out = j_->valuestring;
  return {};
}

Status Node::get(bool& out) const {
  if (!cJSON_IsBool(j_)) return type_error("a boolean");
  out = cJSON_IsTrue(j_);
  return {};
}

// Exact from the source text when known; otherwise from the double, where
// 2^64 and 2^63 stand for the maxima they were rounded up from.
Status Node::get_u64(uint64_t& out, uint64_t hi) const {
  if (!cJSON_IsNumber(j_)) return type_error("a number");
  std::string_view text = nums_ ? nums_->find(j_) : std::string_view();
  double d = j_->valuedouble;
  std::optional<uint64_t> v = text.empty() ? std::nullopt : parse_u64(text);
  if (!v) {
    if (d != std::floor(d)) return make_error(path_ + ": expected an integer, got " + shown(text, d));
    if (d < 0 || d > 18446744073709551616.0 || (d == 18446744073709551616.0 && !text.empty()))
      return make_error(strf("%s: %s is out of range (0..%llu)", path_.c_str(), shown(text, d).c_str(),
                             static_cast<unsigned long long>(hi)));
    v = d == 18446744073709551616.0 ? UINT64_MAX : static_cast<uint64_t>(d);
  }
  if (*v > hi)
    return make_error(strf("%s: %s is out of range (0..%llu)", path_.c_str(), shown(text, d).c_str(),
                           static_cast<unsigned long long>(hi)));
  out = *v;
  return {};
}

Status Node::get_i64(int64_t& out, int64_t lo, int64_t hi) const {
  if (!cJSON_IsNumber(j_)) return type_error("a number");
  std::string_view text = nums_ ? nums_->find(j_) : std::string_view();
  double d = j_->valuedouble;
  std::optional<int64_t> v = text.empty() ? std::nullopt : parse_i64(text);
  auto range = [&] {
    return make_error(strf("%s: %s is out of range (%lld..%lld)", path_.c_str(), shown(text, d).c_str(),
                           static_cast<long long>(lo), static_cast<long long>(hi)));
  };
  if (!v) {
    if (d != std::floor(d)) return make_error(path_ + ": expected an integer, got " + shown(text, d));
    if (d < -9223372036854775808.0 || d > 9223372036854775808.0 || (d == 9223372036854775808.0 && !text.empty()))
      return range();
    v = d == 9223372036854775808.0 ? INT64_MAX : static_cast<int64_t>(d);
  }
  if (*v < lo || *v > hi) return range();
  out = *v;
  return {};
}

Status Node::str(const char* key, std::string& out) const {
  Node c = child(key);
  return c ? c.get(out) : Status();
}

Status Node::boolean(const char* key, bool& out) const {
  Node c = child(key);
  return c ? c.get(out) : Status();
}

Status Node::boolean(const char* key, std::optional<bool>& out) const {
  Node c = child(key);
  if (!c) return {};
  bool v = false;
  EC_TRY(c.get(v));
  out = v;
  return {};
}

Status Node::strs(const char* key, std::vector<std::string>& out) const {
  out.clear();
  return each(key, [&](const Node& e) -> Status {
    std::string s;
    EC_TRY(e.get(s));
    out.push_back(std::move(s));
    return {};
  });
}

Status Node::str_map(const char* key, std::map<std::string, std::string>& out) const {
  Node m = child(key);
  if (!m) return {};
  EC_TRY(m.expect_object());
  for (const cJSON* e = m.j_->child; e; e = e->next) {
    Node v(nums_, e, m.path_ + "." + e->string);
    if (!cJSON_IsString(e)) return v.type_error("a string");
    out[e->string] = e->valuestring;
  }
  return {};
}

}  // namespace ec::rt::specjson
