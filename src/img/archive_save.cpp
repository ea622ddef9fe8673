// save: docker-archive / oci-archive from the store's unpacked layers.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <set>

#include "core/fd.h"
#include "core/json.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "img/archive.h"
#include "img/json_fields.h"
#include "img/reference.h"
#include "img/store_internal.h"
#include "img/tar_write.h"

namespace ec::img {

using namespace store_detail;

namespace {

struct LayerOut {
  std::string chain, digest;
  uint64_t size = 0;
};

struct ImageOut {
  std::string config_text, config_digest;
  std::string manifest_text, manifest_digest;
  std::vector<std::string> chains;
  Platform platform;
  std::vector<std::string> names;  // canonical references
};

// Feeds the data of the current member of an outer archive.
class MemberWriter : public Writer {
 public:
  explicit MemberWriter(TarWriter& t) : t_(t) {}
  Status write(const void* data, size_t len) override { return t_.write_data(data, len); }

 private:
  TarWriter& t_;
};

Result<Fd> open_diff(const Store& store, const std::string& chain) {
  std::string p = store.layer_diff(chain);
  Fd fd(::open(p.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) return sys_error("open " + p);
  return fd;
}

LayerTarOptions tar_options(const Store& store) {
  LayerTarOptions o;
  o.overlay_userxattr = store.options().unpack.overlay_userxattr;
  return o;
}

// Pass 1: digest and size of the layer tar, without storing it.
Result<LayerOut> measure(const Store& store, const std::string& chain) {
  EC_ASSIGN(Fd diff, open_diff(store, chain));
  DigestWriter dw;
  TarWriter tw(dw);
  EC_TRYC(write_layer_tar(diff.get(), tw, tar_options(store)), "layer " + chain);
  return LayerOut{chain, dw.digest(), dw.count()};
}

// The config with rootfs.diff_ids replaced; the original bytes when equal.
Result<std::string> rewrite_config(const std::string& text, const std::vector<std::string>& diff_ids) {
  EC_ASSIGN(ImageConfig c, parse_image_config(text));
  if (c.diff_ids == diff_ids) return text;
  EC_ASSIGN(JsonPtr doc, json_parse(text, "image config"));
  cJSON* rootfs = cJSON_GetObjectItemCaseSensitive(doc.get(), "rootfs");
  if (!rootfs) return make_error("image config: rootfs: missing");
  cJSON* arr = cJSON_CreateArray();
  for (auto& d : diff_ids) cJSON_AddItemToArray(arr, cJSON_CreateString(d.c_str()));
  if (cJSON_GetObjectItemCaseSensitive(rootfs, "diff_ids"))
    cJSON_ReplaceItemInObjectCaseSensitive(rootfs, "diff_ids", arr);
  else
    cJSON_AddItemToObject(rootfs, "diff_ids", arr);
  return json_print(doc.get());
}

TarEntry file_entry(const std::string& name, uint64_t size) {
  TarEntry e;
  e.type = TarType::File;
  e.name = name;
  e.mode = 0644;
  e.size = static_cast<int64_t>(size);
  return e;
}

Status add_file(TarWriter& out, const std::string& name, std::string_view data) {
  EC_TRY(out.add(file_entry(name, data.size())));
  return out.write_data(data.data(), data.size());
}

// Tag-carrying names in docker's short form ("busybox:latest").
std::vector<std::string> repo_tags(const ImageOut& img) {
  std::vector<std::string> out;
  for (auto& n : img.names) {
    auto r = parse_reference(n);
    if (r && !r->tag.empty() && r->digest.empty()) out.push_back(r->familiar());
  }
  return out;
}

std::string docker_manifest_json(const std::vector<ImageOut>& imgs, const std::map<std::string, LayerOut>& layers) {
  JsonPtr doc(cJSON_CreateArray());
  for (auto& img : imgs) {
    cJSON* o = cJSON_CreateObject();
    jf::add_str(o, "Config", "blobs/sha256/" + img.config_digest.substr(7));
    jf::add_str_array(o, "RepoTags", repo_tags(img));
    std::vector<std::string> paths;
    for (auto& c : img.chains) paths.push_back("blobs/sha256/" + layers.at(c).digest.substr(7));
    jf::add_str_array(o, "Layers", paths);
    cJSON_AddItemToArray(doc.get(), o);
  }
  return json_print(doc.get());
}

std::string oci_index_json(const std::vector<ImageOut>& imgs) {
  JsonPtr doc(cJSON_CreateObject());
  jf::add_int(doc.get(), "schemaVersion", 2);
  jf::add_str(doc.get(), "mediaType", media::kOciIndex);
  cJSON* arr = cJSON_CreateArray();
  for (auto& img : imgs) {
    std::vector<std::string> names = img.names.empty() ? std::vector<std::string>{""} : img.names;
    for (auto& n : names) {
      cJSON* d = cJSON_CreateObject();
      jf::add_str(d, "mediaType", media::kOciManifest);
      jf::add_str(d, "digest", img.manifest_digest);
      jf::add_int(d, "size", static_cast<int64_t>(img.manifest_text.size()));
      Annotations ann;
      if (!n.empty()) {
        ann.emplace_back("io.containerd.image.name", n);
        auto r = parse_reference(n);
        if (r && !r->tag.empty()) ann.emplace_back("org.opencontainers.image.ref.name", r->tag);
      }
      if (!ann.empty()) jf::add_str_map(d, "annotations", ann);
      cJSON* p = cJSON_CreateObject();
      jf::add_str(p, "architecture", img.platform.architecture);
      jf::add_str(p, "os", img.platform.os);
      if (!img.platform.variant.empty()) jf::add_str(p, "variant", img.platform.variant);
      cJSON_AddItemToObject(d, "platform", p);
      cJSON_AddItemToArray(arr, d);
    }
  }
  cJSON_AddItemToObject(doc.get(), "manifests", arr);
  return json_print(doc.get());
}

bool names_an_id(std::string_view s, const ImageRecord& rec) {
  if (starts_with(s, "sha256:") || rec.ref.empty()) return true;
  auto r = parse_reference(s);
  if (!r) return true;
  auto have = parse_reference(rec.ref);
  return !have || have->name() != r->name();
}

}  // namespace

Status save_archive(Store& store, const std::vector<std::string>& refs, ArchiveFormat format, int out_fd) {
  if (refs.empty()) return make_error("save: no images named");
  EC_ASSIGN(Lease lease, store.lease());

  // Images (one entry per id, with every name asked for) and their layers.
  std::vector<ImageOut> imgs;
  std::map<std::string, size_t> by_id;
  std::map<std::string, LayerOut> layers;
  std::vector<std::string> layer_order;
  for (auto& ref : refs) {
    auto rec = store.resolve(ref);
    if (!rec) return std::move(rec).error().context("save");
    auto it = by_id.find(rec->config);
    if (it == by_id.end()) {
      ImageOut img;
      auto chains = store.image_layers(*rec);
      if (!chains) return std::move(chains).error().context("save " + ref);
      img.chains = std::move(*chains);
      img.config_digest = rec->config;
      it = by_id.emplace(rec->config, imgs.size()).first;
      imgs.push_back(std::move(img));
    }
    ImageOut& img = imgs[it->second];
    if (!names_an_id(ref, *rec)) {
      bool dup = false;
      for (auto& n : img.names) dup |= n == rec->ref;
      if (!dup) img.names.push_back(rec->ref);
    }
  }
  for (auto& img : imgs) {
    std::vector<std::string> diff_ids;
    for (auto& c : img.chains) {
      if (!layers.count(c)) {
        EC_ASSIGN(LayerOut l, measure(store, c));
        layers[c] = l;
        layer_order.push_back(c);
      }
      diff_ids.push_back(layers[c].digest);
    }
    EC_ASSIGN(std::string orig, store.read_blob(img.config_digest));
    EC_ASSIGN(img.config_text, rewrite_config(orig, diff_ids));
    img.config_digest = sha256_digest(img.config_text);
    EC_ASSIGN(ImageConfig cfg, parse_image_config(img.config_text));
    img.platform = cfg.platform();
    Manifest m;
    m.media_type = std::string(media::kOciManifest);
    m.config = Descriptor{std::string(media::kOciConfig), img.config_digest,
                          static_cast<int64_t>(img.config_text.size()), {}, {}, {}};
    for (auto& c : img.chains)
      m.layers.push_back(Descriptor{std::string(media::kOciLayer), layers[c].digest,
                                    static_cast<int64_t>(layers[c].size), {}, {}, {}});
    img.manifest_text = manifest_to_json(m);
    img.manifest_digest = sha256_digest(img.manifest_text);
  }

  FdWriter fw(out_fd);
  TarWriter out(fw);
  for (const char* dir : {"blobs/", "blobs/sha256/"}) {
    TarEntry d;
    d.type = TarType::Dir;
    d.name = dir;
    d.mode = 0755;
    EC_TRY(out.add(d));
  }
  if (format == ArchiveFormat::OciArchive) EC_TRY(add_file(out, "oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}"));
  std::set<std::string> written;
  // Pass 2: the layer tars themselves, checked against pass 1.
  for (auto& c : layer_order) {
    const LayerOut& l = layers[c];
    if (!written.insert(l.digest).second) continue;
    EC_TRY(out.add(file_entry("blobs/sha256/" + l.digest.substr(7), l.size)));
    EC_ASSIGN(Fd diff, open_diff(store, c));
    MemberWriter member(out);
    DigestWriter dw(&member);
    TarWriter tw(dw);
    EC_TRYC(write_layer_tar(diff.get(), tw, tar_options(store)), "save layer " + c);
    if (dw.digest() != l.digest) return make_error("save: layer " + c + " changed while being saved", EAGAIN);
  }
  for (auto& img : imgs) {
    if (written.insert(img.config_digest).second)
      EC_TRY(add_file(out, "blobs/sha256/" + img.config_digest.substr(7), img.config_text));
    if (format == ArchiveFormat::OciArchive && written.insert(img.manifest_digest).second)
      EC_TRY(add_file(out, "blobs/sha256/" + img.manifest_digest.substr(7), img.manifest_text));
  }
  if (format == ArchiveFormat::DockerArchive) {
    EC_TRY(add_file(out, "manifest.json", docker_manifest_json(imgs, layers)));
  } else {
    EC_TRY(add_file(out, "index.json", oci_index_json(imgs)));
  }
  EC_TRYC(out.finish(), "save");
  return {};
}

}  // namespace ec::img
