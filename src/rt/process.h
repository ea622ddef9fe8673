// The last steps before execve, shared by the container init and `exec`:
// rlimits, user and groups, capabilities, cwd confinement, fd hygiene and
// the PATH lookup done in the container's view.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "rt/seccomp.h"
#include "rt/spec.h"

namespace ec::rt {

Status apply_rlimits(const std::vector<Rlimit>& rlimits);
Status apply_oom_score_adj(int adj);
// chdir, then make sure the result is inside our root (getcwd must not be
// "(unreachable)": guards against a cwd such as /proc/self/fd/N pointing at
// an fd of ours, CVE-2024-21626).
Status chdir_inside_root(const std::string& cwd);
// Resolve args[0] with PATH from env (like execvp, but checked before start).
Result<std::string> lookup_executable(const std::string& arg0, const std::vector<std::string>& env);
// Mark every fd >= first as close-on-exec (close_range when the kernel has it).
Status cloexec_from(int first);
// Close every fd except 0-2 and `keep` (negative entries ignored): the container
// init must not hold our lock or log fds while it waits for `start`.
void close_fds_except(std::vector<int> keep);
// Switch to the process user: groups, gid, uid; the caps survive thanks to
// caps_prepare() and are then set by caps_apply(). `setgroups_ok` is false in
// a user namespace where setgroups is denied.
Status switch_user(const Process& p, bool setgroups_ok);
// Everything from user switch to execve. Never returns on success.
// `seccomp` may be empty. Order as runc: seccomp before dropping privileges
// unless no_new_privileges, in which case it is loaded last.
Status finish_and_exec(const Process& p, const std::string& exe, const SeccompProgram* seccomp,
                       bool setgroups_ok);
// Split steps of finish_and_exec for the init, which waits on the exec fifo
// between them: prepare_identity runs before reporting "created".
Status prepare_identity(const Process& p, const SeccompProgram* seccomp, bool setgroups_ok);
// False when /proc/self/setgroups says "deny" (a user namespace set up without it).
bool setgroups_allowed();
Status final_exec(const Process& p, const std::string& exe, const SeccompProgram* seccomp);

}  // namespace ec::rt
