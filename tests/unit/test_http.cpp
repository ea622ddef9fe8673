// URL handling, the HTTP/1.1 client and its TLS transport, against scripted
// servers on 127.0.0.1.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <string>
#include <vector>

#include "core/fs.h"
#include "core/sha256.h"
#include "http_test_server.h"
#include "img/http.h"
#include "img/url.h"

using namespace ec;
using namespace ec::img;
using httptest::reply;
using httptest::Reply;
using httptest::Server;

namespace {

HttpOptions fast(std::vector<int>* sleeps = nullptr) {
  HttpOptions o;
  o.retry.base_delay_ms = 1;
  o.retry.sleep = [sleeps](int ms) {
    if (sleeps) sleeps->push_back(ms);
  };
  o.timeouts.connect_ms = 3000;
  o.timeouts.io_ms = 3000;
  return o;
}

Request get(const std::string& url) {
  Request r;
  auto u = parse_url(url);
  EXPECT_TRUE(u.ok()) << url;
  if (u) r.url = *u;
  return r;
}

std::string body_of(Response& r) {
  auto b = r.read_body(64 << 20);
  EXPECT_TRUE(b.ok()) << b.error().msg;
  return b.ok() ? *b : std::string();
}

// Reads everything with a small buffer, to cross chunk boundaries at odd places.
Result<std::string> read_slowly(Reader& r, size_t step) {
  std::string out, buf(step, '\0');
  while (true) {
    EC_ASSIGN(size_t n, r.read(buf.data(), step));
    if (n == 0) return out;
    out.append(buf.data(), n);
  }
}

std::string pattern(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; i++) s[i] = static_cast<char>('a' + (i * 7 + i / 251) % 26);
  return s;
}

}  // namespace

// ---------------- URLs ----------------

TEST(Url, Parse) {
  struct Case {
    const char* in;
    const char* scheme;
    const char* host;
    int port;
    const char* target;
    const char* host_port;
    const char* authority;
  } cases[] = {
      {"https://Registry-1.Docker.io/v2/", "https", "registry-1.docker.io", 443, "/v2/", "registry-1.docker.io:443",
       "registry-1.docker.io"},
      {"http://127.0.0.1:5000", "http", "127.0.0.1", 5000, "/", "127.0.0.1:5000", "127.0.0.1:5000"},
      {"HTTP://h:80/a?b=c#frag", "http", "h", 80, "/a?b=c", "h:80", "h"},
      {"https://[::1]:5443/x", "https", "::1", 5443, "/x", "[::1]:5443", "[::1]:5443"},
      {"https://[fe80::1]/", "https", "fe80::1", 443, "/", "[fe80::1]:443", "[fe80::1]"},
      {"https://auth.example/token?x=1", "https", "auth.example", 443, "/token?x=1", "auth.example:443",
       "auth.example"},
      {"http://h/a b\xc3\xa9", "http", "h", 80, "/a%20b%C3%A9", "h:80", "h"},
  };
  for (auto& c : cases) {
    auto u = parse_url(c.in);
    ASSERT_TRUE(u.ok()) << c.in << ": " << u.error().msg;
    EXPECT_EQ(u->scheme, c.scheme) << c.in;
    EXPECT_EQ(u->host, c.host) << c.in;
    EXPECT_EQ(u->port, c.port) << c.in;
    EXPECT_EQ(u->target, c.target) << c.in;
    EXPECT_EQ(u->host_port(), c.host_port) << c.in;
    EXPECT_EQ(u->authority(), c.authority) << c.in;
  }
  auto u = parse_url("https://s3.example/bucket/blob?X-Amz-Signature=secret");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->redacted(), "https://s3.example/bucket/blob");
  EXPECT_EQ(u->origin(), "https://s3.example:443");
}

TEST(Url, ParseRejects) {
  const char* bad[] = {
      "ftp://h/",        "h/path",          "https://",         "https://user:pw@h/",  "https://h:0/",
      "https://h:65536", "https://h:x/",    "https://[::1/",    "https://h/a\r\nX: y", "https://h h/",
      "https://[zz]/",   "https://h:+80/",  "//h/",
  };
  for (const char* b : bad) {
    auto u = parse_url(b);
    EXPECT_FALSE(u.ok()) << b;
    if (!u.ok()) {
      EXPECT_NE(u.error().msg.find("invalid URL"), std::string::npos) << u.error().msg;
    }
  }
}

