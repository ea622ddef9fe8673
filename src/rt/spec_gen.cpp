// `spec`: the starter config.json that `runc spec [--rootless]` writes
// (hostname "edgectl" instead of "runc"). features_json() is in features.cpp.
#include "rt/spec_gen.h"

#include <cjson/cJSON.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <initializer_list>

#include "core/json.h"

namespace ec::rt {
namespace {

constexpr long kCgroup2Magic = 0x63677270;

cJSON* strings(std::initializer_list<const char*> v) {
  cJSON* a = cJSON_CreateArray();
  for (auto* s : v) cJSON_AddItemToArray(a, cJSON_CreateString(s));
  return a;
}

void add_mount(cJSON* mounts, const char* dest, const char* type, const char* src,
               std::initializer_list<const char*> opts, bool with_options = true) {
  cJSON* m = cJSON_CreateObject();
  cJSON_AddStringToObject(m, "destination", dest);
  cJSON_AddStringToObject(m, "type", type);
  cJSON_AddStringToObject(m, "source", src);
  if (with_options) cJSON_AddItemToObject(m, "options", strings(opts));
  cJSON_AddItemToArray(mounts, m);
}

void add_namespace(cJSON* list, const char* type) {
  cJSON* n = cJSON_CreateObject();
  cJSON_AddStringToObject(n, "type", type);
  cJSON_AddItemToArray(list, n);
}

cJSON* id_mapping(unsigned host_id) {
  cJSON* a = cJSON_CreateArray();
  cJSON* m = cJSON_CreateObject();
  cJSON_AddNumberToObject(m, "containerID", 0);
  cJSON_AddNumberToObject(m, "hostID", host_id);
  cJSON_AddNumberToObject(m, "size", 1);
  cJSON_AddItemToArray(a, m);
  return a;
}

// runc adds a cgroup namespace only on a pure cgroup v2 host.
bool cgroup2_unified() {
  struct statfs st;
  return ::statfs("/sys/fs/cgroup", &st) == 0 && static_cast<long>(st.f_type) == kCgroup2Magic;
}

}  // namespace

std::string default_spec_json(bool rootless) {
  JsonPtr doc(cJSON_CreateObject());
  cJSON* r = doc.get();
  cJSON_AddStringToObject(r, "ociVersion", "1.2.0");

  cJSON* p = cJSON_AddObjectToObject(r, "process");
  cJSON_AddBoolToObject(p, "terminal", true);
  cJSON* user = cJSON_AddObjectToObject(p, "user");
  cJSON_AddNumberToObject(user, "uid", 0);
  cJSON_AddNumberToObject(user, "gid", 0);
  cJSON_AddItemToObject(p, "args", strings({"sh"}));
  cJSON_AddItemToObject(p, "env", strings({"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                                           "TERM=xterm"}));
  cJSON_AddStringToObject(p, "cwd", "/");
  cJSON* caps = cJSON_AddObjectToObject(p, "capabilities");
  for (const char* set : {"bounding", "effective", "permitted"})
    cJSON_AddItemToObject(caps, set, strings({"CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"}));
  cJSON* rlimits = cJSON_AddArrayToObject(p, "rlimits");
  cJSON* nofile = cJSON_CreateObject();
  cJSON_AddStringToObject(nofile, "type", "RLIMIT_NOFILE");
  cJSON_AddNumberToObject(nofile, "hard", 1024);
  cJSON_AddNumberToObject(nofile, "soft", 1024);
  cJSON_AddItemToArray(rlimits, nofile);
  cJSON_AddBoolToObject(p, "noNewPrivileges", true);

  cJSON* root = cJSON_AddObjectToObject(r, "root");
  cJSON_AddStringToObject(root, "path", "rootfs");
  cJSON_AddBoolToObject(root, "readonly", true);
  cJSON_AddStringToObject(r, "hostname", "edgectl");

  cJSON* mounts = cJSON_AddArrayToObject(r, "mounts");
  add_mount(mounts, "/proc", "proc", "proc", {}, false);
  add_mount(mounts, "/dev", "tmpfs", "tmpfs", {"nosuid", "strictatime", "mode=755", "size=65536k"});
  if (rootless)  // no gid= inside a user namespace with a single mapped group
    add_mount(mounts, "/dev/pts", "devpts", "devpts", {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"});
  else
    add_mount(mounts, "/dev/pts", "devpts", "devpts",
              {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"});
  add_mount(mounts, "/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777", "size=65536k"});
  add_mount(mounts, "/dev/mqueue", "mqueue", "mqueue", {"nosuid", "noexec", "nodev"});
  if (rootless)  // sysfs cannot be mounted without a network namespace of our own
    add_mount(mounts, "/sys", "none", "/sys", {"rbind", "nosuid", "noexec", "nodev", "ro"});
  else
    add_mount(mounts, "/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"});
  add_mount(mounts, "/sys/fs/cgroup", "cgroup", "cgroup", {"nosuid", "noexec", "nodev", "relatime", "ro"});

  cJSON* lx = cJSON_AddObjectToObject(r, "linux");
  if (rootless) {
    cJSON_AddItemToObject(lx, "uidMappings", id_mapping(::geteuid()));
    cJSON_AddItemToObject(lx, "gidMappings", id_mapping(::getegid()));
  } else {
    cJSON* res = cJSON_AddObjectToObject(lx, "resources");
    cJSON* devs = cJSON_AddArrayToObject(res, "devices");
    cJSON* deny = cJSON_CreateObject();
    cJSON_AddBoolToObject(deny, "allow", false);
    cJSON_AddStringToObject(deny, "access", "rwm");
    cJSON_AddItemToArray(devs, deny);
  }
  cJSON* ns = cJSON_AddArrayToObject(lx, "namespaces");
  add_namespace(ns, "pid");
  if (!rootless) add_namespace(ns, "network");
  add_namespace(ns, "ipc");
  add_namespace(ns, "uts");
  add_namespace(ns, "mount");
  if (cgroup2_unified()) add_namespace(ns, "cgroup");
  if (rootless) add_namespace(ns, "user");
  cJSON_AddItemToObject(lx, "maskedPaths",
                        strings({"/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
                                 "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware",
                                 "/proc/scsi", "/sys/devices/virtual/tpm"}));
  cJSON_AddItemToObject(lx, "readonlyPaths",
                        strings({"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"}));
  return json_print(r, true);
}

}  // namespace ec::rt
