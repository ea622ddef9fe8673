// The OCI runtime face: runc's grammar, as `edgectl oci ...` or through a
// symlink named edgectl-runc (or runc).
#pragma once

#include "cli/args.h"
#include "rt/runtime.h"

namespace ec::cli {

// argv[start] is the first word after the face ("--root", "create", ...).
int oci_main(int argc, char** argv, int start);

// One verb: parse its flags from argv[start..] and run it; returns the exit code.
using VerbFn = int (*)(const rt::Global& g, int argc, char** argv, int start);
struct Verb {
  const char* name;
  VerbFn fn;
  const char* usage;
};
const Verb* find_oci_verb(const char* name);
const Verb* oci_verbs(size_t* count);

// Report an error (log file + stderr) and return exit code 1.
int fail(const Error& e);

}  // namespace ec::cli
