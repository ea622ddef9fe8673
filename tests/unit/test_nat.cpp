// Published ports: -p grammar, -P, host port choice, the nft/iptables rule
// text, the userspace proxy (TCP with half-close, UDP, port in use; no root
// needed), and as root the kernel backends for real, inside network
// namespaces this test creates (never the host's own firewall).
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "core/fd.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "net/nat.h"
#include "net/nat_rules.h"
#include "net/ports.h"
#include "net/proxy.h"
#include "net/tool.h"

using namespace ec;
using namespace ec::net;
using namespace ec::net::nat_detail;

namespace {

PortMap pm(std::string ip, uint16_t hp, uint16_t cp, std::string proto = "tcp") {
  PortMap m;
  m.host_ip = std::move(ip);
  m.host_port = hp;
  m.container_port = cp;
  m.proto = std::move(proto);
  return m;
}

std::string err_of(std::string_view spec) {
  auto r = parse_publish(spec);
  return r ? std::string("(ok)") : r.error().msg;
}

// ------------------------------------------------------------- grammar

TEST(Publish, Forms) {
  auto r = parse_publish("80");
  ASSERT_TRUE(r) << r.error().msg;
  EXPECT_EQ(*r, std::vector<PortMap>{pm("", 0, 80)});
  r = parse_publish("8080:80");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, std::vector<PortMap>{pm("", 8080, 80)});
  r = parse_publish("127.0.0.1:8080:80/udp");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, std::vector<PortMap>{pm("127.0.0.1", 8080, 80, "udp")});
  r = parse_publish("127.0.0.1::80");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, std::vector<PortMap>{pm("127.0.0.1", 0, 80)});
  r = parse_publish("0.0.0.0:53:53/UDP");  // 0.0.0.0 is "every address"
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, std::vector<PortMap>{pm("", 53, 53, "udp")});
  r = parse_publish("8000-8002:9000-9002/tcp");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, (std::vector<PortMap>{pm("", 8000, 9000), pm("", 8001, 9001), pm("", 8002, 9002)}));
  r = parse_publish("10.1.2.3::7000-7001");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, (std::vector<PortMap>{pm("10.1.2.3", 0, 7000), pm("10.1.2.3", 0, 7001)}));
  r = parse_publish("65535:1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->at(0).host_port, 65535);
}

TEST(Publish, Errors) {
  EXPECT_EQ(err_of(""), "invalid publish spec \"\": no container port");
  EXPECT_EQ(err_of("8080:"), "invalid publish spec \"8080:\": no container port");
  EXPECT_EQ(err_of("abc"), "invalid publish spec \"abc\": invalid container port \"abc\"");
  EXPECT_EQ(err_of("x:80"), "invalid publish spec \"x:80\": invalid host port \"x\"");
  EXPECT_EQ(err_of("0"), "invalid publish spec \"0\": container port \"0\" out of range 1-65535");
  EXPECT_EQ(err_of("65536:80"), "invalid publish spec \"65536:80\": host port \"65536\" out of range 1-65535");
  EXPECT_EQ(err_of("90-80"), "invalid publish spec \"90-80\": container port range \"90-80\" ends before it starts");
  EXPECT_EQ(err_of("8000-8001:80"),
            "invalid publish spec \"8000-8001:80\": host port range has 2 ports but the container range has 1");
  EXPECT_EQ(err_of("80/sctp"), "invalid publish spec \"80/sctp\": unsupported protocol \"sctp\" (tcp or udp)");
  EXPECT_EQ(err_of("80/"), "invalid publish spec \"80/\": empty protocol after \"/\"");
  EXPECT_EQ(err_of("1.2.3:80:80"), "invalid publish spec \"1.2.3:80:80\": invalid host IP address \"1.2.3\"");
  EXPECT_EQ(err_of("[::1]:80:80"), "invalid publish spec \"[::1]:80:80\": IPv6 host addresses are not supported");
  EXPECT_EQ(err_of("::1:80:80"), "invalid publish spec \"::1:80:80\": IPv6 host addresses are not supported");
  EXPECT_EQ(err_of("-80"), "invalid publish spec \"-80\": invalid container port \"-80\"");
}

