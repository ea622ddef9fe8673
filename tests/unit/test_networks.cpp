// Network definitions and IPAM: names, ids, subnets (auto-picked around
// routes and other networks), gateways, bridges, leases, the implicit
// "bridge" network, concurrent allocation from many processes, and
// corrupted files.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <set>

#include "core/fs.h"
#include "net/networks.h"
#include "net/networks_internal.h"

using namespace ec;
using namespace ec::net;

namespace {

class TempDir {
 public:
  TempDir() {
    const char* base = getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/edgectl-net.XXXXXX";
    if (mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempDir() {
    if (!path.empty()) (void)remove_all(path);
  }
  std::string path;
};

Cidr cidr(const char* s) { return *parse_cidr(s); }
Ip4 ip(const char* s) { return *parse_ip4(s); }

NetworkDef def(const std::string& name, const char* subnet = nullptr) {
  NetworkDef d;
  d.name = name;
  if (subnet) d.subnet = cidr(subnet);
  return d;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

class NetworksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(t.path.empty());
    auto n = Networks::open(t.path);
    ASSERT_TRUE(n.ok()) << n.error().msg;
    nets.emplace(std::move(*n));
  }
  detail::StoreDir store() const { return {t.path + "/networks"}; }
  NetworkDef must_create(NetworkDef d) {
    auto r = nets->create(std::move(d));
    EXPECT_TRUE(r.ok()) << r.error().msg;
    return r.ok() ? *r : NetworkDef{};
  }
  TempDir t;
  std::optional<Networks> nets;
};

}  // namespace

TEST_F(NetworksTest, CreateGetListRemove) {
  NetworkDef d = def("web", "10.50.0.0/24");
  d.labels = {{"app", "shop"}};
  d.internal = true;
  d.mtu = 1400;
  NetworkDef w = must_create(d);
  ASSERT_EQ(w.id.size(), 64u);
  EXPECT_EQ(w.id.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(w.bridge, "ec-" + w.id.substr(0, 12));
  EXPECT_EQ(w.subnet, cidr("10.50.0.0/24"));
  EXPECT_EQ(w.gateway, ip("10.50.0.1"));
  EXPECT_EQ(w.driver, "bridge");
  ASSERT_EQ(w.created.size(), 20u) << w.created;
  EXPECT_EQ(w.created[10], 'T');
  EXPECT_TRUE(path_exists(t.path + "/networks/web.json"));

  for (std::string q : {std::string("web"), w.id, w.id.substr(0, 12)}) {
    auto g = nets->get(q);
    ASSERT_TRUE(g.ok()) << q << ": " << g.error().msg;
    EXPECT_EQ(g->id, w.id);
    EXPECT_EQ(g->name, "web");
    EXPECT_EQ(g->subnet, w.subnet);
    EXPECT_EQ(g->gateway, w.gateway);
    EXPECT_EQ(g->bridge, w.bridge);
    EXPECT_TRUE(g->internal);
    EXPECT_EQ(g->mtu, 1400u);
    EXPECT_EQ(g->labels, d.labels);
    EXPECT_EQ(g->created, w.created);
  }

  auto l = nets->list();
  ASSERT_TRUE(l.ok()) << l.error().msg;
  std::set<std::string> names;
  for (auto& n : *l) names.insert(n.name);
  EXPECT_EQ(names, (std::set<std::string>{"bridge", "web"}));  // the default network is always there

  auto dup = nets->create(def("web", "10.51.0.0/24"));
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, EEXIST);

  ASSERT_TRUE(nets->remove(w.id.substr(0, 10)).ok());
  auto gone = nets->get("web");
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, ENOENT);
  EXPECT_EQ(gone.error().msg, "network web not found");
  EXPECT_FALSE(path_exists(t.path + "/networks/web.json"));
  auto again = nets->remove("web");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ENOENT);
}

