#include "cli/output.h"

#include <time.h>

#include <cstdio>
#include <cstdlib>

#include "core/error.h"
#include "core/fs.h"

namespace ec::cli {

std::string format_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width;
  for (auto& r : rows)
    for (size_t i = 0; i < r.size(); i++) {
      if (width.size() <= i) width.push_back(0);
      if (r[i].size() > width[i]) width[i] = r[i].size();
    }
  std::string s;
  for (auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); i++) {
      line += r[i];
      if (i + 1 < r.size()) line.append(width[i] - r[i].size() + 3, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    s += line + "\n";
  }
  return s;
}

std::string human_size(uint64_t b) {
  static const char* units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1000 && u < 5) {
    v /= 1000;
    u++;
  }
  if (u == 0) return strf("%lluB", static_cast<unsigned long long>(b));
  // Three significant digits, as docker's go-units HumanSize.
  return strf("%.3g%s", v, units[u]);
}

std::string human_age(int64_t s) {
  auto unit = [](int64_t n, const char* one, const char* many) {
    return n == 1 ? strf("%s ago", one) : strf("%lld %s ago", static_cast<long long>(n), many);
  };
  if (s < 1) return "Less than a second ago";
  if (s < 60) return unit(s, "1 second", "seconds");
  if (s < 3600) return unit(s / 60, "About a minute", "minutes");
  if (s < 48 * 3600) return unit(s / 3600, "About an hour", "hours");
  if (s < 14 * 86400) return unit(s / 86400, "1 day", "days");
  if (s < 60 * 86400) return unit(s / (7 * 86400), "1 week", "weeks");
  if (s < 365 * 86400) return unit(s / (30 * 86400), "1 month", "months");
  return unit(s / (365 * 86400), "1 year", "years");
}

int64_t parse_rfc3339(const std::string& s) {
  struct tm tm = {};
  int consumed = 0;
  if (sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
             &tm.tm_sec, &consumed) != 6)
    return -1;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  int64_t t = timegm(&tm);
  const char* p = s.c_str() + consumed;
  if (*p == '.')
    for (p++; *p >= '0' && *p <= '9'; p++) {
    }
  if (*p == 'Z' || *p == 'z' || *p == 0) return t;
  int hh = 0, mm = 0;
  if ((*p == '+' || *p == '-') && sscanf(p + 1, "%2d:%2d", &hh, &mm) == 2)
    return *p == '+' ? t - (hh * 3600 + mm * 60) : t + (hh * 3600 + mm * 60);
  return -1;
}

void out(const std::string& s) { (void)write_all(1, s); }

}  // namespace ec::cli
