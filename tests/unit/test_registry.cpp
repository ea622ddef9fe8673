// The distribution API client against a fake registry (bearer, basic or no
// auth; blobs served directly or via a redirect to a "storage" server).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/fs.h"
#include "core/sha256.h"
#include "http_test_server.h"
#include "img/pull.h"
#include "img/registry.h"
#include "img/url.h"

using namespace ec;
using namespace ec::img;
using httptest::RecordedRequest;
using httptest::reply;
using httptest::Reply;
using httptest::Server;

namespace {

constexpr char kOciManifest[] = "application/vnd.oci.image.manifest.v1+json";

std::string blob_data(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; i++) s[i] = static_cast<char>((i * 131 + i / 1000) & 0xff);
  return s;
}

// Serve data honouring "Range: bytes=N-" unless told not to.
Reply serve_range(const RecordedRequest& q, const std::string& data, bool honour) {
  std::string range = q.header("Range");
  if (!honour || range.empty()) return reply(200, data, {{"Content-Type", "application/octet-stream"}});
  size_t from = std::stoul(range.substr(strlen("bytes=")));
  if (from >= data.size()) return reply(416, "", {{"Content-Range", "bytes */" + std::to_string(data.size())}});
  return reply(206, data.substr(from),
               {{"Content-Range", "bytes " + std::to_string(from) + "-" + std::to_string(data.size() - 1) + "/" +
                                      std::to_string(data.size())}});
}

