// stats/top readers: fake v1 and v2 cgroup trees, /proc parsing on live
// processes, the docker CPU formula, and (as root) a real cgroup.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/cgroup.h"
#include "rt/cgroup_stats.h"

using namespace ec;
using namespace ec::rt;

namespace {

class TempDir {
 public:
  TempDir() {
    const char* base = getenv("TMPDIR");
    std::string t = std::string(base && *base ? base : "/tmp") + "/ec-stats-XXXXXX";
    if (mkdtemp(t.data())) path = t;
    EXPECT_FALSE(path.empty()) << "mkdtemp " << t;
  }
  ~TempDir() {
    if (!path.empty()) (void)remove_all(path);
  }
  std::string path;
};

void put(const std::string& path, const std::string& text) {
  size_t slash = path.rfind('/');
  ASSERT_TRUE(mkdir_p(path.substr(0, slash)).ok()) << path;
  ASSERT_TRUE(write_file(path, text).ok()) << path;
}

CgroupStats read_ok(const std::string& root, StatsLayout lay, const std::string& rel) {
  auto r = read_cgroup_stats_at(root, lay, rel);
  EXPECT_TRUE(r.ok()) << r.error().msg;
  return r ? *r : CgroupStats{};
}

// ---------------------------------------------------------------- cgroup v2

TEST(StatsV2, AllCounters) {
  TempDir t;
  std::string d = t.path + "/edgectl/c1";
  put(d + "/cpu.stat",
      "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\nnr_periods 0\n"
      "nr_throttled 0\nthrottled_usec 0\n");
  put(d + "/memory.current", "10485760\n");
  put(d + "/memory.max", "max\n");
  put(d + "/memory.stat",
      "anon 5242880\nfile 4194304\nkernel 1048576\nfile_mapped 0\nactive_file 3145728\n"
      "inactive_file 1048576\nactive_anon 0\n");
  put(d + "/pids.current", "3\n");
  put(d + "/pids.max", "max\n");
  put(d + "/io.stat",
      "8:0 rbytes=1000 wbytes=2000 rios=1 wios=2 dbytes=0 dios=0\n"
      "8:16 rbytes=30 wbytes=400 rios=3 wios=4 dbytes=7 dios=1\n"
      "253:0 rbytes=5 wbytes=0 rios=1 wios=0 dbytes=0 dios=0\n");

  CgroupStats s = read_ok(t.path, StatsLayout::V2, "/edgectl/c1");
  EXPECT_TRUE(s.have_cpu && s.have_mem && s.have_pids && s.have_blk);
  EXPECT_EQ(s.cpu_usage_ns, 1234567000u);
  EXPECT_EQ(s.mem_usage, 10485760u);
  EXPECT_EQ(s.mem_limit, 0u);  // "max"
  EXPECT_EQ(s.mem_cache, 4194304u);
  EXPECT_EQ(s.mem_inactive_file, 1048576u);
  EXPECT_EQ(s.pids_current, 3u);
  EXPECT_EQ(s.pids_limit, 0u);
  EXPECT_EQ(s.blk_read, 1035u);
  EXPECT_EQ(s.blk_write, 2400u);

  // The path may be given without the leading slash too.
  CgroupStats s2 = read_ok(t.path, StatsLayout::V2, "edgectl/c1");
  EXPECT_EQ(s2.cpu_usage_ns, s.cpu_usage_ns);
}

TEST(StatsV2, NumericLimits) {
  TempDir t;
  std::string d = t.path + "/c";
  put(d + "/memory.current", "4096");
  put(d + "/memory.max", "67108864\n");
  put(d + "/pids.current", "1\n");
  put(d + "/pids.max", "100\n");
  CgroupStats s = read_ok(t.path, StatsLayout::V2, "/c");
  EXPECT_EQ(s.mem_limit, 67108864u);
  EXPECT_EQ(s.pids_limit, 100u);
  EXPECT_EQ(s.mem_cache, 0u);  // no memory.stat
  EXPECT_TRUE(s.have_mem);
}

TEST(StatsV2, MissingFilesAreNotErrors) {
  TempDir t;
  std::string d = t.path + "/c";
  // A cgroup2 dir whose parent did not enable memory/pids/io: only cpu.stat.
  put(d + "/cpu.stat", "usage_usec 42\n");
  put(d + "/cgroup.procs", "");
  CgroupStats s = read_ok(t.path, StatsLayout::V2, "/c");
  EXPECT_TRUE(s.have_cpu);
  EXPECT_EQ(s.cpu_usage_ns, 42000u);
  EXPECT_FALSE(s.have_mem);
  EXPECT_FALSE(s.have_pids);
  EXPECT_FALSE(s.have_blk);
  EXPECT_EQ(s.mem_usage, 0u);

  // An empty io.stat (no I/O yet) is readable: zero bytes, not missing.
  put(d + "/io.stat", "");
  s = read_ok(t.path, StatsLayout::V2, "/c");
  EXPECT_TRUE(s.have_blk);
  EXPECT_EQ(s.blk_read + s.blk_write, 0u);
}

TEST(StatsV2, GarbageMeansUnreadable) {
  TempDir t;
  std::string d = t.path + "/c";
  put(d + "/memory.current", "lots\n");
  put(d + "/pids.current", "-1\n");
  put(d + "/cpu.stat", "user_usec 5\n");  // no usage_usec line
  CgroupStats s = read_ok(t.path, StatsLayout::V2, "/c");
  EXPECT_FALSE(s.have_mem);
  EXPECT_FALSE(s.have_pids);
  EXPECT_FALSE(s.have_cpu);
}

// ---------------------------------------------------------------- cgroup v1

TEST(StatsV1, AllCounters) {
  TempDir t;
  std::string rel = "/edgectl/c1";
  put(t.path + "/cpu,cpuacct" + rel + "/cpuacct.usage", "987654321\n");
  put(t.path + "/memory" + rel + "/memory.usage_in_bytes", "20971520\n");
  put(t.path + "/memory" + rel + "/memory.limit_in_bytes", "9223372036854771712\n");
  // The non-hierarchical "cache" differs from "total_cache": total_* is used.
  put(t.path + "/memory" + rel + "/memory.stat",
      "cache 100\nrss 200\ninactive_file 50\nhierarchical_memory_limit 9223372036854771712\n"
      "total_cache 8388608\ntotal_rss 4096\ntotal_inactive_file 2097152\n");
  put(t.path + "/pids" + rel + "/pids.current", "7\n");
  put(t.path + "/pids" + rel + "/pids.max", "max\n");
  put(t.path + "/blkio" + rel + "/blkio.throttle.io_service_bytes",
      "8:0 Read 4096\n8:0 Write 8192\n8:0 Sync 12288\n8:0 Async 0\n8:0 Discard 0\n8:0 Total 12288\n"
      "254:0 Read 100\n254:0 Write 1\n254:0 Sync 0\n254:0 Async 101\n254:0 Discard 0\n254:0 Total 101\n"
      "Total 12389\n");

  CgroupStats s = read_ok(t.path, StatsLayout::V1, rel);
  EXPECT_TRUE(s.have_cpu && s.have_mem && s.have_pids && s.have_blk);
  EXPECT_EQ(s.cpu_usage_ns, 987654321u);
  EXPECT_EQ(s.mem_usage, 20971520u);
  EXPECT_EQ(s.mem_limit, 0u);  // the "unlimited" page-counter maximum
  EXPECT_EQ(s.mem_cache, 8388608u);
  EXPECT_EQ(s.mem_inactive_file, 2097152u);
  EXPECT_EQ(s.pids_current, 7u);
  EXPECT_EQ(s.pids_limit, 0u);
  EXPECT_EQ(s.blk_read, 4196u);
  EXPECT_EQ(s.blk_write, 8193u);
}

TEST(StatsV1, LimitsAndUnlimitedForms) {
  TempDir t;
  std::string mem = t.path + "/memory/c";
  put(mem + "/memory.usage_in_bytes", "1\n");
  put(t.path + "/pids/c/pids.current", "2\n");
  put(t.path + "/pids/c/pids.max", "64\n");

  put(mem + "/memory.limit_in_bytes", "134217728\n");
  CgroupStats s = read_ok(t.path, StatsLayout::V1, "/c");
  EXPECT_EQ(s.mem_limit, 134217728u);
  EXPECT_EQ(s.pids_limit, 64u);

  // 64 KiB pages (arm64) and a 32-bit kernel with 4 KiB pages.
  for (const char* unlimited : {"9223372036854710272", "8796093018112"}) {
    put(mem + "/memory.limit_in_bytes", std::string(unlimited) + "\n");
    s = read_ok(t.path, StatsLayout::V1, "/c");
    EXPECT_EQ(s.mem_limit, 0u) << unlimited;
  }
  // A real, large limit stays.
  put(mem + "/memory.limit_in_bytes", "4294967296\n");
  EXPECT_EQ(read_ok(t.path, StatsLayout::V1, "/c").mem_limit, 4294967296u);
}

TEST(StatsV1, SeparateCpuacctMountAndRecursiveBlkio) {
  TempDir t;
  put(t.path + "/cpu/c/cpu.shares", "1024\n");  // cpu alone has no usage
  put(t.path + "/cpuacct/c/cpuacct.usage", "5\n");
  // _recursive (nested cgroups included) wins over the plain file.
  put(t.path + "/blkio/c/blkio.throttle.io_service_bytes", "8:0 Read 1\n8:0 Write 1\nTotal 2\n");
  put(t.path + "/blkio/c/blkio.throttle.io_service_bytes_recursive", "8:0 Read 10\n8:0 Write 20\nTotal 30\n");
  CgroupStats s = read_ok(t.path, StatsLayout::V1, "/c");
  EXPECT_TRUE(s.have_cpu);
  EXPECT_EQ(s.cpu_usage_ns, 5u);
  EXPECT_EQ(s.blk_read, 10u);
  EXPECT_EQ(s.blk_write, 20u);
  EXPECT_FALSE(s.have_mem);
  EXPECT_FALSE(s.have_pids);
}

TEST(StatsV1, MissingControllersAreNotErrors) {
  TempDir t;
  // Only the memory hierarchy has the cgroup, with only usage_in_bytes.
  put(t.path + "/memory/c/memory.usage_in_bytes", "8192\n");
  CgroupStats s = read_ok(t.path, StatsLayout::V1, "/c");
  EXPECT_TRUE(s.have_mem);
  EXPECT_EQ(s.mem_usage, 8192u);
  EXPECT_EQ(s.mem_limit, 0u);
  EXPECT_FALSE(s.have_cpu);
  EXPECT_FALSE(s.have_pids);
  EXPECT_FALSE(s.have_blk);
}

TEST(Stats, NoSuchCgroupAndBadPath) {
  TempDir t;
  put(t.path + "/memory/other/memory.usage_in_bytes", "1\n");
  auto r = read_cgroup_stats_at(t.path, StatsLayout::V1, "/gone");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_NE(r.error().msg.find("/gone"), std::string::npos) << r.error().msg;
  r = read_cgroup_stats_at(t.path, StatsLayout::V2, "/gone");
  EXPECT_FALSE(r.ok());
  r = read_cgroup_stats_at(t.path, StatsLayout::V1, "/memory/../../etc");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find(".."), std::string::npos);
}

