#include "rt/process.h"

#include <fcntl.h>
#include <grp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "rt/caps.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif

namespace ec::rt {

Status apply_rlimits(const std::vector<Rlimit>& rlimits) {
  for (auto& r : rlimits) {
    struct rlimit rl;
    rl.rlim_cur = r.soft;
    rl.rlim_max = r.hard;
    if (::setrlimit(r.resource, &rl) < 0) {
      int e = errno;
      std::string msg = strf("setrlimit %s soft=%llu hard=%llu", r.name.c_str(),
                             static_cast<unsigned long long>(r.soft), static_cast<unsigned long long>(r.hard));
      if (e == EPERM) {
        struct rlimit cur;
        ::getrlimit(r.resource, &cur);
        msg += strf(" (raising the hard limit above the current %llu needs CAP_SYS_RESOURCE)",
                    static_cast<unsigned long long>(cur.rlim_max));
      }
      return sys_error(e, msg);
    }
  }
  return {};
}

Status apply_oom_score_adj(int adj) {
  auto r = write_knob("/proc/self/oom_score_adj", std::to_string(adj));
  if (!r) return std::move(r).error().context(strf("set oom_score_adj to %d", adj));
  return {};
}

Status chdir_inside_root(const std::string& cwd) {
  if (::chdir(cwd.c_str()) < 0) return sys_error("chdir to cwd " + cwd + " (set in process.cwd)");
  char buf[4096];
  if (!::getcwd(buf, sizeof buf) || buf[0] != '/')
    return make_error("current working directory " + cwd + " is outside of the container's root", ENOENT);
  return {};
}

static std::string env_value(const std::vector<std::string>& env, std::string_view key) {
  for (auto& e : env)
    if (e.size() > key.size() && e.compare(0, key.size(), key) == 0 && e[key.size()] == '=')
      return e.substr(key.size() + 1);
  return {};
}

static bool is_executable_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
}

Result<std::string> lookup_executable(const std::string& arg0, const std::vector<std::string>& env) {
  if (arg0.empty()) return make_error("process.args[0] is empty");
  if (arg0.find('/') != std::string::npos) {
    struct stat st;
    if (::stat(arg0.c_str(), &st) < 0) return sys_error("exec: " + arg0);
    if (S_ISDIR(st.st_mode)) return make_error("exec: " + arg0 + ": is a directory", EISDIR);
    return arg0;
  }
  std::string path = env_value(env, "PATH");
  if (path.empty()) path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  for (auto& dir : split(path, ':')) {
    std::string cand = (dir.empty() ? "." : dir) + "/" + arg0;
    if (is_executable_file(cand)) return cand;
  }
  return make_error("exec: \"" + arg0 + "\": executable file not found in $PATH", ENOENT);
}

Status cloexec_from(int first) {
  if (::syscall(SYS_close_range, first, ~0U, CLOSE_RANGE_CLOEXEC) == 0) return {};
  // Old kernel: walk /proc/self/fd.
  auto fds = list_dir("/proc/self/fd");
  if (!fds) return std::move(fds).error().context("list fds");
  for (auto& n : *fds) {
    auto fd = parse_i64(n);
    if (fd && *fd >= first) ::fcntl(static_cast<int>(*fd), F_SETFD, FD_CLOEXEC);
  }
  return {};
}

void close_fds_except(std::vector<int> keep) {
  keep.push_back(0);
  keep.push_back(1);
  keep.push_back(2);
  ec::sort(keep);
  unsigned next = 0;
  bool have_close_range = true;
  auto close_span = [&](unsigned lo, unsigned hi) {  // [lo, hi]
    if (lo > hi) return;
    if (have_close_range && ::syscall(SYS_close_range, lo, hi, 0) == 0) return;
    have_close_range = false;
    // Old kernel: bounded by the fd table actually in use.
    unsigned top = std::min<unsigned>(hi, static_cast<unsigned>(::sysconf(_SC_OPEN_MAX)));
    for (unsigned fd = lo; fd <= top; fd++) ::close(static_cast<int>(fd));
  };
  for (int k : keep) {
    if (k < 0) continue;
    if (static_cast<unsigned>(k) > next) close_span(next, static_cast<unsigned>(k) - 1);
    if (static_cast<unsigned>(k) + 1 > next) next = static_cast<unsigned>(k) + 1;
  }
  close_span(next, ~0U);
}

Status switch_user(const Process& p, bool setgroups_ok) {
  const User& u = p.user;
  if (setgroups_ok) {
    std::vector<gid_t> groups(u.additional_gids.begin(), u.additional_gids.end());
    if (::setgroups(groups.size(), groups.empty() ? nullptr : groups.data()) < 0)
      return sys_error("setgroups");
  } else if (!u.additional_gids.empty()) {
    return make_error("additionalGids cannot be set: setgroups is denied in this user namespace", EPERM);
  }
  if (::setresgid(u.gid, u.gid, u.gid) < 0) return sys_error(strf("setgid %u", u.gid));
  if (::setresuid(u.uid, u.uid, u.uid) < 0) return sys_error(strf("setuid %u", u.uid));
  if (u.umask) ::umask(*u.umask);
  return {};
}

bool setgroups_allowed() {
  auto t = read_file("/proc/self/setgroups");
  return !t || trim(*t) != "deny";
}

Status prepare_identity(const Process& p, const SeccompProgram* seccomp, bool setgroups_ok) {
  Capabilities none;
  const Capabilities& caps = p.capabilities ? *p.capabilities : none;
  if (seccomp && !seccomp->empty() && !p.no_new_privileges) EC_TRY(seccomp_load(*seccomp));
  EC_TRY(caps_prepare(caps));
  EC_TRY(switch_user(p, setgroups_ok));
  EC_TRY(caps_apply(caps));
  return {};
}

Status final_exec(const Process& p, const std::string& exe, const SeccompProgram* seccomp) {
  if (p.no_new_privileges && ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) return sys_error("set no_new_privs");
  if (seccomp && !seccomp->empty() && p.no_new_privileges) EC_TRY(seccomp_load(*seccomp));
  std::vector<char*> argv, envp;
  for (auto& a : p.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (auto& e : p.env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  ::execve(exe.c_str(), argv.data(), envp.data());
  return sys_error("exec " + exe);
}

Status finish_and_exec(const Process& p, const std::string& exe, const SeccompProgram* seccomp,
                       bool setgroups_ok) {
  EC_TRY(prepare_identity(p, seccomp, setgroups_ok));
  return final_exec(p, exe, seccomp);
}

}  // namespace ec::rt
