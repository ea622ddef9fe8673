#include "img/reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace ec::img {

Result<size_t> read_full(Reader& r, void* buf, size_t len) {
  size_t got = 0;
  while (got < len) {
    EC_ASSIGN(size_t n, r.read(static_cast<char*>(buf) + got, len - got));
    if (n == 0) break;
    got += n;
  }
  return got;
}

Result<uint64_t> drain(Reader& r) {
  std::unique_ptr<char[]> buf(new char[kIoBuffer]);
  uint64_t total = 0;
  while (true) {
    EC_ASSIGN(size_t n, r.read(buf.get(), kIoBuffer));
    if (n == 0) return total;
    total += n;
  }
}

Result<size_t> FdReader::read(void* buf, size_t len) {
  while (true) {
    ssize_t n = ::read(fd_, buf, len);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR) return sys_error("read");
  }
}

Result<size_t> MemReader::read(void* buf, size_t len) {
  size_t n = len < data_.size() ? len : data_.size();
  if (n) memcpy(buf, data_.data(), n);
  data_.remove_prefix(n);
  return n;
}

Result<size_t> DigestReader::read(void* buf, size_t len) {
  EC_ASSIGN(size_t n, in_.read(buf, len));
  hash_.update(buf, n);
  count_ += n;
  return n;
}

}  // namespace ec::img
