#include "core/rfc3339.h"

#include <time.h>

#include <climits>
#include <cstdio>
#include <cstring>

namespace ec {

namespace {

constexpr int64_t kNs = 1000000000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool take_char(std::string_view& s, char c) {
  if (s.empty() || s[0] != c) return false;
  s.remove_prefix(1);
  return true;
}

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

struct tm utc(int64_t sec) {
  time_t t = static_cast<time_t>(sec);
  struct tm tm;
  if (!gmtime_r(&t, &tm)) memset(&tm, 0, sizeof tm);
  return tm;
}

}  // namespace

int64_t now_realtime_ns() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * kNs + ts.tv_nsec;
}

size_t format_time_buf(int64_t ns, char* buf, size_t cap) {
  int64_t s = ns / kNs, f = ns % kNs;
  if (f < 0) {
    f += kNs;
    s -= 1;
  }
  struct tm tm = utc(s);
  int n = snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02d.%09lldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                   tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(f));
  return n < 0 ? 0 : static_cast<size_t>(n) < cap ? static_cast<size_t>(n) : cap - 1;
}

std::string format_time_ns(int64_t ns) {
  char buf[48];
  return std::string(buf, format_time_buf(ns, buf, sizeof buf));
}

std::string rfc3339(int64_t unix_sec) {
  struct tm tm = utc(unix_sec);
  char buf[48];
  int n = snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                   tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return std::string(buf, n > 0 ? static_cast<size_t>(n) : 0);
}

std::string now_rfc3339() { return rfc3339(static_cast<int64_t>(::time(nullptr))); }

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
  if (M < 1 || M > 12 || D < 1 || D > days_in_month(Y, M) || h > 23 || mi > 59 || sec > 60) return false;
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

}  // namespace ec
