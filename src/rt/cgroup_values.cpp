// Value conversions and knob names shared by both cgroup versions and the
// spec checks: v1 -> v2 formulas (runc's), limits as knob text, hugetlb file
// names, unified keys. Built whatever cgroup versions are switched on.
#include <algorithm>
#include <cerrno>

#include "core/strutil.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup::detail {

uint64_t shares_to_weight(uint64_t shares) {
  if (shares == 0) return 0;
  shares = std::clamp<uint64_t>(shares, 2, 262144);  // the kernel's cpu.shares range
  return 1 + ((shares - 2) * 9999) / 262142;
}

uint64_t blkio_to_io_weight(uint64_t weight) {
  if (weight == 0) return 0;
  weight = std::clamp<uint64_t>(weight, 10, 1000);
  return 1 + (weight - 10) * 9999 / 990;
}

Result<int64_t> swap_to_v2(int64_t swap, int64_t memory) {
  // Unlimited memory with no swap value: unlimited swap too (as on v1).
  if (memory == -1 && swap == 0) return -1;
  if (swap == -1 || swap == 0) return swap;
  if (memory == 0 || memory == -1) return make_error("memory.swap needs a memory.limit (swap is memory+swap)");
  if (memory < 0) return make_error(strf("invalid memory limit %lld", (long long)memory));
  if (swap < memory) return make_error("memory.swap (memory+swap) must be >= memory.limit");
  return swap - memory;
}

std::string v2_limit(int64_t v) {
  if (v == 0) return "";
  if (v == -1) return "max";
  return std::to_string(v);
}

std::string cpu_max(int64_t quota, uint64_t period) {
  if (quota == 0 && period == 0) return "";
  std::string s = quota > 0 ? std::to_string(quota) : std::string("max");
  if (period != 0) {
    s += ' ';
    s += std::to_string(period);
  }
  return s;
}

std::string pids_max(int64_t limit) { return limit <= 0 ? "max" : std::to_string(limit); }

Result<std::string> hugetlb_file(const std::string& page_size, bool v2, bool rsvd) {
  // "<digits><K|M|G|T|P>B", the names the kernel gives hugetlb files.
  size_t n = page_size.size(), digits = 0;
  while (digits < n && page_size[digits] >= '0' && page_size[digits] <= '9') digits++;
  if (digits == 0 || n != digits + 2 || std::string_view("KMGTP").find(page_size[digits]) == std::string_view::npos ||
      page_size[n - 1] != 'B')
    return make_error("hugepage size \"" + page_size + "\": expected a size like 2MB or 1GB");
  std::string f = "hugetlb." + page_size + (rsvd ? ".rsvd" : "");
  return f + (v2 ? ".max" : ".limit_in_bytes");
}

Status check_unified_key(const std::string& key) {
  if (key.empty() || key == "." || key == ".." || key.find('/') != std::string::npos ||
      key.find('\0') != std::string::npos)
    return make_error("unified key \"" + key + "\": must be a file name in the container's cgroup");
  return {};
}

}  // namespace ec::rt::cgroup::detail
