// base64, WWW-Authenticate parsing, the credentials file and the
// Authorizer's token flow (against a scripted token server on 127.0.0.1).
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <string>
#include <vector>

#include "core/fs.h"
#include "http_test_server.h"
#include "img/auth.h"
#include "img/http.h"

using namespace ec;
using namespace ec::img;
using httptest::reply;
using httptest::Server;

namespace {

HttpOptions fast() {
  HttpOptions o;
  o.retry.base_delay_ms = 1;
  o.retry.sleep = [](int) {};
  return o;
}

// The query parameters of a request target, decoded enough for checks.
std::vector<std::string> query_of(const std::string& target) {
  size_t q = target.find('?');
  if (q == std::string::npos) return {};
  std::vector<std::string> out;
  std::string rest = target.substr(q + 1);
  size_t pos = 0;
  while (pos <= rest.size()) {
    size_t amp = rest.find('&', pos);
    out.push_back(rest.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos));
    if (amp == std::string::npos) break;
    pos = amp + 1;
  }
  return out;
}

class TempDir {
 public:
  TempDir() {
    char t[] = "/tmp/edgectl-auth-XXXXXX";
    path = mkdtemp(t);
  }
  ~TempDir() { (void)remove_all(path); }
  std::string path;
};

}  // namespace

// ---------------- base64 ----------------

TEST(Base64, Rfc4648Vectors) {
  struct {
    const char* plain;
    const char* enc;
  } cases[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},         {"foo", "Zm9v"},
               {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}, {"user:pa:ss", "dXNlcjpwYTpzcw=="}};
  for (auto& c : cases) {
    EXPECT_EQ(base64_encode(c.plain), c.enc) << c.plain;
    auto d = base64_decode(c.enc);
    ASSERT_TRUE(d.ok()) << c.enc;
    EXPECT_EQ(*d, c.plain);
  }
  // Unpadded input is accepted.
  EXPECT_EQ(*base64_decode("Zm9vYg"), "foob");
  EXPECT_EQ(*base64_decode("Zm9vYmE"), "fooba");
}

TEST(Base64, AllBytesRoundTrip) {
  std::string all;
  for (int i = 0; i < 256; i++) all += static_cast<char>(i);
  for (size_t n = 0; n <= all.size(); n += 37) {
    std::string s = all.substr(0, n) + all.substr(256 - n % 7);
    auto d = base64_decode(base64_encode(s));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(*d, s);
  }
  EXPECT_EQ(base64_encode(std::string("\xff\xfe\xfd", 3)), "//79");
}

TEST(Base64, RejectsGarbage) {
  for (const char* bad : {"Z", "Zg=", "Zm9v!", "Zm9v Zg==", "Zh==", "Zm9=", "====", "Zg===", "Zm\n9v"}) {
    EXPECT_FALSE(base64_decode(bad).ok()) << bad;
  }
}

// ---------------- WWW-Authenticate ----------------

TEST(WwwAuthenticate, Table) {
  using P = std::vector<std::pair<std::string, std::string>>;
  struct Want {
    std::string scheme;
    P params;
  };
  struct {
    const char* in;
    std::vector<Want> want;
  } cases[] = {
      {R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull")",
       {{"bearer",
         {{"realm", "https://auth.docker.io/token"},
          {"service", "registry.docker.io"},
          {"scope", "repository:library/busybox:pull"}}}}},
      {R"(Basic realm="Registry Realm")", {{"basic", {{"realm", "Registry Realm"}}}}},
      {R"(Basic realm="a", Bearer realm="b",service="c")",
       {{"basic", {{"realm", "a"}}}, {"bearer", {{"realm", "b"}, {"service", "c"}}}}},
      {R"(bearer  Realm = "x" , Service=y)", {{"bearer", {{"realm", "x"}, {"service", "y"}}}}},
      {R"(Bearer realm="a\"b\\c",error="insufficient_scope")",
       {{"bearer", {{"realm", "a\"b\\c"}, {"error", "insufficient_scope"}}}}},
      {R"(Bearer realm="https://a/t?x=1,2",scope="repository:a:pull,push")",
       {{"bearer", {{"realm", "https://a/t?x=1,2"}, {"scope", "repository:a:pull,push"}}}}},
      {R"(Negotiate YWJj==, Basic realm=x)", {{"negotiate", {{"", "YWJj=="}}}, {"basic", {{"realm", "x"}}}}},
      {R"(Bearer)", {{"bearer", {}}}},
      {R"(Basic, Bearer realm=x)", {{"basic", {}}, {"bearer", {{"realm", "x"}}}}},
      {R"(, Basic realm=x,,)", {{"basic", {{"realm", "x"}}}}},
      {R"(Bearer realm="",service="")", {{"bearer", {{"realm", ""}, {"service", ""}}}}},
      // "name=" with nothing after it is a token68 with padding (RFC 7235).
      {R"(Bearer realm=, Basic)", {{"bearer", {{"", "realm="}}}, {"basic", {}}}},
  };
  for (auto& c : cases) {
    auto r = parse_www_authenticate(c.in);
    ASSERT_TRUE(r.ok()) << c.in << ": " << r.error().msg;
    ASSERT_EQ(r->size(), c.want.size()) << c.in;
    for (size_t i = 0; i < c.want.size(); i++) {
      EXPECT_EQ((*r)[i].scheme, c.want[i].scheme) << c.in;
      EXPECT_EQ((*r)[i].params, c.want[i].params) << c.in;
    }
  }
  auto r = parse_www_authenticate(R"(Bearer realm="r",service="s")");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].param("service"), "s");
  EXPECT_EQ((*r)[0].param("scope"), "");
}