std::string errors_json(const char* code, const char* msg) {
  return std::string(R"({"errors":[{"code":")") + code + R"(","message":")" + msg + R"(","detail":null}]})";
}

struct FakeRegistry {
  enum class Auth { None, Basic, Bearer };
  Auth auth = Auth::Bearer;
  bool login_required = false;  // bearer: the token service wants Basic u:p
  std::string user = "u", pass = "p";
  struct Doc {
    std::string content_type, body, dcd;  // dcd: Docker-Content-Digest override
  };
  std::map<std::string, Doc> manifests;      // "repo@ref"
  std::map<std::string, std::string> blobs;  // digest -> bytes
  std::string storage;                       // base URL blobs redirect to, if set
  bool honour_range = true;
  bool grant_nothing = false;  // tokens never cover any repository

  std::mutex mu;
  std::map<std::string, std::vector<std::string>> tokens;  // token -> granted scopes (encoded)
  int token_requests = 0;
  int unauthorized = 0;
  std::unique_ptr<Server> server;

  FakeRegistry(const httptest::TlsServerCert* tls = nullptr) {
    server = std::make_unique<Server>([this](const RecordedRequest& q) { return handle(q); }, tls);
  }
  std::string host() const { return "127.0.0.1:" + std::to_string(server->port()); }

  std::string basic() const { return "Basic " + base64_encode(user + ":" + pass); }

  Reply challenge(const std::string& scope) {
    unauthorized++;
    std::vector<std::pair<std::string, std::string>> h;
    if (auth == Auth::Basic) {
      h.emplace_back("WWW-Authenticate", "Basic realm=\"fake\"");
    } else {
      std::string v = "Bearer realm=\"http://" + host() + "/token\",service=\"fake\"";
      if (!scope.empty()) v += ",scope=\"" + scope + "\"";
      if (grant_nothing) v += ",error=\"insufficient_scope\"";
      h.emplace_back("WWW-Authenticate", v);
    }
    return reply(401, grant_nothing ? "" : errors_json("UNAUTHORIZED", "authentication required"), h);
  }

  bool allowed(const RecordedRequest& q, const std::string& scope) {
    std::string a = q.header("Authorization");
    if (auth == Auth::None) return true;
    if (auth == Auth::Basic) return a == basic();
    if (a.rfind("Bearer ", 0) != 0) return false;
    auto it = tokens.find(a.substr(7));
    if (it == tokens.end()) return false;
    if (scope.empty()) return true;
    for (auto& s : it->second)
      if (s == url_encode(scope)) return true;
    return false;
  }

  Reply handle(const RecordedRequest& q) {
    std::lock_guard<std::mutex> g(mu);
    const std::string& t = q.target;
    if (t.rfind("/token", 0) == 0) {
      token_requests++;
      if (login_required && q.header("Authorization") != basic())
        return reply(401, R"({"details":"incorrect username or password"})");
      std::string tok = "T" + std::to_string(tokens.size() + 1);
      std::vector<std::string> granted;
      size_t pos = 0;
      while (!grant_nothing && (pos = t.find("scope=", pos)) != std::string::npos) {
        size_t end = t.find('&', pos);
        granted.push_back(t.substr(pos + 6, end == std::string::npos ? std::string::npos : end - pos - 6));
        pos += 6;
      }
      tokens[tok] = granted;
      return reply(200, R"({"token":")" + tok + R"(","expires_in":300,"issued_at":"2024-01-01T00:00:00Z"})");
    }
    if (t == "/v2/") return allowed(q, "") ? reply(200, "{}") : challenge("");
    // /v2/<repo>/(manifests|blobs)/<ref>
    size_t m = t.find("/manifests/"), b = t.find("/blobs/");
    if (m != std::string::npos) {
      std::string repo = t.substr(4, m - 4), ref = t.substr(m + 11);
      std::string scope = "repository:" + repo + ":pull";
      if (!allowed(q, scope)) return challenge(scope);
      auto it = manifests.find(repo + "@" + ref);
      if (it == manifests.end())
        return reply(404, errors_json("MANIFEST_UNKNOWN", "manifest unknown"), {{"Content-Type", "application/json"}});
      std::vector<std::pair<std::string, std::string>> h{{"Content-Type", it->second.content_type}};
      h.emplace_back("Docker-Content-Digest", it->second.dcd.empty() ? sha256_digest(it->second.body) : it->second.dcd);
      Reply r = reply(200, it->second.body, h);
      if (q.method == "HEAD") r.raw.resize(r.raw.size() - it->second.body.size());
      return r;
    }
    if (b != std::string::npos) {
      std::string repo = t.substr(4, b - 4), digest = t.substr(b + 7);
      std::string scope = "repository:" + repo + ":pull";
      if (!allowed(q, scope)) return challenge(scope);
      auto it = blobs.find(digest);
      if (it == blobs.end()) return reply(404, errors_json("BLOB_UNKNOWN", "blob unknown to registry"));
      if (!storage.empty()) return reply(307, "", {{"Location", storage + "/s/" + digest + "?X-Sig=secret"}});
      return serve_range(q, it->second, honour_range);
    }
    return reply(404, "");
  }

  int count(const std::string& prefix) {
    int n = 0;
    for (auto& r : server->requests()) n += r.target.rfind(prefix, 0) == 0;
    return n;
  }
};

RegistryOptions plain() {
  RegistryOptions o;
  o.plain_http = true;
  o.http.retry.base_delay_ms = 1;
  o.http.retry.sleep = [](int) {};
  return o;
}

Result<std::string> read_all(Reader& r) {
  std::string out;
  char buf[4096];
  while (true) {
    EC_ASSIGN(size_t n, r.read(buf, sizeof buf));
    if (n == 0) return out;
    out.append(buf, n);
  }
}

TEST(Registry, HostMapping) {
  EXPECT_EQ(Registry("docker.io").host(), "registry-1.docker.io");
  EXPECT_EQ(Registry("index.docker.io").host(), "registry-1.docker.io");
  EXPECT_EQ(Registry("reg.lan:5000").host(), "reg.lan:5000");
  EXPECT_EQ(Registry::default_accept().size(), 4u);
}

TEST(Registry, PingAnonymousBearer) {
  FakeRegistry f;
  Registry reg(f.host(), plain());
  auto st = reg.ping();
  ASSERT_TRUE(st.ok()) << st.error().msg;
  auto reqs = f.server->requests();
  ASSERT_EQ(reqs.size(), 3u);
  EXPECT_EQ(reqs[0].target, "/v2/");
  EXPECT_FALSE(reqs[0].has("Authorization"));
  EXPECT_EQ(reqs[1].target, "/token?service=fake");
  EXPECT_FALSE(reqs[1].has("Authorization"));
  EXPECT_EQ(reqs[2].header("Authorization"), "Bearer T1");
  // The token for "" is cached: the next ping goes straight through.
  ASSERT_TRUE(reg.ping().ok());
  EXPECT_EQ(f.server->requests().size(), 4u);
}

TEST(Registry, PingChecksCredentials) {
  FakeRegistry f;
  f.login_required = true;
  RegistryOptions o = plain();
  o.credential = Credential{"u", "wrong"};
  Registry bad(f.host(), o);
  auto st = bad.ping();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, EACCES);
  EXPECT_NE(st.error().msg.find("credentials rejected"), std::string::npos) << st.error().msg;
  EXPECT_NE(st.error().msg.find("GET http://" + f.host() + "/v2/: authenticate: token from"), std::string::npos)
      << st.error().msg;

  o.credential = Credential{"u", "p"};
  Registry good(f.host(), o);
  st = good.ping();
  ASSERT_TRUE(st.ok()) << st.error().msg;
  EXPECT_EQ(f.server->requests().back().header("Authorization"), "Bearer T1");

  // Not a registry at all.
  Server web([](const RecordedRequest&) { return reply(404, "<html>"); });
  Registry notreg("127.0.0.1:" + std::to_string(web.port()), plain());
  st = notreg.ping();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ENOENT);
  EXPECT_NE(st.error().msg.find("does not serve the registry v2 API"), std::string::npos) << st.error().msg;
}

