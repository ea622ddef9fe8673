#include "net/cni_exec.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <vector>

#include "core/fd.h"
#include "core/json.h"
#include "core/strutil.h"

namespace ec::net::cni_detail {
namespace {

// A result or error document is small; a runaway plugin must not eat memory.
constexpr size_t kMaxOutput = 1 << 20;

struct Output {
  std::string out, err;
  int status = 0;
  int exec_errno = 0;  // execve failed in the child
  bool timed_out = false;
};

double now_s() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::vector<char*> cstrs(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

Status make_pipe(Fd& rd, Fd& wr) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return sys_error("pipe");
  rd.reset(p[0]);
  wr.reset(p[1]);
  return {};
}

void kill_group(pid_t pid) {
  ::kill(-pid, SIGKILL);  // the plugin leads its own group: helpers it forked go too
  ::kill(pid, SIGKILL);
}

// Fork/exec `path` with exactly `env`, feed `input` on stdin, collect stdout
// and stderr, and reap it, killing it after `timeout_s`.
Result<Output> spawn_capture(const std::string& path, std::vector<std::string> env, const std::string& input,
                             int timeout_s) {
  Fd in_rd, in_wr, out_rd, out_wr, err_rd, err_wr, ex_rd, ex_wr;
  EC_TRY(make_pipe(in_rd, in_wr));
  EC_TRY(make_pipe(out_rd, out_wr));
  EC_TRY(make_pipe(err_rd, err_wr));
  EC_TRY(make_pipe(ex_rd, ex_wr));  // carries errno if execve fails; EOF on success (CLOEXEC)
  std::vector<std::string> args{path};
  auto argv = cstrs(args);
  auto envp = cstrs(env);

  pid_t pid = ::fork();
  if (pid < 0) return sys_error("fork");
  if (pid == 0) {
    ::setpgid(0, 0);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);  // an ignored SIGPIPE would survive execve
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    // Lift the ends above 2 first (they may be 0..2 when our stdio is
    // closed), then dup2 onto 0..2, which clears CLOEXEC only there.
    int fds[3] = {in_rd.get(), out_wr.get(), err_wr.get()};
    for (int& f : fds) f = ::fcntl(f, F_DUPFD_CLOEXEC, 3);
    for (int i = 0; i < 3; i++)
      if (fds[i] < 0 || ::dup2(fds[i], i) < 0) _exit(126);
    ::execve(path.c_str(), argv.data(), envp.data());
    int e = errno;
    (void)!::write(ex_wr.get(), &e, sizeof e);
    _exit(127);
  }
  in_rd.reset();
  out_wr.reset();
  err_wr.reset();
  ex_wr.reset();
  for (int f : {in_wr.get(), out_rd.get(), err_rd.get()}) ::fcntl(f, F_SETFL, O_NONBLOCK);

  // Writing to a plugin that exits without reading stdin raises SIGPIPE:
  // block it for this thread and swallow the one we caused.
  sigset_t pipe_set, old_mask;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);
  bool got_epipe = false;

  Output o;
  double deadline = now_s() + (timeout_s > 0 ? timeout_s : 60);
  size_t written = 0;
  if (input.empty()) in_wr.reset();
  char buf[8192];
  while (out_rd || err_rd) {
    struct pollfd pf[3];
    int n = 0, i_in = -1, i_out = -1, i_err = -1;
    if (in_wr) { i_in = n; pf[n++] = {in_wr.get(), POLLOUT, 0}; }
    if (out_rd) { i_out = n; pf[n++] = {out_rd.get(), POLLIN, 0}; }
    if (err_rd) { i_err = n; pf[n++] = {err_rd.get(), POLLIN, 0}; }
    double left = deadline - now_s();
    if (left <= 0) { o.timed_out = true; break; }
    int r = ::poll(pf, static_cast<nfds_t>(n), static_cast<int>(left * 1000) + 1);
    if (r < 0 && errno != EINTR) {
      kill_group(pid);
      ::waitpid(pid, nullptr, 0);
      pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
      return sys_error("poll");
    }
    if (r <= 0) continue;
    if (i_in >= 0 && pf[i_in].revents) {
      ssize_t w = ::write(in_wr.get(), input.data() + written, input.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if (w < 0 && errno == EPIPE) got_epipe = true;
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) in_wr.reset();
    }
    for (auto [idx, fd, dst] : {std::tuple{i_out, &out_rd, &o.out}, std::tuple{i_err, &err_rd, &o.err}}) {
      if (idx < 0 || !pf[idx].revents) continue;
      ssize_t got = ::read(fd->get(), buf, sizeof buf);
      if (got > 0 && dst->size() < kMaxOutput) dst->append(buf, static_cast<size_t>(got));
      if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) fd->reset();
    }
  }
  in_wr.reset();
  if (got_epipe) {
    struct timespec zero = {0, 0};
    sigtimedwait(&pipe_set, nullptr, &zero);
  }
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);

  // Output closed; the plugin may still linger: wait up to the same deadline.
  long sleep_ns = 100 * 1000;
  while (!o.timed_out) {
    pid_t r = ::waitpid(pid, &o.status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) return sys_error("wait");
    if (now_s() >= deadline) { o.timed_out = true; break; }
    struct timespec ts = {0, sleep_ns};
    nanosleep(&ts, nullptr);
    if (sleep_ns < 20 * 1000 * 1000) sleep_ns *= 2;
  }
  if (o.timed_out) {
    kill_group(pid);
    while (::waitpid(pid, &o.status, 0) < 0 && errno == EINTR) {
    }
    return o;
  }
  int e = 0;
  if (::read(ex_rd.get(), &e, sizeof e) == static_cast<ssize_t>(sizeof e)) o.exec_errno = e;
  return o;
}

