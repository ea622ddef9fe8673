// Kernel check: gather what the host shows (config, /proc, /sys, a few
// harmless syscalls), then judge each item. The running kernel's own
// answer wins over the config, which may belong to another kernel.
#include "rt/kernel_check.h"

#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/build_features.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "edgectl_config.h"
#include "rt/cgroup.h"

#ifndef SYS_openat2
#define SYS_openat2 437  // as in core/fs.cpp, for headers older than 5.6
#endif

namespace ec::rt::kcheck {
namespace {

const char* const kGroups[] = {"Namespaces", "Cgroups", "Security", "Storage", "Networking"};
enum Group : uint8_t { kNs, kCg, kSec, kSto, kNet };
enum Flag : uint8_t { kReq = 1, kNetF = 2 /* compiled out with -Dnet */, kNft = 4, kIpt = 8 };

constexpr int kv(int major, int minor) { return major * 1000 + minor; }

const char kBridgeDeg[] = "--network bridge (the default) unavailable; --network none and host work";
const char kNftDeg[] = "no nftables NAT: edgectl uses iptables, else the userspace proxy";
const char kIptDeg[] = "no iptables NAT: edgectl uses nftables, else the userspace proxy";
const char kNatDeg[] = "published ports use the userspace proxy; containers get no outbound NAT";

// Items judged the same way: a config symbol (or a plain name for a
// probe-only item), an optional runtime probe and module names.
struct Def {
  uint8_t group, flags;
  const char* name;
  // "ns:pid", "ns:*" (any), "fs:overlay", "proc:key-users" (exists or not),
  // "has:FILE" (under /proc; its absence proves nothing: a module not loaded yet), or null.
  const char* probe;
  const char* module;  // space-separated names (renamed modules), or null
  const char* degrades;
};

const Def kDefs[] = {
    {kNs, kReq, "CONFIG_NAMESPACES", "ns:*", nullptr, "no container can start: containers are namespaces"},
    {kNs, kReq, "mount namespace", "ns:mnt", nullptr, "no container can start: each has its own mounts"},
    {kNs, kReq, "CONFIG_UTS_NS", "ns:uts", nullptr, "no container can start: each gets its own hostname"},
    {kNs, kReq, "CONFIG_IPC_NS", "ns:ipc", nullptr, "no container can start: each gets its own IPC namespace"},
    {kNs, kReq, "CONFIG_PID_NS", "ns:pid", nullptr, "no container can start: each gets its own PID namespace"},
    {kNs, 0, "CONFIG_NET_NS", "ns:net", nullptr,
     "only --network host works (bridge, none and container: need network namespaces)"},
    {kNs, 0, "CONFIG_USER_NS", "ns:user", nullptr, "OCI specs with a user namespace fail (rootless podman, uid maps)"},
    // No Kconfig symbol: built with CONFIG_CGROUPS from 4.6 on.
    {kNs, 0, "cgroup namespace", "ns:cgroup", nullptr, "OCI specs asking for a cgroup namespace fail"},
    {kCg, kReq, "CONFIG_CGROUPS", "proc:self/cgroup", nullptr, "no container can start: edgectl puts each in cgroups"},
    {kSec, 0, "CONFIG_KEYS", "proc:key-users", nullptr, "no session keyring per container: containers share the caller's"},
    {kSto, kReq, "CONFIG_TMPFS", "fs:tmpfs", nullptr, "no container can start: /dev and /dev/shm are tmpfs"},
    {kSto, kReq, "CONFIG_UNIX98_PTYS", "fs:devpts", nullptr, "no container can start: /dev/pts is a devpts mount"},
    {kSto, kReq, "CONFIG_POSIX_MQUEUE", "fs:mqueue", nullptr, "no container can start: each gets a /dev/mqueue mount"},
    {kSto, 0, "CONFIG_OVERLAY_FS", "fs:overlay", "overlay", "storage falls back to vfs: a full copy of the image per container"},
    {kNet, kNetF, "CONFIG_VETH", nullptr, "veth", kBridgeDeg},
    {kNet, kNetF, "CONFIG_BRIDGE", nullptr, "bridge", kBridgeDeg},
    {kNet, kNetF | kNft | kIpt, "CONFIG_NF_CONNTRACK", "has:sys/net/netfilter/nf_conntrack_max", "nf_conntrack", kNatDeg},
    {kNet, kNetF | kNft | kIpt, "CONFIG_NF_NAT", nullptr, "nf_nat", kNatDeg},
    {kNet, kNetF | kNft, "CONFIG_NF_TABLES", nullptr, "nf_tables", kNftDeg},
    {kNet, kNetF | kNft, "CONFIG_NFT_NAT", nullptr, "nft_nat", kNftDeg},
    {kNet, kNetF | kNft, "CONFIG_NFT_MASQ", nullptr, "nft_masq", kNftDeg},
    {kNet, kNetF | kNft, "CONFIG_NFT_CT", nullptr, "nft_ct", kNftDeg},
    {kNet, kNetF | kNft, "CONFIG_NFT_FIB_IPV4", nullptr, "nft_fib_ipv4", kNftDeg},
    {kNet, kNetF | kIpt, "CONFIG_IP_NF_IPTABLES", "has:net/ip_tables_names", "ip_tables", kIptDeg},
    {kNet, kNetF | kIpt, "CONFIG_IP_NF_FILTER", nullptr, "iptable_filter", kIptDeg},
    {kNet, kNetF | kIpt, "CONFIG_IP_NF_NAT", nullptr, "iptable_nat", kIptDeg},
    {kNet, kNetF | kIpt, "CONFIG_IP_NF_TARGET_MASQUERADE", nullptr, "xt_MASQUERADE ipt_MASQUERADE", kIptDeg},
    {kNet, kNetF | kIpt, "CONFIG_NETFILTER_XT_MATCH_ADDRTYPE", nullptr, "xt_addrtype", kIptDeg},
    {kNet, kNetF | kIpt, "CONFIG_NETFILTER_XT_MATCH_CONNTRACK", nullptr, "xt_conntrack", kIptDeg},
    {kNet, kNetF | kIpt, "CONFIG_NETFILTER_XT_MATCH_COMMENT", nullptr, "xt_comment", kIptDeg},
};

// Cgroup controllers: v1 name, v2 name (null: none in v2).
struct Ctl {
  const char* sym;
  const char* v1;
  const char* v2;
  const char* degrades;
};
const Ctl kCtls[] = {
    {"CONFIG_MEMCG", "memory", "memory", "--memory and --memory-swap limits unavailable"},
    {"CONFIG_CGROUP_PIDS", "pids", "pids", "--pids-limit unavailable"},
    {"CONFIG_CPUSETS", "cpuset", "cpuset", "--cpuset-cpus unavailable"},
    {"CONFIG_CGROUP_SCHED", "cpu", "cpu", "--cpus and --cpu-shares unavailable"},
    {"CONFIG_BLK_CGROUP", "blkio", "io", "block I/O weights and limits of OCI specs unavailable"},
    {"CONFIG_CGROUP_FREEZER", "freezer", nullptr, "pause and unpause unavailable"},
};

bool usable(const cgroup::Hierarchy& h) { return h.v2 ? EDGECTL_HAVE_CGROUP_V2 : EDGECTL_HAVE_CGROUP_V1; }
bool has(const std::vector<std::string>& v, const char* s) { return s && std::find(v.begin(), v.end(), s) != v.end(); }

class Checker {
 public:
  explicit Checker(const Sources& s) : src_(s) {}
  Result<Report> run();

