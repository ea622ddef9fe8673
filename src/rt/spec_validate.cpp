// Semantic checks of a parsed spec, before anything touches the system.
// Every message names the field it is about.
#include <sched.h>
#include <sys/stat.h>

#include <cstring>

#include "core/strutil.h"
#include "rt/spec.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x80
#endif

namespace ec::rt {
namespace {

Error field_error(const std::string& field, const std::string& what) { return make_error(field + ": " + what); }

std::string idx(const char* list, size_t i) { return strf("%s[%zu]", list, i); }

bool absolute(const std::string& p) { return !p.empty() && p[0] == '/'; }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "1.<minor>[.<patch>][-pre][+build]": any 1.x release (1.0.0 ... 1.3.0 and later minors).
Status check_version(const std::string& v) {
  if (v.empty()) return field_error("ociVersion", "required");
  std::string_view core = v;
  core = core.substr(0, core.find_first_of("-+"));
  auto parts = split(core, '.');
  bool ok = parts.size() >= 2 && parts.size() <= 3 && parts[0] == "1";
  for (auto& p : parts) ok = ok && all_digits(p);
  if (!ok) return field_error("ociVersion", "unsupported version \"" + v + "\" (edgectl supports runtime-spec 1.x)");
  return {};
}

Status check_hooks(const char* name, const std::vector<Hook>& hooks) {
  for (size_t i = 0; i < hooks.size(); i++) {
    std::string f = std::string("hooks.") + idx(name, i);
    if (hooks[i].path.empty()) return field_error(f + ".path", "required");
    if (!absolute(hooks[i].path)) return field_error(f + ".path", "must be an absolute path, got \"" + hooks[i].path + "\"");
    if (hooks[i].timeout && *hooks[i].timeout <= 0)
      return field_error(f + ".timeout", strf("must be greater than zero, got %d", *hooks[i].timeout));
  }
  return {};
}

// The namespace a sysctl belongs to, 0 when it is not namespaced.
int sysctl_namespace(const std::string& key) {
  static const char* const ipc[] = {"kernel.msgmax", "kernel.msgmnb", "kernel.msgmni",  "kernel.sem",
                                    "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced"};
  if (starts_with(key, "net.")) return CLONE_NEWNET;
  if (starts_with(key, "fs.mqueue.")) return CLONE_NEWIPC;
  for (auto* k : ipc)
    if (key == k) return CLONE_NEWIPC;
  if (key == "kernel.hostname" || key == "kernel.domainname") return CLONE_NEWUTS;
  return 0;
}

// Joining our own namespace by path is no isolation at all.
bool is_host_namespace(const Namespace& ns) {
  struct stat a, b;
  std::string self = std::string("/proc/self/ns/") + namespace_proc_name(ns.type);
  return ::stat(ns.path.c_str(), &a) == 0 && ::stat(self.c_str(), &b) == 0 && a.st_dev == b.st_dev &&
         a.st_ino == b.st_ino;
}

Status check_sysctls(const Spec& s) {
  for (auto& [raw, value] : s.linux->sysctl) {
    std::string key = raw;
    for (auto& c : key)
      if (c == '/') c = '.';  // "net/ipv4/ip_forward" is the same knob
    std::string f = "linux.sysctl." + raw;
    int type = sysctl_namespace(key);
    if (!type) return field_error(f, "sysctl " + raw + " is not namespaced");
    const Namespace* ns = s.find_namespace(type);
    const char* what = type == CLONE_NEWNET ? "network" : type == CLONE_NEWIPC ? "ipc" : "uts";
    if (!ns) return field_error(f, strf("sysctl %s needs a private %s namespace", raw.c_str(), what));
    if (!ns->path.empty() && is_host_namespace(*ns))
      return field_error(f, strf("sysctl %s is not allowed in the host %s namespace", raw.c_str(), what));
    if (type == CLONE_NEWUTS && ((key == "kernel.hostname" && !s.hostname.empty()) ||
                                 (key == "kernel.domainname" && !s.domainname.empty())))
      return field_error(f, "conflicts with the " + std::string(key == "kernel.hostname" ? "hostname" : "domainname") +
                                " field");
  }
  return {};
}

Status check_namespaces(const Spec& s) {
  const Linux& lx = *s.linux;
  int seen = 0;
  for (size_t i = 0; i < lx.namespaces.size(); i++) {
    const Namespace& ns = lx.namespaces[i];
    std::string f = idx("linux.namespaces", i);
    if (!ns.type) return field_error(f + ".type", "unknown namespace type \"" + ns.name + "\"");
    if (seen & ns.type) return field_error(f + ".type", "duplicate namespace \"" + ns.name + "\"");
    seen |= ns.type;
    if (!ns.path.empty() && !absolute(ns.path))
      return field_error(f + ".path", "must be an absolute path, got \"" + ns.path + "\"");
  }
  const Namespace* user = s.find_namespace(CLONE_NEWUSER);
  bool maps = !lx.uid_mappings.empty() || !lx.gid_mappings.empty();
  if (!user && maps)
    return field_error(lx.uid_mappings.empty() ? "linux.gidMappings" : "linux.uidMappings",
                       "uid/gid mappings need a user namespace in linux.namespaces");
  if (user && user->path.empty() && (lx.uid_mappings.empty() || lx.gid_mappings.empty()))
    return field_error(lx.uid_mappings.empty() ? "linux.uidMappings" : "linux.gidMappings",
                       "a new user namespace needs both uidMappings and gidMappings");
  for (auto* list : {&lx.uid_mappings, &lx.gid_mappings})
    for (size_t i = 0; i < list->size(); i++)
      if ((*list)[i].size == 0)
        return field_error(idx(list == &lx.uid_mappings ? "linux.uidMappings" : "linux.gidMappings", i) + ".size",
                           "must be greater than zero");
  return {};
}

Status check_devices(const Linux& lx) {
  for (size_t i = 0; i < lx.devices.size(); i++) {
    const Device& d = lx.devices[i];
    std::string f = idx("linux.devices", i);
    if (!d.type || !strchr("cbup", d.type))
      return field_error(f + ".type", "invalid device type (want \"c\", \"b\", \"u\" or \"p\")");
    if (!absolute(d.path)) return field_error(f + ".path", "must be an absolute path, got \"" + d.path + "\"");
  }
  if (!lx.resources) return {};
  const auto& rules = lx.resources->devices;
  for (size_t i = 0; i < rules.size(); i++) {
    std::string f = idx("linux.resources.devices", i);
    if (!rules[i].type || !strchr("acb", rules[i].type))
      return field_error(f + ".type", "invalid device rule type (want \"a\", \"c\" or \"b\")");
    for (char c : rules[i].access)
      if (!strchr("rwm", c)) return field_error(f + ".access", "invalid access \"" + rules[i].access + "\" (want r, w, m)");
  }
  return {};
}

Status check_linux_misc(const Linux& lx) {
  static const char* const props[] = {"shared",  "slave",  "private",  "unbindable",
                                      "rshared", "rslave", "rprivate", "runbindable"};
  if (!lx.rootfs_propagation.empty()) {
    bool ok = false;
    for (auto* p : props) ok = ok || lx.rootfs_propagation == p;
    if (!ok) return field_error("linux.rootfsPropagation", "invalid propagation \"" + lx.rootfs_propagation + "\"");
  }
  if (lx.personality_domain && *lx.personality_domain != "LINUX" && *lx.personality_domain != "LINUX32")
    return field_error("linux.personality.domain",
                       "unsupported domain \"" + *lx.personality_domain + "\" (want LINUX or LINUX32)");
  return {};
}

}  // namespace

Status validate_process(const Process& p) {
  if (!p.command_line.empty()) return field_error("process.commandLine", "not supported on Linux (Windows only)");
  if (p.args.empty()) return field_error("process.args", "must not be empty");
  if (p.cwd.empty()) return field_error("process.cwd", "required");
  if (!absolute(p.cwd)) return field_error("process.cwd", "must be an absolute path, got \"" + p.cwd + "\"");
  for (size_t i = 0; i < p.rlimits.size(); i++) {
    const Rlimit& r = p.rlimits[i];
    std::string f = idx("process.rlimits", i);
    if (r.resource < 0) return field_error(f + ".type", "unknown rlimit \"" + r.name + "\"");
    for (size_t j = 0; j < i; j++)
      if (p.rlimits[j].resource == r.resource) return field_error(f + ".type", "duplicate rlimit " + r.name);
    if (r.soft > r.hard)
      return field_error(f, strf("soft limit %llu is above the hard limit %llu", static_cast<unsigned long long>(r.soft),
                                 static_cast<unsigned long long>(r.hard)));
  }
  if (p.oom_score_adj && (*p.oom_score_adj < -1000 || *p.oom_score_adj > 1000))
    return field_error("process.oomScoreAdj", strf("%d is out of range (-1000..1000)", *p.oom_score_adj));
  return {};
}

Status validate_spec(const Spec& s) {
  EC_TRY(check_version(s.oci_version));
  if (s.root_path.empty()) return field_error("root.path", "required");
  if (!s.process) return field_error("process", "required");
  EC_TRY(validate_process(*s.process));
  for (size_t i = 0; i < s.mounts.size(); i++) {
    const Mount& m = s.mounts[i];
    std::string f = idx("mounts", i);
    if (m.destination.empty()) return field_error(f + ".destination", "required");
    if (!m.uid_mappings.empty() || !m.gid_mappings.empty())
      return field_error(f, "idmapped mounts are not supported (uidMappings/gidMappings on " + m.destination + ")");
  }
  EC_TRY(check_hooks("prestart", s.hooks.prestart));
  EC_TRY(check_hooks("createRuntime", s.hooks.create_runtime));
  EC_TRY(check_hooks("createContainer", s.hooks.create_container));
  EC_TRY(check_hooks("startContainer", s.hooks.start_container));
  EC_TRY(check_hooks("poststart", s.hooks.poststart));
  EC_TRY(check_hooks("poststop", s.hooks.poststop));

  if (s.linux) EC_TRY(check_namespaces(s));
  if (!s.hostname.empty() && !s.has_namespace(CLONE_NEWUTS))
    return field_error("hostname", "setting the hostname needs a private uts namespace");
  if (!s.domainname.empty() && !s.has_namespace(CLONE_NEWUTS))
    return field_error("domainname", "setting the domainname needs a private uts namespace");
  if (!s.linux) return {};
  EC_TRY(check_sysctls(s));
  EC_TRY(check_devices(*s.linux));
  EC_TRY(check_linux_misc(*s.linux));
  return {};
}

}  // namespace ec::rt