TEST(Publish, All) {
  auto r = publish_all({"80/tcp", "53/udp", "8080", "80", "9000-9001/tcp"});
  ASSERT_TRUE(r) << r.error().msg;
  EXPECT_EQ(*r, (std::vector<PortMap>{pm("", 0, 80), pm("", 0, 53, "udp"), pm("", 0, 8080), pm("", 0, 9000),
                                      pm("", 0, 9001)}));
  auto bad = publish_all({"80/tcp", "http"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().msg, "invalid exposed port \"http\": invalid port \"http\"");
  EXPECT_FALSE(publish_all({"80/icmp"}));
}

TEST(Publish, ToString) {
  EXPECT_EQ(to_string(pm("", 8080, 80)), "0.0.0.0:8080->80/tcp");
  EXPECT_EQ(to_string(pm("127.0.0.1", 53, 5353, "udp")), "127.0.0.1:53->5353/udp");
}

TEST(Publish, AssignPorts) {
  std::vector<PortMap> ports = {pm("", 0, 80), pm("", 0, 81), pm("127.0.0.1", 0, 53, "udp"), pm("", 0, 53, "udp"),
                                pm("", 40123, 82)};
  ASSERT_TRUE(assign_ports(ports));
  for (auto& p : ports) EXPECT_NE(p.host_port, 0) << to_string(p);
  EXPECT_NE(ports[0].host_port, ports[1].host_port);
  EXPECT_NE(ports[2].host_port, ports[3].host_port);  // 127.0.0.1 overlaps "every address"
  EXPECT_EQ(ports[4].host_port, 40123);
  // Each chosen port is free for its proto and address right now.
  for (auto& p : ports) {
    Fd s(::socket(AF_INET, (p.proto == "udp" ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0));
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(p.host_port);
    sa.sin_addr.s_addr = p.host_ip.empty() ? INADDR_ANY : htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0) << to_string(p);
  }
}

TEST(Publish, AssignRejectsDuplicates) {
  std::vector<PortMap> ports = {pm("", 8080, 80), pm("127.0.0.1", 8080, 81)};
  auto r = assign_ports(ports);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, "publish 127.0.0.1:8080->81/tcp: host port 8080/tcp is given twice");
  std::vector<PortMap> ok = {pm("", 8080, 80), pm("", 8080, 80, "udp"), pm("127.0.0.1", 9090, 1),
                             pm("127.0.0.2", 9090, 1)};
  EXPECT_TRUE(assign_ports(ok));
}

// ------------------------------------------------------------- rule text

NetworkNat test_net(bool internal = false) {
  NetworkNat n;
  n.name = "front";
  n.bridge = "ec-front";
  n.subnet = *parse_cidr("10.88.0.1/16");
  n.internal = internal;
  return n;
}

PortForward test_fwd() {
  PortForward f;
  f.owner = "c0ffee";
  f.bridge = "ec-front";
  f.container_ip = *parse_ip4("10.88.0.5");
  f.ports = {pm("", 8080, 80), pm("192.168.7.1", 5353, 53, "udp")};
  return f;
}

TEST(NatNft, Scripts) {
  EXPECT_EQ(nft_setup_script(),
            "add table ip edgectl\n"
            "add chain ip edgectl prerouting { type nat hook prerouting priority dstnat; policy accept; }\n"
            "add chain ip edgectl output { type nat hook output priority -100; policy accept; }\n"
            "add chain ip edgectl postrouting { type nat hook postrouting priority srcnat; policy accept; }\n"
            "add chain ip edgectl forward { type filter hook forward priority filter; policy accept; }\n"
            "add chain ip edgectl input { type filter hook input priority filter; policy accept; }\n");
  EXPECT_EQ(nft_network_rules(test_net()),
            "add rule ip edgectl postrouting ip saddr 10.88.0.0/16 oifname != \"ec-front\" masquerade comment \"edgectl:net:front\"\n"
            "add rule ip edgectl forward iifname \"ec-front\" accept comment \"edgectl:net:front\"\n"
            "add rule ip edgectl forward oifname \"ec-front\" accept comment \"edgectl:net:front\"\n"
            "add rule ip edgectl input iifname \"ec-front\" ip daddr 127.0.0.0/8 ct state != { established, related } drop comment \"edgectl:net:front\"\n");
  EXPECT_EQ(nft_network_rules(test_net(true)),
            "add rule ip edgectl forward iifname \"ec-front\" oifname != \"ec-front\" drop comment \"edgectl:net:front\"\n"
            "add rule ip edgectl forward oifname \"ec-front\" iifname != \"ec-front\" drop comment \"edgectl:net:front\"\n"
            "add rule ip edgectl input iifname \"ec-front\" ip daddr 127.0.0.0/8 ct state != { established, related } drop comment \"edgectl:net:front\"\n");
  EXPECT_EQ(nft_port_rules(test_fwd()),
            "add rule ip edgectl prerouting fib daddr type local tcp dport 8080 dnat to 10.88.0.5:80 comment \"edgectl:c0ffee\"\n"
            "add rule ip edgectl output fib daddr type local tcp dport 8080 dnat to 10.88.0.5:80 comment \"edgectl:c0ffee\"\n"
            "add rule ip edgectl postrouting ip saddr 10.88.0.5 ip daddr 10.88.0.5 tcp dport 80 masquerade comment \"edgectl:c0ffee\"\n"
            "add rule ip edgectl prerouting ip daddr 192.168.7.1 udp dport 5353 dnat to 10.88.0.5:53 comment \"edgectl:c0ffee\"\n"
            "add rule ip edgectl output ip daddr 192.168.7.1 udp dport 5353 dnat to 10.88.0.5:53 comment \"edgectl:c0ffee\"\n"
            "add rule ip edgectl postrouting ip saddr 10.88.0.5 ip daddr 10.88.0.5 udp dport 53 masquerade comment \"edgectl:c0ffee\"\n"
            "add rule ip edgectl postrouting ip saddr 127.0.0.0/8 ip daddr 10.88.0.5 oifname \"ec-front\" masquerade comment \"edgectl:c0ffee\"\n");
}

