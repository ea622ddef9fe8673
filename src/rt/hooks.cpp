#include "rt/hooks.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>

#include "core/fd.h"
#include "core/fs.h"
#include "core/log.h"

namespace ec::rt {
namespace {

std::vector<char*> cstrs(const std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(const_cast<char*>(s.c_str()));
  out.push_back(nullptr);
  return out;
}

double now_s() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

Status run_one(const Hook& h, const std::string& state, const std::string& what) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return sys_error(what + ": pipe");
  Fd rd(p[0]), wr(p[1]);
  std::vector<std::string> args = h.args.empty() ? std::vector<std::string>{h.path} : h.args;
  auto argv = cstrs(args);
  auto envp = cstrs(h.env);
  pid_t pid = ::fork();
  if (pid < 0) return sys_error(what + ": fork");
  if (pid == 0) {
    if (::dup2(rd.get(), 0) < 0) _exit(126);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    ::execve(h.path.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  rd.reset();
  // A hook that does not read stdin must not make us fail: ignore EPIPE.
  struct sigaction ign {}, old {};
  ign.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ign, &old);
  (void)write_all(wr.get(), state);
  sigaction(SIGPIPE, &old, nullptr);
  wr.reset();

  double deadline = h.timeout ? now_s() + *h.timeout : 0;
  int status = 0;
  long sleep_ns = 50 * 1000;
  while (true) {
    pid_t r = ::waitpid(pid, &status, h.timeout ? WNOHANG : 0);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) return sys_error(what + ": wait");
    if (r == 0) {
      if (now_s() >= deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return make_error(strf("%s: timed out after %d s", what.c_str(), *h.timeout), ETIMEDOUT);
      }
      struct timespec ts = {0, sleep_ns};
      nanosleep(&ts, nullptr);
      if (sleep_ns < 10 * 1000 * 1000) sleep_ns *= 2;
    }
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
    return make_error(what + ": cannot execute " + h.path, ENOENT);
  if (WIFEXITED(status)) return make_error(strf("%s: exit status %d", what.c_str(), WEXITSTATUS(status)));
  return make_error(strf("%s: killed by signal %d", what.c_str(), WTERMSIG(status)));
}

std::string label(const char* phase, size_t i, const Hook& h) {
  return strf("%s hook %zu (%s)", phase, i, h.path.c_str());
}

}  // namespace

Status run_hooks(const std::vector<Hook>& hooks, const std::string& state_json, const char* phase) {
  for (size_t i = 0; i < hooks.size(); i++) EC_TRY(run_one(hooks[i], state_json, label(phase, i, hooks[i])));
  return {};
}

void run_hooks_warn(const std::vector<Hook>& hooks, const std::string& state_json, const char* phase) {
  for (size_t i = 0; i < hooks.size(); i++) {
    auto r = run_one(hooks[i], state_json, label(phase, i, hooks[i]));
    if (!r) log_msg(LogLevel::Warn, r.error().msg);
  }
}

}  // namespace ec::rt
