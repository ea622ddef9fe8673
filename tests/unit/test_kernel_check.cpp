// `edgectl check` on fixture trees (config, /proc, /sys, /lib/modules) and
// once on the real host.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdlib>
#include <string>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "rt/kernel_check.h"

using namespace ec;
using namespace ec::rt::kcheck;

namespace {

const char kRelease[] = "6.1.0-test";

std::string gzip(const std::string& in) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, in.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A complete kernel config for containers, modules where distros have them.
const char kGoodConfig[] =
    "#\n# Automatically generated file; DO NOT EDIT.\n#\n"
    "CONFIG_NAMESPACES=y\nCONFIG_UTS_NS=y\nCONFIG_IPC_NS=y\nCONFIG_PID_NS=y\nCONFIG_NET_NS=y\nCONFIG_USER_NS=y\n"
    "CONFIG_CGROUPS=y\nCONFIG_MEMCG=y\nCONFIG_CGROUP_PIDS=y\nCONFIG_CPUSETS=y\nCONFIG_CGROUP_SCHED=y\n"
    "CONFIG_CFS_BANDWIDTH=y\nCONFIG_BLK_CGROUP=y\nCONFIG_CGROUP_FREEZER=y\nCONFIG_CGROUP_DEVICE=y\nCONFIG_CGROUP_BPF=y\n"
    "CONFIG_KEYS=y\nCONFIG_SECCOMP=y\nCONFIG_SECCOMP_FILTER=y\nCONFIG_TMPFS=y\nCONFIG_UNIX98_PTYS=y\n"
    "CONFIG_POSIX_MQUEUE=y\nCONFIG_OVERLAY_FS=m\nCONFIG_VETH=m\nCONFIG_BRIDGE=m\nCONFIG_NF_CONNTRACK=m\nCONFIG_NF_NAT=m\n"
    "CONFIG_NF_TABLES=m\nCONFIG_NFT_NAT=m\nCONFIG_NFT_MASQ=m\nCONFIG_NFT_CT=m\nCONFIG_NFT_FIB_IPV4=m\n"
    "CONFIG_IP_NF_IPTABLES=m\nCONFIG_IP_NF_FILTER=m\nCONFIG_IP_NF_NAT=m\nCONFIG_IP_NF_TARGET_MASQUERADE=m\n"
    "CONFIG_NETFILTER_XT_MATCH_ADDRTYPE=m\nCONFIG_NETFILTER_XT_MATCH_CONNTRACK=m\nCONFIG_NETFILTER_XT_MATCH_COMMENT=m\n"
    "CONFIG_LOCALVERSION=\"-test\"\nCONFIG_NR_CPUS=64\n# CONFIG_DEVPTS_MULTIPLE_INSTANCES is not set\n";

const char kMountinfoV2[] =
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
    "30 22 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate\n";

std::string v1_lines() {
  std::string s;
  int dev = 40;
  for (const char* c : {"cpu,cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids"}) {
    s += std::to_string(dev - 10) + " 25 0:" + std::to_string(dev) + " / /sys/fs/cgroup/" + c +
         " rw,nosuid,nodev,noexec,relatime shared:9 - cgroup cgroup rw," + c + "\n";
    dev++;
  }
  s += "39 25 0:50 / /sys/fs/cgroup/systemd rw,nosuid shared:8 - cgroup cgroup rw,xattr,name=systemd\n";
  return s;
}

const char kProcCgroups[] =
    "#subsys_name\thierarchy\tnum_cgroups\tenabled\ncpuset\t3\t1\t1\ncpu\t2\t1\t1\ncpuacct\t2\t1\t1\n"
    "blkio\t7\t1\t1\nmemory\t4\t1\t1\ndevices\t5\t1\t1\nfreezer\t6\t1\t1\npids\t8\t1\t1\n";

class KernelCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* base = getenv("TMPDIR");
    std::string t = std::string(base && *base ? base : "/tmp") + "/ec-kcheck-XXXXXX";
    ASSERT_NE(mkdtemp(t.data()), nullptr) << t;
    root = t;
    src.proc = root + "/proc";
    src.sys = root + "/sys";
    src.boot = root + "/boot";
    src.modules = root + "/lib/modules";
    src.release = kRelease;
    src.live = false;
    // A pure cgroup v2 host with everything; tests take parts away.
    for (const char* ns : {"mnt", "uts", "ipc", "pid", "net", "user", "cgroup"}) put("proc/self/ns/" + std::string(ns), "");
    put("proc/filesystems", "nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\nnodev\tcgroup\nnodev\tcgroup2\n"
                            "nodev\tdevpts\nnodev\tmqueue\n\text4\nnodev\toverlay\n");
    put("proc/self/mountinfo", kMountinfoV2);
    put("proc/self/cgroup", "0::/user.slice\n");
    put("proc/cgroups", kProcCgroups);
    put("proc/self/status", "Name:\ttest\nNoNewPrivs:\t0\nSeccomp:\t0\nSeccomp_filters:\t0\n");
    put("proc/key-users", "0: 1 1/1 1/1000000 1/25000000\n");
    put("proc/modules", "overlay 151552 0 - Live 0x0\nbridge 311296 0 - Live 0x0\n");
    put("sys/fs/cgroup/cgroup.controllers", "cpuset cpu io memory hugetlb pids rdma misc\n");
    put("sys/fs/cgroup/user.slice/cpu.max", "max 100000\n");
    std::string dep;
    for (const char* m : {"veth", "nf_conntrack", "nf_nat", "nf_tables", "nft_nat", "nft_masq", "nft_ct", "nft_fib_ipv4",
                          "ip_tables", "iptable_filter", "iptable_nat", "xt_MASQUERADE", "xt_addrtype", "xt_conntrack",
                          "xt_comment", "overlay", "bridge"})
      dep += "kernel/net/" + std::string(m) + ".ko.xz: kernel/net/x.ko.xz\n";
    put("lib/modules/" + std::string(kRelease) + "/modules.dep", dep);
    put("boot/config-" + std::string(kRelease), kGoodConfig);
  }
  void TearDown() override {
    if (!root.empty()) (void)remove_all(root);
  }
  void put(const std::string& rel, const std::string& text) {
    std::string path = root + "/" + rel;
    ASSERT_TRUE(mkdir_p(path.substr(0, path.rfind('/'))).ok()) << path;
    ASSERT_TRUE(write_file(path, text).ok()) << path;
  }
  void hybrid() {
    put("proc/self/mountinfo", std::string("22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
                                           "25 22 0:25 / /sys/fs/cgroup ro shared:3 - tmpfs tmpfs ro,mode=755\n") +
                                   v1_lines() +
                                   "38 25 0:26 / /sys/fs/cgroup/unified rw shared:4 - cgroup2 cgroup2 rw,nsdelegate\n");
    put("proc/self/cgroup", "0::/user.slice\n1:name=systemd:/user.slice\n2:cpu,cpuacct:/\n");
    put("sys/fs/cgroup/unified/cgroup.controllers", "hugetlb\n");
    put("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "-1\n");
  }
  Report run() {
    auto r = check(src);
    EXPECT_TRUE(r.ok()) << r.error().msg;
    return r.ok() ? std::move(*r) : Report{};
  }
  static const Item& item(const Report& r, std::string_view name) {
    for (auto& it : r.items)
      if (name == it.name) return it;
    ADD_FAILURE() << "no item " << name;
    static Item none;
    return none;
  }
  std::string root;
  Sources src;
};

