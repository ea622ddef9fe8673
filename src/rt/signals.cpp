#include "rt/signals.h"

#include <csignal>
#include <cstring>
#include <string>

#include "core/strutil.h"

namespace ec::rt {
namespace {
struct SigName {
  const char* name;
  int num;
};
const SigName kSignals[] = {
    {"HUP", SIGHUP},     {"INT", SIGINT},       {"QUIT", SIGQUIT},     {"ILL", SIGILL},     {"TRAP", SIGTRAP},
    {"ABRT", SIGABRT},   {"IOT", SIGIOT},       {"BUS", SIGBUS},       {"FPE", SIGFPE},     {"KILL", SIGKILL},
    {"USR1", SIGUSR1},   {"SEGV", SIGSEGV},     {"USR2", SIGUSR2},     {"PIPE", SIGPIPE},   {"ALRM", SIGALRM},
    {"TERM", SIGTERM},   {"CHLD", SIGCHLD},     {"CLD", SIGCHLD},      {"CONT", SIGCONT},
    {"STOP", SIGSTOP},   {"TSTP", SIGTSTP},     {"TTIN", SIGTTIN},     {"TTOU", SIGTTOU},   {"URG", SIGURG},
    {"XCPU", SIGXCPU},   {"XFSZ", SIGXFSZ},     {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF},   {"WINCH", SIGWINCH},
    {"IO", SIGIO},       {"POLL", SIGPOLL},     {"PWR", SIGPWR},       {"SYS", SIGSYS},
#ifdef SIGSTKFLT  // MIPS has none
    {"STKFLT", SIGSTKFLT},
#endif
};
}  // namespace

Result<int> parse_signal(std::string_view in) {
  std::string s(trim(in));
  if (auto n = parse_i64(s)) {
    if (*n <= 0 || *n > SIGRTMAX) return make_error("invalid signal number " + s);
    return static_cast<int>(*n);
  }
  std::string up;
  for (char c : s) up += static_cast<char>(toupper(static_cast<unsigned char>(c)));
  if (starts_with(up, "SIG")) up = up.substr(3);
  for (auto& e : kSignals)
    if (up == e.name) return e.num;
  // Real-time signals: RTMIN, RTMIN+N, RTMAX, RTMAX-N.
  auto rt = [&](std::string_view base, int origin, int dir) -> Result<int> {
    std::string_view rest = std::string_view(up).substr(base.size());
    int off = 0;
    if (!rest.empty()) {
      if (rest[0] != (dir > 0 ? '+' : '-')) return make_error("unknown signal " + s);
      auto n = parse_i64(rest.substr(1));
      if (!n) return make_error("unknown signal " + s);
      off = static_cast<int>(*n);
    }
    int sig = origin + dir * off;
    if (sig < SIGRTMIN || sig > SIGRTMAX) return make_error("signal " + s + " out of range");
    return sig;
  };
  if (starts_with(up, "RTMIN")) return rt("RTMIN", SIGRTMIN, 1);
  if (starts_with(up, "RTMAX")) return rt("RTMAX", SIGRTMAX, -1);
  return make_error("unknown signal \"" + s + "\"");
}

const char* signal_name(int sig) {
  static thread_local char buf[16];
  for (auto& e : kSignals)
    if (e.num == sig) {
      snprintf(buf, sizeof buf, "SIG%s", e.name);
      return buf;
    }
  return nullptr;
}

}  // namespace ec::rt
