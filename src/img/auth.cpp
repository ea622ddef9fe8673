#include "img/auth.h"

#include <time.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "img/http.h"

namespace ec::img {
namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
// Token responses are a JWT or two; anything near this is not a token.
constexpr size_t kMaxTokenResponse = 1 << 20;
// Docker's minimum: a shorter expires_in is treated as this.
constexpr int64_t kMinTokenLifetimeS = 60;
constexpr char kDockerHubKey[] = "https://index.docker.io/v1/";


bool tchar(char c) {
  return isalnum(static_cast<unsigned char>(c)) || (c && strchr("!#$%&'*+-.^_`|~", c));
}

bool b68char(char c) { return isalnum(static_cast<unsigned char>(c)) || (c && strchr("-._~+/", c)); }

}  // namespace

std::string base64_encode(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16 | static_cast<uint8_t>(in[i + 1]) << 8 | static_cast<uint8_t>(in[i + 2]);
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  if (i < in.size()) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<uint8_t>(in[i + 1]) << 8;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += i + 1 < in.size() ? kB64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

Result<std::string> base64_decode(std::string_view in) {
  size_t pad = 0;
  while (!in.empty() && in.back() == '=' && pad < 2) {
    in.remove_suffix(1);
    pad++;
  }
  if ((pad && (in.size() + pad) % 4) || in.size() % 4 == 1) return make_error("invalid base64: bad length");
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    const char* p = c ? strchr(kB64, c) : nullptr;
    if (!p) return make_error("invalid base64: unexpected character");
    acc = acc << 6 | static_cast<uint32_t>(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, or two encodings would decode the same.
  if (acc & ((1u << bits) - 1)) return make_error("invalid base64: trailing bits");
  return out;
}

std::string Challenge::param(std::string_view name) const {
  for (const auto& [k, v] : params)
    if (k == name) return v;
  return {};
}

Result<std::vector<Challenge>> parse_www_authenticate(std::string_view s) {
  size_t i = 0, n = s.size();
  auto ws = [&] {
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  };
  auto token = [&] {
    size_t b = i;
    while (i < n && tchar(s[i])) i++;
    return s.substr(b, i - b);
  };
  auto bad = [&](const char* what) {
    return make_error(strf("invalid WWW-Authenticate \"%.*s\": %s at byte %zu",
                           static_cast<int>(n > 200 ? 200 : n), s.data(), what, i));
  };
  // token or quoted-string (with \-escapes).
  auto value = [&]() -> Result<std::string> {
    if (i < n && s[i] == '"') {
      std::string v;
      for (i++; i < n; i++) {
        if (s[i] == '"') {
          i++;
          return v;
        }
        if (s[i] == '\\') {
          if (++i == n) break;
        }
        v += s[i];
      }
      return bad("unterminated quoted string");
    }
    std::string_view t = token();
    if (t.empty()) return bad("expected a value");
    return std::string(t);
  };
  // After "name", is this "name = value" (a parameter)? Token68 credentials
  // end in '=' padding followed by ',' or the end.
  auto at_param = [&]() {
    size_t save = i;
    ws();
    bool eq = i < n && s[i] == '=';
    if (eq) {
      size_t j = i + 1;
      while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
      eq = j < n && s[j] != ',' && s[j] != '=';
    }
    i = save;
    return eq;
  };

  std::vector<Challenge> out;
  while (true) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ',')) i++;
    if (i >= n) break;
    size_t start = i;
    std::string_view name = token();
    if (name.empty()) return bad("expected an authentication scheme");
    if (at_param()) {
      // Another parameter of the current challenge.
      if (out.empty()) return bad("parameter before any scheme");
      ws();
      i++;  // '='
      ws();
      EC_ASSIGN(std::string v, value());
      out.back().params.emplace_back(ascii_lower(name), std::move(v));
    } else {
      Challenge ch;
      ch.scheme = ascii_lower(name);
      ws();
      if (i < n && s[i] != ',') {
        size_t pstart = i;
        std::string_view pname = token();
        if (!pname.empty() && at_param()) {
          ws();
          i++;
          ws();
          EC_ASSIGN(std::string v, value());
          ch.params.emplace_back(ascii_lower(pname), std::move(v));
        } else {
          i = pstart;
          size_t b = i;
          while (i < n && b68char(s[i])) i++;
          while (i < n && s[i] == '=') i++;
          if (i == b) return bad("expected a parameter");
          ch.params.emplace_back("", std::string(s.substr(b, i - b)));
        }
      }
      out.push_back(std::move(ch));
    }
    ws();
    if (i < n && s[i] != ',') return bad("expected ','");
    if (i == start) return bad("no progress");
  }
  if (out.empty()) return make_error("empty WWW-Authenticate");
  return out;
}

