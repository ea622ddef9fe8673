#include "img/http.h"

#include <strings.h>
#include <time.h>

#include <cerrno>
#include <cstring>

#include "core/build_features.h"
#include "core/log.h"
#include "core/strutil.h"
#include "edgectl_config.h"

namespace ec::img {

namespace {

// Response heads are small; these bound what a hostile server can make us hold.
constexpr size_t kConnBuffer = 16 * 1024;
constexpr size_t kMaxHeadBytes = 64 * 1024;
constexpr size_t kMaxHeaderFields = 256;
constexpr size_t kMaxChunkLine = 4096;
// Bodies of redirects and retried error responses are read to keep the
// connection only when they are at most this big.
constexpr size_t kDiscardLimit = 64 * 1024;
// Idle connections kept over all hosts (registry, token service, storage).
constexpr size_t kMaxIdleTotal = 8;

bool ieq(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

bool is_token(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (c <= 0x20 || c >= 0x7f || strchr("()<>@,;:\\\"/[]?={}", c)) return false;
  return true;
}

bool has_ctl(std::string_view s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t') || c == 0x7f) return true;
  return false;
}

// Comma-separated list header contains token (case-insensitive): "Connection: keep-alive, close".
bool list_has(const std::string* v, std::string_view token) {
  if (!v) return false;
  for (auto& part : split(*v, ','))
    if (ieq(trim(part), token)) return true;
  return false;
}

bool transient_code(int code) {
  switch (code) {
    case ECONNREFUSED: case ECONNRESET: case ECONNABORTED: case ETIMEDOUT: case EHOSTUNREACH:
    case ENETUNREACH: case ENETDOWN: case EHOSTDOWN: case EAGAIN: case EPIPE:
      return true;
    default:
      return false;
  }
}

bool retry_status(int s) { return s == 429 || s == 500 || s == 502 || s == 503 || s == 504; }
bool redirect_status(int s) { return s == 301 || s == 302 || s == 303 || s == 307 || s == 308; }

// Retry-After: delta-seconds or an HTTP-date. Returns milliseconds.
std::optional<int64_t> parse_retry_after(std::string_view v) {
  v = trim(v);
  if (auto s = parse_u64(v)) return *s > 86400 ? int64_t{86400000} : static_cast<int64_t>(*s) * 1000;
  std::string tmp(v);
  struct tm tm {};
  const char* end = strptime(tmp.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (!end || *end) return std::nullopt;
  int64_t at = timegm(&tm);
  int64_t now = time(nullptr);
  return at > now ? (at - now) * 1000 : 0;
}

// "bytes 100-199/1000" or "bytes 100-199/*".
struct ContentRange {
  uint64_t first, last;
  std::optional<uint64_t> total;
};
std::optional<ContentRange> parse_content_range(std::string_view v) {
  v = trim(v);
  if (v.size() < 6 || !ieq(v.substr(0, 6), "bytes ")) return std::nullopt;
  v = trim(v.substr(6));
  size_t dash = v.find('-'), slash = v.find('/');
  if (dash == std::string_view::npos || slash == std::string_view::npos || dash > slash) return std::nullopt;
  auto first = parse_u64(v.substr(0, dash));
  auto last = parse_u64(v.substr(dash + 1, slash - dash - 1));
  if (!first || !last || *last < *first) return std::nullopt;
  ContentRange cr{*first, *last, std::nullopt};
  std::string_view t = v.substr(slash + 1);
  if (t != "*") {
    auto total = parse_u64(t);
    if (!total || *total <= *last) return std::nullopt;
    cr.total = *total;
  }
  return cr;
}

}  // namespace

// ---- Headers ----

void Headers::add(std::string_view name, std::string_view value) { v_.emplace_back(name, value); }

void Headers::set(std::string_view name, std::string_view value) {
  remove(name);
  add(name, value);
}

void Headers::remove(std::string_view name) {
  std::erase_if(v_, [&](const auto& kv) { return ieq(kv.first, name); });
}

const std::string* Headers::get(std::string_view name) const {
  for (const auto& kv : v_)
    if (ieq(kv.first, name)) return &kv.second;
  return nullptr;
}

std::vector<std::string> Headers::get_all(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& kv : v_)
    if (ieq(kv.first, name)) out.push_back(kv.second);
  return out;
}

// ---- connections ----

namespace detail {

struct HttpConn {
  std::unique_ptr<Transport> t;
  std::string key;  // origin
  std::unique_ptr<char[]> buf{new char[kConnBuffer]};
  size_t pos = 0, end = 0;
  bool reused = false;
  uint64_t received = 0;  // bytes of the current response seen so far

