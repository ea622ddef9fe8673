// `edgectl volume` of a build without volumes (-Dvolumes=disabled).
#include "cli/engine.h"
#include "cli/oci.h"
#include "core/build_features.h"

namespace ec::cli {

int v_volume(const EngineGlobal&, int, char**, int) {
  return fail(built_without("volumes", "volumes").context("volume"));
}

}  // namespace ec::cli
