// Building a layer: verify and unpack a layer stream into layers/<chain>/.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/log.h"
#include "core/sha256.h"
#include "img/gunzip.h"
#include "img/store.h"
#include "img/store_internal.h"

namespace ec::img {

using namespace store_detail;

namespace {

class CountReader : public Reader {
 public:
  explicit CountReader(Reader& in) : in_(in) {}
  Result<size_t> read(void* buf, size_t len) override {
    EC_ASSIGN(size_t n, in_.read(buf, len));
    count_ += n;
    return n;
  }
  uint64_t count() const { return count_; }

 private:
  Reader& in_;
  uint64_t count_ = 0;
};

struct Built {
  std::string diff_id;
  uint64_t size = 0, compressed = 0;
};

// Unpack into the existing empty directory `diff` and verify the blob
// digest/size; the diff_id is returned for the caller to check.
Result<Built> build_tree(Reader& stream, int diff, const LayerSpec& spec, const StoreOptions& opt) {
  DigestReader blob(stream);
  Reader* src = &blob;
  bool gzip = spec.compression == LayerCompression::Gzip;
  std::unique_ptr<PrefixReader> pre;
  if (spec.compression == LayerCompression::Auto) {
    EC_ASSIGN(gzip, sniff_gzip(blob, &pre, "layers"));
    src = pre.get();
  }
  std::unique_ptr<GunzipReader> gz;
  if (gzip) {
    gz = std::make_unique<GunzipReader>(*src, opt.gunzip);
    src = gz.get();
  }
  CountReader tar(*src);
  Built b;
  EC_ASSIGN(b.diff_id, unpack_tar(tar, diff, opt.unpack));
  b.size = tar.count();
  // The blob digest covers every byte, including any after the gzip/tar end.
  EC_TRYC(drain(blob), "read to the end of the layer");
  b.compressed = blob.count();
  std::string got = blob.digest();
  if (!spec.blob_digest.empty() && got != spec.blob_digest)
    return make_error("digest mismatch (got " + got + ", want " + spec.blob_digest + ")", EBADMSG);
  if (spec.blob_size >= 0 && b.compressed != static_cast<uint64_t>(spec.blob_size))
    return make_error(strf("size mismatch (got %llu bytes, want %lld)", (unsigned long long)b.compressed,
                           (long long)spec.blob_size),
                      EBADMSG);
  return b;
}

}  // namespace

Result<LayerResult> Store::ingest_layer(Reader& stream, const LayerSpec& spec) const {
  return ingest_layer(stream, spec, opts_);
}

Result<LayerResult> Store::ingest_layer(Reader& stream, const LayerSpec& spec, const StoreOptions& opt) const {
  std::string name = !spec.blob_digest.empty() ? spec.blob_digest : !spec.diff_id.empty() ? spec.diff_id : "(new)";
  if (!spec.blob_digest.empty()) EC_TRY(hex_of(spec.blob_digest, "layer blob digest"));
  if (!spec.diff_id.empty()) EC_TRY(hex_of(spec.diff_id, "layer " + name + ": diff_id"));
  if (!spec.parent.empty()) EC_TRY(hex_of(spec.parent, "layer " + name + ": parent chain id"));
  if (!spec.chain_id.empty()) EC_TRY(hex_of(spec.chain_id, "layer " + name + ": chain id"));
  if (!spec.chain_id.empty() && !spec.diff_id.empty() && spec.chain_id != chain_id(spec.parent, spec.diff_id))
    return make_error("layer " + name + ": chain id " + spec.chain_id + " does not follow from parent \"" +
                      spec.parent + "\" and diff_id " + spec.diff_id);

  // gc never runs while a layer is being built, whoever the caller is.
  EC_ASSIGN(Lease lease, this->lease());
  LayerResult res;
  Fd chain_lock;
  if (!spec.diff_id.empty()) {
    res.diff_id = spec.diff_id;
    res.chain_id = chain_id(spec.parent, spec.diff_id);
    // One builder per layer; a waiter then finds it done.
    EC_ASSIGN(chain_lock, lock("layer-" + res.chain_id.substr(7) + ".lock", true));
    if (layer_exists(res.chain_id)) {
      res.existed = true;
      if (auto info = layer_info(res.chain_id)) res.size = info->size;
      return res;
    }
  }

  std::string layers = path("layers");
  Fd ldir(::open(layers.c_str(), kDirNoFollow));
  if (!ldir) return sys_error("open " + layers);
  std::string prefix = res.chain_id.empty() ? std::string("new") : res.chain_id.substr(7);
  std::string tmp = prefix + ".tmp-" + random_hex(8);
  if (::mkdirat(ldir.get(), tmp.c_str(), 0700) < 0) return sys_error("mkdir layers/" + tmp);
  auto cleanup = [&] {
    if (auto r = remove_tree_at(ldir.get(), tmp); !r)
      logf(LogLevel::Warn, "cleanup of layers/%s: %s", tmp.c_str(), r.error().msg.c_str());
  };
  auto fail = [&](Error e) {
    cleanup();
    return e;
  };
  Fd tdir(::openat(ldir.get(), tmp.c_str(), kDirNoFollow));
  if (!tdir) return fail(sys_error("open layers/" + tmp));
  if (::mkdirat(tdir.get(), "diff", 0755) < 0) return fail(sys_error("mkdir layers/" + tmp + "/diff"));
  Fd diff(::openat(tdir.get(), "diff", kDirNoFollow));
  if (!diff) return fail(sys_error("open layers/" + tmp + "/diff"));
  ::fchmod(diff.get(), 0755);  // independent of the umask

  auto built = build_tree(stream, diff.get(), spec, opt);
  if (!built) return fail(std::move(built).error().context(name == "(new)" ? "layer" : "layer " + name));
  diff.reset();
  if (!spec.diff_id.empty() && built->diff_id != spec.diff_id)
    return fail(make_error("layer " + name + ": diff_id mismatch (got " + built->diff_id + ", want " + spec.diff_id + ")",
                           EBADMSG));
  if (spec.diff_id.empty()) {
    res.diff_id = built->diff_id;
    res.chain_id = chain_id(spec.parent, res.diff_id);
    if (!spec.chain_id.empty() && spec.chain_id != res.chain_id)
      return fail(make_error("layer " + name + ": chain id mismatch (got " + res.chain_id + ", want " +
                             spec.chain_id + ")", EBADMSG));
    auto l = lock("layer-" + res.chain_id.substr(7) + ".lock", true);
    if (!l) return fail(std::move(l).error());
    chain_lock = std::move(*l);
    if (layer_exists(res.chain_id)) {
      cleanup();
      res.existed = true;
      res.size = built->size;
      return res;
    }
  }

  LayerInfo meta;
  meta.chain_id = res.chain_id;
  meta.diff_id = res.diff_id;
  meta.parent = spec.parent;
  meta.size = built->size;
  meta.compressed_size = built->compressed;
  meta.created = now_rfc3339();
  // Durable: fsyncs meta.json and the temp dir holding it.
  if (auto r = write_file_atomic(layers + "/" + tmp + "/meta.json", layer_meta_json(meta), 0644); !r)
    return fail(std::move(r).error());
  std::string hex = res.chain_id.substr(7);
  if (::renameat(ldir.get(), tmp.c_str(), ldir.get(), hex.c_str()) < 0) {
    int err = errno;
    if (err == EEXIST || err == ENOTEMPTY)
      return fail(make_error("layer " + res.chain_id + ": layers/" + hex +
                                 " exists but is incomplete (no meta.json); run check with repair",
                             EEXIST));
    return fail(sys_error(err, "rename layers/" + tmp + " to layers/" + hex));
  }
  EC_TRYC(fsync_dirfd(ldir.get()), layers);
  res.size = built->size;
  return res;
}

}  // namespace ec::img