TEST_F(NetworksTest, NameValidation) {
  for (const char* bad : {"", "-x", ".x", "_x", "a/b", "a b", "..", "a:b", "é"}) {
    auto r = nets->create(def(bad, "10.52.0.0/24"));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_TRUE(has(r.error().msg, "invalid network name")) << r.error().msg;
  }
  for (const char* reserved : {"host", "none", "container:web", "cni:mynet"}) {
    auto r = nets->create(def(reserved, "10.52.0.0/24"));
    ASSERT_FALSE(r.ok()) << reserved;
    EXPECT_TRUE(has(r.error().msg, "is reserved")) << r.error().msg;
  }
  auto too_long = nets->create(def(std::string(65, 'a'), "10.52.0.0/24"));
  ASSERT_FALSE(too_long.ok());
  EXPECT_TRUE(has(too_long.error().msg, "at most 64")) << too_long.error().msg;
  must_create(def(std::string(64, 'a'), "10.52.0.0/24"));
  must_create(def("A1_b.c-d", "10.53.0.0/24"));
  EXPECT_TRUE(nets->get("A1_b.c-d").ok());
  // Lookups with odd names are plain "not found", never paths.
  auto odd = nets->get("../networks/A1_b.c-d");
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.error().code, ENOENT);
}

TEST_F(NetworksTest, IdPrefixLookup) {
  // 17 networks: two of them share the first hex digit of their id.
  std::vector<NetworkDef> all;
  for (int i = 0; i < 17; i++) all.push_back(must_create(def(strf("n%d", i), strf("10.60.%d.0/24", i).c_str())));
  std::string shared;
  for (size_t i = 0; i < all.size() && shared.empty(); i++)
    for (size_t j = i + 1; j < all.size(); j++)
      if (all[i].id[0] == all[j].id[0]) shared = all[i].id.substr(0, 1);
  ASSERT_FALSE(shared.empty());
  auto amb = nets->get(shared);
  ASSERT_FALSE(amb.ok());
  EXPECT_TRUE(has(amb.error().msg, "ambiguous")) << amb.error().msg;
  for (auto& n : all) {
    auto g = nets->get(n.id.substr(0, 12));
    ASSERT_TRUE(g.ok()) << g.error().msg;
    EXPECT_EQ(g->name, n.name);
  }
  auto none = nets->get("0123456789abcdef0123");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ENOENT);
  auto upper = nets->get("NOPE");
  ASSERT_FALSE(upper.ok());
  EXPECT_EQ(upper.error().msg, "network NOPE not found");
}

TEST(NetworkRoutes, ParseProcNetRoute) {
  const char* text =
      "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT              \n"
      "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0                \n"
      "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0                \n"
      "wg0\t00001EAC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0                \n"
      "eth1\t0501A8C0\t00000000\t0005\t0\t0\t0\tFFFFFFFF\t0\t0\t0                \n";
  auto r = detail::parse_proc_routes(text);
  ASSERT_EQ(r.size(), 3u);  // without the default route
  EXPECT_EQ(to_string(r[0]), "192.0.2.0/24");
  EXPECT_EQ(to_string(r[1]), "172.30.0.0/16");
  EXPECT_EQ(to_string(r[2]), "192.168.1.5/32");
  // This host's own table parses too.
  EXPECT_TRUE(detail::host_routes().ok());
}

TEST_F(NetworksTest, SubnetAutoPickSkipsRoutesAndNetworks) {
  auto s = store();
  std::vector<Cidr> routes = {cidr("172.30.0.0/24"), cidr("172.30.1.128/25"), cidr("192.168.0.0/16")};
  auto a = detail::create_network(s, def("a"), routes);
  ASSERT_TRUE(a.ok()) << a.error().msg;
  EXPECT_EQ(to_string(a->subnet), "172.30.2.0/24");
  EXPECT_EQ(a->gateway, ip("172.30.2.1"));
  // Given by hand (host bits dropped): 172.30.4.0/23 takes .4 and .5.
  auto b = detail::create_network(s, def("b", "172.30.5.77/23"), routes);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(to_string(b->subnet), "172.30.4.0/23");
  EXPECT_EQ(to_string(nets->get("b")->subnet), "172.30.4.0/23");
  auto c = detail::create_network(s, def("c"), routes);
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(to_string(c->subnet), "172.30.3.0/24");
  auto d = detail::create_network(s, def("d"), routes);
  ASSERT_TRUE(d.ok()) << d.error().msg;
  EXPECT_EQ(to_string(d->subnet), "172.30.6.0/24");
  // A route over all of 172.30/16 moves on to 10.89/16; one over both fails.
  auto e = detail::create_network(s, def("e"), {cidr("172.16.0.0/12")});
  ASSERT_TRUE(e.ok()) << e.error().msg;
  EXPECT_EQ(to_string(e->subnet), "10.89.0.0/24");
  auto f = detail::create_network(s, def("f"), {cidr("172.16.0.0/12"), cidr("10.0.0.0/8")});
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, ENOSPC);
  EXPECT_TRUE(has(f.error().msg, "network f: no free subnet")) << f.error().msg;
}

