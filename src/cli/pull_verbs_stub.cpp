// Registry verbs of a build without the registry client (-Dpull=disabled):
// images come in with `load` / `import` only.
#include "cli/engine.h"
#include "cli/oci.h"
#include "core/build_features.h"

namespace ec::cli {

namespace {

Error no_pulls(const std::string& what) {
  return built_without("registry pulls", "pull").context(what);
}

}  // namespace

Status pull_for_run(const EngineGlobal&, const std::string& ref, bool) {
  // run/create got here because the image is missing or --pull always.
  Error e = no_pulls("pull " + ref);
  e.msg += "; bring images in with edgectl load or edgectl import";
  return e;
}

int v_pull(const EngineGlobal&, int, char**, int) { return fail(no_pulls("pull")); }
int v_login(const EngineGlobal&, int, char**, int) { return fail(no_pulls("login")); }
int v_logout(const EngineGlobal&, int, char**, int) { return fail(no_pulls("logout")); }

}  // namespace ec::cli
