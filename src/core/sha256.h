// Streaming SHA-256 (mbedTLS underneath) and OCI digest helpers.
// A digest string is "sha256:<64 lowercase hex>", as content-addressed
// stores and registries use it.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace ec {

class Sha256 {
 public:
  static constexpr size_t kSize = 32;
  Sha256();
  ~Sha256();
  Sha256(const Sha256& o);
  Sha256& operator=(const Sha256& o);

  void update(const void* data, size_t len);
  void update(std::string_view s) { update(s.data(), s.size()); }
  // Finish and restart: the object is ready for a new message afterwards.
  std::array<uint8_t, kSize> finish();
  // finish() as lowercase hex, or as "sha256:<hex>".
  std::string finish_hex();
  std::string finish_digest();

 private:
  // The mbedTLS context lives here so the header needs no mbedTLS include;
  // sha256.cpp checks at compile time that it fits.
  alignas(8) unsigned char ctx_[128];
};

// Lowercase hex of bytes.
std::string hex_encode(const void* data, size_t len);
// One-shot helpers.
std::string sha256_hex(std::string_view data);
std::string sha256_digest(std::string_view data);  // "sha256:<hex>"

// True for exactly 64 lowercase hex characters.
bool is_sha256_hex(std::string_view s);
// Validate "sha256:<64 lowercase hex>" and return the hex part. Other
// algorithms (sha512, ...) are well-formed OCI digests but unsupported here,
// and say so.
Result<std::string> parse_sha256_digest(std::string_view digest);

}  // namespace ec