TEST_F(NetworksTest, SubnetRules) {
  must_create(def("big", "10.70.0.0/16"));
  auto over = nets->create(def("small", "10.70.5.0/24"));
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, EEXIST);
  EXPECT_EQ(over.error().msg, "network small: subnet 10.70.5.0/24 overlaps network big (10.70.0.0/16)");
  auto wider = nets->create(def("wider", "10.0.0.0/8"));
  ASSERT_FALSE(wider.ok());
  EXPECT_TRUE(has(wider.error().msg, "overlaps network big")) << wider.error().msg;
  for (const char* bad : {"11.0.0.0/7", "10.71.0.0/31", "10.71.0.0/32"}) {
    auto r = nets->create(def("p", bad));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_TRUE(has(r.error().msg, "prefix length must be 8 to 30")) << r.error().msg;
  }
  NetworkDef n = must_create(def("norm", "10.72.0.5/24"));
  EXPECT_EQ(to_string(n.subnet), "10.72.0.0/24");
  EXPECT_EQ(n.gateway, ip("10.72.0.1"));
}

TEST_F(NetworksTest, GatewayRules) {
  NetworkDef g = def("g", "10.81.0.0/24");
  g.gateway = ip("10.81.0.254");
  EXPECT_EQ(must_create(g).gateway, ip("10.81.0.254"));
  for (const char* bad : {"10.82.0.0", "10.82.0.255", "10.83.0.1"}) {
    NetworkDef d = def("h", "10.82.0.0/24");
    d.gateway = ip(bad);
    auto r = nets->create(d);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().msg, std::string("network h: gateway ") + bad + " is not a host address of subnet 10.82.0.0/24");
  }
}

TEST_F(NetworksTest, BridgeNamesDriversMtu) {
  NetworkDef a = def("a", "10.84.0.0/24");
  a.bridge = "br-test";
  EXPECT_EQ(must_create(a).bridge, "br-test");
  NetworkDef b = def("b", "10.85.0.0/24");
  b.bridge = "br-test";
  auto dup = nets->create(b);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, EEXIST);
  EXPECT_TRUE(has(dup.error().msg, "in use by network a")) << dup.error().msg;
  for (const char* bad : {"br-0123456789abc", "a/b", "a:b", "a b", ".."}) {
    b.bridge = bad;
    auto r = nets->create(b);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_TRUE(has(r.error().msg, "invalid bridge name")) << r.error().msg;
  }
  b.bridge = "edgectl0";
  auto res = nets->create(b);
  ASSERT_FALSE(res.ok());
  EXPECT_TRUE(has(res.error().msg, "reserved for the network bridge")) << res.error().msg;
  b.bridge = "br-0123456789a";  // 15 characters: the most a name may have
  EXPECT_EQ(must_create(b).bridge, "br-0123456789a");

  NetworkDef m = def("m", "10.86.0.0/24");
  m.driver = "macvlan";
  auto drv = nets->create(m);
  ASSERT_FALSE(drv.ok());
  EXPECT_EQ(drv.error().code, ENOTSUP);
  m.driver = "bridge";
  m.mtu = 40;
  auto mtu = nets->create(m);
  ASSERT_FALSE(mtu.ok());
  EXPECT_TRUE(has(mtu.error().msg, "invalid MTU 40")) << mtu.error().msg;
}