TEST(WwwAuthenticate, Rejects) {
  for (const char* bad : {"", "   ", R"(realm="x")", R"(Bearer realm="unterminated)",
                          R"(Bearer realm="x" junk="y")", R"(Bearer realm="x",=y)", "\"Bearer\"", "Bearer a=b c"}) {
    auto r = parse_www_authenticate(bad);
    EXPECT_FALSE(r.ok()) << bad;
  }
}

// ---------------- credentials file ----------------

TEST(Credentials, MissingFileIsEmptyAndSaveIs0600) {
  TempDir d;
  std::string path = d.path + "/sub/dir/auth.json";
  auto c = Credentials::load(path);
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->size(), 0u);
  c->set("reg.lan:5000", {"alice", "s3cr:et"});
  c->set("docker.io", {"bob", "pw"});
  ASSERT_TRUE(c->save(path).ok());

  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  ASSERT_EQ(stat((d.path + "/sub/dir").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  auto names = list_dir(d.path + "/sub/dir");
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, std::vector<std::string>{"auth.json"});  // no temp file left

  std::string text = *read_file(path);
  EXPECT_NE(text.find("\"reg.lan:5000\""), std::string::npos) << text;
  EXPECT_NE(text.find(base64_encode("alice:s3cr:et")), std::string::npos) << text;
  EXPECT_NE(text.find("\"https://index.docker.io/v1/\""), std::string::npos) << text;
  EXPECT_EQ(text.find("s3cr:et"), std::string::npos) << "password stored in clear";

  auto back = Credentials::load(path);
  ASSERT_TRUE(back.ok()) << back.error().msg;
  EXPECT_EQ(back->size(), 2u);
  auto a = back->lookup("reg.lan:5000");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->username, "alice");
  EXPECT_EQ(a->password, "s3cr:et");
  for (const char* hub : {"docker.io", "index.docker.io", "registry-1.docker.io", "https://index.docker.io/v1/"}) {
    auto b = back->lookup(hub);
    ASSERT_TRUE(b.has_value()) << hub;
    EXPECT_EQ(b->username, "bob");
  }
  EXPECT_FALSE(back->lookup("reg.lan").has_value());
  EXPECT_FALSE(back->lookup("other:5000").has_value());

  // Replacing keeps one entry; a mode change of an existing file is repaired.
  ASSERT_EQ(chmod(path.c_str(), 0644), 0);
  back->set("REG.LAN:5000", {"alice", "new"});
  EXPECT_EQ(back->size(), 2u);
  ASSERT_TRUE(back->save(path).ok());
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  EXPECT_EQ(Credentials::load(path)->lookup("reg.lan:5000")->password, "new");
}

