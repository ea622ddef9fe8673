#include "img/net.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace ec::img {
namespace {

std::string peer_name(const std::string& host, uint16_t port) {
  std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return h + ":" + std::to_string(port);
}

std::string addr_str(const sockaddr* sa) {
  char buf[INET6_ADDRSTRLEN] = "?";
  if (sa->sa_family == AF_INET)
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf, sizeof buf);
  else if (sa->sa_family == AF_INET6)
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, buf, sizeof buf);
  return buf;
}

// Non-blocking connect bounded by timeout_ms; returns the connected socket.
Result<Fd> connect_one(const addrinfo* ai, int timeout_ms) {
  Fd fd(::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol));
  if (!fd) return sys_error("socket");
  if (::connect(fd.get(), ai->ai_addr, ai->ai_addrlen) < 0) {
    if (errno != EINPROGRESS) return make_error(strerror(errno), errno);
    EC_TRY(wait_fd(fd.get(), POLLOUT, timeout_ms));
    int err = 0;
    socklen_t len = sizeof err;
    if (::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &err, &len) < 0) return sys_error("getsockopt SO_ERROR");
    if (err) return make_error(strerror(err), err);
  }
  int one = 1;
  // Requests are small writes followed by a read: Nagle would add latency.
  ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  // Notice a dead peer on a long idle pooled connection.
  ::setsockopt(fd.get(), SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
  return fd;
}

}  // namespace

Status wait_fd(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  while (true) {
    int n = ::poll(&p, 1, timeout_ms);
    if (n > 0) return {};
    if (n == 0) return make_error(strf("timed out after %d ms", timeout_ms), ETIMEDOUT);
    if (errno != EINTR) return sys_error("poll");
  }
}

Result<std::unique_ptr<TcpTransport>> TcpTransport::connect(const std::string& host, uint16_t port,
                                                            const NetTimeouts& t) {
  std::string peer = peer_name(host, port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  addrinfo* res = nullptr;
  std::string service = std::to_string(port);
  int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &res);
  if (rc != 0) {
    int code = rc == EAI_AGAIN ? EAGAIN : rc == EAI_SYSTEM ? errno : EHOSTUNREACH;
    return make_error("resolve " + host + ": " + gai_strerror(rc), code);
  }
  Error last = make_error("no addresses", EHOSTUNREACH);
  for (addrinfo* ai = res; ai; ai = ai->ai_next) {
    auto fd = connect_one(ai, t.connect_ms);
    if (fd) {
      freeaddrinfo(res);
      return std::unique_ptr<TcpTransport>(new TcpTransport(std::move(*fd), peer, t.io_ms));
    }
    last = std::move(fd).error();
    // Name the address only when the host is a name with several addresses.
    if (addr_str(ai->ai_addr) != host) last = std::move(last).context(addr_str(ai->ai_addr));
  }
  freeaddrinfo(res);
  // "connect to host:5000: 10.0.0.7: Connection refused"
  return std::move(last).context("connect to " + peer);
}

Result<size_t> TcpTransport::read(void* buf, size_t len) {
  while (true) {
    ssize_t n = ::recv(fd_.get(), buf, len, 0);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return sys_error("read from " + peer_);
    EC_TRYC(wait_fd(fd_.get(), POLLIN, io_ms_), "read from " + peer_);
  }
}

Status TcpTransport::write(const void* buf, size_t len) {
  const char* p = static_cast<const char*>(buf);
  while (len > 0) {
    // MSG_NOSIGNAL: a peer that went away must be an error, not SIGPIPE.
    ssize_t n = ::send(fd_.get(), p, len, MSG_NOSIGNAL);
    if (n >= 0) {
      p += n;
      len -= static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return sys_error("write to " + peer_);
    EC_TRYC(wait_fd(fd_.get(), POLLOUT, io_ms_), "write to " + peer_);
  }
  return {};
}

bool TcpTransport::idle_usable() {
  pollfd p{fd_.get(), POLLIN, 0};
  int n = ::poll(&p, 1, 0);
  // Readable while idle means EOF, an error, or stray bytes: all unusable.
  return n == 0;
}

}  // namespace ec::img