  size_t buffered() const { return end - pos; }

  // Read more into the buffer; 0 at EOF.
  Result<size_t> fill() {
    if (pos > 0) {
      memmove(buf.get(), buf.get() + pos, end - pos);
      end -= pos;
      pos = 0;
    }
    if (end == kConnBuffer) return make_error("buffer full", ENOBUFS);
    EC_ASSIGN(size_t n, t->read(buf.get() + end, kConnBuffer - end));
    end += n;
    received += n;
    return n;
  }

  // One CRLF- (or LF-) terminated line without its terminator.
  Result<std::string> line(size_t max, const char* what) {
    size_t scanned = 0;
    while (true) {
      const char* start = buf.get() + pos;
      const void* nl = memchr(start + scanned, '\n', end - pos - scanned);
      if (nl) {
        size_t len = static_cast<const char*>(nl) - start;
        std::string out(start, len);
        pos += len + 1;
        if (!out.empty() && out.back() == '\r') out.pop_back();
        return out;
      }
      scanned = end - pos;
      if (scanned >= max || scanned >= kConnBuffer) return make_error(strf("%s: line longer than %zu bytes", what, scanned), EPROTO);
      EC_ASSIGN(size_t n, fill());
      if (n == 0)
        return make_error(received == 0 ? "connection closed before any response"
                                        : strf("connection closed in the middle of the %s", what),
                          ECONNRESET);
    }
  }

  // Body bytes: buffered ones first, then straight from the transport
  // (no copy through the buffer for large reads).
  Result<size_t> body(void* dst, size_t len) {
    if (buffered()) {
      size_t n = len < buffered() ? len : buffered();
      memcpy(dst, buf.get() + pos, n);
      pos += n;
      return n;
    }
    if (len < kConnBuffer / 4) {
      // Small reads (chunk tails, headers of a tar): fill the buffer instead.
      EC_ASSIGN(size_t got, fill());
      if (got == 0) return size_t{0};
      return body(dst, len);
    }
    EC_ASSIGN(size_t n, t->read(dst, len));
    received += n;
    return n;
  }
};

class ConnPool {
 public:
  explicit ConnPool(size_t per_host) : per_host_(per_host ? per_host : 1) {}

  std::unique_ptr<HttpConn> take(const std::string& key) {
    for (size_t i = idle_.size(); i-- > 0;) {
      if (idle_[i]->key != key) continue;
      auto c = std::move(idle_[i]);
      idle_.erase(idle_.begin() + static_cast<ptrdiff_t>(i));
      if (c->t->idle_usable()) return c;
      // Closed by the server while idle: drop it and look further.
    }
    return nullptr;
  }

  void put(std::unique_ptr<HttpConn> c) {
    size_t same = 0;
    for (auto& i : idle_) same += i->key == c->key;
    if (same >= per_host_) {
      for (size_t i = 0; i < idle_.size(); i++)
        if (idle_[i]->key == c->key) {
          idle_.erase(idle_.begin() + static_cast<ptrdiff_t>(i));
          break;
        }
    }
    if (idle_.size() >= kMaxIdleTotal) idle_.erase(idle_.begin());
    c->reused = true;
    c->received = 0;
    idle_.push_back(std::move(c));
  }

  size_t size() const { return idle_.size(); }

