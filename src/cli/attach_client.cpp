#include "cli/attach_client.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "core/clock.h"
#include "core/fd.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "rt/engine/attach_proto.h"

namespace ec::cli {

namespace {

using engine::FrameReader;

Status send_frame(int fd, char type, const void* p, size_t n) {
  unsigned char h[engine::kFrameHeader];
  engine::frame_header(h, type, static_cast<uint32_t>(n));
  EC_TRY(write_all(fd, std::string_view(reinterpret_cast<char*>(h), sizeof h)));
  if (n) EC_TRY(write_all(fd, std::string_view(static_cast<const char*>(p), n)));
  return {};
}

void send_size(int sock) {
  struct winsize ws = {};
  if (::ioctl(0, TIOCGWINSZ, &ws) < 0) return;
  unsigned char b[4] = {static_cast<unsigned char>(ws.ws_row), static_cast<unsigned char>(ws.ws_row >> 8),
                        static_cast<unsigned char>(ws.ws_col), static_cast<unsigned char>(ws.ws_col >> 8)};
  (void)send_frame(sock, 'r', b, 4);
}

struct RawMode {
  bool on = false;
  struct termios saved;
  void enable() {
    if (::tcgetattr(0, &saved) < 0) return;
    struct termios t = saved;
    cfmakeraw(&t);
    on = ::tcsetattr(0, TCSANOW, &t) == 0;
  }
  ~RawMode() {
    if (on) ::tcsetattr(0, TCSANOW, &saved);
  }
};

// "ctrl-p,ctrl-q" -> bytes.
std::string parse_keys(const std::string& spec) {
  std::string out;
  for (auto& k : split(spec, ',', true)) {
    if (k.size() == 6 && starts_with(k, "ctrl-")) {
      char c = k[5];
      if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 1);
      else if (c == '@') out += '\0';
      else if (c == '[') out += '\x1b';
    } else if (k.size() == 1) {
      out += k;
    }
  }
  return out;
}

}  // namespace

Result<AttachResult> attach_socket(const std::string& path, const AttachOptions& o) {
  Fd sock(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (!sock) return sys_error("socket");
  Fd dir;
  EC_ASSIGN(std::string sp, short_socket_path(path, dir));
  struct sockaddr_un sa = {};
  sa.sun_family = AF_UNIX;
  memcpy(sa.sun_path, sp.c_str(), sp.size() + 1);
  if (::connect(sock.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) return sys_error("attach " + path);

  sigset_t set, old;
  sigemptyset(&set);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH}) sigaddset(&set, s);
  ::sigprocmask(SIG_BLOCK, &set, &old);
  Fd sig(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
  struct Restore {
    sigset_t m;
    ~Restore() { ::sigprocmask(SIG_SETMASK, &m, nullptr); }
  } restore{old};

  RawMode raw;
  bool tty_in = o.tty && ::isatty(0);
  if (tty_in) {
    raw.enable();
    send_size(sock.get());
  }
  if (o.send_go) EC_TRY(send_frame(sock.get(), 'g', nullptr, 0));

  std::string keys = parse_keys(o.detach_keys);
  size_t key_pos = 0;
  bool stdin_open = o.send_stdin;
  AttachResult res;
  auto reader = std::make_unique<FrameReader>();
  while (!res.exited && !res.detached) {
    struct pollfd fds[3] = {{sock.get(), POLLIN, 0}, {stdin_open ? 0 : -1, POLLIN, 0}, {sig.get(), POLLIN, 0}};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      return sys_error("poll");
    }
    if (fds[2].revents) {
      struct signalfd_siginfo si;
      while (::read(sig.get(), &si, sizeof si) == sizeof si) {
        if (si.ssi_signo == SIGWINCH) {
          if (tty_in) send_size(sock.get());
        } else if (o.proxy_signals) {
          unsigned char s = static_cast<unsigned char>(si.ssi_signo);
          (void)send_frame(sock.get(), 'k', &s, 1);
        }
      }
    }
    if (fds[1].revents) {
      char buf[4096];
      ssize_t n = ::read(0, buf, sizeof buf);
      if (n <= 0) {
        stdin_open = false;
        if (o.close_stdin) (void)send_frame(sock.get(), 'c', nullptr, 0);
      } else {
        size_t send_upto = static_cast<size_t>(n);
        if (tty_in && !keys.empty()) {
          for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == keys[key_pos]) {
              if (++key_pos == keys.size()) {
                res.detached = true;
                send_upto = static_cast<size_t>(i + 1 - static_cast<ssize_t>(keys.size()));
                if (static_cast<ssize_t>(send_upto) < 0) send_upto = 0;
                break;
              }
            } else {
              key_pos = buf[i] == keys[0] ? 1 : 0;
            }
          }
        }
        if (send_upto) (void)send_frame(sock.get(), 'i', buf, send_upto);
      }
    }
    if (fds[0].revents) {
      unsigned char buf[16384];
      ssize_t n = ::read(sock.get(), buf, sizeof buf);
      if (n <= 0) break;  // the shim went away
      reader->feed(buf, static_cast<size_t>(n), [&](char t, const unsigned char* p, size_t len) {
        if (t == 'o') (void)write_all(1, std::string_view(reinterpret_cast<const char*>(p), len));
        else if (t == 'e') (void)write_all(2, std::string_view(reinterpret_cast<const char*>(p), len));
        else if (t == 'E') res.error.assign(reinterpret_cast<const char*>(p), len);
        else if (t == 'x' && len == 4) {
          res.exited = true;
          res.exit_code = static_cast<int>(p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<unsigned>(p[3]) << 24));
        }
      });
    }
  }
  if (res.exited && o.linger_ms > 0) {
    // Whatever else comes is of no interest (output ended before 'x'): drain to EOF.
    int64_t until = monotonic_ms() + o.linger_ms;
    for (;;) {
      int64_t left = until - monotonic_ms();
      if (left <= 0) break;
      struct pollfd p = {sock.get(), POLLIN, 0};
      int r = ::poll(&p, 1, static_cast<int>(left));
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      unsigned char buf[4096];
      ssize_t n = ::read(sock.get(), buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
    }
  }
  return res;
}

}  // namespace ec::cli