TEST_F(NetworksTest, AllocationOrderAndWant) {
  must_create(def("n", "10.90.0.0/29"));  // hosts .1 (gateway) .. .6
  EXPECT_EQ(*nets->allocate("n", "c1", "one"), ip("10.90.0.2"));
  EXPECT_EQ(*nets->allocate("n", "c2", "two"), ip("10.90.0.3"));
  ASSERT_TRUE(nets->release("n", "c1").ok());
  EXPECT_EQ(*nets->allocate("n", "c3", "three"), ip("10.90.0.2"));  // the lowest free one again
  EXPECT_EQ(*nets->allocate("n", "c4", "four", ip("10.90.0.6")), ip("10.90.0.6"));
  EXPECT_EQ(*nets->allocate("n", "c5", "five"), ip("10.90.0.4"));

  auto used = nets->allocate("n", "c6", "six", ip("10.90.0.3"));
  ASSERT_FALSE(used.ok());
  EXPECT_EQ(used.error().code, EADDRINUSE);
  EXPECT_EQ(used.error().msg, "address 10.90.0.3 is in use on network n by container two");
  for (const char* bad : {"10.90.0.0", "10.90.0.7", "10.90.0.1", "10.91.0.2"}) {
    auto r = nets->allocate("n", "c6", "six", ip(bad));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_TRUE(has(r.error().msg, std::string("address ") + bad)) << r.error().msg;
  }
  auto l = nets->leases("n");
  ASSERT_TRUE(l.ok()) << l.error().msg;
  ASSERT_EQ(l->size(), 4u);
  EXPECT_EQ((*l)[0].ip, ip("10.90.0.2"));
  EXPECT_EQ((*l)[0].container_id, "c3");
  EXPECT_EQ((*l)[0].container_name, "three");
  EXPECT_EQ((*l)[3].ip, ip("10.90.0.6"));
  EXPECT_EQ((*l)[3].container_name, "four");

  auto missing = nets->allocate("nope", "c1", "one");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ENOENT);
}

TEST_F(NetworksTest, ExhaustionOnSlash30) {
  must_create(def("tiny", "10.91.0.0/30"));  // .1 gateway, .2 the only other host
  EXPECT_EQ(*nets->allocate("tiny", "c1", "one"), ip("10.91.0.2"));
  auto r = nets->allocate("tiny", "c2", "two");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOSPC);
  EXPECT_EQ(r.error().msg, "network tiny has no free addresses");
  ASSERT_TRUE(nets->release("tiny", "c1").ok());
  EXPECT_EQ(*nets->allocate("tiny", "c2", "two"), ip("10.91.0.2"));
}

TEST_F(NetworksTest, IdempotentPerContainer) {
  must_create(def("n", "10.92.0.0/24"));
  EXPECT_EQ(*nets->allocate("n", "c1", "one"), ip("10.92.0.2"));
  EXPECT_EQ(*nets->allocate("n", "c1", "one"), ip("10.92.0.2"));
  EXPECT_EQ(*nets->allocate("n", "c1", "one", ip("10.92.0.2")), ip("10.92.0.2"));
  auto other = nets->allocate("n", "c1", "one", ip("10.92.0.9"));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, EEXIST);
  // A renamed container keeps its address under the new name.
  EXPECT_EQ(*nets->allocate("n", "c1", "uno"), ip("10.92.0.2"));
  auto l = nets->leases("n");
  ASSERT_TRUE(l.ok());
  ASSERT_EQ(l->size(), 1u);
  EXPECT_EQ((*l)[0].container_name, "uno");
}

