// IPv4 addresses and prefixes (IPv6 is not supported by edgectl's own
// networking yet; CNI plugins may still hand out v6 addresses).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace ec::net {

struct Ip4 {
  uint32_t v = 0;  // host byte order
  bool operator==(const Ip4&) const = default;
  auto operator<=>(const Ip4&) const = default;
};
struct Cidr {
  Ip4 ip;
  int prefix = 32;
  bool operator==(const Cidr&) const = default;
  Ip4 network() const;    // ip with host bits cleared
  Ip4 broadcast() const;  // ip with host bits set
  bool contains(Ip4 a) const;
  bool overlaps(const Cidr& o) const;
};

Result<Ip4> parse_ip4(std::string_view s);      // "10.0.0.1"
Result<Cidr> parse_cidr(std::string_view s);    // "10.0.0.0/24", "10.0.0.5/24" (host bits kept)
std::string to_string(Ip4 a);
std::string to_string(const Cidr& c);           // "10.0.0.5/24"

}  // namespace ec::net
