#include "cli/output.h"

#include <time.h>

#include <cstdio>
#include <cstdlib>

#include "core/error.h"
#include "core/fs.h"
#include "core/rfc3339.h"

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

int64_t unix_seconds(std::string_view rfc3339) {
  int64_t ns;
  if (!parse_rfc3339(rfc3339, ns)) return -1;
  return ns / 1000000000 - (ns % 1000000000 < 0);
}

void out(const std::string& s) { (void)write_all(1, s); }

}  // namespace ec::cli
