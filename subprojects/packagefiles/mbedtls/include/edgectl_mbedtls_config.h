/* mbedTLS 2.28 configuration for edgectl's board builds (MBEDTLS_CONFIG_FILE, set by this
 * overlay's meson.build for the library and every user of its dependencies): only what a
 * registry client needs, instead of upstream's everything-on config.
 *   - TLS 1.2 client only (no server, DTLS, renegotiation, TLS 1.0/1.1, session tickets);
 *   - key exchange ECDHE-ECDSA and ECDHE-RSA; AES-GCM and ChaCha20-Poly1305 (no CBC, CCM,
 *     3DES, RC4, Camellia, ARIA);
 *   - curves x25519, P-256, P-384, P-521; X.509 verification of RSA (PKCS#1 v1.5) and ECDSA
 *     chains with SHA-256/384/512; PEM parsing of the system CA bundle;
 *   - SHA-1 stays: old roots in the system bundle are self-signed with it, and a root
 *     mbedTLS cannot parse is skipped, which would fail every chain ending in it.
 *   - SHA-256 also serves the image store's digests (src/core/sha256.cpp).
 * Left out, beyond the above: PSA crypto, DHM, PSK, CRL/CSR parsing, X.509 writing, key
 * writing and generation, PKCS#5/#12, MD5, RIPEMD-160, self tests, debug, net_sockets (edgectl
 * has its own transport). */
#ifndef MBEDTLS_CONFIG_H
#define MBEDTLS_CONFIG_H

/* Platform */
#define MBEDTLS_HAVE_ASM
#define MBEDTLS_HAVE_TIME
#define MBEDTLS_HAVE_TIME_DATE

/* Elliptic curves: x25519 is what most servers pick for ECDHE; the NIST curves sign
 * certificates (P-384: e.g. Let's Encrypt's ECDSA chain). */
#define MBEDTLS_ECP_DP_SECP256R1_ENABLED
#define MBEDTLS_ECP_DP_SECP384R1_ENABLED
#define MBEDTLS_ECP_DP_SECP521R1_ENABLED
#define MBEDTLS_ECP_DP_CURVE25519_ENABLED
#define MBEDTLS_ECP_NIST_OPTIM
#define MBEDTLS_ECDH_LEGACY_CONTEXT

#define MBEDTLS_KEY_EXCHANGE_ECDHE_RSA_ENABLED
#define MBEDTLS_KEY_EXCHANGE_ECDHE_ECDSA_ENABLED

#define MBEDTLS_PKCS1_V15

/* TLS */
#define MBEDTLS_SSL_ALL_ALERT_MESSAGES
#define MBEDTLS_SSL_EXTENDED_MASTER_SECRET
/* The peer's certificate stays for the IP-address host check (src/img/tls.cpp). */
#define MBEDTLS_SSL_KEEP_PEER_CERTIFICATE
#define MBEDTLS_SSL_PROTO_TLS1_2
#define MBEDTLS_SSL_SERVER_NAME_INDICATION
#define MBEDTLS_X509_CHECK_KEY_USAGE
#define MBEDTLS_X509_CHECK_EXTENDED_KEY_USAGE

/* Modules */
#define MBEDTLS_AES_C
#define MBEDTLS_ASN1_PARSE_C
#define MBEDTLS_ASN1_WRITE_C
#define MBEDTLS_BASE64_C
#define MBEDTLS_BIGNUM_C
#define MBEDTLS_CHACHA20_C
#define MBEDTLS_CHACHAPOLY_C
#define MBEDTLS_CIPHER_C
#define MBEDTLS_CTR_DRBG_C
#define MBEDTLS_ECDH_C
#define MBEDTLS_ECDSA_C
#define MBEDTLS_ECP_C
#define MBEDTLS_ENTROPY_C
#define MBEDTLS_ERROR_C
#define MBEDTLS_GCM_C
#define MBEDTLS_MD_C
#define MBEDTLS_OID_C
#define MBEDTLS_PEM_PARSE_C
#define MBEDTLS_PK_C
#define MBEDTLS_PK_PARSE_C
#define MBEDTLS_POLY1305_C
#define MBEDTLS_RSA_C
#define MBEDTLS_SHA1_C
#define MBEDTLS_SHA256_C
#define MBEDTLS_SHA512_C
#define MBEDTLS_SSL_CLI_C
#define MBEDTLS_SSL_TLS_C
#define MBEDTLS_X509_USE_C
#define MBEDTLS_X509_CRT_PARSE_C

#include "mbedtls/check_config.h"

#endif /* MBEDTLS_CONFIG_H */
