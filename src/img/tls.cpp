#include "img/tls.h"

#include <arpa/inet.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/error.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/oid.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/fs.h"
#include "core/strutil.h"

namespace ec::img {

class TlsContext {
 public:
  TlsContext() {
    mbedtls_entropy_init(&entropy);
    mbedtls_ctr_drbg_init(&drbg);
    mbedtls_x509_crt_init(&roots);
    mbedtls_ssl_config_init(&conf);
  }
  ~TlsContext() {
    mbedtls_ssl_config_free(&conf);
    mbedtls_x509_crt_free(&roots);
    mbedtls_ctr_drbg_free(&drbg);
    mbedtls_entropy_free(&entropy);
  }
  TlsContext(const TlsContext&) = delete;
  TlsContext& operator=(const TlsContext&) = delete;

  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
  mbedtls_x509_crt roots;
  mbedtls_ssl_config conf;
  bool verify = true;
};

namespace {

std::string tls_strerror(int ret) {
  char buf[200];
  mbedtls_strerror(ret, buf, sizeof buf);
  std::string s(buf);
  // "X509 - Certificate verification failed, e.g. CRL, CA or signature check
  // failed": the reason in parentheses says more than the example list.
  size_t eg = s.find(", e.g.");
  if (eg != std::string::npos) s.resize(eg);
  return s;
}

std::string verify_reasons(uint32_t flags, const std::string& host) {
  struct {
    uint32_t bit;
    const char* what;
  } const table[] = {
      {MBEDTLS_X509_BADCERT_NOT_TRUSTED, "unknown CA"},
      {MBEDTLS_X509_BADCERT_EXPIRED, "certificate expired"},
      {MBEDTLS_X509_BADCERT_FUTURE, "certificate not yet valid"},
      {MBEDTLS_X509_BADCERT_CN_MISMATCH, nullptr},
      {MBEDTLS_X509_BADCERT_REVOKED, "certificate revoked"},
      {MBEDTLS_X509_BADCERT_MISSING, "no certificate"},
      {MBEDTLS_X509_BADCERT_KEY_USAGE, "key usage not allowed"},
      {MBEDTLS_X509_BADCERT_EXT_KEY_USAGE, "extended key usage not allowed"},
      {MBEDTLS_X509_BADCERT_BAD_MD, "hash algorithm not acceptable"},
      {MBEDTLS_X509_BADCERT_BAD_PK, "public key algorithm not acceptable"},
      {MBEDTLS_X509_BADCERT_BAD_KEY, "key too weak"},
  };
  std::vector<std::string> out;
  for (auto& t : table) {
    if (!(flags & t.bit)) continue;
    out.push_back(t.what ? t.what : "certificate is not valid for " + host);
    flags &= ~t.bit;
  }
  if (flags || out.empty()) {
    char buf[512];
    int n = mbedtls_x509_crt_verify_info(buf, sizeof buf, "", flags);
    if (n > 0) out.push_back(std::string(trim(buf)));
  }
  return join(out, ", ");
}

// PEM/DER roots from a file we read ourselves: mbedTLS's own file reader
// uses fopen without "e" (no O_CLOEXEC).
Status add_roots(mbedtls_x509_crt* chain, const std::string& path, bool strict) {
  EC_ASSIGN(std::string pem, read_file(path));
  // PEM parsing wants the terminating NUL counted in the length.
  int ret = mbedtls_x509_crt_parse(chain, reinterpret_cast<const unsigned char*>(pem.c_str()), pem.size() + 1);
  if (ret < 0 || (strict && ret > 0))
    return make_error("parse " + path + ": " + (ret < 0 ? tls_strerror(ret) : strf("%d certificates invalid", ret)),
                      EINVAL);
  return {};
}

bool is_ip_literal(const std::string& host, unsigned char out[16], size_t* len) {
  if (inet_pton(AF_INET, host.c_str(), out) == 1) {
    *len = 4;
    return true;
  }
  if (inet_pton(AF_INET6, host.c_str(), out) == 1) {
    *len = 16;
    return true;
  }
  return false;
}

// mbedTLS 2.28 only matches dNSName SANs: match iPAddress SANs here (and
// the CN when the certificate has no SAN at all, as mbedTLS would).
bool cert_matches_ip(const mbedtls_x509_crt* crt, const std::string& host, const unsigned char* ip, size_t len) {
  if (!crt) return false;
  if (crt->ext_types & MBEDTLS_X509_EXT_SUBJECT_ALT_NAME) {
    for (const mbedtls_x509_sequence* s = &crt->subject_alt_names; s; s = s->next) {
      if ((s->buf.tag & MBEDTLS_ASN1_TAG_VALUE_MASK) == MBEDTLS_X509_SAN_IP_ADDRESS &&
          (s->buf.tag & MBEDTLS_ASN1_CONTEXT_SPECIFIC) && s->buf.len == len && memcmp(s->buf.p, ip, len) == 0)
        return true;
    }
    return false;
  }
  for (const mbedtls_x509_name* n = &crt->subject; n; n = n->next) {
    if (MBEDTLS_OID_CMP(MBEDTLS_OID_AT_CN, &n->oid) == 0 && n->val.len == host.size() &&
        memcmp(n->val.p, host.data(), host.size()) == 0)
      return true;
  }
  return false;
}

class TlsTransport : public Transport {
 public:
  TlsTransport(std::unique_ptr<TcpTransport> tcp, std::shared_ptr<TlsContext> ctx)
      : tcp_(std::move(tcp)), ctx_(std::move(ctx)) {
    mbedtls_ssl_init(&ssl_);
  }
  ~TlsTransport() override {
    if (established_ && !io_failed_) {
      // Polite close_notify, but never wait long for it.
      tcp_->set_io_timeout_ms(100);
      mbedtls_ssl_close_notify(&ssl_);
    }
    mbedtls_ssl_free(&ssl_);
  }

