// Seccomp: translate the spec's filter with libseccomp into a BPF program
// in the parent (before clone), load it in the container init just before
// execve. Built with -Dseccomp=disabled this compiles to a stub whose
// compile() fails with "built without seccomp".
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "rt/spec.h"

struct sock_filter;

namespace ec::rt {

struct SeccompProgram {
  std::vector<uint64_t> insns;  // raw struct sock_filter array (8 bytes each)
  unsigned flags = 0;           // SECCOMP_FILTER_FLAG_*
  bool empty() const { return insns.empty(); }
};

bool seccomp_built();
// Validate and compile. Errors name the offending item:
// "seccomp: unknown syscall action SCMP_ACT_FOO".
Result<SeccompProgram> seccomp_compile(const Seccomp& s);
// seccomp_compile, reusing the program compiled earlier for an identical
// filter from `cache_dir` (e.g. <root>/seccomp-cache, created 0700; empty:
// no cache). The cache only saves time: when it can't be used, this compiles.
Result<SeccompProgram> seccomp_compile_cached(const Seccomp& s, const std::string& cache_dir);
// Load into the calling thread (seccomp(2) with flags). Async-signal-safe: no allocation.
Status seccomp_load(const SeccompProgram& prog);
// For `features`: actions, operators, architectures this build supports.
std::vector<std::string> seccomp_known_actions();
std::vector<std::string> seccomp_known_operators();
std::vector<std::string> seccomp_known_archs();
std::vector<std::string> seccomp_known_flags();

}  // namespace ec::rt
