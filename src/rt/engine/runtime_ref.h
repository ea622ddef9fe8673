// OCI runtimes by name (the plug-in layer): "builtin" is this binary's own
// runtime (`edgectl oci`), others come from the engine config's "runtimes"
// map. Every runtime is driven through the same runc command line, each
// with its own state root under <run-root>/runtime/<name>.
#pragma once
#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/error.h"

namespace ec::engine {

struct RuntimeRef {
  std::string name;
  std::string path;               // executable
  std::vector<std::string> args;  // before the global --root
  std::string root;               // state root passed as --root
};

// Priority: the flag, then the config's default-runtime, then builtin. An
// unknown name: 'unknown runtime "x" (known: builtin, runc)'.
Result<RuntimeRef> pick_runtime(const EngineConfig& cfg, std::string_view flag, const std::string& run_root);

// argv for one verb: path args... --root ROOT verb_args...
std::vector<std::string> runtime_argv(const RuntimeRef& rt, const std::vector<std::string>& verb_args);

struct RunStdio {
  int in = -1, out = -1, err = -1;  // -1: /dev/null (err: captured for the message)
};
// Run one runtime command and wait for it. A non-zero exit becomes an error
// carrying the runtime's last stderr line: "runc create: <message>".
Status run_runtime(const RuntimeRef& rt, const std::vector<std::string>& verb_args, const RunStdio& io = {});
// Same, returning the exit status and leaving stdio to the caller (exec).
Result<int> run_runtime_status(const RuntimeRef& rt, const std::vector<std::string>& verb_args, const RunStdio& io);

// Run one runtime command and return what it printed on stdout (ps, state).
Result<std::string> runtime_output(const RuntimeRef& rt, const std::vector<std::string>& verb_args);

// fork + exec argv with the given stdio; every other fd is closed in the
// child. Returns the pid. argv[0] "edgectl" is this binary: with a builtin
// entry registered, the child calls it instead of exec'ing (no exec, no
// dynamic loading: a few ms per runtime call).
Result<pid_t> spawn(const std::vector<std::string>& argv, int in, int out, int err);

// The `edgectl` entry point, registered by main (the engine library can't
// call into the CLI itself).
using BuiltinMain = int (*)(int argc, char** argv);
void set_builtin_main(BuiltinMain fn);

}  // namespace ec::engine