 private:
  Status load_config();
  void load_cgroups();
  std::string sys_path(const std::string& p) const;
  int probe(const char* spec, std::string& where) const;
  bool loaded(const char* modules) const;
  bool builtin(const char* modules) const;
  int installed(const char* modules) const;
  Item& add(uint8_t group, const char* name, bool required, const char* degrades);
  Item* find(std::string_view name);
  void resolve(Item& it, Opt c, int rt, const char* module, const std::string& where);
  void kernel_alone(Item& it, bool in_kernel, bool absent);
  void def(const Def& d);
  const cgroup::Hierarchy* controller_at(const char* v1, const char* v2, bool usable_only) const;
  bool unified_usable() const;
  void controller(const Ctl& c);
  void cgroup_items();
  void security_items();
  void storage_items();
  void network_items();
  void adjust_items();
  int enabled(const char* ctl) const;

  const Sources& src_;
  Report rep_;
  KernelConfig cfg_;
  int kver_ = 0;
  bool proc_ok_ = false, have_fs_ = false, have_dep_ = false, have_layout_ = false, any_usable_ = false;
  std::string fs_, mods_, dep_, layout_err_, cgroups_;
  cgroup::Layout lay_;
  int nft_ = 1, ipt_ = 1;  // 1 all there, 0 one missing, -1 one unknown
};

Item& Checker::add(uint8_t group, const char* name, bool required, const char* degrades) {
  Item it;
  it.group = kGroups[group];
  it.name = name;
  it.required = required;
  it.degrades = degrades;
  rep_.items.push_back(std::move(it));
  return rep_.items.back();
}

Item* Checker::find(std::string_view name) {
  for (auto& it : rep_.items)
    if (name == it.name) return &it;
  return nullptr;
}

std::string Checker::sys_path(const std::string& p) const {
  if (p == "/sys" || starts_with(p, "/sys/")) return src_.sys + p.substr(4);
  return p;
}

Status Checker::load_config() {
  if (!src_.config.empty()) {
    EC_ASSIGN(cfg_, load_kernel_config(src_.config));
    rep_.config_source = src_.config;
    return {};
  }
  std::vector<std::string> paths = {src_.proc + "/config.gz"};
  if (!rep_.kernel.empty()) {
    paths.push_back(src_.boot + "/config-" + rep_.kernel);
    paths.push_back(src_.modules + "/" + rep_.kernel + "/config");
    paths.push_back(src_.modules + "/" + rep_.kernel + "/build/.config");
  }
  for (auto& p : paths) {
    if (!path_exists(p)) continue;
    auto c = load_kernel_config(p);
    if (!c) {
      rep_.notes.push_back(c.error().msg + " (ignored)");
      continue;
    }
    cfg_ = std::move(*c);
    rep_.config_source = p;
    return {};
  }
  rep_.config_source = "none";
  rep_.notes.push_back("no kernel config in " + join(paths, ", ") +
                       ": options the running kernel does not show are unknown (pass --config FILE)");
  return {};
}

void Checker::load_cgroups() {
  auto mi = read_file(src_.proc + "/self/mountinfo");
  if (!mi) {
    rep_.cgroup_layout = "unknown";
    layout_err_ = mi.error().msg;
    return;
  }
  cgroup::DetectInput in;
  in.mountinfo = std::move(*mi);
  if (auto t = read_file(src_.proc + "/self/cgroup")) in.self_cgroup = std::move(*t);
  if (auto t = read_file(src_.proc + "/cgroups")) cgroups_ = in.proc_cgroups = std::move(*t);
  in.ctx = this;
  in.read_file = [](const std::string& p, void* ctx) {
    auto r = read_file(static_cast<Checker*>(ctx)->sys_path(p));
    return r ? std::move(*r) : std::string();
  };
  auto l = cgroup::detect(in);
  if (!l) {
    rep_.cgroup_layout = "none";
    layout_err_ = l.error().msg;
    return;
  }
  lay_ = std::move(*l);
  have_layout_ = true;
  for (auto& h : lay_.hierarchies) any_usable_ = any_usable_ || usable(h);
  rep_.cgroup_layout = lay_.mode == cgroup::Mode::Unified ? "v2" : lay_.mode == cgroup::Mode::Hybrid ? "hybrid" : "v1";
}

// 1: the running kernel has it, 0: it has not, -1: cannot tell.
int Checker::probe(const char* spec, std::string& where) const {
  if (!spec) return -1;
  std::string_view s(spec);
  if (starts_with(s, "ns:")) {
    where = src_.proc + "/self/ns";
    if (!proc_ok_) return -1;
    if (s == "ns:*") {
      for (const char* n : {"uts", "ipc", "pid", "net", "user", "cgroup"})
        if (path_exists(where + "/" + n)) return 1;
    } else if (path_exists(where + "/" + std::string(s.substr(3)))) {
      return 1;
    }
    if (s == "ns:cgroup" && kver_ && kver_ < kv(4, 6)) return 0;
    return kver_ >= kv(3, 8) ? 0 : -1;  // older kernels lack most ns files
  }
  if (starts_with(s, "fs:")) {
    where = src_.proc + "/filesystems";
    if (!have_fs_) return -1;
    return fs_.find("\t" + std::string(s.substr(3)) + "\n") != std::string::npos;
  }
  bool has = starts_with(s, "has:");
  where = src_.proc + "/" + std::string(s.substr(has ? 4 : 5));
  if (!proc_ok_) return -1;
  return path_exists(where) ? 1 : has ? -1 : 0;
}

bool Checker::loaded(const char* modules) const {
  if (!modules) return false;
  for (auto& m : split(modules, ' ', true)) {
    if (mods_.find("\n" + m + " ") != std::string::npos) return true;
    if (path_exists(src_.sys + "/module/" + m + "/initstate")) return true;  // loadable modules only
  }
  return false;
}

// Built-in modules with parameters (or a version) show in /sys/module
// without an initstate; the others leave no trace there.
bool Checker::builtin(const char* modules) const {
  if (!modules) return false;
  for (auto& m : split(modules, ' ', true)) {
    std::string dir = src_.sys + "/module/" + m;
    if (path_exists(dir) && !path_exists(dir + "/initstate")) return true;
  }
  return false;
}

// In modules.dep: 1 yes, 0 no, -1 no modules.dep.
int Checker::installed(const char* modules) const {
  if (!modules || !have_dep_) return -1;
  for (auto& m : split(modules, ' ', true))
    if (dep_.find("/" + m + ".ko") != std::string::npos) return 1;
  return 0;
}

void Checker::resolve(Item& it, Opt c, int rt, const char* module, const std::string& where) {
  if (loaded(module) || (rt == 1 && c == Opt::Module)) {
    it.state = State::Module;
    it.loaded = true;
    it.detail = "loaded";
    return;
  }
  if (rt == 1) {
    it.state = State::Ok;
    if (c == Opt::No) it.detail = "the config says not set, yet the running kernel has it (config of another kernel?)";
    return;
  }
  int inst = installed(module);
  if (c == Opt::Yes) {
    it.state = rt == 0 ? State::Missing : State::Ok;
    if (rt == 0) it.detail = "the config says y, but the running kernel lacks it (" + where + "; config of another kernel?)";
  } else if (c == Opt::Module || (c == Opt::Unknown && inst == 1)) {
    it.state = inst == 0 ? State::Missing : State::Module;
    it.detail = inst == 0   ? "=m, but the module is not installed (not in modules.dep)"
                : inst == 1 ? "not loaded; installed (loaded on first use)"
                            : "not loaded; no modules.dep to tell whether it is installed";
  } else if (c == Opt::No) {
    it.state = State::Missing;
    it.detail = "not set";
  } else if (rt == 0) {
    it.state = State::Missing;
    it.detail = "absent (" + where + ")";
  } else {
    it.state = State::Unknown;
    it.detail = "no kernel config to tell";
  }
}

// No cgroup hierarchy to look at: judge by the kernel alone.
void Checker::kernel_alone(Item& it, bool in_kernel, bool absent) {
  it.state = in_kernel ? State::Ok : absent ? State::Missing : State::Unknown;
  it.detail = in_kernel ? "in the kernel (no usable cgroup hierarchy mounted)" : absent ? "not set" : "no kernel config to tell";
}

void Checker::def(const Def& d) {
  if ((d.flags & kNetF) && !EDGECTL_HAVE_NET) return;  // one "not built" line instead (network_items)
  bool sym = starts_with(d.name, "CONFIG_");
  Item& it = add(d.group, d.name, d.flags & kReq, d.degrades);
  std::string where;
  int rt = probe(d.probe, where);
  if (rt != 1 && builtin(d.module)) rt = 1;
  resolve(it, sym ? cfg_.get(d.name) : Opt::Unknown, rt, d.module, where);
  int ok = it.state == State::Ok || it.state == State::Module ? 1 : it.state == State::Unknown ? -1 : 0;
  if (d.flags & kNft) nft_ = std::min(nft_, ok);
  if (d.flags & kIpt) ipt_ = std::min(ipt_, ok);
}

// /proc/cgroups "enabled" column: 1, 0 (cgroup_disable=), -1 not listed.
int Checker::enabled(const char* ctl) const {
  if (!ctl) return -1;
  for (auto& line : split(cgroups_, '\n', true)) {
    auto f = split(line, '\t', true);
    if (f.size() >= 4 && f[0] == ctl) return f[3] == "0" ? 0 : 1;
  }
  return -1;
}

const cgroup::Hierarchy* Checker::controller_at(const char* v1, const char* v2, bool usable_only) const {
  if (!have_layout_) return nullptr;
  for (auto& h : lay_.hierarchies)
    if ((!usable_only || usable(h)) && has(h.controllers, h.v2 ? v2 : v1)) return &h;
  return nullptr;
}

bool Checker::unified_usable() const { return have_layout_ && lay_.unified >= 0 && EDGECTL_HAVE_CGROUP_V2; }

void Checker::controller(const Ctl& c) {
  Item& it = add(kCg, c.sym, false, c.degrades);
  if (auto* h = controller_at(c.v1, c.v2, true)) {
    it.state = State::Ok;
    it.detail = h->v2 ? "cgroup v2" : "cgroup v1 at " + h->mountpoint;
    return;
  }
  if (auto* h = controller_at(c.v1, c.v2, false)) {
    it.state = State::NotBuilt;
    it.detail = h->v2 ? "only in cgroup v2; built with -Dcgroup_v2=disabled" : "only in cgroup v1; built with -Dcgroup_v1=disabled";
    return;
  }
  int en = std::max(enabled(c.v1), enabled(c.v2));
  Opt o = cfg_.get(c.sym);
  if (en == 0) {
    it.state = State::Missing;
    it.detail = strf("disabled on the kernel command line (cgroup_disable=%s)", c.v1);
  } else if (any_usable_) {
    it.state = State::Missing;
    it.detail = en == 1 || o == Opt::Yes ? "in the kernel, but in no mounted hierarchy"
                : o == Opt::No           ? "not set"
                                         : "not offered by the mounted hierarchies";
  } else {
    kernel_alone(it, en == 1 || o == Opt::Yes, o == Opt::No);
  }
}

// A harmless BPF_PROG_LOAD ("r0 = 1; exit") as a cgroup device program: it
// loads only where the kernel has CONFIG_CGROUP_BPF. 1 / 0 / -1 (no right to try).
int probe_bpf_device(std::string& why) {
  struct bpf_insn prog[2];
  memset(prog, 0, sizeof prog);
  prog[0].code = BPF_ALU64 | BPF_MOV | BPF_K;
  prog[0].imm = 1;
  prog[1].code = BPF_JMP | BPF_EXIT;
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
  a.insns = reinterpret_cast<uintptr_t>(prog);
  a.insn_cnt = 2;
  a.license = reinterpret_cast<uintptr_t>("Apache");
  long fd = ::syscall(SYS_bpf, BPF_PROG_LOAD, &a, sizeof a);
  if (fd >= 0) {
    ::close(static_cast<int>(fd));
    return 1;
  }
  int err = errno;
  why = std::string("BPF_PROG_LOAD: ") + strerror(err);
  return err == ENOSYS || err == EINVAL ? 0 : -1;
}

void Checker::cgroup_items() {
  Item& h = add(kCg, "cgroup hierarchy", true, "no container can start: edgectl puts each in cgroups");
  size_t v1 = 0;
  for (auto& x : lay_.hierarchies)
    if (!x.v2 && usable(x)) v1++;
  if (!have_layout_) {
    h.state = rep_.cgroup_layout == "none" ? State::Missing : State::Unknown;
    h.detail = layout_err_ + (h.state == State::Missing ? "; mount cgroup2 on /sys/fs/cgroup (or the v1 hierarchies)" : "");
  } else if (!any_usable_) {
    h.state = State::NotBuilt;
    h.detail = lay_.unified >= 0 ? "the host has only cgroup v2; built with -Dcgroup_v2=disabled"
                                 : "the host has only cgroup v1; built with -Dcgroup_v1=disabled";
  } else {
    h.state = State::Ok;
    if (v1) h.detail = strf("%zu v1 hierarchies", v1);
    if (unified_usable()) {
      auto& u = lay_.hierarchies[lay_.unified];
      h.detail += (v1 ? "; cgroup2 at " : "cgroup2 at ") + u.mountpoint + " (" + join(u.controllers, " ") + ")";
    }
  }

  for (auto& c : kCtls) controller(c);
  Item& fz = rep_.items.back();  // freezer: v2 has it as cgroup.freeze from 5.2 on
  if (fz.state != State::Ok && unified_usable()) {
    bool ok = kver_ >= kv(5, 2);
    fz.state = ok ? State::Ok : State::Missing;
    fz.detail = ok ? "cgroup v2 (cgroup.freeze)" : "cgroup v2 freezes only from kernel 5.2 on (cgroup.freeze)";
  }

  Item& cfs = add(kCg, "CONFIG_CFS_BANDWIDTH", false, "--cpus unavailable (CPU quota); --cpu-shares works");
  const cgroup::Hierarchy* cpu = controller_at("cpu", "cpu", true);
  int rt = -1;
  std::string where;
  if (cpu && !cpu->v2) {
    where = sys_path(cpu->mountpoint) + "/cpu.cfs_quota_us";
    rt = path_exists(where);
  } else if (cpu && path_exists(sys_path(path_join(cpu->mountpoint, cpu->self_path)) + "/cpu.max")) {
    rt = 1;  // v2: cpu.max only below the root, where the cpu controller is enabled
  }
  resolve(cfs, cfg_.get("CONFIG_CFS_BANDWIDTH"), rt, nullptr, where);

  // Devices: v1 devices lists, else a BPF program on the cgroup2 directory.
  Item& d = add(kCg, "device cgroup", true, "no container can start: edgectl restricts device access through cgroups");
  if (auto* x = controller_at("devices", nullptr, true)) {
    d.state = State::Ok;
    d.detail = "cgroup v1 devices at " + x->mountpoint;
  } else if (unified_usable() || !have_layout_) {
    std::string why;
    int bpf = src_.live ? probe_bpf_device(why) : -1;
    Opt b = cfg_.get("CONFIG_CGROUP_BPF");
    if (!have_layout_ && bpf != 1) {
      Opt v1d = cfg_.get("CONFIG_CGROUP_DEVICE");
      kernel_alone(d, b == Opt::Yes || v1d == Opt::Yes || enabled("devices") == 1, b == Opt::No && v1d == Opt::No);
    } else {
      resolve(d, b, bpf, nullptr, "BPF_PROG_LOAD probe");
      std::string text = "cgroup v2 BPF device filter (CONFIG_CGROUP_BPF)";
      if (!d.detail.empty()) text += ": " + d.detail;
      if (d.state != State::Ok && !why.empty()) text += "; " + why;
      d.detail = std::move(text);
    }
  } else if (controller_at("devices", nullptr, false)) {
    d.state = State::NotBuilt;
    d.detail = "devices is a cgroup v1 controller; built with -Dcgroup_v1=disabled";
  } else {
    d.state = State::Missing;
    d.detail = "no v1 devices controller mounted and no cgroup v2";
  }
}

}  // namespace

int seccomp_filter_probe() {
  if (::prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0 && errno == EINVAL) return 0;  // no CONFIG_SECCOMP
  if (::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0, 0, 0) < 0) return errno == EFAULT ? 1 : errno == EINVAL ? 0 : -1;
  return -1;  // cannot happen: a NULL filter never loads
}

