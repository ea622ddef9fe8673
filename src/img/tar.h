// Streaming tar reader: ustar/POSIX, GNU ('L'/'K' long names, base-256
// numbers) and PAX ('x' per entry, 'g' global). It reads exactly the bytes
// it needs from the underlying Reader, never more, so after the end of the
// archive the caller can drain the rest of the stream (for its digest).
//
// Hostile input is expected: checksums are verified, numeric fields are
// parsed strictly, special headers are size-limited before they are read,
// and a stream that ends early is an error, never a short archive.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "img/reader.h"

namespace ec::img {

// Tar's unit: headers and data padding come in 512-byte blocks.
constexpr size_t kTarBlock = 512;

enum class TarType { File, Dir, Symlink, Hardlink, CharDev, BlockDev, Fifo, Other };

struct TarEntry {
  TarType type = TarType::File;
  char typeflag = '0';  // raw flag, e.g. 'S' for an unsupported Other entry
  std::string name;      // as in the archive after PAX/GNU overrides (not cleaned)
  std::string linkname;  // symlink target or hardlink source
  uint32_t mode = 0;     // permission bits incl. setuid/setgid/sticky (07777)
  uint32_t uid = 0, gid = 0;
  std::string uname, gname;
  int64_t size = 0;  // data bytes; 0 for header-only types
  int64_t mtime_sec = 0;
  uint32_t mtime_nsec = 0;
  uint32_t devmajor = 0, devminor = 0;
  std::vector<std::pair<std::string, std::string>> xattrs;  // SCHILY.xattr.*
};

struct TarLimits {
  // Largest PAX extended header ('x' or 'g') data accepted.
  uint64_t max_pax = 1 << 20;
  // Largest GNU long name / long link ('L' / 'K') data accepted.
  uint64_t max_long_name = 64 << 10;
  // Accept a stream that ends right after an entry without the end-of-
  // archive zero blocks. Off: such a stream is reported as truncated.
  bool allow_missing_eof = false;
};

class TarReader {
 public:
  explicit TarReader(Reader& in, TarLimits limits = {});

  // Advance to the next entry, skipping unread data of the current one.
  // Returns false at the end of the archive.
  Result<bool> next(TarEntry* out);
  // Read data of the current entry; 0 at its end. Errors name the entry.
  Result<size_t> read(void* buf, size_t len);
  // Bytes of the archive consumed so far.
  uint64_t offset() const { return offset_; }

 private:
  Status read_block(unsigned char* blk, const char* what);
  Status skip(uint64_t n, const char* what);
  Result<std::string> read_special(int64_t size, uint64_t limit, const char* what);

  Reader& in_;
  TarLimits lim_;
  uint64_t offset_ = 0;
  uint64_t remaining_ = 0;  // data bytes left in the current entry
  uint64_t padding_ = 0;    // padding after them
  bool end_ = false;
  std::string cur_name_;
  std::vector<std::pair<std::string, std::string>> global_;  // from 'g' headers
  std::unique_ptr<char[]> scratch_;                          // for skipping data
};

// Parse a numeric header field: octal (space/NUL padded) or base-256
// (first byte 0x80 positive, 0xff negative). Exposed for tests.
Result<int64_t> tar_parse_number(const char* field, size_t len);

}  // namespace ec::img
