// One binary, several faces: dispatched on argv[0] and the first word.
#include <cstring>
#include <string>

#include "cli/engine.h"
#include "cli/oci.h"
#include "core/build_features.h"
#include "core/fs.h"
#include "core/log.h"
#include "edgectl_config.h"
#include "rt/engine/runtime_ref.h"
#include "rt/engine/mini_init.h"
#include "rt/engine/shim.h"

namespace {

const char* base_name(const char* p) {
  const char* s = strrchr(p, '/');
  return s ? s + 1 : p;
}

void main_usage() {
  (void)ec::write_all(1,
                      "usage: edgectl <command> [arguments]\n\n"
                      "commands:\n"
                      "  oci <verb> ...   OCI runtime (runc-compatible: create, start, run, state, kill,\n"
                      "                   delete, exec, pause, resume, ps, list, update, features, spec)\n"
                      "  version          print the version\n"
                      "  (see edgectl --help for the image commands)\n\n"
                      "The OCI runtime is also reachable through a symlink named edgectl-runc.\n");
}

}  // namespace

int main(int argc, char** argv) {
  ec::engine::set_builtin_main([](int ac, char** av) { return ec::cli::oci_main(ac, av, 2); });
  const char* self = argc > 0 ? base_name(argv[0]) : "edgectl";
  if (strcmp(self, "edgectl-runc") == 0 || strcmp(self, "runc") == 0) return ec::cli::oci_main(argc, argv, 1);
  if (strcmp(self, "edgectl-shim") == 0) return ec::engine::shim_main(argc, argv);
  if (strcmp(self, "edgectl-init") == 0) return ec::engine::mini_init_main(argc, argv);
  if (argc < 2) {
    main_usage();
    return 1;
  }
  std::string cmd = argv[1];
  if (cmd == "oci") return ec::cli::oci_main(argc, argv, 2);
  if (cmd == "version" || cmd == "--version" || cmd == "-v") {
    (void)ec::write_all(1, std::string("edgectl version ") + EDGECTL_VERSION + "\nFeatures: " +
                               ec::build_features_line() + "\n");
    return 0;
  }
  if (cmd == "help") {
    main_usage();
    return 0;
  }
  return ec::cli::engine_main(argc, argv, 1);
}
