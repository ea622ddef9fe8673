// rtnetlink, our own (no iproute2 at run time): links (bridge, veth),
// addresses, routes. A Netlink object is a NETLINK_ROUTE socket bound to
// the network namespace it was opened in; every request is acked, and a
// kernel error comes back with its errno and the object named.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/fd.h"
#include "net/ip.h"

namespace ec::net {

struct LinkInfo {
  int index = 0;
  std::string name;
  std::string kind;   // "bridge", "veth", "" (IFLA_INFO_KIND)
  int master = 0;     // index of the bridge it is enslaved to, 0 = none
  unsigned mtu = 0;
  bool up = false;
};

class Netlink {
 public:
  // A socket in the caller's network namespace.
  static Result<Netlink> open();
  // A socket in the namespace of netns_fd (the calling thread switches in
  // and back; the socket stays bound to the target namespace).
  static Result<Netlink> open_in(int netns_fd);

  Result<int> link_index(const std::string& name);  // ENODEV when missing
  Result<std::vector<LinkInfo>> links();
  Status add_bridge(const std::string& name, unsigned mtu);
  // A veth pair: `name` here, `peer` created directly in the namespace of
  // peer_netns_fd (-1: here too).
  Status add_veth(const std::string& name, const std::string& peer, unsigned mtu, int peer_netns_fd);
  Status del_link(const std::string& name);  // ENODEV when missing
  Status set_up(const std::string& name);
  Status set_master(const std::string& name, const std::string& bridge);
  Status set_mtu(const std::string& name, unsigned mtu);
  Status add_addr(const std::string& name, const Cidr& addr);  // EEXIST when present
  // A route to dst (prefix 0 = default) via gw (v == 0: on-link) out of dev.
  Status add_route(const Cidr& dst, Ip4 gw, const std::string& dev);

 private:
  explicit Netlink(Fd fd) : fd_(std::move(fd)) {}
  Fd fd_;
  uint32_t seq_ = 0;
};

}  // namespace ec::net
