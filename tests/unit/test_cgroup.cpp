#include <gtest/gtest.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/cgroup.h"
#include "rt/cgroup_internal.h"

using namespace ec;
using namespace ec::rt;
using namespace ec::rt::cgroup;
namespace d = ec::rt::cgroup::detail;

namespace {

// ---------------------------------------------------------------- detect()

using FileMap = std::map<std::string, std::string>;

std::string fake_read(const std::string& path, void* ctx) {
  auto* m = static_cast<FileMap*>(ctx);
  auto it = m->find(path);
  return it == m->end() ? std::string() : it->second;
}

Layout detect_ok(const std::string& mountinfo, const std::string& proc_cgroups, const std::string& self,
                 FileMap files = {}) {
  DetectInput in;
  in.mountinfo = mountinfo;
  in.proc_cgroups = proc_cgroups;
  in.self_cgroup = self;
  in.read_file = fake_read;
  in.ctx = &files;
  auto r = detect(in);
  EXPECT_TRUE(r.ok()) << r.error().msg;
  return r ? *r : Layout{};
}

const char kProcCgroups[] =
    "#subsys_name\thierarchy\tnum_cgroups\tenabled\n"
    "cpuset\t3\t1\t1\ncpu\t1\t1\t1\ncpuacct\t1\t1\t1\nblkio\t7\t1\t1\nmemory\t4\t32\t1\n"
    "devices\t5\t1\t1\nfreezer\t6\t1\t1\nnet_cls\t9\t1\t1\nperf_event\t0\t1\t1\nnet_prio\t9\t1\t1\n"
    "hugetlb\t0\t1\t1\npids\t8\t1\t1\nrdma\t0\t1\t0\n";

// This machine's layout, plus a joint cpu,cpuacct and net_cls,net_prio.
const char kHybridMountinfo[] =
    "22 1 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw\n"
    "30 22 0:27 / /sys/fs/cgroup rw,relatime shared:8 - tmpfs tmpfs rw,mode=755\n"
    "31 30 0:28 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:9 - cgroup cgroup rw,cpu,cpuacct\n"
    "33 30 0:30 / /sys/fs/cgroup/cpuset rw,relatime shared:10 - cgroup cgroup rw,cpuset\n"
    "34 30 0:31 / /sys/fs/cgroup/memory rw,relatime shared:11 - cgroup cgroup rw,memory\n"
    "35 30 0:32 / /sys/fs/cgroup/devices rw,relatime shared:12 - cgroup cgroup rw,devices\n"
    "36 30 0:33 / /sys/fs/cgroup/freezer rw,relatime shared:13 - cgroup cgroup rw,freezer\n"
    "37 30 0:34 / /sys/fs/cgroup/blkio rw,relatime shared:14 - cgroup cgroup rw,blkio\n"
    "38 30 0:35 / /sys/fs/cgroup/pids rw,relatime shared:15 - cgroup cgroup rw,pids\n"
    "39 30 0:36 / /sys/fs/cgroup/systemd rw,relatime shared:16 - cgroup cgroup rw,xattr,name=systemd\n"
    "40 30 0:37 / /sys/fs/cgroup/unified rw,relatime shared:17 - cgroup2 cgroup2 rw,nsdelegate\n"
    "41 30 0:38 / /sys/fs/cgroup/net_cls,net_prio rw,relatime shared:18 - cgroup cgroup rw,net_cls,net_prio\n";

const char kHybridSelf[] =
    "10:name=systemd:/user.slice/session-1.scope\n9:net_cls,net_prio:/\n8:pids:/user.slice\n7:blkio:/\n"
    "6:freezer:/\n5:devices:/user.slice\n4:memory:/user.slice/mem\n3:cpuset:/\n1:cpu,cpuacct:/user.slice\n"
    "0::/user.slice/session-1.scope\n";

TEST(CgroupDetect, HybridLikeThisMachine) {
  Layout l = detect_ok(kHybridMountinfo, kProcCgroups, kHybridSelf,
                       {{"/sys/fs/cgroup/unified/cgroup.controllers", "hugetlb\n"}});
  EXPECT_EQ(l.mode, Mode::Hybrid);
  ASSERT_EQ(l.hierarchies.size(), 10u);
  ASSERT_GE(l.unified, 0);
  const Hierarchy& u = l.hierarchies[l.unified];
  EXPECT_TRUE(u.v2);
  EXPECT_EQ(u.mountpoint, "/sys/fs/cgroup/unified");
  EXPECT_EQ(u.controllers, std::vector<std::string>{"hugetlb"});
  EXPECT_EQ(u.self_path, "/user.slice/session-1.scope");

  // controller -> (v2?, mountpoint, self path)
  struct Want {
    const char* ctrl;
    bool v2;
    const char* mnt;
    const char* self;
  } wants[] = {
      {"cpu", false, "/sys/fs/cgroup/cpu,cpuacct", "/user.slice"},
      {"cpuacct", false, "/sys/fs/cgroup/cpu,cpuacct", "/user.slice"},
      {"memory", false, "/sys/fs/cgroup/memory", "/user.slice/mem"},
      {"cpuset", false, "/sys/fs/cgroup/cpuset", "/"},
      {"pids", false, "/sys/fs/cgroup/pids", "/user.slice"},
      {"net_cls", false, "/sys/fs/cgroup/net_cls,net_prio", "/"},
      {"net_prio", false, "/sys/fs/cgroup/net_cls,net_prio", "/"},
      {"name=systemd", false, "/sys/fs/cgroup/systemd", "/user.slice/session-1.scope"},
      {"hugetlb", true, "/sys/fs/cgroup/unified", "/user.slice/session-1.scope"},
  };
  for (auto& w : wants) {
    const Hierarchy* h = l.for_controller(w.ctrl);
    ASSERT_NE(h, nullptr) << w.ctrl;
    EXPECT_EQ(h->v2, w.v2) << w.ctrl;
    EXPECT_EQ(h->mountpoint, w.mnt) << w.ctrl;
    EXPECT_EQ(h->self_path, w.self) << w.ctrl;
  }
  EXPECT_EQ(l.for_controller("cpu")->controllers, (std::vector<std::string>{"cpu", "cpuacct"}));
  // xattr is a mount option, not a controller.
  EXPECT_EQ(l.for_controller("name=systemd")->controllers, std::vector<std::string>{"name=systemd"});
  EXPECT_EQ(l.for_controller("perf_event"), nullptr);
  EXPECT_EQ(l.for_controller("rdma"), nullptr);
  EXPECT_EQ(l.for_controller("io"), nullptr);
}

TEST(CgroupDetect, PureV2) {
  Layout l = detect_ok(
      "30 22 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 "
      "rw,nsdelegate,memory_recursiveprot\n",
      "", "0::/user.slice/user-1000.slice/session-2.scope\n",
      {{"/sys/fs/cgroup/cgroup.controllers", "cpuset cpu io memory hugetlb pids rdma misc\n"}});
  EXPECT_EQ(l.mode, Mode::Unified);
  ASSERT_EQ(l.hierarchies.size(), 1u);
  EXPECT_EQ(l.unified, 0);
  for (const char* c : {"cpuset", "cpu", "io", "memory", "hugetlb", "pids", "rdma", "misc"}) {
    ASSERT_NE(l.for_controller(c), nullptr) << c;
    EXPECT_TRUE(l.for_controller(c)->v2);
  }
  EXPECT_EQ(l.for_controller("devices"), nullptr);
  EXPECT_EQ(l.hierarchies[0].self_path, "/user.slice/user-1000.slice/session-2.scope");
  EXPECT_EQ(hierarchy_dir(l.hierarchies[0], "/edgectl/c1"), "/sys/fs/cgroup/edgectl/c1");
  EXPECT_EQ(hierarchy_dir(l.hierarchies[0], "c1"), "/sys/fs/cgroup/user.slice/user-1000.slice/session-2.scope/c1");
}

TEST(CgroupDetect, PureV1) {
  Layout l = detect_ok(
      "31 30 0:28 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n"
      "32 30 0:29 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n"
      "33 30 0:30 / /sys/fs/cgroup/hugetlb rw - cgroup cgroup rw,hugetlb\n"
      "34 30 0:31 / /sys/fs/cgroup/net_cls,net_prio rw - cgroup cgroup rw,net_cls,net_prio\n"
      "35 30 0:32 / /sys/fs/cgroup/systemd rw - cgroup cgroup rw,xattr,release_agent=/x,name=systemd\n",
      kProcCgroups, "5:name=systemd:/\n4:net_prio,net_cls:/n\n3:hugetlb:/\n2:memory:/m\n1:cpuacct,cpu:/c\n");
  EXPECT_EQ(l.mode, Mode::Legacy);
  EXPECT_EQ(l.unified, -1);
  ASSERT_EQ(l.hierarchies.size(), 5u);
  ASSERT_NE(l.for_controller("hugetlb"), nullptr);
  EXPECT_FALSE(l.for_controller("hugetlb")->v2);
  EXPECT_EQ(l.for_controller("net_prio")->mountpoint, "/sys/fs/cgroup/net_cls,net_prio");
  // /proc/self/cgroup lists controllers in its own order: matched as sets.
  EXPECT_EQ(l.for_controller("net_cls")->self_path, "/n");
  EXPECT_EQ(l.for_controller("cpu")->self_path, "/c");
  EXPECT_EQ(l.for_controller("name=systemd")->controllers, std::vector<std::string>{"name=systemd"});
  EXPECT_EQ(hierarchy_dir(*l.for_controller("memory"), "x/y"), "/sys/fs/cgroup/memory/m/x/y");
}

TEST(CgroupDetect, DuplicateAndBindMounts) {
  // memory: first a subtree bind (container style), then the whole hierarchy
  // elsewhere -> the whole one wins. pids: only a subtree mount -> kept, and
  // our path is taken relative to it. cgroup2 twice -> the root one.
  Layout l = detect_ok(
      "40 30 0:31 /docker/abc /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n"
      "41 30 0:31 / /mnt/all\\040memory rw - cgroup cgroup rw,memory\n"
      "42 30 0:31 /docker /mnt/docker rw - cgroup cgroup rw,memory\n"
      "43 30 0:35 /docker/abc /sys/fs/cgroup/pids rw - cgroup cgroup rw,pids\n"
      "44 30 0:40 /sub /run/cg2 rw shared:3 master:1 - cgroup2 cgroup2 rw\n"
      "45 30 0:40 / /sys/fs/cgroup/unified rw shared:3 - cgroup2 cgroup2 rw\n"
      "46 30 0:40 / /sys/fs/cgroup/unified2 rw shared:3 - cgroup2 cgroup2 rw\n",
      kProcCgroups, "3:pids:/docker/abc\n2:memory:/docker/abc\n0::/\n",
      {{"/sys/fs/cgroup/unified/cgroup.controllers", "hugetlb\n"}});
  EXPECT_EQ(l.mode, Mode::Hybrid);
  ASSERT_EQ(l.hierarchies.size(), 3u);
  const Hierarchy* mem = l.for_controller("memory");
  ASSERT_NE(mem, nullptr);
  EXPECT_EQ(mem->mountpoint, "/mnt/all memory");
  EXPECT_EQ(mem->mount_root, "/");
  const Hierarchy* pids = l.for_controller("pids");
  ASSERT_NE(pids, nullptr);
  EXPECT_EQ(pids->mount_root, "/docker/abc");
  EXPECT_EQ(hierarchy_dir(*pids, "sub"), "/sys/fs/cgroup/pids/sub");
  EXPECT_EQ(hierarchy_dir(*pids, "/abs/c"), "/sys/fs/cgroup/pids/abs/c");
  ASSERT_GE(l.unified, 0);
  EXPECT_EQ(l.hierarchies[l.unified].mountpoint, "/sys/fs/cgroup/unified");
  EXPECT_EQ(l.for_controller("hugetlb")->mountpoint, "/sys/fs/cgroup/unified");
}

TEST(CgroupDetect, V1OwnsControllerAlsoListedInV2AndDisabledOnesIgnored) {
  Layout l = detect_ok(
      "34 30 0:31 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n"
      "40 30 0:37 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw\n",
      kProcCgroups, "4:memory:/\n0::/\n",
      {{"/sys/fs/cgroup/unified/cgroup.controllers", "memory rdma hugetlb"}});
  EXPECT_FALSE(l.for_controller("memory")->v2);
  EXPECT_TRUE(l.for_controller("hugetlb")->v2);
  EXPECT_EQ(l.for_controller("rdma"), nullptr);  // enabled=0 in /proc/cgroups
}

TEST(CgroupDetect, NothingMounted) {
  DetectInput in;
  in.mountinfo = "22 1 0:21 / /sys rw - sysfs sysfs rw\n";
  auto r = detect(in);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("no cgroup"), std::string::npos);
}

