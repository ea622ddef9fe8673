#include "rt/engine/spec_build.h"

#include <cjson/cJSON.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <map>

#include "core/config.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "rt/caps.h"
#include "rt/cgroup.h"
#include "rt/default_profile.h"
#include "rt/engine/seccomp_json.h"
#include "core/build_features.h"
#include "edgectl_config.h"
#include "rt/signals.h"

namespace ec::engine {

namespace {

const char* const kDefaultPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

cJSON* str_array(const std::vector<std::string>& v) {
  cJSON* a = cJSON_CreateArray();
  for (auto& s : v) cJSON_AddItemToArray(a, cJSON_CreateString(s.c_str()));
  return a;
}

void add_num(cJSON* o, const char* k, double v) { cJSON_AddItemToObject(o, k, cJSON_CreateNumber(v)); }

void add_mount(cJSON* arr, const std::string& dst, const std::string& type, const std::string& src,
               const std::vector<std::string>& opts) {
  cJSON* m = cJSON_CreateObject();
  cJSON_AddStringToObject(m, "destination", dst.c_str());
  cJSON_AddStringToObject(m, "type", type.c_str());
  cJSON_AddStringToObject(m, "source", src.c_str());
  cJSON_AddItemToObject(m, "options", str_array(opts));
  cJSON_AddItemToArray(arr, m);
}

void add_dev_rule(cJSON* arr, bool allow, const char* type, int64_t major, int64_t minor, const char* access) {
  cJSON* r = cJSON_CreateObject();
  cJSON_AddBoolToObject(r, "allow", allow);
  cJSON_AddStringToObject(r, "type", type);
  if (major >= 0) add_num(r, "major", static_cast<double>(major));
  if (minor >= 0) add_num(r, "minor", static_cast<double>(minor));
  cJSON_AddStringToObject(r, "access", access);
  cJSON_AddItemToArray(arr, r);
}

cJSON* caps_array(uint64_t mask) {
  cJSON* a = cJSON_CreateArray();
  for (int c = 0; c < 64; c++)
    if (mask & (uint64_t{1} << c))
      if (const char* n = rt::cap_name(c)) cJSON_AddItemToArray(a, cJSON_CreateString(n));
  return a;
}

std::string env_key(const std::string& kv) { return kv.substr(0, kv.find('=')); }

// Host devices for --privileged (docker adds every device node of /dev).
void host_devices(const std::string& dir, std::vector<DeviceMapping>& out, int depth) {
  auto names = list_dir(dir);
  if (!names || depth > 3) return;
  for (auto& n : *names) {
    std::string p = dir + "/" + n;
    if (dir == "/dev" && (n == "pts" || n == "shm" || n == "mqueue" || n == "fd" || n == "console")) continue;
    struct stat st;
    if (::lstat(p.c_str(), &st) < 0) continue;
    if (S_ISDIR(st.st_mode)) host_devices(p, out, depth + 1);
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) out.push_back({p, p, "rwm"});
  }
}

Status add_device(cJSON* devs, cJSON* rules, const DeviceMapping& d, bool quiet) {
  struct stat st;
  if (::stat(d.host.c_str(), &st) < 0) {
    if (quiet) return {};
    return sys_error("--device " + d.host);
  }
  if (!S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode)) {
    if (quiet) return {};
    return make_error("--device " + d.host + ": not a device node", ENODEV);
  }
  const char* type = S_ISCHR(st.st_mode) ? "c" : "b";
  cJSON* e = cJSON_CreateObject();
  cJSON_AddStringToObject(e, "path", d.container.c_str());
  cJSON_AddStringToObject(e, "type", type);
  add_num(e, "major", major(st.st_rdev));
  add_num(e, "minor", minor(st.st_rdev));
  add_num(e, "fileMode", st.st_mode & 0777);
  add_num(e, "uid", st.st_uid);
  add_num(e, "gid", st.st_gid);
  cJSON_AddItemToArray(devs, e);
  add_dev_rule(rules, true, type, major(st.st_rdev), minor(st.st_rdev), d.perms.c_str());
  return {};
}

bool covered(const std::vector<MountSpec>& user, const std::string& dst) {
  for (auto& m : user)
    if (path_clean(m.target) == dst) return true;
  return false;
}