TEST(NatNft, ParseListing) {
  // As `nft -a list table ip edgectl` prints it (nft 1.0.6).
  const char* listing =
      "table ip edgectl { # handle 7\n"
      "\tchain prerouting { # handle 1\n"
      "\t\ttype nat hook prerouting priority dstnat; policy accept;\n"
      "\t\tfib daddr type local tcp dport 8080 dnat to 10.88.0.5:80 comment \"edgectl:c0ffee\" # handle 12\n"
      "\t\ttcp dport 22 accept # handle 13\n"
      "\t}\n"
      "\n"
      "\tchain postrouting { # handle 3\n"
      "\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
      "\t\tip saddr 10.88.0.0/16 oifname != \"ec-front\" masquerade comment \"edgectl:net:front\" # handle 9\n"
      "\t\tip saddr 127.0.0.0/8 ip daddr 10.88.0.5 oifname \"ec-front\" masquerade comment \"edgectl:c0ffee\" # handle 14\n"
      "\t}\n"
      "}\n";
  auto rules = nft_parse_rules(listing);
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0].chain, "prerouting");
  EXPECT_EQ(rules[0].owner, "c0ffee");
  EXPECT_EQ(rules[0].handle, 12u);
  EXPECT_EQ(rules[1].chain, "postrouting");
  EXPECT_EQ(rules[1].owner, "net:front");
  EXPECT_EQ(rules[1].handle, 9u);
  EXPECT_EQ(nft_delete_script(rules, "c0ffee"),
            "delete rule ip edgectl prerouting handle 12\n"
            "delete rule ip edgectl postrouting handle 14\n");
  EXPECT_EQ(nft_delete_script(rules, "nobody"), "");
}

TEST(NatIpt, Rules) {
  auto join_rule = [](const IptRule& r) { return r.table + " " + r.chain + " " + join(r.args, " "); };
  std::vector<std::string> got;
  for (auto& r : ipt_network_rules(test_net())) got.push_back(join_rule(r));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "nat EDGECTL-POSTROUTING -s 10.88.0.0/16 ! -o ec-front -m comment --comment edgectl:net:front -j MASQUERADE",
                     "filter EDGECTL-FORWARD -i ec-front -m comment --comment edgectl:net:front -j ACCEPT",
                     "filter EDGECTL-FORWARD -o ec-front -m comment --comment edgectl:net:front -j ACCEPT",
                     "filter EDGECTL-INPUT -d 127.0.0.0/8 -i ec-front -m conntrack ! --ctstate RELATED,ESTABLISHED -m comment --comment edgectl:net:front -j DROP",
                 }));
  got.clear();
  for (auto& r : ipt_network_rules(test_net(true))) got.push_back(join_rule(r));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "filter EDGECTL-FORWARD -i ec-front ! -o ec-front -m comment --comment edgectl:net:front -j DROP",
                     "filter EDGECTL-FORWARD ! -i ec-front -o ec-front -m comment --comment edgectl:net:front -j DROP",
                     "filter EDGECTL-INPUT -d 127.0.0.0/8 -i ec-front -m conntrack ! --ctstate RELATED,ESTABLISHED -m comment --comment edgectl:net:front -j DROP",
                 }));
  got.clear();
  for (auto& r : ipt_port_rules(test_fwd())) got.push_back(join_rule(r));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "nat EDGECTL-PREROUTING -p tcp -m tcp --dport 8080 -m addrtype --dst-type LOCAL -m comment --comment edgectl:c0ffee -j DNAT --to-destination 10.88.0.5:80",
                     "nat EDGECTL-OUTPUT -p tcp -m tcp --dport 8080 -m addrtype --dst-type LOCAL -m comment --comment edgectl:c0ffee -j DNAT --to-destination 10.88.0.5:80",
                     "nat EDGECTL-POSTROUTING -s 10.88.0.5/32 -d 10.88.0.5/32 -p tcp -m tcp --dport 80 -m comment --comment edgectl:c0ffee -j MASQUERADE",
                     "nat EDGECTL-PREROUTING -d 192.168.7.1/32 -p udp -m udp --dport 5353 -m comment --comment edgectl:c0ffee -j DNAT --to-destination 10.88.0.5:53",
                     "nat EDGECTL-OUTPUT -d 192.168.7.1/32 -p udp -m udp --dport 5353 -m comment --comment edgectl:c0ffee -j DNAT --to-destination 10.88.0.5:53",
                     "nat EDGECTL-POSTROUTING -s 10.88.0.5/32 -d 10.88.0.5/32 -p udp -m udp --dport 53 -m comment --comment edgectl:c0ffee -j MASQUERADE",
                     "nat EDGECTL-POSTROUTING -s 127.0.0.0/8 -d 10.88.0.5/32 -o ec-front -m comment --comment edgectl:c0ffee -j MASQUERADE",
                 }));
}

