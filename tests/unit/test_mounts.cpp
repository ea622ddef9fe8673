// Mount options, the pure helpers of the mounts module and, when root, a
// real rootfs_prepare + rootfs_finalize in a private mount namespace.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <set>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/mounts.h"
#include "rt/mounts_internal.h"

using namespace ec;
using namespace ec::rt;

namespace {

struct OptCase {
  std::vector<std::string> in;
  unsigned long flags, clear, propagation;
  std::vector<unsigned long> steps;
  bool bind, recursive;
  std::string data;
  std::vector<std::string> ignored;
  uint64_t attr_set, attr_clr;
};

TEST(MountOptions, Table) {
  const OptCase cases[] = {
      {{}, 0, 0, 0, {}, false, false, "", {}, 0, 0},
      {{"defaults"}, 0, 0, 0, {}, false, false, "", {}, 0, 0},
      {{"ro", "nosuid", "nodev", "noexec"}, MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, 0, 0, {}, false, false, "",
       {}, 0, 0},
      {{"rw", "suid", "dev", "exec"}, 0, MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, 0, {}, false, false, "", {}, 0, 0},
      // last one wins, and the loser leaves no trace in the other set
      {{"ro", "rw"}, 0, MS_RDONLY, 0, {}, false, false, "", {}, 0, 0},
      {{"rw", "ro"}, MS_RDONLY, 0, 0, {}, false, false, "", {}, 0, 0},
      {{"sync", "dirsync", "mand", "remount"}, MS_SYNCHRONOUS | MS_DIRSYNC | MS_MANDLOCK | MS_REMOUNT, 0, 0, {}, false,
       false, "", {}, 0, 0},
      {{"async", "nomand"}, 0, MS_SYNCHRONOUS | MS_MANDLOCK, 0, {}, false, false, "", {}, 0, 0},
      {{"noatime", "nodiratime", "relatime", "strictatime", "lazytime"},
       MS_NOATIME | MS_NODIRATIME | MS_RELATIME | MS_STRICTATIME | MS_LAZYTIME, 0, 0, {}, false, false, "", {}, 0, 0},
      {{"atime", "diratime", "norelatime", "nostrictatime", "nolazytime"}, 0,
       MS_NOATIME | MS_NODIRATIME | MS_RELATIME | MS_STRICTATIME | MS_LAZYTIME, 0, {}, false, false, "", {}, 0, 0},
      {{"silent"}, MS_SILENT, 0, 0, {}, false, false, "", {}, 0, 0},
      {{"loud"}, 0, MS_SILENT, 0, {}, false, false, "", {}, 0, 0},
      {{"bind"}, MS_BIND, 0, 0, {}, true, false, "", {}, 0, 0},
      {{"rbind", "ro"}, MS_BIND | MS_REC | MS_RDONLY, 0, 0, {}, true, true, "", {}, 0, 0},
      {{"rprivate"}, 0, 0, MS_PRIVATE | MS_REC, {MS_PRIVATE | MS_REC}, false, false, "", {}, 0, 0},
      {{"shared", "rslave"}, 0, 0, MS_SHARED | MS_SLAVE | MS_REC, {MS_SHARED, MS_SLAVE | MS_REC}, false, false, "", {},
       0, 0},
      {{"unbindable", "runbindable", "private", "rshared"}, 0, 0,
       MS_UNBINDABLE | MS_REC | MS_PRIVATE | MS_SHARED,
       {MS_UNBINDABLE, MS_UNBINDABLE | MS_REC, MS_PRIVATE, MS_SHARED | MS_REC}, false, false, "", {}, 0, 0},
      {{"nosuid", "strictatime", "mode=755", "size=65536k"}, MS_NOSUID | MS_STRICTATIME, 0, 0, {}, false, false,
       "mode=755,size=65536k", {}, 0, 0},
      {{"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}, MS_NOSUID | MS_NOEXEC, 0, 0, {},
       false, false, "newinstance,ptmxmode=0666,mode=0620,gid=5", {}, 0, 0},
      {{"idmap", "rbind", "ridmap", "tmpcopyup"}, MS_BIND | MS_REC, 0, 0, {}, true, true, "",
       {"idmap", "ridmap", "tmpcopyup"}, 0, 0},
      {{"rro", "rnosuid", "rnodev", "rnoexec", "rnodiratime", "rnosymfollow"}, 0, 0, 0, {}, false, false, "", {},
       mnt::kAttrRdonly | mnt::kAttrNosuid | mnt::kAttrNodev | mnt::kAttrNoexec | mnt::kAttrNodiratime |
           mnt::kAttrNosymfollow,
       0},
      {{"rrw", "rsuid", "rdev", "rexec", "rdiratime", "rsymfollow"}, 0, 0, 0, {}, false, false, "", {}, 0,
       mnt::kAttrRdonly | mnt::kAttrNosuid | mnt::kAttrNodev | mnt::kAttrNoexec | mnt::kAttrNodiratime |
           mnt::kAttrNosymfollow},
      {{"rro", "rrw"}, 0, 0, 0, {}, false, false, "", {}, 0, mnt::kAttrRdonly},
      // atime is a mode: any recursive atime option clears the whole field
      {{"rnoatime"}, 0, 0, 0, {}, false, false, "", {}, mnt::kAttrNoatime, mnt::kAttrAtimeMask},
      {{"rstrictatime"}, 0, 0, 0, {}, false, false, "", {}, mnt::kAttrStrictatime, mnt::kAttrAtimeMask},
      {{"rnoatime", "rrelatime"}, 0, 0, 0, {}, false, false, "", {}, mnt::kAttrRelatime, mnt::kAttrAtimeMask},
      {{"rnoatime", "ratime"}, 0, 0, 0, {}, false, false, "", {}, mnt::kAttrRelatime, mnt::kAttrAtimeMask},
      {{"rnorelatime"}, 0, 0, 0, {}, false, false, "", {}, mnt::kAttrStrictatime, mnt::kAttrAtimeMask},
      {{"rstrictatime", "rnostrictatime"}, 0, 0, 0, {}, false, false, "", {}, mnt::kAttrRelatime,
       mnt::kAttrAtimeMask},
      {{"nosymfollow"}, 256 /* MS_NOSYMFOLLOW */, 0, 0, {}, false, false, "", {}, 0, 0},
      {{"size=1m", "", "uid=1000"}, 0, 0, 0, {}, false, false, "size=1m,uid=1000", {}, 0, 0},
  };
  for (auto& c : cases) {
    SCOPED_TRACE(join(c.in, ","));
    auto r = parse_mount_options(c.in);
    ASSERT_TRUE(r.ok()) << r.error().msg;
    EXPECT_EQ(r->flags, c.flags);
    EXPECT_EQ(r->clear, c.clear);
    EXPECT_EQ(r->propagation, c.propagation);
    EXPECT_EQ(r->propagation_steps, c.steps);
    EXPECT_EQ(r->bind, c.bind);
    EXPECT_EQ(r->recursive, c.recursive);
    EXPECT_EQ(r->data, c.data);
    EXPECT_EQ(r->unknown_ignored, c.ignored);
    EXPECT_EQ(r->attr_set, c.attr_set);
    EXPECT_EQ(r->attr_clr, c.attr_clr);
  }
}

TEST(MountOptions, Propagation) {
  const struct {
    const char* in;
    unsigned long want;
  } cases[] = {
      {"", 0},
      {"private", MS_PRIVATE},
      {"rprivate", MS_PRIVATE | MS_REC},
      {"shared", MS_SHARED},
      {"rshared", MS_SHARED | MS_REC},
      {"slave", MS_SLAVE},
      {"rslave", MS_SLAVE | MS_REC},
      {"unbindable", MS_UNBINDABLE},
      {"runbindable", MS_UNBINDABLE | MS_REC},
  };
  for (auto& c : cases) {
    auto r = parse_propagation(c.in);
    ASSERT_TRUE(r.ok()) << c.in;
    EXPECT_EQ(*r, c.want) << c.in;
  }
  for (const char* bad : {"ro", "rbind", "shard", "RPRIVATE", "rprivate "}) {
    auto r = parse_propagation(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().msg.find(bad), std::string::npos) << r.error().msg;
  }
}

TEST(MountOptions, KnownOptionsAllUnderstood) {
  auto known = known_mount_options();
  std::set<std::string> uniq(known.begin(), known.end());
  EXPECT_EQ(uniq.size(), known.size()) << "duplicates";
  for (const char* must :
       {"defaults", "ro", "rw", "suid", "nosuid", "dev", "nodev", "exec", "noexec", "sync", "async", "dirsync",
        "remount", "mand", "nomand", "atime", "noatime", "diratime", "nodiratime", "relatime", "norelatime",
        "strictatime", "nostrictatime", "lazytime", "nolazytime", "bind", "rbind", "silent", "loud", "private",
        "rprivate", "shared", "rshared", "slave", "rslave", "unbindable", "runbindable", "rro", "rrw", "rnosuid",
        "rsuid", "rnodev", "rdev", "rnoexec", "rexec", "rnoatime", "ratime", "rrelatime", "rnorelatime",
        "rstrictatime", "rnostrictatime", "rnodiratime", "rdiratime"})
    EXPECT_TRUE(uniq.count(must)) << must;
  for (auto& name : known) {
    auto r = parse_mount_options({name});
    ASSERT_TRUE(r.ok()) << name;
    EXPECT_EQ(r->data, "") << name << " fell through to fs data";
    EXPECT_TRUE(r->unknown_ignored.empty()) << name;
    bool effect = r->flags || r->clear || r->propagation || r->bind || r->attr_set || r->attr_clr;
    EXPECT_TRUE(effect || name == "defaults") << name << " has no effect";
  }
}

TEST(MountHelpers, StatfsFlagsToMountFlags) {
  EXPECT_EQ(mnt::st_to_ms_flags(0), 0ul);
  EXPECT_EQ(mnt::st_to_ms_flags(ST_RDONLY | ST_NOSUID | ST_NODEV | ST_NOEXEC),
            static_cast<unsigned long>(MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC));
  // ST_RELATIME (4096) is not MS_RELATIME (1<<21): the mapping matters.
  EXPECT_EQ(mnt::st_to_ms_flags(ST_RELATIME), static_cast<unsigned long>(MS_RELATIME));
  EXPECT_EQ(mnt::st_to_ms_flags(ST_NOATIME | ST_NODIRATIME), static_cast<unsigned long>(MS_NOATIME | MS_NODIRATIME));
  EXPECT_EQ(mnt::st_to_ms_flags(ST_SYNCHRONOUS | ST_MANDLOCK), static_cast<unsigned long>(MS_SYNCHRONOUS | MS_MANDLOCK));
  EXPECT_EQ(mnt::st_to_ms_flags(0x20 /* ST_VALID */), 0ul);
}

TEST(MountHelpers, LockedFlags) {
  const struct {
    unsigned long req, cleared, cur, want;
    bool ok;
  } cases[] = {
      // ro bind of a nosuid,nodev source inherited from the host: keep them
      {MS_RDONLY, 0, MS_NOSUID | MS_NODEV | MS_RELATIME, MS_RDONLY | MS_NOSUID | MS_NODEV | MS_RELATIME, true},
      // an explicit atime choice is not overridden by the current one
      {MS_NOATIME, 0, MS_RELATIME, MS_NOATIME, true},
      {MS_NOSUID, 0, MS_RDONLY | MS_NOEXEC, MS_NOSUID | MS_RDONLY | MS_NOEXEC, true},
      {0, 0, MS_NODIRATIME | MS_SYNCHRONOUS, MS_NODIRATIME, true},
      // asking to clear a locked flag cannot work: say so
      {0, MS_NOSUID, MS_NOSUID, 0, false},
      {MS_NOEXEC, MS_RDONLY, MS_RDONLY | MS_NOSUID, 0, false},
      {0, MS_NOATIME, MS_NOATIME, 0, false},
      {0, MS_RDONLY, MS_NOSUID, MS_NOSUID, true},
  };
  for (auto& c : cases) {
    auto r = mnt::add_locked_flags(c.req, c.cleared, c.cur);
    ASSERT_EQ(r.ok(), c.ok) << std::hex << c.req << " " << c.cleared << " " << c.cur;
    if (c.ok) {
      EXPECT_EQ(*r, c.want) << std::hex << c.req << " " << c.cur;
    } else {
      EXPECT_NE(r.error().msg.find("locked"), std::string::npos);
    }
  }
}

TEST(MountHelpers, ProcDestinations) {
  const struct {
    const char* dest;
    bool bind;
    const char* type;
    bool proc_root, ok;
  } cases[] = {
      {"/proc", false, "proc", false, true},
      {"/proc", false, "tmpfs", false, false},
      {"/proc", true, "bind", false, false},
      {"/proc", true, "bind", true, true},
      {"/proc/cpuinfo", true, "bind", false, true},
      {"/proc/meminfo", true, "bind", false, true},
      {"/proc/sys/kernel/ns_last_pid", true, "bind", false, true},
      {"/proc/sys", true, "bind", false, false},
      {"/proc/self", false, "tmpfs", false, false},
      {"/proc/sysrq-trigger", true, "bind", false, false},
      {"/procfoo", true, "bind", false, true},
      {"/data", true, "bind", false, true},
      {"/", true, "bind", false, true},
  };
  for (auto& c : cases) {
    auto r = mnt::check_proc_destination(c.dest, c.bind, c.type, c.proc_root);
    EXPECT_EQ(r.ok(), c.ok) << c.dest << " " << c.type;
    if (!r.ok()) {
      EXPECT_NE(r.error().msg.find(c.dest), std::string::npos) << r.error().msg;
    }
  }
}

TEST(MountHelpers, CgroupPlanHybrid) {
  std::map<std::string, std::string> paths = {
      {"cpu,cpuacct", "/sys/fs/cgroup/cpu,cpuacct/c1"},
      {"memory", "/sys/fs/cgroup/memory/c1"},
      {"name=systemd", "/sys/fs/cgroup/systemd/c1"},
      {"net_cls,net_prio", "/sys/fs/cgroup/net_cls,net_prio/c1"},
      {"unified", "/sys/fs/cgroup/unified/c1"},
  };
  auto p = mnt::plan_cgroup_mounts(paths);
  EXPECT_FALSE(p.unified_only);
  ASSERT_EQ(p.mounts.size(), 5u);
  std::map<std::string, mnt::CgroupBind> by;
  for (auto& m : p.mounts) by[m.name] = m;
  EXPECT_EQ(by["cpu,cpuacct"].source, "/sys/fs/cgroup/cpu,cpuacct/c1");
  EXPECT_EQ(by["cpu,cpuacct"].data, "cpu,cpuacct");
  EXPECT_EQ(by["cpu,cpuacct"].fstype, "cgroup");
  EXPECT_EQ(by["systemd"].source, "/sys/fs/cgroup/systemd/c1");
  EXPECT_EQ(by["systemd"].data, "none,name=systemd");
  EXPECT_EQ(by["memory"].data, "memory");
  EXPECT_EQ(by["unified"].fstype, "cgroup2");
  EXPECT_EQ(by["unified"].source, "/sys/fs/cgroup/unified/c1");
  std::vector<std::pair<std::string, std::string>> want_links = {
      {"cpu", "cpu,cpuacct"}, {"cpuacct", "cpu,cpuacct"}, {"net_cls", "net_cls,net_prio"},
      {"net_prio", "net_cls,net_prio"}};
  EXPECT_EQ(p.links, want_links);
}

TEST(MountHelpers, CgroupPlanSeparateHierarchies) {
  // This VM: cpu and cpuacct are mounted apart; no links, no clash.
  auto p = mnt::plan_cgroup_mounts({{"cpu", "/a"}, {"cpuacct", "/b"}, {"pids", "/c"}});
  EXPECT_FALSE(p.unified_only);
  EXPECT_EQ(p.mounts.size(), 3u);
  EXPECT_TRUE(p.links.empty());
  // A link never shadows a real hierarchy dir.
  auto q = mnt::plan_cgroup_mounts({{"cpu", "/a"}, {"cpu,cpuacct", "/b"}});
  ASSERT_EQ(q.links.size(), 1u);
  EXPECT_EQ(q.links[0].first, "cpuacct");
}

TEST(MountHelpers, CgroupPlanUnified) {
  auto p = mnt::plan_cgroup_mounts({{"unified", "/sys/fs/cgroup/c1"}});
  EXPECT_TRUE(p.unified_only);
  ASSERT_EQ(p.mounts.size(), 1u);
  EXPECT_EQ(p.mounts[0].name, "");
  EXPECT_EQ(p.mounts[0].source, "/sys/fs/cgroup/c1");
  EXPECT_EQ(p.mounts[0].fstype, "cgroup2");
  EXPECT_TRUE(mnt::plan_cgroup_mounts({}).mounts.empty());
}

TEST(MountHelpers, DefaultDevices) {
  const struct {
    const char* path;
    unsigned maj, min;
  } want[] = {{"/dev/null", 1, 3},   {"/dev/zero", 1, 5},    {"/dev/full", 1, 7},
              {"/dev/random", 1, 8}, {"/dev/urandom", 1, 9}, {"/dev/tty", 5, 0}};
  auto& devs = mnt::default_devices();
  ASSERT_EQ(devs.size(), 6u);
  for (size_t i = 0; i < 6; i++) {
    EXPECT_EQ(devs[i].path, want[i].path);
    EXPECT_EQ(devs[i].major, want[i].maj);
    EXPECT_EQ(devs[i].minor, want[i].min);
    EXPECT_EQ(mnt::device_mode(devs[i]), static_cast<mode_t>(S_IFCHR | 0666));
    EXPECT_EQ(devs[i].uid.value_or(99), 0u);
    EXPECT_EQ(devs[i].gid.value_or(99), 0u);
  }
  auto links = mnt::default_dev_symlinks(false);
  std::vector<std::pair<std::string, std::string>> want_links = {
      {"fd", "/proc/self/fd"}, {"stdin", "/proc/self/fd/0"}, {"stdout", "/proc/self/fd/1"},
      {"stderr", "/proc/self/fd/2"}};
  EXPECT_EQ(links, want_links);
  auto with = mnt::default_dev_symlinks(true);
  ASSERT_EQ(with.size(), 5u);
  EXPECT_EQ(with.back(), (std::pair<std::string, std::string>{"core", "/proc/kcore"}));
}

TEST(MountHelpers, DeviceMode) {
  Device d;
  const struct {
    char type;
    std::optional<uint32_t> mode;
    mode_t want;
  } cases[] = {
      {'c', std::nullopt, S_IFCHR | 0666}, {'u', 0600u, S_IFCHR | 0600},   {'b', 0660u, S_IFBLK | 0660},
      {'p', 0644u, S_IFIFO | 0644},        {'c', 020666u, S_IFCHR | 0666}, {'x', 0666u, 0},
      {'a', 0666u, 0},
  };
  for (auto& c : cases) {
    d.type = c.type;
    d.file_mode = c.mode;
    EXPECT_EQ(mnt::device_mode(d), c.want) << c.type;
  }
}

Spec spec_with_mounts(std::vector<Mount> mounts) {
  Spec s;
  s.mounts = std::move(mounts);
  return s;
}

TEST(MountHelpers, SpecMountsDev) {
  EXPECT_FALSE(mnt::spec_mounts_dev(spec_with_mounts({})));
  EXPECT_TRUE(mnt::spec_mounts_dev(spec_with_mounts({{"/dev", "tmpfs", "tmpfs", {"mode=755"}}})));
  EXPECT_TRUE(mnt::spec_mounts_dev(spec_with_mounts({{"/dev/", "devtmpfs", "none", {}}})));
  EXPECT_FALSE(mnt::spec_mounts_dev(spec_with_mounts({{"/dev/pts", "devpts", "devpts", {}}})));
  // the host's /dev bound in: never mknod into it
  EXPECT_FALSE(mnt::spec_mounts_dev(spec_with_mounts({{"/dev", "bind", "/dev", {"rbind"}}})));
  EXPECT_FALSE(mnt::spec_mounts_dev(spec_with_mounts({{"/dev", "none", "/dev", {"bind"}}})));
}

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/edgectl-mnt.XXXXXX";
    ASSERT_TRUE(mkdtemp(tmpl));
    top = tmpl;
    root = top + "/root";
    ASSERT_TRUE(mkdir_p(root).ok());
  }
  void TearDown() override { (void)remove_all(top); }
  std::string top, root;
};