TEST(KernelConfig, ParsesYesModuleUnsetAndValues) {
  auto c = parse_kernel_config(kGoodConfig, "test");
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->get("CONFIG_PID_NS"), Opt::Yes);
  EXPECT_EQ(c->get("CONFIG_VETH"), Opt::Module);
  EXPECT_EQ(c->get("CONFIG_DEVPTS_MULTIPLE_INSTANCES"), Opt::No);
  EXPECT_EQ(c->get("CONFIG_NOT_IN_FILE"), Opt::No);
  EXPECT_EQ(c->get("CONFIG_NR_CPUS"), Opt::Yes);
  EXPECT_EQ(c->values.at("CONFIG_LOCALVERSION"), "\"-test\"");
  EXPECT_EQ(KernelConfig{}.get("CONFIG_PID_NS"), Opt::Unknown);
  auto bad = parse_kernel_config("hello\nworld\n", "notes.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("notes.txt: not a kernel config"), std::string::npos) << bad.error().msg;
}

TEST_F(KernelCheck, LoadsGzipConfigAndRejectsCorruptOne) {
  put("cfg.gz", gzip(kGoodConfig));
  auto c = load_kernel_config(root + "/cfg.gz");
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->get("CONFIG_NFT_MASQ"), Opt::Module);
  EXPECT_EQ(c->get("CONFIG_PID_NS"), Opt::Yes);
  std::string gz = gzip(kGoodConfig);
  put("cut.gz", gz.substr(0, gz.size() / 2));
  auto cut = load_kernel_config(root + "/cut.gz");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().msg.find(root + "/cut.gz: gzip"), std::string::npos) << cut.error().msg;
  auto none = load_kernel_config(root + "/nonexistent");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().msg.find("nonexistent"), std::string::npos);
}