// Hybrid, as a container's state records it: v1 memory and pids, cgroup2 for
// the rest (cpu.stat exists in every cgroup2 dir, io.stat when io is enabled).
TEST(Stats, FromRecordedHybridPaths) {
  TempDir t;
  std::string mem = t.path + "/memory/edgectl/c", pids = t.path + "/pids/edgectl/c";
  std::string uni = t.path + "/unified/edgectl/c", dev = t.path + "/devices/edgectl/c";
  put(mem + "/memory.usage_in_bytes", "300\n");
  put(mem + "/memory.limit_in_bytes", "1000\n");
  put(pids + "/pids.current", "4\n");
  put(dev + "/devices.list", "a *:* rwm\n");
  put(uni + "/cpu.stat", "usage_usec 9\n");
  put(uni + "/io.stat", "8:0 rbytes=1 wbytes=2 rios=1 wios=1 dbytes=0 dios=0\n");
  // A pids.current in the cgroup2 dir must not shadow the v1 pids hierarchy.
  put(uni + "/pids.current", "99\n");
  std::map<std::string, std::string> paths = {
      {"memory", mem}, {"pids", pids}, {"devices", dev}, {"unified", uni}};
  auto r = read_cgroup_stats_dirs(paths);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->mem_usage, 300u);
  EXPECT_EQ(r->mem_limit, 1000u);
  EXPECT_EQ(r->pids_current, 4u);
  EXPECT_EQ(r->cpu_usage_ns, 9000u);
  EXPECT_TRUE(r->have_blk);
  EXPECT_EQ(r->blk_write, 2u);

  // A joint "cpu,cpuacct" v1 key is preferred over cgroup2's cpu.stat.
  std::string cpu = t.path + "/cpu,cpuacct/edgectl/c";
  put(cpu + "/cpuacct.usage", "777\n");
  paths["cpu,cpuacct"] = cpu;
  r = read_cgroup_stats_dirs(paths);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->cpu_usage_ns, 777u);

  std::map<std::string, std::string> gone = {{"memory", t.path + "/memory/nope"}};
  r = read_cgroup_stats_dirs(gone);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
}

