// The image store: content-addressed blobs, unpacked layers keyed by chain
// id, resumable partial downloads, and the table of image names.
//
// Layout under the root (default /var/lib/edgectl, passed in by the caller):
//
//   blobs/sha256/<hex>        manifests, indexes, configs (and compressed
//                             layer blobs only when a caller keeps them);
//                             written only after their digest is verified,
//                             durably (temp file + fsync + rename + fsync dir)
//   layers/<chain-hex>/       one unpacked layer, immutable once visible:
//     diff/                   the tree, overlay form (whiteouts are 0:0 char
//                             devices, opaque dirs carry trusted.overlay.opaque)
//     meta.json               {"chain_id","diff_id","parent","size","compressed_size","created"}
//   layers/<chain-hex>.tmp-<random>/
//                             a layer being built; renamed to its final name
//                             only when diff/ is synced, both digests are
//                             verified and meta.json is written
//   ingest/<hex>.partial      a partial download of blob sha256:<hex>
//   ingest/<hex>.json         {"digest","offset","total","started","updated"}:
//                             offset = bytes known synced to the .partial
//   images.json               {"version":1,"images":{"<ref>":{record}}}
//   locks/                    flock files: images.lock (images.json writers),
//                             gc.lock (leases vs gc), layer-<hex>.lock,
//                             ingest-<hex>.lock
//   tmp/                      scratch space (archive extraction)
//
// Concurrency: any number of processes may use one store. Writers of
// images.json hold locks/images.lock exclusively; readers see whole files
// (atomic rename). Building a layer holds locks/layer-<hex>.lock, so the
// same layer is unpacked once and a second builder (process or thread)
// then finds it. gc() holds locks/gc.lock exclusively; ingest_layer()
// holds a shared lease on it while it builds. Content added belongs to no
// image until it is recorded: hold a lease() from the first blob or layer
// of a pull/load until record_image() so gc cannot delete it in between
// (and never call gc() while holding one: it would wait for itself).
//
// Crash safety: nothing becomes visible before it is complete and synced;
// what an interrupted command leaves (.tmp-* dirs, *.tmp.* files) is
// ignored by readers and removed by a later gc(); its partial downloads are
// resumed by the next pull, or removed by gc() once a day old.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/fd.h"
#include "core/function_ref.h"
#include "img/gunzip.h"
#include "img/image_config.h"
#include "img/manifest.h"
#include "img/reader.h"
#include "img/unpack.h"

namespace ec::img {

inline constexpr const char* kDefaultStoreRoot = "/var/lib/edgectl";

struct StoreOptions {
  // How layers are unpacked (load/import and ingest_layer without explicit
  // options). Whiteouts::Plain is lossy (whiteouts of lower layers are
  // dropped): it exists for unprivileged tests; real stores use Overlay.
  UnpackOptions unpack;
  GunzipLimits gunzip;
};

// One name in images.json. The key is the normalised reference
// ("docker.io/library/busybox:latest", or name@sha256:... when pulled by
// digest); an image without a name (loaded untagged) is keyed by its id.
struct ImageRecord {
  std::string ref;       // canonical reference; empty for an untagged image
  std::string manifest;  // digest of the image manifest (blobs/)
  std::string index;     // digest of the index it was chosen from, or ""
  std::string config;    // digest of the config: the image id
  std::string platform;  // "linux/arm/v7"
  std::string created;   // from the config (RFC 3339), may be empty
  uint64_t size = 0;     // sum of its layers' sizes (uncompressed)
  std::string tagged;    // when this name was set (RFC 3339)
};

struct LayerInfo {
  std::string chain_id, diff_id, parent;  // parent chain id, "" for a base layer
  uint64_t size = 0;                      // bytes of the uncompressed tar
  uint64_t compressed_size = 0;           // bytes of the blob as ingested
  std::string created;
};

// What ingest_layer should expect of a layer stream.
enum class LayerCompression { Auto, None, Gzip };  // Auto: sniff the gzip magic
struct LayerSpec {
  std::string blob_digest;  // digest of the stream as given; "" = not checked (archives)
  int64_t blob_size = -1;   // its size; -1 = not checked
  std::string diff_id;      // digest of the uncompressed tar; "" = computed (import)
  std::string parent;       // parent chain id; "" for the base layer
  std::string chain_id;     // "" = computed from parent and diff_id (checked when given)
  LayerCompression compression = LayerCompression::Auto;
};
struct LayerResult {
  std::string chain_id, diff_id;
  bool existed = false;  // already in the store: the stream was not read
  uint64_t size = 0;
};
inline LayerCompression to_layer_compression(Compression c) {
  return c == Compression::Gzip ? LayerCompression::Gzip : LayerCompression::None;
}

class Store;

// A partial download of one blob, locked by this object (a second opener
// of the same digest waits). Resume protocol:
//   auto in = store.open_ingest(digest, size);       // offset() bytes kept
//   GET with "Range: bytes=<offset()>-" (or from 0 if the server ignores it:
//   call restart() first), feed the body with append() or through reader().
//   commit() verifies the sha256 of the whole blob and moves it to blobs/;
//   a mismatch deletes the partial (it cannot be resumed into a valid blob).
// Bytes are trusted across a crash only up to the last checkpoint() (which
// reader() does every few MiB, and the destructor does too).
class Ingest {
 public:
  Ingest(Ingest&&) noexcept;
  Ingest& operator=(Ingest&&) noexcept;
  ~Ingest();