TEST_F(KernelCheck, ProcConfigGzIsPreferredAndExplicitConfigWins) {
  std::string cfg = kGoodConfig;
  put("proc/config.gz", gzip(cfg + "# CONFIG_KEYS is not set\n"));
  Report r = run();
  EXPECT_EQ(r.config_source, src.proc + "/config.gz");
  put("other.config", "CONFIG_PID_NS=y\n");
  src.config = root + "/other.config";
  r = run();
  EXPECT_EQ(r.config_source, src.config);
  EXPECT_EQ(item(r, "CONFIG_VETH").state, State::Missing);  // not in that file: not set
  src.config = root + "/missing.config";
  auto bad = check(src);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("missing.config"), std::string::npos) << bad.error().msg;
}

TEST_F(KernelCheck, FullV2HostCanRun) {
  Report r = run();
  EXPECT_EQ(r.kernel, kRelease);
  EXPECT_EQ(r.config_source, src.boot + "/config-" + kRelease);
  EXPECT_EQ(r.cgroup_layout, "v2");
  EXPECT_TRUE(r.can_run) << format_text(r);
  EXPECT_TRUE(r.blockers.empty());
  EXPECT_EQ(item(r, "CONFIG_MEMCG").state, State::Ok);
  EXPECT_EQ(item(r, "CONFIG_MEMCG").detail, "cgroup v2");
  EXPECT_EQ(item(r, "CONFIG_CGROUP_FREEZER").state, State::Ok);  // cgroup.freeze, kernel 6.1
  EXPECT_EQ(item(r, "CONFIG_CFS_BANDWIDTH").state, State::Ok);
  EXPECT_EQ(item(r, "device cgroup").state, State::Ok);
  EXPECT_TRUE(item(r, "cgroup namespace").required);  // the engine asks for one on pure v2
  EXPECT_EQ(item(r, "CONFIG_SECCOMP_FILTER").state, State::Ok);
  EXPECT_EQ(item(r, "openat2").state, State::Ok);
  EXPECT_EQ(item(r, "NAT (nftables or iptables)").state, State::Ok);
  EXPECT_EQ(item(r, "CONFIG_NFT_MASQ").state, State::Module);
  // Old-kernel items only on old kernels.
  for (auto& it : r.items) EXPECT_STRNE(it.name, "CONFIG_DEVPTS_MULTIPLE_INSTANCES");
  // Group order.
  EXPECT_STREQ(r.items.front().group, "Namespaces");
  EXPECT_STREQ(r.items.back().group, "Networking");
}

TEST_F(KernelCheck, ModulesLoadedInstalledOrNot) {
  std::string dep = "kernel/drivers/net/veth.ko.xz:\nkernel/fs/overlayfs/overlay.ko.xz:\n";
  put("lib/modules/" + std::string(kRelease) + "/modules.dep", dep);
  Report r = run();
  const Item& br = item(r, "CONFIG_BRIDGE");  // in /proc/modules
  EXPECT_EQ(br.state, State::Module);
  EXPECT_TRUE(br.loaded);
  const Item& ov = item(r, "CONFIG_OVERLAY_FS");  // in /proc/filesystems
  EXPECT_EQ(ov.state, State::Module);
  EXPECT_TRUE(ov.loaded);
  const Item& veth = item(r, "CONFIG_VETH");  // =m, in modules.dep
  EXPECT_EQ(veth.state, State::Module);
  EXPECT_FALSE(veth.loaded);
  const Item& nft = item(r, "CONFIG_NF_TABLES");  // =m, not installed
  EXPECT_EQ(nft.state, State::Missing);
  EXPECT_NE(nft.detail.find("not installed"), std::string::npos) << nft.detail;
  EXPECT_EQ(item(r, "NAT (nftables or iptables)").state, State::Missing);
  // The bridge module is also found through /sys/module when /proc/modules is gone.
  ASSERT_TRUE(remove_all(src.proc + "/modules").ok());
  put("sys/module/bridge/initstate", "live\n");
  EXPECT_TRUE(item(run(), "CONFIG_BRIDGE").loaded);
}