// ---------------------------------------------------------------- /proc readers

// Independent re-parse of /proc/self/net/dev with sscanf.
std::pair<uint64_t, uint64_t> net_dev_by_sscanf(const std::string& text) {
  uint64_t rx = 0, tx = 0;
  for (auto& line : split(text, '\n', true)) {
    char name[64];
    unsigned long long v[16];
    std::string l = line;
    for (char& c : l)
      if (c == ':') c = ' ';
    int n = sscanf(l.c_str(), "%63s %llu %llu %llu %llu %llu %llu %llu %llu %llu", name, &v[0], &v[1], &v[2],
                   &v[3], &v[4], &v[5], &v[6], &v[7], &v[8]);
    if (n != 10 || strcmp(name, "lo") == 0) continue;
    rx += v[0];
    tx += v[8];
  }
  return {rx, tx};
}

TEST(NetDev, OwnPidMatchesFile) {
  // Read twice around the file so traffic in between cannot make it flaky.
  auto before = read_net_dev(getpid());
  ASSERT_TRUE(before.ok()) << before.error().msg;
  auto text = read_file("/proc/self/net/dev");
  ASSERT_TRUE(text.ok());
  auto mine = net_dev_by_sscanf(*text);
  auto after = read_net_dev(getpid());
  ASSERT_TRUE(after.ok());
  EXPECT_LE(before->first, mine.first);
  EXPECT_LE(mine.first, after->first);
  EXPECT_LE(before->second, mine.second);
  EXPECT_LE(mine.second, after->second);

  auto gone = read_net_dev(999999999);
  EXPECT_FALSE(gone.ok());
}

