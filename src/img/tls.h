// TLS client transport over a TcpTransport, with mbedTLS (TLS 1.2+).
// Verification uses the system CA bundle plus per-registry roots, laid out
// like docker's certs.d:  <certs_dir>/<host:port>/*.crt  (for port 443 also
// <certs_dir>/<host>/*.crt), e.g. /etc/edgectl/certs.d/10.0.0.5:5443/ca.crt.
// IP-literal hosts are checked against the certificate's IP SANs (mbedTLS
// 2.28 only matches DNS names itself) and get no SNI, as RFC 6066 asks.
#pragma once
#include <memory>
#include <string>

#include "core/error.h"
#include "img/net.h"

namespace ec::img {

struct TlsOptions {
  // System roots; a missing file is fine when certs.d supplies a root.
  std::string ca_bundle = "/etc/ssl/certs/ca-certificates.crt";
  // Extra roots per registry; empty string disables the lookup.
  std::string certs_dir = "/etc/edgectl/certs.d";
  // Encrypt but trust any certificate (the registry's "insecure" setting).
  bool insecure_skip_verify = false;
};

// Everything a handshake with one host needs that can be shared by all its
// connections: roots, configuration, random generator. Opaque.
class TlsContext;

// Load the roots for host:port. Errors name the file that failed to parse.
Result<std::shared_ptr<TlsContext>> tls_context(const std::string& host, uint16_t port,
                                                const TlsOptions& opts);

// Handshake over tcp. Errors read
// "tls handshake with 127.0.0.1:5443: X509 - Certificate verification failed (unknown CA)";
// verification failures carry code EPERM (not worth retrying), other
// failures the errno of the socket or EPROTO.
Result<std::unique_ptr<Transport>> tls_connect(std::unique_ptr<TcpTransport> tcp,
                                               std::shared_ptr<TlsContext> ctx,
                                               const std::string& host);

}  // namespace ec::img