TEST_F(NetworksTest, ReleaseAndReconcile) {
  must_create(def("a", "10.93.0.0/24"));
  must_create(def("b", "10.94.0.0/24"));
  ASSERT_TRUE(nets->release("a", "nobody").ok());
  ASSERT_TRUE(nets->release("no-such-network", "c1").ok());
  for (const char* c : {"c1", "c2", "c3"}) {
    ASSERT_TRUE(nets->allocate("a", c, c).ok());
    ASSERT_TRUE(nets->allocate("b", c, c).ok());
  }
  ASSERT_TRUE(nets->release("a", "c2").ok());
  EXPECT_EQ(nets->leases("a")->size(), 2u);
  ASSERT_TRUE(nets->reconcile([](const std::string& id) { return id == "c3"; }).ok());
  for (const char* n : {"a", "b"}) {
    auto l = nets->leases(n);
    ASSERT_TRUE(l.ok());
    ASSERT_EQ(l->size(), 1u) << n;
    EXPECT_EQ((*l)[0].container_id, "c3");
    EXPECT_EQ((*l)[0].ip, n[0] == 'a' ? ip("10.93.0.4") : ip("10.94.0.4"));
  }
}

TEST_F(NetworksTest, RemoveBusyNetwork) {
  must_create(def("n", "10.95.0.0/24"));
  ASSERT_TRUE(nets->allocate("n", "c1", "web").ok());
  ASSERT_TRUE(nets->allocate("n", "0123456789abcdef0123", "").ok());
  auto r = nets->remove("n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EBUSY);
  EXPECT_EQ(r.error().msg, "network n has active endpoints: web, 0123456789ab");
  ASSERT_TRUE(nets->release("n", "c1").ok());
  ASSERT_TRUE(nets->release("n", "0123456789abcdef0123").ok());
  ASSERT_TRUE(nets->remove("n").ok());
  EXPECT_FALSE(path_exists(t.path + "/networks/n.leases"));
  EXPECT_FALSE(path_exists(t.path + "/networks/n.json"));
  // A new network of that name starts with no leases.
  must_create(def("n", "10.95.0.0/24"));
  EXPECT_TRUE(nets->leases("n")->empty());
}

TEST_F(NetworksTest, ImplicitBridgeNetwork) {
  EXPECT_TRUE(nets->leases("bridge")->empty());  // not made by a read of its leases
  EXPECT_FALSE(path_exists(t.path + "/networks/bridge.json"));
  auto b = nets->get("bridge");
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(b->name, "bridge");
  EXPECT_EQ(b->bridge, "edgectl0");
  EXPECT_EQ(b->subnet.prefix, 24);
  EXPECT_TRUE(cidr("172.30.0.0/16").contains(b->subnet.ip) || cidr("10.89.0.0/16").contains(b->subnet.ip))
      << to_string(b->subnet);
  EXPECT_EQ(b->gateway.v, b->subnet.network().v + 1);
  auto routes = detail::host_routes();
  ASSERT_TRUE(routes.ok());
  for (auto& r : *routes) EXPECT_FALSE(r.overlaps(b->subnet)) << to_string(r);
  EXPECT_EQ(nets->get("bridge")->id, b->id);
  auto rm = nets->remove("bridge");
  ASSERT_FALSE(rm.ok());
  EXPECT_EQ(rm.error().msg, "network bridge is the default network and can't be removed");
  auto rm_id = nets->remove(b->id);
  ASSERT_FALSE(rm_id.ok());
  EXPECT_EQ(rm_id.error().msg, rm.error().msg);
  // A user network can't take the default bridge's name.
  NetworkDef d = def("x", "10.96.0.0/24");
  d.bridge = "edgectl0";
  EXPECT_FALSE(nets->create(d).ok());
}

TEST_F(NetworksTest, AllocateCreatesBridgeNetwork) {
  auto a = nets->allocate("bridge", "c1", "one");
  ASSERT_TRUE(a.ok()) << a.error().msg;
  auto b = nets->get("bridge");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->v, b->subnet.network().v + 2);
}

namespace {

// Runs `n` child processes of `fn(i)` at once; true when all exit 0.
template <class F>
bool in_children(int n, F fn) {
  int go[2];
  if (pipe(go) < 0) return false;
  std::vector<pid_t> kids;
  for (int i = 0; i < n; i++) {
    pid_t p = fork();
    if (p == 0) {
      close(go[1]);
      char c;
      (void)!read(go[0], &c, 1);  // start together: EOF when the parent closes
      _exit(fn(i) ? 0 : 1);
    }
    if (p > 0) kids.push_back(p);
  }
  close(go[0]);
  close(go[1]);
  bool ok = kids.size() == static_cast<size_t>(n);
  for (pid_t p : kids) {
    int st = 0;
    ok = waitpid(p, &st, 0) == p && WIFEXITED(st) && WEXITSTATUS(st) == 0 && ok;
  }
  return ok;
}

}  // namespace