// Fifos need no privilege: this runs the real node-creation path as any user.
TEST_F(TempDir, LinuxDevicesStayInsideRootAndModesAreExact) {
  ASSERT_TRUE(mkdir_p(top + "/outside").ok());
  // The image's /dev points at a host directory: the node must not land there.
  ASSERT_EQ(symlink((top + "/outside").c_str(), (root + "/dev").c_str()), 0);
  // Inside the root that absolute target names <root><top>/outside.
  ASSERT_TRUE(mkdir_p(root + top + "/outside").ok());
  Spec s;
  s.linux.emplace();
  Device fifo;
  fifo.type = 'p';
  fifo.path = "/dev/sub/fifo";
  fifo.file_mode = 0666;
  fifo.uid = ::getuid();
  fifo.gid = ::getgid();
  s.linux->devices.push_back(fifo);
  Fd rootfd(::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  ASSERT_TRUE(rootfd);
  mode_t old = ::umask(077);
  auto r = mnt::create_devices(rootfd.get(), s, false, false);
  ::umask(old);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  struct stat st;
  EXPECT_NE(::lstat((top + "/outside/sub/fifo").c_str(), &st), 0) << "escaped through the /dev symlink";
  // The symlink is resolved against the root: "/tmp/..." inside it.
  ASSERT_EQ(::lstat((root + top + "/outside/sub/fifo").c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0666u) << "umask leaked into the mode";
  // A second run keeps the existing node (runc ignores EEXIST).
  ASSERT_TRUE(mnt::create_devices(rootfd.get(), s, false, false).ok());
}

TEST_F(TempDir, UnknownDeviceTypeIsAnError) {
  Spec s;
  s.linux.emplace();
  Device d;
  d.type = 'x';
  d.path = "/dev/x";
  s.linux->devices.push_back(d);
  Fd rootfd(::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  auto r = mnt::create_devices(rootfd.get(), s, false, false);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("/dev/x"), std::string::npos);
}

// ---- as root: the real thing in a private mount namespace ---------------

// Runs fn in a forked child with its own mount namespace; returns what the
// child wrote (its report) or "CHILD FAILED".
template <class F>
std::string in_mount_ns(F fn, int extra_ns = 0) {
  int p[2];
  if (pipe2(p, O_CLOEXEC) < 0) return "pipe failed";
  pid_t pid = fork();
  if (pid == 0) {
    ::close(p[0]);
    std::string out;
    if (::unshare(CLONE_NEWNS | extra_ns) < 0) {
      out = "unshare failed";
    } else {
      out = fn();
    }
    (void)write_all(p[1], out);
    _exit(0);
  }
  ::close(p[1]);
  auto out = read_fd(p[0]);
  ::close(p[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!out || !WIFEXITED(status)) return "CHILD FAILED";
  return *out;
}

std::string stat_line(const char* path) {
  struct stat st;
  if (::lstat(path, &st) < 0) return strf("%s: missing", path);
  return strf("%s: %o %u:%u", path, st.st_mode, major(st.st_rdev), minor(st.st_rdev));
}

std::string fs_type(const char* path) {
  struct statfs st;
  if (::statfs(path, &st) < 0) return "?";
  return strf("%lx", static_cast<unsigned long>(st.f_type));
}

bool is_ro(const char* path) {
  struct statvfs st;
  return ::statvfs(path, &st) == 0 && (st.f_flag & ST_RDONLY);
}

std::string link_of(const char* path) {
  char buf[256];
  ssize_t n = ::readlink(path, buf, sizeof buf);
  return n < 0 ? "-" : std::string(buf, n);
}

class RootfsAsRoot : public TempDir, public ::testing::WithParamInterface<bool> {
 protected:
  void SetUp() override {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root";
    TempDir::SetUp();
    set_openat2_disabled(GetParam());
    for (const char* d : {"proc", "dev", "sys", "etc/maskdir", "tmp", "bin"}) ASSERT_TRUE(mkdir_p(root + "/" + d).ok());
    ASSERT_TRUE(write_file(root + "/etc/secret", "secret").ok());
    ASSERT_TRUE(write_file(root + "/etc/maskdir/x", "x").ok());
    ASSERT_TRUE(mkdir_p(top + "/host").ok());
    ASSERT_TRUE(write_file(top + "/host/file", "hostdata").ok());
    // A symlink in the image that tries to send a bind mount to the host.
    ASSERT_EQ(symlink((top + "/host").c_str(), (root + "/escape").c_str()), 0);
    ASSERT_TRUE(mkdir_p(root + top + "/host").ok());
  }
  void TearDown() override {
    set_openat2_disabled(false);
    if (!top.empty()) TempDir::TearDown();
  }
  Spec base_spec() {
    Spec s;
    s.root_path = root;
    s.mounts = {
        {"/proc", "proc", "proc", {}},
        {"/dev", "tmpfs", "tmpfs", {"nosuid", "strictatime", "mode=755", "size=65536k"}},
        {"/dev/pts", "devpts", "devpts", {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"}},
        {"/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777", "size=65536k"}},
        {"/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"}},
        {"/sys/fs/cgroup", "cgroup", "cgroup", {"nosuid", "noexec", "nodev", "relatime", "ro"}},
        {"/data", "bind", top + "/host", {"rbind", "ro", "nosuid"}},
        {"/escape/inner", "tmpfs", "tmpfs", {"size=1m"}},
        {"/scratch", "tmpfs", "tmpfs", {"mode=1777", "size=1m", "rshared"}},
    };
    s.linux.emplace();
    s.linux->masked_paths = {"/etc/secret", "/etc/maskdir", "/proc/kcore", "/proc/meminfo", "/does/not/exist"};
    s.linux->readonly_paths = {"/proc/sys", "/nope"};
    Device d;
    d.type = 'c';
    d.path = "/dev/mydev";
    d.major = 1;
    d.minor = 9;
    d.file_mode = 0640;
    s.linux->devices.push_back(d);
    s.root_readonly = true;
    return s;
  }
  std::map<std::string, std::string> cg = {{"memory", "/sys/fs/cgroup/memory"}, {"cpu,cpuacct", "/sys/fs/cgroup/cpu"}};
};

TEST_P(RootfsAsRoot, PrepareAndFinalize) {
  Spec s = base_spec();
  RootfsConfig cfg;
  cfg.spec = &s;
  cfg.rootfs = root;
  cfg.cgroup_paths = &cg;
  std::string out = in_mount_ns([&]() -> std::string {
    if (auto r = rootfs_prepare(cfg); !r) return "prepare: " + r.error().msg;
    if (auto r = rootfs_finalize(cfg); !r) return "finalize: " + r.error().msg;
    std::string o;
    for (const char* d : {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty",
                          "/dev/mydev"})
      o += stat_line(d) + "\n";
    o += "proc=" + fs_type("/proc") + " sys=" + fs_type("/sys") + " dev=" + fs_type("/dev") +
         " pts=" + fs_type("/dev/pts") + " shm=" + fs_type("/dev/shm") + "\n";
    o += "ptmx=" + link_of("/dev/ptmx") + " fd=" + link_of("/dev/fd") + " stdin=" + link_of("/dev/stdin") +
         " stdout=" + link_of("/dev/stdout") + " stderr=" + link_of("/dev/stderr") + "\n";
    auto secret = read_file("/etc/secret");
    o += "secret=[" + (secret ? *secret : secret.error().msg) + "]\n";
    auto meminfo = read_file("/proc/meminfo");
    o += "meminfo=[" + (meminfo ? *meminfo : meminfo.error().msg) + "]\n";
    auto maskdir = list_dir("/etc/maskdir");
    o += strf("maskdir=%zu\n", maskdir ? maskdir->size() : 99);
    o += strf("ro: root=%d procsys=%d data=%d scratch=%d cgroup=%d sys=%d\n", is_ro("/"), is_ro("/proc/sys"),
              is_ro("/data"), is_ro("/scratch"), is_ro("/sys/fs/cgroup"), is_ro("/sys"));
    auto data = read_file("/data/file");
    o += "data=" + (data ? *data : data.error().msg) + "\n";
    struct statvfs dv;
    o += strf("data nosuid=%d\n", ::statvfs("/data", &dv) == 0 && (dv.f_flag & ST_NOSUID));
    struct stat st;
    o += strf("scratch mode=%o\n", ::stat("/scratch", &st) == 0 ? st.st_mode & 07777 : 0);
    o += "cgroup: cpu=" + link_of("/sys/fs/cgroup/cpu") + " cpuacct=" + link_of("/sys/fs/cgroup/cpuacct") +
         " memory=" + fs_type("/sys/fs/cgroup/memory") + " cpu,cpuacct=" + fs_type("/sys/fs/cgroup/cpu,cpuacct") +
         "\n";
    auto mi = read_file("/proc/self/mountinfo");
    for (auto& line : split(mi ? *mi : "", '\n', true)) {
      auto f = split(line, ' ');
      if (f.size() > 6 && (f[4] == "/scratch" || f[4] == "/data"))
        o += "propagation " + f[4] + (f[6].rfind("shared:", 0) == 0 ? " shared" : " private") + "\n";
    }
    return o;
  });
  EXPECT_NE(out.find("/dev/null: 20666 1:3"), std::string::npos) << out;
  EXPECT_NE(out.find("/dev/zero: 20666 1:5"), std::string::npos) << out;
  EXPECT_NE(out.find("/dev/full: 20666 1:7"), std::string::npos) << out;
  EXPECT_NE(out.find("/dev/random: 20666 1:8"), std::string::npos) << out;
  EXPECT_NE(out.find("/dev/urandom: 20666 1:9"), std::string::npos) << out;
  EXPECT_NE(out.find("/dev/tty: 20666 5:0"), std::string::npos) << out;
  EXPECT_NE(out.find("/dev/mydev: 20640 1:9"), std::string::npos) << out;
  EXPECT_NE(out.find("proc=9fa0 sys=62656572 dev=1021994 pts=1cd1 shm=1021994"), std::string::npos) << out;
  EXPECT_NE(out.find("ptmx=pts/ptmx fd=/proc/self/fd stdin=/proc/self/fd/0 stdout=/proc/self/fd/1 "
                     "stderr=/proc/self/fd/2"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("secret=[]"), std::string::npos) << out;
  EXPECT_NE(out.find("maskdir=0"), std::string::npos) << out;
  EXPECT_NE(out.find("meminfo=[]"), std::string::npos) << out;
  EXPECT_NE(out.find("ro: root=1 procsys=1 data=1 scratch=0 cgroup=1 sys=1"), std::string::npos) << out;
  EXPECT_NE(out.find("data=hostdata"), std::string::npos) << out;
  EXPECT_NE(out.find("data nosuid=1"), std::string::npos) << out;
  EXPECT_NE(out.find("scratch mode=1777"), std::string::npos) << out;
  EXPECT_NE(out.find("propagation /scratch shared"), std::string::npos) << out;
  EXPECT_NE(out.find("propagation /data private"), std::string::npos) << out;
  EXPECT_NE(out.find("cgroup: cpu=cpu,cpuacct cpuacct=cpu,cpuacct memory=27e0eb cpu,cpuacct=27e0eb"),
            std::string::npos)
      << out;
  // The tmpfs aimed through /escape landed inside the rootfs, not on the host.
  struct statfs hst;
  ASSERT_EQ(::statfs((top + "/host").c_str(), &hst), 0);
  EXPECT_NE(static_cast<unsigned long>(hst.f_type), 0x1021994ul) << "mount escaped to the host";
  EXPECT_FALSE(path_exists(top + "/host/inner")) << "mount target created on the host";
  EXPECT_TRUE(path_exists(root + top + "/host/inner")) << "symlinked destination not resolved inside the root";
  // Nothing leaked into the host mount namespace.
  struct statfs rst;
  ASSERT_EQ(::statfs((root + "/proc").c_str(), &rst), 0);
  EXPECT_NE(static_cast<unsigned long>(rst.f_type), 0x9fa0ul);
  EXPECT_FALSE(path_exists(root + "/dev/null"));
}

TEST_P(RootfsAsRoot, NoPivotAndRootfsPropagation) {
  Spec s;
  s.root_path = root;
  s.mounts = {{"/proc", "proc", "proc", {}}};
  s.linux.emplace();
  s.linux->rootfs_propagation = "rshared";
  RootfsConfig cfg;
  cfg.spec = &s;
  cfg.rootfs = root;
  cfg.no_pivot = true;
  std::string out = in_mount_ns([&]() -> std::string {
    if (auto r = rootfs_prepare(cfg); !r) return "prepare: " + r.error().msg;
    if (auto r = rootfs_finalize(cfg); !r) return "finalize: " + r.error().msg;
    auto mi = read_file("/proc/self/mountinfo");
    if (!mi) return mi.error().msg;
    std::string o = path_exists("/etc/secret") && !path_exists(root) ? "inside\n" : "outside\n";
    for (auto& line : split(*mi, '\n', true)) {
      auto f = split(line, ' ');
      if (f.size() > 6 && f[4] == "/") o += "root-mount " + line + "\n";
    }
    return o;
  });
  EXPECT_NE(out.find("inside"), std::string::npos) << out;
  EXPECT_NE(out.find("shared:"), std::string::npos) << out;
}

TEST_P(RootfsAsRoot, ProcThroughSymlinkRefused) {
  ASSERT_EQ(::rmdir((root + "/proc").c_str()), 0);
  ASSERT_EQ(symlink("/tmp", (root + "/proc").c_str()), 0);
  Spec s;
  s.root_path = root;
  s.mounts = {{"/proc", "proc", "proc", {}}};
  RootfsConfig cfg;
  cfg.spec = &s;
  cfg.rootfs = root;
  std::string out = in_mount_ns([&]() -> std::string {
    auto r = rootfs_prepare(cfg);
    return r ? "prepared" : r.error().msg;
  });
  EXPECT_NE(out.find("symlink"), std::string::npos) << out;
  EXPECT_NE(out.find("/proc"), std::string::npos) << out;
}

TEST_P(RootfsAsRoot, MountsOverProcRefused) {
  const struct {
    Mount m;
    const char* want;
  } cases[] = {
      {{"/proc/sys", "bind", top + "/host", {"rbind"}}, "\"/proc/sys\" cannot be mounted because it is inside /proc"},
      {{"/proc/sys", "mqueue", "mqueue", {}}, "\"/proc/sys\" cannot be mounted because it is inside /proc"},
      {{"/proc", "bind", top + "/host", {"rbind"}}, "not the root of a procfs"},
      {{"/proc", "mqueue", "mqueue", {}}, "not of type proc"},
  };
  for (auto& c : cases) {
    Spec s;
    s.root_path = root;
    s.mounts = {{"/proc", "proc", "proc", {}}, c.m};
    RootfsConfig cfg;
    cfg.spec = &s;
    cfg.rootfs = root;
    std::string out = in_mount_ns([&]() -> std::string {
      auto r = rootfs_prepare(cfg);
      return r ? "prepared" : r.error().msg;
    });
    EXPECT_NE(out.find(c.want), std::string::npos) << c.m.destination << " " << c.m.type << ": " << out;
  }
  // lxcfs-style binds of single files are fine.
  Spec ok;
  ok.root_path = root;
  ok.mounts = {{"/proc", "proc", "proc", {}}, {"/proc/meminfo", "bind", top + "/host/file", {"bind"}}};
  RootfsConfig cfg;
  cfg.spec = &ok;
  cfg.rootfs = root;
  std::string out = in_mount_ns([&]() -> std::string {
    if (auto r = rootfs_prepare(cfg); !r) return r.error().msg;
    auto f = read_file(root + "/proc/meminfo");
    return f ? *f : f.error().msg;
  });
  EXPECT_EQ(out, "hostdata");
}

TEST_P(RootfsAsRoot, MaskingWithFakeDevNullRefused) {
  // No /dev mount: whatever the image has at /dev/null is what masking
  // would bind. Only the real null device is acceptable (CVE-2025-31133).
  const struct {
    const char* name;
    std::function<int(const std::string&)> make;
  } cases[] = {
      {"symlink", [](const std::string& p) { return symlink("/etc/secret", p.c_str()); }},
      {"regular file", [](const std::string& p) { return write_file(p, "").ok() ? 0 : -1; }},
      {"char 1:5", [](const std::string& p) { return mknod(p.c_str(), S_IFCHR | 0666, makedev(1, 5)); }},
  };
  for (auto& c : cases) {
    std::string devnull = root + "/dev/null";
    (void)remove_all(devnull);
    ASSERT_EQ(c.make(devnull), 0) << c.name;
    Spec s;
    s.root_path = root;
    s.mounts = {{"/proc", "proc", "proc", {}}};
    s.linux.emplace();
    s.linux->masked_paths = {"/etc/secret"};
    RootfsConfig cfg;
    cfg.spec = &s;
    cfg.rootfs = root;
    std::string out = in_mount_ns([&]() -> std::string {
      if (auto r = rootfs_prepare(cfg); !r) return "prepare: " + r.error().msg;
      auto r = rootfs_finalize(cfg);
      return r ? "finalized" : r.error().msg;
    });
    EXPECT_NE(out.find("/dev/null in the container is not the null device"), std::string::npos) << c.name << ": " << out;
  }
}

TEST_P(RootfsAsRoot, MissingBindSourceNamesIt) {
  Spec s;
  s.root_path = root;
  s.mounts = {{"/data", "bind", top + "/nonexistent", {"rbind"}}};
  RootfsConfig cfg;
  cfg.spec = &s;
  cfg.rootfs = root;
  std::string out = in_mount_ns([&]() -> std::string {
    auto r = rootfs_prepare(cfg);
    return r ? "prepared" : r.error().msg;
  });
  EXPECT_NE(out.find("mount " + top + "/nonexistent on /data (type bind): No such file or directory"),
            std::string::npos)
      << out;
}

// Root field and mount point of the mountinfo line for `mnt`.
std::string mount_root_of(const std::string& mnt) {
  auto mi = read_file("/proc/self/mountinfo");
  if (!mi) return "?";
  std::string found = "none";
  for (auto& line : split(*mi, '\n', true)) {
    auto f = split(line, ' ');
    if (f.size() > 4 && f[4] == mnt) found = f[3];  // the last one is on top
  }
  return found;
}

// The shapes of a "cgroup" mount: pure v2 bind (no cgroup ns) or fresh
// mount (cgroup ns); v1/hybrid binds of our own dirs (no cgroup ns) or fresh
// per-hierarchy mounts rooted at the namespace (cgroup ns).
TEST_P(RootfsAsRoot, CgroupMountShapes) {
  std::string mem = strf("/sys/fs/cgroup/memory/edgectl-mnt-test-%d", getpid());
  if (::mkdir(mem.c_str(), 0755) < 0) GTEST_SKIP() << "no v1 memory hierarchy here";
  std::string sub = mem.substr(std::string("/sys/fs/cgroup/memory").size());
  const struct {
    std::map<std::string, std::string> paths;
    bool cgroupns;
    std::string want;
  } cases[] = {
      {{{"unified", "/sys/fs/cgroup/unified"}}, false, "top=63677270 ro=1 procs=1"},
      {{{"unified", "/sys/fs/cgroup/unified"}}, true, "top=63677270 ro=1 procs=1"},
      {{{"memory", mem}, {"name=systemd", "/sys/fs/cgroup/systemd"}, {"unified", "/sys/fs/cgroup/unified"}}, false,
       "top=1021994 ro=1 memory=27e0eb systemd=27e0eb unified=63677270 memory-ro=1 memory-root=" + sub},
      {{{"memory", mem}, {"name=systemd", "/sys/fs/cgroup/systemd"}, {"unified", "/sys/fs/cgroup/unified"}}, true,
       "top=1021994 ro=1 memory=27e0eb systemd=27e0eb unified=63677270 memory-ro=1 memory-root=/"},
  };
  for (auto& c : cases) {
    Spec s;
    s.root_path = root;
    s.mounts = {{"/proc", "proc", "proc", {}},
                {"/sys/fs/cgroup", "cgroup", "cgroup", {"nosuid", "noexec", "nodev", "relatime", "ro"}}};
    s.linux.emplace();
    if (c.cgroupns) s.linux->namespaces.push_back({CLONE_NEWCGROUP, "cgroup", ""});
    RootfsConfig cfg;
    cfg.spec = &s;
    cfg.rootfs = root;
    cfg.cgroup_paths = &c.paths;
    std::string out = in_mount_ns(
        [&]() -> std::string {
          if (auto r = rootfs_prepare(cfg); !r) return "prepare: " + r.error().msg;
          if (auto r = rootfs_finalize(cfg); !r) return "finalize: " + r.error().msg;
          std::string o = "top=" + fs_type("/sys/fs/cgroup") + strf(" ro=%d", is_ro("/sys/fs/cgroup"));
          if (c.paths.size() == 1) return o + strf(" procs=%d", path_exists("/sys/fs/cgroup/cgroup.procs"));
          return o + " memory=" + fs_type("/sys/fs/cgroup/memory") + " systemd=" + fs_type("/sys/fs/cgroup/systemd") +
                 " unified=" + fs_type("/sys/fs/cgroup/unified") +
                 strf(" memory-ro=%d", is_ro("/sys/fs/cgroup/memory")) +
                 " memory-root=" + mount_root_of("/sys/fs/cgroup/memory");
        },
        c.cgroupns ? CLONE_NEWCGROUP : 0);
    EXPECT_EQ(out, c.want) << "cgroupns=" << c.cgroupns;
  }
  ::rmdir(mem.c_str());
}

INSTANTIATE_TEST_SUITE_P(Resolver, RootfsAsRoot, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& i) { return i.param ? "walker" : "openat2"; });

}  // namespace