TEST(Url, ResolveRelative) {
  // RFC 3986 §5.4 examples, plus the shapes registries send.
  auto base = parse_url("http://a/b/c/d;p?q");
  ASSERT_TRUE(base.ok());
  struct {
    const char* ref;
    const char* want;
  } cases[] = {
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g/"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {"..g", "http://a/b/c/..g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"https://other:8443/blob?sig=1", "https://other:8443/blob?sig=1"},
      {"HTTPS://Other/x", "https://other/x"},
  };
  for (auto& c : cases) {
    auto u = resolve_url(*base, c.ref);
    ASSERT_TRUE(u.ok()) << c.ref << ": " << u.error().msg;
    EXPECT_EQ(u->str(), c.want) << "ref \"" << c.ref << "\"";
  }
  EXPECT_FALSE(resolve_url(*base, "ftp://x/").ok());
  EXPECT_FALSE(resolve_url(*base, "/a\x01").ok());
}

TEST(Url, Encode) {
  EXPECT_EQ(url_encode("repository:a/b:pull"), "repository%3Aa%2Fb%3Apull");
  EXPECT_EQ(url_encode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(url_encode("a b+c&d=e\xff"), "a%20b%2Bc%26d%3De%FF");
}

// ---------------- HTTP ----------------

TEST(Http, ContentLengthBodyAndRequestHead) {
  Server s;
  s.push(reply(200, "hello world", {{"X-Thing", "v1"}, {"content-type", "text/plain"}}));
  HttpClient http(fast());
  Request req = get(s.base() + "/v2/x?y=1");
  req.headers.set("Accept", "a/b");
  auto r = http.send(std::move(req));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)->status(), 200);
  EXPECT_EQ((*r)->reason(), "OK");
  ASSERT_NE((*r)->headers().get("CONTENT-TYPE"), nullptr);
  EXPECT_EQ(*(*r)->headers().get("x-thing"), "v1");
  EXPECT_EQ((*r)->content_length(), 11u);
  EXPECT_EQ((*r)->total_size(), 11u);
  EXPECT_EQ((*r)->start_offset(), 0u);
  EXPECT_EQ(body_of(**r), "hello world");
  EXPECT_TRUE((*r)->body_complete());

  auto reqs = s.requests();
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].method, "GET");
  EXPECT_EQ(reqs[0].target, "/v2/x?y=1");
  EXPECT_EQ(reqs[0].version, "HTTP/1.1");
  EXPECT_EQ(reqs[0].header("Host"), "127.0.0.1:" + std::to_string(s.port()));
  EXPECT_EQ(reqs[0].header("User-Agent").rfind("edgectl/", 0), 0u) << reqs[0].header("User-Agent");
  EXPECT_EQ(reqs[0].header("Accept"), "a/b");
  EXPECT_FALSE(reqs[0].has("Content-Length"));
}

TEST(Http, ChunkedBodyAnyReadSize) {
  std::string data = pattern(100000);
  std::vector<std::string> pieces;
  for (size_t off = 0, n = 1; off < data.size(); off += n, n = n * 3 + 1)
    pieces.push_back(data.substr(off, n));
  for (size_t step : {1, 7, 4096, 65536}) {
    Server s;
    s.push(Reply{httptest::head(200, {{"Transfer-Encoding", "chunked"}}) + httptest::chunked(pieces)});
    s.push(reply(200, "next"));
    HttpClient http(fast());
    auto r = http.send(get(s.base() + "/blob"));
    ASSERT_TRUE(r.ok()) << r.error().msg;
    EXPECT_FALSE((*r)->content_length().has_value());
    auto got = read_slowly(**r, step);
    ASSERT_TRUE(got.ok()) << got.error().msg;
    EXPECT_EQ(got->size(), data.size()) << "step " << step;
    EXPECT_TRUE(*got == data) << "step " << step;
    EXPECT_EQ((*r)->body_bytes_read(), data.size());
    // The trailer was consumed: the connection carries the next request.
    auto r2 = http.send(get(s.base() + "/next"));
    ASSERT_TRUE(r2.ok()) << r2.error().msg;
    EXPECT_EQ(body_of(**r2), "next");
    EXPECT_EQ(s.connections(), 1);
  }
}

