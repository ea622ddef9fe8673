#include <algorithm>
#include "rt/sync.h"

#include <sys/socket.h>
#include <sys/uio.h>

#include <cerrno>
#include <cstring>

namespace ec::rt {

namespace {
struct SyncHeader {
  uint32_t type;
  int32_t code;
};
constexpr size_t kMaxMsg = 1 << 20;
}  // namespace

Result<std::pair<SyncChannel, SyncChannel>> SyncChannel::make_pair() {
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) return sys_error("socketpair");
  return std::make_pair(SyncChannel(Fd(sv[0])), SyncChannel(Fd(sv[1])));
}

Status SyncChannel::send(Msg type, std::string_view payload, int32_t code) const {
  SyncHeader h{static_cast<uint32_t>(type), code};
  struct iovec iov[2] = {{&h, sizeof h}, {const_cast<char*>(payload.data()), payload.size()}};
  struct msghdr m {};
  m.msg_iov = iov;
  m.msg_iovlen = payload.empty() ? 1 : 2;
  ssize_t n;
  do {
    n = ::sendmsg(fd_.get(), &m, MSG_NOSIGNAL);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("sync send");
  return {};
}

Result<Message> SyncChannel::recv() const {
  // Peek the datagram's size first: a zero-filled 1 MiB buffer per message
  // costs hundreds of page faults, which dominated container start.
  ssize_t n;
  do {
    n = ::recv(fd_.get(), nullptr, 0, MSG_PEEK | MSG_TRUNC);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("sync receive");
  std::string buf(std::min<size_t>(n > 0 ? static_cast<size_t>(n) : 1, kMaxMsg), '\0');
  do {
    n = ::recv(fd_.get(), buf.data(), buf.size(), 0);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("sync receive");
  if (n == 0) return make_error("container init exited before finishing setup", EPIPE);
  if (static_cast<size_t>(n) < sizeof(SyncHeader)) return make_error("sync: short message", EPROTO);
  SyncHeader h;
  memcpy(&h, buf.data(), sizeof h);
  Message msg;
  msg.type = static_cast<Msg>(h.type);
  msg.code = h.code;
  msg.payload.assign(buf.data() + sizeof h, n - sizeof h);
  return msg;
}

Result<Message> SyncChannel::expect(Msg want) const {
  EC_ASSIGN(Message m, recv());
  if (m.type == Msg::Error) {
    Error e;
    e.code = m.code;
    e.msg = m.payload;
    return e;
  }
  if (m.type != want)
    return make_error(strf("sync: expected message %u, got %u", static_cast<unsigned>(want),
                           static_cast<unsigned>(m.type)),
                      EPROTO);
  return m;
}

Status send_fd(int sock, int fd, std::string_view name) {
  char data[256];
  size_t len = name.size() < sizeof data ? name.size() : sizeof data - 1;
  memcpy(data, name.data(), len);
  if (len == 0) data[len++] = '\0';
  struct iovec iov = {data, len};
  alignas(struct cmsghdr) char ctrl[CMSG_SPACE(sizeof(int))] = {};
  struct msghdr m {};
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = ctrl;
  m.msg_controllen = sizeof ctrl;
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof(int));
  ssize_t n;
  do {
    n = ::sendmsg(sock, &m, MSG_NOSIGNAL);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("send fd over console socket");
  return {};
}

Result<Fd> recv_fd(int sock) {
  char data[256];
  struct iovec iov = {data, sizeof data};
  alignas(struct cmsghdr) char ctrl[CMSG_SPACE(sizeof(int))] = {};
  struct msghdr m {};
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = ctrl;
  m.msg_controllen = sizeof ctrl;
  ssize_t n;
  do {
    n = ::recvmsg(sock, &m, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("receive fd");
  // ctrl has room for one message only (musl's CMSG_NXTHDR also trips -Wsign-compare).
  if (struct cmsghdr* c = CMSG_FIRSTHDR(&m);
      c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
    int fd;
    memcpy(&fd, CMSG_DATA(c), sizeof fd);
    return Fd(fd);
  }
  return make_error("receive fd: no file descriptor in message", EPROTO);
}

}  // namespace ec::rt
