// Seccomp compiled out (-Dseccomp=disabled): a spec asking for a filter is
// refused rather than run unfiltered.
#include <errno.h>

#include "rt/seccomp.h"

namespace ec::rt {

bool seccomp_built() { return false; }

Result<SeccompProgram> seccomp_compile(const Seccomp&) {
  return make_error("seccomp: built without seccomp", ENOTSUP);
}

Result<SeccompProgram> seccomp_compile_cached(const Seccomp& s, const std::string&) { return seccomp_compile(s); }

// Only an empty program can come from this build; loading it is a no-op.
Status seccomp_load(const SeccompProgram& prog) {
  if (prog.empty()) return {};
  return make_error("seccomp: built without seccomp", ENOTSUP);
}

std::vector<std::string> seccomp_known_actions() { return {}; }
std::vector<std::string> seccomp_known_operators() { return {}; }
std::vector<std::string> seccomp_known_archs() { return {}; }
std::vector<std::string> seccomp_known_flags() { return {}; }

}  // namespace ec::rt
