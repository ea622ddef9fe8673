// `network` and `port` in a build without networking (-Dnet=disabled).
#include "cli/engine.h"
#include "cli/oci.h"
#include "core/build_features.h"

namespace ec::cli {

int v_network(const EngineGlobal&, int, char**, int) { return fail(built_without("networking", "net").context("network")); }
int v_port(const EngineGlobal&, int, char**, int) { return fail(built_without("networking", "net").context("port")); }

}  // namespace ec::cli