TEST(CgroupDetect, ThisSystemIsConsistent) {
  auto r = detect_system();
  if (!r.ok()) GTEST_SKIP() << r.error().msg;
  for (auto& [c, i] : r->by_controller) ASSERT_LT(i, r->hierarchies.size()) << c;
  if (r->unified >= 0) {
    EXPECT_TRUE(r->hierarchies[r->unified].v2);
  }
  if (r->mode == Mode::Unified) {
    EXPECT_EQ(r->hierarchies.size(), 1u);
  }
  // This VM (and any hybrid with v1 memory) keeps memory in v1.
  if (r->mode == Mode::Hybrid && path_exists("/sys/fs/cgroup/memory/memory.limit_in_bytes")) {
    EXPECT_FALSE(r->for_controller("memory")->v2);
  }
}

// ---------------------------------------------------------------- resolve_path()

TEST(CgroupResolve, Table) {
  struct Case {
    const char* in;
    bool systemd;
    const char* want;  // nullptr: error
    const char* err = "";
  } cases[] = {
      {"", false, "/edgectl/c1"},
      {"/a/b", false, "/a/b"},
      {"/a//b/./c/", false, "/a/b/c"},
      {"a/b", false, "a/b"},
      {"./a", false, "a"},
      {"/a/../b", false, nullptr, ".."},
      {"..", false, nullptr, ".."},
      {"a/..", false, nullptr, ".."},
      {"/", false, nullptr, "below the root"},
      {".", false, nullptr, "below the root"},
      {"x.slice:ec:c1", false, nullptr, "--systemd-cgroup"},
      {"edgectl-test.slice:ec:sd1", true, "/edgectl.slice/edgectl-test.slice/ec-sd1.scope"},
      {"a-b-c.slice:p:n", true, "/a.slice/a-b.slice/a-b-c.slice/p-n.scope"},
      {":ec:x", true, "/system.slice/ec-x.scope"},
      {"", true, "/system.slice/edgectl-c1.scope"},
      {"-.slice:ec:x", true, "/ec-x.scope"},
      {"machine.slice:p:n.slice", true, "/machine.slice/n.slice"},
      {"system.slice::n", true, "/system.slice/n.scope"},
      {"a--b.slice:p:n", true, nullptr, "invalid systemd slice"},
      {"-a.slice:p:n", true, nullptr, "invalid systemd slice"},
      {"nota:p:n", true, nullptr, "invalid systemd slice"},
      {"foo:bar", true, nullptr, "slice:prefix:name"},
      {"/a/b", true, nullptr, "slice:prefix:name"},
      {"x.slice:p:", true, nullptr, "invalid systemd unit"},
      {"x.slice:p:a/b", true, nullptr, "invalid systemd unit"},
  };
  for (auto& c : cases) {
    auto r = resolve_path(c.in, "c1", c.systemd);
    if (c.want) {
      ASSERT_TRUE(r.ok()) << c.in << ": " << r.error().msg;
      EXPECT_EQ(*r, c.want) << c.in;
    } else {
      ASSERT_FALSE(r.ok()) << c.in << " -> " << *r;
      EXPECT_NE(r.error().msg.find(c.err), std::string::npos) << c.in << ": " << r.error().msg;
    }
  }
  EXPECT_FALSE(resolve_path("", "../x", false).ok());
  EXPECT_FALSE(resolve_path("", "a/b", false).ok());
}