// In a fresh network namespace only "lo" exists: its traffic must not count.
TEST(NetDev, LoopbackIsSkipped) {
  int pipefd[2];
  ASSERT_EQ(pipe2(pipefd, O_CLOEXEC), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    bool ok = unshare(CLONE_NEWNET) == 0 || unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0;
    char c = ok ? 'y' : 'n';
    if (write(pipefd[1], &c, 1) != 1) _exit(1);
    pause();
    _exit(0);
  }
  close(pipefd[1]);
  char c = 0;
  ASSERT_EQ(read(pipefd[0], &c, 1), 1);
  close(pipefd[0]);
  if (c != 'y') {
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    GTEST_SKIP() << "cannot create a network namespace here";
  }
  auto r = read_net_dev(child);
  auto dev = read_file(strf("/proc/%d/net/dev", child));
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_TRUE(dev.ok());
  EXPECT_NE(dev->find("lo:"), std::string::npos);
  EXPECT_EQ(r->first, 0u);
  EXPECT_EQ(r->second, 0u);
}

TEST(Host, MemoryAndCpus) {
  uint64_t total = host_memory_total();
  uint64_t phys = static_cast<uint64_t>(sysconf(_SC_PHYS_PAGES)) * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
  EXPECT_GT(total, 0u);
  // MemTotal is in kB; sysinfo's totalram is the same number in bytes.
  EXPECT_LE(total > phys ? total - phys : phys - total, 1024u * 1024u);

  unsigned n = online_cpus();
  EXPECT_GE(n, 1u);
  EXPECT_EQ(static_cast<long>(n), sysconf(_SC_NPROCESSORS_ONLN));
}

