// save, export and cp of a build without them (-Dexport=disabled): images
// come in (load, import) and containers run, nothing is written back out.
#include "cli/engine.h"
#include "cli/oci.h"
#include "core/build_features.h"

namespace ec::cli {

namespace {

int no_export(const char* verb) { return fail(built_without("save, export and cp", "export").context(verb)); }

}  // namespace

int v_save(const EngineGlobal&, int, char**, int) { return no_export("save"); }
int v_export(const EngineGlobal&, int, char**, int) { return no_export("export"); }
int v_cp(const EngineGlobal&, int, char**, int) { return no_export("cp"); }

}  // namespace ec::cli
