// `features`: what this build supports, in runtime-spec features.md form.
#include <cjson/cJSON.h>

#include "core/json.h"
#include "edgectl_config.h"
#include "rt/caps.h"
#include "rt/mounts.h"
#include "rt/seccomp.h"
#include "rt/spec_gen.h"

namespace ec::rt {
namespace {
cJSON* strings(const std::vector<std::string>& v) {
  cJSON* a = cJSON_CreateArray();
  for (auto& s : v) cJSON_AddItemToArray(a, cJSON_CreateString(s.c_str()));
  return a;
}
cJSON* enabled(bool on) {
  cJSON* o = cJSON_CreateObject();
  cJSON_AddBoolToObject(o, "enabled", on);
  return o;
}
}  // namespace

std::string features_json() {
  JsonPtr j(cJSON_CreateObject());
  cJSON* r = j.get();
  cJSON_AddStringToObject(r, "ociVersionMin", "1.0.0");
  cJSON_AddStringToObject(r, "ociVersionMax", "1.3.0");
  cJSON_AddItemToObject(r, "hooks", strings({"prestart", "createRuntime", "createContainer", "startContainer",
                                             "poststart", "poststop"}));
  cJSON_AddItemToObject(r, "mountOptions", strings(known_mount_options()));
  cJSON* lx = cJSON_AddObjectToObject(r, "linux");
  cJSON_AddItemToObject(lx, "namespaces",
                        strings({"cgroup", "ipc", "mount", "network", "pid", "user", "uts", "time"}));
  cJSON_AddItemToObject(lx, "capabilities", strings(cap_all_names()));
  cJSON* cg = cJSON_AddObjectToObject(lx, "cgroup");
  cJSON_AddBoolToObject(cg, "v1", EDGECTL_HAVE_CGROUP_V1);
  cJSON_AddBoolToObject(cg, "v2", EDGECTL_HAVE_CGROUP_V2);
  cJSON_AddBoolToObject(cg, "systemd", false);
  cJSON_AddBoolToObject(cg, "systemdUser", false);
  cJSON_AddBoolToObject(cg, "rdma", false);
  cJSON* sc = cJSON_AddObjectToObject(lx, "seccomp");
  cJSON_AddBoolToObject(sc, "enabled", seccomp_built());
  if (seccomp_built()) {
    cJSON_AddItemToObject(sc, "actions", strings(seccomp_known_actions()));
    cJSON_AddItemToObject(sc, "operators", strings(seccomp_known_operators()));
    cJSON_AddItemToObject(sc, "archs", strings(seccomp_known_archs()));
    cJSON_AddItemToObject(sc, "knownFlags", strings(seccomp_known_flags()));
    cJSON_AddItemToObject(sc, "supportedFlags", strings(seccomp_known_flags()));
  }
  cJSON_AddItemToObject(lx, "apparmor", enabled(false));
  cJSON_AddItemToObject(lx, "selinux", enabled(false));
  cJSON_AddItemToObject(lx, "intelRdt", enabled(false));
  cJSON* me = cJSON_AddObjectToObject(lx, "mountExtensions");
  cJSON_AddItemToObject(me, "idmap", enabled(false));
  cJSON* ann = cJSON_AddObjectToObject(r, "annotations");
  cJSON_AddStringToObject(ann, "io.github.edgectl.version", EDGECTL_VERSION);
  cJSON_AddStringToObject(ann, "io.github.edgectl.seccomp", seccomp_built() ? "enabled" : "disabled");
  return json_print(r, true);
}

}  // namespace ec::rt