TEST(Http, KeepAliveOnlyAfterFullBody) {
  Server s([](const httptest::RecordedRequest& q) { return reply(200, q.target + std::string(20000, 'x')); });
  HttpClient http(fast());
  for (int i = 0; i < 3; i++) {
    auto r = http.send(get(s.base() + "/a"));
    ASSERT_TRUE(r.ok()) << r.error().msg;
    body_of(**r);
  }
  EXPECT_EQ(s.connections(), 1);
  EXPECT_EQ(http.idle_connections(), 1u);
  {
    // Half-read body: its connection cannot carry another request.
    auto r = http.send(get(s.base() + "/b"));
    ASSERT_TRUE(r.ok());
    char buf[10];
    ASSERT_TRUE((*r)->read(buf, sizeof buf).ok());
  }
  auto r = http.send(get(s.base() + "/c"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(body_of(**r).substr(0, 2), "/c");
  EXPECT_EQ(s.connections(), 2);
  auto reqs = s.requests();
  ASSERT_EQ(reqs.size(), 5u);
  EXPECT_EQ(reqs[3].conn, 1);
  EXPECT_EQ(reqs[4].conn, 2);
}

TEST(Http, ResponseMayOutliveClient) {
  Server s;
  s.push(reply(200, std::string(100000, 'q')));
  std::unique_ptr<Response> keep;
  {
    HttpClient http(fast());
    auto r = http.send(get(s.base() + "/"));
    ASSERT_TRUE(r.ok());
    keep = std::move(*r);
  }
  auto b = keep->read_body(1 << 20);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(b->size(), 100000u);
}

TEST(Http, ConnectionCloseAndHttp10NotReused) {
  Server s;
  s.push(reply(200, "a", {{"Connection", "close"}}));
  s.push(Reply{"HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nb"});
  s.push(reply(200, "c"));
  HttpClient http(fast());
  for (const char* want : {"a", "b", "c"}) {
    auto r = http.send(get(s.base() + "/"));
    ASSERT_TRUE(r.ok()) << r.error().msg;
    EXPECT_EQ(body_of(**r), want);
  }
  EXPECT_EQ(s.connections(), 3);
}

TEST(Http, StalePooledConnectionIsReplaced) {
  // The server drops the connection when the second request arrives on it,
  // before answering: the client retries on a fresh connection, even with
  // retries disabled, because the server never saw the request answered.
  Server s([](const httptest::RecordedRequest& q) {
    if (q.conn == 1 && q.target == "/2") return Reply{"", 0};
    return reply(200, q.target);
  });
  HttpOptions o = fast();
  o.retry.attempts = 1;
  HttpClient http(o);
  auto r1 = http.send(get(s.base() + "/1"));
  ASSERT_TRUE(r1.ok());
  EXPECT_EQ(body_of(**r1), "/1");
  auto r2 = http.send(get(s.base() + "/2"));
  ASSERT_TRUE(r2.ok()) << r2.error().msg;
  EXPECT_EQ(body_of(**r2), "/2");
  EXPECT_EQ(s.connections(), 2);

  // A POST is not sent twice: the server may have acted on it.
  Server s3([](const httptest::RecordedRequest& q) {
    if (q.conn == 1 && q.method == "POST") return Reply{"", 0};
    return reply(200, q.target);
  });
  auto g = http.send(get(s3.base() + "/g"));
  ASSERT_TRUE(g.ok());
  body_of(**g);
  Request post = get(s3.base() + "/p");
  post.method = "POST";
  post.body = "x";
  auto p = http.send(std::move(post));
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().code, ECONNRESET) << p.error().msg;
  EXPECT_EQ(s3.requests().size(), 2u);

  // A connection the server closed while idle is noticed before use.
  Server s2([](const httptest::RecordedRequest& q) {
    Reply r = reply(200, q.target);
    r.close = true;  // no "Connection: close": the client only sees the FIN
    return r;
  });
  auto a = http.send(get(s2.base() + "/a"));
  ASSERT_TRUE(a.ok());
  body_of(**a);
  for (int i = 0; i < 100 && s2.requests().size() < 1; i++) usleep(1000);
  usleep(50000);
  auto b = http.send(get(s2.base() + "/b"));
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(body_of(**b), "/b");
  EXPECT_EQ(s2.connections(), 2);
  EXPECT_EQ(s2.requests().size(), 2u);
}

TEST(Http, RedirectToOtherHostDropsAuthorization) {
  Server storage([](const httptest::RecordedRequest& q) { return reply(200, "blob:" + q.target); });
  std::string loc = storage.base() + "/store/sha?sig=abc";
  Server reg([&](const httptest::RecordedRequest&) { return reply(307, "", {{"Location", loc}}); });
  HttpClient http(fast());
  Request req = get(reg.base() + "/v2/a/blobs/sha256:1");
  req.headers.set("Authorization", "Bearer secret-token");
  req.headers.set("X-Keep", "1");
  auto r = http.send(std::move(req));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)->status(), 200);
  EXPECT_EQ(body_of(**r), "blob:/store/sha?sig=abc");
  EXPECT_EQ((*r)->url().port, storage.port());

  auto rq = reg.requests();
  ASSERT_EQ(rq.size(), 1u);
  EXPECT_EQ(rq[0].header("Authorization"), "Bearer secret-token");
  auto sq = storage.requests();
  ASSERT_EQ(sq.size(), 1u);
  EXPECT_FALSE(sq[0].has("Authorization")) << sq[0].header("Authorization");
  EXPECT_EQ(sq[0].header("X-Keep"), "1");
  EXPECT_EQ(sq[0].header("Host"), "127.0.0.1:" + std::to_string(storage.port()));
}

