// A small HTTP/1.1 client for registries and their blob storage.
//
//   HttpClient http(opts);
//   Request req;  req.url = *parse_url("https://reg:5000/v2/");
//   EC_ASSIGN(auto resp, http.send(std::move(req)));
//   resp->status();  resp->headers().get("Content-Type");
//   resp->read(buf, n) ...                     // streaming body (a Reader)
//   EC_ASSIGN(std::string small, resp->read_body(4 << 20));  // or capped whole body
//
// What send() does for you:
//  - keep-alive: connections go back to a per-host pool (a few idle ones per
//    host) once a body has been read to its end; an unfinished body closes
//    its connection instead.
//  - redirects (301/302/303/307/308, absolute or relative Location, up to
//    max_redirects); a hop to another scheme/host/port drops Authorization so
//    registry tokens never reach blob storage.
//  - retries of GET/HEAD with exponential back-off on connect failures,
//    connections cut before the response headers, 429 (Retry-After honoured,
//    capped) and 500/502/503/504. When attempts run out the last response is
//    returned as it is, so the caller reports its status.
//  - A body cut short is NOT retried here: read() fails with code ECONNRESET
//    ("connection closed after N of M bytes") and the caller resumes with
//    Request::range_from.
// Memory stays bounded: only a 16 KiB connection buffer; bodies stream.
// Not thread-safe. A response may outlive its client (its connection is then
// closed instead of pooled).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "img/net.h"
#include "img/reader.h"
#include "img/tls.h"
#include "img/url.h"

namespace ec::img {

// Header fields in order; names compare case-insensitively.
class Headers {
 public:
  void add(std::string_view name, std::string_view value);
  void set(std::string_view name, std::string_view value);  // replaces every field of that name
  void remove(std::string_view name);
  const std::string* get(std::string_view name) const;  // the first, or nullptr
  std::vector<std::string> get_all(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& items() const { return v_; }

 private:
  std::vector<std::pair<std::string, std::string>> v_;
};

struct RetryPolicy {
  int attempts = 5;                // tries in total for GET/HEAD; 1 disables retries
  int base_delay_ms = 200;         // first back-off, doubled for each further try
  int max_delay_ms = 10000;        // cap of the doubling
  int max_retry_after_ms = 60000;  // cap of a server's Retry-After
  // How to wait; empty means really sleep. Tests record the delays.
  std::function<void(int ms)> sleep;
};

struct HttpOptions {
  NetTimeouts timeouts;
  TlsOptions tls;
  RetryPolicy retry;
  int max_redirects = 10;
  size_t max_idle_per_host = 2;
  std::string user_agent;  // empty: "edgectl/<version>"
};

struct Request {
  std::string method = "GET";
  Url url;
  Headers headers;  // Host, User-Agent, Content-Length and Range are set by the client
  std::string body;  // small bodies only, sent with Content-Length
  // Ask for the resource from this byte on ("Range: bytes=N-"). The server
  // may ignore it: check Response::start_offset().
  std::optional<uint64_t> range_from;
};

namespace detail {
struct HttpConn;
class ConnPool;
}  // namespace detail

class Response final : public Reader {
 public:
  ~Response() override;
  Response(const Response&) = delete;
  Response& operator=(const Response&) = delete;

  int status() const { return status_; }
  const std::string& reason() const { return reason_; }
  const Headers& headers() const { return headers_; }
  const std::string& method() const { return method_; }
  // The URL that answered, after redirects.
  const Url& url() const { return url_; }
  // Body length announced by Content-Length, when there is one.
  std::optional<uint64_t> content_length() const { return content_length_; }
  // Position of the body's first byte in the whole resource: the start of a
  // 206's Content-Range (always the offset asked for; anything else is an
  // error), and 0 for every other status, e.g. a 200 that ignored the Range.
  uint64_t start_offset() const { return start_; }
  // Size of the whole resource when known: the Content-Range total of a
  // 206, or start_offset() + Content-Length otherwise.
  std::optional<uint64_t> total_size() const { return total_; }

  // Streaming body. Returns 0 at its end; fails with ECONNRESET when the
  // connection closes early. Errors are sticky.
  Result<size_t> read(void* buf, size_t len) override;
  uint64_t body_bytes_read() const { return got_; }
  bool body_complete() const { return done_; }
  // The whole (remaining) body; more than cap bytes is an error (EFBIG).
  Result<std::string> read_body(size_t cap);
  // "GET https://host/path" (no query) for error messages.
  std::string describe() const;

 private:
  friend class HttpClient;
  enum class Mode { None, Length, Chunked, UntilClose };
  Response() = default;
  Status parse_head(detail::HttpConn& conn, std::string* version);
  Status frame(const Request& req, const std::string& version);
  Error fail(Error e);
  void finish();
  Result<size_t> read_chunked(void* buf, size_t len);

  std::string method_;
  int status_ = 0;
  std::string reason_;
  Headers headers_;
  Url url_;
  std::optional<uint64_t> content_length_;
  uint64_t start_ = 0;
  std::optional<uint64_t> total_;

  Mode mode_ = Mode::None;
  bool keep_alive_ = false;
  bool done_ = false;
  uint64_t got_ = 0;
  uint64_t remaining_ = 0;    // Length mode
  uint64_t chunk_left_ = 0;   // Chunked mode: data left in the current chunk
  bool chunk_crlf_ = false;   // Chunked mode: the CRLF after a chunk is due
  std::optional<Error> err_;
  std::unique_ptr<detail::HttpConn> conn_;
  // Weak: a response that outlives its client just closes its connection.
  std::weak_ptr<detail::ConnPool> pool_;
};

class HttpClient {
 public:
  explicit HttpClient(HttpOptions opts = {});
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Send, following redirects and retrying as described above. An error
  // means no response at all; any HTTP status (404, 401, 503 after the last
  // try) comes back as a Response. Errors start with "GET https://h/p: ".
  Result<std::unique_ptr<Response>> send(Request req);
  const HttpOptions& options() const { return opts_; }
  // Idle pooled connections (for tests and debug logs).
  size_t idle_connections() const;

 private:
  Result<std::unique_ptr<Response>> send_once(const Request& req, bool* transient);
  Result<std::unique_ptr<Response>> send_retrying(const Request& req);
  Result<std::unique_ptr<detail::HttpConn>> connect(const Url& url);
  void sleep_ms(int ms);

  HttpOptions opts_;
  std::shared_ptr<detail::ConnPool> pool_;
  std::vector<std::pair<std::string, std::shared_ptr<TlsContext>>> tls_;  // per host:port
};

}  // namespace ec::img
