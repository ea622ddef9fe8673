// The engine's default security profile for `run` without --privileged:
// docker's default capability set and a seccomp filter with docker's
// semantics (allowlist, capability-gated syscalls, argument conditions).
#pragma once
#include <cstdint>

#include "rt/spec.h"

namespace ec::rt {

// docker's 14 default capabilities (CHOWN, DAC_OVERRIDE, FSETID, FOWNER, MKNOD,
// NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL,
// AUDIT_WRITE) as a bitmask, bit N = capability N.
uint64_t default_capability_mask();

// The default seccomp filter for a container whose bounding set is `caps`
// (bit N = capability N), for the architecture this binary was built for plus
// its compat ABIs (x86_64: x86, x32; aarch64: arm; mips64: o32, n32). Default
// action: EPERM. Syscalls gated by a capability are allowed only when `caps`
// holds it. Names newer than the libseccomp in use are skipped at compile time.
Seccomp default_seccomp_profile(uint64_t caps);

}  // namespace ec::rt
