// http/https URLs as the registry client needs them: absolute URLs from
// configuration and WWW-Authenticate realms, and Location headers that may
// be relative (RFC 3986 §5.2 reference resolution).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace ec::img {

struct Url {
  std::string scheme;  // "http" or "https"
  std::string host;    // lowercase; IPv6 literals without brackets ("::1")
  uint16_t port = 0;   // always set: explicit or the scheme's default
  std::string target;  // request target: path plus "?query", never empty

  bool https() const { return scheme == "https"; }
  bool default_port() const { return port == (https() ? 443 : 80); }
  // "host:port" with the port always present ("[::1]:443"): the key of the
  // connection pool and the name of a registry's certs.d directory.
  std::string host_port() const;
  // Host header value: the port only when it is not the default.
  std::string authority() const;
  // "scheme://host:port": redirects compare origins to decide whether the
  // Authorization header may follow.
  std::string origin() const;
  std::string str() const;
  // str() without the query: for error messages (pre-signed storage URLs
  // carry credentials in the query).
  std::string redacted() const;
};

// Parse an absolute http(s) URL. User info ("user@host") is refused: it
// would be a credential in a log line.
Result<Url> parse_url(std::string_view s);
// Resolve `ref` (absolute, "//host/..", "/path", "rel", "?q", "../x")
// against base, as a browser resolves a Location header.
Result<Url> resolve_url(const Url& base, std::string_view ref);
// Percent-encode everything except RFC 3986 unreserved characters, for
// query values ("repository:a/b:pull" -> "repository%3Aa%2Fb%3Apull").
std::string url_encode(std::string_view s);

}  // namespace ec::img
