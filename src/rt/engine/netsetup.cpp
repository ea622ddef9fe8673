#include "rt/engine/netsetup.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <algorithm>
#include <optional>

#include "core/clock.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "net/netlink.h"
#include "net/netns.h"
#include "net/networks.h"
#include "net/proxy.h"
#include "rt/engine/net_internal.h"
#include "rt/state.h"

namespace ec::engine {

namespace {

std::vector<std::string> network_names(const NetMode& m, const ContainerRecord& rec) {
  std::vector<std::string> v{m.name};
  v.insert(v.end(), rec.extra_networks.begin(), rec.extra_networks.end());
  return v;
}

std::string host_part(const std::string& cidr) { return cidr.substr(0, cidr.find('/')); }

// The bridge of a network, made on first use. Its NAT rules are added once
// per boot (a marker under the volatile run root): a reboot loses both.
Status ensure_bridge(const NetEnv& env, net::Netlink& nl, const net::NetworkDef& d, net::NatBackend b) {
  auto idx = nl.link_index(d.bridge);
  if (!idx) {
    if (idx.error().code != ENODEV) return std::move(idx).error();
    if (auto r = nl.add_bridge(d.bridge, d.mtu); !r && r.error().code != EEXIST)
      return std::move(r).error().context("network " + d.name);
  }
  if (auto r = nl.add_addr(d.bridge, net::Cidr{d.gateway, d.subnet.prefix}); !r && r.error().code != EEXIST)
    return std::move(r).error().context("network " + d.name);
  EC_TRYC(nl.set_up(d.bridge), "network " + d.name);
  std::string marker = env.run_root + "/netnat/" + d.id.substr(0, 12) + "-" + std::string(backend_name(b));
  if (!path_exists(marker)) {
    EC_TRYC(net::nat_network_add(b, net::NetworkNat{d.name, d.bridge, d.subnet, d.internal}), "network " + d.name);
    EC_TRY(mkdir_p(env.run_root + "/netnat", 0700));
    EC_TRY(write_file(marker, "", 0600));
  }
  return {};
}

// Join one network: lease, bridge, veth pair (the inside end created in the
// container's namespace as eth<n>), address, and the default route on the
// first network.
Result<Endpoint> attach(const NetEnv& env, net::Networks& nets, const ContainerRecord& rec,
                        const std::string& name, unsigned n, bool first, int nsfd, net::NatBackend b) {
  EC_ASSIGN(net::NetworkDef d, nets.get(name));
  std::optional<net::Ip4> want;
  if (first && !rec.ip.empty()) {
    EC_ASSIGN(net::Ip4 w, net::parse_ip4(rec.ip));
    want = w;
  }
  EC_ASSIGN(net::Ip4 ip, nets.allocate(d.name, rec.id, rec.name, want));
  EC_ASSIGN(net::Netlink host, net::Netlink::open());
  EC_TRY(ensure_bridge(env, host, d, b));
  Endpoint ep;
  ep.network = d.name;
  ep.bridge = d.bridge;
  ep.veth = veth_name(rec.id, n);
  ep.ifname = strf("eth%u", n);
  ep.address = net::to_string(net::Cidr{ip, d.subnet.prefix});
  ep.gateway = net::to_string(d.gateway);
  (void)host.del_link(ep.veth);  // a leftover of a crashed shim
  EC_TRY(host.add_veth(ep.veth, ep.ifname, d.mtu, nsfd));
  EC_TRY(host.set_master(ep.veth, d.bridge));
  EC_TRY(host.set_up(ep.veth));
  EC_ASSIGN(net::Netlink inner, net::Netlink::open_in(nsfd));
  EC_TRY(inner.add_addr(ep.ifname, net::Cidr{ip, d.subnet.prefix}));
  EC_TRY(inner.set_up(ep.ifname));
  if (first && !d.internal) EC_TRY(inner.add_route(net::Cidr{net::Ip4{0}, 0}, d.gateway, ep.ifname));
  return ep;
}

// Sockets bound (not listening) on the published host ports: the kernel
// backends rewrite packets before any socket sees them, so these only keep
// another program or container from taking the ports.
Status hold_ports(const std::vector<net::PortMap>& ports, std::vector<Fd>* held) {
  for (auto& p : ports) {
    bool tcp = p.proto == "tcp";
    Fd s(::socket(AF_INET, (tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0));
    if (!s) return sys_error("socket");
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(p.host_port);
    if (!p.host_ip.empty() && ::inet_pton(AF_INET, p.host_ip.c_str(), &a.sin_addr) != 1)
      return make_error("publish " + net::to_string(p) + ": bad host address");
    if (::bind(s.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) < 0) return sys_error("publish " + net::to_string(p));
    if (held) held->push_back(std::move(s));
  }
  return {};
}

Status publish(const NetEnv& env, const ContainerRecord& rec, NetState& st, net::NatBackend b,
               const net::NetworkDef& first, std::vector<Fd>* held) {
  if (first.internal) return make_error("published ports need a network with outside access; " + first.name + " is internal");
  std::vector<net::PortMap> ports;
  for (auto& spec : rec.publish) {
    EC_ASSIGN(auto v, net::parse_publish(spec));
    ports.insert(ports.end(), v.begin(), v.end());
  }
  EC_TRY(net::assign_ports(ports));
  EC_ASSIGN(net::Ip4 target, net::parse_ip4(host_part(st.endpoints.at(0).address)));
  st.backend = std::string(net::backend_name(b));
  if (b == net::NatBackend::Userspace) {
    EC_ASSIGN(pid_t pid, net::spawn_proxy(ports, target));
    st.proxy_pid = pid;
    st.proxy_start = rt::proc_start_time(pid);
  } else {
    EC_TRY(hold_ports(ports, held));
    EC_TRY(net::nat_ports_add(b, net::PortForward{rec.id, first.bridge, target, ports}));
  }
  st.ports = std::move(ports);
  (void)env;
  return {};
}

Result<NetState> bridge_up(const NetEnv& env, const NetMode& m, const ContainerRecord& rec, std::vector<Fd>* held) {
  NetState st;
  st.netns = netns_file(env.run_root, rec.id);
  EC_TRY(mkdir_p(env.run_root + "/netns", 0755));
  (void)net::netns_remove(st.netns);
  EC_TRY(net::netns_create(st.netns));
  EC_ASSIGN(Fd nsfd, net::netns_open(st.netns));
  {
    EC_ASSIGN(net::Netlink inner, net::Netlink::open_in(nsfd.get()));
    EC_TRY(inner.set_up("lo"));
  }
  EC_ASSIGN(net::Networks nets, net::Networks::open(env.root, env.run_root));
  EC_ASSIGN(net::NatBackend b, nat_backend(env));
  auto names = network_names(m, rec);
  for (unsigned i = 0; i < names.size(); i++) {
    EC_ASSIGN(Endpoint ep, attach(env, nets, rec, names[i], i, i == 0, nsfd.get(), b));
    st.endpoints.push_back(std::move(ep));
  }
  EC_TRY(save_net_state(env.ctrs->dir(rec.id), st));
  if (!rec.publish.empty()) {
    EC_ASSIGN(net::NetworkDef first, nets.get(names[0]));
    EC_TRY(publish(env, rec, st, b, first, held));
    EC_TRY(save_net_state(env.ctrs->dir(rec.id), st));
  }
  refresh_hosts(env, nets, names);
  return st;
}

// Point config.json's network namespace at the other container's.
Result<NetState> join_container(const NetEnv& env, const NetMode& m, const ContainerRecord& rec) {
  EC_ASSIGN(std::string other, env.ctrs->resolve(m.name));
  EC_ASSIGN(ContainerState os, env.ctrs->state(other));
  if (os.status != "running" && os.status != "paused")
    return make_error("--network container:" + m.name + ": that container is not running", EINVAL);
  std::string odir = env.ctrs->dir(other);
  std::string path = strf("/proc/%d/ns/net", os.pid);
  if (auto ost = load_net_state(odir)) path = ost->netns;
  EC_TRY(set_config_netns(env.ctrs->dir(rec.id), path));
  // Same network, same view of names.
  for (const char* f : {"/hosts", "/resolv.conf"})
    if (auto t = read_file(odir + f)) (void)rewrite_in_place(env.ctrs->dir(rec.id) + f, *t);
  return NetState{};
}

}  // namespace

std::string default_network(const EngineConfig& cfg) { return cfg.default_network; }

Result<std::string> check_network(const NetEnv& env, const std::string& mode) {
  EC_ASSIGN(NetMode m, parse_net_mode(mode));
  switch (m.kind) {
    case NetMode::Kind::None: return std::string("none");
    case NetMode::Kind::Host: return std::string("host");
    case NetMode::Kind::Container: {
      EC_ASSIGN(std::string id, env.ctrs->resolve(m.name));
      return "container:" + id;
    }
    case NetMode::Kind::Cni: {
      EC_TRY(cni_check_config(env, m.name));
      return "cni:" + m.name;
    }
    case NetMode::Kind::Bridge: break;
  }
  EC_ASSIGN(net::Networks nets, net::Networks::open(env.root, env.run_root));
  EC_ASSIGN(net::NetworkDef d, nets.get(m.name));
  return d.name;
}

Result<NetState> net_up(const NetEnv& env, const ContainerRecord& rec, std::vector<Fd>* held) {
  EC_ASSIGN(NetMode m, parse_net_mode(rec.network));
  // What a shim that died left set up.
  if (path_exists(env.ctrs->dir(rec.id) + "/net.json")) net_down(env, rec.id);
  switch (m.kind) {
    case NetMode::Kind::None:
    case NetMode::Kind::Host: return NetState{};
    case NetMode::Kind::Container: return join_container(env, m, rec);
    case NetMode::Kind::Cni: break;
    case NetMode::Kind::Bridge: {
      auto st = bridge_up(env, m, rec, held);
      if (!st) net_down(env, rec.id);
      return st;
    }
  }
  auto st = cni_up(env, m.name, rec);
  if (!st) net_down(env, rec.id);
  return st;
}

void net_down(const NetEnv& env, const std::string& id) {
  std::string dir = env.ctrs->dir(id);
  auto st = load_net_state(dir);
  if (st && st->proxy_pid > 0 && rt::proc_start_time(st->proxy_pid) == st->proxy_start) {
    ::kill(st->proxy_pid, SIGTERM);
    // In the shim the proxy is our child: reap it, so its ports are free
    // once we return (elsewhere waitpid fails with ECHILD at once).
    for (int i = 0; i < 100; i++) {
      pid_t r = ::waitpid(st->proxy_pid, nullptr, WNOHANG);
      if (r != 0) break;
      sleep_ms(10);
    }
  }
  if (st && !st->cni.empty()) (void)cni_down(env, *st, id);
  if (st && !st->ports.empty() && st->backend != "userspace")
    if (auto b = backend_from_name(st->backend)) (void)net::nat_ports_remove(*b, id);
  std::vector<std::string> left;
  if (auto nets = net::Networks::open(env.root, env.run_root)) {
    if (auto defs = nets->list())
      for (auto& d : *defs) {
        auto ls = nets->leases(d.name);
        if (!ls) continue;
        bool had = std::any_of(ls->begin(), ls->end(), [&](const net::Lease& l) { return l.container_id == id; });
        if (!had) continue;
        (void)nets->release(d.name, id);
        left.push_back(d.name);
      }
    (void)::unlink((dir + "/net.json").c_str());
    refresh_hosts(env, *nets, left);
  }
  // Unbinding the namespace destroys it once the container is gone, and the
  // kernel then deletes our veths with it, off our path: deleting a veth
  // ourselves waits for an RCU grace period (~20 ms of every stop). Without
  // a namespace file (a crash) whatever is left goes now.
  std::string ns = netns_file(env.run_root, id);
  bool had_ns = path_exists(ns);
  (void)net::netns_remove(ns);
  if (!had_ns)
    if (auto nl = net::Netlink::open())
      if (auto links = nl->links())
        for (auto& l : *links)
          if (veth_of(l.name, id)) (void)nl->del_link(l.name);
}

Status net_connect(const NetEnv& env, const std::string& id, const std::string& network) {
  EC_ASSIGN(ContainerRecord rec, env.ctrs->record(id));
  EC_ASSIGN(NetMode m, parse_net_mode(rec.network));
  if (m.kind != NetMode::Kind::Bridge)
    return make_error("container " + rec.name + " uses --network " + rec.network + ": only bridge networks can be connected", EINVAL);
  EC_ASSIGN(net::Networks nets, net::Networks::open(env.root, env.run_root));
  EC_ASSIGN(net::NetworkDef d, nets.get(network));
  auto names = network_names(m, rec);
  if (std::find(names.begin(), names.end(), d.name) != names.end())
    return make_error("container " + rec.name + " is already connected to network " + d.name, EEXIST);
  EC_ASSIGN(ContainerState s, env.ctrs->state(id));
  auto st = load_net_state(env.ctrs->dir(id));
  if ((s.status == "running" || s.status == "paused") && st) {
    unsigned n = 0;
    while (std::any_of(st->endpoints.begin(), st->endpoints.end(), [&](const Endpoint& e) { return e.ifname == strf("eth%u", n); })) n++;
    EC_ASSIGN(Fd nsfd, net::netns_open(st->netns));
    EC_ASSIGN(net::NatBackend b, nat_backend(env));
    EC_ASSIGN(Endpoint ep, attach(env, nets, rec, d.name, n, false, nsfd.get(), b));
    st->endpoints.push_back(std::move(ep));
    EC_TRY(save_net_state(env.ctrs->dir(id), *st));
  }
  rec.extra_networks.push_back(d.name);
  EC_TRY(env.ctrs->save_record(rec));
  refresh_hosts(env, nets, {d.name});
  return {};
}

Status net_disconnect(const NetEnv& env, const std::string& id, const std::string& network) {
  EC_ASSIGN(ContainerRecord rec, env.ctrs->record(id));
  EC_ASSIGN(net::Networks nets, net::Networks::open(env.root, env.run_root));
  EC_ASSIGN(net::NetworkDef d, nets.get(network));
  auto it = std::find(rec.extra_networks.begin(), rec.extra_networks.end(), d.name);
  if (it == rec.extra_networks.end()) {
    if (rec.network == d.name)
      return make_error("container " + rec.name + ": network " + d.name + " is its first network (given at run) and can't be disconnected", EINVAL);
    return make_error("container " + rec.name + " is not connected to network " + d.name, ENOENT);
  }
  rec.extra_networks.erase(it);
  EC_TRY(env.ctrs->save_record(rec));
  if (auto st = load_net_state(env.ctrs->dir(id))) {
    auto e = std::find_if(st->endpoints.begin(), st->endpoints.end(), [&](const Endpoint& x) { return x.network == d.name; });
    if (e != st->endpoints.end()) {
      EC_ASSIGN(net::Netlink nl, net::Netlink::open());
      if (auto r = nl.del_link(e->veth); !r && r.error().code != ENODEV) return r;
      st->endpoints.erase(e);
      EC_TRY(save_net_state(env.ctrs->dir(id), *st));
    }
  }
  EC_TRY(nets.release(d.name, id));
  refresh_hosts(env, nets, {d.name});
  return {};
}

Status network_remove(const NetEnv& env, const std::string& name_or_id) {
  EC_ASSIGN(net::Networks nets, net::Networks::open(env.root, env.run_root));
  EC_ASSIGN(net::NetworkDef d, nets.get(name_or_id));
  EC_TRY(nets.remove(d.name));
  if (auto nl = net::Netlink::open())
    if (auto r = nl->del_link(d.bridge); !r && r.error().code != ENODEV) return std::move(r).error().context("network " + d.name);
  if (auto files = list_dir(env.run_root + "/netnat"))
    for (auto& f : *files)
      if (f.rfind(d.id.substr(0, 12) + "-", 0) == 0) {
        if (auto b = backend_from_name(f.substr(13)))
          (void)net::nat_network_remove(*b, net::NetworkNat{d.name, d.bridge, d.subnet, d.internal});
        (void)::unlink((env.run_root + "/netnat/" + f).c_str());
      }
  return {};
}

}  // namespace ec::engine