TEST(Registry, ManifestByTagAndDigestWithTokenReuse) {
  FakeRegistry f;
  std::string body = R"({"schemaVersion":2,"mediaType":")" + std::string(kOciManifest) + R"(","layers":[]})";
  std::string digest = sha256_digest(body);
  f.manifests["library/app@v1"] = {std::string(kOciManifest) + "; charset=utf-8", body, ""};
  f.manifests["library/app@" + digest] = {kOciManifest, body, ""};
  f.manifests["library/app@" + sha256_digest("other")] = {kOciManifest, body, ""};
  f.manifests["other/repo@v1"] = {kOciManifest, body, ""};
  Registry reg(f.host(), plain());

  auto m = reg.get_manifest("library/app", "v1");
  ASSERT_TRUE(m.ok()) << m.error().msg;
  EXPECT_EQ(m->media_type, kOciManifest);
  EXPECT_EQ(m->bytes, body);
  EXPECT_EQ(m->digest, digest);
  EXPECT_EQ(m->size, body.size());
  std::string accept = f.server->requests().back().header("Accept");
  for (auto& t : Registry::default_accept()) EXPECT_NE(accept.find(t), std::string::npos) << accept;
  EXPECT_EQ(f.unauthorized, 1);
  EXPECT_EQ(f.token_requests, 1);
  EXPECT_EQ(f.server->requests()[1].target, "/token?service=fake&scope=repository%3Alibrary%2Fapp%3Apull");

  // Same scope: the cached token goes along at once, no new challenge.
  m = reg.get_manifest("library/app", digest);
  ASSERT_TRUE(m.ok()) << m.error().msg;
  EXPECT_EQ(m->digest, digest);
  EXPECT_EQ(f.unauthorized, 1);
  EXPECT_EQ(f.token_requests, 1);

  // By digest, content that does not hash to it is refused.
  m = reg.get_manifest("library/app", sha256_digest("other"));
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, EBADMSG);
  EXPECT_NE(m.error().msg.find("manifest digest mismatch"), std::string::npos) << m.error().msg;

  // Another repository is another scope: one more challenge and token.
  ASSERT_TRUE(reg.get_manifest("other/repo", "v1").ok());
  EXPECT_EQ(f.unauthorized, 2);
  EXPECT_EQ(f.token_requests, 2);
  EXPECT_EQ(f.server->connections(), 1);  // everything over one kept-alive connection
}