namespace {

void Checker::security_items() {
  Item& sc = add(kSec, "CONFIG_SECCOMP_FILTER", false,
                 "containers run without the default seccomp profile; --security-opt seccomp=PATH fails");
  if (!EDGECTL_HAVE_SECCOMP) {
    sc.state = State::NotBuilt;
    sc.detail = "built with -Dseccomp=disabled";
    sc.degrades = "containers run without seccomp";
  } else {
    int rt = -1;
    std::string where = src_.proc + "/self/status";
    if (auto st = read_file(where)) {
      if (st->find("\nSeccomp:") == std::string::npos) rt = 0;               // no CONFIG_SECCOMP at all
      else if (st->find("\nSeccomp_filters:") != std::string::npos) rt = 1;  // 5.9+, filter mode only
    }
    if (src_.live && rt != 0) {
      if (int probe = seccomp_filter_probe(); probe >= 0) rt = probe;
      where = "prctl(PR_SET_SECCOMP)";
    }
    resolve(sc, cfg_.get("CONFIG_SECCOMP_FILTER"), rt, nullptr, where);
  }

  Item& o2 = add(kSec, "openat2", false, "path resolution uses the O_NOFOLLOW walk fallback");
  if (src_.live) {
    struct {
      uint64_t flags, mode, resolve;
    } how = {O_PATH | O_CLOEXEC, 0, 0};
    long fd = ::syscall(SYS_openat2, AT_FDCWD, "/", &how, sizeof how);
    int err = errno;
    if (fd >= 0) ::close(static_cast<int>(fd));
    // EPERM: a seccomp filter hides it; core/fs.cpp then walks as without it.
    o2.state = fd >= 0 ? State::Ok : err == ENOSYS || err == EPERM ? State::Missing : State::Unknown;
    if (fd < 0) o2.detail = std::string("openat2: ") + strerror(err) + (err == ENOSYS ? " (kernel before 5.6)" : "");
  } else {
    o2.state = kver_ >= kv(5, 6) ? State::Ok : State::Missing;
    o2.detail = kver_ >= kv(5, 6) ? "kernel 5.6+" : "kernel before 5.6";
  }
}

// Items whose judgement depends on others or on the build.
void Checker::adjust_items() {
  if (Item* u = find("CONFIG_USER_NS"); u && u->state == State::Ok) {
    auto max = read_file(src_.proc + "/sys/user/max_user_namespaces");
    auto clone = read_file(src_.proc + "/sys/kernel/unprivileged_userns_clone");
    if (max && trim(*max) == "0") {
      u->state = State::Missing;
      u->detail = "disabled: user.max_user_namespaces is 0";
    } else if (clone && trim(*clone) == "0") {
      u->detail = "only root may create user namespaces (kernel.unprivileged_userns_clone=0)";
    }
  }
  // On pure cgroup v2 the engine gives every container a cgroup namespace.
  if (Item* c = find("cgroup namespace"); c && have_layout_ && lay_.mode == cgroup::Mode::Unified && unified_usable()) {
    c->required = true;
    c->degrades = "no container can start: on pure cgroup v2 each gets a cgroup namespace";
  }
  if (Item* o = find("CONFIG_OVERLAY_FS")) {
    if (!EDGECTL_HAVE_OVERLAY) {
      o->state = State::NotBuilt;
      o->loaded = false;
      o->detail = "built with -Doverlay=disabled";
      o->degrades = "storage uses vfs: a full copy of the image per container";
    } else if (!EDGECTL_HAVE_VFS) {
      o->required = true;
      o->degrades = "no container can start: no overlay, and vfs is not built (-Dvfs=disabled)";
    }
  }
}

void Checker::storage_items() {
  // devpts instances became per-mount in 4.7; before, containers need the option.
  if (kver_ && kver_ < kv(4, 7)) {
    Item& d = add(kSto, "CONFIG_DEVPTS_MULTIPLE_INSTANCES", true, "containers' /dev/pts would be the host's pty instance");
    resolve(d, cfg_.get(d.name), -1, nullptr, "");
  }
}

void Checker::network_items() {
  Item& nat = add(kNet, EDGECTL_HAVE_NET ? "NAT (nftables or iptables)" : "bridges, veths and NAT", false, kNatDeg);
  if (!EDGECTL_HAVE_NET) {
    nat.state = State::NotBuilt;
    nat.detail = "built with -Dnet=disabled: the kernel's network options are not checked";
    nat.degrades = "no bridge networks or published ports; --network none and host work";
  } else {
    nat.state = nft_ == 1 || ipt_ == 1 ? State::Ok : nft_ == -1 || ipt_ == -1 ? State::Unknown : State::Missing;
    nat.detail = nft_ == 1 && ipt_ == 1 ? "nftables and iptables" : nft_ == 1 ? "nftables" : ipt_ == 1 ? "iptables" : "";
    if (nat.state == State::Ok) nat.detail += "; edgectl also needs the nft or iptables tool";
    else nat.detail = nat.state == State::Unknown ? "no kernel config to tell" : "neither the nftables nor the iptables options are all there";
  }
}

Result<Report> Checker::run() {
  struct utsname u;
  memset(&u, 0, sizeof u);
  if (::uname(&u) == 0) rep_.arch = u.machine;
  rep_.kernel = src_.release.empty() ? std::string(u.release) : src_.release;
  // "6.1.0-56-arm64": major.minor.
  const char* p = rep_.kernel.c_str();
  char* end = nullptr;
  unsigned long major = strtoul(p, &end, 10);
  if (end != p && *end == '.') {
    const char* q = end + 1;
    unsigned long minor = strtoul(q, &end, 10);
    if (end != q) kver_ = kv(int(major), int(minor));
  }
  for (auto& f : build_features())
    if (!f.built) rep_.built_without.push_back(f.name);

  EC_TRY(load_config());
  proc_ok_ = path_exists(src_.proc + "/self");
  if (auto t = read_file(src_.proc + "/filesystems")) fs_ = std::move(*t), have_fs_ = true;
  if (auto t = read_file(src_.proc + "/modules")) mods_ = "\n" + *t;
  else if (proc_ok_ && cfg_.get("CONFIG_MODULES") == Opt::Yes)
    rep_.notes.push_back("the running kernel has no module support (no " + src_.proc +
                         "/modules) but the config has: is it the config of another kernel?");
  if (auto t = read_file(src_.modules + "/" + rep_.kernel + "/modules.dep")) dep_ = std::move(*t), have_dep_ = true;
  load_cgroups();

  // Items in group order: the table's, then each group's own.
  auto defs = [this](uint8_t group) {
    for (auto& d : kDefs)
      if (d.group == group) def(d);
  };
  defs(kNs);
  defs(kCg);
  cgroup_items();
  defs(kSec);
  security_items();
  defs(kSto);
  storage_items();
  defs(kNet);
  network_items();
  adjust_items();

  for (auto& it : rep_.items)
    if (it.required && (it.state == State::Missing || it.state == State::NotBuilt))
      rep_.blockers.push_back(std::string(it.name) + ": " + state_name(it.state) + (it.detail.empty() ? "" : " - " + it.detail));
  rep_.can_run = rep_.blockers.empty();
  return std::move(rep_);
}

}  // namespace

const char* state_name(State s) {
  switch (s) {
    case State::Ok: return "ok";
    case State::Missing: return "missing";
    case State::Module: return "module";
    case State::NotBuilt: return "not built";
    default: return "unknown";
  }
}

Result<Report> check(const Sources& src) { return Checker(src).run(); }

}  // namespace ec::rt::kcheck
