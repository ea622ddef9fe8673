#include "net/netlink.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "core/log.h"
#include "net/netlink_msg.h"

namespace ec::net {

namespace {

// One datagram from the kernel holds one skb: NLMSG_GOODSIZE (at most 8 KB)
// for dumps, a single message otherwise; 32 KB leaves room for links with
// many attributes. A bigger one is reported (MSG_TRUNC), never cut silently.
constexpr size_t kRecvBuf = 32 * 1024;
// A dump interrupted by concurrent changes (NLM_F_DUMP_INTR) or that lost
// replies (ENOBUFS) is started again, this many times at most.
constexpr int kDumpTries = 5;

struct Reply {
  uint16_t type;
  std::string body;  // after the nlmsghdr
};

// Interface names as the kernel takes them (dev_valid_name): 1..15 bytes,
// not "." or "..", no '/', ':' or white space. Checked here so a bad name
// gets a clear message instead of the kernel's EINVAL.
Status check_ifname(const std::string& name) {
  if (name.empty()) return make_error("empty interface name");
  if (name.size() >= IFNAMSIZ)
    return make_error(strf("interface name longer than %d bytes", IFNAMSIZ - 1), ENAMETOOLONG);
  if (name == "." || name == "..") return make_error("invalid interface name \"" + name + "\"");
  for (unsigned char c : name)
    if (c == '/' || c == ':' || c <= ' ' || c == 0x7f)
      return make_error("invalid interface name \"" + name + "\": contains '/', ':', a space or a control character");
  return {};
}

// The kernel's errno for a request, plus its extended-ack text when it
// sent one (NETLINK_EXT_ACK), e.g. "Nexthop has invalid gateway".
Error kernel_error(const nlmsghdr& h, const char* body, size_t len, int err, std::string_view what) {
  Error e = sys_error(err, what);
#ifdef NLM_F_ACK_TLVS
  if (!(h.nlmsg_flags & NLM_F_ACK_TLVS) || len < sizeof(nlmsgerr)) return e;
  nlmsgerr me;
  std::memcpy(&me, body, sizeof me);
  size_t off = sizeof me;
  // Without NLM_F_CAPPED the kernel echoes our whole request before the TLVs.
  if (!(h.nlmsg_flags & NLM_F_CAPPED) && me.msg.nlmsg_len > sizeof(nlmsghdr))
    off += nl::align4(me.msg.nlmsg_len - sizeof(nlmsghdr));
  if (off >= len) return e;
  nl::AttrWalk w(body + off, len - off);
  nl::Attr a;
  while (w.next(a))
    if (a.type == NLMSGERR_ATTR_MSG && a.len > 0) {
      std::string text = a.str();
      if (!text.empty()) e.msg += " (" + text + ")";
    }
#else
  (void)h, (void)body, (void)len;
#endif
  return e;
}

Status send_msg(int fd, std::string_view bytes, std::string_view what) {
  sockaddr_nl kernel{};
  kernel.nl_family = AF_NETLINK;
  for (;;) {
    ssize_t n = ::sendto(fd, bytes.data(), bytes.size(), 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return sys_error(std::string(what) + ": send netlink request");
    if (static_cast<size_t>(n) != bytes.size()) return make_error(std::string(what) + ": short netlink send", EIO);
    return {};
  }
}

// What one pass of a request ended with, besides an error.
struct Pass {
  bool redo = false;  // a dump to start again (interrupted or lost replies)
};

// Sends `req` (already finished with `seq`) and reads until its ack, or for
// a dump its NLMSG_DONE; data messages of this request go to `out`.
// Messages of other (older) sequence numbers are leftovers and skipped.
Result<Pass> one_pass(int fd, uint32_t seq, std::string_view req, bool dump, std::string_view what,
                      std::vector<Reply>* out) {
  EC_TRY(send_msg(fd, req, what));
  std::unique_ptr<char[]> buf(new char[kRecvBuf]);
  Pass pass;
  for (;;) {
    sockaddr_nl from{};
    iovec iov{buf.get(), kRecvBuf};
    msghdr mh{};
    mh.msg_name = &from;
    mh.msg_namelen = sizeof from;
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    ssize_t n = ::recvmsg(fd, &mh, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == ENOBUFS) {
        // The socket overflowed and the kernel dropped messages. A dump keeps
        // going (its parts are flow controlled) and is redone once it ends;
        // a plain request may have lost its ack, so waiting could hang.
        if (!dump) return sys_error(ENOBUFS, std::string(what) + ": netlink reply lost");
        pass.redo = true;
        continue;
      }
      return sys_error(std::string(what) + ": receive netlink reply");
    }
    if (mh.msg_flags & MSG_TRUNC)
      return make_error(strf("%.*s: netlink reply larger than %zu bytes", static_cast<int>(what.size()), what.data(),
                             kRecvBuf),
                        EMSGSIZE);
    if (from.nl_pid != 0) continue;  // only the kernel talks to this socket
    size_t len = static_cast<size_t>(n);
    size_t off = 0;
    while (len - off >= sizeof(nlmsghdr)) {
      nlmsghdr h;
      std::memcpy(&h, buf.get() + off, sizeof h);
      if (h.nlmsg_len < sizeof h || h.nlmsg_len > len - off)
        return make_error(std::string(what) + ": malformed netlink reply", EBADMSG);
      const char* body = buf.get() + off + NLMSG_HDRLEN;
      size_t blen = h.nlmsg_len - NLMSG_HDRLEN;
      off += nl::align4(h.nlmsg_len);
      if (off > len) off = len;
      if (h.nlmsg_seq != seq) continue;
      if (h.nlmsg_type == NLMSG_ERROR) {
        if (blen < sizeof(int)) return make_error(std::string(what) + ": short netlink error", EBADMSG);
        int err;
        std::memcpy(&err, body, sizeof err);
        if (err == 0) return pass;  // the ack
        return kernel_error(h, body, blen, -err, what);
      }
      if (h.nlmsg_type == NLMSG_DONE) {
        // A dump that failed midway says why in the DONE message.
        int err = 0;
        if (blen >= sizeof err) std::memcpy(&err, body, sizeof err);
        if (err < 0) return kernel_error(h, body, blen, -err, what);
        return pass;
      }
      if (h.nlmsg_type == NLMSG_NOOP) continue;
      if (h.nlmsg_type == NLMSG_OVERRUN) {
        pass.redo = true;
        continue;
      }
      if (h.nlmsg_flags & NLM_F_DUMP_INTR) pass.redo = true;
      if (out) out->push_back(Reply{h.nlmsg_type, std::string(body, blen)});
    }
  }
}

// A request with NLM_F_ACK, or a dump (NLM_F_DUMP, redone when needed).
Status exchange(int fd, uint32_t& seq, nl::Msg& m, bool dump, std::string_view what, std::vector<Reply>* out) {
  uint16_t flags = NLM_F_REQUEST | (dump ? NLM_F_DUMP : NLM_F_ACK);
  for (int tries = 0;; tries++) {
    if (out) out->clear();
    uint32_t s = ++seq;
    EC_ASSIGN(Pass pass, one_pass(fd, s, m.finish(s, flags), dump, what, out));
    if (!pass.redo) return {};
    if (tries + 1 >= kDumpTries)
      return make_error(std::string(what) + ": the kernel's list kept changing during the dump", EAGAIN);
  }
}

ifinfomsg link_hdr() {
  ifinfomsg ifi{};
  ifi.ifi_family = AF_UNSPEC;
  return ifi;
}

// RTM_NEWLINK (dump or get) -> LinkInfo.
bool parse_link(const std::string& body, LinkInfo& li) {
  if (body.size() < sizeof(ifinfomsg)) return false;
  ifinfomsg ifi;
  std::memcpy(&ifi, body.data(), sizeof ifi);
  li = LinkInfo{};
  li.index = ifi.ifi_index;
  li.up = (ifi.ifi_flags & IFF_UP) != 0;
  size_t off = NLMSG_ALIGN(sizeof ifi);
  nl::AttrWalk w(body.data() + off, body.size() - off);
  nl::Attr a;
  while (w.next(a)) {
    switch (a.type) {
      case IFLA_IFNAME: li.name = a.str(); break;
      case IFLA_MTU: li.mtu = a.u32(); break;
      case IFLA_MASTER: li.master = static_cast<int>(a.u32()); break;
      case IFLA_LINKINFO: {
        nl::AttrWalk in(a.data, a.len);
        nl::Attr k;
        while (in.next(k))
          if (k.type == IFLA_INFO_KIND) li.kind = k.str();
        break;
      }
      default: break;
    }
  }
  return true;
}

// Counters are big and nobody here reads them.
void skip_stats(nl::Msg& m) {
#ifdef RTEXT_FILTER_SKIP_STATS
  m.put_u32(IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS);
#else
  (void)m;
#endif
}

// A link-setting request for `name`: RTM_SETLINK, the device named by IFLA_IFNAME.
nl::Msg set_link_msg(const std::string& name, unsigned flags, unsigned change) {
  nl::Msg m(RTM_SETLINK, 0);
  ifinfomsg ifi = link_hdr();
  ifi.ifi_flags = flags;
  ifi.ifi_change = change;
  m.put_raw(&ifi, sizeof ifi);
  m.put_str(IFLA_IFNAME, name);
  return m;
}

std::string route_text(const Cidr& dst, Ip4 gw, const std::string& dev) {
  std::string s = dst.prefix == 0 ? "default" : to_string(Cidr{dst.network(), dst.prefix});
  if (gw.v) s += " via " + to_string(gw);
  return s + " dev " + dev;
}

}  // namespace

Result<Netlink> Netlink::open() {
  Fd fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
  if (!fd) return sys_error("open rtnetlink socket");
  int one = 1;
  // Both are extras of newer kernels (4.12, 4.3): error texts and short acks.
#ifdef NETLINK_EXT_ACK
  (void)::setsockopt(fd.get(), SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);
#endif
#ifdef NETLINK_CAP_ACK
  (void)::setsockopt(fd.get(), SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
#endif
  sockaddr_nl sa{};
  sa.nl_family = AF_NETLINK;
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) return sys_error("bind rtnetlink socket");
  return Netlink(std::move(fd));
}

Result<Netlink> Netlink::open_in(int netns_fd) {
  Fd self(::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
  if (!self) {  // kernels before 3.17 have no /proc/thread-self
    std::string p = strf("/proc/self/task/%ld/ns/net", static_cast<long>(::syscall(SYS_gettid)));
    self.reset(::open(p.c_str(), O_RDONLY | O_CLOEXEC));
  }
  if (!self) return sys_error("open own network namespace");
  if (::setns(netns_fd, CLONE_NEWNET) < 0) return sys_error("enter network namespace");
  auto nl = open();
  if (::setns(self.get(), CLONE_NEWNET) < 0) {
    // This thread would go on in the wrong namespace and could change
    // another network's links: stop here rather than risk it.
    log_error(sys_error("return to own network namespace"));
    std::abort();
  }
  return nl;
}

Result<int> Netlink::link_index(const std::string& name) {
  std::string what = "link " + name;
  EC_TRYC(check_ifname(name), what);
  nl::Msg m(RTM_GETLINK, 0);
  ifinfomsg ifi = link_hdr();
  m.put_raw(&ifi, sizeof ifi);
  m.put_str(IFLA_IFNAME, name);
  skip_stats(m);
  std::vector<Reply> replies;
  EC_TRY(exchange(fd_.get(), seq_, m, false, what, &replies));
  LinkInfo li;
  for (auto& r : replies)
    if (r.type == RTM_NEWLINK && parse_link(r.body, li)) return li.index;
  return make_error(what + ": no link in the kernel's reply", ENODEV);
}

Result<std::vector<LinkInfo>> Netlink::links() {
  nl::Msg m(RTM_GETLINK, 0);
  ifinfomsg ifi = link_hdr();
  m.put_raw(&ifi, sizeof ifi);
  skip_stats(m);
  std::vector<Reply> replies;
  EC_TRY(exchange(fd_.get(), seq_, m, true, "list links", &replies));
  std::vector<LinkInfo> out;
  out.reserve(replies.size());
  for (auto& r : replies) {
    LinkInfo li;
    if (r.type == RTM_NEWLINK && parse_link(r.body, li)) out.push_back(std::move(li));
  }
  return out;
}

namespace {
// RTM_NEWLINK creating `name` (its kind is added by the caller).
nl::Msg new_link(const std::string& name, unsigned mtu) {
  nl::Msg m(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
  ifinfomsg ifi = link_hdr();
  m.put_raw(&ifi, sizeof ifi);
  m.put_str(IFLA_IFNAME, name);
  if (mtu) m.put_u32(IFLA_MTU, mtu);
  return m;
}
}  // namespace

Status Netlink::add_bridge(const std::string& name, unsigned mtu) {
  std::string what = "add bridge " + name;
  EC_TRYC(check_ifname(name), what);
  nl::Msg m = new_link(name, mtu);
  size_t info = m.nest(IFLA_LINKINFO);
  m.put_str(IFLA_INFO_KIND, "bridge");
  m.end(info);
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::add_veth(const std::string& name, const std::string& peer, unsigned mtu, int peer_netns_fd) {
  std::string what = "add veth " + name;
  EC_TRYC(check_ifname(name), what);
  EC_TRYC(check_ifname(peer), what + ": peer " + peer);
  nl::Msg m = new_link(name, mtu);
  size_t info = m.nest(IFLA_LINKINFO);
  m.put_str(IFLA_INFO_KIND, "veth");
  size_t data = m.nest(IFLA_INFO_DATA);
  // The peer is described like a link of its own: ifinfomsg + attributes.
  size_t p = m.nest(VETH_INFO_PEER);
  ifinfomsg pifi = link_hdr();
  m.put_raw(&pifi, sizeof pifi);
  m.put_str(IFLA_IFNAME, peer);
  if (peer_netns_fd >= 0) m.put_u32(IFLA_NET_NS_FD, static_cast<uint32_t>(peer_netns_fd));
  if (mtu) m.put_u32(IFLA_MTU, mtu);
  m.end(p);
  m.end(data);
  m.end(info);
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::del_link(const std::string& name) {
  std::string what = "delete link " + name;
  EC_TRYC(check_ifname(name), what);
  nl::Msg m(RTM_DELLINK, 0);
  ifinfomsg ifi = link_hdr();
  m.put_raw(&ifi, sizeof ifi);
  m.put_str(IFLA_IFNAME, name);
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::set_up(const std::string& name) {
  std::string what = "set " + name + " up";
  EC_TRYC(check_ifname(name), what);
  nl::Msg m = set_link_msg(name, IFF_UP, IFF_UP);
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::set_master(const std::string& name, const std::string& bridge) {
  std::string what = "set master of " + name + " to " + bridge;
  EC_TRYC(check_ifname(name), what);
  auto br = link_index(bridge);
  if (!br) return std::move(br).error().context(what);
  nl::Msg m = set_link_msg(name, 0, 0);
  m.put_u32(IFLA_MASTER, static_cast<uint32_t>(*br));
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::set_mtu(const std::string& name, unsigned mtu) {
  std::string what = strf("set mtu of %s to %u", name.c_str(), mtu);
  EC_TRYC(check_ifname(name), what);
  nl::Msg m = set_link_msg(name, 0, 0);
  m.put_u32(IFLA_MTU, mtu);
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::add_addr(const std::string& name, const Cidr& addr) {
  std::string what = "add address " + to_string(addr) + " to " + name;
  auto idx = link_index(name);
  if (!idx) return std::move(idx).error().context(what);
  nl::Msg m(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL);
  ifaddrmsg ifa{};
  ifa.ifa_family = AF_INET;
  ifa.ifa_prefixlen = static_cast<unsigned char>(addr.prefix);
  ifa.ifa_scope = RT_SCOPE_UNIVERSE;
  ifa.ifa_index = static_cast<unsigned>(*idx);
  m.put_raw(&ifa, sizeof ifa);
  uint32_t ip = htonl(addr.ip.v);
  m.put(IFA_LOCAL, &ip, sizeof ip);
  m.put(IFA_ADDRESS, &ip, sizeof ip);
  // /31 and /32 have no broadcast address (RFC 3021).
  if (addr.prefix < 31) {
    uint32_t brd = htonl(addr.broadcast().v);
    m.put(IFA_BROADCAST, &brd, sizeof brd);
  }
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

Status Netlink::add_route(const Cidr& dst, Ip4 gw, const std::string& dev) {
  std::string what = "add route " + route_text(dst, gw, dev);
  auto idx = link_index(dev);
  if (!idx) return std::move(idx).error().context(what);
  nl::Msg m(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL);
  rtmsg rt{};
  rt.rtm_family = AF_INET;
  rt.rtm_dst_len = static_cast<unsigned char>(dst.prefix);
  rt.rtm_table = RT_TABLE_MAIN;
  rt.rtm_protocol = RTPROT_BOOT;
  // Through a gateway the route reaches beyond the link; without one the
  // destination is on the link itself.
  rt.rtm_scope = gw.v ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
  rt.rtm_type = RTN_UNICAST;
  m.put_raw(&rt, sizeof rt);
  if (dst.prefix > 0) {
    uint32_t net = htonl(dst.network().v);
    m.put(RTA_DST, &net, sizeof net);
  }
  if (gw.v) {
    uint32_t g = htonl(gw.v);
    m.put(RTA_GATEWAY, &g, sizeof g);
  }
  m.put_u32(RTA_OIF, static_cast<uint32_t>(*idx));
  return exchange(fd_.get(), seq_, m, false, what, nullptr);
}

}  // namespace ec::net
