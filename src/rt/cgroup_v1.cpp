// cgroup v1 knobs (memory, cpu, blkio, hugetlb, net_cls/net_prio, freezer,
// cpuset setup, devices lists). Out with -Dcgroup_v1=disabled
// (cgroup_v1_stub.cpp); the device-rule emulator is in cgroup_devices.cpp.
// Write orders follow runc, whose orders are the ones kernels accept.
#include <cerrno>

#include "core/log.h"
#include "core/strutil.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup::detail {
namespace {

std::string num(int64_t v) { return std::to_string(v); }
std::string unum(uint64_t v) { return std::to_string(v); }

Status set_memory_limit(const std::string& dir, int64_t limit) {
  if (limit == 0) return {};
  auto r = write_in(dir, "memory.limit_in_bytes", num(limit));
  if (!r && r.error().code == EBUSY) {
    auto usage = read_in(dir, "memory.usage_in_bytes");
    auto peak = read_in(dir, "memory.max_usage_in_bytes");
    return std::move(r).error().context(strf("unable to set memory limit to %lld (current usage %s, peak usage %s)",
                                             static_cast<long long>(limit), usage ? usage->c_str() : "?",
                                             peak ? peak->c_str() : "?"));
  }
  return r;
}

Status set_swap(const std::string& dir, int64_t swap) {
  if (swap == 0) return {};
  return write_in(dir, "memory.memsw.limit_in_bytes", num(swap));
}

// Kernel memory limits are deprecated and gone in new kernels: warn, go on (runc).
Status set_kmem(const std::string& dir, const char* file, int64_t v) {
  auto r = write_in(dir, file, num(v));
  if (!r && (r.error().code == ENOTSUP || r.error().code == EINVAL)) {
    logf(LogLevel::Warn, "ignoring %s: %s (kernel memory limits are deprecated)", file, r.error().msg.c_str());
    return {};
  }
  if (!r) return r;
  // Newer kernels accept the write and keep "unlimited": say so instead of pretending.
  auto back = read_in(dir, file);
  auto got = back ? parse_u64(*back) : std::nullopt;
  if (v > 0 && got && *got > static_cast<uint64_t>(v) + (1u << 16))
    logf(LogLevel::Warn, "%s: this kernel ignores kernel memory limits (asked %lld, still %s)", file,
         static_cast<long long>(v), back->c_str());
  return {};
}

// Some pairs must be written in an order that depends on the old values: try
// the first; on EINVAL, when the second will be written too, retry it after.
struct Deferred {
  const char* file = nullptr;
  std::string value;
};

Status write_or_defer(const std::string& dir, const char* file, const std::string& value, bool other_follows,
                      Deferred& later) {
  auto r = write_in(dir, file, value);
  if (r) return {};
  if (r.error().code == EINVAL && other_follows) {
    later = {file, value};
    return {};
  }
  return r;
}

Status flush(const std::string& dir, const Deferred& later) {
  return later.file ? write_in(dir, later.file, later.value) : Status{};
}

}  // namespace

Status v1_memory(const std::string& dir, const MemoryResources& m) {
  int64_t limit = m.limit.value_or(0), swap = m.swap.value_or(0);
  // Unlimited memory without a swap value means unlimited swap too.
  if (limit == -1 && swap == 0 && has_knob(dir, "memory.memsw.limit_in_bytes")) swap = -1;
  bool swap_first = false;
  if (limit != 0 && swap != 0) {
    // memsw must stay >= memory after every write: raise memsw first when growing.
    EC_ASSIGN(std::string cur, read_in(dir, "memory.limit_in_bytes"));
    auto c = parse_u64(cur);
    swap_first = swap == -1 || (c && *c < static_cast<uint64_t>(swap));
  }
  if (swap_first) {
    EC_TRY(set_swap(dir, swap));
    EC_TRY(set_memory_limit(dir, limit));
  } else {
    EC_TRY(set_memory_limit(dir, limit));
    EC_TRY(set_swap(dir, swap));
  }
  if (m.kernel) EC_TRY(set_kmem(dir, "memory.kmem.limit_in_bytes", *m.kernel));
  if (m.kernel_tcp) EC_TRY(set_kmem(dir, "memory.kmem.tcp.limit_in_bytes", *m.kernel_tcp));
  if (m.reservation && *m.reservation != 0) EC_TRY(write_in(dir, "memory.soft_limit_in_bytes", num(*m.reservation)));
  if (m.disable_oom_killer.value_or(false)) EC_TRY(write_in(dir, "memory.oom_control", "1"));
  if (m.swappiness) {
    if (*m.swappiness > 100)
      return make_error(strf("invalid memory swappiness %llu (valid range is 0-100)",
                             static_cast<unsigned long long>(*m.swappiness)));
    EC_TRY(write_in(dir, "memory.swappiness", unum(*m.swappiness)));
  }
  return {};
}

