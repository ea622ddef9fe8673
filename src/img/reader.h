// Byte-stream interface for the image pipeline. A pull chains readers
// (network -> DigestReader -> GunzipReader -> DigestReader -> TarReader) so
// a layer is verified and unpacked in one pass with bounded memory.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/sha256.h"

namespace ec::img {

// Buffer size every stage uses: large enough for throughput, small enough
// for a gateway.
constexpr size_t kIoBuffer = 64 * 1024;

class Reader {
 public:
  virtual ~Reader() = default;
  // Read up to len (> 0) bytes into buf. Returns 0 only at the end of the
  // stream; a short count is not an end.
  virtual Result<size_t> read(void* buf, size_t len) = 0;
};

// Read until len bytes or the end; returns the count (< len only at the end).
Result<size_t> read_full(Reader& r, void* buf, size_t len);
// Read and discard to the end; returns the number of bytes skipped.
Result<uint64_t> drain(Reader& r);

// Reads a file descriptor it does not own.
class FdReader : public Reader {
 public:
  explicit FdReader(int fd) : fd_(fd) {}
  Result<size_t> read(void* buf, size_t len) override;

 private:
  int fd_;
};

// Reads a caller-owned memory buffer (tests, small blobs).
class MemReader : public Reader {
 public:
  explicit MemReader(std::string_view data) : data_(data) {}
  Result<size_t> read(void* buf, size_t len) override;

 private:
  std::string_view data_;
};

// Passes bytes through while hashing and counting them.
class DigestReader : public Reader {
 public:
  explicit DigestReader(Reader& in) : in_(in) {}
  Result<size_t> read(void* buf, size_t len) override;
  uint64_t count() const { return count_; }
  // "sha256:<hex>" of everything read so far; call once, at the end.
  std::string digest() { return hash_.finish_digest(); }

 private:
  Reader& in_;
  Sha256 hash_;
  uint64_t count_ = 0;
};

}  // namespace ec::img
