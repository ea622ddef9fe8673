// Cleaning up after crashes: what a dead shim or a killed command left of
// container networks (leases, veths, NAT rules, namespace files).
#include "core/fs.h"
#include "net/netlink.h"
#include "net/netns.h"
#include "rt/engine/net_internal.h"

namespace ec::engine {

std::vector<std::string> net_reconcile(const NetEnv& env) {
  std::vector<std::string> done;
  // Containers whose shim lives keep their network; the rest lose it.
  std::vector<std::string> alive;
  if (auto ids = env.ctrs->ids())
    for (auto& id : *ids) {
      auto s = env.ctrs->state(id);
      if (s && has_shim(*s)) alive.push_back(id);
      else if (path_exists(env.ctrs->dir(id) + "/net.json")) {
        net_down(env, id);
        done.push_back("network of container " + id.substr(0, 12));
      }
    }
  auto is_alive = [&](std::string_view id) {
    for (auto& a : alive)
      if (a == id || (id.size() < a.size() && a.compare(0, id.size(), id) == 0)) return true;
    return false;
  };
  if (auto nets = net::Networks::open(env.root, env.run_root)) (void)nets->reconcile([&](const std::string& id) { return is_alive(id); });
  if (auto nl = net::Netlink::open())
    if (auto links = nl->links())
      for (auto& l : *links) {
        std::string prefix;
        if (is_our_veth(l.name, &prefix) && !is_alive(prefix) && nl->del_link(l.name)) done.push_back("veth " + l.name);
      }
  if (auto b = nat_backend(env); b && *b != net::NatBackend::Userspace)
    if (auto owners = net::nat_owners(*b))
      for (auto& o : *owners)
        if (o.rfind("net:", 0) != 0 && !is_alive(o) && net::nat_ports_remove(*b, o)) done.push_back("NAT rules of " + o.substr(0, 12));
  if (auto files = list_dir(env.run_root + "/netns"))
    for (auto& f : *files)
      if (!is_alive(f) && net::netns_remove(env.run_root + "/netns/" + f)) done.push_back("namespace " + f.substr(0, 12));
  return done;
}

}  // namespace ec::engine