TEST(NatIpt, ParseListing) {
  // As `iptables -t nat -S EDGECTL-POSTROUTING` prints it.
  const char* listing =
      "-N EDGECTL-POSTROUTING\n"
      "-A EDGECTL-POSTROUTING -s 10.88.0.0/16 ! -o ec-front -m comment --comment \"edgectl:net:front\" -j MASQUERADE\n"
      "-A EDGECTL-POSTROUTING -s 10.0.0.0/8 -j MASQUERADE\n"
      "-A EDGECTL-POSTROUTING -s 127.0.0.0/8 -d 10.88.0.5/32 -o ec-front -m comment --comment \"edgectl:c0ffee\" -j MASQUERADE\n";
  auto mine = ipt_parse_rules("nat", listing, "c0ffee");
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0], ipt_port_rules(test_fwd()).back());
  auto all = ipt_parse_rules("nat", listing, "");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(ipt_owner_of(all[0]), "net:front");
  EXPECT_EQ(all[0], ipt_network_rules(test_net())[0]);
}

TEST(Nat, Names) {
  EXPECT_TRUE(check_owner("net:front"));
  EXPECT_TRUE(check_owner("4f3c2b1a00000000000000000000000000000000000000000000000000000001"));
  EXPECT_FALSE(check_owner(""));
  EXPECT_FALSE(check_owner("a\" accept"));
  EXPECT_FALSE(check_owner("a b"));
  EXPECT_FALSE(check_owner(std::string(101, 'a')));
  EXPECT_TRUE(check_ifname("ec-front"));
  EXPECT_FALSE(check_ifname("a-very-long-interface"));
  EXPECT_FALSE(check_ifname("br\"0"));
}

TEST(Nat, ToolMessage) {
  EXPECT_EQ(tool_message("/dev/stdin:3:21-27: Error: Could not process rule: No such file or directory\n"
                         "add rule ip edgectl nochain accept\n"
                         "                    ^^^^^^^\n"),
            "Error: Could not process rule: No such file or directory (in: add rule ip edgectl nochain accept)");
  EXPECT_EQ(tool_message("iptables v1.8.9 (nf_tables): Chain 'X' does not exist\nTry `iptables -h' for more information.\n"),
            "Chain 'X' does not exist");
  EXPECT_EQ(tool_message(""), "");
  std::string sh = find_tool("sh");
  ASSERT_FALSE(sh.empty());
  auto r = run_tool({sh, "-c", "cat; echo oops >&2; exit 3"}, "in");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, "sh: oops");
  auto ok = run_tool({sh, "-c", "cat; ls /proc/self/fd | wc -l"}, "in\n");
  ASSERT_TRUE(ok) << ok.error().msg;
  EXPECT_EQ(*ok, "in\n4\n");  // 0-2 and ls's own directory fd: nothing of ours leaked
  auto missing = run_tool({"/nonexistent/tool"});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().msg, "/nonexistent/tool: cannot execute");
}

TEST(Nat, PickBackend) {
  auto bad = pick_backend("pf");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().msg, "unknown NAT backend \"pf\" (valid: auto, nftables, iptables, userspace)");
  auto u = pick_backend("userspace");
  ASSERT_TRUE(u);
  EXPECT_EQ(*u, NatBackend::Userspace);
  EXPECT_EQ(backend_name(*u), "userspace");
  auto a = pick_backend("");
  ASSERT_TRUE(a) << a.error().msg;
  if (::geteuid() != 0) {
    EXPECT_EQ(*a, NatBackend::Userspace);  // no firewall access: the proxy
    auto n = pick_backend("nftables");
    ASSERT_FALSE(n);
    EXPECT_NE(n.error().msg.find("nftables"), std::string::npos) << n.error().msg;
  } else if (!find_tool("nft").empty()) {
    EXPECT_EQ(*a, NatBackend::Nftables);
  }
  EXPECT_TRUE(nat_ports_add(NatBackend::Userspace, test_fwd()));
  EXPECT_TRUE(nat_ports_remove(NatBackend::Userspace, "c0ffee"));
  auto o = nat_owners(NatBackend::Userspace);
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->empty());
}

// ------------------------------------------------------------- the proxy

const Ip4 kLo{0x7f000001};

