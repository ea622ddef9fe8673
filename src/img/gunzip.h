// Streaming gzip decoder (zlib inflate) with limits against gzip bombs.
// Accepts multi-member streams (pigz, concatenated gzip) like gzip(1) and
// Go's compress/gzip; bytes after the last member that are not another gzip
// member are an error ("trailing garbage"), as in Go, which produced most
// layers.
#pragma once
#include <cstdint>
#include <memory>

#include "img/reader.h"

namespace ec::img {

struct GunzipLimits {
  // Most decompressed bytes accepted; 0 = no limit. Callers that know the
  // free space of the store should lower it.
  uint64_t max_output = 8ull << 30;
  // Most decompressed bytes per compressed byte; 0 = no limit. Deflate tops
  // out near 1032:1, so this is a policy knob: a layer holding mostly a huge
  // zero-filled file may need it raised.
  uint64_t max_ratio = 512;
  // The ratio is only enforced past this much output, so small, highly
  // compressible layers (text, empty files) pass.
  uint64_t ratio_grace = 64ull << 20;
};

class GunzipReader : public Reader {
 public:
  explicit GunzipReader(Reader& in, GunzipLimits limits = {});
  ~GunzipReader() override;
  GunzipReader(const GunzipReader&) = delete;
  GunzipReader& operator=(const GunzipReader&) = delete;

  // Errors read "gzip: ...", e.g. "gzip: decompressed size exceeds limit
  // of 1048576 bytes".
  Result<size_t> read(void* buf, size_t len) override;
  uint64_t compressed_bytes() const;    // consumed from the input so far
  uint64_t decompressed_bytes() const;  // produced so far
  int members() const;                  // gzip members finished so far

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ec::img
