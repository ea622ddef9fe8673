// Wall-clock times as our records and logs carry them: RFC 3339, UTC ("Z"),
// whole seconds (records) or nanoseconds (runtime state, log entries). One
// formatter and one parser for every module (no sscanf/strftime needed).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ec {

int64_t now_realtime_ns();
// "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ" into buf (>= 40 bytes) without allocating; the length.
size_t format_time_buf(int64_t ns, char* buf, size_t cap);
// The same as a string (always 9 fraction digits).
std::string format_time_ns(int64_t ns);
// "YYYY-MM-DDTHH:MM:SSZ".
std::string rfc3339(int64_t unix_sec);
std::string now_rfc3339();

// RFC 3339 and the shorter forms docker takes: date, date+hh:mm, seconds
// optional, fraction optional, Z / ±hh:mm / ±hhmm / ±hh optional (none = local
// time). Nanoseconds since the epoch; false for anything else (trailing text too).
bool parse_rfc3339(std::string_view s, int64_t& ns);
// Fraction digits after the point, as nanoseconds (digits past 9 are dropped);
// false without digits.
bool take_fraction(std::string_view& s, int64_t& ns);

}  // namespace ec