TEST_F(NetworksTest, ConcurrentAllocationFromManyProcesses) {
  must_create(def("shared", "10.97.0.0/24"));
  std::string root = t.path;
  ASSERT_TRUE(in_children(20, [&](int i) {
    auto n = Networks::open(root);
    return n.ok() && n->allocate("shared", strf("container-%d", i), strf("c%d", i)).ok();
  }));
  auto l = nets->leases("shared");
  ASSERT_TRUE(l.ok()) << l.error().msg;
  ASSERT_EQ(l->size(), 20u);
  std::set<uint32_t> ips;
  std::set<std::string> ids;
  for (auto& x : *l) {
    ips.insert(x.ip.v);
    ids.insert(x.container_id);
  }
  EXPECT_EQ(ips.size(), 20u);
  EXPECT_EQ(ids.size(), 20u);
  EXPECT_EQ(*ips.begin(), ip("10.97.0.2").v);
  EXPECT_EQ(*ips.rbegin(), ip("10.97.0.21").v);
}

TEST_F(NetworksTest, ConcurrentFirstUseOfBridge) {
  std::string root = t.path;
  ASSERT_TRUE(in_children(10, [&](int i) {
    auto n = Networks::open(root);
    return n.ok() && n->allocate("bridge", strf("container-%d", i), "").ok() && n->get("bridge").ok();
  }));
  auto l = nets->leases("bridge");
  ASSERT_TRUE(l.ok()) << l.error().msg;
  EXPECT_EQ(l->size(), 10u);
  auto all = nets->list();
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 1u);
}

TEST_F(NetworksTest, CorruptedFiles) {
  must_create(def("n", "10.98.0.0/24"));
  ASSERT_TRUE(nets->allocate("n", "c1", "one").ok());
  std::string defp = t.path + "/networks/n.json", leasep = t.path + "/networks/n.leases";
  auto text = read_file(defp);
  ASSERT_TRUE(text.ok());
  ASSERT_TRUE(write_file(defp, text->substr(0, text->size() / 2)).ok());
  auto g = nets->get("n");
  ASSERT_FALSE(g.ok());
  EXPECT_TRUE(has(g.error().msg, "network file " + defp + ": invalid JSON")) << g.error().msg;
  auto l = nets->list();
  ASSERT_FALSE(l.ok());
  EXPECT_TRUE(has(l.error().msg, defp)) << l.error().msg;
  ASSERT_TRUE(write_file(defp, "{\"name\": \"n\"}").ok());
  auto miss = nets->get("n");
  ASSERT_FALSE(miss.ok());
  EXPECT_TRUE(has(miss.error().msg, defp + ": id: missing")) << miss.error().msg;
  ASSERT_TRUE(write_file(defp, *text).ok());

  auto lt = read_file(leasep);
  ASSERT_TRUE(lt.ok());
  ASSERT_TRUE(write_file(leasep, lt->substr(0, lt->size() - 4)).ok());
  auto a = nets->allocate("n", "c2", "two");
  ASSERT_FALSE(a.ok());
  EXPECT_TRUE(has(a.error().msg, "network file " + leasep + ": invalid JSON")) << a.error().msg;
  ASSERT_TRUE(write_file(leasep, "{\"10.98.0.300\": {\"id\": \"c1\"}}").ok());
  auto bad_ip = nets->leases("n");
  ASSERT_FALSE(bad_ip.ok());
  EXPECT_TRUE(has(bad_ip.error().msg, leasep + ": invalid address \"10.98.0.300\"")) << bad_ip.error().msg;
  ASSERT_TRUE(write_file(leasep, "[]").ok());
  EXPECT_FALSE(nets->reconcile([](const std::string&) { return true; }).ok());
}