  const std::string& digest() const { return digest_; }
  uint64_t offset() const { return offset_; }
  int64_t total() const { return total_; }  // -1 when unknown

  Status append(const void* data, size_t len);
  // fdatasync the partial and record the offset in <hex>.json.
  Status checkpoint();
  // Drop what is on disk (the server did not honour the Range request).
  Status restart();
  // A Reader that yields the bytes already on disk, then the bytes of
  // `upstream` while appending them here (checkpointing every 4 MiB): feed
  // it to ingest_layer to unpack while downloading, across resumes.
  std::unique_ptr<Reader> reader(Reader& upstream);
  // Verify size and digest of the whole partial, then move it to
  // blobs/sha256/<hex>. Mismatch: "blob sha256:..: digest mismatch (got
  // sha256:.., want sha256:..)" (EBADMSG) and the partial is deleted;
  // incomplete (fewer bytes than total): EAGAIN, the partial is kept.
  Status commit();
  // Delete the partial and its record (done, or not worth keeping).
  Status discard();

 private:
  friend class Store;
  Ingest() = default;
  std::string dir_, blobs_, digest_, hex_, started_;  // dir_: ingest/, blobs_: blobs/sha256
  Fd fd_, lock_;
  uint64_t offset_ = 0, synced_ = 0;
  int64_t total_ = -1;
};

struct IngestInfo {
  std::string digest;
  uint64_t offset = 0;  // synced bytes
  int64_t total = -1;
  std::string started, updated;
};

// Shared hold on the store's content against gc(); released on destruction.
class Lease {
 public:
  Lease(Lease&&) = default;
  Lease& operator=(Lease&&) = default;

 private:
  friend class Store;
  explicit Lease(Fd fd) : fd_(std::move(fd)) {}
  Fd fd_;
};

// How long gc() keeps an unlocked partial download after its record was
// last updated (by the pull writing it): a day covers a pull killed by a
// power cut or an uplink down overnight; after that the bytes are more
// likely garbage than progress, and flash is small.
inline constexpr int64_t kPartialKeepSeconds = 24 * 60 * 60;

struct GcOptions {
  // Chain ids to keep although no image names them (layers of containers
  // whose image was removed).
  std::vector<std::string> keep_layers;
  bool dry_run = false;
};
struct GcReport {
  std::vector<std::string> removed_layers;  // chain ids
  std::vector<std::string> removed_blobs;   // digests
  std::vector<std::string> removed_temp;    // store-relative paths of leftovers
  uint64_t bytes_freed = 0;
};

struct CheckReport {
  std::vector<std::string> problems;  // one line each, naming the thing
  std::vector<std::string> repaired;  // what repair did
  bool ok() const { return problems.empty(); }
};

struct DiskUsage {
  size_t images = 0;  // distinct image ids
  size_t names = 0;   // entries of images.json
  size_t layers = 0;
  uint64_t layers_bytes = 0;
  size_t blobs = 0;
  uint64_t blobs_bytes = 0;
  size_t reclaimable_layers = 0, reclaimable_blobs = 0;
  uint64_t reclaimable_bytes = 0;  // what gc() would free (layers + blobs)
  size_t partials = 0;
  uint64_t partial_bytes = 0;  // ingest/ and leftovers
};

class Store {
 public:
  // Create the layout if needed (directories 0700) and return a handle; no
  // long-lived locks are taken.
  static Result<Store> open(const std::string& root, StoreOptions opts = {});

  const std::string& root() const { return root_; }
  const StoreOptions& options() const { return opts_; }
  Result<Lease> lease() const;

  // --- blobs (content-addressed, small metadata documents) --------------
  bool has_blob(std::string_view digest) const;
  std::string blob_path(std::string_view digest) const;  // "" for an invalid digest
  // Verify sha256(data) == digest (else EBADMSG), then write durably.
  // Existing: no-op.
  Status put_blob(std::string_view data, std::string_view digest);
  // Read and verify; a corrupt blob is an error naming both digests.
  Result<std::string> read_blob(std::string_view digest) const;
  Status remove_blob(std::string_view digest);

