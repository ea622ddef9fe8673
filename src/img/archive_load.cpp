// load of docker-archive / oci-archive, and import of a rootfs tarball.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <memory>

#include "core/fs.h"
#include "core/json.h"
#include "core/log.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "img/archive.h"
#include "img/gunzip.h"
#include "img/json_fields.h"
#include "img/reference.h"
#include "img/store_internal.h"
#include "img/tar.h"

namespace ec::img {

using namespace store_detail;

namespace {

constexpr size_t kMaxDoc = 16 << 20;  // manifest.json, index.json, configs, manifests
constexpr int kMaxLinkHops = 16;

// Archive member names, lexically: no leading "/" or "./", no "..".
Result<std::string> clean_name(std::string_view name) {
  std::vector<std::string> out;
  for (auto& c : split(name, '/', true)) {
    if (c == ".") continue;
    if (c == "..") {
      if (out.empty()) return make_error("archive member " + quote_untrusted(name) + " escapes the archive", EXDEV);
      out.pop_back();
      continue;
    }
    out.push_back(std::move(c));
  }
  return join(out, "/");
}

// The archive's regular files, extracted flat into a scratch directory
// that is removed on destruction.
class Extracted {
 public:
  ~Extracted() {
    if (!parent_) return;
    if (auto r = remove_tree_at(parent_.get(), name_); !r)
      logf(LogLevel::Warn, "load: cleanup of %s: %s", dir_.c_str(), r.error().msg.c_str());
  }

