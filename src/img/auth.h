// Registry authentication (distribution "token" spec and Basic):
//  - parse_www_authenticate(): the challenges of a 401;
//  - Authorizer: answers them for one registry, caching bearer tokens per
//    scope for their lifetime;
//  - Credentials: the login file, docker-like JSON written 0600:
//      {"auths": {"reg.example:5000": {"auth": "<base64 of user:password>"}}}
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace ec::img {

class HttpClient;

// Standard alphabet, padded. decode also takes unpadded input; anything
// else (whitespace, stray characters) is an error.
std::string base64_encode(std::string_view in);
Result<std::string> base64_decode(std::string_view in);

struct Challenge {
  std::string scheme;  // lowercase: "bearer", "basic", ...
  // Parameter names lowercase, values unquoted and unescaped. A token68
  // credential ("Negotiate abc==") is stored under the name "".
  std::vector<std::pair<std::string, std::string>> params;
  std::string param(std::string_view name) const;  // "" when absent
};

// One WWW-Authenticate value, which may hold several challenges:
//   Bearer realm="https://auth/token",service="registry",scope="repository:a/b:pull"
//   Basic realm="x", Bearer realm="y"
Result<std::vector<Challenge>> parse_www_authenticate(std::string_view value);

struct Credential {
  std::string username;
  std::string password;
};

class Credentials {
 public:
  // A missing file is an empty set. Errors name the file.
  static Result<Credentials> load(const std::string& path);
  // Atomic replace with mode 0600, creating the parent directory (0700).
  // Top-level keys other than "auths" are kept.
  Status save(const std::string& path) const;

  // host as in references ("docker.io", "reg:5000"); keys written as
  // "https://reg:5000/v1/" or docker's "https://index.docker.io/v1/" match too.
  std::optional<Credential> lookup(std::string_view host) const;
  void set(std::string_view host, Credential cred);
  bool erase(std::string_view host);  // false when there was no entry
  size_t size() const { return entries_.size(); }

 private:
  std::vector<std::pair<std::string, Credential>> entries_;  // key as written in the file
  std::string rest_;  // the file's JSON, for its other keys
};

// Canonical registry name of a credentials key or host:
// "https://index.docker.io/v1/" -> "docker.io", "HTTPS://Reg:5000/" -> "reg:5000".
std::string credentials_key(std::string_view host);

// Obtains Authorization header values for one registry.
class Authorizer {
 public:
  // http must outlive the Authorizer; cred is the registry's login, if any
  // (sent to the token service, or as Basic when the registry asks for it).
  Authorizer(HttpClient& http, std::optional<Credential> cred);

  // Header value to send for a request needing `scope`
  // ("repository:library/busybox:pull"; "" for /v2/): a cached, unexpired
  // bearer token for that scope or Basic once the registry asked for Basic.
  // Empty when nothing is known yet: the request goes out bare and its 401
  // tells us how to authenticate.
  std::string header_for(const std::string& scope);

  // Answer a 401 (its WWW-Authenticate values) for `scope`: fetch a token
  // from the realm (GET realm?service=..&scope=.., with Basic credentials
  // when we have them; {"token"} or {"access_token"}, cached for
  // "expires_in" seconds, at least 60) or switch to Basic. Errors are
  // EACCES for refused credentials or a missing login.
  Status answer(const std::vector<std::string>& www_authenticate, const std::string& scope);

  // Milliseconds on a monotonic clock; tests move time forward.
  void set_clock(std::function<int64_t()> now_ms) { clock_ = std::move(now_ms); }

 private:
  struct Token {
    std::string scope;
    std::string header;
    int64_t expires_ms;
  };
  int64_t now() const;
  Status fetch_token(const Challenge& ch, const std::string& scope);

  HttpClient& http_;
  std::optional<Credential> cred_;
  std::string basic_;  // "Basic ..." once the registry challenged for Basic
  std::vector<Token> tokens_;
  std::function<int64_t()> clock_;
};

}  // namespace ec::img