// ---------------------------------------------------------------- conversions

TEST(CgroupConvert, SharesToWeight) {
  std::pair<uint64_t, uint64_t> cases[] = {{0, 0},     {2, 1},         {1, 1},           {1024, 39},
                                           {512, 20},  {262144, 10000}, {1000000, 10000}, {131073, 5000}};
  for (auto [in, want] : cases) EXPECT_EQ(d::shares_to_weight(in), want) << in;
}

TEST(CgroupConvert, BlkioWeightToIoWeight) {
  std::pair<uint64_t, uint64_t> cases[] = {{0, 0}, {10, 1}, {1000, 10000}, {500, 4950}, {100, 910}, {5, 1}, {2000, 10000}};
  for (auto [in, want] : cases) EXPECT_EQ(d::blkio_to_io_weight(in), want) << in;
}

TEST(CgroupConvert, SwapToV2) {
  struct Case {
    int64_t swap, mem;
    int64_t want;
    bool ok;
  } cases[] = {
      {0, 0, 0, true},        {0, -1, -1, true},         {-1, 100, -1, true},       {0, 100, 0, true},
      {300, 100, 200, true},  {100, 100, 0, true},       {50, 100, 0, false},       {300, 0, 0, false},
      {300, -1, 0, false},    {300, -5, 0, false},
  };
  for (auto& c : cases) {
    auto r = d::swap_to_v2(c.swap, c.mem);
    ASSERT_EQ(r.ok(), c.ok) << c.swap << "/" << c.mem;
    if (c.ok) {
      EXPECT_EQ(*r, c.want) << c.swap << "/" << c.mem;
    }
  }
}

TEST(CgroupConvert, Formatting) {
  EXPECT_EQ(d::v2_limit(0), "");
  EXPECT_EQ(d::v2_limit(-1), "max");
  EXPECT_EQ(d::v2_limit(67108864), "67108864");
  EXPECT_EQ(d::cpu_max(0, 0), "");
  EXPECT_EQ(d::cpu_max(50000, 100000), "50000 100000");
  EXPECT_EQ(d::cpu_max(-1, 100000), "max 100000");
  EXPECT_EQ(d::cpu_max(0, 100000), "max 100000");
  EXPECT_EQ(d::cpu_max(20000, 0), "20000");
  EXPECT_EQ(d::pids_max(64), "64");
  EXPECT_EQ(d::pids_max(0), "max");
  EXPECT_EQ(d::pids_max(-1), "max");
  EXPECT_EQ(*d::hugetlb_file("2MB", false), "hugetlb.2MB.limit_in_bytes");
  EXPECT_EQ(*d::hugetlb_file("2MB", true), "hugetlb.2MB.max");
  EXPECT_EQ(*d::hugetlb_file("1GB", true, true), "hugetlb.1GB.rsvd.max");
  EXPECT_EQ(*d::hugetlb_file("64KB", false, true), "hugetlb.64KB.rsvd.limit_in_bytes");
  for (const char* bad : {"", "MB", "2M", "2mb", "2MB/../x", "2XB", "../2MB"})
    EXPECT_FALSE(d::hugetlb_file(bad, true).ok()) << bad;
  EXPECT_TRUE(d::check_unified_key("memory.high").ok());
  for (const char* bad : {"", ".", "..", "../memory.max", "a/b", "/memory.max"})
    EXPECT_FALSE(d::check_unified_key(bad).ok()) << bad;
}

// ---------------------------------------------------------------- device rules

DeviceRule R(bool allow, char type, int64_t major, int64_t minor, const char* access) {
  DeviceRule r;
  r.allow = allow;
  r.type = type;
  r.major = major;
  r.minor = minor;
  r.access = access;
  return r;
}
DeviceRule deny_all() { return R(false, 'a', -1, -1, "rwm"); }
DeviceRule allow_all() { return R(true, 'a', -1, -1, "rwm"); }

std::vector<std::string> strings(const std::vector<DeviceRule>& rules) {
  std::vector<std::string> out;
  for (auto& r : rules) out.push_back(std::string(r.allow ? "allow " : "deny ") + d::dev_rule_string(r));
  return out;
}