// The plugin's error document (spec: {"cniVersion","code","msg","details"})
// or, for plugins that don't print one, the last stderr line.
std::string plugin_error_text(const Output& o, int* code) {
  *code = 0;
  std::string_view out = trim(o.out);
  if (!out.empty()) {
    auto j = json_parse(out, "plugin error");
    if (j && cJSON_IsObject(j->get())) {
      const cJSON* c = cJSON_GetObjectItemCaseSensitive(j->get(), "code");
      const cJSON* m = cJSON_GetObjectItemCaseSensitive(j->get(), "msg");
      const cJSON* d = cJSON_GetObjectItemCaseSensitive(j->get(), "details");
      if (cJSON_IsNumber(c)) *code = c->valueint;
      std::string text = cJSON_IsString(m) ? m->valuestring : "";
      if (cJSON_IsString(d) && d->valuestring[0]) text += (text.empty() ? "" : ": ") + std::string(d->valuestring);
      if (!text.empty() || *code) return text.empty() ? "no message" : text;
    }
  }
  std::string last;
  for (auto& l : split(o.err, '\n', true))
    if (!trim(l).empty()) last = std::string(trim(l));
  if (last.empty() && !out.empty()) last = std::string(out.substr(0, 200));
  if (!last.empty()) return last;
  if (WIFSIGNALED(o.status)) return strf("killed by signal %d", WTERMSIG(o.status));
  return strf("exit status %d", WEXITSTATUS(o.status));
}

}  // namespace

Result<std::string> find_plugin(const std::string& type, const std::vector<std::string>& bin_dirs) {
  // The type comes from a config file: never let it name a path.
  if (type.empty() || type.find('/') != std::string::npos || type == "." || type == "..")
    return make_error("cni plugin type \"" + type + "\" is not a plain name");
  for (auto& d : bin_dirs) {
    std::string f = path_join(d, type);
    struct stat st;
    if (::stat(f.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(f.c_str(), X_OK) == 0) return f;
  }
  return make_error("cni plugin " + type + " not found in " + join(bin_dirs, ":"), ENOENT);
}

Result<std::string> run_plugin(const std::string& type, const char* command, const std::string& conf,
                               const CniRuntime& rt, const CniPaths& p) {
  EC_ASSIGN(std::string path, find_plugin(type, p.bin_dirs));
  // A clean environment: the spec's variables plus PATH (portmap and
  // friends run iptables/nft from it); nothing else of ours leaks in.
  const char* host_path = ::getenv("PATH");
  std::vector<std::string> env{
      std::string("CNI_COMMAND=") + command,
      "CNI_CONTAINERID=" + rt.container_id,
      "CNI_NETNS=" + rt.netns_path,
      "CNI_IFNAME=" + rt.ifname,
      "CNI_ARGS=" + join(rt.args, ";"),
      "CNI_PATH=" + join(p.bin_dirs, ":"),
      std::string("PATH=") + (host_path && *host_path ? host_path : "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
  };
  std::string who = "cni plugin " + type;
  auto run = spawn_capture(path, std::move(env), conf, rt.timeout_s);
  if (!run) return std::move(run).error().context(who + ": " + command);
  const Output& o = *run;
  if (o.timed_out)
    return make_error(strf("%s: %s timed out after %d s", who.c_str(), command, rt.timeout_s), ETIMEDOUT);
  if (o.exec_errno) return sys_error(o.exec_errno, who + ": exec " + path);
  if (WIFEXITED(o.status) && WEXITSTATUS(o.status) == 0) return o.out;
  int code = 0;
  std::string text = plugin_error_text(o, &code);
  if (code) text += strf(" (code %d)", code);
  // Code 11 is the spec's "try again later".
  return make_error(who + ": " + command + " failed: " + text, code == 11 ? EAGAIN : EIO);
}

}  // namespace ec::net::cni_detail
