// stats, top and events of a build without them (-Dmonitor=disabled). The
// engine still records events: a full build reads the same log.
#include "cli/engine.h"
#include "cli/oci.h"
#include "core/build_features.h"

namespace ec::cli {

namespace {

int no_monitor(const char* verb) { return fail(built_without("stats, top and events", "monitor").context(verb)); }

}  // namespace

int v_stats(const EngineGlobal&, int, char**, int) { return no_monitor("stats"); }
int v_top(const EngineGlobal&, int, char**, int) { return no_monitor("top"); }
int v_events(const EngineGlobal&, int, char**, int) { return no_monitor("events"); }

}  // namespace ec::cli