 private:
  size_t per_host_;
  std::vector<std::unique_ptr<HttpConn>> idle_;
};

}  // namespace detail

using detail::HttpConn;

// ---- Response ----

Response::~Response() = default;  // an unfinished body's connection is simply closed

std::string Response::describe() const { return method_ + " " + url_.redacted(); }

Error Response::fail(Error e) {
  e = std::move(e).context(describe());
  err_ = e;
  conn_.reset();
  return e;
}

void Response::finish() {
  done_ = true;
  // Bytes after the end of the body mean we misread the framing: never reuse.
  if (conn_ && keep_alive_ && conn_->buffered() == 0)
    if (auto pool = pool_.lock()) pool->put(std::move(conn_));
  conn_.reset();
}

Result<size_t> Response::read(void* buf, size_t len) {
  if (err_) return *err_;
  if (done_ || len == 0) return size_t{0};
  switch (mode_) {
    case Mode::None:
      finish();
      return size_t{0};
    case Mode::Length: {
      size_t want = remaining_ < len ? static_cast<size_t>(remaining_) : len;
      auto n = conn_->body(buf, want);
      if (!n) return fail(std::move(n).error());
      if (*n == 0)
        return fail(make_error(strf("connection closed after %llu of %llu bytes",
                                    static_cast<unsigned long long>(got_),
                                    static_cast<unsigned long long>(*content_length_)),
                               ECONNRESET));
      got_ += *n;
      remaining_ -= *n;
      if (remaining_ == 0) finish();
      return *n;
    }
    case Mode::Chunked:
      return read_chunked(buf, len);
    case Mode::UntilClose: {
      auto n = conn_->body(buf, len);
      if (!n) return fail(std::move(n).error());
      if (*n == 0) finish();
      got_ += *n;
      return *n;
    }
  }
  return size_t{0};
}

Result<size_t> Response::read_chunked(void* buf, size_t len) {
  auto cut = [&]() {
    return fail(make_error(strf("connection closed after %llu bytes of a chunked body",
                                static_cast<unsigned long long>(got_)),
                           ECONNRESET));
  };
  while (chunk_left_ == 0) {
    if (chunk_crlf_) {
      auto l = conn_->line(kMaxChunkLine, "chunk");
      if (!l) return l.error().code == ECONNRESET ? cut() : fail(std::move(l).error());
      if (!l->empty()) return fail(make_error("malformed chunked body: data after chunk", EPROTO));
      chunk_crlf_ = false;
    }
    auto l = conn_->line(kMaxChunkLine, "chunk size line");
    if (!l) return l.error().code == ECONNRESET ? cut() : fail(std::move(l).error());
    std::string_view hex = trim(std::string_view(*l).substr(0, l->find(';')));
    if (hex.empty() || hex.size() > 15) return fail(make_error("malformed chunk size \"" + *l + "\"", EPROTO));
    uint64_t size = 0;
    for (char c : hex) {
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return fail(make_error("malformed chunk size \"" + *l + "\"", EPROTO));
      size = size * 16 + static_cast<uint64_t>(d);
    }
    if (size == 0) {
      // Trailer fields until the empty line; ignored.
      size_t trailer_bytes = 0;
      while (true) {
        auto t = conn_->line(kMaxChunkLine, "trailer");
        if (!t) return t.error().code == ECONNRESET ? cut() : fail(std::move(t).error());
        if (t->empty()) break;
        trailer_bytes += t->size();
        if (trailer_bytes > kMaxHeadBytes) return fail(make_error("trailers too large", EPROTO));
      }
      finish();
      return size_t{0};
    }
    chunk_left_ = size;
  }
  size_t want = chunk_left_ < len ? static_cast<size_t>(chunk_left_) : len;
  auto n = conn_->body(buf, want);
  if (!n) return fail(std::move(n).error());
  if (*n == 0) return cut();
  chunk_left_ -= *n;
  if (chunk_left_ == 0) chunk_crlf_ = true;
  got_ += *n;
  return *n;
}

Result<std::string> Response::read_body(size_t cap) {
  if (content_length_ && *content_length_ > cap)
    return make_error(strf("%s: body of %llu bytes exceeds the limit of %zu", describe().c_str(),
                           static_cast<unsigned long long>(*content_length_), cap),
                      EFBIG);
  std::string out;
  char tmp[8192];
  while (true) {
    EC_ASSIGN(size_t n, read(tmp, sizeof tmp));
    if (n == 0) return out;
    if (out.size() + n > cap) {
      conn_.reset();
      return make_error(strf("%s: body exceeds the limit of %zu bytes", describe().c_str(), cap), EFBIG);
    }
    out.append(tmp, n);
  }
}

// ---- HttpClient ----

HttpClient::HttpClient(HttpOptions opts) : opts_(std::move(opts)) {
  if (opts_.user_agent.empty()) opts_.user_agent = "edgectl/" EDGECTL_VERSION;
  pool_ = std::make_shared<detail::ConnPool>(opts_.max_idle_per_host);
}

HttpClient::~HttpClient() = default;

size_t HttpClient::idle_connections() const { return pool_->size(); }

void HttpClient::sleep_ms(int ms) {
  if (ms <= 0) return;
  if (opts_.retry.sleep) {
    opts_.retry.sleep(ms);
    return;
  }
  timespec ts{ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
  }
}

Result<std::unique_ptr<HttpConn>> HttpClient::connect(const Url& url) {
  // Built without TLS (-Dtls=disabled): say so before dialling, not after a
  // connection that could only fail later for another reason.
  if (url.https() && !EDGECTL_HAVE_TLS) return built_without("TLS", "tls").context(url.origin());
  EC_ASSIGN(auto tcp, TcpTransport::connect(url.host, url.port, opts_.timeouts));
  auto c = std::make_unique<HttpConn>();
  c->key = url.origin();
  if (!url.https()) {
    c->t = std::move(tcp);
    return c;
  }
  std::string hp = url.host_port();
  std::shared_ptr<TlsContext> ctx;
  for (auto& [k, v] : tls_)
    if (k == hp) ctx = v;
  if (!ctx) {
    EC_ASSIGN(ctx, tls_context(url.host, url.port, opts_.tls));
    tls_.emplace_back(hp, ctx);
  }
  EC_ASSIGN(c->t, tls_connect(std::move(tcp), ctx, url.host));
  return c;
}

namespace {

std::string request_head(const Request& req, const std::string& user_agent) {
  std::string head = req.method + " " + req.url.target + " HTTP/1.1\r\nHost: " + req.url.authority() +
                     "\r\nUser-Agent: " + user_agent + "\r\n";
  if (req.range_from) head += strf("Range: bytes=%llu-\r\n", static_cast<unsigned long long>(*req.range_from));
  for (const auto& [k, v] : req.headers.items()) {
    if (ieq(k, "Host") || ieq(k, "User-Agent") || ieq(k, "Content-Length") || (req.range_from && ieq(k, "Range")))
      continue;
    head += k + ": " + v + "\r\n";
  }
  bool has_body = !req.body.empty() || req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
  if (has_body) head += strf("Content-Length: %zu\r\n", req.body.size());
  return head + "\r\n";
}

}  // namespace

// Status line and header fields; interim 1xx responses (100 Continue, 103
// Early Hints) are skipped.
Status Response::parse_head(HttpConn& conn, std::string* version) {
  while (true) {
    EC_ASSIGN(std::string sl, conn.line(kMaxHeadBytes, "response headers"));
    if (sl.empty()) continue;  // stray CRLF after a previous body
    // "HTTP/1.1 200 OK"
    auto bad_status = [&] { return make_error("malformed status line \"" + sl.substr(0, 64) + "\"", EPROTO); };
    if (sl.size() < 12 || !starts_with(sl, "HTTP/1.") || sl[8] != ' ') return bad_status();
    auto code = parse_u64(std::string_view(sl).substr(9, 3));
    if (!code || *code < 100 || *code > 599 || (sl.size() > 12 && sl[12] != ' ')) return bad_status();
    *version = sl.substr(5, 3);
    status_ = static_cast<int>(*code);
    reason_ = sl.size() > 13 ? sl.substr(13) : std::string();
    std::vector<std::pair<std::string, std::string>> fields;
    size_t total = sl.size();
    while (true) {
      EC_ASSIGN(std::string l, conn.line(kMaxHeadBytes, "response headers"));
      if (l.empty()) break;
      total += l.size();
      if (total > kMaxHeadBytes || fields.size() >= kMaxHeaderFields)
        return make_error("response headers too large", EPROTO);
      if (l[0] == ' ' || l[0] == '\t') {
        // Obsolete line folding: continuation of the previous field.
        if (fields.empty()) return make_error("malformed header line", EPROTO);
        fields.back().second += ' ';
        fields.back().second += trim(l);
        continue;
      }
      size_t colon = l.find(':');
      if (colon == std::string::npos || !is_token(std::string_view(l).substr(0, colon)))
        return make_error("malformed header line \"" + l.substr(0, 64) + "\"", EPROTO);
      fields.emplace_back(l.substr(0, colon), trim(std::string_view(l).substr(colon + 1)));
    }
    headers_ = Headers();
    for (auto& [k, v] : fields) headers_.add(k, v);
    if (status_ < 200 && status_ != 101) continue;
    return {};
  }
}

// How the body is delimited, whether the connection survives it, and where
// it sits in the whole resource.
Status Response::frame(const Request& req, const std::string& version) {
  keep_alive_ = version == "1.1" && !list_has(headers_.get("Connection"), "close");
  const std::string* te = headers_.get("Transfer-Encoding");
  const std::string* cl = headers_.get("Content-Length");
  int s = status_;
  if (req.method == "HEAD" || s == 204 || s == 304 || s < 200) {
    mode_ = Mode::None;
    if (cl) content_length_ = parse_u64(trim(*cl));  // HEAD: the size of the GET body
  } else if (te && !ieq(trim(*te), "identity")) {
    // Chunked must be the last coding; anything else ends with the connection.
    std::vector<std::string> codings = split(*te, ',');
    mode_ = ieq(trim(codings.back()), "chunked") ? Mode::Chunked : Mode::UntilClose;
  } else if (cl) {
    // Repeated or comma-listed values must all agree (RFC 9110 §8.6).
    auto first = parse_u64(trim(split(*cl, ',')[0]));
    bool valid = first.has_value();
    for (auto& v : headers_.get_all("Content-Length"))
      for (auto& part : split(v, ',')) {
        auto n = parse_u64(trim(part));
        if (!n || !first || *n != *first) valid = false;
      }
    if (!valid) return make_error("invalid Content-Length \"" + *cl + "\"", EPROTO);
    content_length_ = *first;
    remaining_ = *first;
    mode_ = *first ? Mode::Length : Mode::None;
  } else {
    mode_ = Mode::UntilClose;
  }
  if (mode_ == Mode::UntilClose) keep_alive_ = false;

  if (s == 206) {
    const std::string* cr = headers_.get("Content-Range");
    auto range = cr ? parse_content_range(*cr) : std::nullopt;
    if (!range) return make_error("206 response with invalid Content-Range", EPROTO);
    uint64_t want = req.range_from.value_or(0);
    if (range->first != want)
      return make_error(strf("asked for bytes from %llu, server sent Content-Range \"%s\"",
                             static_cast<unsigned long long>(want), cr->c_str()),
                        EPROTO);
    if (content_length_ && *content_length_ != range->last - range->first + 1)
      return make_error("Content-Range \"" + *cr + "\" disagrees with Content-Length", EPROTO);
    start_ = range->first;
    total_ = range->total;
  } else if (content_length_ && s / 100 == 2) {
    total_ = content_length_;
  }
  return {};
}

Result<std::unique_ptr<Response>> HttpClient::send_once(const Request& req, bool* transient) {
  *transient = false;
  std::string what = req.method + " " + req.url.redacted();
  std::string head = request_head(req, opts_.user_agent);

  // A pooled connection the server closed while it idled fails on first use:
  // that is not the server's answer, so try once more on a fresh one. Only
  // when the request cannot have been acted on twice: idempotent, or it
  // failed while being written.
  bool idempotent = req.method == "GET" || req.method == "HEAD";
  for (int fresh = 0;; fresh++) {
    std::unique_ptr<HttpConn> conn = fresh == 0 ? pool_->take(req.url.origin()) : nullptr;
    if (!conn) {
      auto c = connect(req.url);
      if (!c) {
        *transient = transient_code(c.error().code);
        return std::move(c).error().context(what);
      }
      conn = std::move(*c);
    }
    auto stale = [&](const Error& e, bool writing) {
      return conn->reused && conn->received == 0 && transient_code(e.code) && (idempotent || writing);
    };

    Status st = conn->t->write(head.data(), head.size());
    if (st && !req.body.empty()) st = conn->t->write(req.body.data(), req.body.size());
    if (!st && stale(st.error(), true)) continue;

    auto resp = std::unique_ptr<Response>(new Response());
    resp->method_ = req.method;
    resp->url_ = req.url;
    resp->pool_ = pool_;
    std::string version;
    if (st) st = resp->parse_head(*conn, &version);
    if (!st && stale(st.error(), false)) continue;
    if (!st) {
      // The write failed, or the head was cut or never came: send_retrying
      // tries again (GET/HEAD only) when the error is transient.
      *transient = transient_code(st.error().code);
      return std::move(st).error().context(what);
    }
    EC_TRYC(resp->frame(req, version), what);
    resp->conn_ = std::move(conn);
    if (resp->mode_ == Response::Mode::None) resp->finish();
    return resp;
  }
}

namespace {

// Read a small leftover body so its connection can be reused; a big one is
// cheaper to drop with its connection.
void discard(Response& r) {
  if (r.body_complete()) return;
  if (r.content_length() && *r.content_length() > kDiscardLimit) return;
  (void)r.read_body(kDiscardLimit);
}

}  // namespace

Result<std::unique_ptr<Response>> HttpClient::send_retrying(const Request& req) {
  bool idempotent = req.method == "GET" || req.method == "HEAD";
  int attempts = idempotent && opts_.retry.attempts > 1 ? opts_.retry.attempts : 1;
  for (int i = 1;; i++) {
    int delay = opts_.retry.base_delay_ms;
    for (int k = 1; k < i && delay < opts_.retry.max_delay_ms; k++) delay *= 2;
    if (delay > opts_.retry.max_delay_ms) delay = opts_.retry.max_delay_ms;

    bool transient = false;
    auto r = send_once(req, &transient);
    if (!r) {
      if (!transient || i >= attempts) {
        if (i > 1) r.error().msg += strf(" (%d attempts)", i);
        return std::move(r).error();
      }
      logf(LogLevel::Debug, "%s; retrying in %d ms", r.error().msg.c_str(), delay);
      sleep_ms(delay);
      continue;
    }
    Response& resp = **r;
    if (i >= attempts || !retry_status(resp.status())) return r;
    if (resp.status() == 429 || resp.status() == 503) {
      if (const std::string* ra = resp.headers().get("Retry-After")) {
        if (auto ms = parse_retry_after(*ra))
          delay = static_cast<int>(*ms > opts_.retry.max_retry_after_ms ? opts_.retry.max_retry_after_ms : *ms);
      }
    }
    logf(LogLevel::Debug, "%s: %d %s; retrying in %d ms", resp.describe().c_str(), resp.status(),
         resp.reason().c_str(), delay);
    discard(resp);
    r->reset();  // close or pool the connection before waiting
    sleep_ms(delay);
  }
}

Result<std::unique_ptr<Response>> HttpClient::send(Request req) {
  std::string what = req.method + " " + req.url.redacted();
  if (!is_token(req.method)) return make_error("invalid HTTP method", EINVAL).context(what);
  if (req.url.scheme.empty() || req.url.target.empty() || req.url.target[0] != '/' || has_ctl(req.url.target) ||
      req.url.target.find(' ') != std::string::npos)
    return make_error("invalid request URL", EINVAL).context(what);
  for (const auto& [k, v] : req.headers.items())
    if (!is_token(k) || has_ctl(v)) return make_error("invalid header \"" + k + "\"", EINVAL).context(what);

  for (int hop = 0;; hop++) {
    EC_ASSIGN(auto resp, send_retrying(req));
    const std::string* loc = resp->headers().get("Location");
    if (!redirect_status(resp->status()) || !loc) return resp;
    if (hop >= opts_.max_redirects)
      return make_error(strf("too many redirects (%d)", opts_.max_redirects), ELOOP).context(what);
    auto next = resolve_url(req.url, *loc);
    if (!next) return std::move(next).error().context(resp->describe() + ": redirect");
    int status = resp->status();
    discard(*resp);
    resp.reset();
    // Credentials belong to the origin that asked for them: blob storage
    // behind a redirect must not see the registry's token.
    if (next->origin() != req.url.origin()) req.headers.remove("Authorization");
    if ((status == 303 && req.method != "HEAD") || ((status == 301 || status == 302) && req.method == "POST")) {
      req.method = "GET";
      req.body.clear();
      req.headers.remove("Content-Type");
    }
    logf(LogLevel::Debug, "%s: %d redirect to %s", what.c_str(), status, next->redacted().c_str());
    req.url = std::move(*next);
    what = req.method + " " + req.url.redacted();
  }
}

}  // namespace ec::img