TEST(Registry, ManifestChecksAndErrors) {
  FakeRegistry f;
  f.auth = FakeRegistry::Auth::None;
  std::string list = R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json"})";
  f.manifests["a@generic"] = {"application/json", list, ""};
  f.manifests["a@none"] = {"", R"({"schemaVersion":2})", ""};
  f.manifests["a@liar"] = {kOciManifest, "{}", sha256_digest("something else")};
  f.manifests["a@big"] = {kOciManifest, std::string(5000, ' ') + "{}", ""};
  RegistryOptions o = plain();
  o.max_manifest_bytes = 4096;
  Registry reg(f.host(), o);

  auto m = reg.get_manifest("a", "generic");
  ASSERT_TRUE(m.ok()) << m.error().msg;
  EXPECT_EQ(m->media_type, "application/vnd.docker.distribution.manifest.list.v2+json");
  m = reg.get_manifest("a", "none");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->media_type, "");

  m = reg.get_manifest("a", "liar");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, EBADMSG);
  EXPECT_NE(m.error().msg.find("manifest digest mismatch: Docker-Content-Digest is"), std::string::npos)
      << m.error().msg;

  m = reg.get_manifest("a", "big");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, EFBIG);

  m = reg.get_manifest("a", "missing");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, ENOENT);
  EXPECT_EQ(m.error().msg,
            "GET http://" + f.host() + "/v2/a/manifests/missing: 404 Not Found: MANIFEST_UNKNOWN: manifest unknown");

  auto h = reg.head_manifest("a", "liar");
  ASSERT_TRUE(h.ok()) << h.error().msg;
  EXPECT_EQ(h->media_type, kOciManifest);
  EXPECT_EQ(h->digest, sha256_digest("something else"));
  EXPECT_EQ(h->size, 2u);
  EXPECT_TRUE(h->bytes.empty());
  EXPECT_EQ(f.server->requests().back().method, "HEAD");
  h = reg.head_manifest("a", "missing");
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.error().code, ENOENT);
}

TEST(Registry, RejectsBadNamesWithoutAsking) {
  FakeRegistry f;
  Registry reg(f.host(), plain());
  for (const char* repo : {"", "A/b", "a//b", "../x", "a/", "/a", "a b", "a\r\nX: y", "a?x"}) {
    EXPECT_FALSE(reg.get_manifest(repo, "v1").ok()) << repo;
    EXPECT_FALSE(reg.get_blob(repo, sha256_digest("x")).ok()) << repo;
  }
  for (const char* ref : {"", "v 1", ".v1", "v1/../x", "sha256:", ":abc", "v1\r\n", "sha256:abc", "sha512:abcd"}) {
    EXPECT_FALSE(reg.get_manifest("a", ref).ok()) << ref;
  }
  for (const char* d : {"v1", "sha256:xyz", "sha512:" "00"}) EXPECT_FALSE(reg.get_blob("a", d).ok()) << d;
  EXPECT_TRUE(f.server->requests().empty());
}

TEST(Registry, BlobViaRedirectLosesAuthorization) {
  std::string data = blob_data(300000);
  std::string digest = sha256_digest(data);
  Server storage([&](const RecordedRequest& q) { return serve_range(q, data, true); });
  FakeRegistry f;
  f.blobs[digest] = data;
  f.storage = storage.base();
  Registry reg(f.host(), plain());

  auto b = reg.get_blob("library/app", digest);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(b->offset, 0u);
  EXPECT_EQ(b->size, data.size());
  DigestReader dr(*b->body);
  auto n = drain(dr);
  ASSERT_TRUE(n.ok()) << n.error().msg;
  EXPECT_EQ(*n, data.size());
  EXPECT_EQ(dr.digest(), digest);

  auto regreqs = f.server->requests();
  EXPECT_EQ(regreqs.back().header("Authorization"), "Bearer T1");
  auto sreqs = storage.requests();
  ASSERT_EQ(sreqs.size(), 1u);
  EXPECT_FALSE(sreqs[0].has("Authorization")) << sreqs[0].header("Authorization");
  EXPECT_EQ(sreqs[0].target, "/s/" + digest + "?X-Sig=secret");

  // Resume from an offset: the Range survives the redirect.
  b = reg.get_blob("library/app", digest, 123456);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(b->offset, 123456u);
  EXPECT_EQ(b->size, data.size());
  auto rest = read_all(*b->body);
  ASSERT_TRUE(rest.ok());
  EXPECT_TRUE(*rest == data.substr(123456));
  EXPECT_EQ(storage.requests().back().header("Range"), "bytes=123456-");

  auto missing = reg.get_blob("library/app", sha256_digest("nope"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ENOENT);
  EXPECT_NE(missing.error().msg.find("BLOB_UNKNOWN: blob unknown to registry"), std::string::npos)
      << missing.error().msg;

  auto beyond = reg.get_blob("library/app", digest, data.size() + 10);
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().code, ERANGE) << beyond.error().msg;
}