  Status extract(const Store& store, Reader& in, const LoadOptions& opt) {
    std::string tmp = store.path("tmp");
    parent_.reset(::open(tmp.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent_) return sys_error("open " + tmp);
    name_ = "load-" + random_hex(8);
    dir_ = tmp + "/" + name_;
    if (::mkdirat(parent_.get(), name_.c_str(), 0700) < 0) {
      parent_.reset();
      return sys_error("mkdir " + dir_);
    }
    dirfd_.reset(::openat(parent_.get(), name_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dirfd_) return sys_error("open " + dir_);

    std::unique_ptr<PrefixReader> pre;
    EC_ASSIGN(bool gzip, sniff_gzip(in, &pre, "archives"));
    Reader* src = pre.get();
    std::unique_ptr<GunzipReader> gz;
    if (gzip) {
      GunzipLimits lim;
      lim.max_output = opt.max_bytes ? opt.max_bytes + (64 << 20) : 0;  // tar headers on top of the data
      gz = std::make_unique<GunzipReader>(*src, lim);
      src = gz.get();
    }
    TarReader tar(*src);
    TarEntry e;
    uint64_t entries = 0, bytes = 0;
    std::unique_ptr<char[]> buf(new char[kIoBuffer]);
    while (true) {
      EC_ASSIGN(bool more, tar.next(&e));
      if (!more) break;
      if (opt.max_entries && ++entries > opt.max_entries)
        return make_error(strf("archive has more than %llu entries", (unsigned long long)opt.max_entries), EFBIG);
      EC_ASSIGN(std::string name, clean_name(e.name));
      if (name.empty()) continue;
      switch (e.type) {
        case TarType::File: {
          bytes += static_cast<uint64_t>(e.size);
          if (opt.max_bytes && bytes > opt.max_bytes)
            return make_error(strf("archive holds more than %llu bytes", (unsigned long long)opt.max_bytes), EFBIG);
          std::string file = "f" + std::to_string(entries);  // never the member's name
          Fd fd(::openat(dirfd_.get(), file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
          if (!fd) return sys_error("create " + dir_ + "/" + file);
          while (true) {
            EC_ASSIGN(size_t n, tar.read(buf.get(), kIoBuffer));
            if (n == 0) break;
            EC_TRYC(write_all(fd.get(), std::string_view(buf.get(), n)), "extract " + quote_untrusted(name));
          }
          files_[name] = file;
          links_.erase(name);
          break;
        }
        case TarType::Symlink:
        case TarType::Hardlink: {
          // Resolved by name inside the archive, never on disk; a target
          // outside the archive names nothing (looking it up fails).
          std::string target = e.linkname;
          if (e.type == TarType::Symlink && !starts_with(target, "/") && name.rfind('/') != std::string::npos)
            target = name.substr(0, name.rfind('/') + 1) + target;
          files_.erase(name);
          links_.erase(name);
          if (auto t = clean_name(target); t && !t->empty()) links_[name] = *t;
          break;
        }
        default: break;  // directories and anything else carry nothing we read
      }
    }
    return {};
  }

  bool has(std::string_view name) const {
    auto c = clean_name(name);
    return c && (files_.count(*c) || links_.count(*c));
  }

  // Open a member by archive name for reading.
  Result<Fd> open(std::string_view name_in) const {
    EC_ASSIGN(std::string name, clean_name(name_in));
    for (int hop = 0; hop <= kMaxLinkHops; hop++) {
      auto f = files_.find(name);
      if (f != files_.end()) {
        Fd fd(::openat(dirfd_.get(), f->second.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (!fd) return sys_error("open extracted " + quote_untrusted(name));
        return fd;
      }
      auto l = links_.find(name);
      if (l == links_.end()) break;
      name = l->second;
    }
    return make_error("archive member " + quote_untrusted(name_in) + " not found", ENOENT);
  }

  Result<std::string> read(std::string_view name) const {
    EC_ASSIGN(Fd fd, open(name));
    struct stat st;
    if (::fstat(fd.get(), &st) < 0) return sys_error("stat");
    if (static_cast<uint64_t>(st.st_size) > kMaxDoc)
      return make_error(strf("archive member %s is larger than %zu bytes", quote_untrusted(name).c_str(), kMaxDoc), EFBIG);
    return read_fd(fd.get());
  }

 private:
  Fd parent_, dirfd_;
  std::string name_, dir_;
  std::map<std::string, std::string> files_;  // member name -> file in dir_
  std::map<std::string, std::string> links_;  // member name -> member name
};

// The store records an image by its manifest; a docker-archive has none, so
// one is built describing the layers uncompressed (digest = diff_id).
std::string synth_manifest(const std::string& cfg_digest, size_t cfg_size, const std::vector<LayerResult>& layers) {
  Manifest m;
  m.media_type = std::string(media::kOciManifest);
  m.config = Descriptor{std::string(media::kOciConfig), cfg_digest, static_cast<int64_t>(cfg_size), {}, {}, {}};
  for (auto& l : layers)
    m.layers.push_back(Descriptor{std::string(media::kOciLayer), l.diff_id, static_cast<int64_t>(l.size), {}, {}, {}});
  return manifest_to_json(m);
}

Status record_names(Store& store, const std::vector<std::string>& names, const std::string& mdigest,
                    const std::string& index_digest, std::vector<LoadedImage>* out) {
  std::vector<std::string> all = names.empty() ? std::vector<std::string>{""} : names;
  for (auto& n : all) {
    EC_ASSIGN(ImageRecord rec, store.record_image(n, mdigest, index_digest));
    out->push_back({rec.ref, rec.config, rec.manifest});
  }
  return {};
}

Status load_docker(Store& store, const Extracted& ex, std::vector<LoadedImage>* out) {
  EC_ASSIGN(std::string text, ex.read("manifest.json"));
  EC_ASSIGN(JsonPtr doc, json_parse(text, "manifest.json"));
  if (!cJSON_IsArray(doc.get())) return make_error("manifest.json: want an array");
  int i = 0;
  for (const cJSON* item = doc->child; item; item = item->next, i++) {
    std::string where = strf("manifest.json: [%d]", i);
    if (!cJSON_IsObject(item)) return make_error(where + ": want an object");
    EC_ASSIGN(std::string cfg_path, jf::str(item, "Config", where, true));
    EC_ASSIGN(std::vector<std::string> tags, jf::str_array(item, "RepoTags", where));
    EC_ASSIGN(std::vector<std::string> layer_paths, jf::str_array(item, "Layers", where));
    auto cfg_text = ex.read(cfg_path);
    if (!cfg_text) return std::move(cfg_text).error().context(jf::field(where, "Config"));
    std::string cfg_digest = sha256_digest(*cfg_text);
    auto cfg = parse_image_config(*cfg_text);
    if (!cfg) return std::move(cfg).error().context(where + " " + quote_untrusted(cfg_path));
    if (cfg->diff_ids.size() != layer_paths.size())
      return make_error(strf("%s: the config lists %zu diff_ids but Layers has %zu entries", where.c_str(),
                             cfg->diff_ids.size(), layer_paths.size()));
    std::vector<LayerResult> layers;
    std::string parent;
    for (size_t j = 0; j < layer_paths.size(); j++) {
      std::string ctx = strf("%s: Layers[%zu] %s", where.c_str(), j, quote_untrusted(layer_paths[j]).c_str());
      auto fd = ex.open(layer_paths[j]);
      if (!fd) return std::move(fd).error().context(ctx);
      LayerSpec spec;
      spec.diff_id = cfg->diff_ids[j];
      spec.parent = parent;
      // Archives in the docker 25+ layout name layers by digest: check it.
      auto cleaned = clean_name(layer_paths[j]);
      if (cleaned && starts_with(*cleaned, "blobs/sha256/") && is_sha256_hex(cleaned->substr(13)))
        spec.blob_digest = "sha256:" + cleaned->substr(13);
      FdReader r(fd->get());
      auto lr = store.ingest_layer(r, spec);
      if (!lr) return std::move(lr).error().context(ctx);
      parent = lr->chain_id;
      layers.push_back(std::move(*lr));
    }
    std::string mtext = synth_manifest(cfg_digest, cfg_text->size(), layers);
    std::string mdigest = sha256_digest(mtext);
    EC_TRY(store.put_blob(*cfg_text, cfg_digest));
    EC_TRY(store.put_blob(mtext, mdigest));
    EC_TRYC(record_names(store, tags, mdigest, "", out), where);
  }
  return {};
}

// A verified blob of an oci-archive.
Result<std::string> oci_blob(const Extracted& ex, const Descriptor& d) {
  std::string path = "blobs/sha256/" + d.digest.substr(7);
  EC_ASSIGN(std::string data, ex.read(path));
  std::string got = sha256_digest(data);
  if (got != d.digest) return make_error("blob " + d.digest + ": digest mismatch (got " + got + ", want " + d.digest + ")", EBADMSG);
  if (static_cast<int64_t>(data.size()) != d.size)
    return make_error(strf("blob %s: size mismatch (got %zu bytes, want %lld)", d.digest.c_str(), data.size(),
                           (long long)d.size),
                      EBADMSG);
  return data;
}

Result<std::string> oci_name(const Descriptor& d, const std::string& repository) {
  std::string full = d.annotation("io.containerd.image.name");
  std::string rn = d.annotation("org.opencontainers.image.ref.name");
  if (full.empty() && rn.find_first_of("/:@") != std::string::npos) full = rn;
  if (!full.empty()) {
    EC_ASSIGN(Reference r, parse_reference(full));
    return r.str();
  }
  if (rn.empty() || repository.empty()) return std::string();
  EC_ASSIGN(Reference r, parse_reference(repository + ":" + rn));
  return r.str();
}

Status load_oci(Store& store, const Extracted& ex, const LoadOptions& opt, std::vector<LoadedImage>* out) {
  EC_ASSIGN(std::string layout, ex.read("oci-layout"));
  EC_ASSIGN(JsonPtr ldoc, json_parse(layout, "oci-layout"));
  EC_ASSIGN(std::string version, jf::str(ldoc.get(), "imageLayoutVersion", "oci-layout", true));
  if (!starts_with(version, "1.")) return make_error("oci-layout: imageLayoutVersion \"" + version + "\" is not supported");
  EC_ASSIGN(std::string itext, ex.read("index.json"));
  auto parsed = parse_manifest(itext, media::kOciIndex);
  if (!parsed) return std::move(parsed).error().context("index.json");
  if (!parsed->is_index()) return make_error("index.json: not an image index");
  Platform want = opt.platform.value_or(host_platform());

  std::vector<std::string> skipped;
  for (size_t i = 0; i < parsed->index.manifests.size(); i++) {
    const Descriptor& top = parsed->index.manifests[i];
    std::string where = strf("index.json: manifests[%zu] (%s)", i, top.digest.c_str());
    auto name = oci_name(top, opt.repository);
    if (!name) return std::move(name).error().context(where);
    Descriptor mdesc = top;
    std::string index_digest, index_text;
    if (top.media_type == media::kOciIndex || top.media_type == media::kDockerList) {
      auto t = oci_blob(ex, top);
      if (!t) return std::move(t).error().context(where);
      index_text = std::move(*t);
      auto idx = parse_manifest(index_text, top.media_type);
      if (!idx) return std::move(idx).error().context(where);
      if (!idx->is_index()) return make_error(where + ": mediaType says index, content is a manifest");
      auto sel = select_manifest(idx->index, want);
      if (!sel) return std::move(sel).error().context(where);
      if (sel->media_type == media::kOciIndex || sel->media_type == media::kDockerList)
        return make_error(where + ": indexes nested more than one level deep are not supported", ENOTSUP);
      mdesc = *sel;
      index_digest = top.digest;
    } else if (top.platform && platform_rank(want, *top.platform) < 0) {
      skipped.push_back(top.platform->str());
      continue;
    }
    auto mtext = oci_blob(ex, mdesc);
    if (!mtext) return std::move(mtext).error().context(where);
    auto pm = parse_manifest(*mtext, mdesc.media_type);
    if (!pm) return std::move(pm).error().context(where);
    if (pm->is_index()) return make_error(where + ": " + mdesc.digest + " is an index, not a manifest");
    const Manifest& m = pm->manifest;
    auto ctext = oci_blob(ex, m.config);
    if (!ctext) return std::move(ctext).error().context(where + ": config");
    auto cfg = parse_image_config(*ctext);
    if (!cfg) return std::move(cfg).error().context(where);
    EC_TRYC(check_config_matches(*cfg, m), where);
    std::string parent;
    for (size_t j = 0; j < m.layers.size(); j++) {
      std::string ctx = strf("%s: layers[%zu]", where.c_str(), j);
      auto fd = ex.open("blobs/sha256/" + m.layers[j].digest.substr(7));
      if (!fd) return std::move(fd).error().context(ctx);
      LayerSpec spec;
      spec.blob_digest = m.layers[j].digest;
      spec.blob_size = m.layers[j].size;
      spec.diff_id = cfg->diff_ids[j];
      spec.parent = parent;
      spec.compression = to_layer_compression(m.compression[j]);
      FdReader r(fd->get());
      auto lr = store.ingest_layer(r, spec);
      if (!lr) return std::move(lr).error().context(ctx);
      parent = lr->chain_id;
    }
    EC_TRY(store.put_blob(*ctext, m.config.digest));
    EC_TRY(store.put_blob(*mtext, mdesc.digest));
    if (!index_digest.empty()) EC_TRY(store.put_blob(index_text, index_digest));
    std::vector<std::string> names;
    if (!name->empty()) names.push_back(*name);
    EC_TRYC(record_names(store, names, mdesc.digest, index_digest, out), where);
  }
  if (out->empty() && !skipped.empty())
    return make_error("no image for " + want.str() + " in the archive; available: " + join(skipped, ", "), ENOENT);
  return {};
}

}  // namespace

Result<std::vector<LoadedImage>> load_archive(Store& store, Reader& in, const LoadOptions& opt) {
  // Layers and blobs belong to no image until recorded: keep gc away.
  EC_ASSIGN(Lease lease, store.lease());
  Extracted ex;
  EC_TRYC(ex.extract(store, in, opt), "load");
  std::vector<LoadedImage> out;
  if (ex.has("index.json") && ex.has("oci-layout")) {
    EC_TRYC(load_oci(store, ex, opt, &out), "load oci-archive");
  } else if (ex.has("manifest.json")) {
    EC_TRYC(load_docker(store, ex, &out), "load docker-archive");
  } else {
    return make_error("load: not a docker-archive or oci-archive (no manifest.json, no oci-layout + index.json)");
  }
  return out;
}

Result<std::vector<LoadedImage>> load_archive_file(Store& store, const std::string& path, const LoadOptions& opt) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return sys_error("open " + path);
  FdReader r(fd.get());
  auto res = load_archive(store, r, opt);
  if (!res) return std::move(res).error().context(path);
  return res;
}

Result<LoadedImage> import_rootfs(Store& store, Reader& tarball, const ImportOptions& opt) {
  EC_ASSIGN(Lease lease, store.lease());
  LayerSpec spec;
  EC_ASSIGN(LayerResult lr, store.ingest_layer(tarball, spec));
  Platform p = opt.platform.value_or(host_platform());
  ImageConfig c;
  c.architecture = p.architecture;
  c.os = p.os;
  c.variant = p.variant;
  c.created = opt.created.empty() ? now_rfc3339() : opt.created;
  c.config = opt.config;
  c.rootfs_type = "layers";
  c.diff_ids = {lr.diff_id};
  HistoryEntry h;
  h.created = c.created;
  h.created_by = "edgectl import";
  h.comment = opt.message;
  c.history = {h};
  std::string ctext = image_config_to_json(c);
  std::string cdigest = sha256_digest(ctext);
  std::string mtext = synth_manifest(cdigest, ctext.size(), {lr});
  std::string mdigest = sha256_digest(mtext);
  EC_TRY(store.put_blob(ctext, cdigest));
  EC_TRY(store.put_blob(mtext, mdigest));
  EC_ASSIGN(ImageRecord rec, store.record_image(opt.ref, mdigest));
  return LoadedImage{rec.ref, rec.config, rec.manifest};
}

}  // namespace ec::img
