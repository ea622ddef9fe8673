// TLS compiled out (-Dtls=disabled): no mbedTLS x509/ssl in the binary.
// https:// fails here; plain-HTTP registries (insecure ones, loopback, and
// http:// mirrors) work, and an insecure registry's HTTPS probe falls back
// to HTTP as it does when the server speaks no TLS.
#include "core/build_features.h"
#include "img/tls.h"

namespace ec::img {

Result<std::shared_ptr<TlsContext>> tls_context(const std::string& host, uint16_t port, const TlsOptions&) {
  return built_without("TLS", "tls").context(strf("https://%s:%u", host.c_str(), static_cast<unsigned>(port)));
}

Result<std::unique_ptr<Transport>> tls_connect(std::unique_ptr<TcpTransport>, std::shared_ptr<TlsContext>,
                                               const std::string& host) {
  return built_without("TLS", "tls").context("tls handshake with " + host);
}

}  // namespace ec::img