TEST(Http, RelativeRedirectSameHostKeepsAuthorization) {
  Server s([](const httptest::RecordedRequest& q) {
    if (q.target == "/a/b/c") return reply(302, "moved", {{"Location", "../other/x?y=1"}});
    if (q.target == "/a/other/x?y=1") return reply(301, "", {{"Location", "/final"}});
    return reply(200, "at " + q.target);
  });
  HttpClient http(fast());
  Request req = get(s.base() + "/a/b/c");
  req.headers.set("Authorization", "Basic dTpw");
  auto r = http.send(std::move(req));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(body_of(**r), "at /final");
  auto q = s.requests();
  ASSERT_EQ(q.size(), 3u);
  for (auto& x : q) EXPECT_EQ(x.header("Authorization"), "Basic dTpw") << x.target;
  EXPECT_EQ(q[1].target, "/a/other/x?y=1");
  // The redirect bodies were read, so one connection did it all.
  EXPECT_EQ(s.connections(), 1);
}

TEST(Http, RedirectLimitAndMethodRules) {
  Server loop([](const httptest::RecordedRequest& q) { return reply(302, "", {{"Location", q.target + "x"}}); });
  HttpOptions o = fast();
  o.max_redirects = 10;
  HttpClient http(o);
  auto r = http.send(get(loop.base() + "/l"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ELOOP);
  EXPECT_NE(r.error().msg.find("too many redirects (10)"), std::string::npos) << r.error().msg;
  EXPECT_EQ(loop.requests().size(), 11u);

  Server s([](const httptest::RecordedRequest& q) {
    if (q.target == "/post") return reply(303, "", {{"Location", "/see"}});
    return reply(200, q.method + " " + q.body);
  });
  Request post = get(s.base() + "/post");
  post.method = "POST";
  post.body = "data";
  auto p = http.send(std::move(post));
  ASSERT_TRUE(p.ok()) << p.error().msg;
  EXPECT_EQ(body_of(**p), "GET ");
  EXPECT_EQ(s.requests()[0].header("Content-Length"), "4");
  EXPECT_EQ(s.requests()[0].body, "data");

  // A 3xx without Location is handed back as it is.
  Server nol([](const httptest::RecordedRequest&) { return reply(304, ""); });
  auto n = http.send(get(nol.base() + "/"));
  ASSERT_TRUE(n.ok());
  EXPECT_EQ((*n)->status(), 304);
}

TEST(Http, RetryOn5xxWithBackoff) {
  Server s;
  s.push(reply(503, "busy"));
  s.push(reply(502, "bad gw"));
  s.push(reply(500, "oops"));
  s.push(reply(504, "slow"));
  s.push(reply(200, "finally"));
  std::vector<int> sleeps;
  HttpOptions o = fast(&sleeps);
  o.retry.base_delay_ms = 200;
  HttpClient http(o);
  auto r = http.send(get(s.base() + "/x"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)->status(), 200);
  EXPECT_EQ(body_of(**r), "finally");
  EXPECT_EQ(s.requests().size(), 5u);
  EXPECT_EQ(sleeps, (std::vector<int>{200, 400, 800, 1600}));
  EXPECT_EQ(s.connections(), 1);  // small error bodies were read: the connection stayed
}

TEST(Http, RetryGivesUpAndReturnsLastResponse) {
  Server s([](const httptest::RecordedRequest&) { return reply(503, "down"); });
  std::vector<int> sleeps;
  HttpOptions o = fast(&sleeps);
  o.retry.attempts = 3;
  o.retry.base_delay_ms = 100;
  o.retry.max_delay_ms = 150;
  HttpClient http(o);
  auto r = http.send(get(s.base() + "/x"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)->status(), 503);
  EXPECT_EQ(body_of(**r), "down");
  EXPECT_EQ(s.requests().size(), 3u);
  EXPECT_EQ(sleeps, (std::vector<int>{100, 150}));

  // Not idempotent: no retry.
  Request post = get(s.base() + "/p");
  post.method = "POST";
  auto p = http.send(std::move(post));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ((*p)->status(), 503);
  EXPECT_EQ(s.requests().size(), 4u);

  // 404 is an answer, not a failure.
  Server nf([](const httptest::RecordedRequest&) { return reply(404, "no"); });
  auto n = http.send(get(nf.base() + "/"));
  ASSERT_TRUE(n.ok());
  EXPECT_EQ((*n)->status(), 404);
  EXPECT_EQ(nf.requests().size(), 1u);
}

TEST(Http, TooManyRequestsHonoursRetryAfter) {
  Server s;
  s.push(reply(429, "", {{"Retry-After", "3"}}));
  s.push(reply(429, "", {{"Retry-After", "120"}}));
  s.push(reply(503, "", {{"Retry-After", "garbage"}}));
  s.push(reply(200, "ok"));
  std::vector<int> sleeps;
  HttpOptions o = fast(&sleeps);
  o.retry.base_delay_ms = 200;
  o.retry.max_retry_after_ms = 60000;
  HttpClient http(o);
  auto r = http.send(get(s.base() + "/x"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(body_of(**r), "ok");
  // 3 s as asked, 120 s capped at 60 s, unparsable: the back-off step.
  EXPECT_EQ(sleeps, (std::vector<int>{3000, 60000, 800}));
}

TEST(Http, ConnectFailureRetriedThenReported) {
  std::vector<int> sleeps;
  HttpOptions o = fast(&sleeps);
  o.retry.attempts = 3;
  HttpClient http(o);
  uint16_t port = httptest::dead_port();
  auto r = http.send(get("http://127.0.0.1:" + std::to_string(port) + "/v2/"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ECONNREFUSED);
  EXPECT_EQ(r.error().msg, "GET http://127.0.0.1:" + std::to_string(port) + "/v2/: connect to 127.0.0.1:" +
                               std::to_string(port) + ": Connection refused (3 attempts)");
  EXPECT_EQ(sleeps.size(), 2u);

  auto bad = http.send(get("http://no-such-host.invalid/"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("resolve no-such-host.invalid"), std::string::npos) << bad.error().msg;
}

TEST(Http, ConnectTimeout) {
  // A listener that never accepts, with its queue full: further SYNs are
  // dropped and connect() hangs, as with a black-holed address.
  int lfd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(lfd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(::listen(lfd, 0), 0);
  socklen_t len = sizeof a;
  getsockname(lfd, reinterpret_cast<sockaddr*>(&a), &len);
  std::vector<int> fillers;
  for (int i = 0; i < 4; i++) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    fillers.push_back(fd);
  }
  usleep(50000);
  HttpOptions o = fast();
  o.timeouts.connect_ms = 200;
  o.retry.attempts = 1;
  HttpClient http(o);
  std::string port = std::to_string(ntohs(a.sin_port));
  auto t0 = std::chrono::steady_clock::now();
  auto r = http.send(get("http://127.0.0.1:" + port + "/"));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  for (int fd : fillers) ::close(fd);
  ::close(lfd);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ETIMEDOUT) << r.error().msg;
  EXPECT_NE(r.error().msg.find("connect to 127.0.0.1:" + port + ": timed out after 200 ms"), std::string::npos)
      << r.error().msg;
  EXPECT_GE(ms, 190);
  EXPECT_LT(ms, 1000);
}

TEST(Http, CutInHeadersIsRetried) {
  Server s;
  s.push(Reply{"HTTP/1.1 200 OK\r\nContent-Le", 27});
  s.push(Reply{"", 0});  // accepted, then closed without a byte
  s.push(reply(200, "whole"));
  std::vector<int> sleeps;
  HttpClient http(fast(&sleeps));
  auto r = http.send(get(s.base() + "/m"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(body_of(**r), "whole");
  EXPECT_EQ(s.requests().size(), 3u);
  EXPECT_EQ(sleeps.size(), 2u);
}

TEST(Http, CutInBodyIsAClearErrorNotARetry) {
  Server s;
  Reply cut = reply(200, std::string(100, 'z'));
  cut.cut_after = cut.raw.size() - 60;  // 40 body bytes arrive
  s.push(cut);
  HttpClient http(fast());
  auto r = http.send(get(s.base() + "/blob"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  char buf[1000];
  auto n = read_full(**r, buf, sizeof buf);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.error().code, ECONNRESET);
  EXPECT_EQ(n.error().msg, "GET " + s.base() + "/blob: connection closed after 40 of 100 bytes");
  EXPECT_EQ((*r)->body_bytes_read(), 40u);
  // Errors stick.
  EXPECT_FALSE((*r)->read(buf, 1).ok());
  EXPECT_EQ(s.requests().size(), 1u);

  Server c;
  std::string raw = httptest::head(200, {{"Transfer-Encoding", "chunked"}}) + httptest::chunked({"abcdef", "ghij"});
  c.push(Reply{raw, raw.find("ghij") + 2});
  auto r2 = http.send(get(c.base() + "/c"));
  ASSERT_TRUE(r2.ok());
  auto b = (*r2)->read_body(1000);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ECONNRESET);
  EXPECT_NE(b.error().msg.find("connection closed after 8 bytes of a chunked body"), std::string::npos)
      << b.error().msg;
}

TEST(Http, RangeResponses) {
  std::string data = pattern(20);
  Server s([&](const httptest::RecordedRequest& q) {
    if (q.target == "/206")
      return reply(206, data.substr(10), {{"Content-Range", "bytes 10-19/20"}});
    if (q.target == "/206star")
      return reply(206, data.substr(10), {{"Content-Range", "bytes 10-19/*"}});
    if (q.target == "/wrong")
      return reply(206, data.substr(5), {{"Content-Range", "bytes 5-19/20"}});
    if (q.target == "/badlen")
      return reply(206, data.substr(12), {{"Content-Range", "bytes 10-19/20"}});
    return reply(200, data);  // ignores Range
  });
  HttpClient http(fast());
  Request req = get(s.base() + "/206");
  req.range_from = 10;
  auto r = http.send(req);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)->status(), 206);
  EXPECT_EQ((*r)->start_offset(), 10u);
  EXPECT_EQ((*r)->total_size(), 20u);
  EXPECT_EQ(body_of(**r), data.substr(10));
  EXPECT_EQ(s.requests().back().header("Range"), "bytes=10-");

  req.url.target = "/206star";
  r = http.send(req);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)->start_offset(), 10u);
  EXPECT_FALSE((*r)->total_size().has_value());
  body_of(**r);

  req.url.target = "/ignored";
  r = http.send(req);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)->status(), 200);
  EXPECT_EQ((*r)->start_offset(), 0u);
  EXPECT_EQ((*r)->total_size(), 20u);
  EXPECT_EQ(body_of(**r), data);

  for (const char* t : {"/wrong", "/badlen"}) {
    req.url.target = t;
    r = http.send(req);
    ASSERT_FALSE(r.ok()) << t;
    EXPECT_EQ(r.error().code, EPROTO) << r.error().msg;
    EXPECT_NE(r.error().msg.find("Content-Range"), std::string::npos) << r.error().msg;
  }
}