TEST(Registry, BlobCutMidwayThenResumed) {
  std::string data = blob_data(200000);
  std::string digest = sha256_digest(data);
  bool cut_next = true;
  bool honour = true;
  Server storage([&](const RecordedRequest& q) {
    Reply r = serve_range(q, data, honour);
    if (cut_next) {
      cut_next = false;
      r.cut_after = r.raw.size() - 150000;  // ~50 KB of body arrive
    }
    return r;
  });
  FakeRegistry f;
  f.auth = FakeRegistry::Auth::None;
  f.blobs[digest] = data;
  f.storage = storage.base();
  Registry reg(f.host(), plain());

  auto b = reg.get_blob("x", digest);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  std::string got;
  char buf[8192];
  Error err;
  while (true) {
    auto n = b->body->read(buf, sizeof buf);
    if (!n) {
      err = n.error();
      break;
    }
    if (*n == 0) break;
    got.append(buf, *n);
  }
  EXPECT_EQ(err.code, ECONNRESET) << err.msg;
  EXPECT_NE(err.msg.find(strf("connection closed after %zu of %zu bytes", got.size(), data.size())), std::string::npos)
      << err.msg;
  ASSERT_GT(got.size(), 0u);
  ASSERT_LT(got.size(), data.size());

  // Resume where it broke.
  b = reg.get_blob("x", digest, got.size());
  ASSERT_TRUE(b.ok()) << b.error().msg;
  ASSERT_EQ(b->offset, got.size());
  auto rest = read_all(*b->body);
  ASSERT_TRUE(rest.ok()) << rest.error().msg;
  EXPECT_EQ(sha256_digest(got + *rest), digest);

  // A server that ignores Range starts over at 0, and says so.
  honour = false;
  b = reg.get_blob("x", digest, 1000);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(b->offset, 0u);
  EXPECT_EQ(b->size, data.size());
  auto all = read_all(*b->body);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(sha256_digest(*all), digest);
}

TEST(Registry, BasicAuthRegistry) {
  FakeRegistry f;
  f.auth = FakeRegistry::Auth::Basic;
  f.manifests["a@v1"] = {kOciManifest, "{}", ""};
  RegistryOptions o = plain();
  o.credential = Credential{"u", "p"};
  Registry reg(f.host(), o);
  ASSERT_TRUE(reg.ping().ok());
  auto m = reg.get_manifest("a", "v1");
  ASSERT_TRUE(m.ok()) << m.error().msg;
  EXPECT_EQ(f.unauthorized, 1);  // Basic, once learned, goes with every request
  EXPECT_EQ(f.server->requests().back().header("Authorization"), "Basic dTpw");

  Registry anon(f.host(), plain());
  auto st = anon.get_manifest("a", "v1");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, EACCES);
  EXPECT_NE(st.error().msg.find("requires a login"), std::string::npos) << st.error().msg;

  o.credential = Credential{"u", "bad"};
  Registry bad(f.host(), o);
  st = bad.get_manifest("a", "v1");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, EACCES);
  EXPECT_NE(st.error().msg.find("401 Unauthorized: UNAUTHORIZED: authentication required"), std::string::npos)
      << st.error().msg;
}

TEST(Registry, TokenWithoutAccessIsReportedOnce) {
  FakeRegistry f;
  f.grant_nothing = true;
  f.manifests["private/app@v1"] = {kOciManifest, "{}", ""};
  Registry reg(f.host(), plain());
  auto m = reg.get_manifest("private/app", "v1");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, EACCES);
  EXPECT_NE(m.error().msg.find("401 Unauthorized: insufficient_scope"), std::string::npos) << m.error().msg;
  EXPECT_EQ(f.token_requests, 1);  // answered once, not in a loop
  EXPECT_EQ(f.unauthorized, 2);
}

