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

// Fraction digits after the point, as nanoseconds (digits past 9 are dropped).
bool take_fraction(std::string_view& s, int64_t& ns);

// Writes "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ" into buf (>= 40 bytes) without allocating.
size_t format_time_buf(int64_t ns, char* buf, size_t cap);

// RFC 3339 and the shorter forms docker takes: date, date+hh:mm, seconds
// optional, fraction optional, Z / ±hh:mm / ±hhmm / ±hh optional (none = local).
bool parse_rfc3339(std::string_view s, int64_t& out);

// path, path.1, path.2 ...
inline std::string numbered(const std::string& path, unsigned i) {
  return i == 0 ? path : path + "." + std::to_string(i);
}

}  // namespace ec::engine::log_detail
