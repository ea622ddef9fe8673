// --since/--until times: RFC 3339 (core/rfc3339), Unix seconds, Go durations.
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/rfc3339.h"
#include "core/strutil.h"
#include "rt/engine/log_internal.h"
#include "rt/engine/logfile.h"

namespace ec::engine {

using log_detail::is_digit;
using log_detail::kNs;
using log_detail::take_char;

namespace {

// Go's time.ParseDuration syntax: [+-]? (number unit)+, units ns us µs ms s m h; "0" alone.
bool parse_duration(std::string_view s, int64_t& out) {
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") {
    out = 0;
    return true;
  }
  if (s.empty()) return false;
  struct Unit {
    const char* name;
    int64_t ns;
  };
  static const Unit kUnits[] = {{"ns", 1},
                                {"us", 1000},
                                {"\xc2\xb5s", 1000},  // U+00B5 micro sign
                                {"\xce\xbcs", 1000},  // U+03BC greek mu
                                {"ms", 1000000},
                                {"s", kNs},
                                {"m", 60 * kNs},
                                {"h", 3600 * kNs}};
  int64_t total = 0;
  while (!s.empty()) {
    int64_t whole = 0;
    size_t i = 0;
    while (i < s.size() && is_digit(s[i])) {
      if (__builtin_mul_overflow(whole, 10, &whole) ||
          __builtin_add_overflow(whole, s[i] - '0', &whole))
        return false;
      i++;
    }
    bool have_digits = i > 0;
    s.remove_prefix(i);
    // Fraction as digits/scale; more than 9 digits add nothing for these units.
    int64_t fnum = 0, fscale = 1;
    if (take_char(s, '.')) {
      size_t k = 0;
      while (k < s.size() && is_digit(s[k])) {
        if (k < 9) {
          fnum = fnum * 10 + (s[k] - '0');
          fscale *= 10;
        }
        k++;
      }
      have_digits = have_digits || k > 0;
      s.remove_prefix(k);
    }
    if (!have_digits) return false;
    const Unit* unit = nullptr;
    for (const Unit& u : kUnits) {
      size_t len = strlen(u.name);
      // Longest match first matters only for "ms" vs "m": "ms" comes earlier in the table.
      if (s.substr(0, len) == u.name) {
        unit = &u;
        s.remove_prefix(len);
        break;
      }
    }
    if (!unit) return false;
    int64_t part;
    if (__builtin_mul_overflow(whole, unit->ns, &part)) return false;
    // fnum < fscale <= 1e9 and unit <= 3.6e12: fnum * ns can overflow, so ns is split by
    // fscale (no __int128: 32-bit targets have none).
    int64_t fpart = fnum * (unit->ns / fscale) + fnum * (unit->ns % fscale) / fscale;
    if (__builtin_add_overflow(part, static_cast<int64_t>(fpart), &part) ||
        __builtin_add_overflow(total, part, &total))
      return false;
  }
  out = neg ? -total : total;
  return true;
}

}  // namespace


namespace {

// "1700000000" or "1700000000.123" (fraction = part of a second).
bool parse_unix(std::string_view s, int64_t& out) {
  size_t i = 0;
  int64_t secs = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (secs > (INT64_MAX / kNs - 1) / 10) return false;
    secs = secs * 10 + (s[i] - '0');
    i++;
  }
  if (i == 0) return false;
  s.remove_prefix(i);
  int64_t frac = 0;
  if (take_char(s, '.') && !take_fraction(s, frac)) return false;
  if (!s.empty()) return false;
  out = secs * kNs + frac;
  return true;
}

}  // namespace

Result<int64_t> parse_go_duration(std::string_view v) {
  int64_t d = 0;
  if (!parse_duration(v, d))
    return make_error("invalid duration \"" + std::string(v) +
                      "\": want e.g. 30s, 1m30s, 1.5h, 500ms");
  return d;
}

Result<int64_t> parse_time_arg(std::string_view v, int64_t now_ns) {
  std::string_view s = trim(v);
  int64_t t = 0;
  bool ok;
  if (s.size() >= 5 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      s[4] == '-') {
    ok = parse_rfc3339(s, t);
  } else if (!s.empty() && (is_digit(s[0]) || s[0] == '.') &&
             s.find_first_not_of("0123456789.") == std::string_view::npos) {
    ok = parse_unix(s, t);
  } else {
    int64_t d = 0;
    ok = parse_duration(s, d) && !__builtin_sub_overflow(now_ns, d, &t);
  }
  if (!ok)
    return make_error("invalid time \"" + std::string(v) +
                      "\": want RFC 3339 (2026-11-25T14:52:11Z), Unix seconds or a duration "
                      "like 10m");
  return t;
}

}  // namespace ec::engine
