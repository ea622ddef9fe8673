#include "rt/engine/mini_init.h"

#include <elf.h>
#include <errno.h>
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ec::engine {

int mini_init_main(int argc, char** argv) {
  int first = 1;
  if (first < argc && strcmp(argv[first], "--") == 0) first++;
  if (first >= argc) {
    static const char msg[] = "edgectl-init: usage: edgectl-init -- COMMAND [ARG...]\n";
    (void)!::write(2, msg, sizeof msg - 1);
    return 2;
  }
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  sigset_t all, old;
  sigfillset(&all);
  ::sigprocmask(SIG_BLOCK, &all, &old);
  pid_t child = ::fork();
  if (child < 0) {
    perror("edgectl-init: fork");
    return 1;
  }
  if (child == 0) {
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    ::execvp(argv[first], argv + first);
    fprintf(stderr, "edgectl-init: exec %s: %s\n", argv[first], strerror(errno));
    _exit(errno == ENOENT ? 127 : 126);
  }
  for (;;) {
    siginfo_t si;
    int sig = ::sigwaitinfo(&all, &si);
    if (sig < 0) continue;
    if (sig != SIGCHLD) {
      // Forward everything else; SIGKILL/SIGSTOP can't reach us anyway.
      ::kill(child, sig);
      continue;
    }
    for (;;) {
      int status = 0;
      pid_t p = ::waitpid(-1, &status, WNOHANG);
      if (p <= 0) break;
      if (p == child) {
        // Reap what is left, then leave with the command's status.
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
    }
  }
}

bool binary_is_static() {
  // A dynamically linked program has a PT_INTERP header; its shared
  // libraries would be missing inside the container.
  bool has_interp = false;
  dl_iterate_phdr(
      [](struct dl_phdr_info* info, size_t, void* data) {
        if (info->dlpi_name && info->dlpi_name[0]) return 0;  // only the main program
        for (int i = 0; i < info->dlpi_phnum; i++)
          if (info->dlpi_phdr[i].p_type == PT_INTERP) *static_cast<bool*>(data) = true;
        return 1;
      },
      &has_interp);
  return !has_interp;
}

}  // namespace ec::engine
