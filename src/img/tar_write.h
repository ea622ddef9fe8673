// Tar writing: a streaming ustar writer with PAX extended headers (long
// names and link targets, xattrs, big numbers, sub-second mtimes), and a
// deterministic "layer tar" of a directory tree for image export.
#pragma once
#include <cstdint>
#include <string>

#include "core/error.h"
#include "core/sha256.h"
#include "img/tar.h"

namespace ec::img {

// Byte sink (the counterpart of Reader).
class Writer {
 public:
  virtual ~Writer() = default;
  virtual Status write(const void* data, size_t len) = 0;
};

// Writes to a file descriptor it does not own.
class FdWriter : public Writer {
 public:
  explicit FdWriter(int fd) : fd_(fd) {}
  Status write(const void* data, size_t len) override;

 private:
  int fd_;
};

// Appends to a caller-owned string (tests, small documents).
class StringWriter : public Writer {
 public:
  explicit StringWriter(std::string& out) : out_(out) {}
  Status write(const void* data, size_t len) override;

 private:
  std::string& out_;
};

// Hashes and counts bytes, then passes them on (next may be null: measure only).
class DigestWriter : public Writer {
 public:
  explicit DigestWriter(Writer* next = nullptr) : next_(next) {}
  Status write(const void* data, size_t len) override;
  uint64_t count() const { return count_; }
  std::string digest() { return hash_.finish_digest(); }  // once, at the end

 private:
  Writer* next_;
  Sha256 hash_;
  uint64_t count_ = 0;
};

// ustar headers, with a PAX 'x' header first when a value does not fit:
// names/link targets over 100 bytes, uid/gid over 2097151, sizes of 8 GiB
// and more, mtimes before 1970 / after 2242 or with nanoseconds, user and
// group names over 32 bytes, and every xattr (SCHILY.xattr.<name>).
class TarWriter {
 public:
  explicit TarWriter(Writer& out) : out_(out) {}
  // Start an entry. A File entry must then get exactly e.size bytes via
  // write_data(); other types carry no data. e.typeflag is ignored (derived
  // from e.type); xattrs are written in the given order.
  Status add(const TarEntry& e);
  Status write_data(const void* data, size_t len);
  // End of archive: checks the last entry is complete, writes two zero blocks.
  Status finish();
  uint64_t bytes() const { return bytes_; }

 private:
  Status emit(const void* data, size_t len);
  Status close_entry();

  Writer& out_;
  uint64_t bytes_ = 0;
  uint64_t remaining_ = 0, padding_ = 0;
  std::string name_;  // current entry, for messages
};

struct LayerTarOptions {
  // The opaque-directory marker to read: trusted.overlay.opaque, or
  // user.overlay.opaque for trees unpacked for userxattr overlays.
  bool overlay_userxattr = false;
};

// Write the tree below dirfd (an unpacked layer's diff/) as a layer tar:
// entries sorted by name at each level, names relative without "./",
// directories with a trailing "/", hardlinks for files seen before (by
// inode), overlay whiteouts (0:0 char devices) as ".wh.NAME" files and
// opaque directories (trusted.overlay.opaque=y) followed by a
// ".wh..wh..opq" entry; overlay xattrs are never exported; sockets are
// skipped; uname/gname are left empty. The same tree always gives the same
// bytes. Symlinks are never followed; O(1) descriptors whatever the depth.
Status write_layer_tar(int dirfd, TarWriter& tar, const LayerTarOptions& opt = {});

}  // namespace ec::img
