// -p/--publish and -P: which host ports forward to which container ports.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ec::net {

struct PortMap {
  std::string host_ip;     // "" = every address (0.0.0.0)
  uint16_t host_port = 0;  // 0 only before assign_ports(): pick a free one
  uint16_t container_port = 0;
  std::string proto = "tcp";  // "tcp" or "udp"
  bool operator==(const PortMap&) const = default;
};

// docker's grammar: [ip:][hostPort[-end]:]containerPort[-end][/tcp|udp].
// Ranges expand to one PortMap per port (the two ranges must be the same
// length, or the host range may be given with a single container port? no:
// as docker, equal lengths). No host port: 0 (random at assign_ports()).
Result<std::vector<PortMap>> parse_publish(std::string_view spec);
// -P: every exposed port ("80/tcp", "53/udp", "8080") to a random host port.
Result<std::vector<PortMap>> publish_all(const std::vector<std::string>& exposed);
// Replace host_port 0 by free ports of the host (bind probe), and reject a
// host port given twice for one proto and address.
Status assign_ports(std::vector<PortMap>& ports);
std::string to_string(const PortMap& p);  // "0.0.0.0:8080->80/tcp"

}  // namespace ec::net
