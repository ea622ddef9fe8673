#include "core/sha256.h"

#include <mbedtls/sha256.h>
#include <mbedtls/version.h>

#include <new>

namespace ec {

// mbedTLS 3 dropped the *_ret suffix (and the void variants).
#if MBEDTLS_VERSION_MAJOR >= 3
#define EC_SHA256_STARTS mbedtls_sha256_starts
#define EC_SHA256_UPDATE mbedtls_sha256_update
#define EC_SHA256_FINISH mbedtls_sha256_finish
#else
#define EC_SHA256_STARTS mbedtls_sha256_starts_ret
#define EC_SHA256_UPDATE mbedtls_sha256_update_ret
#define EC_SHA256_FINISH mbedtls_sha256_finish_ret
#endif

namespace {
static_assert(sizeof(mbedtls_sha256_context) <= 128, "grow Sha256::ctx_");
static_assert(alignof(mbedtls_sha256_context) <= 8, "align Sha256::ctx_");

mbedtls_sha256_context* C(unsigned char* p) { return reinterpret_cast<mbedtls_sha256_context*>(p); }
}  // namespace

// The software implementation cannot fail, so the int results are ignored.
Sha256::Sha256() {
  new (ctx_) mbedtls_sha256_context;
  mbedtls_sha256_init(C(ctx_));
  (void)EC_SHA256_STARTS(C(ctx_), 0);
}

Sha256::~Sha256() { mbedtls_sha256_free(C(ctx_)); }

Sha256::Sha256(const Sha256& o) {
  new (ctx_) mbedtls_sha256_context;
  mbedtls_sha256_init(C(ctx_));
  mbedtls_sha256_clone(C(ctx_), reinterpret_cast<const mbedtls_sha256_context*>(o.ctx_));
}

Sha256& Sha256::operator=(const Sha256& o) {
  if (this != &o) mbedtls_sha256_clone(C(ctx_), reinterpret_cast<const mbedtls_sha256_context*>(o.ctx_));
  return *this;
}

void Sha256::update(const void* data, size_t len) {
  if (len) (void)EC_SHA256_UPDATE(C(ctx_), static_cast<const unsigned char*>(data), len);
}

std::array<uint8_t, Sha256::kSize> Sha256::finish() {
  std::array<uint8_t, kSize> out{};
  (void)EC_SHA256_FINISH(C(ctx_), out.data());
  (void)EC_SHA256_STARTS(C(ctx_), 0);
  return out;
}

std::string Sha256::finish_hex() {
  auto d = finish();
  return hex_encode(d.data(), d.size());
}

std::string Sha256::finish_digest() { return "sha256:" + finish_hex(); }

std::string hex_encode(const void* data, size_t len) {
  static const char kHex[] = "0123456789abcdef";
  const auto* p = static_cast<const uint8_t*>(data);
  std::string out(len * 2, '\0');
  for (size_t i = 0; i < len; i++) {
    out[2 * i] = kHex[p[i] >> 4];
    out[2 * i + 1] = kHex[p[i] & 15];
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  Sha256 h;
  h.update(data);
  return h.finish_hex();
}

std::string sha256_digest(std::string_view data) { return "sha256:" + sha256_hex(data); }

bool is_sha256_hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

Result<std::string> parse_sha256_digest(std::string_view d) {
  size_t colon = d.find(':');
  if (colon == std::string_view::npos || colon == 0)
    return make_error(strf("invalid digest \"%.*s\": want <algorithm>:<hex>", (int)d.size(), d.data()));
  std::string_view algo = d.substr(0, colon), hex = d.substr(colon + 1);
  if (algo != "sha256")
    return make_error(strf("unsupported digest algorithm \"%.*s\" in \"%.*s\"", (int)algo.size(), algo.data(),
                           (int)d.size(), d.data()));
  if (!is_sha256_hex(hex))
    return make_error(strf("invalid digest \"%.*s\": want 64 lowercase hex characters", (int)d.size(), d.data()));
  return std::string(hex);
}

}  // namespace ec