TEST(Credentials, DockerStyleFileKeepsWhatItDoesNotOwn) {
  TempDir d;
  std::string path = d.path + "/config.json";
  ASSERT_TRUE(write_file(path, R"({
  "auths": {
    "https://reg.example:5000/v2/": {"auth": ")" + base64_encode("u1:p1") + R"(", "email": "x@y"},
    "plain.example": {"username": "u2", "password": "p2"},
    "helper.example": {},
    "broken.example": {"auth": "!!!"}
  },
  "credsStore": "secretservice",
  "HttpHeaders": {"X-Meta": "1"}
})").ok());
  auto c = Credentials::load(path);
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->size(), 2u);
  EXPECT_EQ(c->lookup("reg.example:5000")->username, "u1");
  EXPECT_EQ(c->lookup("plain.example")->password, "p2");
  EXPECT_FALSE(c->lookup("helper.example").has_value());
  EXPECT_FALSE(c->lookup("broken.example").has_value());

  EXPECT_TRUE(c->erase("plain.example"));
  EXPECT_FALSE(c->erase("plain.example"));
  EXPECT_FALSE(c->erase("never.example"));
  c->set("new.example:443", {"n", "m"});
  ASSERT_TRUE(c->save(path).ok());

  std::string text = *read_file(path);
  EXPECT_NE(text.find("secretservice"), std::string::npos) << text;
  EXPECT_NE(text.find("X-Meta"), std::string::npos) << text;
  EXPECT_NE(text.find("helper.example"), std::string::npos) << text;
  EXPECT_NE(text.find("broken.example"), std::string::npos) << text;
  EXPECT_NE(text.find("x@y"), std::string::npos) << text;
  EXPECT_EQ(text.find("plain.example"), std::string::npos) << text;
  auto back = Credentials::load(path);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->lookup("reg.example:5000")->password, "p1");
  EXPECT_EQ(back->lookup("new.example:443")->username, "n");
  EXPECT_FALSE(back->lookup("plain.example").has_value());
}

TEST(Credentials, BadFilesNameThemselves) {
  TempDir d;
  std::string path = d.path + "/auth.json";
  ASSERT_TRUE(write_file(path, "{not json").ok());
  auto c = Credentials::load(path);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().msg.find(path), std::string::npos) << c.error().msg;
  ASSERT_TRUE(write_file(path, R"({"auths": []})").ok());
  c = Credentials::load(path);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().msg.find("\"auths\" is not an object"), std::string::npos) << c.error().msg;
}

TEST(Credentials, KeyNormalisation) {
  EXPECT_EQ(credentials_key("https://index.docker.io/v1/"), "docker.io");
  EXPECT_EQ(credentials_key("registry-1.docker.io"), "docker.io");
  EXPECT_EQ(credentials_key("HTTPS://Reg:5000/"), "reg:5000");
  EXPECT_EQ(credentials_key("http://reg:5000/v2/x"), "reg:5000");
  EXPECT_EQ(credentials_key("[::1]:5000"), "[::1]:5000");
}

// ---------------- Authorizer ----------------

TEST(Authorizer, BearerTokenFetchedCachedAndExpired) {
  int issued = 0;
  Server tokens([&](const httptest::RecordedRequest&) {
    issued++;
    return reply(200, R"({"token":"tok)" + std::to_string(issued) + R"(","expires_in":300})");
  });
  HttpClient http(fast());
  Authorizer auth(http, Credential{"user", "p@ss word"});
  int64_t now = 1000000;
  auth.set_clock([&] { return now; });
  std::string scope = "repository:a/b:pull";
  EXPECT_EQ(auth.header_for(scope), "");
  std::string ch = "Bearer realm=\"" + tokens.base() + "/token?x=1\",service=\"reg svc\",scope=\"" + scope + "\"";
  auto st = auth.answer({ch}, scope);
  ASSERT_TRUE(st.ok()) << st.error().msg;
  EXPECT_EQ(auth.header_for(scope), "Bearer tok1");
  EXPECT_EQ(auth.header_for("repository:other:pull"), "");

  auto reqs = tokens.requests();
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].method, "GET");
  EXPECT_EQ(query_of(reqs[0].target),
            (std::vector<std::string>{"x=1", "service=reg%20svc", "scope=repository%3Aa%2Fb%3Apull", "account=user"}));
  EXPECT_EQ(reqs[0].header("Authorization"), "Basic " + base64_encode("user:p@ss word"));

  now += 269 * 1000;  // 90% of 300 s: still good
  EXPECT_EQ(auth.header_for(scope), "Bearer tok1");
  now += 2 * 1000;
  EXPECT_EQ(auth.header_for(scope), "");
  ASSERT_TRUE(auth.answer({ch}, scope).ok());
  EXPECT_EQ(auth.header_for(scope), "Bearer tok2");
}