TEST(CgroupDevices, EmulatorFollowsV1) {
  auto st = d::dev_build({deny_all(), R(true, 'c', 1, 3, "r"), R(true, 'c', 1, 3, "w"), R(true, 'c', 1, 5, "rwm"),
                          R(false, 'c', 1, 5, "m"), R(true, 'b', 8, -1, "rwm"), R(false, 'b', 8, -1, "rwm")});
  ASSERT_TRUE(st.ok()) << st.error().msg;
  EXPECT_FALSE(st->default_allow);
  std::map<d::DevKey, uint8_t> want = {{{'c', 1, 3}, d::kAccRead | d::kAccWrite},
                                       {{'c', 1, 5}, d::kAccRead | d::kAccWrite}};
  EXPECT_EQ(st->exceptions, want);
  // 'a' resets whatever came before, whatever its major/minor say.
  st = d::dev_build({R(true, 'c', 1, 3, "rwm"), R(false, 'a', 4, 4, "r")});
  ASSERT_TRUE(st.ok());
  EXPECT_TRUE(st->exceptions.empty());
  EXPECT_FALSE(st->default_allow);
  // A hole in a wildcard exception is refused.
  auto bad = d::dev_build({deny_all(), R(true, 'c', -1, -1, "rwm"), R(false, 'c', 1, 1, "w")});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("punch a hole"), std::string::npos);
  EXPECT_TRUE(d::dev_build({deny_all(), R(true, 'c', -1, -1, "m"), R(false, 'c', 1, 1, "rw")}).ok());
  EXPECT_FALSE(d::dev_build({R(true, 'x', 1, 1, "rwm")}).ok());
  EXPECT_FALSE(d::dev_build({R(true, 'c', 1, 1, "rwx")}).ok());
}

TEST(CgroupDevices, ListParsingAndTransitions) {
  auto all = d::dev_from_list("a *:* rwm\n");
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(all->default_allow);
  auto wl = d::dev_from_list("c 1:3 rwm\nc *:* m\nb 8:* r\n");
  ASSERT_TRUE(wl.ok());
  EXPECT_FALSE(wl->default_allow);
  EXPECT_EQ(wl->exceptions.size(), 3u);
  EXPECT_EQ(wl->exceptions.at({'b', 8, -1}), d::kAccRead);
  EXPECT_FALSE(d::dev_from_list("c 1:3\n").ok());

  auto target = d::dev_build({deny_all(), R(true, 'c', 1, 3, "rwm"), R(true, 'c', -1, -1, "m")});
  ASSERT_TRUE(target.ok());
  // From the allow-all of a new cgroup: reset, then the allows.
  EXPECT_EQ(strings(d::dev_transition(*all, *target)),
            (std::vector<std::string>{"deny a *:* rwm", "allow c *:* m", "allow c 1:3 rwm"}));
  // From an allow-list: only the difference, no disruptive reset.
  EXPECT_EQ(strings(d::dev_transition(*wl, *target)), (std::vector<std::string>{"deny b 8:* r"}));
  EXPECT_TRUE(d::dev_transition(*target, *target).empty());
  auto narrower = d::dev_build({deny_all(), R(true, 'c', 1, 3, "r")});
  EXPECT_EQ(strings(d::dev_transition(*target, *narrower)),
            (std::vector<std::string>{"deny c *:* m", "deny c 1:3 wm"}));
  auto blacklist = d::dev_build({allow_all(), R(false, 'c', 1, 1, "rwm")});
  EXPECT_EQ(strings(d::dev_transition(*target, *blacklist)),
            (std::vector<std::string>{"allow a *:* rwm", "deny c 1:1 rwm"}));
}

TEST(CgroupDevices, DefaultsAppended) {
  auto rules = d::with_default_devices({deny_all()});
  ASSERT_GT(rules.size(), 5u);
  EXPECT_EQ(rules[0].type, 'a');
  auto st = d::dev_build(rules);
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st->exceptions.at({'c', 1, 3}), d::kAccAll);        // /dev/null
  EXPECT_EQ(st->exceptions.at({'c', 136, -1}), d::kAccAll);     // /dev/pts/*
  EXPECT_EQ(st->exceptions.at({'b', -1, -1}), d::kAccMknod);    // mknod only
  EXPECT_EQ(st->exceptions.count({'c', 1, 1}), 0u);             // /dev/mem stays denied
}

// ---- BPF: a tiny interpreter for exactly the instructions the generator may emit.

struct Ctx {
  uint32_t access_type, major, minor;
};

// Returns the program's verdict, or -1 (with a test failure) on anything the
// kernel verifier would reject or the generator must never produce.
int run_bpf(const std::vector<uint64_t>& prog, char type, uint8_t access, uint32_t major, uint32_t minor) {
  Ctx ctx{(uint32_t(access) << 16) | (type == 'b' ? BPF_DEVCG_DEV_BLOCK : BPF_DEVCG_DEV_CHAR), major, minor};
  uint64_t r[11] = {};
  bool r0_set = false;
  size_t pc = 0;
  while (pc < prog.size()) {
    bpf_insn i;
    memcpy(&i, &prog[pc], sizeof i);
    pc++;
    uint8_t dst = i.dst_reg, src = i.src_reg;
    if (dst > 10 || src > 10) {
      ADD_FAILURE() << "bad register";
      return -1;
    }
    auto jump = [&](bool cond) {
      if (i.off < 0) ADD_FAILURE() << "backward jump";
      if (cond) pc += i.off;
      if (pc >= prog.size()) ADD_FAILURE() << "jump out of the program";
    };
    switch (i.code) {
      case BPF_LDX | BPF_MEM | BPF_W: {
        if (src != BPF_REG_1 || i.off < 0 || i.off + 4 > int(sizeof ctx)) {
          ADD_FAILURE() << "bad ctx load";
          return -1;
        }
        uint32_t v;
        memcpy(&v, reinterpret_cast<char*>(&ctx) + i.off, 4);
        r[dst] = v;
        break;
      }
      case BPF_ALU | BPF_AND | BPF_K: r[dst] = uint32_t(r[dst]) & uint32_t(i.imm); break;
      case BPF_ALU | BPF_RSH | BPF_K: r[dst] = uint32_t(r[dst]) >> i.imm; break;
      case BPF_ALU | BPF_MOV | BPF_K: r[dst] = uint32_t(i.imm); if (dst == 0) r0_set = true; break;
      case BPF_ALU | BPF_MOV | BPF_X: r[dst] = uint32_t(r[src]); break;
      case BPF_JMP | BPF_JNE | BPF_K: jump(r[dst] != uint64_t(int64_t(i.imm))); break;
      case BPF_JMP | BPF_JEQ | BPF_K: jump(r[dst] == uint64_t(int64_t(i.imm))); break;
      case BPF_JMP | BPF_JNE | BPF_X: jump(r[dst] != r[src]); break;
      case BPF_JMP | BPF_EXIT:
        if (!r0_set) ADD_FAILURE() << "exit without R0";
        return int(r[0]);
      default: ADD_FAILURE() << "unexpected opcode 0x" << std::hex << int(i.code); return -1;
    }
  }
  ADD_FAILURE() << "fell off the end of the program";
  return -1;
}