// docker's rule: only namespaced sysctls, and net.* only with a private netns.
Status check_sysctl(const std::string& key, bool host_net) {
  bool ok = starts_with(key, "kernel.msg") || starts_with(key, "kernel.shm") || key == "kernel.sem" ||
            starts_with(key, "fs.mqueue.") || starts_with(key, "net.");
  if (!ok) return make_error("--sysctl " + key + ": not a namespaced sysctl (allowed: kernel.msg*, kernel.shm*, kernel.sem, fs.mqueue.*, net.*)");
  if (host_net && starts_with(key, "net.")) return make_error("--sysctl " + key + ": net.* sysctls are not allowed with the host network");
  return {};
}

}  // namespace

Result<std::vector<std::string>> merge_env(const RunOptions& o, const img::ImageConfig& image, const std::string& hostname) {
  std::vector<std::string> env;
  std::map<std::string, size_t> at;
  auto put = [&](const std::string& kv) {
    std::string k = env_key(kv);
    auto it = at.find(k);
    if (it != at.end()) env[it->second] = kv;
    else {
      at[k] = env.size();
      env.push_back(kv);
    }
  };
  put(kDefaultPath);
  put("HOSTNAME=" + hostname);
  if (o.tty) put("TERM=xterm");
  for (auto& e : image.config.env) put(e);
  for (auto& f : o.env_files) {
    EC_ASSIGN(auto lines, read_env_file(f));
    for (auto& e : lines) put(e);
  }
  for (auto& e : o.env) {
    if (e.empty() || e[0] == '=') return make_error("-e " + e + ": bad variable");
    if (e.find('=') == std::string::npos) {
      const char* v = getenv(e.c_str());
      if (v) put(e + "=" + v);
      continue;
    }
    put(e);
  }
  return env;
}

Result<std::vector<std::string>> container_args(const RunOptions& o, const img::ImageConfig& image) {
  std::vector<std::string> args;
  if (o.entrypoint) {
    if (!o.entrypoint->empty()) args.push_back(*o.entrypoint);
  } else {
    args = image.config.entrypoint;
  }
  if (!o.cmd.empty()) args.insert(args.end(), o.cmd.begin(), o.cmd.end());
  else if (!o.entrypoint) args.insert(args.end(), image.config.cmd.begin(), image.config.cmd.end());
  if (args.empty()) return make_error("no command specified: the image has no Entrypoint or Cmd and none was given");
  return args;
}

Result<uint64_t> capability_mask(const RunOptions& o) {
  uint64_t all = 0;
  for (int c = 0; c <= rt::cap_last_cap(); c++) all |= uint64_t{1} << c;
  if (o.privileged) return all;
  uint64_t mask = rt::default_capability_mask();
  auto one = [](const std::string& name, const char* flag) -> Result<uint64_t> {
    int c = rt::cap_from_name(name);
    if (c < 0) return make_error(std::string(flag) + " " + name + ": unknown capability");
    return uint64_t{1} << c;
  };
  for (auto& c : o.cap_drop) {
    if (c == "ALL" || c == "all") mask = 0;
    else {
      EC_ASSIGN(uint64_t b, one(c, "--cap-drop"));
      mask &= ~b;
    }
  }
  for (auto& c : o.cap_add) {
    if (c == "ALL" || c == "all") mask = all;
    else {
      EC_ASSIGN(uint64_t b, one(c, "--cap-add"));
      mask |= b;
    }
  }
  return mask;
}

