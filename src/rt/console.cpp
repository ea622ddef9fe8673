#include "rt/console.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/fs.h"

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif

namespace ec::rt {

Result<Fd> connect_console_socket(const std::string& path) {
  Fd s(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (!s) return sys_error("console socket");
  struct sockaddr_un addr {};
  addr.sun_family = AF_UNIX;
  if (path.size() >= sizeof addr.sun_path) return make_error("console socket path too long: " + path);
  memcpy(addr.sun_path, path.c_str(), path.size());
  if (::connect(s.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0)
    return sys_error("connect console socket " + path);
  return s;
}

Result<Pty> open_pty(Fd ptmx, unsigned rows, unsigned cols) {
  int unlock = 0;
  if (::ioctl(ptmx.get(), TIOCSPTLCK, &unlock) < 0) return sys_error("unlock pty");
  // TIOCGPTPEER (4.13+) opens the peer without a path lookup; fall back to
  // the pts path on older kernels.
  int slave = ::ioctl(ptmx.get(), TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (slave < 0) {
    unsigned n = 0;
    if (::ioctl(ptmx.get(), TIOCGPTN, &n) < 0) return sys_error("get pty number");
    std::string p = "/dev/pts/" + std::to_string(n);
    slave = ::open(p.c_str(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) return sys_error("open " + p);
  }
  Pty pty{std::move(ptmx), Fd(slave)};
  if (rows && cols) {
    struct winsize ws {};
    ws.ws_row = rows;
    ws.ws_col = cols;
    ::ioctl(pty.master.get(), TIOCSWINSZ, &ws);
  }
  return pty;
}

Status make_controlling_tty(int slave) {
  if (::setsid() < 0 && errno != EPERM) return sys_error("setsid");
  if (::ioctl(slave, TIOCSCTTY, 0) < 0) return sys_error("set controlling terminal");
  for (int i = 0; i < 3; i++)
    if (::dup2(slave, i) < 0) return sys_error("dup2 pty");
  return {};
}

namespace {
volatile sig_atomic_t g_winch = 0;
void on_winch(int) { g_winch = 1; }

void copy_winsize(int from, int to) {
  struct winsize ws;
  if (::ioctl(from, TIOCGWINSZ, &ws) == 0) ::ioctl(to, TIOCSWINSZ, &ws);
}
}  // namespace

void relay_pty(int master, void (*on_eintr)(void*), void* ctx) {
  struct termios saved {};
  bool raw = ::isatty(0) && ::tcgetattr(0, &saved) == 0;
  if (raw) {
    struct termios t = saved;
    cfmakeraw(&t);
    ::tcsetattr(0, TCSANOW, &t);
    copy_winsize(0, master);
    struct sigaction sa {};
    sa.sa_handler = on_winch;
    sigaction(SIGWINCH, &sa, nullptr);
  }
  bool stdin_open = true;
  char buf[8192];
  while (true) {
    struct pollfd p[2] = {{master, POLLIN, 0}, {0, POLLIN, 0}};
    int n = ::poll(p, stdin_open ? 2 : 1, -1);
    if (g_winch) {
      g_winch = 0;
      copy_winsize(0, master);
    }
    if (n < 0) {
      if (errno == EINTR) {
        if (on_eintr) on_eintr(ctx);
        continue;
      }
      break;
    }
    if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t r = ::read(master, buf, sizeof buf);
      if (r <= 0) break;  // EIO once the last slave fd closes
      (void)write_all(1, std::string_view(buf, r));
    }
    if (stdin_open && (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t r = ::read(0, buf, sizeof buf);
      if (r <= 0) {
        stdin_open = false;
        char eof = 4;  // ^D tells the program in the pty that input ended
        (void)::write(master, &eof, 1);
      } else {
        (void)write_all(master, std::string_view(buf, r));
      }
    }
  }
  if (raw) ::tcsetattr(0, TCSANOW, &saved);
}

}  // namespace ec::rt
