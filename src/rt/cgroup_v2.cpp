// cgroup v2 knobs: controller enabling, memory/cpu/io/hugetlb, the `unified`
// map, freezing. Out with -Dcgroup_v2=disabled (cgroup_v2_stub.cpp); the
// v1 -> v2 value conversions (runc's formulas) are in cgroup_values.cpp.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>

#include "core/log.h"
#include "core/strutil.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup::detail {

namespace {

bool has_word(std::string_view text, std::string_view word) {
  for (auto& w : split(text, ' ', true))
    if (trim(w) == word) return true;
  return false;
}

void ignored(const char* what) { logf(LogLevel::Warn, "cgroup v2 has no %s: ignored", what); }

}  // namespace

Status v2_enable_controller(const std::string& dir, const std::string& controller) {
  EC_ASSIGN(std::string avail, read_in(dir, "cgroup.controllers"));
  if (has_word(avail, controller)) return {};
  // Not offered here: enable it in the parent, unless this is the mount root.
  std::string parent = dir.substr(0, dir.rfind('/'));
  struct stat a, b;
  if (parent.empty() || ::stat(dir.c_str(), &a) < 0 || ::stat(parent.c_str(), &b) < 0 || a.st_dev != b.st_dev)
    return not_supported(controller + " cgroup controller");
  EC_TRY(v2_enable_controller(parent, controller));
  EC_ASSIGN(std::string enabled, read_in(parent, "cgroup.subtree_control"));
  if (!has_word(enabled, controller))
    EC_TRYC(write_in(parent, "cgroup.subtree_control", "+" + controller), "enable the " + controller + " controller");
  return {};
}

Status v2_memory(const std::string& dir, const MemoryResources& m) {
  int64_t limit = m.limit.value_or(0), swap = m.swap.value_or(0);
  if (m.check_before_update.value_or(false) && limit > 0) {
    EC_ASSIGN(std::string cur, read_in(dir, "memory.current"));
    auto used = parse_u64(cur);
    if (used && *used > static_cast<uint64_t>(limit))
      return make_error(strf("memory limit %lld is below the current usage %llu", (long long)limit,
                             (unsigned long long)*used),
                        EBUSY);
  }
  EC_ASSIGN(int64_t sw, swap_to_v2(swap, limit));
  // swap == memory: no swap at all ("0"), not "leave alone".
  std::string sws = sw == 0 && swap > 0 ? std::string(1, '0') : v2_limit(sw);
  if (!sws.empty()) {
    auto r = write_in(dir, "memory.swap.max", sws);
    // Without swap accounting, "unlimited" and "none" are what we have anyway.
    if (!r && !(r.error().code == ENOTSUP && (sws == "max" || sws == "0"))) return r;
  }
  if (limit != 0) EC_TRY(write_in(dir, "memory.max", v2_limit(limit)));
  if (m.reservation && *m.reservation != 0) EC_TRY(write_in(dir, "memory.low", v2_limit(*m.reservation)));
  if (m.swappiness) ignored("memory.swappiness");
  if (m.disable_oom_killer.value_or(false)) ignored("memory.oom_control (disableOOMKiller)");
  if (m.kernel || m.kernel_tcp) ignored("kernel memory limits");
  return {};
}

Status v2_cpu(const std::string& dir, const CpuResources& c) {
  if (c.realtime_runtime || c.realtime_period)
    return make_error("cpu.realtimeRuntime/realtimePeriod: not supported by this kernel: cgroup v2 has no rt_runtime",
                      ENOTSUP);
  if (uint64_t w = shares_to_weight(c.shares.value_or(0))) EC_TRY(write_in(dir, "cpu.weight", std::to_string(w)));
  int64_t quota = c.quota.value_or(0);
  std::string max = cpu_max(quota, c.period.value_or(0));
  // A larger burst may exceed the old quota (EINVAL): retry after cpu.max.
  std::string burst_later;
  if (c.burst) {
    auto r = write_in(dir, "cpu.max.burst", std::to_string(*c.burst));
    if (!r) {
      if (r.error().code != EINVAL || quota == 0) return r;
      burst_later = std::to_string(*c.burst);
    }
  }
  if (!max.empty()) {
    EC_TRY(write_in(dir, "cpu.max", max));
    if (!burst_later.empty()) EC_TRY(write_in(dir, "cpu.max.burst", burst_later));
  }
  if (c.idle) EC_TRY(write_in(dir, "cpu.idle", std::to_string(*c.idle)));
  return {};
}

