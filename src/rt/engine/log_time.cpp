// Times for json-file logs: RFC 3339 / Unix seconds / Go durations parsed,
// entry timestamps formatted.
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/strutil.h"
#include "rt/engine/log_internal.h"
#include "rt/engine/logfile.h"

namespace ec::engine {

using log_detail::format_time_buf;
using log_detail::is_digit;
using log_detail::kNs;
using log_detail::parse_rfc3339;
using log_detail::take_char;
using log_detail::take_fraction;

namespace {

bool take_int(std::string_view& s, size_t n, int& v) {
  if (s.size() < n) return false;
  v = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_digit(s[i])) return false;
    v = v * 10 + (s[i] - '0');
  }
  s.remove_prefix(n);
  return true;
}

bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap_year(y) ? 29 : kDays[m - 1];
}

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

namespace log_detail {

// Writes "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ" into buf (>= 40 bytes) without allocating.
size_t format_time_buf(int64_t ns, char* buf, size_t cap) {
  int64_t s = ns / kNs, f = ns % kNs;
  if (f < 0) {
    f += kNs;
    s -= 1;
  }
  time_t t = static_cast<time_t>(s);
  struct tm tm;
  if (!gmtime_r(&t, &tm)) memset(&tm, 0, sizeof tm);
  int n = snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02d.%09lldZ", tm.tm_year + 1900,
                   tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                   static_cast<long long>(f));
  return n < 0 ? 0 : static_cast<size_t>(n) < cap ? static_cast<size_t>(n) : cap - 1;
}

// Fraction digits after the point, as nanoseconds (digits past 9 are dropped).
bool take_fraction(std::string_view& s, int64_t& ns) {
  size_t i = 0;
  ns = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i < 9) ns = ns * 10 + (s[i] - '0');
    i++;
  }
  if (i == 0) return false;
  for (size_t k = i; k < 9; k++) ns *= 10;
  s.remove_prefix(i);
  return true;
}

// RFC 3339 and the shorter forms docker takes: date, date+hh:mm, seconds
// optional, fraction optional, Z / ±hh:mm / ±hhmm / ±hh optional (none = local).
bool parse_rfc3339(std::string_view s, int64_t& out) {
  int Y, M, D, h = 0, mi = 0, sec = 0;
  int64_t frac = 0;
  if (!take_int(s, 4, Y) || !take_char(s, '-') || !take_int(s, 2, M) || !take_char(s, '-') ||
      !take_int(s, 2, D))
    return false;
  if (!s.empty() && (s[0] == 'T' || s[0] == 't' || s[0] == ' ')) {
    s.remove_prefix(1);
    if (!take_int(s, 2, h) || !take_char(s, ':') || !take_int(s, 2, mi)) return false;
    if (take_char(s, ':')) {
      if (!take_int(s, 2, sec)) return false;
      if ((take_char(s, '.') || take_char(s, ',')) && !take_fraction(s, frac)) return false;
    }
  }
  bool zone = false;
  int offset = 0;
  if (take_char(s, 'Z') || take_char(s, 'z')) {
    zone = true;
  } else if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    int sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
    int oh, om = 0;
    if (!take_int(s, 2, oh)) return false;
    if (take_char(s, ':')) {
      if (!take_int(s, 2, om)) return false;
    } else if (!s.empty() && !take_int(s, 2, om)) {
      return false;
    }
    if (oh > 23 || om > 59) return false;
    zone = true;
    offset = sign * (oh * 3600 + om * 60);
  }
  if (!s.empty()) return false;
  if (M < 1 || M > 12 || D < 1 || D > days_in_month(Y, M) || h > 23 || mi > 59 || sec > 60)
    return false;
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  tm.tm_year = Y - 1900;
  tm.tm_mon = M - 1;
  tm.tm_mday = D;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  int64_t t;
  if (zone) {
    t = static_cast<int64_t>(timegm(&tm)) - offset;
  } else {
    tm.tm_isdst = -1;  // let the zone rules decide, as docker's local-time parse does
    t = static_cast<int64_t>(mktime(&tm));
  }
  if (t > INT64_MAX / kNs - 1 || t < INT64_MIN / kNs + 1) return false;
  out = t * kNs + frac;
  return true;
}

}  // namespace log_detail

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

int64_t now_realtime_ns() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * kNs + ts.tv_nsec;
}

std::string format_time_ns(int64_t ns) {
  char buf[48];
  size_t n = format_time_buf(ns, buf, sizeof buf);
  return std::string(buf, n);
}

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
