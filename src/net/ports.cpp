#include "net/ports.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

#include "core/fd.h"
#include "core/strutil.h"
#include "net/ip.h"

namespace ec::net {

namespace {

struct Range {
  uint16_t lo = 0, hi = 0;
  size_t size() const { return static_cast<size_t>(hi - lo) + 1; }
};

// "80" or "8000-8010"; `what` names the part for the message.
Result<Range> parse_range(std::string_view s, const char* what) {
  auto dash = s.find('-');
  std::string_view a = s.substr(0, dash), b = dash == std::string_view::npos ? a : s.substr(dash + 1);
  auto lo = parse_u64(a), hi = parse_u64(b);
  if (!lo || !hi) return make_error(strf("invalid %s \"%.*s\"", what, static_cast<int>(s.size()), s.data()));
  if (*lo < 1 || *lo > 65535 || *hi < 1 || *hi > 65535)
    return make_error(strf("%s \"%.*s\" out of range 1-65535", what, static_cast<int>(s.size()), s.data()));
  if (*hi < *lo) return make_error(strf("%s range \"%.*s\" ends before it starts", what, static_cast<int>(s.size()), s.data()));
  return Range{static_cast<uint16_t>(*lo), static_cast<uint16_t>(*hi)};
}

Result<std::string> parse_proto(std::string_view s) {
  std::string p;
  for (char c : s) p += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (p == "tcp" || p == "udp") return p;
  if (p.empty()) return make_error("empty protocol after \"/\"");
  return make_error("unsupported protocol \"" + p + "\" (tcp or udp)");
}

Result<std::vector<PortMap>> parse_spec(std::string_view spec) {
  std::string proto = "tcp";
  if (auto slash = spec.rfind('/'); slash != std::string_view::npos) {
    EC_ASSIGN(proto, parse_proto(spec.substr(slash + 1)));
    spec = spec.substr(0, slash);
  }
  std::string ip;
  std::string_view host, ctr;
  if (!spec.empty() && spec[0] == '[') {
    // [v6]:host:ctr, the only form docker brackets.
    return make_error("IPv6 host addresses are not supported");
  }
  auto parts = split(spec, ':');
  switch (parts.size()) {
    case 1: ctr = spec; break;
    case 2:
      host = std::string_view(spec).substr(0, parts[0].size());
      ctr = spec.substr(parts[0].size() + 1);
      break;
    case 3:
      ip = parts[0];
      host = spec.substr(parts[0].size() + 1, parts[1].size());
      ctr = spec.substr(parts[0].size() + parts[1].size() + 2);
      break;
    default: return make_error("IPv6 host addresses are not supported");  // unbracketed v6, as docker reads it
  }
  if (!ip.empty()) {
    auto a = parse_ip4(ip);
    if (!a) return make_error("invalid host IP address \"" + ip + "\"");
    if (a->v == 0) ip.clear();  // 0.0.0.0 is "every address": one spelling for duplicate checks
    else ip = to_string(*a);
  }
  if (ctr.empty()) return make_error("no container port");
  EC_ASSIGN(Range cr, parse_range(ctr, "container port"));
  Range hr{};
  if (!host.empty()) {
    EC_ASSIGN(hr, parse_range(host, "host port"));
    if (hr.size() != cr.size())
      return make_error(strf("host port range has %zu ports but the container range has %zu", hr.size(), cr.size()));
  }
  std::vector<PortMap> out;
  for (size_t i = 0; i < cr.size(); i++) {
    PortMap m;
    m.host_ip = ip;
    m.host_port = host.empty() ? 0 : static_cast<uint16_t>(hr.lo + i);
    m.container_port = static_cast<uint16_t>(cr.lo + i);
    m.proto = proto;
    out.push_back(std::move(m));
  }
  return out;
}

// A socket bound to ip:port for the proto; port 0 lets the kernel choose.
Result<Fd> probe(const std::string& ip, uint16_t port, const std::string& proto) {
  Fd s(::socket(AF_INET, (proto == "udp" ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0));
  if (!s) return sys_error("socket");
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  if (!ip.empty()) {
    EC_ASSIGN(Ip4 a, parse_ip4(ip));
    sa.sin_addr.s_addr = htonl(a.v);
  }
  if (::bind(s.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) < 0) return sys_error("bind");
  return s;
}

uint16_t bound_port(int fd) {
  sockaddr_in sa{};
  socklen_t len = sizeof sa;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len) < 0) return 0;
  return ntohs(sa.sin_port);
}

// Two maps want the same host port: same proto and port, and addresses that
// overlap ("" is every address).
bool clash(const PortMap& a, const PortMap& b) {
  return a.proto == b.proto && a.host_port == b.host_port &&
         (a.host_ip == b.host_ip || a.host_ip.empty() || b.host_ip.empty());
}

}  // namespace