Status v2_io(const std::string& dir, const BlockIoResources& b) {
  // BFQ (when it schedules some disk) takes blkio-style weights as they are;
  // io.weight needs the conversion.
  bool want_weight = (b.weight && *b.weight) || !b.weight_device.empty();
  bool bfq = want_weight && has_knob(dir, "io.bfq.weight") && bfq_in_use();
  if (b.weight && *b.weight) {
    if (bfq)
      EC_TRY(write_in(dir, "io.bfq.weight", std::to_string(*b.weight)));
    else
      EC_TRY(write_in(dir, "io.weight", std::to_string(blkio_to_io_weight(*b.weight))));
  }
  for (auto& wd : b.weight_device) {
    if (!wd.weight || !*wd.weight) continue;
    uint64_t w = bfq ? *wd.weight : blkio_to_io_weight(*wd.weight);
    EC_TRY(write_in(dir, bfq ? "io.bfq.weight" : "io.weight",
                    strf("%lld:%lld %llu", (long long)wd.major, (long long)wd.minor, (unsigned long long)w)));
  }
  if (b.leaf_weight) ignored("blkio leaf weights");
  const std::pair<const char*, const std::vector<ThrottleDevice>*> throttles[] = {
      {"rbps", &b.throttle_read_bps},
      {"wbps", &b.throttle_write_bps},
      {"riops", &b.throttle_read_iops},
      {"wiops", &b.throttle_write_iops},
  };
  for (auto& [name, list] : throttles)
    for (auto& t : *list)
      EC_TRY(write_in(dir, "io.max", strf("%lld:%lld %s=%llu", (long long)t.major, (long long)t.minor, name,
                                          (unsigned long long)t.rate)));
  return {};
}

Status v2_hugetlb(const std::string& dir, const std::vector<HugepageLimit>& limits) {
  for (auto& l : limits) {
    EC_ASSIGN(std::string file, hugetlb_file(l.page_size, true));
    EC_TRY(write_in(dir, file, std::to_string(l.limit)));
    EC_ASSIGN(std::string rfile, hugetlb_file(l.page_size, true, true));
    if (has_knob(dir, rfile)) EC_TRY(write_in(dir, rfile, std::to_string(l.limit)));
  }
  return {};
}

Status v2_unified(const std::string& dir, const std::map<std::string, std::string>& kv) {
  static const char* const kControllers[] = {"cpu", "cpuset", "io", "memory", "pids", "hugetlb", "rdma", "misc"};
  for (auto& [key, value] : kv) {
    EC_TRY(check_unified_key(key));
    std::string prefix = key.substr(0, key.find('.'));
    for (const char* c : kControllers)
      if (prefix == c) EC_TRYC(v2_enable_controller(dir, prefix), "unified " + key);
    EC_TRYC(write_in(dir, key, value), "unified " + key);
  }
  return {};
}

Status v2_freeze(const std::string& dir, bool frozen) {
  EC_TRY(write_in(dir, "cgroup.freeze", frozen ? "1" : "0"));
  // The write starts the change; cgroup.events says when every task is there.
  std::string want = frozen ? "frozen 1" : "frozen 0";
  long deadline = monotonic_ms() + 2000;
  while (true) {
    EC_ASSIGN(std::string events, read_in(dir, "cgroup.events"));
    for (auto& line : split(events, '\n', true))
      if (trim(line) == want) return {};
    if (monotonic_ms() >= deadline) break;
    sleep_us(1000);
  }
  if (frozen) (void)write_in(dir, "cgroup.freeze", "0");
  return make_error(strf("unable to %s %s: cgroup.events did not report \"%s\" within 2s", frozen ? "freeze" : "thaw",
                         dir.c_str(), want.c_str()),
                    EBUSY);
}

}  // namespace ec::rt::cgroup::detail
