#include "net/ip.h"

#include <arpa/inet.h>

#include <string>

namespace ec::net {

namespace {
uint32_t mask_of(int prefix) { return prefix <= 0 ? 0 : prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1); }
}  // namespace

Ip4 Cidr::network() const { return Ip4{ip.v & mask_of(prefix)}; }
Ip4 Cidr::broadcast() const { return Ip4{ip.v | ~mask_of(prefix)}; }
bool Cidr::contains(Ip4 a) const { return (a.v & mask_of(prefix)) == network().v; }
bool Cidr::overlaps(const Cidr& o) const {
  int p = prefix < o.prefix ? prefix : o.prefix;
  return (ip.v & mask_of(p)) == (o.ip.v & mask_of(p));
}

Result<Ip4> parse_ip4(std::string_view s) {
  std::string z(s);
  in_addr a{};
  // inet_pton alone rejects the short and octal forms inet_aton would take.
  if (z.empty() || ::inet_pton(AF_INET, z.c_str(), &a) != 1) return make_error("invalid IPv4 address: " + z);
  return Ip4{ntohl(a.s_addr)};
}

Result<Cidr> parse_cidr(std::string_view s) {
  auto slash = s.find('/');
  if (slash == std::string_view::npos) return make_error("invalid subnet " + std::string(s) + ": want ADDRESS/PREFIX");
  auto ip = parse_ip4(s.substr(0, slash));
  if (!ip) return make_error("invalid subnet " + std::string(s) + ": bad address");
  std::string_view p = s.substr(slash + 1);
  int prefix = 0;
  if (p.empty() || p.size() > 2) return make_error("invalid subnet " + std::string(s) + ": bad prefix length");
  for (char c : p) {
    if (c < '0' || c > '9') return make_error("invalid subnet " + std::string(s) + ": bad prefix length");
    prefix = prefix * 10 + (c - '0');
  }
  if (prefix > 32) return make_error("invalid subnet " + std::string(s) + ": prefix over 32");
  return Cidr{*ip, prefix};
}

std::string to_string(Ip4 a) {
  in_addr n{htonl(a.v)};
  char buf[INET_ADDRSTRLEN];
  return ::inet_ntop(AF_INET, &n, buf, sizeof buf);
}

std::string to_string(const Cidr& c) { return to_string(c.ip) + "/" + std::to_string(c.prefix); }

}  // namespace ec::net