TEST(Http, HeadAndEmptyBodies) {
  Server s;
  s.push(Reply{"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\nDocker-Content-Digest: sha256:x\r\n\r\n"});
  s.push(Reply{"HTTP/1.1 204 No Content\r\n\r\n"});
  s.push(Reply{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"});
  s.push(Reply{"HTTP/1.1 200 OK\r\nFolded: a\r\n  b\r\nContent-Length: 0\r\n\r\n"});
  HttpClient http(fast());
  Request h = get(s.base() + "/m");
  h.method = "HEAD";
  auto r = http.send(h);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)->content_length(), 1234u);
  EXPECT_TRUE((*r)->body_complete());
  EXPECT_EQ(body_of(**r), "");
  for (const char* want : {"", "ok", ""}) {
    auto x = http.send(get(s.base() + "/n"));
    ASSERT_TRUE(x.ok()) << x.error().msg;
    EXPECT_EQ(body_of(**x), want);
    if ((*x)->headers().get("Folded")) {
      EXPECT_EQ(*(*x)->headers().get("Folded"), "a b");
    }
  }
  EXPECT_EQ(s.connections(), 1);
}

TEST(Http, BodyUntilClose) {
  Server s;
  Reply r{"HTTP/1.1 200 OK\r\nContent-Type: x\r\n\r\nall of it"};
  r.close = true;
  s.push(r);
  s.push(reply(200, "second"));
  HttpClient http(fast());
  auto a = http.send(get(s.base() + "/"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(body_of(**a), "all of it");
  auto b = http.send(get(s.base() + "/"));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(body_of(**b), "second");
  EXPECT_EQ(s.connections(), 2);
}

TEST(Http, BodyCaps) {
  Server s;
  s.push(reply(200, std::string(5000, 'a')));
  s.push(Reply{httptest::head(200, {{"Transfer-Encoding", "chunked"}}) +
               httptest::chunked({std::string(3000, 'b'), std::string(3000, 'c')})});
  HttpClient http(fast());
  auto r = http.send(get(s.base() + "/big"));
  ASSERT_TRUE(r.ok());
  auto b = (*r)->read_body(4096);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, EFBIG);
  EXPECT_NE(b.error().msg.find("body of 5000 bytes exceeds the limit of 4096"), std::string::npos) << b.error().msg;
  EXPECT_EQ((*r)->body_bytes_read(), 0u);  // refused before reading
  r = http.send(get(s.base() + "/chunked"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  b = (*r)->read_body(4096);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, EFBIG);
}

TEST(Http, MalformedResponsesAreNotRetried) {
  struct {
    const char* raw;
    const char* want;
  } cases[] = {
      {"SPDY/3 200 OK\r\n\r\n", "malformed status line"},
      {"HTTP/1.1 2000 OK\r\n\r\n", "malformed status line"},
      {"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "malformed header line"},
      {"HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\n", "invalid Content-Length"},
      {"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "invalid Content-Length"},
      {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed chunk size"},
  };
  for (auto& c : cases) {
    Server s;
    s.push(Reply{c.raw});
    HttpClient http(fast());
    auto r = http.send(get(s.base() + "/"));
    Error e;
    if (r.ok()) {
      auto b = (*r)->read_body(100);
      ASSERT_FALSE(b.ok()) << c.raw;
      e = b.error();
    } else {
      e = r.error();
    }
    EXPECT_EQ(e.code, EPROTO) << c.raw << ": " << e.msg;
    EXPECT_NE(e.msg.find(c.want), std::string::npos) << e.msg;
    EXPECT_EQ(s.requests().size(), 1u) << c.raw;
  }
  // Headers bigger than the limit.
  Server big;
  big.push(Reply{"HTTP/1.1 200 OK\r\n" + std::string(70000, 'x') + ": y\r\n\r\n"});
  HttpClient http(fast());
  auto r = http.send(get(big.base() + "/"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EPROTO) << r.error().msg;
}

TEST(Http, DuplicateEqualContentLengthIsFine) {
  Server s;
  s.push(Reply{"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok"});
  HttpClient http(fast());
  auto r = http.send(get(s.base() + "/"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(body_of(**r), "ok");
}

TEST(Http, Timeouts) {
  Server s;
  Reply slow = reply(200, "late");
  slow.delay_ms = 400;
  s.push(slow);
  HttpOptions o = fast();
  o.timeouts.io_ms = 100;
  o.retry.attempts = 1;
  HttpClient http(o);
  auto t0 = std::chrono::steady_clock::now();
  auto r = http.send(get(s.base() + "/"));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ETIMEDOUT);
  EXPECT_NE(r.error().msg.find("read from 127.0.0.1:" + std::to_string(s.port()) + ": timed out after 100 ms"),
            std::string::npos)
      << r.error().msg;
  EXPECT_LT(ms, 350);

  // A stall in the middle of a body times out too (idle timeout): the
  // server sends half the body and keeps the connection open.
  HttpOptions o2 = fast();
  o2.timeouts.io_ms = 100;
  HttpClient http2(o2);
  Server s3([](const httptest::RecordedRequest&) {
    Reply r = httptest::reply(200, std::string(10, 'a'));
    r.raw.resize(r.raw.size() - 5);
    return r;
  });
  auto r3 = http2.send(get(s3.base() + "/"));
  ASSERT_TRUE(r3.ok()) << r3.error().msg;
  auto b = (*r3)->read_body(100);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, ETIMEDOUT) << b.error().msg;
}

TEST(Http, RequestValidation) {
  HttpClient http(fast());
  Request r = get("http://127.0.0.1:1/");
  r.headers.set("X-Evil", "a\r\nInjected: yes");
  auto x = http.send(r);
  ASSERT_FALSE(x.ok());
  EXPECT_EQ(x.error().code, EINVAL);
  EXPECT_NE(x.error().msg.find("invalid header"), std::string::npos);
  Request m = get("http://127.0.0.1:1/");
  m.method = "GET /x";
  EXPECT_FALSE(http.send(m).ok());
}

TEST(Http, LargeBodyStreams) {
  // 8 MiB through a 16 KiB connection buffer: hash while streaming.
  std::string data = pattern(8 << 20);
  Server s([&](const httptest::RecordedRequest&) { return reply(200, data); });
  HttpClient http(fast());
  auto r = http.send(get(s.base() + "/big"));
  ASSERT_TRUE(r.ok());
  DigestReader d(**r);
  auto n = drain(d);
  ASSERT_TRUE(n.ok()) << n.error().msg;
  EXPECT_EQ(*n, data.size());
  EXPECT_EQ(d.digest(), sha256_digest(data));
}

// ---------------- TLS ----------------

class Tls : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/edgectl-tls-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    if (!httptest::make_test_pki(dir_)) GTEST_SKIP() << "openssl CLI missing or failed";
    srv_ = {dir_ + "/srv.crt", dir_ + "/srv.key"};
    other_ = {dir_ + "/other.crt", dir_ + "/other.key"};
  }
  void TearDown() override { (void)remove_all(dir_); }

  HttpOptions opts(const std::string& bundle, const std::string& certs_dir, bool insecure = false) {
    HttpOptions o = fast();
    o.retry.attempts = 2;
    o.tls.ca_bundle = bundle;
    o.tls.certs_dir = certs_dir;
    o.tls.insecure_skip_verify = insecure;
    return o;
  }

  std::string dir_;
  httptest::TlsServerCert srv_, other_;
};

TEST_F(Tls, TrustedViaCertsDir) {
  Server s([](const httptest::RecordedRequest& q) { return reply(200, "secure " + q.target); }, &srv_);
  ASSERT_TRUE(s.tls_ok());
  std::string certs = dir_ + "/certs.d";
  std::string hostdir = certs + "/127.0.0.1:" + std::to_string(s.port());
  ASSERT_TRUE(mkdir_p(hostdir).ok());
  ASSERT_TRUE(write_file(hostdir + "/ca.crt", *read_file(dir_ + "/ca.crt")).ok());
  HttpClient http(opts(dir_ + "/no-system-bundle", certs));
  for (int i = 0; i < 2; i++) {
    auto r = http.send(get(s.base("https") + "/v2/"));
    ASSERT_TRUE(r.ok()) << r.error().msg;
    EXPECT_EQ(body_of(**r), "secure /v2/");
  }
  EXPECT_EQ(s.connections(), 1);  // keep-alive over TLS
  EXPECT_EQ(s.requests()[0].sni, "");  // no SNI for an IP literal
}

TEST_F(Tls, TrustedViaBundleWithHostname) {
  Server s([](const httptest::RecordedRequest& q) { return reply(200, q.sni); }, &srv_);
  HttpClient http(opts(dir_ + "/ca.crt", ""));
  // "localhost" may resolve to ::1 first, where nobody listens: the next address is tried.
  auto r = http.send(get("https://localhost:" + std::to_string(s.port()) + "/"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(body_of(**r), "localhost");  // SNI sent and the DNS SAN matched
}

TEST_F(Tls, UnknownCaFailsClearly) {
  Server s([](const httptest::RecordedRequest&) { return reply(200, "x"); }, &srv_);
  HttpClient http(opts("/etc/ssl/certs/ca-certificates.crt", dir_ + "/certs.d"));
  auto r = http.send(get(s.base("https") + "/v2/"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EPERM);
  std::string want = "tls handshake with 127.0.0.1:" + std::to_string(s.port()) +
                     ": X509 - Certificate verification failed (unknown CA)";
  EXPECT_NE(r.error().msg.find(want), std::string::npos) << r.error().msg;
  EXPECT_EQ(s.connections(), 1);  // a verification failure is not retried
  EXPECT_TRUE(s.requests().empty());
}

TEST_F(Tls, WrongIpFailsClearly) {
  Server s([](const httptest::RecordedRequest&) { return reply(200, "x"); }, &other_);
  HttpClient http(opts(dir_ + "/ca.crt", ""));
  auto r = http.send(get(s.base("https") + "/"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EPERM);
  EXPECT_NE(r.error().msg.find("certificate is not valid for 127.0.0.1"), std::string::npos) << r.error().msg;
  EXPECT_TRUE(s.requests().empty());
}

TEST_F(Tls, InsecureSkipVerify) {
  Server s([](const httptest::RecordedRequest&) { return reply(200, "trusting"); }, &other_);
  HttpClient http(opts("/nonexistent", "", true));
  auto r = http.send(get(s.base("https") + "/"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(body_of(**r), "trusting");
}

TEST_F(Tls, BadCaFileAndNoRoots) {
  Server s([](const httptest::RecordedRequest&) { return reply(200, "x"); }, &srv_);
  std::string certs = dir_ + "/certs.d";
  std::string hostdir = certs + "/127.0.0.1:" + std::to_string(s.port());
  ASSERT_TRUE(mkdir_p(hostdir).ok());
  ASSERT_TRUE(write_file(hostdir + "/ca.crt", "not a certificate").ok());
  HttpClient http(opts("/nonexistent", certs));
  auto r = http.send(get(s.base("https") + "/"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("parse " + hostdir + "/ca.crt"), std::string::npos) << r.error().msg;

  HttpClient none(opts("/nonexistent", ""));
  r = none.send(get(s.base("https") + "/"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("no trusted certificates"), std::string::npos) << r.error().msg;
}

TEST_F(Tls, PlainHttpToTlsServerFails) {
  // TLS client against a plain server: a protocol error, not a hang.
  Server s([](const httptest::RecordedRequest&) { return reply(200, "plain"); });
  HttpOptions o = opts("", "", true);
  o.timeouts.io_ms = 300;
  HttpClient http(o);
  auto r = http.send(get(s.base("https") + "/"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("tls handshake with"), std::string::npos) << r.error().msg;
}
