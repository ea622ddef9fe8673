// The userspace port proxy. One process, one thread, one epoll loop:
// TCP connections are relayed with splice(2) through a pipe per direction
// (data never enters user memory; read/write into a small buffer where
// splice is refused), UDP datagrams per client address through a connected
// socket that is dropped after kUdpIdle of silence. Memory stays bounded:
// at most kMaxConns connections (beyond that the listeners pause and the
// kernel's backlog holds new ones) and kMaxFlows UDP flows.
#include "net/proxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <memory>

#include "core/fd.h"
#include "core/strutil.h"
#include "rt/process.h"

namespace ec::net {

namespace {

constexpr size_t kMaxConns = 1024;
constexpr size_t kMaxFlows = 1024;
constexpr int kUdpIdle = 30;  // seconds
constexpr size_t kPipeCap = 65536;

sockaddr_in addr_of(Ip4 ip, uint16_t port) {
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(ip.v);
  return sa;
}

std::string port_name(const PortMap& p) {
  return strf("%s%u/%s", p.host_ip.empty() ? "" : (p.host_ip + ":").c_str(), p.host_port, p.proto.c_str());
}

Result<Fd> listen_on(const PortMap& p) {
  std::string what = "publish " + port_name(p);
  if (p.host_port == 0) return make_error(what + ": host port not assigned");
  Ip4 ip{};
  if (!p.host_ip.empty()) {
    auto a = parse_ip4(p.host_ip);
    if (!a) return make_error(what + ": " + a.error().msg);
    ip = *a;
  }
  bool tcp = p.proto == "tcp";
  if (!tcp && p.proto != "udp") return make_error(what + ": unsupported protocol");
  Fd s(::socket(AF_INET, (tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
  if (!s) return sys_error(what + ": socket");
  int one = 1;
  // TCP only: for UDP it would let two proxies share a port silently.
  if (tcp) ::setsockopt(s.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in sa = addr_of(ip, p.host_port);
  if (::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) {
    if (errno == EADDRINUSE) return make_error(what + ": address already in use", EADDRINUSE);
    return sys_error(what + ": bind");
  }
  if (tcp && ::listen(s.get(), 128) < 0) return sys_error(what + ": listen");
  return s;
}

// ---------------------------------------------------------------- the loop

enum class Kind { Listener, Client, Upstream, UdpFlow, Signal };

struct Tag {  // epoll's data.ptr
  Kind kind;
  void* obj;
};

struct Listener {
  Fd fd;
  bool tcp;
  uint16_t target_port;
  Tag tag;
};

// One direction of a TCP relay: src -> pipe -> dst.
struct Dir {
  Fd pipe_r, pipe_w;  // invalid: copy mode (buf)
  size_t queued = 0;  // bytes in the pipe or in buf
  size_t off = 0;     // copy mode: first unsent byte of buf
  std::unique_ptr<char[]> buf;
  bool eof = false;      // src said EOF
  bool shut = false;     // dst got SHUT_WR
};

struct Conn {
  Fd client, upstream;
  bool connected = false;
  bool dead = false;
  Dir up, down;  // client->upstream, upstream->client
  Tag ctag, utag;
};

struct Flow {
  Fd fd;
  Listener* l;
  sockaddr_in peer;
  time_t last;
  Tag tag;
};

struct Loop {
  Fd ep, sig;
  Ip4 target;
  std::vector<std::unique_ptr<Listener>> listeners;
  std::map<Conn*, std::unique_ptr<Conn>> conns;
  std::map<std::pair<Listener*, uint64_t>, std::unique_ptr<Flow>> flows;
  std::vector<std::unique_ptr<Conn>> graveyard;  // freed after the current epoll batch
  bool paused = false;
  size_t max_conns = kMaxConns;
  char dgram[65536];
};

time_t now_s() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec;
}

void ep_add(Loop& L, int fd, uint32_t ev, Tag* t) {
  epoll_event e{};
  e.events = ev;
  e.data.ptr = t;
  ::epoll_ctl(L.ep.get(), EPOLL_CTL_ADD, fd, &e);
}

void pause_listeners(Loop& L, bool pause) {
  if (L.paused == pause) return;
  L.paused = pause;
  for (auto& l : L.listeners) {
    if (!l->tcp) continue;
    epoll_event e{};
    e.events = pause ? 0u : static_cast<uint32_t>(EPOLLIN);
    e.data.ptr = &l->tag;
    ::epoll_ctl(L.ep.get(), EPOLL_CTL_MOD, l->fd.get(), &e);
  }
}

void close_conn(Loop& L, Conn* c) {
  if (c->dead) return;
  c->dead = true;
  auto it = L.conns.find(c);
  if (it == L.conns.end()) return;
  // Closing the fds removes them from epoll; the memory waits for the end
  // of the batch, which may still hold events pointing at it.
  c->client.reset();
  c->upstream.reset();
  L.graveyard.push_back(std::move(it->second));
  L.conns.erase(it);
  if (L.conns.size() < L.max_conns) pause_listeners(L, false);
}

bool again(ssize_t n) { return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK); }

void to_copy_mode(Dir& d) {
  d.pipe_r.reset();
  d.pipe_w.reset();
  d.buf.reset(new char[16384]);
}

// Move what can move from src to dst without blocking. false: the
// connection failed (reset, broken pipe) and must go.
bool pump(Dir& d, int src, int dst) {
  for (;;) {
    bool progress = false;
    bool copy = !d.pipe_r.valid();
    if (!d.eof && d.queued < (copy ? 1 : kPipeCap)) {
      ssize_t n;
      if (copy) {
        n = ::read(src, d.buf.get(), 16384);
        if (n > 0) d.off = 0;
      } else {
        n = ::splice(src, nullptr, d.pipe_w.get(), nullptr, kPipeCap - d.queued, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
        if (n < 0 && (errno == EINVAL || errno == ENOSYS) && d.queued == 0) {
          to_copy_mode(d);
          continue;
        }
      }
      if (n > 0) d.queued += static_cast<size_t>(n), progress = true;
      else if (n == 0) d.eof = true, progress = true;
      else if (!again(n) && errno != EINTR) return false;
    }
    if (d.queued > 0) {
      ssize_t n;
      if (copy) n = ::send(dst, d.buf.get() + d.off, d.queued, MSG_NOSIGNAL);
      else n = ::splice(d.pipe_r.get(), nullptr, dst, nullptr, d.queued, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
      if (n > 0) {
        d.queued -= static_cast<size_t>(n);
        if (copy) d.off += static_cast<size_t>(n);
        progress = true;
      } else if (n < 0 && !again(n) && errno != EINTR) {
        return false;
      }
    }
    if (d.eof && d.queued == 0 && !d.shut) {
      ::shutdown(dst, SHUT_WR);  // half-close: the other direction goes on
      d.shut = true;
    }
    if (!progress) return true;
  }
}

void service_conn(Loop& L, Conn* c, bool upstream_event) {
  if (c->dead) return;
  if (!c->connected) {
    if (!upstream_event) return;  // client data waits in its socket
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(c->upstream.get(), SOL_SOCKET, SO_ERROR, &err, &len);
    if (err == EINPROGRESS || err == EALREADY) return;
    if (err != 0) return close_conn(L, c);
    c->connected = true;
  }
  if (!pump(c->up, c->client.get(), c->upstream.get()) || !pump(c->down, c->upstream.get(), c->client.get()))
    return close_conn(L, c);
  if (c->up.shut && c->down.shut) close_conn(L, c);
}

bool make_dir(Dir& d) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0) {
    to_copy_mode(d);  // out of fds for pipes: still relay
    return true;
  }
  d.pipe_r.reset(p[0]);
  d.pipe_w.reset(p[1]);
  return true;
}

void accept_tcp(Loop& L, Listener* l) {
  while (L.conns.size() < L.max_conns) {
    Fd cl(::accept4(l->fd.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
    if (!cl) return;  // EAGAIN, or a transient error (EMFILE, ECONNABORTED): next event retries
    Fd up(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!up) continue;
    sockaddr_in sa = addr_of(L.target, l->target_port);
    if (::connect(up.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0 && errno != EINPROGRESS) continue;
    auto c = std::make_unique<Conn>();
    c->client = std::move(cl);
    c->upstream = std::move(up);
    make_dir(c->up);
    make_dir(c->down);
    c->ctag = {Kind::Client, c.get()};
    c->utag = {Kind::Upstream, c.get()};
    Conn* raw = c.get();
    L.conns.emplace(raw, std::move(c));
    // Edge-triggered: pump() always runs until EAGAIN on what it waits for.
    ep_add(L, raw->client.get(), EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, &raw->ctag);
    ep_add(L, raw->upstream.get(), EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, &raw->utag);
  }
  pause_listeners(L, true);
}

void drop_flow(Loop& L, Flow* f) {
  uint64_t key = (static_cast<uint64_t>(f->peer.sin_addr.s_addr) << 16) | f->peer.sin_port;
  L.flows.erase({f->l, key});
}

void udp_from_client(Loop& L, Listener* l) {
  for (;;) {
    sockaddr_in peer{};
    socklen_t plen = sizeof peer;
    ssize_t n = ::recvfrom(l->fd.get(), L.dgram, sizeof L.dgram, 0, reinterpret_cast<sockaddr*>(&peer), &plen);
    if (n < 0) return;
    uint64_t key = (static_cast<uint64_t>(peer.sin_addr.s_addr) << 16) | peer.sin_port;
    auto it = L.flows.find({l, key});
    if (it == L.flows.end()) {
      if (L.flows.size() >= kMaxFlows) continue;  // UDP may drop: the client retries
      Fd s(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
      if (!s) continue;
      sockaddr_in sa = addr_of(L.target, l->target_port);
      if (::connect(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) continue;
      auto f = std::make_unique<Flow>();
      f->fd = std::move(s);
      f->l = l;
      f->peer = peer;
      f->tag = {Kind::UdpFlow, f.get()};
      ep_add(L, f->fd.get(), EPOLLIN, &f->tag);
      it = L.flows.emplace(std::make_pair(l, key), std::move(f)).first;
    }
    it->second->last = now_s();
    ::send(it->second->fd.get(), L.dgram, static_cast<size_t>(n), MSG_NOSIGNAL);
  }
}

void udp_from_target(Loop& L, Flow* f) {
  for (;;) {
    ssize_t n = ::recv(f->fd.get(), L.dgram, sizeof L.dgram, 0);
    if (n < 0) {
      if (errno == ECONNREFUSED) continue;  // an ICMP error from the target: keep the flow
      return;
    }
    f->last = now_s();
    ::sendto(f->l->fd.get(), L.dgram, static_cast<size_t>(n), MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&f->peer),
             sizeof f->peer);
  }
}

void expire_flows(Loop& L) {
  time_t t = now_s();
  for (auto it = L.flows.begin(); it != L.flows.end();)
    if (t - it->second->last >= kUdpIdle) it = L.flows.erase(it);
    else ++it;
}

[[noreturn]] void run_loop(Loop& L) {
  epoll_event evs[64];
  time_t next_sweep = now_s() + 5;
  for (;;) {
    int timeout = L.flows.empty() ? -1 : 5000;
    int n = ::epoll_wait(L.ep.get(), evs, 64, timeout);
    if (n < 0 && errno != EINTR) _exit(1);
    for (int i = 0; i < n; i++) {
      Tag* t = static_cast<Tag*>(evs[i].data.ptr);
      switch (t->kind) {
        case Kind::Signal: _exit(0);
        case Kind::Listener: {
          auto* l = static_cast<Listener*>(t->obj);
          if (l->tcp) accept_tcp(L, l);
          else udp_from_client(L, l);
          break;
        }
        case Kind::Client: service_conn(L, static_cast<Conn*>(t->obj), false); break;
        case Kind::Upstream: service_conn(L, static_cast<Conn*>(t->obj), true); break;
        case Kind::UdpFlow: {
          auto* f = static_cast<Flow*>(t->obj);
          if (evs[i].events & (EPOLLERR | EPOLLHUP)) drop_flow(L, f);
          else udp_from_target(L, f);
          break;
        }
      }
    }
    L.graveyard.clear();
    if (!L.flows.empty() && now_s() >= next_sweep) {
      expire_flows(L);
      next_sweep = now_s() + 5;
    }
  }
}

[[noreturn]] void child_main(std::vector<Fd>& socks, const std::vector<PortMap>& ports, Ip4 target, pid_t parent) {
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (::getppid() != parent) _exit(0);  // the parent died before prctl
  ::prctl(PR_SET_NAME, "edgectl-proxy");
  // Handlers inherited from the shim must not run here.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int s = 1; s < NSIG; s++)
    if (s != SIGKILL && s != SIGSTOP) ::sigaction(s, &dfl, nullptr);
  struct sigaction ign {};
  ign.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ign, nullptr);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  ::sigprocmask(SIG_SETMASK, &mask, nullptr);
  // Our stdio may be a pipe someone waits on for EOF: hold none of it.
  int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null >= 0) {
    ::dup2(null, 0), ::dup2(null, 1), ::dup2(null, 2);
    ::close(null);
  }
  std::vector<int> keep;
  for (auto& s : socks) keep.push_back(s.get());
  rt::close_fds_except(keep);

  // Six fds per connection (two sockets, two pipes).
  rlimit rl{};
  size_t max_conns = kMaxConns;
  if (::getrlimit(RLIMIT_NOFILE, &rl) == 0) {
    rl.rlim_cur = rl.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &rl);
    ::getrlimit(RLIMIT_NOFILE, &rl);
    size_t fit = rl.rlim_cur > 64 + socks.size() ? (rl.rlim_cur - 64 - socks.size()) / 6 : 1;
    if (fit < max_conns) max_conns = fit > 0 ? fit : 1;
  }

  static Loop L;  // the 64 KiB datagram buffer: not on the stack
  L.target = target;
  L.max_conns = max_conns;
  L.ep.reset(::epoll_create1(EPOLL_CLOEXEC));
  L.sig.reset(::signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK));
  if (!L.ep || !L.sig) _exit(1);
  static Tag sig_tag{Kind::Signal, nullptr};
  ep_add(L, L.sig.get(), EPOLLIN, &sig_tag);
  for (size_t i = 0; i < socks.size(); i++) {
    auto l = std::make_unique<Listener>();
    l->fd = std::move(socks[i]);
    l->tcp = ports[i].proto == "tcp";
    l->target_port = ports[i].container_port;
    l->tag = {Kind::Listener, l.get()};
    ep_add(L, l->fd.get(), EPOLLIN, &l->tag);
    L.listeners.push_back(std::move(l));
  }
  run_loop(L);
}

}  // namespace

Result<pid_t> spawn_proxy(const std::vector<PortMap>& ports, Ip4 target) {
  std::vector<Fd> socks;
  for (auto& p : ports) {
    EC_ASSIGN(Fd s, listen_on(p));
    socks.push_back(std::move(s));
  }
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid < 0) return sys_error("publish ports: fork the proxy");
  if (pid == 0) child_main(socks, ports, target, parent);
  return pid;  // our copies of the sockets close here: the child holds them
}

}  // namespace ec::net