Result<std::string> build_oci_config(const SpecInput& in) {
  const RunOptions& o = *in.opts;
  const ContainerRecord& rec = *in.rec;
  bool host_net = rec.network == "host";
  JsonPtr doc(cJSON_CreateObject());
  cJSON* root = doc.get();
  cJSON_AddStringToObject(root, "ociVersion", "1.0.2-dev");

  // --- process ---
  cJSON* proc = cJSON_AddObjectToObject(root, "process");
  cJSON_AddBoolToObject(proc, "terminal", rec.tty);
  cJSON* user = cJSON_AddObjectToObject(proc, "user");
  add_num(user, "uid", in.user.uid);
  add_num(user, "gid", in.user.gid);
  if (!in.user.additional_gids.empty()) {
    cJSON* g = cJSON_AddArrayToObject(user, "additionalGids");
    for (auto gid : in.user.additional_gids) cJSON_AddItemToArray(g, cJSON_CreateNumber(gid));
  }
  std::vector<std::string> args = rec.args;
  if (rec.init) args.insert(args.begin(), {"/sbin/edgectl-init", "--"});
  cJSON_AddItemToObject(proc, "args", str_array(args));
  EC_ASSIGN(auto env, merge_env(o, *in.image, rec.hostname));
  bool have_home = false;
  for (auto& e : env) have_home = have_home || starts_with(e, "HOME=");
  if (!have_home) env.push_back("HOME=" + in.user.home);
  cJSON_AddItemToObject(proc, "env", str_array(env));
  std::string cwd = !o.workdir.empty() ? o.workdir : in.image->config.working_dir;
  if (cwd.empty()) cwd = "/";
  if (cwd[0] != '/') return make_error("-w " + cwd + ": the working directory must be absolute");
  cJSON_AddStringToObject(proc, "cwd", cwd.c_str());
  EC_ASSIGN(uint64_t caps, capability_mask(o));
  cJSON* c = cJSON_AddObjectToObject(proc, "capabilities");
  cJSON_AddItemToObject(c, "bounding", caps_array(caps));
  // Like docker: a non-root user starts without effective/permitted caps
  // (setuid binaries can still gain them within the bounding set).
  uint64_t eff = in.user.uid == 0 ? caps : 0;
  cJSON_AddItemToObject(c, "effective", caps_array(eff));
  cJSON_AddItemToObject(c, "permitted", caps_array(eff));
  bool nnp = false;
  std::string seccomp_opt;
  for (auto& so : o.security_opt) {
    if (so == "no-new-privileges" || so == "no-new-privileges:true" || so == "no-new-privileges=true") nnp = true;
    else if (so == "no-new-privileges:false" || so == "no-new-privileges=false") nnp = false;
    else if (starts_with(so, "seccomp=") || starts_with(so, "seccomp:")) seccomp_opt = so.substr(8);
    else if (starts_with(so, "label") || starts_with(so, "apparmor")) continue;  // no LSM support: ignored like docker without one
    else return make_error("--security-opt " + so + ": unknown option (want no-new-privileges or seccomp=PATH|unconfined)");
  }
  cJSON_AddBoolToObject(proc, "noNewPrivileges", nnp);
  if (!o.ulimits.empty()) {
    cJSON* rl = cJSON_AddArrayToObject(proc, "rlimits");
    for (auto& u : o.ulimits) {
      EC_ASSIGN(Ulimit ul, parse_ulimit_flag(u));
      std::string up = "RLIMIT_";
      for (char ch : ul.name) up += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
      cJSON* e = cJSON_CreateObject();
      cJSON_AddStringToObject(e, "type", up.c_str());
      add_num(e, "soft", static_cast<double>(ul.soft));
      add_num(e, "hard", static_cast<double>(ul.hard));
      cJSON_AddItemToArray(rl, e);
    }
  }

  // --- root, hostname ---
  cJSON* r = cJSON_AddObjectToObject(root, "root");
  cJSON_AddStringToObject(r, "path", "rootfs");
  cJSON_AddBoolToObject(r, "readonly", rec.read_only);
  cJSON_AddStringToObject(root, "hostname", rec.hostname.c_str());

  // --- mounts ---
  cJSON* mounts = cJSON_AddArrayToObject(root, "mounts");
  const auto& um = rec.mounts;
  add_mount(mounts, "/proc", "proc", "proc", {"nosuid", "noexec", "nodev"});
  if (!covered(um, "/dev")) add_mount(mounts, "/dev", "tmpfs", "tmpfs", {"nosuid", "strictatime", "mode=755", "size=65536k"});
  add_mount(mounts, "/dev/pts", "devpts", "devpts", {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"});
  const char* sys_ro = o.privileged ? "rw" : "ro";
  add_mount(mounts, "/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", sys_ro});
  add_mount(mounts, "/sys/fs/cgroup", "cgroup", "cgroup", {"nosuid", "noexec", "nodev", "relatime", sys_ro});
  add_mount(mounts, "/dev/mqueue", "mqueue", "mqueue", {"nosuid", "noexec", "nodev"});
  if (!covered(um, "/dev/shm")) add_mount(mounts, "/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777", "size=67108864"});
  for (const char* f : {"hostname", "hosts", "resolv.conf"}) {
    std::string dst = std::string("/etc/") + f;
    if (!covered(um, dst)) add_mount(mounts, dst, "bind", in.dir + "/" + f, {"rbind", "rprivate"});
  }
  if (rec.init) add_mount(mounts, "/sbin/edgectl-init", "bind", in.init_binary, {"bind", "ro", "nosuid", "nodev"});
  for (size_t i = 0; i < um.size(); i++) {
    const MountSpec& m = um[i];
    std::vector<std::string> opts;
    if (m.type == "tmpfs") {
      opts = {"nosuid", "nodev", "noexec"};
      bool has_mode = false;
      for (auto& x : m.options) {
        has_mode = has_mode || starts_with(x, "mode=");
        opts.push_back(x);
      }
      if (!has_mode) opts.push_back("mode=1777");
      if (m.readonly) opts.push_back("ro");
      add_mount(mounts, m.target, "tmpfs", "tmpfs", opts);
      continue;
    }
    opts = {"rbind"};
    std::string prop = "rprivate";
    for (auto& x : m.options)
      if (x != "nocopy") prop = x;
    opts.push_back(prop);
    opts.push_back(m.readonly ? "ro" : "rw");
    std::string src = m.type == "volume" ? in.volume_paths.at(i) : m.source;
    add_mount(mounts, m.target, "bind", src, opts);
  }

  // --- linux ---
  cJSON* lx = cJSON_AddObjectToObject(root, "linux");
  cJSON* ns = cJSON_AddArrayToObject(lx, "namespaces");
  std::vector<const char*> nss = {"pid", "ipc", "uts", "mount"};
  if (!host_net) nss.push_back("network");
  auto layout = rt::cgroup::detect_system();
  if (layout && layout->mode == rt::cgroup::Mode::Unified) nss.push_back("cgroup");
  for (const char* n : nss) {
    cJSON* e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "type", n);
    if (std::string_view(n) == "network" && !in.netns_path.empty()) cJSON_AddStringToObject(e, "path", in.netns_path.c_str());
    cJSON_AddItemToArray(ns, e);
  }
  cJSON_AddStringToObject(lx, "cgroupsPath", ("/edgectl/" + rec.id).c_str());
  cJSON* res = cJSON_AddObjectToObject(lx, "resources");
  cJSON* rules = cJSON_AddArrayToObject(res, "devices");
  cJSON* devs = cJSON_AddArrayToObject(lx, "devices");
  if (o.privileged) {
    add_dev_rule(rules, true, "a", -1, -1, "rwm");
    std::vector<DeviceMapping> host;
    host_devices("/dev", host, 0);
    for (auto& d : host) EC_TRY(add_device(devs, rules, d, true));
  } else {
    add_dev_rule(rules, false, "a", -1, -1, "rwm");
    add_dev_rule(rules, true, "c", -1, -1, "m");
    add_dev_rule(rules, true, "b", -1, -1, "m");
    const int64_t allowed[][2] = {{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}, {5, 1}, {5, 2}, {10, 200}};
    for (auto& a : allowed) add_dev_rule(rules, true, "c", a[0], a[1], "rwm");
    add_dev_rule(rules, true, "c", 136, -1, "rwm");
  }
  for (auto& d : o.devices) {
    EC_ASSIGN(DeviceMapping dm, parse_device_flag(d));
    EC_TRY(add_device(devs, rules, dm, false));
  }
  if (!o.memory.empty() || !o.memory_swap.empty()) {
    cJSON* mem = cJSON_AddObjectToObject(res, "memory");
    int64_t limit = 0;
    if (!o.memory.empty()) {
      EC_ASSIGN(uint64_t m, parse_byte_size(o.memory));
      if (m < 6 * 1024 * 1024) return make_error("--memory " + o.memory + ": the minimum is 6m");
      limit = static_cast<int64_t>(m);
      add_num(mem, "limit", static_cast<double>(limit));
    }
    if (!o.memory_swap.empty()) {
      if (!limit) return make_error("--memory-swap needs --memory");
      int64_t swap = -1;
      if (o.memory_swap != "-1") {
        EC_ASSIGN(uint64_t s, parse_byte_size(o.memory_swap));
        swap = static_cast<int64_t>(s);
        if (swap < limit) return make_error("--memory-swap must be at least --memory (it counts memory plus swap)");
      }
      add_num(mem, "swap", static_cast<double>(swap));
    }
  }
  if (!o.cpus.empty() || !o.cpu_shares.empty() || !o.cpuset_cpus.empty()) {
    cJSON* cpu = cJSON_AddObjectToObject(res, "cpu");
    if (!o.cpus.empty()) {
      EC_ASSIGN(auto qp, parse_cpus(o.cpus));
      add_num(cpu, "quota", static_cast<double>(qp.first));
      add_num(cpu, "period", static_cast<double>(qp.second));
    }
    if (!o.cpu_shares.empty()) {
      auto n = parse_u64(o.cpu_shares);
      if (!n || *n < 2 || *n > 262144) return make_error("--cpu-shares " + o.cpu_shares + ": want 2..262144");
      add_num(cpu, "shares", static_cast<double>(*n));
    }
    if (!o.cpuset_cpus.empty()) cJSON_AddStringToObject(cpu, "cpus", o.cpuset_cpus.c_str());
  }
  if (!o.pids_limit.empty()) {
    auto n = parse_i64(o.pids_limit);
    if (!n || *n == 0 || *n < -1) return make_error("--pids-limit " + o.pids_limit + ": want a positive number or -1");
    cJSON* p = cJSON_AddObjectToObject(res, "pids");
    add_num(p, "limit", static_cast<double>(*n));
  }
  if (!o.sysctls.empty()) {
    cJSON* sc = cJSON_AddObjectToObject(lx, "sysctl");
    for (auto& kv : o.sysctls) {
      auto eq = kv.find('=');
      if (eq == std::string::npos || eq == 0) return make_error("--sysctl " + kv + ": want KEY=VALUE");
      std::string k = kv.substr(0, eq);
      EC_TRY(check_sysctl(k, host_net));
      cJSON_AddStringToObject(sc, k.c_str(), kv.substr(eq + 1).c_str());
    }
  }
  if (!o.privileged) {
    cJSON_AddItemToObject(lx, "maskedPaths",
                          str_array({"/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
                                     "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
                                     "/sys/firmware", "/sys/devices/virtual/powercap"}));
    cJSON_AddItemToObject(lx, "readonlyPaths",
                          str_array({"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"}));
  }
  // A build or a kernel without seccomp runs without the default profile (as
  // docker does on a kernel without seccomp); an explicit profile is an error.
  if ((!EDGECTL_HAVE_SECCOMP || !in.kernel_seccomp) && seccomp_opt.empty()) seccomp_opt = "unconfined";
  if (!EDGECTL_HAVE_SECCOMP && seccomp_opt != "unconfined")
    return built_without("seccomp", "seccomp").context("--security-opt seccomp=" + seccomp_opt);
  if (!in.kernel_seccomp && seccomp_opt != "unconfined" && !o.privileged)
    return make_error("--security-opt seccomp=" + seccomp_opt +
                          ": the kernel has no seccomp filter support (CONFIG_SECCOMP_FILTER; see edgectl check)",
                      ENOSYS);
  // EDGECTL_HAVE_SECCOMP first: a build without it leaves the profiles out.
  if (EDGECTL_HAVE_SECCOMP && !o.privileged && seccomp_opt != "unconfined") {
    cJSON* sc = nullptr;
    if (seccomp_opt.empty()) {
      sc = seccomp_to_json(rt::default_seccomp_profile(caps));
    } else {
      EC_ASSIGN(std::string text, read_file(seccomp_opt));
      EC_ASSIGN(sc, seccomp_profile_from_file(text, seccomp_opt, caps));
    }
    cJSON_AddItemToObject(lx, "seccomp", sc);
  }
  return json_print(root, false);
}

}  // namespace ec::engine