TEST(Registry, RetriesThroughRegistryHiccups) {
  FakeRegistry f;
  f.auth = FakeRegistry::Auth::None;
  f.manifests["a@v1"] = {kOciManifest, "{}", ""};
  int calls = 0;
  Server flaky([&](const RecordedRequest& q) {
    if (++calls <= 2) return reply(503, errors_json("UNAVAILABLE", "try later"), {{"Retry-After", "1"}});
    RecordedRequest copy = q;
    return f.handle(copy);
  });
  std::vector<int> sleeps;
  RegistryOptions o = plain();
  o.http.retry.sleep = [&](int ms) { sleeps.push_back(ms); };
  Registry reg("127.0.0.1:" + std::to_string(flaky.port()), o);
  auto m = reg.get_manifest("a", "v1");
  ASSERT_TRUE(m.ok()) << m.error().msg;
  EXPECT_EQ(sleeps, (std::vector<int>{1000, 1000}));

  o.http.retry.attempts = 2;
  calls = 0;
  Registry impatient("127.0.0.1:" + std::to_string(flaky.port()), o);
  m = impatient.get_manifest("a", "v1");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, EIO);
  EXPECT_NE(m.error().msg.find("503 Service Unavailable: UNAVAILABLE: try later"), std::string::npos)
      << m.error().msg;
}

TEST(Registry, OverTlsWithCertsDir) {
  char tmpl[] = "/tmp/edgectl-regtls-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  std::string dir = tmpl;
  struct Cleanup {
    std::string d;
    ~Cleanup() { (void)remove_all(d); }
  } cleanup{dir};
  if (!httptest::make_test_pki(dir)) GTEST_SKIP() << "openssl CLI missing or failed";
  httptest::TlsServerCert cert{dir + "/srv.crt", dir + "/srv.key"};
  FakeRegistry f(&cert);
  f.auth = FakeRegistry::Auth::Basic;
  f.manifests["a@v1"] = {kOciManifest, "{}", ""};
  std::string hostdir = dir + "/certs.d/" + f.host();
  ASSERT_TRUE(mkdir_p(hostdir).ok());
  ASSERT_TRUE(write_file(hostdir + "/ca.crt", *read_file(dir + "/ca.crt")).ok());

  RegistryOptions o;  // https is the default
  o.http.retry.sleep = [](int) {};
  o.http.tls.certs_dir = dir + "/certs.d";
  o.credential = Credential{"u", "p"};
  Registry reg(f.host(), o);
  ASSERT_TRUE(reg.ping().ok());
  auto m = reg.get_manifest("a", "v1");
  ASSERT_TRUE(m.ok()) << m.error().msg;
  EXPECT_EQ(m->bytes, "{}");

  o.http.tls.certs_dir = "";
  Registry untrusted(f.host(), o);
  auto st = untrusted.ping();
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("unknown CA"), std::string::npos) << st.error().msg;
}

TEST(RegistryMirror, Parse) {
  struct Case {
    const char* in;
    const char* host;
    bool plain;
  } ok[] = {
      {"http://127.0.0.1:5000", "127.0.0.1:5000", true},
      {"http://127.0.0.1:5000/", "127.0.0.1:5000", true},
      {"https://mirror.lan", "mirror.lan", false},
      {"https://mirror.lan:443/", "mirror.lan", false},
      {"https://Mirror.LAN:5000", "mirror.lan:5000", false},
      {"mirror.lan:5000", "mirror.lan:5000", false},  // no scheme: https
      {"http://[::1]:5000", "[::1]:5000", true},
      {" http://m:80 ", "m", true},
  };
  for (auto& c : ok) {
    auto m = parse_registry_mirror(c.in);
    ASSERT_TRUE(m) << c.in << ": " << m.error().msg;
    EXPECT_EQ(m->host, c.host) << c.in;
    EXPECT_EQ(m->plain_http, c.plain) << c.in;
  }
  for (const char* bad : {"http://m:5000/v2", "https://m/mirror/", "https://m?x=1", "ftp://m", "http://u:p@m",
                          "", "http://"}) {
    auto m = parse_registry_mirror(bad);
    EXPECT_FALSE(m) << "accepted \"" << bad << "\" as " << (m ? m->host : "");
  }
  auto e = parse_registry_mirror("https://m/mirror");
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().msg, "registry mirror \"https://m/mirror\": a path, query or fragment is not supported");
}

}  // namespace