Status v1_cpu(const std::string& dir, const CpuResources& c) {
  if (c.shares && *c.shares != 0) {
    EC_TRY(write_in(dir, "cpu.shares", unum(*c.shares)));
    // The kernel clamps out-of-range shares silently: read back and say so.
    EC_ASSIGN(std::string back, read_in(dir, "cpu.shares"));
    auto got = parse_u64(back);
    if (got && *got < *c.shares)
      return make_error(strf("cpu.shares %llu: the maximum allowed is %llu", (unsigned long long)*c.shares,
                             (unsigned long long)*got));
    if (got && *got > *c.shares)
      return make_error(strf("cpu.shares %llu: the minimum allowed is %llu", (unsigned long long)*c.shares,
                             (unsigned long long)*got));
  }
  int64_t quota = c.quota.value_or(0);
  // A new period smaller than the old one may break old_quota/new_period vs
  // the parent's limit (EINVAL): then write it again after the quota.
  Deferred period_later, burst_later;
  if (c.period && *c.period != 0)
    EC_TRY(write_or_defer(dir, "cpu.cfs_period_us", unum(*c.period), quota != 0, period_later));
  if (c.burst) EC_TRY(write_or_defer(dir, "cpu.cfs_burst_us", unum(*c.burst), quota != 0, burst_later));
  if (quota != 0) {
    EC_TRY(write_in(dir, "cpu.cfs_quota_us", num(quota)));
    EC_TRY(flush(dir, period_later));
    EC_TRY(flush(dir, burst_later));
  }
  if (c.idle) EC_TRY(write_in(dir, "cpu.idle", num(*c.idle)));
  // Realtime: period and runtime are checked against each other the same way.
  int64_t rt_runtime = c.realtime_runtime.value_or(0);
  Deferred rt_later;
  if (c.realtime_period && *c.realtime_period != 0)
    EC_TRY(write_or_defer(dir, "cpu.rt_period_us", unum(*c.realtime_period), rt_runtime != 0, rt_later));
  if (rt_runtime != 0) {
    EC_TRY(write_in(dir, "cpu.rt_runtime_us", num(rt_runtime)));
    EC_TRY(flush(dir, rt_later));
  }
  return {};
}

Status v1_blkio(const std::string& dir, const BlockIoResources& b) {
  // CFQ's files, else BFQ's (kernels >= 5.0 have no CFQ) when BFQ actually
  // schedules some disk: a weight nothing enforces is reported as unsupported.
  std::string wfile = "blkio.weight", wdev = "blkio.weight_device";
  bool want_weight = (b.weight && *b.weight) || !b.weight_device.empty();
  if (want_weight && !has_knob(dir, wfile) && has_knob(dir, "blkio.bfq.weight") && bfq_in_use()) {
    wfile = "blkio.bfq.weight";
    wdev = "blkio.bfq.weight_device";
  }
  if (b.weight && *b.weight) EC_TRY(write_in(dir, wfile, unum(*b.weight)));
  if (b.leaf_weight && *b.leaf_weight) EC_TRY(write_in(dir, "blkio.leaf_weight", unum(*b.leaf_weight)));
  for (auto& wd : b.weight_device) {
    if (wd.weight && *wd.weight)
      EC_TRY(write_in(dir, wdev, strf("%lld:%lld %u", (long long)wd.major, (long long)wd.minor, *wd.weight)));
    if (wd.leaf_weight && *wd.leaf_weight)
      EC_TRY(write_in(dir, "blkio.leaf_weight_device",
                      strf("%lld:%lld %u", (long long)wd.major, (long long)wd.minor, *wd.leaf_weight)));
  }
  const std::pair<const char*, const std::vector<ThrottleDevice>*> throttles[] = {
      {"blkio.throttle.read_bps_device", &b.throttle_read_bps},
      {"blkio.throttle.write_bps_device", &b.throttle_write_bps},
      {"blkio.throttle.read_iops_device", &b.throttle_read_iops},
      {"blkio.throttle.write_iops_device", &b.throttle_write_iops},
  };
  for (auto& [file, list] : throttles)
    for (auto& t : *list)
      EC_TRY(write_in(dir, file, strf("%lld:%lld %llu", (long long)t.major, (long long)t.minor,
                                      (unsigned long long)t.rate)));
  return {};
}