// ---- credentials file ----

std::string credentials_key(std::string_view host) {
  std::string h = ascii_lower(trim(host));
  for (const char* scheme : {"https://", "http://"})
    if (starts_with(h, scheme)) h.erase(0, strlen(scheme));
  h = h.substr(0, h.find('/'));
  if (h == "index.docker.io" || h == "registry-1.docker.io" || h == "registry.hub.docker.com" ||
      h == "docker.io")
    return "docker.io";
  return h;
}

namespace {

std::optional<Credential> parse_entry(const cJSON* e) {
  if (!cJSON_IsObject(e)) return std::nullopt;
  const cJSON* auth = cJSON_GetObjectItemCaseSensitive(e, "auth");
  if (cJSON_IsString(auth) && auth->valuestring[0]) {
    auto dec = base64_decode(auth->valuestring);
    if (!dec) return std::nullopt;
    size_t colon = dec->find(':');
    if (colon == std::string::npos) return std::nullopt;
    return Credential{dec->substr(0, colon), dec->substr(colon + 1)};
  }
  const cJSON* u = cJSON_GetObjectItemCaseSensitive(e, "username");
  const cJSON* p = cJSON_GetObjectItemCaseSensitive(e, "password");
  if (cJSON_IsString(u) && cJSON_IsString(p)) return Credential{u->valuestring, p->valuestring};
  return std::nullopt;
}

}  // namespace

Result<Credentials> Credentials::load(const std::string& path) {
  Credentials c;
  auto text = read_file(path);
  if (!text) {
    if (text.error().code == ENOENT) return c;
    return std::move(text).error();
  }
  EC_ASSIGN(JsonPtr doc, json_parse(*text, path));
  if (!cJSON_IsObject(doc.get())) return make_error(path + ": not a JSON object");
  const cJSON* auths = cJSON_GetObjectItemCaseSensitive(doc.get(), "auths");
  if (auths && !cJSON_IsObject(auths)) return make_error(path + ": \"auths\" is not an object");
  const cJSON* e = nullptr;
  cJSON_ArrayForEach(e, auths) {
    // Entries we cannot use (credential helpers, broken base64) stay in the
    // file untouched but are not offered.
    if (auto cred = parse_entry(e)) c.entries_.emplace_back(e->string, std::move(*cred));
  }
  c.rest_ = std::move(*text);
  return c;
}

Status Credentials::save(const std::string& path) const {
  JsonPtr doc;
  if (!rest_.empty()) {
    EC_ASSIGN(doc, json_parse(rest_, path));
  } else {
    doc.reset(cJSON_CreateObject());
  }
  cJSON* auths = cJSON_GetObjectItemCaseSensitive(doc.get(), "auths");
  if (!cJSON_IsObject(auths)) {
    cJSON_DeleteItemFromObjectCaseSensitive(doc.get(), "auths");
    auths = cJSON_AddObjectToObject(doc.get(), "auths");
  }
  // Drop usable entries that were erased; keep everything else as it was.
  for (cJSON* e = auths->child; e;) {
    cJSON* next = e->next;
    bool ours = false;
    for (const auto& kv : entries_) ours |= kv.first == e->string;
    if (!ours && parse_entry(e)) cJSON_Delete(cJSON_DetachItemViaPointer(auths, e));
    e = next;
  }
  for (const auto& [key, cred] : entries_) {
    cJSON* e = cJSON_GetObjectItemCaseSensitive(auths, key.c_str());
    if (!cJSON_IsObject(e)) {
      cJSON_DeleteItemFromObjectCaseSensitive(auths, key.c_str());
      e = cJSON_AddObjectToObject(auths, key.c_str());
    }
    cJSON_DeleteItemFromObjectCaseSensitive(e, "username");
    cJSON_DeleteItemFromObjectCaseSensitive(e, "password");
    cJSON_DeleteItemFromObjectCaseSensitive(e, "auth");
    cJSON_AddStringToObject(e, "auth", base64_encode(cred.username + ":" + cred.password).c_str());
  }
  size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0) EC_TRY(mkdir_p(path.substr(0, slash), 0700));
  return write_file_atomic(path, json_print(doc.get(), true) + "\n", 0600);
}

std::optional<Credential> Credentials::lookup(std::string_view host) const {
  std::string want = credentials_key(host);
  for (const auto& [k, v] : entries_)
    if (credentials_key(k) == want) return v;
  return std::nullopt;
}

void Credentials::set(std::string_view host, Credential cred) {
  std::string want = credentials_key(host);
  for (auto& [k, v] : entries_)
    if (credentials_key(k) == want) {
      v = std::move(cred);
      return;
    }
  entries_.emplace_back(want == "docker.io" ? std::string(kDockerHubKey) : want, std::move(cred));
}