TEST(Host, SystemCpuAdvances) {
  uint64_t a = system_cpu_ns();
  EXPECT_GT(a, 0u);
  // /proc/stat moves in 10 ms ticks: wait well past one on every CPU.
  struct timespec ts = {0, 60 * 1000 * 1000};
  nanosleep(&ts, nullptr);
  uint64_t b = system_cpu_ns();
  EXPECT_GT(b, a);
  // All CPUs together cannot account for more than ncpu * wall time (+ slack of a few ticks).
  EXPECT_LT(b - a, online_cpus() * 1000000000ull);
}

TEST(CpuPercent, DockerFormula) {
  // 0.5 s of the container's CPU over 2 s of all CPUs' time on a 4-CPU host:
  // 1 of 4 CPUs busy over 0.5 s wall = 100%.
  EXPECT_DOUBLE_EQ(cpu_percent(1000000000, 1500000000, 10000000000, 12000000000, 4), 100.0);
  EXPECT_DOUBLE_EQ(cpu_percent(0, 250, 0, 1000, 2), 50.0);
  EXPECT_DOUBLE_EQ(cpu_percent(0, 1000, 0, 1000, 1), 100.0);
  // No change, or a counter that went backwards (cgroup recreated): 0.
  EXPECT_DOUBLE_EQ(cpu_percent(500, 500, 0, 1000, 2), 0.0);
  EXPECT_DOUBLE_EQ(cpu_percent(500, 100, 0, 1000, 2), 0.0);
  EXPECT_DOUBLE_EQ(cpu_percent(0, 100, 1000, 1000, 2), 0.0);
}

// ---------------------------------------------------------------- top

bool is_time(const std::string& s) {
  // HH:MM:SS, optionally prefixed by "D-".
  size_t dash = s.find('-');
  std::string hms = dash == std::string::npos ? s : s.substr(dash + 1);
  return hms.size() == 8 && hms[2] == ':' && hms[5] == ':';
}

TEST(Top, OwnProcess) {
  auto r = top_rows({getpid()});
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->size(), 1u);
  const TopRow& row = (*r)[0];
  EXPECT_EQ(row.pid, getpid());
  EXPECT_EQ(row.ppid, getppid());
  EXPECT_NE(row.cmd.find("test_stats"), std::string::npos) << row.cmd;
  EXPECT_TRUE(is_time(row.time)) << row.time;
  EXPECT_FALSE(row.stime.empty());
  EXPECT_FALSE(row.tty.empty());
  EXPECT_LE(row.c, 99u);
  if (geteuid() == 0) {
    EXPECT_EQ(row.uid, "root");
  }
  // Started moments ago: today's HH:MM form.
  EXPECT_EQ(row.stime.size(), 5u) << row.stime;
  EXPECT_EQ(row.stime[2], ':') << row.stime;
}