Status v1_hugetlb(const std::string& dir, const std::vector<HugepageLimit>& limits) {
  bool rsvd = true;
  for (auto& l : limits) {
    EC_ASSIGN(std::string file, hugetlb_file(l.page_size, false));
    EC_TRY(write_in(dir, file, unum(l.limit)));
    // Reservations are limited too where the kernel has them (5.7+), as runc does.
    EC_ASSIGN(std::string rfile, hugetlb_file(l.page_size, false, true));
    if (rsvd && (rsvd = has_knob(dir, rfile))) EC_TRY(write_in(dir, rfile, unum(l.limit)));
  }
  return {};
}

Status v1_net_cls(const std::string& dir, uint32_t class_id) {
  return write_in(dir, "net_cls.classid", std::to_string(class_id));
}

Status v1_net_prio(const std::string& dir, const std::vector<std::pair<std::string, uint32_t>>& prios) {
  for (auto& [iface, prio] : prios) {
    if (iface.empty() || iface.find_first_of(" \n/") != std::string::npos)
      return make_error("net_prio: invalid interface name \"" + iface + "\"");
    EC_TRY(write_in(dir, "net_prio.ifpriomap", iface + " " + std::to_string(prio)));
  }
  return {};
}

Status v1_cpuset_fill(const std::string& dir) {
  std::string parent = dir.substr(0, dir.rfind('/'));
  for (const char* f : {"cpuset.cpus", "cpuset.mems"}) {
    EC_ASSIGN(std::string cur, read_in(dir, f));
    if (!cur.empty()) continue;
    EC_ASSIGN(std::string from, read_in(parent, f));
    EC_TRY(write_in(dir, f, from));
  }
  return {};
}

Status v1_freeze(const std::string& dir, bool frozen) {
  if (!frozen) return write_in(dir, "freezer.state", "THAWED");
  // FREEZING means a task has not stopped yet (or new ones keep arriving):
  // keep re-asking, thawing now and then, for at most ~2 s (runc's recipe).
  auto thaw_with = [&dir](Error e) -> Error {
    (void)write_in(dir, "freezer.state", "THAWED");
    return e;
  };
  long deadline = monotonic_ms() + 2000;
  for (int i = 0;; i++) {
    if (i % 50 == 49) {
      (void)write_in(dir, "freezer.state", "THAWED");
      sleep_us(10000);
    }
    if (auto w = write_in(dir, "freezer.state", "FROZEN"); !w) return thaw_with(std::move(w).error());
    auto state = read_in(dir, "freezer.state");
    if (!state) return thaw_with(std::move(state).error());
    if (*state == "FROZEN") return {};
    if (*state != "FREEZING")
      return thaw_with(make_error(strf("%s/freezer.state: unexpected state %s while freezing", dir.c_str(),
                                       state->c_str()),
                                  EIO));
    if (monotonic_ms() >= deadline)
      return thaw_with(make_error("unable to freeze " + dir + ": still FREEZING after 2s", EBUSY));
    sleep_us(i < 10 ? 100 : 1000);
  }
}

Status v1_devices(const std::string& dir, const std::vector<DeviceRule>& rules) {
  EC_ASSIGN(DevState want, dev_build(rules));
  EC_ASSIGN(std::string list, read_in(dir, "devices.list"));
  EC_ASSIGN(DevState cur, dev_from_list(list));
  // Only the difference is written: a running container never sees a
  // transient deny-all on update unless its default changes.
  for (auto& r : dev_transition(cur, want))
    EC_TRY(write_in(dir, r.allow ? "devices.allow" : "devices.deny", dev_rule_string(r)));
  EC_ASSIGN(std::string after, read_in(dir, "devices.list"));
  EC_ASSIGN(DevState got, dev_from_list(after));
  bool ok = want.default_allow ? got.default_allow : got == want;
  if (!ok) return make_error(dir + "/devices.list does not match the requested device rules after writing them", EIO);
  return {};
}

}  // namespace ec::rt::cgroup::detail