TEST_F(KernelCheck, WithoutConfigOptionsAreUnknownButProbesRun) {
  ASSERT_TRUE(remove_all(src.boot).ok());
  ASSERT_TRUE(remove_all(src.modules).ok());
  ASSERT_TRUE(remove_all(src.proc + "/modules").ok());
  Report r = run();
  EXPECT_EQ(r.config_source, "none");
  ASSERT_FALSE(r.notes.empty());
  EXPECT_NE(r.notes[0].find("--config"), std::string::npos) << r.notes[0];
  EXPECT_EQ(item(r, "CONFIG_PID_NS").state, State::Ok);      // /proc/self/ns/pid
  EXPECT_EQ(item(r, "CONFIG_OVERLAY_FS").state, State::Ok);  // /proc/filesystems
  EXPECT_EQ(item(r, "CONFIG_VETH").state, State::Unknown);
  EXPECT_EQ(item(r, "CONFIG_VETH").detail, "no kernel config to tell");
  EXPECT_EQ(item(r, "NAT (nftables or iptables)").state, State::Unknown);
  EXPECT_EQ(item(r, "CONFIG_SECCOMP_FILTER").state, State::Ok);  // Seccomp_filters: in status
  EXPECT_EQ(item(r, "device cgroup").state, State::Unknown);     // v2, no config, no live probe
  EXPECT_TRUE(r.can_run);
  // Nothing at all (a bare initramfs before /proc is mounted): still no error.
  ASSERT_TRUE(remove_all(src.proc).ok());
  ASSERT_TRUE(remove_all(src.sys).ok());
  r = run();
  EXPECT_EQ(r.cgroup_layout, "unknown");
  EXPECT_EQ(item(r, "CONFIG_PID_NS").state, State::Unknown);
  EXPECT_EQ(item(r, "cgroup hierarchy").state, State::Unknown);
  EXPECT_TRUE(r.can_run);  // nothing required is known to be missing
  EXPECT_NE(format_text(r).find("no required item is missing, but"), std::string::npos) << format_text(r);
}

TEST_F(KernelCheck, BuiltinsShowWithoutConfig) {
  ASSERT_TRUE(remove_all(src.boot).ok());
  ASSERT_TRUE(remove_all(src.modules).ok());
  ASSERT_TRUE(remove_all(src.proc + "/modules").ok());
  put("sys/module/bridge/parameters/x", "");  // built in: no initstate
  put("proc/net/ip_tables_names", "");
  Report r = run();
  EXPECT_EQ(item(r, "CONFIG_BRIDGE").state, State::Ok);
  EXPECT_EQ(item(r, "CONFIG_IP_NF_IPTABLES").state, State::Ok);
  // No /proc/sys/net/netfilter: maybe a module not loaded yet, not a proof of absence.
  EXPECT_EQ(item(r, "CONFIG_NF_CONNTRACK").state, State::Unknown);
  put("sys/module/bridge/initstate", "live\n");  // a loadable module, loaded
  r = run();
  const Item& br = item(r, "CONFIG_BRIDGE");
  EXPECT_EQ(br.state, State::Module);
  EXPECT_TRUE(br.loaded);
}

TEST_F(KernelCheck, DetectsV1AndHybridLayouts) {
  hybrid();
  Report r = run();
  EXPECT_EQ(r.cgroup_layout, "hybrid");
  EXPECT_TRUE(r.can_run) << format_text(r);
  EXPECT_EQ(item(r, "CONFIG_MEMCG").detail, "cgroup v1 at /sys/fs/cgroup/memory");
  EXPECT_EQ(item(r, "device cgroup").state, State::Ok);
  EXPECT_EQ(item(r, "CONFIG_CFS_BANDWIDTH").state, State::Ok);
  EXPECT_NE(item(r, "cgroup hierarchy").detail.find("cgroup2 at /sys/fs/cgroup/unified (hugetlb)"), std::string::npos);
  EXPECT_FALSE(item(r, "cgroup namespace").required);

  put("proc/self/mountinfo", "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n" + v1_lines());
  r = run();
  EXPECT_EQ(r.cgroup_layout, "v1");
  EXPECT_EQ(item(r, "CONFIG_CGROUP_FREEZER").detail, "cgroup v1 at /sys/fs/cgroup/freezer");
  EXPECT_NE(item(r, "cgroup hierarchy").detail.find("8 v1 hierarchies"), std::string::npos)
      << item(r, "cgroup hierarchy").detail;
}

