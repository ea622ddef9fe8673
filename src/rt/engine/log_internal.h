// What the json-file log sources (log_time, log_writer, log_reader) share.
// Internal to src/rt/engine/log_*.cpp; everyone else uses logfile.h.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ec::engine::log_detail {

constexpr int64_t kNs = 1000000000;
// Rotated files probed: path.1 ... path.kMaxProbe.
constexpr unsigned kMaxProbe = 1000;

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool take_char(std::string_view& s, char c) {
  if (s.empty() || s[0] != c) return false;
  s.remove_prefix(1);
  return true;
}

// path, path.1, path.2 ...
inline std::string numbered(const std::string& path, unsigned i) {
  return i == 0 ? path : path + "." + std::to_string(i);
}

}  // namespace ec::engine::log_detail