  // --- partial downloads ---------------------------------------------------
  // total: the descriptor's size, or -1. A partial recorded with another
  // total is restarted from 0.
  Result<Ingest> open_ingest(std::string_view digest, int64_t total);
  Result<std::vector<IngestInfo>> list_ingests() const;

  // --- layers --------------------------------------------------------------
  bool layer_exists(std::string_view chain_id) const;
  Result<LayerInfo> layer_info(std::string_view chain_id) const;
  std::string layer_dir(std::string_view chain_id) const;   // layers/<hex>
  std::string layer_diff(std::string_view chain_id) const;  // layers/<hex>/diff
  // stream -> sha256 (blob) -> gunzip (if compressed) -> sha256 (diff_id)
  // -> unpack into layers/<chain>.tmp-*, drain the stream, verify both
  // digests, write meta.json, rename into place, fsync layers/. On any
  // error nothing is left behind; a mismatch reads
  //   "layer sha256:<blob>: digest mismatch (got sha256:.., want sha256:..)"
  //   "layer sha256:<blob>: diff_id mismatch (got sha256:.., want sha256:..)"
  // Digest and size mismatches carry the code EBADMSG (the bytes are bad:
  // don't resume them). If the layer exists (maybe after waiting for
  // another process or thread building it), returns existed=true without
  // reading the stream. Safe to call from several threads at once.
  Result<LayerResult> ingest_layer(Reader& stream, const LayerSpec& spec) const;
  Result<LayerResult> ingest_layer(Reader& stream, const LayerSpec& spec, const StoreOptions& opt) const;

  // --- images ----------------------------------------------------------------
  // Record `ref` (any form parse_reference accepts; "" = untagged) for the
  // image whose manifest blob is `manifest_digest`: the manifest and config
  // blobs and every layer must be in the store. Replaces an existing name.
  Result<ImageRecord> record_image(std::string_view ref, std::string_view manifest_digest,
                                   std::string_view index_digest = {});
  // Find an image by reference ("busybox", "alpine@sha256:.."), by id
  // ("sha256:<hex>") or by a unique id prefix (>= 4 hex). ENOENT: "no such
  // image: busybox".
  Result<ImageRecord> resolve(std::string_view ref_or_id) const;
  // Add the name `target` (must carry a tag, not a digest) to an image.
  Result<ImageRecord> tag(std::string_view source, std::string_view target);
  // Remove one name; ENOENT when it does not exist.
  Status untag(std::string_view ref);
  // rmi: a reference removes that name; an id removes every name of the
  // image (several names need `force`). Layers and blobs stay until gc().
  // Returns the names removed.
  Result<std::vector<std::string>> remove_image(std::string_view ref_or_id, bool force = false);
  Result<std::vector<ImageRecord>> list_images() const;  // sorted by ref

  // Helpers for the consumers of an image.
  Result<Manifest> image_manifest(const ImageRecord& r) const;
  Result<ImageConfig> image_config(const ImageRecord& r) const;
  // Chain ids, bottom first.
  Result<std::vector<std::string>> image_layers(const ImageRecord& r) const;

  // --- maintenance ---------------------------------------------------------
  // Delete layers and blobs no image reaches (configs' chains, layers'
  // parents, manifests, indexes), plus leftovers of interrupted commands
  // (.tmp-* dirs, temp files, scratch dirs) that are older than this
  // process or provably ownerless (their lock is free). Unlocked partial
  // downloads are kept while their record (ingest/<hex>.json) is younger
  // than kPartialKeepSeconds, so `rmi`/`image prune` after a killed pull do
  // not throw away what the next pull resumes; older ones, records without
  // a partial and partials without a record go. Waits for leases to end.
  Result<GcReport> gc(const GcOptions& opt = {});
  // Verify every blob's digest, each layer's meta.json and diff/, and that
  // each image's blobs and layers are present. With repair: corrupt blobs
  // and broken layers are deleted, images missing content are removed
  // (pull them again).
  Result<CheckReport> check(bool repair);
  Result<DiskUsage> disk_usage() const;

  // For the modules built on the store (archive load/save).
  std::string path(std::string_view rel) const;  // root + "/" + rel
  Result<Fd> lock(const std::string& name, bool exclusive) const;  // locks/<name>

 private:
  friend class Ingest;
  Store(std::string root, StoreOptions opts) : root_(std::move(root)), opts_(std::move(opts)) {}
  Status update_images(FnRef<Status(std::vector<ImageRecord>&)> fn);
  Result<std::vector<ImageRecord>> load_images() const;

  std::string root_;
  StoreOptions opts_;
};

}  // namespace ec::img