TEST_F(KernelCheck, NoCgroupMountBlocksContainers) {
  put("proc/self/mountinfo", "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n");
  Report r = run();
  EXPECT_EQ(r.cgroup_layout, "none");
  EXPECT_FALSE(r.can_run);
  EXPECT_EQ(item(r, "cgroup hierarchy").state, State::Missing);
  EXPECT_NE(item(r, "cgroup hierarchy").detail.find("mount cgroup2"), std::string::npos);
  // The kernel itself still has the controllers.
  EXPECT_EQ(item(r, "CONFIG_MEMCG").state, State::Ok);
}

TEST_F(KernelCheck, RequiredMissingMeansCannotRun) {
  std::string cfg = kGoodConfig;
  cfg.replace(cfg.find("CONFIG_PID_NS=y"), 15, "# CONFIG_PID_NS is not set");
  put("boot/config-" + std::string(kRelease), cfg);
  ASSERT_TRUE(remove_all(src.proc + "/self/ns/pid").ok());
  Report r = run();
  EXPECT_EQ(item(r, "CONFIG_PID_NS").state, State::Missing);
  EXPECT_FALSE(r.can_run);
  ASSERT_EQ(r.blockers.size(), 1u);
  EXPECT_EQ(r.blockers[0], "CONFIG_PID_NS: missing - not set");
  std::string text = format_text(r);
  EXPECT_NE(text.find("containers cannot run on this kernel:\n  CONFIG_PID_NS: missing"), std::string::npos) << text;
  EXPECT_NE(text.find("without it: no container can start"), std::string::npos);
  // An optional one missing does not block.
  put("proc/self/ns/pid", "");
  put("proc/modules", "");
  put("proc/filesystems", "nodev\ttmpfs\nnodev\tcgroup2\nnodev\tdevpts\nnodev\tmqueue\n");
  r = run();
  EXPECT_TRUE(r.can_run);
  const Item& ov = item(r, "CONFIG_OVERLAY_FS");  // =m, not loaded, installed
  EXPECT_EQ(ov.state, State::Module);
  EXPECT_FALSE(ov.loaded);
}

TEST_F(KernelCheck, ConfigOfAnotherKernelLosesToRuntime) {
  std::string cfg = kGoodConfig;
  cfg.replace(cfg.find("CONFIG_OVERLAY_FS=m"), 19, "CONFIG_OVERLAY_FS=y");
  put("boot/config-" + std::string(kRelease), cfg + "# CONFIG_USER_NS is not set\n");
  put("proc/filesystems", "nodev\ttmpfs\nnodev\tcgroup2\nnodev\tdevpts\nnodev\tmqueue\n");
  put("proc/modules", "");
  Report r = run();
  EXPECT_EQ(item(r, "CONFIG_OVERLAY_FS").state, State::Missing);
  EXPECT_NE(item(r, "CONFIG_OVERLAY_FS").detail.find("config of another kernel"), std::string::npos);
  EXPECT_EQ(item(r, "CONFIG_USER_NS").state, State::Ok);  // /proc/self/ns/user is there
}

TEST_F(KernelCheck, SysctlsAndDisabledControllers) {
  put("proc/sys/kernel/unprivileged_userns_clone", "0\n");
  Report r = run();
  EXPECT_EQ(item(r, "CONFIG_USER_NS").state, State::Ok);
  EXPECT_NE(item(r, "CONFIG_USER_NS").detail.find("only root"), std::string::npos);
  put("proc/sys/user/max_user_namespaces", "0\n");
  EXPECT_EQ(item(run(), "CONFIG_USER_NS").state, State::Missing);

  hybrid();
  std::string mi = "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n";
  for (auto& line : ec::split(v1_lines(), '\n', true))
    if (line.find("/memory ") == std::string::npos) mi += line + "\n";
  put("proc/self/mountinfo", mi);
  std::string pc = kProcCgroups;
  pc.replace(pc.find("memory\t4\t1\t1"), 12, "memory\t0\t1\t0");
  put("proc/cgroups", pc);
  r = run();
  EXPECT_EQ(item(r, "CONFIG_MEMCG").state, State::Missing);
  EXPECT_EQ(item(r, "CONFIG_MEMCG").detail, "disabled on the kernel command line (cgroup_disable=memory)");
  EXPECT_TRUE(r.can_run);
}

