#include "img/url.h"

#include <cctype>

#include "core/strutil.h"

namespace ec::img {
namespace {


bool valid_reg_name(std::string_view h) {
  if (h.empty()) return false;
  for (char c : h)
    if (!(isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_')) return false;
  return true;
}

bool valid_ipv6(std::string_view h) {
  if (h.empty()) return false;
  for (char c : h)
    if (!(isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.')) return false;
  return true;
}

// Keep a request target printable and unambiguous: spaces and non-ASCII are
// percent-encoded (what browsers do with sloppy Location headers); control
// characters would split the request line, so they are an error.
Result<std::string> clean_target(std::string_view t) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(t.size());
  for (unsigned char c : t) {
    if (c < 0x20 || c == 0x7f) return make_error("control character in URL");
    if (c == ' ' || c > 0x7e) {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (starts_with(in, "../")) {
      in.remove_prefix(3);
    } else if (starts_with(in, "./")) {
      in.remove_prefix(2);
    } else if (starts_with(in, "/./")) {
      in.remove_prefix(2);
    } else if (in == "/.") {
      in = "/";
    } else if (starts_with(in, "/../") || in == "/..") {
      in = in.size() == 3 ? std::string_view("/") : in.substr(3);
      size_t slash = out.rfind('/');
      out.resize(slash == std::string::npos ? 0 : slash);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      size_t next = in.find('/', in[0] == '/' ? 1 : 0);
      out += in.substr(0, next);
      in = next == std::string_view::npos ? std::string_view() : in.substr(next);
    }
  }
  return out;
}

}  // namespace

std::string Url::host_port() const {
  std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return h + ":" + std::to_string(port);
}

std::string Url::authority() const {
  if (default_port()) return host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return host_port();
}

std::string Url::origin() const { return scheme + "://" + host_port(); }

std::string Url::str() const { return scheme + "://" + authority() + target; }

std::string Url::redacted() const {
  return scheme + "://" + authority() + target.substr(0, target.find('?'));
}

Result<Url> parse_url(std::string_view s) {
  auto fail = [&](const char* why) {
    return make_error(strf("invalid URL \"%.*s\": %s", static_cast<int>(s.size() > 200 ? 200 : s.size()),
                           s.data(), why));
  };
  size_t sep = s.find("://");
  if (sep == std::string_view::npos) return fail("no scheme");
  Url u;
  u.scheme = ascii_lower(s.substr(0, sep));
  if (u.scheme != "http" && u.scheme != "https") return fail("scheme must be http or https");
  std::string_view rest = s.substr(sep + 3);
  size_t end = rest.find_first_of("/?#");
  std::string_view auth = rest.substr(0, end);
  std::string_view tail = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  if (auth.find('@') != std::string_view::npos) return fail("credentials in URLs are not supported");

  std::string_view port;
  if (!auth.empty() && auth[0] == '[') {
    size_t close = auth.find(']');
    if (close == std::string_view::npos) return fail("unterminated IPv6 address");
    std::string_view h = auth.substr(1, close - 1);
    if (!valid_ipv6(h)) return fail("bad IPv6 address");
    u.host = ascii_lower(h);
    std::string_view after = auth.substr(close + 1);
    if (!after.empty()) {
      if (after[0] != ':') return fail("junk after IPv6 address");
      port = after.substr(1);
    }
  } else {
    size_t colon = auth.find(':');
    std::string_view h = auth.substr(0, colon);
    if (!valid_reg_name(h)) return fail("bad host");
    u.host = ascii_lower(h);
    if (colon != std::string_view::npos) port = auth.substr(colon + 1);
  }
  if (port.empty()) {
    u.port = u.https() ? 443 : 80;
  } else {
    auto p = parse_u64(port);
    if (!p || *p == 0 || *p > 65535 || port[0] == '+') return fail("bad port");
    u.port = static_cast<uint16_t>(*p);
  }

  tail = tail.substr(0, tail.find('#'));
  std::string target(tail);
  if (target.empty() || target[0] == '?') target.insert(0, 1, '/');
  auto t = clean_target(target);
  if (!t) return fail("control character in path");
  u.target = std::move(*t);
  return u;
}

Result<Url> resolve_url(const Url& base, std::string_view ref) {
  ref = trim(ref);
  ref = ref.substr(0, ref.find('#'));
  // A scheme is letters/digits/+-. before the first ':' that comes before any '/', '?'.
  size_t colon = ref.find(':');
  if (colon != std::string_view::npos && colon < ref.find_first_of("/?") && colon > 0 &&
      isalpha(static_cast<unsigned char>(ref[0])))
    return parse_url(ref);
  if (starts_with(ref, "//")) return parse_url(base.scheme + ":" + std::string(ref));

  Url u = base;
  std::string_view bpath = std::string_view(base.target).substr(0, base.target.find('?'));
  size_t q = ref.find('?');
  std::string_view path = ref.substr(0, q);
  std::string_view query = q == std::string_view::npos ? std::string_view() : ref.substr(q);
  std::string target;
  if (path.empty()) {
    // Only a query (or nothing): keep the base path.
    target = std::string(bpath);
    target += q == std::string_view::npos ? base.target.substr(bpath.size()) : std::string(query);
  } else if (path[0] == '/') {
    target = remove_dot_segments(path) + std::string(query);
  } else {
    std::string merged(bpath.substr(0, bpath.rfind('/') + 1));
    merged += path;
    target = remove_dot_segments(merged) + std::string(query);
  }
  if (target.empty() || target[0] != '/') target.insert(target.begin(), '/');
  auto t = clean_target(target);
  if (!t) return make_error("invalid redirect location: control character");
  u.target = std::move(*t);
  return u;
}

std::string url_encode(std::string_view s) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace ec::img