// The kernel's v1 check (devcgroup_legacy_check_permission) over an emulated state.
bool v1_allows(const d::DevState& st, char type, uint8_t acc, int64_t major, int64_t minor) {
  for (auto& [k, a] : st.exceptions) {
    bool match = k.type == type && (k.major < 0 || k.major == major) && (k.minor < 0 || k.minor == minor);
    if (!match) continue;
    if (st.default_allow && (a & acc)) return false;    // any overlap with a deny exception
    if (!st.default_allow && !(acc & ~a)) return true;  // fully inside one allow exception
  }
  return st.default_allow;
}

constexpr uint8_t kR = d::kAccRead, kW = d::kAccWrite, kM = d::kAccMknod;

TEST(CgroupBpf, ProgramShape) {
  auto p = v2_device_program({deny_all(), R(true, 'c', 1, 3, "rwm")});
  // prologue 6 + block (type, major, minor, mov, exit) 5 + default 2
  ASSERT_EQ(p.size(), 13u);
  bpf_insn last, first;
  memcpy(&first, &p[0], 8);
  memcpy(&last, &p.back(), 8);
  EXPECT_EQ(first.code, BPF_LDX | BPF_MEM | BPF_W);
  EXPECT_EQ(last.code, BPF_JMP | BPF_EXIT);
  // Partial access adds the 3-instruction access check; wildcards drop theirs.
  EXPECT_EQ(v2_device_program({deny_all(), R(true, 'c', 1, 3, "r")}).size(), 16u);
  EXPECT_EQ(v2_device_program({deny_all(), R(true, 'c', -1, -1, "rwm")}).size(), 11u);
  EXPECT_EQ(v2_device_program({allow_all()}).size(), 8u);
  EXPECT_EQ(v2_device_program({}).size(), 8u);
  // Refused rules give no program at all.
  EXPECT_TRUE(v2_device_program({deny_all(), R(true, 'c', -1, -1, "rwm"), R(false, 'c', 1, 1, "r")}).empty());
  EXPECT_FALSE(d::device_program({R(true, 'z', 1, 1, "r")}).ok());
}

TEST(CgroupBpf, SemanticsTable) {
  struct Probe {
    char type;
    uint8_t acc;
    uint32_t major, minor;
    int want;
  };
  struct Case {
    const char* name;
    std::vector<DeviceRule> rules;
    std::vector<Probe> probes;
  } cases[] = {
      {"runc default spec",
       d::with_default_devices({deny_all()}),
       {{'c', kR | kW, 1, 3, 1},    // /dev/null
        {'c', kR, 1, 1, 0},         // /dev/mem
        {'c', kM, 1, 1, 1},         // mknod anything
        {'b', kR, 8, 0, 0},         // disk
        {'b', kM, 8, 0, 1},
        {'c', kR | kW, 136, 7, 1},  // pts
        {'c', kR | kW, 5, 2, 1},    // ptmx
        {'c', kR | kW, 5, 1, 0},    // console
        {'c', kR | kW | kM, 1, 9, 1}}},
      {"allow all", {allow_all()}, {{'c', kR | kW | kM, 1, 1, 1}, {'b', kW, 8, 0, 1}}},
      {"nothing", {}, {{'c', kR, 1, 3, 0}, {'b', kM, 8, 0, 0}}},
      {"deny one in allow-all, partial access",
       {allow_all(), R(false, 'c', 1, 1, "w")},
       {{'c', kR, 1, 1, 1}, {'c', kW, 1, 1, 0}, {'c', kR | kW, 1, 1, 0}, {'c', kW, 1, 3, 1}, {'b', kW, 1, 1, 1}}},
      {"allows merge", {deny_all(), R(true, 'c', 1, 3, "r"), R(true, 'c', 1, 3, "w")},
       {{'c', kR | kW, 1, 3, 1}, {'c', kM, 1, 3, 0}, {'c', kR, 1, 4, 0}}},
      {"later deny narrows an allow", {deny_all(), R(true, 'c', 1, 3, "rwm"), R(false, 'c', 1, 3, "w")},
       {{'c', kR, 1, 3, 1}, {'c', kR | kW, 1, 3, 0}, {'c', kW, 1, 3, 0}, {'c', kM, 1, 3, 1}}},
      {"last 'a' wins", {R(true, 'c', 1, 3, "rwm"), deny_all()}, {{'c', kR, 1, 3, 0}}},
      {"wildcard major/minor", {deny_all(), R(true, 'c', -1, -1, "rwm"), R(true, 'b', 8, -1, "r")},
       {{'c', kR | kW, 5, 1, 1}, {'b', kR, 8, 17, 1}, {'b', kW, 8, 17, 0}, {'b', kR, 9, 0, 0}}},
      {"type must match", {deny_all(), R(true, 'b', 1, 3, "rwm")}, {{'c', kR, 1, 3, 0}, {'b', kR, 1, 3, 1}}},
  };
  for (auto& c : cases) {
    auto prog = v2_device_program(c.rules);
    ASSERT_FALSE(prog.empty()) << c.name;
    for (auto& p : c.probes)
      EXPECT_EQ(run_bpf(prog, p.type, p.acc, p.major, p.minor), p.want)
          << c.name << ": " << p.type << " " << p.major << ":" << p.minor << " acc=" << int(p.acc);
  }
}

// Random rule lists: the program must decide exactly as v1 would.
TEST(CgroupBpf, MatchesV1OnRandomRules) {
  std::mt19937 rng(12345);
  const int64_t majors[] = {-1, 1, 5, 8}, minors[] = {-1, 0, 3, 5};
  const char* accs[] = {"r", "w", "m", "rw", "rm", "wm", "rwm"};
  int programs = 0;
  for (int iter = 0; iter < 400; iter++) {
    std::vector<DeviceRule> rules;
    int n = 1 + rng() % 7;
    for (int k = 0; k < n; k++) {
      if (rng() % 8 == 0) {
        rules.push_back(rng() % 2 ? allow_all() : deny_all());
        continue;
      }
      rules.push_back(R(rng() % 2, rng() % 2 ? 'c' : 'b', majors[rng() % 4], minors[rng() % 4], accs[rng() % 7]));
    }
    auto st = d::dev_build(rules);
    if (!st.ok()) continue;  // hole punching: refused (checked elsewhere)
    auto prog = v2_device_program(rules);
    ASSERT_FALSE(prog.empty());
    programs++;
    for (char type : {'c', 'b'})
      for (uint8_t acc = 1; acc <= 7; acc++)
        for (int64_t maj : {1, 5, 8, 9})
          for (int64_t min : {0, 3, 5, 6})
            ASSERT_EQ(run_bpf(prog, type, acc, maj, min), v1_allows(*st, type, acc, maj, min) ? 1 : 0)
                << "iter " << iter << " " << type << " " << maj << ":" << min << " acc=" << int(acc);
  }
  EXPECT_GT(programs, 200);
}