TEST(Top, ChildArgsAndVanishedPids) {
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    execl("/bin/sleep", "sleep", "30", static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait for the exec to show in cmdline.
  for (int i = 0; i < 500; i++) {
    auto c = read_file(strf("/proc/%d/cmdline", child));
    if (c && c->find("30") != std::string::npos) break;
    usleep(2000);
  }
  pid_t dead = fork();
  ASSERT_GE(dead, 0);
  if (dead == 0) _exit(0);
  waitpid(dead, nullptr, 0);

  auto r = top_rows({child, dead, getpid()});
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->size(), 2u);  // the reaped one is skipped
  EXPECT_EQ((*r)[0].pid, child);
  EXPECT_EQ((*r)[0].ppid, getpid());
  EXPECT_EQ((*r)[0].cmd, "sleep 30");
  EXPECT_EQ((*r)[0].time, "00:00:00");
  EXPECT_EQ((*r)[1].pid, getpid());

  // A zombie has no cmdline: ps shows [comm].
  pid_t z = fork();
  ASSERT_GE(z, 0);
  if (z == 0) _exit(0);
  siginfo_t si;
  ASSERT_EQ(waitid(P_PID, static_cast<id_t>(z), &si, WEXITED | WNOWAIT), 0);
  auto zr = top_rows({z});
  waitpid(z, nullptr, 0);
  ASSERT_TRUE(zr.ok());
  ASSERT_EQ(zr->size(), 1u);
  EXPECT_EQ((*zr)[0].cmd, "[test_stats]");
}

// A session leader with a pty as its controlling terminal shows as pts/N.
TEST(Top, ControllingTerminal) {
  int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0) GTEST_SKIP() << "no pty";
  std::string slave = ptsname(master);
  int pipefd[2];
  ASSERT_EQ(pipe2(pipefd, O_CLOEXEC), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    setsid();
    int fd = open(slave.c_str(), O_RDWR);  // first tty opened by a session leader: controlling
    char c = fd >= 0 ? 'y' : 'n';
    if (write(pipefd[1], &c, 1) != 1) _exit(1);
    pause();
    _exit(0);
  }
  close(pipefd[1]);
  char c = 0;
  ASSERT_EQ(read(pipefd[0], &c, 1), 1);
  close(pipefd[0]);
  auto r = top_rows({child});
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  close(master);
  ASSERT_EQ(c, 'y');
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ("/dev/" + (*r)[0].tty, slave);

  // A process without a controlling terminal shows "?" (like this one, if detached).
  auto self_stat = read_file("/proc/self/stat");
  ASSERT_TRUE(self_stat.ok());
  auto after_comm = split(self_stat->substr(self_stat->rfind(')') + 2), ' ');
  auto own = top_rows({getpid()});
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->size(), 1u);
  if (after_comm.size() > 4 && after_comm[4] == "0") {
    EXPECT_EQ((*own)[0].tty, "?");
  }
}

TEST(Top, BusyChildShowsCpuTime) {
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // Spin until killed.
    volatile unsigned long x = 0;
    for (;;) x = x + 1;
  }
  // TIME has 1 s resolution; C needs >= 1 s of life.
  sleep(2);
  auto r = top_rows({child});
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  // Two shared CPUs: allow heavy contention but demand real progress.
  EXPECT_GE((*r)[0].c, 10u);
  EXPECT_TRUE(is_time((*r)[0].time)) << (*r)[0].time;
}

// ---------------------------------------------------------------- real cgroup (root)

struct RealChild {
  pid_t pid = -1;
  int go = -1, ready = -1;  // parent writes go, child writes ready
};

