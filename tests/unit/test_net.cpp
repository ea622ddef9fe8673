// Networking basics: IPv4 parsing and prefix arithmetic (ip.h), netlink
// message building, rtnetlink against the real kernel inside a fresh network
// namespace (as root directly, otherwise inside a new user namespace), and
// persistent network namespaces (netns.h, root only where they bind-mount).
#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <linux/if.h>
#include <linux/sockios.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "core/fs.h"
#include "core/strutil.h"
#include "net/ip.h"
#include "net/netlink.h"
#include "net/netlink_msg.h"
#include "net/netns.h"

using namespace ec;
using namespace ec::net;

namespace {

Ip4 ip(const char* s) {
  auto r = parse_ip4(s);
  EXPECT_TRUE(r.ok()) << s;
  return r.ok() ? *r : Ip4{};
}

Cidr cidr(const char* s) {
  auto r = parse_cidr(s);
  EXPECT_TRUE(r.ok()) << s;
  return r.ok() ? *r : Cidr{};
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// ---------------------------------------------------------------- ip.h

TEST(Ip4, ParsesDottedQuads) {
  EXPECT_EQ(ip("0.0.0.0").v, 0u);
  EXPECT_EQ(ip("10.0.0.1").v, 0x0a000001u);
  EXPECT_EQ(ip("192.168.1.254").v, 0xc0a801feu);
  EXPECT_EQ(ip("255.255.255.255").v, 0xffffffffu);
  EXPECT_EQ(ip("1.2.3.4").v, 0x01020304u);
  // A view that is not NUL-terminated: only its own bytes count.
  std::string_view v("10.1.2.3/24", 8);
  auto r = parse_ip4(v);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->v, 0x0a010203u);
}

TEST(Ip4, RejectsBadInput) {
  for (const char* bad : {"", "1", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.256", "-1.2.3.4", "a.b.c.d", "1.2.3.4 ",
                          " 1.2.3.4", "1..2.3", "1.2.3.", ".1.2.3", "01.2.3.4", "0x1.2.3.4", "::1", "1.2.3.4/24",
                          "1,2,3,4", "999999999999.1.1.1"}) {
    auto r = parse_ip4(bad);
    EXPECT_FALSE(r.ok()) << '"' << bad << '"';
    if (!r.ok()) {
      EXPECT_EQ(r.error().code, EINVAL) << bad;
      EXPECT_TRUE(contains(r.error().msg, "invalid IPv4 address")) << r.error().msg;
    }
  }
}

TEST(Cidr, ParsesAndKeepsHostBits) {
  Cidr c = cidr("10.0.0.5/24");
  EXPECT_EQ(c.ip.v, 0x0a000005u);
  EXPECT_EQ(c.prefix, 24);
  Cidr n = cidr("10.0.0.0/24");
  EXPECT_EQ(n.ip.v, 0x0a000000u);
  EXPECT_FALSE(c == n);
  EXPECT_EQ(cidr("0.0.0.0/0").prefix, 0);
  EXPECT_EQ(cidr("1.2.3.4/32").prefix, 32);
  EXPECT_EQ(cidr("172.16.0.0/12").prefix, 12);
  EXPECT_EQ(cidr("10.0.0.0/8").prefix, 8);
}

TEST(Cidr, RejectsBadInput) {
  struct {
    const char* in;
    const char* why;
  } cases[] = {
      {"", "want ADDRESS/PREFIX"},
      {"10.0.0.0", "want ADDRESS/PREFIX"},
      {"/24", "bad address"},
      {"10.0.0/24", "bad address"},
      {"10.0.0.0 /24", "bad address"},
      {"300.0.0.0/8", "bad address"},
      {"10.0.0.0/", "bad prefix length"},
      {"10.0.0.0/-1", "bad prefix length"},
      {"10.0.0.0/ 8", "bad prefix length"},
      {"10.0.0.0/8 ", "bad prefix length"},
      {"10.0.0.0/2a", "bad prefix length"},
      {"10.0.0.0/024", "bad prefix length"},
      {"10.0.0.0/24/1", "bad prefix length"},
      {"10.0.0.0/33", "prefix over 32"},
      {"10.0.0.0/99", "prefix over 32"},
  };
  for (auto& c : cases) {
    auto r = parse_cidr(c.in);
    EXPECT_FALSE(r.ok()) << '"' << c.in << '"';
    if (r.ok()) continue;
    EXPECT_EQ(r.error().code, EINVAL);
    EXPECT_EQ(r.error().msg, std::string("invalid subnet ") + c.in + ": " + c.why);
  }
}

TEST(Cidr, NetworkAndBroadcast) {
  Cidr c = cidr("10.1.2.3/24");
  EXPECT_EQ(to_string(c.network()), "10.1.2.0");
  EXPECT_EQ(to_string(c.broadcast()), "10.1.2.255");
  Cidr w = cidr("172.20.5.6/12");
  EXPECT_EQ(to_string(w.network()), "172.16.0.0");
  EXPECT_EQ(to_string(w.broadcast()), "172.31.255.255");
  Cidr all = cidr("8.8.8.8/0");
  EXPECT_EQ(to_string(all.network()), "0.0.0.0");
  EXPECT_EQ(to_string(all.broadcast()), "255.255.255.255");
  Cidr host = cidr("8.8.8.8/32");
  EXPECT_EQ(host.network(), host.ip);
  EXPECT_EQ(host.broadcast(), host.ip);
  Cidr p2p = cidr("10.0.0.7/31");
  EXPECT_EQ(to_string(p2p.network()), "10.0.0.6");
  EXPECT_EQ(to_string(p2p.broadcast()), "10.0.0.7");
  Cidr one = cidr("200.1.2.3/1");
  EXPECT_EQ(to_string(one.network()), "128.0.0.0");
  EXPECT_EQ(to_string(one.broadcast()), "255.255.255.255");
  // Every prefix length: the network has no host bits, the broadcast all of them.
  for (int p = 0; p <= 32; p++) {
    Cidr x{Ip4{0xdeadbeefu}, p};
    uint32_t host_bits = p == 0 ? 0xffffffffu : p == 32 ? 0u : (1u << (32 - p)) - 1;
    EXPECT_EQ(x.network().v, 0xdeadbeefu & ~host_bits) << p;
    EXPECT_EQ(x.broadcast().v, 0xdeadbeefu | host_bits) << p;
  }
}

TEST(Cidr, Contains) {
  Cidr c = cidr("10.88.0.0/16");
  EXPECT_TRUE(c.contains(ip("10.88.0.0")));
  EXPECT_TRUE(c.contains(ip("10.88.0.1")));
  EXPECT_TRUE(c.contains(ip("10.88.255.255")));
  EXPECT_FALSE(c.contains(ip("10.89.0.0")));
  EXPECT_FALSE(c.contains(ip("10.87.255.255")));
  EXPECT_FALSE(c.contains(ip("0.0.0.0")));
  // Host bits in the prefix itself do not change what it contains.
  EXPECT_TRUE(cidr("10.88.7.7/16").contains(ip("10.88.200.1")));
  EXPECT_TRUE(cidr("0.0.0.0/0").contains(ip("255.255.255.255")));
  EXPECT_TRUE(cidr("0.0.0.0/0").contains(ip("0.0.0.0")));
  EXPECT_TRUE(cidr("1.2.3.4/32").contains(ip("1.2.3.4")));
  EXPECT_FALSE(cidr("1.2.3.4/32").contains(ip("1.2.3.5")));
  EXPECT_TRUE(cidr("10.0.0.6/31").contains(ip("10.0.0.7")));
  EXPECT_FALSE(cidr("10.0.0.6/31").contains(ip("10.0.0.8")));
}

TEST(Cidr, Overlaps) {
  auto ov = [](const char* a, const char* b) {
    bool x = cidr(a).overlaps(cidr(b)), y = cidr(b).overlaps(cidr(a));
    EXPECT_EQ(x, y) << a << " vs " << b << ": overlap must be symmetric";
    return x;
  };
  EXPECT_TRUE(ov("10.0.0.0/24", "10.0.0.0/24"));
  EXPECT_TRUE(ov("10.0.0.0/8", "10.200.3.0/24"));
  EXPECT_TRUE(ov("10.0.0.0/24", "10.0.0.128/25"));
  EXPECT_TRUE(ov("0.0.0.0/0", "192.168.1.0/24"));
  EXPECT_TRUE(ov("10.0.0.5/24", "10.0.0.200/30"));
  EXPECT_TRUE(ov("10.0.0.1/32", "10.0.0.0/24"));
  EXPECT_FALSE(ov("10.0.0.0/24", "10.0.1.0/24"));  // adjacent
  EXPECT_FALSE(ov("10.0.0.0/25", "10.0.0.128/25"));
  EXPECT_FALSE(ov("172.16.0.0/12", "172.32.0.0/12"));
  EXPECT_FALSE(ov("192.168.0.0/16", "10.0.0.0/8"));
  EXPECT_FALSE(ov("10.0.0.1/32", "10.0.0.2/32"));
}

TEST(Ip, FormatsAndRoundTrips) {
  EXPECT_EQ(to_string(Ip4{0}), "0.0.0.0");
  EXPECT_EQ(to_string(Ip4{0xffffffffu}), "255.255.255.255");
  EXPECT_EQ(to_string(Ip4{0x0a000001u}), "10.0.0.1");
  EXPECT_EQ(to_string(Cidr{Ip4{0x0a000005u}, 24}), "10.0.0.5/24");
  EXPECT_EQ(to_string(Cidr{Ip4{0}, 0}), "0.0.0.0/0");
  for (const char* s : {"10.0.0.5/24", "0.0.0.0/0", "255.255.255.255/32", "172.16.9.1/12", "192.168.0.0/16"}) {
    auto c = parse_cidr(s);
    ASSERT_TRUE(c.ok()) << s;
    EXPECT_EQ(to_string(*c), s);
  }
  EXPECT_LT(ip("9.255.255.255"), ip("10.0.0.0"));
  EXPECT_LT(ip("10.0.0.9"), ip("10.0.0.10"));
}

// ---------------------------------------------------------------- messages

TEST(NlMsg, NestsAlignAndWalk) {
  nl::Msg m(16 /* RTM_NEWLINK */, 0);
  char fam[6] = {1, 2, 3, 4, 5, 6};  // an odd family header gets padded to 8
  m.put_raw(fam, sizeof fam);
  m.put_str(3, "br0");  // 4 + 4 bytes
  size_t outer = m.nest(18);
  m.put_str(1, "veth");   // 4 + 5 -> 12 with padding
  size_t inner = m.nest(2);
  m.put_u32(7, 0x11223344);
  m.end(inner);
  m.end(outer);
  std::string_view bytes = m.finish(42, 5);
  ASSERT_EQ(bytes.size() % 4, 0u);
  nlmsghdr h;
  std::memcpy(&h, bytes.data(), sizeof h);
  EXPECT_EQ(h.nlmsg_len, bytes.size());
  EXPECT_EQ(h.nlmsg_seq, 42u);
  EXPECT_EQ(h.nlmsg_flags, 5);
  EXPECT_EQ(h.nlmsg_type, 16);
  EXPECT_EQ(bytes.size(), sizeof h + 8 + 8 + 4 + 12 + 4 + 8);

  nl::AttrWalk w(bytes.data() + sizeof h + 8, bytes.size() - sizeof h - 8);
  nl::Attr a;
  ASSERT_TRUE(w.next(a));
  EXPECT_EQ(a.type, 3);
  EXPECT_EQ(a.len, 4u);
  EXPECT_EQ(a.str(), "br0");
  ASSERT_TRUE(w.next(a));
  EXPECT_EQ(a.type, 18);  // NLA_F_NESTED is masked off
  EXPECT_EQ(a.len, 12u + 4 + 8);
  ASSERT_FALSE(w.next(a)) << "the nest must cover everything after it";
  nl::Attr n = {};
  {
    nl::AttrWalk in(bytes.data() + sizeof h + 8 + 8 + 4, 12 + 4 + 8);
    ASSERT_TRUE(in.next(n));
    EXPECT_EQ(n.str(), "veth");
    ASSERT_TRUE(in.next(n));
    EXPECT_EQ(n.type, 2);
    nl::AttrWalk in2(n.data, n.len);
    nl::Attr v;
    ASSERT_TRUE(in2.next(v));
    EXPECT_EQ(v.u32(), 0x11223344u);
    EXPECT_FALSE(in2.next(v));
    EXPECT_FALSE(in.next(n));
  }
}

TEST(NlMsg, WalkStopsAtMalformedAttributes) {
  // Length smaller than the header, length past the end, a truncated header.
  unsigned char small[8] = {2, 0, 1, 0, 0, 0, 0, 0};
  unsigned char past[8] = {12, 0, 1, 0, 0, 0, 0, 0};
  unsigned char good_then_cut[10] = {8, 0, 1, 0, 0xaa, 0xbb, 0xcc, 0xdd, 8, 0};
  nl::Attr a;
  nl::AttrWalk w1(reinterpret_cast<char*>(small), sizeof small);
  EXPECT_FALSE(w1.next(a));
  nl::AttrWalk w2(reinterpret_cast<char*>(past), sizeof past);
  EXPECT_FALSE(w2.next(a));
  nl::AttrWalk w3(reinterpret_cast<char*>(good_then_cut), sizeof good_then_cut);
  ASSERT_TRUE(w3.next(a));
  EXPECT_EQ(a.len, 4u);
  EXPECT_FALSE(w3.next(a));
  // u32 of a short attribute is 0, not a read past its end.
  nl::Attr shrt{1, reinterpret_cast<char*>(small), 2};
  EXPECT_EQ(shrt.u32(), 0u);
}

// ---------------------------------------------------------------- kernel

bool is_root() { return ::geteuid() == 0; }

// Collects failures inside a forked child (gtest cannot see them there).
struct Fails {
  std::string text;
  void add(int line, const std::string& what) { text += strf("line %d: ", line) + what + "\n"; }
};
#define CK(cond)                                 \
  do {                                           \
    if (!(cond)) fails.add(__LINE__, #cond);     \
  } while (0)
#define CK_OK(expr)                                                                  \
  do {                                                                               \
    const auto& _r = (expr);                                                              \
    if (!_r.ok()) fails.add(__LINE__, std::string(#expr) + ": " + _r.error().msg);   \
  } while (0)
// The call must fail with `code` and exactly the message `msg`.
#define CK_ERR(expr, code_, msg_)                                                                       \
  do {                                                                                                  \
    const auto& _r = (expr);                                                                                 \
    if (_r.ok())                                                                                        \
      fails.add(__LINE__, std::string(#expr) + " succeeded");                                           \
    else if (_r.error().code != (code_) || !starts_with(_r.error().msg, msg_))                          \
      fails.add(__LINE__, std::string(#expr) + strf(": code %d: ", _r.error().code) + _r.error().msg);  \
  } while (0)

Status write_str(const char* path, const std::string& s) { return write_knob(path, s); }

// In a forked child: a new network namespace and a private mount namespace
// with this namespace's sysfs on /sys (the mounts vanish with the child).
// "" when ready, "SKIP: ..." when this machine does not allow it.
std::string enter_test_namespaces() {
  if (is_root()) {
    if (::unshare(CLONE_NEWNET | CLONE_NEWNS) < 0) return std::string("SKIP: unshare: ") + strerror(errno);
  } else {
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET | CLONE_NEWNS) < 0)
      return std::string("SKIP: unshare(CLONE_NEWUSER): ") + strerror(errno);
    if (!write_str("/proc/self/uid_map", strf("0 %u 1", uid)).ok() ||
        !write_str("/proc/self/setgroups", "deny").ok() || !write_str("/proc/self/gid_map", strf("0 %u 1", gid)).ok())
      return "SKIP: cannot write the user namespace's id maps";
  }
  // Private first: nothing mounted below may reach the host's mount table.
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) < 0)
    return std::string("SKIP: make mounts private: ") + strerror(errno);
  if (::mount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) < 0)
    return std::string("SKIP: mount sysfs: ") + strerror(errno);
  return "";
}

// Runs fn in a forked child inside fresh namespaces; "" when it passed.
std::string in_netns_child(const std::function<std::string()>& fn) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return "pipe failed";
  pid_t pid = ::fork();
  if (pid < 0) return "fork failed";
  if (pid == 0) {
    ::close(p[0]);
    ::alarm(60);  // a hung kernel exchange fails the test instead of stalling it
    std::string msg = enter_test_namespaces();
    if (msg.empty()) msg = fn();
    (void)!::write(p[1], msg.data(), msg.size());
    ::_exit(msg.empty() ? 0 : 1);
  }
  ::close(p[1]);
  std::string out;
  char buf[1024];
  ssize_t n;
  while ((n = ::read(p[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0) out.append(buf, n);
  ::close(p[0]);
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  if (out.empty() && !(WIFEXITED(st) && WEXITSTATUS(st) == 0)) out = strf("child died (status 0x%x)", st);
  return out;
}

#define RUN_IN_NETNS(fn)                                  \
  do {                                                    \
    std::string _r = in_netns_child(fn);                  \
    if (starts_with(_r, "SKIP")) GTEST_SKIP() << _r;      \
    EXPECT_EQ(_r, "");                                    \
  } while (0)

std::string sys_net(const std::string& rel) {
  auto r = read_file("/sys/class/net/" + rel);
  return r.ok() ? std::string(trim(*r)) : "<" + r.error().msg + ">";
}

std::string master_of(const std::string& dev) {
  char buf[256];
  ssize_t n = ::readlink(("/sys/class/net/" + dev + "/master").c_str(), buf, sizeof buf - 1);
  if (n < 0) return "";
  std::string t(buf, n);
  return t.substr(t.rfind('/') + 1);
}

// An address of `dev` through the classic ioctls (independent of netlink).
std::string if_addr(const std::string& dev, unsigned long req) {
  Fd s(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  ifreq ifr{};
  std::strncpy(ifr.ifr_name, dev.c_str(), IFNAMSIZ - 1);
  if (!s || ::ioctl(s.get(), req, &ifr) < 0) return std::string("<") + strerror(errno) + ">";
  sockaddr_in sin;
  std::memcpy(&sin, &ifr.ifr_addr, sizeof sin);
  return to_string(Ip4{ntohl(sin.sin_addr.s_addr)});
}

struct RouteLine {
  std::string dev;
  uint32_t dst, gw, mask;  // host order
  unsigned flags;
};

// /proc/self/net/route: the main table of this process's namespace. The
// addresses are the raw network-order words printed as hex.
std::vector<RouteLine> routes() {
  std::vector<RouteLine> out;
  auto f = read_file("/proc/self/net/route");
  if (!f) return out;
  auto lines = split(*f, '\n', true);
  for (size_t i = 1; i < lines.size(); i++) {
    auto col = split(lines[i], '\t', true);
    if (col.size() < 8) continue;
    RouteLine r;
    r.dev = std::string(trim(col[0]));
    r.dst = ntohl(static_cast<uint32_t>(strtoul(col[1].c_str(), nullptr, 16)));
    r.gw = ntohl(static_cast<uint32_t>(strtoul(col[2].c_str(), nullptr, 16)));
    r.flags = static_cast<unsigned>(strtoul(col[3].c_str(), nullptr, 16));
    r.mask = ntohl(static_cast<uint32_t>(strtoul(col[7].c_str(), nullptr, 16)));
    out.push_back(r);
  }
  return out;
}

bool has_route(const std::string& dev, const char* dst, const char* mask, const char* gw) {
  for (auto& r : routes())
    if (r.dev == dev && r.dst == ip(dst).v && r.mask == ip(mask).v && r.gw == ip(gw).v) return true;
  return false;
}

const LinkInfo* find_link(const std::vector<LinkInfo>& ls, const std::string& name) {
  for (auto& l : ls)
    if (l.name == name) return &l;
  return nullptr;
}

ino_t ns_inode(const char* path) {
  struct stat st {};
  return ::stat(path, &st) == 0 ? st.st_ino : 0;
}

// A scratch directory under TMPDIR, /var/tmp or /tmp, whichever is writable.
std::string make_tmpdir() {
  std::vector<std::string> bases;
  if (const char* t = getenv("TMPDIR")) bases.push_back(t);
  bases.push_back("/var/tmp");
  bases.push_back("/tmp");
  for (auto& b : bases) {
    std::string t = b + "/edgectl-net-XXXXXX";
    if (::mkdtemp(t.data())) return t;
  }
  return "";
}

TEST(Netlink, BridgeVethAddressesRoutes) {
  RUN_IN_NETNS([] {
    Fails fails;
    auto nlr = Netlink::open();
    if (!nlr) return "open: " + nlr.error().msg;
    Netlink nl = std::move(*nlr);

    auto lo = nl.link_index("lo");
    CK(lo.ok() && *lo == 1);

    // A bridge, a veth pair, the pair's near end in the bridge, all up.
    CK_OK(nl.add_bridge("br-t0", 1400));
    CK_OK(nl.add_veth("ve-t0", "ve-t0p", 1400, -1));
    CK_OK(nl.set_master("ve-t0", "br-t0"));
    for (const char* d : {"br-t0", "ve-t0", "ve-t0p", "lo"}) CK_OK(nl.set_up(d));
    CK_OK(nl.set_mtu("ve-t0p", 1300));

    auto ls = nl.links();
    CK_OK(ls);
    if (ls.ok()) {
      const LinkInfo* br = find_link(*ls, "br-t0");
      const LinkInfo* ve = find_link(*ls, "ve-t0");
      const LinkInfo* vp = find_link(*ls, "ve-t0p");
      const LinkInfo* l = find_link(*ls, "lo");
      CK(ls->size() == 4);
      CK(br && br->kind == "bridge" && br->up && br->mtu == 1400 && br->master == 0);
      CK(ve && ve->kind == "veth" && ve->up && ve->mtu == 1400 && br && ve->master == br->index);
      CK(vp && vp->kind == "veth" && vp->up && vp->mtu == 1300 && vp->master == 0);
      CK(l && l->index == 1 && l->kind.empty() && l->up);
      auto idx = nl.link_index("br-t0");
      CK(idx.ok() && br && *idx == br->index);
    }
    // The same seen through sysfs.
    CK(sys_net("br-t0/mtu") == "1400");
    CK(sys_net("ve-t0/mtu") == "1400");
    CK(sys_net("ve-t0p/mtu") == "1300");
    CK(master_of("ve-t0") == "br-t0");
    CK(master_of("ve-t0p").empty());
    CK(::access("/sys/class/net/br-t0/brif/ve-t0", F_OK) == 0);
    CK(::access("/sys/class/net/br-t0/bridge", F_OK) == 0);
    CK((strtoul(sys_net("ve-t0p/flags").c_str(), nullptr, 16) & IFF_UP) != 0);

    // Addresses: broadcast for a /24, none for a /31.
    CK_OK(nl.add_addr("br-t0", cidr("10.77.0.1/24")));
    CK(if_addr("br-t0", SIOCGIFADDR) == "10.77.0.1");
    CK(if_addr("br-t0", SIOCGIFNETMASK) == "255.255.255.0");
    CK(if_addr("br-t0", SIOCGIFBRDADDR) == "10.77.0.255");
    CK_OK(nl.add_addr("ve-t0p", cidr("10.78.0.2/31")));
    CK(if_addr("ve-t0p", SIOCGIFADDR) == "10.78.0.2");
    CK(if_addr("ve-t0p", SIOCGIFBRDADDR) == "0.0.0.0");
    CK_ERR(nl.add_addr("br-t0", cidr("10.77.0.1/24")), EEXIST, "add address 10.77.0.1/24 to br-t0: File exists");
    CK_ERR(nl.add_addr("nope0", cidr("10.5.0.1/24")), ENODEV,
           "add address 10.5.0.1/24 to nope0: link nope0: No such device");

    // Routes: through a gateway (host bits of dst dropped), on-link default.
    CK_OK(nl.add_route(cidr("10.99.1.2/16"), ip("10.77.0.254"), "br-t0"));
    CK(has_route("br-t0", "10.99.0.0", "255.255.0.0", "10.77.0.254"));
    CK_OK(nl.add_route(cidr("0.0.0.0/0"), Ip4{}, "ve-t0p"));
    CK(has_route("ve-t0p", "0.0.0.0", "0.0.0.0", "0.0.0.0"));
    CK_OK(nl.add_route(cidr("10.98.0.0/24"), Ip4{}, "br-t0"));
    CK(has_route("br-t0", "10.98.0.0", "255.255.255.0", "0.0.0.0"));
    CK_ERR(nl.add_route(cidr("10.99.0.0/16"), ip("10.77.0.254"), "br-t0"), EEXIST,
           "add route 10.99.0.0/16 via 10.77.0.254 dev br-t0: File exists");
    CK_ERR(nl.add_route(cidr("10.97.0.0/16"), ip("10.200.0.1"), "br-t0"), ENETUNREACH,
           "add route 10.97.0.0/16 via 10.200.0.1 dev br-t0: Network is unreachable");
    CK_ERR(nl.add_route(cidr("0.0.0.0/0"), ip("10.77.0.254"), "nope0"), ENODEV,
           "add route default via 10.77.0.254 dev nope0: link nope0: No such device");

    // Errors name the link.
    CK_ERR(nl.add_bridge("br-t0", 0), EEXIST, "add bridge br-t0: File exists");
    CK_ERR(nl.add_veth("ve-t0", "ve-t9", 0, -1), EEXIST, "add veth ve-t0: File exists");
    CK_ERR(nl.add_veth("ve-t9", "ve-t0p", 0, -1), EEXIST, "add veth ve-t9: File exists");
    CK(!nl.link_index("ve-t9").ok());
    CK_ERR(nl.del_link("nope0"), ENODEV, "delete link nope0: No such device");
    CK_ERR(nl.link_index("nope0"), ENODEV, "link nope0: No such device");
    CK_ERR(nl.set_up("nope0"), ENODEV, "set nope0 up: No such device");
    CK_ERR(nl.set_mtu("nope0", 1400), ENODEV, "set mtu of nope0 to 1400: No such device");
    CK_ERR(nl.set_master("ve-t0p", "nope0"), ENODEV, "set master of ve-t0p to nope0: link nope0: No such device");
    CK_ERR(nl.set_master("nope0", "br-t0"), ENODEV, "set master of nope0 to br-t0: No such device");
    CK_ERR(nl.set_mtu("ve-t0p", 10), EINVAL, "set mtu of ve-t0p to 10: Invalid argument");
    CK_ERR(nl.add_bridge("averyveryverylongname", 0), ENAMETOOLONG,
           "add bridge averyveryverylongname: interface name longer than 15 bytes");
    CK_ERR(nl.add_bridge("br/0", 0), EINVAL, "add bridge br/0: invalid interface name \"br/0\"");
    CK_ERR(nl.add_bridge("", 0), EINVAL, "add bridge : empty interface name");
    CK_ERR(nl.add_veth("ve-ok", "averyveryverylongpeer", 0, -1), ENAMETOOLONG,
           "add veth ve-ok: peer averyveryverylongpeer: interface name longer than 15 bytes");
    CK(!nl.link_index("ve-ok").ok());
    // 15 bytes is the most a name may have.
    CK_OK(nl.add_bridge("br-0123456789ab", 0));
    CK_OK(nl.del_link("br-0123456789ab"));

    // A socket opened "in" our own namespace sees the same links, and the
    // thread is back where it was.
    ino_t before = ns_inode("/proc/thread-self/ns/net");
    Fd self(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    auto in = Netlink::open_in(self.get());
    CK_OK(in);
    if (in.ok()) CK(in->link_index("br-t0").ok());
    CK(ns_inode("/proc/thread-self/ns/net") == before);

    // Deleting one end of a pair removes both; the bridge loses its port.
    CK_OK(nl.del_link("ve-t0"));
    CK_ERR(nl.link_index("ve-t0p"), ENODEV, "link ve-t0p: No such device");
    CK(::access("/sys/class/net/ve-t0p", F_OK) != 0);
    CK(::access("/sys/class/net/br-t0/brif/ve-t0", F_OK) != 0);
    CK(!has_route("ve-t0p", "0.0.0.0", "0.0.0.0", "0.0.0.0"));
    CK_OK(nl.del_link("br-t0"));
    auto after = nl.links();
    CK(after.ok() && after->size() == 1 && (*after)[0].name == "lo");
    return fails.text;
  });
}

// Hundreds of links: the dump spans many datagrams and must come back whole.
TEST(Netlink, LinkDumpSpansManyParts) {
  RUN_IN_NETNS([] {
    Fails fails;
    auto nlr = Netlink::open();
    if (!nlr) return "open: " + nlr.error().msg;
    Netlink nl = std::move(*nlr);
    constexpr int kPairs = 120;
    for (int i = 0; i < kPairs; i++) {
      auto st = nl.add_veth(strf("vd%d", i), strf("vd%dp", i), 0, -1);
      if (!st) return st.error().msg;
    }
    auto ls = nl.links();
    if (!ls) return "links: " + ls.error().msg;
    CK(ls->size() == 2 * kPairs + 1);
    std::vector<int> seen;
    for (int i = 0; i < kPairs; i++) {
      const LinkInfo* a = find_link(*ls, strf("vd%d", i));
      const LinkInfo* b = find_link(*ls, strf("vd%dp", i));
      if (!a || !b) {
        fails.add(__LINE__, strf("pair %d missing", i));
        break;
      }
      CK(a->kind == "veth" && b->kind == "veth" && a->mtu == 1500 && !a->up);
      seen.push_back(a->index);
      seen.push_back(b->index);
    }
    std::sort(seen.begin(), seen.end());
    CK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    // /proc/net/dev agrees: header lines + one per link.
    auto dev = read_file("/proc/self/net/dev");
    CK(dev.ok() && split(*dev, '\n', true).size() == 2 + ls->size());
    return fails.text;
  });
}

// The veth peer goes straight into a persistent namespace made by
// netns_create (a bind mount: root only).
TEST(Netlink, VethPeerInAnotherNamespace) {
  if (!is_root()) GTEST_SKIP() << "netns_create bind-mounts a namespace: needs root";
  std::string dir = make_tmpdir();
  ASSERT_FALSE(dir.empty());
  RUN_IN_NETNS([&dir] {
    Fails fails;
    std::string path = dir + "/peer";
    // The bind mount is made in this child's private mount namespace.
    auto made = netns_create(path);
    if (!made) return "netns_create: " + made.error().msg;
    auto fd = netns_open(path);
    if (!fd) return "netns_open: " + fd.error().msg;
    auto nlr = Netlink::open();
    if (!nlr) return "open: " + nlr.error().msg;
    Netlink nl = std::move(*nlr);

    CK_OK(nl.add_veth("ve-h0", "ve-c0", 1450, fd->get()));
    CK(nl.link_index("ve-h0").ok());
    CK_ERR(nl.link_index("ve-c0"), ENODEV, "link ve-c0: No such device");

    ino_t before = ns_inode("/proc/thread-self/ns/net");
    auto peer_r = Netlink::open_in(fd->get());
    CK(ns_inode("/proc/thread-self/ns/net") == before);
    if (!peer_r) return fails.text + "open_in: " + peer_r.error().msg;
    Netlink peer = std::move(*peer_r);
    auto ls = peer.links();
    CK_OK(ls);
    if (ls.ok()) {
      const LinkInfo* c = find_link(*ls, "ve-c0");
      CK(ls->size() == 2);  // lo and the peer
      CK(c && c->kind == "veth" && c->mtu == 1450);
      CK(!find_link(*ls, "ve-h0"));
    }
    CK_OK(peer.set_up("lo"));
    CK_OK(peer.set_up("ve-c0"));
    CK_OK(peer.add_addr("ve-c0", cidr("10.66.0.2/24")));
    CK_OK(peer.add_route(cidr("0.0.0.0/0"), ip("10.66.0.1"), "ve-c0"));
    // Its routing table, read from inside it.
    Fd home(::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
    if (home && ::setns(fd->get(), CLONE_NEWNET) == 0) {
      CK(has_route("ve-c0", "0.0.0.0", "0.0.0.0", "10.66.0.1"));
      CK(has_route("ve-c0", "10.66.0.0", "255.255.255.0", "0.0.0.0"));
      CK(if_addr("ve-c0", SIOCGIFADDR) == "10.66.0.2");
      if (::setns(home.get(), CLONE_NEWNET) < 0) return fails.text + "cannot return to the test namespace";
    } else {
      fails.add(__LINE__, std::string("setns: ") + strerror(errno));
    }
    CK(!has_route("ve-c0", "0.0.0.0", "0.0.0.0", "10.66.0.1"));

    // A peer namespace fd that is no namespace: refused, nothing left behind.
    Fd notns(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    auto bad = nl.add_veth("ve-h1", "ve-c1", 0, notns.get());
    CK(!bad.ok() && starts_with(bad.error().msg, "add veth ve-h1: "));
    CK(!nl.link_index("ve-h1").ok());

    // The namespace outlives its unmount while an fd holds it; deleting the
    // near end of the pair removes the far one in there too.
    CK_OK(netns_remove(path));
    CK(::access(path.c_str(), F_OK) != 0);
    CK(peer.link_index("ve-c0").ok());
    CK_OK(nl.del_link("ve-h0"));
    CK_ERR(peer.link_index("ve-c0"), ENODEV, "link ve-c0: No such device");
    return fails.text;
  });
  (void)remove_all(dir);
}

// open_in into something that is no namespace fails, and the thread stays
// in its own namespace.
TEST(Netlink, OpenInRestoresOnFailure) {
  ino_t before = ns_inode("/proc/thread-self/ns/net");
  ASSERT_NE(before, 0u);
  Fd notns(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  ASSERT_TRUE(notns.valid());
  auto r = Netlink::open_in(notns.get());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EINVAL);
  EXPECT_EQ(r.error().msg, "enter network namespace: Invalid argument");
  EXPECT_EQ(ns_inode("/proc/thread-self/ns/net"), before);
  auto closed = Netlink::open_in(-1);
  EXPECT_FALSE(closed.ok());
  EXPECT_EQ(ns_inode("/proc/thread-self/ns/net"), before);
}

// ---------------------------------------------------------------- netns

struct TmpDir {
  std::string path = make_tmpdir();
  ~TmpDir() {
    if (!path.empty()) (void)remove_all(path);
  }
};

TEST(Netns, CreateOpenRemove) {
  if (!is_root()) GTEST_SKIP() << "bind-mounting a namespace needs root";
  TmpDir dir;
  ASSERT_FALSE(dir.path.empty());
  std::string path = dir.path + "/ns1";
  struct Cleanup {
    std::string p;
    ~Cleanup() { (void)netns_remove(p); }
  } cleanup{path};

  ASSERT_TRUE(netns_create(path).ok());
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  auto fd = netns_open(path);
  ASSERT_TRUE(fd.ok()) << fd.error().msg;
  struct stat nst {};
  ASSERT_EQ(::fstat(fd->get(), &nst), 0);
  EXPECT_NE(nst.st_ino, ns_inode("/proc/self/ns/net")) << "must be a new namespace, not ours";
  // Ours is untouched and the new one is fresh: only a loopback, down.
  auto in = Netlink::open_in(fd->get());
  ASSERT_TRUE(in.ok()) << in.error().msg;
  auto ls = in->links();
  ASSERT_TRUE(ls.ok()) << ls.error().msg;
  ASSERT_EQ(ls->size(), 1u);
  EXPECT_EQ((*ls)[0].name, "lo");
  EXPECT_FALSE((*ls)[0].up);
  // The file is a mount point: the namespace is on it.
  auto mi = read_file("/proc/self/mountinfo");
  ASSERT_TRUE(mi.ok());
  EXPECT_TRUE(contains(*mi, " " + path + " ")) << "no mount on " << path;

  auto again = netns_create(path);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, EEXIST);
  EXPECT_EQ(again.error().msg, "create network namespace " + path + ": File exists");
  EXPECT_TRUE(netns_open(path).ok()) << "a failed create must not touch the existing one";

  ASSERT_TRUE(netns_remove(path).ok());
  EXPECT_NE(::access(path.c_str(), F_OK), 0);
  mi = read_file("/proc/self/mountinfo");
  ASSERT_TRUE(mi.ok());
  EXPECT_FALSE(contains(*mi, " " + path + " "));
  EXPECT_TRUE(netns_remove(path).ok()) << "removing twice is fine";
  // The fd still holds the namespace.
  auto still = Netlink::open_in(fd->get());
  EXPECT_TRUE(still.ok() && still->links().ok());
}

// Without the privilege to make a namespace, create fails with the errno of
// the step that failed and leaves no file behind.
TEST(Netns, FailedCreateLeavesNoFile) {
  TmpDir dir;
  ASSERT_FALSE(dir.path.empty());
  std::string path = dir.path + "/ns-denied";
  int p[2];
  ASSERT_EQ(::pipe2(p, O_CLOEXEC), 0);
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::string msg;
    // Root drops to nobody here, so both run the unprivileged path.
    if (is_root() && (::chmod(dir.path.c_str(), 0777) < 0 || ::setgroups(0, nullptr) < 0 ||
                      ::setresgid(65534, 65534, 65534) < 0 || ::setresuid(65534, 65534, 65534) < 0))
      msg = std::string("drop privileges: ") + strerror(errno);
    if (msg.empty()) {
      auto r = netns_create(path);
      if (r.ok())
        msg = "netns_create succeeded without privileges";
      else if (r.error().code != EPERM ||
               r.error().msg != "create network namespace " + path + ": unshare: Operation not permitted")
        msg = strf("code %d: ", r.error().code) + r.error().msg;
      else if (::access(path.c_str(), F_OK) == 0)
        msg = "the file was left behind";
    }
    (void)!::write(p[1], msg.data(), msg.size());
    ::_exit(0);
  }
  ::close(p[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = ::read(p[0], buf, sizeof buf)) > 0) out.append(buf, n);
  ::close(p[0]);
  int st = 0;
  ASSERT_EQ(::waitpid(pid, &st, 0), pid);
  ASSERT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  EXPECT_EQ(out, "");
  EXPECT_NE(::access(path.c_str(), F_OK), 0);
}

TEST(Netns, CreateInMissingDirectory) {
  TmpDir dir;
  ASSERT_FALSE(dir.path.empty());
  std::string path = dir.path + "/no/such/ns";
  auto r = netns_create(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_EQ(r.error().msg, "create network namespace " + path + ": No such file or directory");
}

TEST(Netns, OpenChecksTheType) {
  TmpDir dir;
  ASSERT_FALSE(dir.path.empty());
  std::string plain = dir.path + "/plain";
  ASSERT_TRUE(write_file(plain, "").ok());
  auto r = netns_open(plain);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, plain + ": not a network namespace");
  // A namespace file, but of another type.
  auto uts = netns_open("/proc/self/ns/uts");
  ASSERT_FALSE(uts.ok());
  EXPECT_EQ(uts.error().msg, "/proc/self/ns/uts: not a network namespace");
  auto dirr = netns_open(dir.path);
  ASSERT_FALSE(dirr.ok());
  EXPECT_EQ(dirr.error().msg, dir.path + ": not a network namespace");
  auto missing = netns_open(dir.path + "/missing");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ENOENT);
  EXPECT_EQ(missing.error().msg, "open network namespace " + dir.path + "/missing: No such file or directory");
  // Our own is one, and the fd is close-on-exec.
  auto own = netns_open("/proc/self/ns/net");
  ASSERT_TRUE(own.ok()) << own.error().msg;
  EXPECT_EQ(::fcntl(own->get(), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
  // Removing a plain file (never mounted) is fine too.
  EXPECT_TRUE(netns_remove(plain).ok());
  EXPECT_NE(::access(plain.c_str(), F_OK), 0);
}

}  // namespace