Result<std::vector<PortMap>> parse_publish(std::string_view spec) {
  auto r = parse_spec(spec);
  if (!r) return make_error("invalid publish spec \"" + std::string(spec) + "\": " + r.error().msg);
  return r;
}

Result<std::vector<PortMap>> publish_all(const std::vector<std::string>& exposed) {
  std::vector<PortMap> out;
  for (auto& e : exposed) {
    std::string_view s = e;
    std::string proto = "tcp";
    auto slash = s.rfind('/');
    if (slash != std::string_view::npos) {
      auto p = parse_proto(s.substr(slash + 1));
      if (!p) return make_error("invalid exposed port \"" + e + "\": " + p.error().msg);
      proto = *p;
      s = s.substr(0, slash);
    }
    auto r = parse_range(s, "port");
    if (!r) return make_error("invalid exposed port \"" + e + "\": " + r.error().msg);
    for (size_t i = 0; i < r->size(); i++) {
      PortMap m;
      m.container_port = static_cast<uint16_t>(r->lo + i);
      m.proto = proto;
      bool dup = false;  // an image may expose "80" and "80/tcp"
      for (auto& o : out) dup = dup || (o.container_port == m.container_port && o.proto == m.proto);
      if (!dup) out.push_back(std::move(m));
    }
  }
  return out;
}

Status assign_ports(std::vector<PortMap>& ports) {
  for (size_t i = 0; i < ports.size(); i++) {
    if (ports[i].host_port == 0) continue;
    for (size_t j = 0; j < i; j++)
      if (ports[j].host_port != 0 && clash(ports[i], ports[j]))
        return make_error("publish " + to_string(ports[i]) + ": host port " +
                          std::to_string(ports[i].host_port) + "/" + ports[i].proto + " is given twice", EADDRINUSE);
  }
  // Keep every probe socket open until all are chosen so that the kernel
  // never hands out the same port twice.
  std::vector<Fd> held;
  for (auto& p : ports) {
    if (p.host_port != 0) continue;
    for (int tries = 0;; tries++) {
      if (tries == 64) return make_error("publish " + to_string(p) + ": no free host port found", EADDRINUSE);
      auto s = probe(p.host_ip, 0, p.proto);
      if (!s) return std::move(s).error().context("publish " + to_string(p) + ": find a free host port");
      PortMap cand = p;
      cand.host_port = bound_port(s->get());
      held.push_back(std::move(*s));
      if (cand.host_port == 0) return sys_error("publish " + to_string(p) + ": getsockname");
      bool taken = false;
      for (auto& o : ports) taken = taken || (&o != &p && o.host_port != 0 && clash(o, cand));
      if (taken) continue;  // held open: the next probe gets another port
      p.host_port = cand.host_port;
      break;
    }
  }
  return {};
}

std::string to_string(const PortMap& p) {
  return strf("%s:%u->%u/%s", p.host_ip.empty() ? "0.0.0.0" : p.host_ip.c_str(), p.host_port, p.container_port,
              p.proto.c_str());
}

}  // namespace ec::net