// A child that waits until it is in the cgroup, then touches 8 MiB and burns
// some CPU so every counter moves, then sleeps.
RealChild spawn_worker() {
  int a[2], b[2];
  RealChild rc;
  if (pipe2(a, O_CLOEXEC) < 0 || pipe2(b, O_CLOEXEC) < 0) return rc;
  pid_t p = fork();
  if (p == 0) {
    char c;
    if (read(a[0], &c, 1) != 1) _exit(1);
    size_t n = 8u << 20;
    char* mem = static_cast<char*>(malloc(n));
    for (size_t i = 0; i < n; i += 4096) mem[i] = 1;
    struct timespec t0, t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    do {
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    } while ((t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec) < 50000000L);
    if (write(b[1], "r", 1) != 1) _exit(1);
    pause();
    _exit(0);
  }
  close(a[0]);
  close(b[1]);
  rc.pid = p;
  rc.go = a[1];
  rc.ready = b[0];
  return rc;
}

TEST(StatsReal, LiveCgroupOnThisMachine) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root";
  auto lay = cgroup::detect_system();
  ASSERT_TRUE(lay.ok()) << lay.error().msg;
  if (!lay->for_controller("pids")) GTEST_SKIP() << "no pids controller";

  // Through the runtime's own manager, with limits so they can be read back,
  // at both a plain path and a systemd-style one.
  std::string plain = strf("/edgectl-stats-test-%d", getpid());
  std::string sd_name = strf("h4test%d", getpid());
  struct Case {
    std::string rel, spec_path;
  } cases[] = {{plain, plain}, {"/ecstatstest.slice/edgectl-" + sd_name + ".scope", "ecstatstest.slice:edgectl:" + sd_name}};

  Resources res;
  res.pids = PidsResources{};
  res.pids->limit = 50;
  res.memory = MemoryResources{};
  res.memory->limit = 256ll << 20;

  for (auto& cs : cases) {
    SCOPED_TRACE(cs.spec_path);
    auto m = cgroup::Manager::create(*lay, cs.rel, &res);
    ASSERT_TRUE(m.ok()) << m.error().msg;
    RealChild w = spawn_worker();
    ASSERT_GT(w.pid, 0);
    auto added = m->add_pid(w.pid);
    char c = 'g';
    EXPECT_EQ(write(w.go, &c, 1), 1);
    EXPECT_EQ(read(w.ready, &c, 1), 1);

    auto s = read_cgroup_stats(cs.spec_path);
    auto sd = read_cgroup_stats_dirs(m->paths());

    kill(w.pid, SIGKILL);
    waitpid(w.pid, nullptr, 0);
    close(w.go);
    close(w.ready);
    auto destroyed = m->destroy();
    // The systemd case made a parent slice in each hierarchy: remove it too.
    if (cs.rel != plain)
      for (auto& [key, dir] : m->paths()) ::rmdir(dir.substr(0, dir.rfind('/')).c_str());

    ASSERT_TRUE(added.ok()) << added.error().msg;
    EXPECT_TRUE(destroyed.ok()) << destroyed.error().msg;
    ASSERT_TRUE(s.ok()) << s.error().msg;
    ASSERT_TRUE(sd.ok()) << sd.error().msg;
    for (const CgroupStats* st : {&*s, &*sd}) {
      EXPECT_TRUE(st->have_pids);
      EXPECT_GE(st->pids_current, 1u);
      EXPECT_EQ(st->pids_limit, 50u);
      EXPECT_TRUE(st->have_cpu);
      EXPECT_GE(st->cpu_usage_ns, 40000000u);  // the 50 ms spin, minus nothing but clock slop
      if (lay->for_controller("memory")) {
        EXPECT_TRUE(st->have_mem);
        EXPECT_GE(st->mem_usage, 8u << 20);
        EXPECT_EQ(st->mem_limit, 256u << 20);
      }
      if (lay->for_controller("blkio") || lay->for_controller("io")) {
        EXPECT_TRUE(st->have_blk);
      }
    }
    // Both ways of naming the cgroup read the same directories.
    EXPECT_EQ(s->pids_current, sd->pids_current);
    EXPECT_EQ(s->mem_limit, sd->mem_limit);
  }
  // Gone after destroy: ENOENT, not zeros.
  auto after = read_cgroup_stats(plain);
  ASSERT_FALSE(after.ok());
  EXPECT_EQ(after.error().code, ENOENT);
}

}  // namespace
