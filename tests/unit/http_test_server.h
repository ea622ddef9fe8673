// A scripted HTTP/1.1 server for the registry client's tests: listens on
// 127.0.0.1:0, answers each request with a canned Reply (from a queue or a
// handler), records every request, and can cut connections at any byte.
// Optionally speaks TLS (mbedTLS server side) with a certificate made by
// the openssl CLI (make_test_pki).
#pragma once
#include <arpa/inet.h>
#include <fcntl.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include <netinet/in.h>
#include <poll.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace httptest {

struct RecordedRequest {
  std::string method, target, version;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  int conn = 0;  // 1-based number of the connection it came on
  std::string sni;  // TLS server name the client sent ("" for none / plain)

  const std::string* find(const std::string& name) const {
    for (auto& h : headers)
      if (strcasecmp(h.first.c_str(), name.c_str()) == 0) return &h.second;
    return nullptr;
  }
  std::string header(const std::string& name) const {
    auto* v = find(name);
    return v ? *v : std::string();
  }
  bool has(const std::string& name) const { return find(name) != nullptr; }
};

struct Reply {
  std::string raw;                      // the bytes to send
  size_t cut_after = std::string::npos;  // send only this many, then close
  bool close = false;                   // close after sending
  int delay_ms = 0;                     // wait before sending
};

inline const char* reason_for(int status) {
  switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Whatever";
  }
}

// A complete response with Content-Length.
inline Reply reply(int status, const std::string& body = "",
                   const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  std::string r = "HTTP/1.1 " + std::to_string(status) + " " + reason_for(status) + "\r\n";
  for (auto& [k, v] : headers) r += k + ": " + v + "\r\n";
  r += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return Reply{r};
}

// A response head without framing headers; the caller appends the body.
inline std::string head(int status, const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  std::string r = "HTTP/1.1 " + std::to_string(status) + " " + reason_for(status) + "\r\n";
  for (auto& [k, v] : headers) r += k + ": " + v + "\r\n";
  return r + "\r\n";
}