TEST_F(KernelCheck, OldKernels) {
  src.release = "4.4.0-old";
  put("boot/config-4.4.0-old", kGoodConfig);
  Report r = run();
  EXPECT_EQ(item(r, "CONFIG_DEVPTS_MULTIPLE_INSTANCES").state, State::Missing);
  EXPECT_FALSE(r.can_run);
  EXPECT_EQ(item(r, "openat2").state, State::Missing);
  EXPECT_EQ(item(r, "CONFIG_CGROUP_FREEZER").state, State::Missing);  // v2 freezer needs 5.2
  EXPECT_NE(item(r, "openat2").detail.find("before 5.6"), std::string::npos);
}

TEST_F(KernelCheck, JsonShape) {
  put("proc/self/mountinfo", "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n");
  Report r = run();
  auto j = json_parse(format_json(r), "check output");
  ASSERT_TRUE(j.ok()) << j.error().msg;
  cJSON* o = j->get();
  for (const char* k : {"kernel", "arch", "config_source", "cgroup_layout"})
    EXPECT_TRUE(cJSON_IsString(cJSON_GetObjectItem(o, k))) << k;
  EXPECT_STREQ(cJSON_GetObjectItem(o, "kernel")->valuestring, kRelease);
  EXPECT_STREQ(cJSON_GetObjectItem(o, "cgroup_layout")->valuestring, "none");
  EXPECT_TRUE(cJSON_IsFalse(cJSON_GetObjectItem(o, "can_run_containers")));
  EXPECT_TRUE(cJSON_IsArray(cJSON_GetObjectItem(o, "built_without")));
  EXPECT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(o, "blockers")), 1);
  cJSON* items = cJSON_GetObjectItem(o, "items");
  ASSERT_TRUE(cJSON_IsArray(items));
  EXPECT_EQ(cJSON_GetArraySize(items), static_cast<int>(r.items.size()));
  int total = 0, modules = 0;
  cJSON* x;
  cJSON_ArrayForEach(x, items) {
    for (const char* k : {"group", "name", "status", "detail", "degrades"})
      ASSERT_TRUE(cJSON_IsString(cJSON_GetObjectItem(x, k))) << k;
    EXPECT_TRUE(cJSON_IsBool(cJSON_GetObjectItem(x, "required")));
    if (std::string(cJSON_GetObjectItem(x, "status")->valuestring) == "module") {
      modules++;
      EXPECT_TRUE(cJSON_IsBool(cJSON_GetObjectItem(x, "loaded")));
    }
  }
  cJSON* sum = cJSON_GetObjectItem(o, "summary");
  for (const char* k : {"ok", "missing", "module", "unknown", "not_built"}) {
    ASSERT_TRUE(cJSON_IsNumber(cJSON_GetObjectItem(sum, k))) << k;
    total += cJSON_GetObjectItem(sum, k)->valueint;
  }
  EXPECT_EQ(total, static_cast<int>(r.items.size()));
  EXPECT_EQ(cJSON_GetObjectItem(sum, "module")->valueint, modules);
  EXPECT_GE(cJSON_GetObjectItem(sum, "missing")->valueint, 1);
}

// The real host: only what holds on any Linux, root or not.
TEST(KernelCheckHost, RunsOnThisKernel) {
  auto r = check(Sources{});
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_FALSE(r->kernel.empty());
  EXPECT_FALSE(r->arch.empty());
  EXPECT_FALSE(r->config_source.empty());
  bool mnt = false;
  size_t blocking = 0;
  for (auto& it : r->items) {
    if (std::string_view(it.name) == "mount namespace") mnt = it.state == State::Ok;
    if (it.required && (it.state == State::Missing || it.state == State::NotBuilt)) blocking++;
  }
  EXPECT_EQ(blocking, r->blockers.size());
  EXPECT_EQ(r->can_run, blocking == 0);
  EXPECT_TRUE(mnt);  // /proc/self/ns/mnt exists on every kernel since 3.8
  EXPECT_TRUE(json_parse(format_json(*r), "check output").ok());
  EXPECT_NE(format_text(*r).find("\nNamespaces:\n"), std::string::npos);
}

}  // namespace
