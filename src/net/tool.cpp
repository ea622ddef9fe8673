#include "net/tool.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "core/fd.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "rt/process.h"

namespace ec::net {

std::string find_tool(std::string_view name) {
  for (const char* dir : {"/usr/sbin", "/sbin", "/usr/bin", "/bin"}) {
    std::string p = std::string(dir) + "/" + std::string(name);
    if (::access(p.c_str(), X_OK) == 0) return p;
  }
  return "";
}

namespace {

// memfds instead of pipes: no poll loop, no deadlock on large output or
// input, no SIGPIPE when the tool exits without reading its stdin.
Result<Fd> memfd(const char* name) {
  int fd = ::memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) return sys_error("memfd_create");
  return Fd(fd);
}

Result<std::string> read_back(int fd) {
  if (::lseek(fd, 0, SEEK_SET) < 0) return sys_error("lseek");
  return read_fd(fd);
}

}  // namespace

Result<ToolOutput> run_tool_raw(const std::vector<std::string>& argv, std::string_view input) {
  if (argv.empty()) return make_error("run_tool: empty argv");
  EC_ASSIGN(Fd in, memfd("tool-in"));
  EC_ASSIGN(Fd out, memfd("tool-out"));
  EC_ASSIGN(Fd err, memfd("tool-err"));
  EC_TRYC(write_all(in.get(), input), argv[0]);
  if (::lseek(in.get(), 0, SEEK_SET) < 0) return sys_error("lseek");
  std::vector<char*> av;
  for (auto& a : argv) av.push_back(const_cast<char*>(a.c_str()));
  av.push_back(nullptr);
  char env0[] = "PATH=/usr/sbin:/usr/bin:/sbin:/bin", env1[] = "LC_ALL=C";
  char* envp[] = {env0, env1, nullptr};
  pid_t pid = ::fork();
  if (pid < 0) return sys_error("fork");
  if (pid == 0) {
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);  // an ignored SIGPIPE would survive execve
    if (::dup2(in.get(), 0) < 0 || ::dup2(out.get(), 1) < 0 || ::dup2(err.get(), 2) < 0) _exit(126);
    rt::close_fds_except({});
    ::execve(av[0], av.data(), envp);
    _exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return sys_error("wait for " + argv[0]);
  ToolOutput r;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (r.status == 127) return make_error(argv[0] + ": cannot execute", ENOENT);
  EC_ASSIGN(r.out, read_back(out.get()));
  EC_ASSIGN(r.err, read_back(err.get()));
  return r;
}

std::string tool_message(std::string_view err) {
  auto lines = split(err, '\n', true);
  for (size_t i = 0; i < lines.size(); i++) {
    auto pos = lines[i].find("Error");
    if (pos == std::string::npos) continue;
    std::string msg = lines[i];
    // nft: "/dev/stdin:3:1-20: Error: ..." then the offending command and a caret line.
    if (starts_with(msg, "/dev/stdin:") || starts_with(msg, "-:")) msg = msg.substr(pos);
    if (i + 1 < lines.size() && lines[i + 1].find_first_not_of("^~ \t") != std::string::npos &&
        lines[i + 1].find("Error") == std::string::npos)
      msg += " (in: " + std::string(trim(lines[i + 1])) + ")";
    return msg;
  }
  for (size_t i = lines.size(); i-- > 0;) {
    std::string_view l = trim(lines[i]);
    if (l.empty() || starts_with(l, "Try `")) continue;  // iptables' usage hint
    // "iptables v1.8.9 (nf_tables): Chain 'X' does not exist": the version is noise.
    if (auto v = l.find("): "); starts_with(l, "iptables v") && v != std::string_view::npos) l = l.substr(v + 3);
    return std::string(l);
  }
  return "";
}

Result<std::string> run_tool(const std::vector<std::string>& argv, std::string_view input) {
  EC_ASSIGN(ToolOutput r, run_tool_raw(argv, input));
  if (r.status == 0) return std::move(r.out);
  std::string name = argv[0].substr(argv[0].rfind('/') + 1);
  std::string msg = tool_message(r.err);
  if (msg.empty()) msg = strf("exit status %d", r.status);
  return make_error(name + ": " + msg, EIO);
}

}  // namespace ec::net