TEST(Authorizer, AccessTokenShortLifetimeAndExtraScope) {
  Server tokens([&](const httptest::RecordedRequest& q) {
    if (q.target.find("scope=") == std::string::npos) return reply(200, R"({"access_token":"anon"})");
    return reply(200, R"({"access_token":"at","expires_in":5})");
  });
  HttpClient http(fast());
  Authorizer auth(http, std::nullopt);
  int64_t now = 0;
  auth.set_clock([&] { return now; });
  // The challenge names a scope other than ours: ask for both.
  std::string ch = "Bearer realm=\"" + tokens.base() + "/t\",scope=\"repository:x:pull repository:y:pull\"";
  ASSERT_TRUE(auth.answer({ch}, "repository:x:pull").ok());
  auto q = tokens.requests().back();
  EXPECT_EQ(query_of(q.target),
            (std::vector<std::string>{"scope=repository%3Ax%3Apull", "scope=repository%3Ay%3Apull"}));
  EXPECT_FALSE(q.has("Authorization"));  // anonymous
  EXPECT_EQ(auth.header_for("repository:x:pull"), "Bearer at");
  now = 50 * 1000;  // 5 s is raised to the 60 s minimum
  EXPECT_EQ(auth.header_for("repository:x:pull"), "Bearer at");
  now = 55 * 1000;
  EXPECT_EQ(auth.header_for("repository:x:pull"), "");

  // No scope at all (ping) and no service: a bare realm.
  ASSERT_TRUE(auth.answer({"Bearer realm=\"" + tokens.base() + "/t\""}, "").ok());
  EXPECT_EQ(tokens.requests().back().target, "/t");
  EXPECT_EQ(auth.header_for(""), "Bearer anon");
}

TEST(Authorizer, TokenServiceFailures) {
  Server tokens([&](const httptest::RecordedRequest& q) {
    if (q.target.rfind("/deny", 0) == 0) return reply(401, R"({"details":"incorrect username or password"})");
    if (q.target.rfind("/empty", 0) == 0) return reply(200, R"({"expires_in":60})");
    if (q.target.rfind("/html", 0) == 0) return reply(200, "<html>captive portal</html>");
    return reply(500, "boom");
  });
  HttpClient http(fast());
  Authorizer with(http, Credential{"u", "wrong"});
  Authorizer anon(http, std::nullopt);
  auto ch = [&](const char* path) { return "Bearer realm=\"" + tokens.base() + path + "\",service=\"s\""; };

  auto st = with.answer({ch("/deny")}, "repository:a:pull");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, EACCES);
  EXPECT_NE(st.error().msg.find("401 Unauthorized: credentials rejected"), std::string::npos) << st.error().msg;
  st = anon.answer({ch("/deny")}, "repository:a:pull");
  EXPECT_NE(st.error().msg.find("anonymous access denied"), std::string::npos) << st.error().msg;
  st = anon.answer({ch("/empty")}, "s");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("no token in the response"), std::string::npos) << st.error().msg;
  st = anon.answer({ch("/html")}, "s");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("invalid JSON"), std::string::npos) << st.error().msg;
  st = anon.answer({ch("/500")}, "s");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("500"), std::string::npos) << st.error().msg;
  st = anon.answer({"Bearer service=\"s\""}, "s");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("without a realm"), std::string::npos) << st.error().msg;
}

TEST(Authorizer, BasicAndUnsupported) {
  HttpClient http(fast());
  Authorizer anon(http, std::nullopt);
  auto st = anon.answer({"Basic realm=\"r\""}, "repository:a:pull");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, EACCES);
  EXPECT_NE(st.error().msg.find("requires a login"), std::string::npos) << st.error().msg;

  Authorizer basic(http, Credential{"user", "pass"});
  ASSERT_TRUE(basic.answer({"Basic realm=\"r\""}, "repository:a:pull").ok());
  // Basic covers every scope.
  EXPECT_EQ(basic.header_for("repository:a:pull"), "Basic dXNlcjpwYXNz");
  EXPECT_EQ(basic.header_for(""), "Basic dXNlcjpwYXNz");
  // Challenged again although we sent Basic: the password is wrong.
  st = basic.answer({"Basic realm=\"r\""}, "repository:a:pull");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, EACCES);
  EXPECT_NE(st.error().msg.find("rejected the credentials of user user"), std::string::npos) << st.error().msg;

  st = basic.answer({"Negotiate abc", "Digest realm=x, nonce=y"}, "s");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ENOTSUP);
  EXPECT_NE(st.error().msg.find("negotiate, digest"), std::string::npos) << st.error().msg;
  st = basic.answer({"Bearer realm=\"unterminated"}, "s");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("invalid WWW-Authenticate"), std::string::npos) << st.error().msg;
}
