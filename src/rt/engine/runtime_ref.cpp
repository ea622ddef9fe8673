#include "rt/engine/runtime_ref.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "core/fd.h"
#include "core/strutil.h"
#include "rt/process.h"

namespace ec::engine {

Result<RuntimeRef> pick_runtime(const EngineConfig& cfg, std::string_view flag, const std::string& run_root) {
  std::string name(flag.empty() ? std::string_view(cfg.default_runtime) : flag);
  if (name.empty()) name = "builtin";
  RuntimeRef r;
  r.name = name;
  r.root = run_root + "/runtime/" + name;
  if (name == "builtin") {
    r.path = "/proc/self/exe";
    r.args = {"oci"};
    return r;
  }
  auto it = cfg.runtimes.find(name);
  if (it == cfg.runtimes.end()) {
    std::string known = "builtin";
    for (auto& [n, e] : cfg.runtimes) known += ", " + n;
    return make_error("unknown runtime \"" + name + "\" (known: " + known + ")", ENOENT);
  }
  if (it->second.path.empty() || it->second.path[0] != '/')
    return make_error("runtime \"" + name + "\": path must be absolute in the config");
  if (::access(it->second.path.c_str(), X_OK) < 0) return sys_error("runtime \"" + name + "\": " + it->second.path);
  r.path = it->second.path;
  r.args = it->second.args;
  return r;
}

std::vector<std::string> runtime_argv(const RuntimeRef& rt, const std::vector<std::string>& verb_args) {
  std::vector<std::string> argv;
  argv.push_back(rt.name == "builtin" ? "edgectl" : rt.path);
  argv.insert(argv.end(), rt.args.begin(), rt.args.end());
  argv.push_back("--root");
  argv.push_back(rt.root);
  argv.insert(argv.end(), verb_args.begin(), verb_args.end());
  return argv;
}

namespace {
BuiltinMain g_builtin = nullptr;
}

void set_builtin_main(BuiltinMain fn) { g_builtin = fn; }

Result<pid_t> spawn(const std::vector<std::string>& argv, int in, int out, int err) {
  std::vector<char*> av;
  for (auto& a : argv) av.push_back(const_cast<char*>(a.c_str()));
  av.push_back(nullptr);
  // "edgectl" as argv[0] runs /proc/self/exe: the same binary, whatever its name.
  const char* path = argv[0] == "edgectl" ? "/proc/self/exe" : argv[0].c_str();
  pid_t pid = ::fork();
  if (pid < 0) return sys_error("fork");
  if (pid == 0) {
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    int null = ::open("/dev/null", O_RDWR);  // no CLOEXEC: closed by close_fds_except
    int fds[3] = {in >= 0 ? in : null, out >= 0 ? out : null, err >= 0 ? err : null};
    // Move the sources above 2 first so dup2 order can't clobber them.
    for (int i = 0; i < 3; i++) fds[i] = ::fcntl(fds[i], F_DUPFD, 3);
    for (int i = 0; i < 3; i++) ::dup2(fds[i], i);
    rt::close_fds_except({0, 1, 2});
    if (g_builtin && argv[0] == "edgectl") _exit(g_builtin(static_cast<int>(argv.size()), av.data()));
    ::execv(path, av.data());
    _exit(127);
  }
  return pid;
}

Result<int> run_runtime_status(const RuntimeRef& rt, const std::vector<std::string>& verb_args, const RunStdio& io) {
  EC_ASSIGN(pid_t pid, spawn(runtime_argv(rt, verb_args), io.in, io.out, io.err));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return sys_error("wait for the runtime");
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

Status run_runtime(const RuntimeRef& rt, const std::vector<std::string>& verb_args, const RunStdio& io) {
  int p[2] = {-1, -1};
  bool capture = io.err < 0;
  if (capture && ::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
  Fd rd(capture ? p[0] : -1), wr(capture ? p[1] : -1);
  RunStdio sio = io;
  if (capture) sio.err = wr.get();
  auto pid = spawn(runtime_argv(rt, verb_args), sio.in, sio.out, sio.err);
  if (!pid) return std::move(pid).error();
  wr.reset();
  std::string text;
  if (capture) {
    char buf[4096];
    ssize_t n;
    while ((n = ::read(rd.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
      if (n > 0 && text.size() < 65536) text.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  while (::waitpid(*pid, &status, 0) < 0)
    if (errno != EINTR) return sys_error("wait for the runtime");
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
  // The runtime's own message: the last non-empty stderr line, without our
  // "edgectl: " / runc's level= prefixes.
  std::string msg;
  for (auto& l : split(text, '\n', true)) msg = l;
  if (starts_with(msg, "edgectl: ")) msg = msg.substr(9);
  if (auto m = msg.find("msg=\""); m != std::string::npos) msg = msg.substr(m + 5, msg.rfind('"') - m - 5);
  if (msg.empty()) msg = WIFEXITED(status) ? strf("exit status %d", WEXITSTATUS(status)) : strf("killed by signal %d", WTERMSIG(status));
  std::string verb = verb_args.empty() ? "" : verb_args[0];
  return make_error(rt.name + " " + verb + ": " + msg, EIO);
}

Result<std::string> runtime_output(const RuntimeRef& rt, const std::vector<std::string>& verb_args) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
  Fd rd(p[0]), wr(p[1]);
  RunStdio io;
  io.out = wr.get();
  // Read while it runs: the output may be larger than a pipe buffer.
  std::string text;
  auto pid = spawn(runtime_argv(rt, verb_args), -1, wr.get(), -1);
  if (!pid) return std::move(pid).error();
  wr.reset();
  char buf[4096];
  ssize_t n;
  while ((n = ::read(rd.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0) text.append(buf, static_cast<size_t>(n));
  int status = 0;
  while (::waitpid(*pid, &status, 0) < 0)
    if (errno != EINTR) return sys_error("wait for the runtime");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return make_error(rt.name + " " + (verb_args.empty() ? "" : verb_args[0]) + " failed", EIO);
  return text;
}

}  // namespace ec::engine