  Status handshake(const std::string& host) {
    const std::string& peer = tcp_->peer();
    auto fail = [&](int ret) -> Error {
      if (io_failed_) return Error(io_err_).context("tls handshake with " + peer);
      std::string msg = tls_strerror(ret);
      int code = EPROTO;
      if (ret == MBEDTLS_ERR_X509_CERT_VERIFY_FAILED) {
        msg += " (" + verify_reasons(mbedtls_ssl_get_verify_result(&ssl_), host) + ")";
        code = EPERM;
      }
      return make_error("tls handshake with " + peer + ": " + msg, code);
    };
    int ret = mbedtls_ssl_setup(&ssl_, &ctx_->conf);
    if (ret) return fail(ret);
    unsigned char ip[16];
    size_t iplen = 0;
    bool ip_host = is_ip_literal(host, ip, &iplen);
    // A hostname gives SNI and name verification; an IP literal gets neither
    // from mbedTLS and is checked below.
    if (!ip_host && (ret = mbedtls_ssl_set_hostname(&ssl_, host.c_str())) != 0) return fail(ret);
    mbedtls_ssl_set_bio(&ssl_, this, &TlsTransport::send_cb, &TlsTransport::recv_cb, nullptr);
    while ((ret = mbedtls_ssl_handshake(&ssl_)) != 0) {
      if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE) return fail(ret);
    }
    if (ctx_->verify && ip_host && !cert_matches_ip(mbedtls_ssl_get_peer_cert(&ssl_), host, ip, iplen))
      return make_error("tls handshake with " + peer + ": certificate is not valid for " + host, EPERM);
    established_ = true;
    return {};
  }

  Result<size_t> read(void* buf, size_t len) override {
    while (true) {
      int ret = mbedtls_ssl_read(&ssl_, static_cast<unsigned char*>(buf), len);
      if (ret > 0) return static_cast<size_t>(ret);
      if (ret == 0 || ret == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY || ret == MBEDTLS_ERR_SSL_CONN_EOF) return size_t{0};
      if (ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE) continue;
      return io_error(ret, "read from ");
    }
  }

  Status write(const void* buf, size_t len) override {
    const unsigned char* p = static_cast<const unsigned char*>(buf);
    while (len > 0) {
      int ret = mbedtls_ssl_write(&ssl_, p, len);
      if (ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE) continue;
      if (ret < 0) return io_error(ret, "write to ");
      p += ret;
      len -= static_cast<size_t>(ret);
    }
    return {};
  }