// Chunked encoding of the given pieces, with an extension on the first
// chunk and a trailer, as real servers may send.
inline std::string chunked(const std::vector<std::string>& pieces) {
  std::string out;
  bool first = true;
  for (auto& p : pieces) {
    char n[32];
    snprintf(n, sizeof n, "%zx", p.size());
    out += n;
    if (first) out += ";ext=1";
    first = false;
    out += "\r\n" + p + "\r\n";
  }
  return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

struct TlsServerCert {
  std::string cert_file, key_file;
};

class Server {
 public:
  using Handler = std::function<Reply(const RecordedRequest&)>;

  explicit Server(Handler h = nullptr, const TlsServerCert* tls = nullptr) : handler_(std::move(h)) {
    lfd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    setsockopt(lfd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(lfd_, reinterpret_cast<sockaddr*>(&a), sizeof a) < 0 || ::listen(lfd_, 16) < 0) abort();
    socklen_t len = sizeof a;
    getsockname(lfd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    if (pipe2(stop_, O_CLOEXEC) < 0) abort();
    if (tls) setup_tls(*tls);
    acceptor_ = std::thread([this] { accept_loop(); });
  }

  ~Server() {
    stopping_ = true;
    (void)!::write(stop_[1], "x", 1);
    acceptor_.join();
    {
      std::lock_guard<std::mutex> g(mu_);
      for (int fd : live_) ::shutdown(fd, SHUT_RDWR);
    }
    for (auto& t : workers_) t.join();
    ::close(lfd_);
    ::close(stop_[0]);
    ::close(stop_[1]);
    if (tls_) {
      mbedtls_ssl_config_free(&conf_);
      mbedtls_x509_crt_free(&cert_);
      mbedtls_pk_free(&key_);
      mbedtls_ctr_drbg_free(&drbg_);
      mbedtls_entropy_free(&entropy_);
    }
  }

  uint16_t port() const { return port_; }
  std::string base(const char* scheme = "http") const {
    return std::string(scheme) + "://127.0.0.1:" + std::to_string(port_);
  }
  void push(Reply r) {
    std::lock_guard<std::mutex> g(mu_);
    queue_.push_back(std::move(r));
  }
  std::vector<RecordedRequest> requests() {
    std::lock_guard<std::mutex> g(mu_);
    return reqs_;
  }
  int connections() const { return conns_.load(); }
  bool tls_ok() const { return tls_ok_; }

 private:
  struct Conn {
    int fd;
    mbedtls_ssl_context* ssl;
    std::string sni;
    ssize_t read(char* b, size_t n) {
      if (!ssl) return ::recv(fd, b, n, 0);
      int r = mbedtls_ssl_read(ssl, reinterpret_cast<unsigned char*>(b), n);
      return r < 0 ? (r == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY ? 0 : -1) : r;
    }
    bool write(const char* b, size_t n) {
      while (n > 0) {
        ssize_t w = ssl ? mbedtls_ssl_write(ssl, reinterpret_cast<const unsigned char*>(b), n)
                        : ::send(fd, b, n, MSG_NOSIGNAL);
        if (w <= 0) return false;
        b += w;
        n -= static_cast<size_t>(w);
      }
      return true;
    }
  };

  void setup_tls(const TlsServerCert& c) {
    tls_ = true;
    mbedtls_entropy_init(&entropy_);
    mbedtls_ctr_drbg_init(&drbg_);
    mbedtls_x509_crt_init(&cert_);
    mbedtls_pk_init(&key_);
    mbedtls_ssl_config_init(&conf_);
    tls_ok_ = mbedtls_ctr_drbg_seed(&drbg_, mbedtls_entropy_func, &entropy_, nullptr, 0) == 0 &&
              mbedtls_x509_crt_parse_file(&cert_, c.cert_file.c_str()) == 0 &&
              mbedtls_pk_parse_keyfile(&key_, c.key_file.c_str(), nullptr) == 0 &&
              mbedtls_ssl_config_defaults(&conf_, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                          MBEDTLS_SSL_PRESET_DEFAULT) == 0;
    mbedtls_ssl_conf_rng(&conf_, mbedtls_ctr_drbg_random, &drbg_);
    if (tls_ok_) tls_ok_ = mbedtls_ssl_conf_own_cert(&conf_, &cert_, &key_) == 0;
    mbedtls_ssl_conf_sni(&conf_, &Server::sni_cb, nullptr);
  }

  // The handshake runs on the connection's own thread: the SNI callback
  // finds its Conn through this (mbedTLS 2.28 has no per-context user data).
  static Conn*& current_conn() {
    static thread_local Conn* c = nullptr;
    return c;
  }
  // Records the name the client asked for; the certificate stays the same.
  static int sni_cb(void*, mbedtls_ssl_context*, const unsigned char* name, size_t len) {
    if (Conn* c = current_conn()) c->sni.assign(reinterpret_cast<const char*>(name), len);
    return 0;
  }

  // mbedtls_net_send uses write(2): a client that hung up would SIGPIPE us.
  static int bio_send(void* ctx, const unsigned char* buf, size_t len) {
    ssize_t n = ::send(static_cast<mbedtls_net_context*>(ctx)->fd, buf, len, MSG_NOSIGNAL);
    return n < 0 ? MBEDTLS_ERR_NET_SEND_FAILED : static_cast<int>(n);
  }

  void accept_loop() {
    while (!stopping_) {
      pollfd p[2] = {{lfd_, POLLIN, 0}, {stop_[0], POLLIN, 0}};
      if (::poll(p, 2, -1) < 0) continue;
      if (p[1].revents) return;
      int fd = ::accept4(lfd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) continue;
      int n = ++conns_;
      std::lock_guard<std::mutex> g(mu_);
      live_.push_back(fd);
      workers_.emplace_back([this, fd, n] { serve(fd, n); });
    }
  }

  void serve(int fd, int n) {
    mbedtls_ssl_context ssl;
    Conn c{fd, nullptr, {}};
    mbedtls_net_context net{fd};
    if (tls_) {
      mbedtls_ssl_init(&ssl);
      mbedtls_ssl_setup(&ssl, &conf_);
      current_conn() = &c;
      mbedtls_ssl_set_bio(&ssl, &net, &Server::bio_send, mbedtls_net_recv, nullptr);
      int r;
      while ((r = mbedtls_ssl_handshake(&ssl)) != 0) {
        if (r != MBEDTLS_ERR_SSL_WANT_READ && r != MBEDTLS_ERR_SSL_WANT_WRITE) break;
      }
      current_conn() = nullptr;
      if (r == 0) c.ssl = &ssl;
      else handshake_failures_++;
    }
    if (!tls_ || c.ssl) serve_requests(c, n);
    if (tls_) mbedtls_ssl_free(&ssl);
    std::lock_guard<std::mutex> g(mu_);
    std::erase(live_, fd);
    ::close(fd);
  }

  void serve_requests(Conn& c, int n) {
    std::string buf;
    char tmp[16384];
    while (!stopping_) {
      size_t end;
      while ((end = buf.find("\r\n\r\n")) == std::string::npos) {
        ssize_t r = c.read(tmp, sizeof tmp);
        if (r <= 0) return;
        buf.append(tmp, static_cast<size_t>(r));
      }
      RecordedRequest req;
      req.conn = n;
      req.sni = c.sni;
      std::string head = buf.substr(0, end);
      buf.erase(0, end + 4);
      size_t line_end = head.find("\r\n");
      std::string first = head.substr(0, line_end);
      size_t s1 = first.find(' '), s2 = first.rfind(' ');
      req.method = first.substr(0, s1);
      req.target = first.substr(s1 + 1, s2 - s1 - 1);
      req.version = first.substr(s2 + 1);
      size_t pos = line_end == std::string::npos ? head.size() : line_end + 2;
      while (pos < head.size()) {
        size_t e = head.find("\r\n", pos);
        if (e == std::string::npos) e = head.size();
        std::string l = head.substr(pos, e - pos);
        size_t colon = l.find(':');
        std::string v = l.substr(colon + 1);
        while (!v.empty() && v[0] == ' ') v.erase(0, 1);
        req.headers.emplace_back(l.substr(0, colon), v);
        pos = e + 2;
      }
      size_t body_len = req.has("Content-Length") ? std::stoul(req.header("Content-Length")) : 0;
      while (buf.size() < body_len) {
        ssize_t r = c.read(tmp, sizeof tmp);
        if (r <= 0) return;
        buf.append(tmp, static_cast<size_t>(r));
      }
      req.body = buf.substr(0, body_len);
      buf.erase(0, body_len);

      Reply rep;
      {
        std::lock_guard<std::mutex> g(mu_);
        reqs_.push_back(req);
        if (!handler_) {
          if (queue_.empty()) {
            rep = reply(500, "no canned response left");
          } else {
            rep = std::move(queue_.front());
            queue_.pop_front();
          }
        }
      }
      if (handler_) rep = handler_(req);
      if (rep.delay_ms) usleep(rep.delay_ms * 1000);
      size_t len = rep.cut_after < rep.raw.size() ? rep.cut_after : rep.raw.size();
      if (!c.write(rep.raw.data(), len)) return;
      if (rep.close || rep.cut_after != std::string::npos) return;
    }
  }

  Handler handler_;
  int lfd_ = -1;
  int stop_[2] = {-1, -1};
  uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> conns_{0};
  std::atomic<int> handshake_failures_{0};
  std::thread acceptor_;
  std::mutex mu_;
  std::vector<std::thread> workers_;
  std::vector<int> live_;
  std::deque<Reply> queue_;
  std::vector<RecordedRequest> reqs_;

  bool tls_ = false;
  bool tls_ok_ = false;
  mbedtls_entropy_context entropy_;
  mbedtls_ctr_drbg_context drbg_;
  mbedtls_x509_crt cert_;
  mbedtls_pk_context key_;
  mbedtls_ssl_config conf_;
};

// A port on 127.0.0.1 where nothing listens (bound, then closed).
inline uint16_t dead_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

// Test certificates made with the openssl CLI in dir: a CA (ca.crt), a
// server certificate for DNS:localhost + IP:127.0.0.1 (srv.crt/srv.key)
// and one for IP:127.0.0.9 only (other.crt/other.key). False when openssl
// is missing or fails.
inline bool make_test_pki(const std::string& dir) {
  if (system("command -v openssl >/dev/null 2>&1") != 0) return false;
  std::string cmd =
      "set -e; cd '" + dir + "'; exec >openssl.log 2>&1\n"
      "openssl ecparam -name prime256v1 -genkey -noout -out ca.key\n"
      "openssl req -x509 -new -key ca.key -subj /CN=edgectl-test-ca -days 2 -out ca.crt\n"
      "for n in srv other; do\n"
      "  openssl ecparam -name prime256v1 -genkey -noout -out $n.key\n"
      "  openssl req -new -key $n.key -subj /CN=edgectl-test-$n -out $n.csr\n"
      "done\n"
      "printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\n' > srv.ext\n"
      "printf 'subjectAltName=IP:127.0.0.9\\nbasicConstraints=CA:FALSE\\n' > other.ext\n"
      "for n in srv other; do\n"
      "  openssl x509 -req -in $n.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile $n.ext -out $n.crt\n"
      "done\n";
  return system(cmd.c_str()) == 0;
}

}  // namespace httptest