bool Credentials::erase(std::string_view host) {
  std::string want = credentials_key(host);
  return std::erase_if(entries_, [&](const auto& kv) { return credentials_key(kv.first) == want; }) > 0;
}

// ---- Authorizer ----

Authorizer::Authorizer(HttpClient& http, std::optional<Credential> cred) : http_(http), cred_(std::move(cred)) {}

int64_t Authorizer::now() const {
  if (clock_) return clock_();
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

std::string Authorizer::header_for(const std::string& scope) {
  int64_t t = now();
  for (const auto& tok : tokens_)
    if (tok.scope == scope && tok.expires_ms > t) return tok.header;
  return basic_;
}

Status Authorizer::answer(const std::vector<std::string>& www_authenticate, const std::string& scope) {
  std::vector<Challenge> all;
  for (const auto& v : www_authenticate) {
    EC_ASSIGN(auto chs, parse_www_authenticate(v));
    for (auto& c : chs) all.push_back(std::move(c));
  }
  for (const auto& c : all)
    if (c.scheme == "bearer") return fetch_token(c, scope);
  for (const auto& c : all) {
    if (c.scheme != "basic") continue;
    if (!cred_) return make_error("the registry requires a login (Basic authentication); none is stored", EACCES);
    std::string h = "Basic " + base64_encode(cred_->username + ":" + cred_->password);
    if (basic_ == h) return make_error("the registry rejected the credentials of user " + cred_->username, EACCES);
    basic_ = std::move(h);
    return {};
  }
  std::vector<std::string> names;
  for (const auto& c : all) names.push_back(c.scheme);
  return make_error("unsupported authentication scheme: " + join(names, ", "), ENOTSUP);
}

Status Authorizer::fetch_token(const Challenge& ch, const std::string& scope) {
  std::string realm = ch.param("realm");
  if (realm.empty()) return make_error("bearer challenge without a realm", EPROTO);
  EC_ASSIGN(Url url, parse_url(realm));

  std::vector<std::string> scopes;
  if (!scope.empty()) scopes.push_back(scope);
  for (auto& s : split(ch.param("scope"), ' ', true))
    if (s != scope) scopes.push_back(s);
  std::string q;
  auto add = [&](const char* k, const std::string& v) {
    q += q.empty() ? "" : "&";
    q += k;
    q += '=';
    q += url_encode(v);
  };
  if (!ch.param("service").empty()) add("service", ch.param("service"));
  for (const auto& s : scopes) add("scope", s);
  if (cred_) add("account", cred_->username);
  if (!q.empty()) url.target += (url.target.find('?') == std::string::npos ? "?" : "&") + q;

  Request req;
  req.url = url;
  if (cred_) req.headers.set("Authorization", "Basic " + base64_encode(cred_->username + ":" + cred_->password));
  EC_ASSIGN(auto resp, http_.send(std::move(req)));
  std::string what = "token from " + url.redacted();
  if (resp->status() == 401 || resp->status() == 403)
    return make_error(strf("%s: %d %s: %s", what.c_str(), resp->status(), resp->reason().c_str(),
                           cred_ ? "credentials rejected"
                                 : "anonymous access denied (the registry requires a login; none is stored)"),
                      EACCES);
  if (resp->status() != 200)
    return make_error(strf("%s: %d %s", what.c_str(), resp->status(), resp->reason().c_str()), EIO);
  EC_ASSIGN(std::string body, resp->read_body(kMaxTokenResponse));
  EC_ASSIGN(JsonPtr doc, json_parse(body, what));
  const cJSON* tok = cJSON_GetObjectItemCaseSensitive(doc.get(), "token");
  if (!cJSON_IsString(tok) || !tok->valuestring[0]) tok = cJSON_GetObjectItemCaseSensitive(doc.get(), "access_token");
  if (!cJSON_IsString(tok) || !tok->valuestring[0]) return make_error(what + ": no token in the response", EPROTO);
  std::string header = std::string("Bearer ") + tok->valuestring;
  for (char c : header)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return make_error(what + ": malformed token", EPROTO);
  int64_t life = kMinTokenLifetimeS;
  const cJSON* exp = cJSON_GetObjectItemCaseSensitive(doc.get(), "expires_in");
  if (cJSON_IsNumber(exp) && exp->valuedouble > kMinTokenLifetimeS && exp->valuedouble < 1e9)
    life = static_cast<int64_t>(exp->valuedouble);

  int64_t t = now();
  std::erase_if(tokens_, [&](const Token& k) { return k.scope == scope || k.expires_ms <= t; });
  // Renew a little early so a token does not expire in flight.
  tokens_.push_back(Token{scope, std::move(header), t + life * 1000 * 9 / 10});
  return {};
}

}  // namespace ec::img