Fd tcp_listener(uint16_t* port) {
  Fd s(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0);
  EXPECT_EQ(::listen(s.get(), 16), 0);
  socklen_t len = sizeof sa;
  ::getsockname(s.get(), reinterpret_cast<sockaddr*>(&sa), &len);
  *port = ntohs(sa.sin_port);
  return s;
}

Fd udp_socket(uint16_t* port) {
  Fd s(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0);
  socklen_t len = sizeof sa;
  ::getsockname(s.get(), reinterpret_cast<sockaddr*>(&sa), &len);
  *port = ntohs(sa.sin_port);
  timeval tv{5, 0};
  ::setsockopt(s.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return s;
}

// Echo server: echoes everything; after the client's EOF it sends "<EOF>"
// and closes. That last line only arrives if the proxy half-closed.
pid_t start_echo(Fd& lis) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  ::alarm(60);
  for (;;) {
    int c = ::accept(lis.get(), nullptr, nullptr);
    if (c < 0) _exit(1);
    char buf[32768];
    ssize_t n;
    while ((n = ::read(c, buf, sizeof buf)) > 0)
      if (write_all(c, std::string_view(buf, static_cast<size_t>(n))).ok() == false) break;
    (void)write_all(c, "<EOF>");
    ::close(c);
  }
}

pid_t start_udp_echo(Fd& s) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  ::alarm(60);
  char buf[2048];
  for (;;) {
    sockaddr_in peer{};
    socklen_t len = sizeof peer;
    ssize_t n = ::recvfrom(s.get(), buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&peer), &len);
    if (n < 0) continue;
    std::string reply = "echo:" + std::string(buf, static_cast<size_t>(n));
    ::sendto(s.get(), reply.data(), reply.size(), 0, reinterpret_cast<sockaddr*>(&peer), len);
  }
}

void stop(pid_t pid) {
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
}

