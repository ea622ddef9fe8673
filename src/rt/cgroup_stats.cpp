// Container resource usage: cgroup counters (each controller read from the
// hierarchy that owns it, so hybrid layouts mix v1 and v2 files), netns
// traffic, host CPU time, and `ps -ef` rows for `top`.
#include "rt/cgroup_stats.h"

#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/cgroup.h"
#include "rt/cgroup_internal.h"

namespace ec::rt {
namespace {

// Where one group of counters lives; an empty dir means no hierarchy has it.
struct Source {
  std::string dir;
  bool v2 = false;
};

struct Sources {
  Source cpu, mem, pids, blk;
};

bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// A counter file that is missing or unreadable just means that part is not
// available (controller not enabled, kernel without the knob).
std::optional<std::string> try_read(const Source& s, const char* file) {
  if (s.dir.empty()) return std::nullopt;
  auto r = read_file(s.dir + "/" + file);
  if (!r) return std::nullopt;
  return std::move(*r);
}

std::optional<uint64_t> number(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return parse_u64(trim(*text));
}

// Whitespace-separated fields of one line.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) i++;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') j++;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

// Value of "key N" in a flat keyed file (cpu.stat, memory.stat).
std::optional<uint64_t> keyed(std::string_view text, std::string_view key) {
  for (auto& line : split(text, '\n', true)) {
    auto f = fields(line);
    if (f.size() == 2 && f[0] == key) return parse_u64(f[1]);
  }
  return std::nullopt;
}

// v1 reports "no limit" as the page counter's maximum in bytes: LONG_MAX
// rounded down to a page on 64-bit kernels (9223372036854771712 with 4 KiB
// pages), 0x7fffffff pages on 32-bit ones (8 TiB with 4 KiB pages). Nothing
// real reaches the smallest of these.
constexpr uint64_t kV1Unlimited = 0x7fffffffull * 4096;

void read_cpu(const Source& s, CgroupStats& st) {
  if (s.v2) {
    auto text = try_read(s, "cpu.stat");
    if (!text) return;
    if (auto usec = keyed(*text, "usage_usec")) {
      st.cpu_usage_ns = *usec * 1000;
      st.have_cpu = true;
    }
    return;
  }
  if (auto ns = number(try_read(s, "cpuacct.usage"))) {
    st.cpu_usage_ns = *ns;
    st.have_cpu = true;
  }
}

void read_mem(const Source& s, CgroupStats& st) {
  auto usage = number(try_read(s, s.v2 ? "memory.current" : "memory.usage_in_bytes"));
  if (!usage) return;
  st.have_mem = true;
  st.mem_usage = *usage;
  if (s.v2) {
    auto max = try_read(s, "memory.max");
    if (max && trim(*max) != "max") st.mem_limit = parse_u64(trim(*max)).value_or(0);
  } else {
    uint64_t lim = number(try_read(s, "memory.limit_in_bytes")).value_or(0);
    st.mem_limit = lim >= kV1Unlimited ? 0 : lim;
  }
  if (auto stat = try_read(s, "memory.stat")) {
    st.mem_cache = keyed(*stat, s.v2 ? "file" : "total_cache").value_or(0);
    st.mem_inactive_file = keyed(*stat, s.v2 ? "inactive_file" : "total_inactive_file").value_or(0);
  }
}

void read_pids(const Source& s, CgroupStats& st) {
  auto cur = number(try_read(s, "pids.current"));
  if (!cur) return;
  st.have_pids = true;
  st.pids_current = *cur;
  auto max = try_read(s, "pids.max");
  if (max && trim(*max) != "max") st.pids_limit = parse_u64(trim(*max)).value_or(0);
}

// v2 io.stat: "MAJ:MIN rbytes=N wbytes=N rios=N ..." per device.
void read_io_v2(const Source& s, CgroupStats& st) {
  auto text = try_read(s, "io.stat");
  if (!text) return;
  st.have_blk = true;
  for (auto& line : split(*text, '\n', true)) {
    auto f = fields(line);
    for (size_t i = 1; i < f.size(); i++) {
      size_t eq = f[i].find('=');
      if (eq == std::string_view::npos) continue;
      auto key = f[i].substr(0, eq);
      uint64_t v = parse_u64(f[i].substr(eq + 1)).value_or(0);
      if (key == "rbytes") st.blk_read += v;
      else if (key == "wbytes") st.blk_write += v;
    }
  }
}

// v1: "MAJ:MIN Read|Write|Sync|Async|Discard|Total N" per device, then "Total N".
// The _recursive file also counts nested cgroups (a container's own children);
// older kernels only have the plain one.
void read_blkio_v1(const Source& s, CgroupStats& st) {
  auto text = try_read(s, "blkio.throttle.io_service_bytes_recursive");
  if (!text) text = try_read(s, "blkio.throttle.io_service_bytes");
  if (!text) return;
  st.have_blk = true;
  for (auto& line : split(*text, '\n', true)) {
    auto f = fields(line);
    if (f.size() != 3) continue;
    uint64_t v = parse_u64(f[2]).value_or(0);
    if (f[1] == "Read") st.blk_read += v;
    else if (f[1] == "Write") st.blk_write += v;
  }
}

Result<CgroupStats> read_sources(const Sources& src, const std::string& what) {
  bool any = false;
  for (const Source* s : {&src.cpu, &src.mem, &src.pids, &src.blk})
    if (!s->dir.empty() && is_dir(s->dir)) any = true;
  if (!any) return make_error("cgroup " + what + ": no such cgroup in any hierarchy", ENOENT);
  CgroupStats st;
  read_cpu(src.cpu, st);
  read_mem(src.mem, st);
  read_pids(src.pids, st);
  if (src.blk.v2)
    read_io_v2(src.blk, st);
  else
    read_blkio_v1(src.blk, st);
  return st;
}

// "slice:prefix:name" (no '/', three parts) is the systemd form.
bool systemd_form(const std::string& p) {
  return !p.empty() && p.find('/') == std::string::npos && split(p, ':').size() == 3;
}

// Directory of a controller in a v1 key such as "cpu,cpuacct".
bool key_has(const std::string& key, std::string_view controller) {
  for (auto& c : split(key, ','))
    if (c == controller) return true;
  return false;
}

}  // namespace

Result<CgroupStats> read_cgroup_stats(const std::string& cgroups_path) {
  if (cgroups_path.empty()) return make_error("read cgroup stats: empty cgroups path");
  bool systemd = systemd_form(cgroups_path);
  // The id only fills in an empty path, which is refused above.
  EC_ASSIGN(std::string rel, cgroup::resolve_path(cgroups_path, "stats", systemd));
  EC_ASSIGN(cgroup::Layout lay, cgroup::detect_system());

  auto dir_of = [&](const cgroup::Hierarchy* h) {
    Source s;
    if (h) {
      s.dir = cgroup::hierarchy_dir(*h, rel);
      s.v2 = h->v2;
    }
    return s;
  };
  const cgroup::Hierarchy* unified =
      lay.unified >= 0 ? &lay.hierarchies[static_cast<size_t>(lay.unified)] : nullptr;
  Sources src;
  // v2 has cpu.stat's usage_usec in every cgroup, controller enabled or not.
  const cgroup::Hierarchy* cpu = lay.for_controller("cpuacct");
  src.cpu = dir_of(cpu && !cpu->v2 ? cpu : unified);
  src.mem = dir_of(lay.for_controller("memory"));
  src.pids = dir_of(lay.for_controller("pids"));
  const cgroup::Hierarchy* blk = lay.for_controller("blkio");
  src.blk = dir_of(blk && !blk->v2 ? blk : lay.for_controller("io"));
  return read_sources(src, cgroups_path);
}

Result<CgroupStats> read_cgroup_stats_dirs(const std::map<std::string, std::string>& paths) {
  Source unified;
  if (auto it = paths.find("unified"); it != paths.end()) unified = Source{it->second, true};
  auto v1_or_unified = [&](std::string_view controller) {
    for (auto& [key, dir] : paths)
      if (key != "unified" && key_has(key, controller)) return Source{dir, false};
    return unified;
  };
  Sources src;
  src.cpu = v1_or_unified("cpuacct");
  src.mem = v1_or_unified("memory");
  src.pids = v1_or_unified("pids");
  src.blk = v1_or_unified("blkio");
  std::string what;
  for (auto& [key, dir] : paths) what += (what.empty() ? "" : ",") + dir;
  return read_sources(src, what.empty() ? std::string("(no paths)") : what);
}

Result<CgroupStats> read_cgroup_stats_at(const std::string& cgroup_root, StatsLayout layout,
                                         const std::string& rel_path) {
  for (auto& c : split(rel_path, '/'))
    if (c == "..") return make_error("cgroup path " + rel_path + ": \"..\" is not allowed");
  auto under = [&](const char* sub) { return path_clean(path_join(path_join(cgroup_root, sub), rel_path)); };
  Sources src;
  if (layout == StatsLayout::V2) {
    Source s{path_clean(path_join(cgroup_root, rel_path)), true};
    src = Sources{s, s, s, s};
  } else {
    // cpuacct is mounted alone or joined with cpu, in either order.
    for (const char* sub : {"cpuacct", "cpu,cpuacct", "cpuacct,cpu"}) {
      src.cpu.dir = under(sub);
      if (is_dir(src.cpu.dir)) break;
    }
    src.mem.dir = under("memory");
    src.pids.dir = under("pids");
    src.blk.dir = under("blkio");
  }
  return read_sources(src, rel_path);
}

// ---------------------------------------------------------------- host and netns

Result<std::pair<uint64_t, uint64_t>> read_net_dev(pid_t pid) {
  std::string path = strf("/proc/%d/net/dev", static_cast<int>(pid));
  EC_ASSIGN(std::string text, read_file(path));
  uint64_t rx = 0, tx = 0;
  // "  eth0: rx_bytes packets errs drop fifo frame compressed multicast tx_bytes ..."
  // (the name may touch the first number: "eth0:123").
  for (auto& line : split(text, '\n', true)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    auto name = trim(std::string_view(line).substr(0, colon));
    if (name.empty() || name == "lo" || name.find('|') != std::string_view::npos) continue;
    auto f = fields(std::string_view(line).substr(colon + 1));
    if (f.size() < 9) continue;
    rx += parse_u64(f[0]).value_or(0);
    tx += parse_u64(f[8]).value_or(0);
  }
  return std::make_pair(rx, tx);
}

uint64_t host_memory_total() {
  auto text = read_file("/proc/meminfo");
  if (!text) return 0;
  for (auto& line : split(*text, '\n', true)) {
    auto f = fields(line);
    if (f.size() >= 2 && f[0] == "MemTotal:") return parse_u64(f[1]).value_or(0) * 1024;
  }
  return 0;
}

namespace {

long clk_tck() {
  long hz = ::sysconf(_SC_CLK_TCK);
  return hz > 0 ? hz : 100;
}

// "cpu" line fields (user nice system idle iowait irq softirq steal guest
// guest_nice) of /proc/stat, and btime.
struct ProcStat {
  std::vector<uint64_t> cpu;
  uint64_t btime = 0;
};

std::optional<ProcStat> read_proc_stat() {
  auto text = read_file("/proc/stat");
  if (!text) return std::nullopt;
  ProcStat ps;
  for (auto& line : split(*text, '\n', true)) {
    auto f = fields(line);
    if (f.empty()) continue;
    if (f[0] == "cpu")
      for (size_t i = 1; i < f.size(); i++) ps.cpu.push_back(parse_u64(f[i]).value_or(0));
    else if (f[0] == "btime" && f.size() >= 2)
      ps.btime = parse_u64(f[1]).value_or(0);
  }
  return ps;
}

}  // namespace

uint64_t system_cpu_ns() {
  auto ps = read_proc_stat();
  if (!ps) return 0;
  // Docker's sum: user, nice, system, idle, iowait, irq, softirq. guest is
  // already inside user; steal is time we did not get.
  uint64_t jiffies = 0;
  for (size_t i = 0; i < ps->cpu.size() && i < 7; i++) jiffies += ps->cpu[i];
  return jiffies * (1000000000ull / static_cast<uint64_t>(clk_tck()));
}

unsigned online_cpus() {
  // "0-3,6,8-9"; sysconf under musl counts the affinity mask instead.
  if (auto text = read_file("/sys/devices/system/cpu/online")) {
    unsigned n = 0;
    for (auto& range : split(trim(*text), ',', true)) {
      size_t dash = range.find('-');
      auto lo = parse_u64(range.substr(0, dash));
      auto hi = dash == std::string::npos ? lo : parse_u64(range.substr(dash + 1));
      if (lo && hi && *hi >= *lo) n += static_cast<unsigned>(*hi - *lo + 1);
    }
    if (n) return n;
  }
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<unsigned>(n) : 1;
}

double cpu_percent(uint64_t cpu_prev, uint64_t cpu_now, uint64_t sys_prev, uint64_t sys_now, unsigned ncpu) {
  if (cpu_now <= cpu_prev || sys_now <= sys_prev) return 0.0;
  double cpu_delta = static_cast<double>(cpu_now - cpu_prev);
  double sys_delta = static_cast<double>(sys_now - sys_prev);
  return cpu_delta / sys_delta * static_cast<double>(ncpu) * 100.0;
}

// ---------------------------------------------------------------- top

namespace {

// uid -> name from the host's /etc/passwd (not NSS: the binary is static).
std::map<uint32_t, std::string> passwd_names() {
  std::map<uint32_t, std::string> out;
  auto text = read_file("/etc/passwd");
  if (!text) return out;
  for (auto& line : split(*text, '\n', true)) {
    auto f = split(line, ':');
    if (f.size() < 3 || f[0].empty()) continue;
    if (auto uid = parse_u64(f[2]); uid && *uid <= UINT32_MAX) out.emplace(static_cast<uint32_t>(*uid), f[0]);
  }
  return out;
}

// tty_nr (kernel dev_t encoding) -> the name ps shows; "?" for none.
std::string tty_name(uint64_t tty_nr) {
  if (tty_nr == 0) return "?";
  unsigned major = static_cast<unsigned>((tty_nr >> 8) & 0xfff);
  unsigned minor = static_cast<unsigned>((tty_nr & 0xff) | ((tty_nr >> 12) & 0xfff00));
  if (major >= 136 && major <= 143) return strf("pts/%u", (major - 136) * 256 + minor);
  if (major == 4 && minor < 64) return strf("tty%u", minor);
  if (major == 4) return strf("ttyS%u", minor - 64);
  if (major == 204 && minor >= 64) return strf("ttyAMA%u", minor - 64);
  if (major == 5 && minor == 1) return "console";
  return "?";
}

// ps's TIME: [DD-]HH:MM:SS.
std::string cpu_time(uint64_t secs) {
  uint64_t dd = secs / 86400, hh = secs / 3600 % 24, mm = secs / 60 % 60, ss = secs % 60;
  if (dd)
    return strf("%llu-%02llu:%02llu:%02llu", (unsigned long long)dd, (unsigned long long)hh,
                (unsigned long long)mm, (unsigned long long)ss);
  return strf("%02llu:%02llu:%02llu", (unsigned long long)hh, (unsigned long long)mm, (unsigned long long)ss);
}

// ps's STIME: HH:MM today, MonDD this year, else the year.
std::string start_time(time_t start, time_t now) {
  struct tm t_now, t_start;
  localtime_r(&now, &t_now);
  localtime_r(&start, &t_start);
  const char* fmt = "%H:%M";
  if (t_now.tm_yday != t_start.tm_yday) fmt = "%b%d";
  if (t_now.tm_year != t_start.tm_year) fmt = "%Y";
  char buf[32];
  size_t n = strftime(buf, sizeof buf, fmt, &t_start);
  return std::string(buf, n);
}

double uptime_secs() {
  auto text = read_file("/proc/uptime");
  if (!text) return 0;
  char* end = nullptr;
  double up = strtod(text->c_str(), &end);
  return end == text->c_str() ? 0 : up;
}

}  // namespace

Result<std::vector<TopRow>> top_rows(const std::vector<pid_t>& pids) {
  auto ps = read_proc_stat();
  if (!ps) return make_error("read /proc/stat", ENOENT);
  auto names = passwd_names();
  uint64_t hz = static_cast<uint64_t>(clk_tck());
  double up = uptime_secs();
  time_t now = ::time(nullptr);

  std::vector<TopRow> rows;
  for (pid_t pid : pids) {
    std::string base = strf("/proc/%d/", static_cast<int>(pid));
    auto stat = read_file(base + "stat");
    auto status = read_file(base + "status");
    if (!stat || !status) continue;  // exited meanwhile
    // "pid (comm) state ppid pgrp session tty_nr ..."; comm may hold spaces and ')'.
    size_t open = stat->find('('), close = stat->rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) continue;
    std::string comm = stat->substr(open + 1, close - open - 1);
    auto f = fields(std::string_view(*stat).substr(close + 1));
    // After comm: [0]=state [1]=ppid [4]=tty_nr [11]=utime [12]=stime [19]=starttime.
    if (f.size() < 20) continue;
    TopRow r;
    r.pid = pid;
    r.ppid = static_cast<pid_t>(parse_i64(f[1]).value_or(0));
    r.tty = tty_name(static_cast<uint64_t>(parse_i64(f[4]).value_or(0)));
    uint64_t ticks = parse_u64(f[11]).value_or(0) + parse_u64(f[12]).value_or(0);
    uint64_t start_ticks = parse_u64(f[19]).value_or(0);
    r.time = cpu_time(ticks / hz);
    // C: lifetime CPU use in percent, as ps computes it.
    double elapsed = up - static_cast<double>(start_ticks) / static_cast<double>(hz);
    if (elapsed >= 1) {
      double pct = static_cast<double>(ticks) * 100.0 / static_cast<double>(hz) / elapsed;
      r.c = pct > 99 ? 99u : static_cast<unsigned>(pct);
    }
    r.stime = start_time(static_cast<time_t>(ps->btime + start_ticks / hz), now);

    // Effective uid, the one ps -ef shows: "Uid:\treal\teffective\tsaved\tfs".
    for (auto& line : split(*status, '\n', true)) {
      if (!starts_with(line, "Uid:")) continue;
      auto u = fields(std::string_view(line).substr(4));
      if (u.size() >= 2) {
        auto uid = parse_u64(u[1]);
        auto it = uid ? names.find(static_cast<uint32_t>(*uid)) : names.end();
        r.uid = it != names.end() ? it->second : std::string(u[1]);
      }
      break;
    }
    if (r.uid.empty()) r.uid.push_back('?');

    // Arguments are NUL-separated; kernel threads and zombies have none.
    auto cmdline = read_file(base + "cmdline");
    std::string cmd = cmdline ? *cmdline : std::string();
    while (!cmd.empty() && cmd.back() == '\0') cmd.pop_back();
    for (char& c : cmd)
      if (c == '\0' || c == '\n') c = ' ';
    r.cmd = cmd.empty() ? "[" + comm + "]" : cmd;
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace ec::rt