// ---------------------------------------------------------------- fake cgroup dirs (no root)

class FakeCgroup : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/edgectl-cgtest-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
  }
  void TearDown() override { (void)remove_all(root_); }
  // A directory with empty knob files (single writes land at offset 0).
  std::string dir(const std::string& name, std::vector<std::string> files, FileMap contents = {}) {
    std::string p = root_ + "/" + name;
    EXPECT_TRUE(mkdir_p(p).ok());
    for (auto& f : files) EXPECT_TRUE(write_file(p + "/" + f, "").ok());
    for (auto& [f, c] : contents) EXPECT_TRUE(write_file(p + "/" + f, c).ok());
    return p;
  }
  static std::string cat(const std::string& p) {
    auto r = read_file(p);
    return r ? std::string(trim(*r)) : "<missing>";
  }
  std::string root_;
};

TEST_F(FakeCgroup, V1RoutingAndValues) {
  Paths p;
  p["memory"] = dir("memory", {"memory.limit_in_bytes", "memory.soft_limit_in_bytes", "memory.swappiness",
                               "memory.oom_control", "memory.memsw.limit_in_bytes"});
  p["cpu,cpuacct"] = dir("cpu", {"cpu.shares", "cpu.cfs_quota_us", "cpu.cfs_period_us"});
  p["cpuset"] = dir("cpuset", {"cpuset.cpus", "cpuset.mems"});
  p["pids"] = dir("pids", {"pids.max"});
  p["blkio"] = dir("blkio", {"blkio.throttle.read_bps_device"});
  p["name=systemd"] = dir("systemd", {});
  auto m = Manager::from_paths(p, false);
  Resources res;
  res.memory.emplace();
  res.memory->limit = 67108864;
  res.memory->swap = 134217728;
  res.memory->reservation = 33554432;
  res.memory->swappiness = 10;
  res.memory->disable_oom_killer = true;
  res.cpu.emplace();
  res.cpu->shares = 512;
  res.cpu->quota = 50000;
  res.cpu->period = 100000;
  res.cpu->cpus = "0";
  res.cpu->mems = "0";
  res.pids.emplace();
  res.pids->limit = 64;
  res.block_io.emplace();
  res.block_io->throttle_read_bps.push_back({8, 0, 1048576});
  auto st = m.apply(res);
  ASSERT_TRUE(st.ok()) << st.error().msg;
  EXPECT_EQ(cat(p["memory"] + "/memory.limit_in_bytes"), "67108864");
  EXPECT_EQ(cat(p["memory"] + "/memory.memsw.limit_in_bytes"), "134217728");
  EXPECT_EQ(cat(p["memory"] + "/memory.soft_limit_in_bytes"), "33554432");
  EXPECT_EQ(cat(p["memory"] + "/memory.swappiness"), "10");
  EXPECT_EQ(cat(p["memory"] + "/memory.oom_control"), "1");
  EXPECT_EQ(cat(p["cpu,cpuacct"] + "/cpu.shares"), "512");
  EXPECT_EQ(cat(p["cpu,cpuacct"] + "/cpu.cfs_quota_us"), "50000");
  EXPECT_EQ(cat(p["cpu,cpuacct"] + "/cpu.cfs_period_us"), "100000");
  EXPECT_EQ(cat(p["cpuset"] + "/cpuset.cpus"), "0");
  EXPECT_EQ(cat(p["pids"] + "/pids.max"), "64");
  EXPECT_EQ(cat(p["blkio"] + "/blkio.throttle.read_bps_device"), "8:0 1048576");

  struct Bad {
    const char* name;
    Resources res;
    const char* err;
  };
  std::vector<Bad> bad;
  {
    Resources r;
    r.block_io.emplace();
    r.block_io->weight = 500;
    bad.push_back({"blkio weight", r, "not supported by this kernel: blkio.weight"});
  }
  {
    Resources r;
    r.network.emplace();
    r.network->class_id = 0x100001;
    bad.push_back({"net_cls", r, "not supported by this kernel: net_cls cgroup controller"});
  }
  {
    Resources r;
    r.hugepage_limits.push_back({"2MB", 1 << 21});
    bad.push_back({"hugetlb", r, "not supported by this kernel: hugetlb cgroup controller"});
  }
  {
    Resources r;
    r.unified["memory.high"] = "1000";
    bad.push_back({"unified", r, "unified resources need cgroup v2"});
  }
  {
    Resources r;
    r.memory.emplace();
    r.memory->swappiness = 101;
    bad.push_back({"swappiness", r, "swappiness"});
  }
  {
    Resources r;
    r.cpu.emplace();
    r.cpu->idle = 1;
    bad.push_back({"cpu.idle", r, "not supported by this kernel: cpu.idle"});
  }
  for (auto& b : bad) {
    auto s = m.apply(b.res);
    ASSERT_FALSE(s.ok()) << b.name;
    EXPECT_NE(s.error().msg.find(b.err), std::string::npos) << b.name << ": " << s.error().msg;
  }
}