Fd connect_to(uint32_t ip, uint16_t port) {
  Fd s(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(ip);
  timeval tv{5, 0};
  ::setsockopt(s.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(s.get(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  if (::connect(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) return Fd();
  return s;
}

std::string read_all(int fd) {
  std::string out;
  char buf[65536];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  return out;
}

uint16_t free_port(const char* proto) {
  std::vector<PortMap> p = {pm("127.0.0.1", 0, 1, proto)};
  EXPECT_TRUE(assign_ports(p));
  return p[0].host_port;
}

TEST(Proxy, TcpRelayAndHalfClose) {
  uint16_t backend = 0;
  Fd lis = tcp_listener(&backend);
  pid_t echo = start_echo(lis);
  uint16_t front = free_port("tcp");
  auto proxy = spawn_proxy({pm("127.0.0.1", front, backend)}, kLo);
  ASSERT_TRUE(proxy) << proxy.error().msg;

  // 1 MiB each way at once: a writer thread, this thread reads.
  std::string data(1 << 20, '\0');
  for (size_t i = 0; i < data.size(); i++) data[i] = static_cast<char>((i * 7919) >> 3);
  Fd c = connect_to(INADDR_LOOPBACK, front);
  ASSERT_TRUE(c.valid());
  std::thread writer([&] {
    EXPECT_TRUE(write_all(c.get(), data));
    ::shutdown(c.get(), SHUT_WR);
  });
  std::string got = read_all(c.get());
  writer.join();
  ASSERT_EQ(got.size(), data.size() + 5);
  EXPECT_TRUE(got.compare(0, data.size(), data) == 0);
  EXPECT_EQ(got.substr(data.size()), "<EOF>");

  // Half-close alone: nothing sent, EOF, and the reply still comes back.
  Fd c2 = connect_to(INADDR_LOOPBACK, front);
  ASSERT_TRUE(c2.valid());
  ASSERT_TRUE(write_all(c2.get(), "ping"));
  ::shutdown(c2.get(), SHUT_WR);
  EXPECT_EQ(read_all(c2.get()), "ping<EOF>");

  // SIGTERM ends it cleanly.
  ::kill(*proxy, SIGTERM);
  int st = 0;
  ASSERT_EQ(::waitpid(*proxy, &st, 0), *proxy);
  EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << st;
  EXPECT_FALSE(connect_to(INADDR_LOOPBACK, front).valid());
  stop(echo);
}

TEST(Proxy, ManyConnectionsAndRefusedTarget) {
  uint16_t backend = 0;
  Fd lis = tcp_listener(&backend);
  pid_t echo = start_echo(lis);
  uint16_t front = free_port("tcp");
  uint16_t dead_target = free_port("tcp");  // nothing listens there
  uint16_t front2 = free_port("tcp");
  auto proxy = spawn_proxy({pm("127.0.0.1", front, backend), pm("127.0.0.1", front2, dead_target)}, kLo);
  ASSERT_TRUE(proxy) << proxy.error().msg;
  for (int i = 0; i < 50; i++) {  // the echo server is sequential: one at a time
    Fd c = connect_to(INADDR_LOOPBACK, front);
    ASSERT_TRUE(c.valid());
    std::string msg = strf("msg %d", i);
    ASSERT_TRUE(write_all(c.get(), msg));
    ::shutdown(c.get(), SHUT_WR);
    ASSERT_EQ(read_all(c.get()), msg + "<EOF>");
  }
  Fd r = connect_to(INADDR_LOOPBACK, front2);  // accepted, then closed: the target refused
  ASSERT_TRUE(r.valid());
  EXPECT_EQ(read_all(r.get()), "");
  stop(*proxy);
  stop(echo);
}

TEST(Proxy, Udp) {
  uint16_t backend = 0;
  Fd srv = udp_socket(&backend);
  pid_t echo = start_udp_echo(srv);
  uint16_t front = free_port("udp");
  auto proxy = spawn_proxy({pm("127.0.0.1", front, backend, "udp")}, kLo);
  ASSERT_TRUE(proxy) << proxy.error().msg;
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(front);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  uint16_t p1, p2;
  Fd a = udp_socket(&p1), b = udp_socket(&p2);
  for (int round = 0; round < 3; round++) {
    for (auto* s : {&a, &b}) {
      std::string msg = strf("hello %d from %d", round, s->get());
      ASSERT_EQ(::sendto(s->get(), msg.data(), msg.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to),
                static_cast<ssize_t>(msg.size()));
      char buf[256];
      sockaddr_in from{};
      socklen_t len = sizeof from;
      ssize_t n = ::recvfrom(s->get(), buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &len);
      ASSERT_GT(n, 0) << "no reply through the proxy";
      EXPECT_EQ(std::string(buf, static_cast<size_t>(n)), "echo:" + msg);  // each client gets its own replies
      EXPECT_EQ(ntohs(from.sin_port), front);  // and from the published port
    }
  }
  stop(*proxy);
  stop(echo);
}

TEST(Proxy, PortInUse) {
  uint16_t taken = 0;
  Fd lis = tcp_listener(&taken);
  auto r = spawn_proxy({pm("127.0.0.1", free_port("tcp"), 80), pm("127.0.0.1", taken, 80)}, kLo);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, strf("publish 127.0.0.1:%u/tcp: address already in use", taken));
  uint16_t up = 0;
  Fd u = udp_socket(&up);
  r = spawn_proxy({pm("127.0.0.1", up, 53, "udp")}, kLo);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, strf("publish 127.0.0.1:%u/udp: address already in use", up));
  r = spawn_proxy({pm("", 0, 80)}, kLo);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, "publish 0/tcp: host port not assigned");
}

TEST(Proxy, DiesWithItsParent) {
  int p[2];
  ASSERT_EQ(::pipe2(p, O_CLOEXEC), 0);
  uint16_t front = free_port("tcp");
  pid_t mid = ::fork();
  if (mid == 0) {
    auto r = spawn_proxy({pm("127.0.0.1", front, 9)}, kLo);
    pid_t pid = r ? *r : -1;
    (void)!::write(p[1], &pid, sizeof pid);
    _exit(0);
  }
  ::close(p[1]);
  pid_t proxy = -1;
  ASSERT_EQ(::read(p[0], &proxy, sizeof proxy), static_cast<ssize_t>(sizeof proxy));
  ::close(p[0]);
  ASSERT_GT(proxy, 0);
  ::waitpid(mid, nullptr, 0);
  // Reparented and reaped by init (or a subreaper): the port frees up.
  bool gone = false;
  for (int i = 0; i < 200 && !gone; i++) {
    Fd c = connect_to(INADDR_LOOPBACK, front);
    gone = !c.valid();
    if (!gone) ::usleep(20000);
  }
  EXPECT_TRUE(gone) << "the proxy outlived its parent";
}


// ------------------------------------------------- kernel backends (root)
//
// Everything below runs in a child that unshare(CLONE_NEWNET)s first: the
// "host" is a fresh network namespace with a bridge, a "container" netns
// on a veth in that bridge, and an "outside" netns routed through the host.
// The real host's firewall is never touched; the namespaces and their
// interfaces vanish with the processes.

#define NS_CHECK(cond, ...)                       \
  do {                                            \
    if (!(cond)) return strf(__VA_ARGS__);        \
  } while (0)

std::string ip_cmd(const std::string& args) {
  std::vector<std::string> av = {find_tool("ip")};
  for (auto& a : split(args, ' ', true)) av.push_back(a);
  auto r = run_tool(av);
  return r ? "" : "ip " + args + ": " + r.error().msg;
}

// A netns peer: unshares its own netns, waits for "go", runs `setup`
// (ip commands, ';'-separated) and then serves TCP port 80, answering each
// connection with the client's address as it saw it.
struct Peer {
  pid_t pid = -1;
  int go = -1, ready = -1;
};

Peer start_peer(const std::string& setup) {
  int g[2], r[2];
  if (::pipe2(g, O_CLOEXEC) < 0 || ::pipe2(r, O_CLOEXEC) < 0) return {};
  pid_t pid = ::fork();
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    char c = 0;
    if (::unshare(CLONE_NEWNET) < 0) _exit(1);
    (void)!::write(r[1], "u", 1);
    if (::read(g[0], &c, 1) != 1) _exit(1);
    for (auto& cmd : split(setup, ';', true)) {
      std::string e = ip_cmd(std::string(trim(cmd)));
      if (!e.empty()) {
        ::dprintf(2, "peer: %s\n", e.c_str());
        _exit(1);
      }
    }
    Fd s(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    int one = 1;
    ::setsockopt(s.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(80);
    if (::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0 || ::listen(s.get(), 16) < 0) _exit(1);
    (void)!::write(r[1], "r", 1);
    for (;;) {
      sockaddr_in peer{};
      socklen_t len = sizeof peer;
      int c2 = ::accept(s.get(), reinterpret_cast<sockaddr*>(&peer), &len);
      if (c2 < 0) continue;
      char buf[INET_ADDRSTRLEN];
      ::inet_ntop(AF_INET, &peer.sin_addr, buf, sizeof buf);
      (void)write_all(c2, buf);
      ::close(c2);
    }
  }
  ::close(g[0]);
  ::close(r[1]);
  Peer p{pid, g[1], r[0]};
  char c = 0;
  if (::read(p.ready, &c, 1) != 1) p.pid = -1;  // "u": its netns exists
  return p;
}

bool peer_go(Peer& p) {
  char c = 0;
  return ::write(p.go, "g", 1) == 1 && ::read(p.ready, &c, 1) == 1;
}

// What a client gets from ip:port: the server's view of its address, or ""
// when the connection fails (3 s timeouts). ns_pid: connect from that
// process's netns (-1: ours).
std::string fetch(pid_t ns_pid, const char* ip, uint16_t port) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return "";
  pid_t pid = ::fork();
  if (pid == 0) {
    if (ns_pid > 0) {
      Fd ns(::open(strf("/proc/%d/ns/net", ns_pid).c_str(), O_RDONLY | O_CLOEXEC));
      if (!ns || ::setns(ns.get(), CLONE_NEWNET) < 0) _exit(1);
    }
    Fd s(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    timeval tv{3, 0};
    ::setsockopt(s.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(s.get(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    ::inet_pton(AF_INET, ip, &sa.sin_addr);
    if (::connect(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) _exit(1);
    (void)write_all(p[1], read_all(s.get()));
    _exit(0);
  }
  ::close(p[1]);
  std::string out = read_all(p[0]);
  ::close(p[0]);
  ::waitpid(pid, nullptr, 0);
  return out;
}

std::string sorted_owners(NatBackend b) {
  auto o = nat_owners(b);
  if (!o) return "error: " + o.error().msg;
  std::sort(o->begin(), o->end());
  return join(*o, ",");
}

// Our rules as the kernel holds them, in the tool's own listing.
size_t rule_count(NatBackend b) {
  if (b == NatBackend::Nftables) {
    auto r = run_tool({find_tool("nft"), "-a", "list", "table", "ip", "edgectl"});
    return r ? nft_parse_rules(*r).size() : 0;
  }
  size_t n = 0;
  for (const char* t : {"nat", "filter"}) {
    auto r = run_tool({find_tool("iptables"), "-w", "-t", t, "-S"});
    if (r) n += ipt_parse_rules(t, *r, "").size();
  }
  return n;
}

std::string backend_scenario(const std::string& name) {
  if (::unshare(CLONE_NEWNET) < 0) _exit(77);
  // Belt and braces: only a brand-new netns (just "lo") gets rules.
  auto links = run_tool({find_tool("ip"), "-o", "link"});
  NS_CHECK(links && split(*links, '\n', true).size() == 1, "not in a fresh netns: %s",
           links ? links->c_str() : links.error().msg.c_str());
  Peer ctr = start_peer("link set lo up; addr add 10.199.0.2/24 dev vc; link set vc up; route add default via 10.199.0.1");
  Peer out = start_peer("link set lo up; addr add 10.200.0.2/24 dev vx; link set vx up; route add default via 10.200.0.1");
  NS_CHECK(ctr.pid > 0 && out.pid > 0, "peers did not start");
  for (auto cmd : {"link set lo up", "link add ec-test type bridge", "addr add 10.199.0.1/24 dev ec-test",
                   "link set ec-test up"}) {
    auto e = ip_cmd(cmd);
    NS_CHECK(e.empty(), "%s", e.c_str());
  }
  for (auto cmd : {strf("link add vh type veth peer name vc netns %d", ctr.pid), std::string("link set vh master ec-test"),
                   std::string("link set vh up"), strf("link add vo type veth peer name vx netns %d", out.pid),
                   std::string("addr add 10.200.0.1/24 dev vo"), std::string("link set vo up")}) {
    auto e = ip_cmd(cmd);
    NS_CHECK(e.empty(), "%s", e.c_str());
  }
  NS_CHECK(peer_go(ctr) && peer_go(out), "peer setup failed");

  auto b = pick_backend(name);
  NS_CHECK(b, "pick_backend: %s", b.error().msg.c_str());
  NetworkNat n;
  n.name = "t";
  n.bridge = "ec-test";
  n.subnet = *parse_cidr("10.199.0.0/24");
  PortForward f;
  f.owner = "c1";
  f.bridge = "ec-test";
  f.container_ip = *parse_ip4("10.199.0.2");
  f.ports = {pm("", 8080, 80)};
  auto st = nat_network_add(*b, n);
  NS_CHECK(st, "nat_network_add: %s", st.error().msg.c_str());
  st = nat_ports_add(*b, f);
  NS_CHECK(st, "nat_ports_add: %s", st.error().msg.c_str());
  NS_CHECK(sorted_owners(*b) == "c1,net:t", "owners: %s", sorted_owners(*b).c_str());
  size_t count = rule_count(*b);
  NS_CHECK(count == 8, "%zu rules", count);
  // Applying again changes nothing (idempotent).
  NS_CHECK(nat_network_add(*b, n) && nat_ports_add(*b, f) && rule_count(*b) == count, "re-add: %zu rules",
           rule_count(*b));

  std::string got = fetch(-1, "127.0.0.1", 8080);
  NS_CHECK(got == "10.199.0.1", "127.0.0.1:8080 -> \"%s\" (want the bridge address)", got.c_str());
  got = fetch(-1, "10.199.0.1", 8080);
  NS_CHECK(got == "10.199.0.1", "10.199.0.1:8080 -> \"%s\"", got.c_str());
  got = fetch(out.pid, "10.200.0.1", 8080);
  NS_CHECK(got == "10.200.0.2", "from outside: \"%s\" (want the client's own address)", got.c_str());
  got = fetch(ctr.pid, "10.200.0.2", 80);
  NS_CHECK(got == "10.200.0.1", "container to outside: \"%s\" (want masquerade)", got.c_str());

  st = nat_ports_remove(*b, "c1");
  NS_CHECK(st, "nat_ports_remove: %s", st.error().msg.c_str());
  NS_CHECK(sorted_owners(*b) == "net:t", "owners after ports_remove: %s", sorted_owners(*b).c_str());
  NS_CHECK(fetch(-1, "127.0.0.1", 8080).empty(), "port still published");
  NS_CHECK(nat_ports_remove(*b, "c1"), "second ports_remove failed");

  // Internal: no forwarding in or out of the bridge.
  n.internal = true;
  st = nat_network_add(*b, n);
  NS_CHECK(st, "nat_network_add internal: %s", st.error().msg.c_str());
  got = fetch(ctr.pid, "10.200.0.2", 80);
  NS_CHECK(got.empty(), "internal network reached outside: \"%s\"", got.c_str());

  st = nat_network_remove(*b, n);
  NS_CHECK(st, "nat_network_remove: %s", st.error().msg.c_str());
  NS_CHECK(sorted_owners(*b).empty(), "owners after network_remove: %s", sorted_owners(*b).c_str());
  NS_CHECK(rule_count(*b) == 0, "%zu rules left", rule_count(*b));
  got = fetch(ctr.pid, "10.200.0.2", 80);  // routed back without masquerade now
  NS_CHECK(got == "10.199.0.2", "without masquerade: \"%s\"", got.c_str());
  ::kill(ctr.pid, SIGKILL);
  ::kill(out.pid, SIGKILL);
  return "";
}

void run_backend(const char* name, const char* tool) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root (network namespaces, firewall)";
  if (find_tool("ip").empty() || find_tool(tool).empty()) GTEST_SKIP() << "ip or " << tool << " not installed";
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::alarm(100);
    std::string e = backend_scenario(name);
    if (!e.empty()) ::dprintf(2, "%s backend: %s\n", name, e.c_str());
    _exit(e.empty() ? 0 : 1);
  }
  int st = 0;
  ASSERT_EQ(::waitpid(pid, &st, 0), pid);
  if (WIFEXITED(st) && WEXITSTATUS(st) == 77) GTEST_SKIP() << "cannot create a network namespace here";
  EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << "status " << st << " (see stderr)";
}

TEST(NatKernel, Nftables) { run_backend("nftables", "nft"); }
TEST(NatKernel, Iptables) { run_backend("iptables", "iptables"); }

}  // namespace
