// Helpers shared by the store_*.cpp files; not part of the store's API.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/fd.h"
#include "core/random.h"
#include "core/rfc3339.h"
#include "img/reader.h"
#include "img/store.h"

namespace ec::img::store_detail {

// flock on `path` (created 0600). wait=false: EWOULDBLOCK when held.
// Re-checks after locking that the path still names the locked inode, so
// gc may unlink lock files it holds without two owners appearing.
Result<Fd> lock_path(const std::string& path, bool exclusive, bool wait);

// The hex of a "sha256:<hex>" digest, the error naming `what` otherwise.
Result<std::string> hex_of(std::string_view digest, std::string_view what);
Status fsync_dir(const std::string& dir);
Status fsync_dirfd(int fd);
// Unix time this process started (to tell leftovers of earlier commands).
int64_t process_start();
// mtime of a path without following symlinks; -1 when missing.
int64_t mtime_of(const std::string& path);

// Layer meta.json <-> LayerInfo.
std::string layer_meta_json(const LayerInfo& l);
Result<LayerInfo> parse_layer_meta(std::string_view json, std::string_view what);

// What the images of the store reach.
struct Reach {
  std::set<std::string> blobs;   // digests: manifests, indexes, configs, kept layer blobs
  std::set<std::string> chains;  // chain ids, parents included
};
// strict: fail (rather than under-report, which would let gc delete what
// an image needs) when a named image's manifest or config cannot be read
// for another reason than being absent; lenient: skip it (reports).
Result<Reach> reachable(const Store& s, const std::vector<ImageRecord>& images, const std::vector<std::string>& keep,
                        bool strict);

// Replays a few sniffed bytes, then continues with the stream.
class PrefixReader : public Reader {
 public:
  PrefixReader(const unsigned char* p, size_t n, Reader& rest);
  Result<size_t> read(void* buf, size_t len) override;

 private:
  unsigned char buf_[8];
  size_t n_, pos_ = 0;
  Reader& rest_;
};

// Reads up to 6 bytes of `in` to tell its compression: true for gzip,
// false for none (a plain tar), an error naming zstd/xz/bzip2 (`what`:
// "layers", "archives"). `pre` then replays the bytes read.
Result<bool> sniff_gzip(Reader& in, std::unique_ptr<PrefixReader>* pre, const char* what);

// Make a layer invisible (rename to <hex>.tmp-gc-*) and delete it.
Status remove_layer_dir(const Store& s, const std::string& hex);

}  // namespace ec::img::store_detail