TEST_F(FakeCgroup, V2ValuesAndUnified) {
  std::string u = dir("v2",
                      {"memory.max", "memory.swap.max", "memory.low", "cpu.weight", "cpu.max", "pids.max", "io.weight",
                       "io.max", "hugetlb.2MB.max", "memory.high", "cpuset.cpus"},
                      {{"cgroup.controllers", "cpuset cpu io memory hugetlb pids\n"}});
  auto m = Manager::from_paths({{"unified", u}}, true);
  Resources res;
  res.memory.emplace();
  res.memory->limit = 100 << 20;
  res.memory->swap = 300 << 20;
  res.memory->reservation = 50 << 20;
  res.cpu.emplace();
  res.cpu->shares = 1024;
  res.cpu->quota = -1;
  res.cpu->period = 100000;
  res.cpu->cpus = "0-1";
  res.pids.emplace();
  res.pids->limit = 0;
  res.block_io.emplace();
  res.block_io->weight = 500;
  res.block_io->throttle_write_iops.push_back({8, 16, 300});
  res.hugepage_limits.push_back({"2MB", 4 << 21});
  res.unified["memory.high"] = "209715200";
  auto st = m.apply(res);
  ASSERT_TRUE(st.ok()) << st.error().msg;
  EXPECT_EQ(cat(u + "/memory.max"), "104857600");
  EXPECT_EQ(cat(u + "/memory.swap.max"), "209715200");
  EXPECT_EQ(cat(u + "/memory.low"), "52428800");
  EXPECT_EQ(cat(u + "/cpu.weight"), "39");
  EXPECT_EQ(cat(u + "/cpu.max"), "max 100000");
  EXPECT_EQ(cat(u + "/cpuset.cpus"), "0-1");
  EXPECT_EQ(cat(u + "/pids.max"), "max");
  EXPECT_EQ(cat(u + "/io.weight"), "4950");
  EXPECT_EQ(cat(u + "/io.max"), "8:16 wiops=300");
  EXPECT_EQ(cat(u + "/hugetlb.2MB.max"), "8388608");
  EXPECT_EQ(cat(u + "/memory.high"), "209715200");

  Resources bad;
  bad.unified["../escape"] = "1";
  EXPECT_FALSE(m.apply(bad).ok());
  EXPECT_FALSE(path_exists(root_ + "/escape"));
  Resources rt;
  rt.cpu.emplace();
  rt.cpu->realtime_runtime = 1000;
  auto s = m.apply(rt);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().msg.find("not supported"), std::string::npos);
  Resources netcls;
  netcls.network.emplace();
  netcls.network->class_id = 1;
  s = m.apply(netcls);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().msg.find("not supported by this kernel: net_cls cgroup controller"), std::string::npos);
  Resources swap_only_equal;  // swap == memory: swap disabled
  swap_only_equal.memory.emplace();
  swap_only_equal.memory->limit = 100 << 20;
  swap_only_equal.memory->swap = 100 << 20;
  ASSERT_TRUE(m.apply(swap_only_equal).ok());
  EXPECT_EQ(cat(u + "/memory.swap.max").substr(0, 1), "0");
}

TEST_F(FakeCgroup, FreezePidsAndMissingFreezer) {
  std::string f = dir("freezer", {"freezer.state"});
  std::string pids = dir("pids", {}, {{"cgroup.procs", "10\n20\n"}});
  dir("pids/sub", {}, {{"cgroup.procs", "30\n10\n"}});
  auto m = Manager::from_paths({{"freezer", f}, {"pids", pids}}, false);
  ASSERT_TRUE(m.freeze(true).ok());
  EXPECT_EQ(cat(f + "/freezer.state"), "FROZEN");
  EXPECT_TRUE(*m.is_frozen());
  auto got = m.pids();
  ASSERT_TRUE(got.ok()) << got.error().msg;
  EXPECT_EQ(*got, (std::vector<pid_t>{10, 20, 30}));

  std::string u = dir("v2", {"cgroup.freeze"}, {{"cgroup.events", "populated 1\nfrozen 1\n"}});
  auto m2 = Manager::from_paths({{"unified", u}}, true);
  ASSERT_TRUE(m2.freeze(true).ok());
  EXPECT_EQ(cat(u + "/cgroup.freeze"), "1");
  EXPECT_TRUE(*m2.is_frozen());

  auto m3 = Manager::from_paths({{"memory", dir("mem", {})}}, false);
  auto s = m3.freeze(true);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().msg.find("freezer"), std::string::npos);
}

// ---------------------------------------------------------------- real cgroups (root)

bool can_use_real_cgroups() {
  return geteuid() == 0 && (path_exists("/sys/fs/cgroup/pids") || path_exists("/sys/fs/cgroup/cgroup.controllers"));
}

TEST(CgroupReal, CreateApplyJoinFreezeDestroy) {
  if (!can_use_real_cgroups()) GTEST_SKIP() << "needs root and a cgroup pids hierarchy";
  auto layout = detect_system();
  ASSERT_TRUE(layout.ok()) << layout.error().msg;
  std::string rel = "/edgectl-unit-" + std::to_string(getpid());
  Resources res;
  res.memory.emplace();
  res.memory->limit = 64 << 20;
  res.cpu.emplace();
  res.cpu->shares = 512;
  res.cpu->quota = 50000;
  res.cpu->period = 100000;
  res.cpu->cpus = "0";
  res.cpu->mems = "0";
  res.pids.emplace();
  res.pids->limit = 32;
  auto mgr = Manager::create(*layout, rel, &res);
  ASSERT_TRUE(mgr.ok()) << mgr.error().msg;
  const Paths& p = mgr->paths();
  for (auto& h : layout->hierarchies) {
    std::string key = h.v2 ? "unified" : join(h.controllers, ",");
    ASSERT_TRUE(p.count(key)) << key;
    EXPECT_TRUE(path_exists(p.at(key))) << p.at(key);
  }
  auto knob = [&](const char* ctrl, const char* v1file, const char* v2file) {
    const Hierarchy* h = layout->for_controller(ctrl);
    if (!h) return std::string("<no ") + ctrl + ">";
    std::string key = h->v2 ? "unified" : join(h->controllers, ",");
    auto r = read_file(p.at(key) + "/" + (h->v2 ? v2file : v1file));
    return r ? std::string(trim(*r)) : std::string("<unreadable>");
  };
  EXPECT_EQ(knob("memory", "memory.limit_in_bytes", "memory.max"), "67108864");
  EXPECT_EQ(knob("pids", "pids.max", "pids.max"), "32");
  EXPECT_EQ(knob("cpuset", "cpuset.cpus", "cpuset.cpus"), "0");
  if (!layout->for_controller("cpu")->v2) {
    EXPECT_EQ(knob("cpu", "cpu.shares", ""), "512");
    EXPECT_EQ(knob("cpu", "cpu.cfs_quota_us", ""), "50000");
  } else {
    EXPECT_EQ(knob("cpu", "", "cpu.max"), "50000 100000");
  }

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    for (;;) pause();
  }
  auto added = mgr->add_pid(child);
  EXPECT_TRUE(added.ok()) << added.error().msg;
  auto pids = mgr->pids();
  ASSERT_TRUE(pids.ok()) << pids.error().msg;
  EXPECT_EQ(*pids, std::vector<pid_t>{child});
  auto fr = mgr->freeze(true);
  EXPECT_TRUE(fr.ok()) << fr.error().msg;
  auto frozen = mgr->is_frozen();
  EXPECT_TRUE(frozen.ok() && *frozen);
  EXPECT_TRUE(mgr->freeze(false).ok());
  frozen = mgr->is_frozen();
  EXPECT_TRUE(frozen.ok() && !*frozen);
  // Busy while the child lives: destroy must fail (after its bounded retries).
  EXPECT_FALSE(mgr->destroy().ok());
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  auto st = mgr->destroy();
  EXPECT_TRUE(st.ok()) << st.error().msg;
  for (auto& [k, dir] : p) EXPECT_FALSE(path_exists(dir)) << dir;
  // Idempotent: gone is fine.
  EXPECT_TRUE(mgr->destroy().ok());
}