  bool idle_usable() override { return mbedtls_ssl_get_bytes_avail(&ssl_) == 0 && tcp_->idle_usable(); }
  const std::string& peer() const override { return tcp_->peer(); }

 private:
  Error io_error(int ret, const char* what) {
    if (io_failed_) return io_err_;  // already names the peer
    return make_error(what + tcp_->peer() + ": " + tls_strerror(ret), EPROTO);
  }

  static int send_cb(void* self_v, const unsigned char* buf, size_t len) {
    auto* self = static_cast<TlsTransport*>(self_v);
    if (auto st = self->tcp_->write(buf, len); !st) {
      self->io_failed_ = true;
      self->io_err_ = std::move(st).error();
      return MBEDTLS_ERR_NET_SEND_FAILED;
    }
    return static_cast<int>(len);
  }

  static int recv_cb(void* self_v, unsigned char* buf, size_t len) {
    auto* self = static_cast<TlsTransport*>(self_v);
    auto n = self->tcp_->read(buf, len);
    if (!n) {
      self->io_failed_ = true;
      self->io_err_ = std::move(n).error();
      return MBEDTLS_ERR_NET_RECV_FAILED;
    }
    return static_cast<int>(*n);  // 0: EOF, mbedTLS reports CONN_EOF
  }

  std::unique_ptr<TcpTransport> tcp_;
  std::shared_ptr<TlsContext> ctx_;
  mbedtls_ssl_context ssl_;
  bool established_ = false;
  bool io_failed_ = false;
  Error io_err_;
};

}  // namespace

Result<std::shared_ptr<TlsContext>> tls_context(const std::string& host, uint16_t port, const TlsOptions& opts) {
  auto ctx = std::make_shared<TlsContext>();
  static const char pers[] = "edgectl-tls";
  int ret = mbedtls_ctr_drbg_seed(&ctx->drbg, mbedtls_entropy_func, &ctx->entropy,
                                  reinterpret_cast<const unsigned char*>(pers), sizeof pers - 1);
  if (ret) return make_error("tls: seed random generator: " + tls_strerror(ret), EIO);
  ret = mbedtls_ssl_config_defaults(&ctx->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT);
  if (ret) return make_error("tls: config: " + tls_strerror(ret), EIO);
  mbedtls_ssl_conf_rng(&ctx->conf, mbedtls_ctr_drbg_random, &ctx->drbg);
  mbedtls_ssl_conf_min_version(&ctx->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  ctx->verify = !opts.insecure_skip_verify;
  if (!ctx->verify) {
    mbedtls_ssl_conf_authmode(&ctx->conf, MBEDTLS_SSL_VERIFY_NONE);
    return ctx;
  }

  bool have_roots = false;
  if (!opts.ca_bundle.empty() && path_exists(opts.ca_bundle)) {
    // The system bundle may hold a few certificates mbedTLS cannot parse: skip those.
    EC_TRY(add_roots(&ctx->roots, opts.ca_bundle, false));
    have_roots = true;
  }
  if (!opts.certs_dir.empty()) {
    std::string hp = (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
    std::vector<std::string> dirs{path_join(opts.certs_dir, hp)};
    if (port == 443) dirs.push_back(path_join(opts.certs_dir, host));
    for (const auto& dir : dirs) {
      auto names = list_dir(dir);
      if (!names) continue;  // no extra roots for this registry
      for (const auto& n : *names) {
        if (!ends_with(n, ".crt")) continue;
        EC_TRY(add_roots(&ctx->roots, path_join(dir, n), true));
        have_roots = true;
      }
    }
  }
  if (!have_roots)
    return make_error("tls: no trusted certificates for " + host + " (missing " + opts.ca_bundle + ")", ENOENT);
  mbedtls_ssl_conf_authmode(&ctx->conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_ca_chain(&ctx->conf, &ctx->roots, nullptr);
  return ctx;
}

Result<std::unique_ptr<Transport>> tls_connect(std::unique_ptr<TcpTransport> tcp, std::shared_ptr<TlsContext> ctx,
                                               const std::string& host) {
  auto t = std::make_unique<TlsTransport>(std::move(tcp), std::move(ctx));
  EC_TRY(t->handshake(host));
  return std::unique_ptr<Transport>(std::move(t));
}

}  // namespace ec::img