TEST(CgroupReal, CreateFailureCleansUp) {
  if (!can_use_real_cgroups()) GTEST_SKIP() << "needs root and a cgroup pids hierarchy";
  auto layout = detect_system();
  ASSERT_TRUE(layout.ok());
  std::string rel = "/edgectl-unit-fail-" + std::to_string(getpid());
  // pids applies, then the unified key fails everywhere: "need cgroup v2" on
  // v1, a missing file on v2; the half-configured cgroups must go away.
  Resources res;
  res.pids.emplace();
  res.pids->limit = 16;
  res.unified["no.such.knob"] = "1";
  auto mgr = Manager::create(*layout, rel, &res);
  ASSERT_FALSE(mgr.ok());
  EXPECT_NE(mgr.error().msg.find(layout->unified >= 0 ? "not supported by this kernel: no.such.knob"
                                                      : "unified resources need cgroup v2"),
            std::string::npos)
      << mgr.error().msg;
  for (auto& h : layout->hierarchies) EXPECT_FALSE(path_exists(hierarchy_dir(h, rel))) << h.mountpoint;
}

// The pure-v2 code path, run for real on whatever cgroup2 mount exists (on a
// hybrid host that is the small unified hierarchy): create with controller
// enabling and a BPF device policy, hugetlb limit, join, freeze via
// cgroup.freeze/cgroup.events, destroy. Root's subtree_control is restored.
TEST(CgroupReal, UnifiedPathOnCgroup2Mount) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root";
  auto sys = detect_system();
  if (!sys.ok() || sys->unified < 0) GTEST_SKIP() << "no cgroup2 mount";
  Layout l;
  l.mode = Mode::Unified;
  l.hierarchies.push_back(sys->hierarchies[sys->unified]);
  l.unified = 0;
  for (auto& c : l.hierarchies[0].controllers) l.by_controller[c] = 0;
  const std::string root = l.hierarchies[0].mountpoint;
  auto before = read_file(root + "/cgroup.subtree_control");
  ASSERT_TRUE(before.ok());
  bool has_hugetlb = std::find(l.hierarchies[0].controllers.begin(), l.hierarchies[0].controllers.end(),
                               "hugetlb") != l.hierarchies[0].controllers.end();
  std::string hp;  // a page size this kernel has, e.g. "2MB"
  if (auto sizes = list_dir("/sys/kernel/mm/hugepages"); sizes && !sizes->empty()) {
    std::string name = (*sizes)[0];  // "hugepages-2048kB"
    auto kb = parse_u64(name.substr(name.find('-') + 1, name.size() - name.find('-') - 3));
    if (kb) hp = *kb >= (1u << 20) ? std::to_string(*kb >> 20) + "GB" : std::to_string(*kb >> 10) + "MB";
  }

  std::string rel = "/edgectl-unit-v2-" + std::to_string(getpid()) + "/c";
  Resources res;
  if (has_hugetlb && !hp.empty()) res.hugepage_limits.push_back({hp, 4ull << 21});
  res.devices = {deny_all(), R(true, 'c', 1, 3, "rwm")};
  auto mgr = Manager::create(l, rel, &res);
  ASSERT_TRUE(mgr.ok()) << mgr.error().msg;
  std::string dir = mgr->paths().at("unified");
  EXPECT_EQ(dir, root + rel);
  if (!res.hugepage_limits.empty()) {
    auto v = read_file(dir + "/hugetlb." + hp + ".max");
    ASSERT_TRUE(v.ok()) << v.error().msg;
    EXPECT_EQ(trim(*v), std::to_string(4ull << 21));
  }
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    for (;;) pause();
  }
  EXPECT_TRUE(mgr->add_pid(child).ok());
  auto pids = mgr->pids();
  ASSERT_TRUE(pids.ok()) << pids.error().msg;
  EXPECT_EQ(*pids, std::vector<pid_t>{child});
  auto fr = mgr->freeze(true);
  EXPECT_TRUE(fr.ok()) << fr.error().msg;
  auto events = read_file(dir + "/cgroup.events");
  EXPECT_NE(events->find("frozen 1"), std::string::npos);
  EXPECT_TRUE(*mgr->is_frozen());
  EXPECT_TRUE(mgr->freeze(false).ok());
  EXPECT_FALSE(*mgr->is_frozen());
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  auto st = mgr->destroy();
  EXPECT_TRUE(st.ok()) << st.error().msg;
  EXPECT_FALSE(path_exists(dir));
  EXPECT_EQ(rmdir((root + "/edgectl-unit-v2-" + std::to_string(getpid())).c_str()), 0);
  // Undo controller enabling this test caused at the mount root.
  auto old = split(trim(*before), ' ', true);
  auto after = read_file(root + "/cgroup.subtree_control");
  for (auto& c : split(trim(after ? *after : ""), ' ', true))
    if (std::find(old.begin(), old.end(), c) == old.end()) (void)write_knob(root + "/cgroup.subtree_control", "-" + c);
}

// Attach a device filter to a cgroup2 dir and check the kernel enforces it.
TEST(CgroupReal, BpfDeviceFilterEnforced) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root";
  auto layout = detect_system();
  if (!layout.ok() || layout->unified < 0) GTEST_SKIP() << "no cgroup2 mount";
  std::string dir = layout->hierarchies[layout->unified].mountpoint + "/edgectl-unit-bpf-" + std::to_string(getpid());
  ASSERT_EQ(mkdir(dir.c_str(), 0755), 0);
  auto st = v2_attach_device_filter(dir, {deny_all(), R(true, 'c', 1, 3, "rwm")});
  ASSERT_TRUE(st.ok()) << st.error().msg;
  // Replacing keeps exactly one program attached.
  st = v2_attach_device_filter(dir, {deny_all(), R(true, 'c', 1, 3, "rw")});
  ASSERT_TRUE(st.ok()) << st.error().msg;
  {
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    uint32_t ids[8] = {};
    union bpf_attr a;
    memset(&a, 0, sizeof a);
    a.query.target_fd = fd;
    a.query.attach_type = BPF_CGROUP_DEVICE;
    a.query.prog_ids = reinterpret_cast<uintptr_t>(ids);
    a.query.prog_cnt = 8;
    ASSERT_EQ(syscall(SYS_bpf, BPF_PROG_QUERY, &a, sizeof a), 0) << strerror(errno);
    EXPECT_EQ(a.query.prog_cnt, 1u);
    close(fd);
  }
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    if (!write_knob(dir + "/cgroup.procs", std::to_string(getpid())).ok()) _exit(10);
    int null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null_fd < 0) _exit(11);
    int zero_fd = open("/dev/zero", O_RDONLY | O_CLOEXEC);
    if (zero_fd >= 0) _exit(12);
    if (errno != EPERM) _exit(13);
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "10: join, 11: /dev/null refused, 12: /dev/zero allowed, 13: wrong errno";
  EXPECT_EQ(rmdir(dir.c_str()), 0) << strerror(errno);
}

}  // namespace
