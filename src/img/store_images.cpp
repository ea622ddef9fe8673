// images.json: the names of the images in the store.
#include <algorithm>
#include <cerrno>

#include "core/fs.h"
#include "core/function_ref.h"
#include "core/json.h"
#include "core/sha256.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "img/reference.h"
#include "img/store.h"
#include "img/store_internal.h"

namespace ec::img {

using namespace store_detail;

namespace {

constexpr const char* kImagesDoc = "images.json";

// The key a reference is stored under: name:tag, or name@digest when a
// digest is given (the digest decides what the name means).
Result<std::string> key_of(std::string_view ref) {
  EC_ASSIGN(Reference r, parse_reference(ref));
  if (!r.digest.empty()) r.tag.clear();
  return r.str();
}

bool is_hex_prefix(std::string_view s) {
  if (s.size() < 4 || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::string images_json(const std::vector<ImageRecord>& recs) {
  JsonPtr doc(cJSON_CreateObject());
  jf::add_int(doc.get(), "version", 1);
  cJSON* imgs = cJSON_CreateObject();
  for (auto& r : recs) {
    cJSON* o = cJSON_CreateObject();
    jf::add_str(o, "manifest", r.manifest);
    if (!r.index.empty()) jf::add_str(o, "index", r.index);
    jf::add_str(o, "config", r.config);
    jf::add_str(o, "platform", r.platform);
    jf::add_str(o, "created", r.created);
    jf::add_int(o, "size", static_cast<int64_t>(r.size));
    jf::add_str(o, "tagged", r.tagged);
    cJSON_AddItemToObject(imgs, r.ref.empty() ? r.config.c_str() : r.ref.c_str(), o);
  }
  cJSON_AddItemToObject(doc.get(), "images", imgs);
  return json_print(doc.get(), true) + "\n";
}

Result<std::vector<ImageRecord>> parse_images(std::string_view text) {
  EC_ASSIGN(JsonPtr doc, json_parse(text, kImagesDoc));
  EC_ASSIGN(int64_t version, jf::count(doc.get(), "version", kImagesDoc, true));
  if (version != 1) return make_error(strf("images.json: version %lld is not supported", (long long)version));
  EC_ASSIGN(const cJSON* imgs, jf::object(doc.get(), "images", kImagesDoc));
  std::vector<ImageRecord> out;
  for (const cJSON* e = imgs ? imgs->child : nullptr; e; e = e->next) {
    std::string key = jf::json_key(e);
    std::string where = "images.json: images[" + key + "]";
    if (!cJSON_IsObject(e)) return make_error(where + ": want an object");
    ImageRecord r;
    r.ref = starts_with(key, "sha256:") ? std::string() : key;
    EC_ASSIGN(r.manifest, jf::str(e, "manifest", where, true));
    EC_ASSIGN(r.index, jf::str(e, "index", where));
    EC_ASSIGN(r.config, jf::str(e, "config", where, true));
    EC_ASSIGN(r.platform, jf::str(e, "platform", where));
    EC_ASSIGN(r.created, jf::str(e, "created", where));
    EC_ASSIGN(int64_t size, jf::count(e, "size", where));
    r.size = static_cast<uint64_t>(size);
    EC_ASSIGN(r.tagged, jf::str(e, "tagged", where));
    out.push_back(std::move(r));
  }
  return out;
}

void sort_records(std::vector<ImageRecord>& v) {
  ec::sort(v, [](auto& a, auto& b) { return a.ref != b.ref ? a.ref < b.ref : a.config < b.config; });
}

Error no_such_image(std::string_view s) { return make_error("no such image: " + std::string(s), ENOENT); }

struct Found {
  ImageRecord rec;
  bool by_id = false;  // the string named the image id, not one name
};

Result<Found> find(const std::vector<ImageRecord>& recs, std::string_view s) {
  auto by_config = [&](std::string_view id) -> Result<Found> {
    const ImageRecord* best = nullptr;
    for (auto& r : recs)
      if (r.config == id && (!best || (best->ref.empty() && !r.ref.empty()))) best = &r;
    if (!best) return no_such_image(s);
    return Found{*best, true};
  };
  if (starts_with(s, "sha256:")) {
    EC_TRY(hex_of(s, "image id"));
    return by_config(s);
  }
  auto key = key_of(s);
  if (key) {
    for (auto& r : recs)
      if (r.ref == *key) return Found{r, false};
    // name@digest also finds the name pulled by tag whose manifest or
    // index has that digest.
    auto ref = parse_reference(s);
    if (ref && !ref->digest.empty()) {
      for (auto& r : recs) {
        if (r.ref.empty()) continue;
        auto have = parse_reference(r.ref);
        if (have && have->name() == ref->name() && (r.manifest == ref->digest || r.index == ref->digest))
          return Found{r, false};
      }
    }
  }
  if (is_hex_prefix(s)) {
    std::string id;
    for (auto& r : recs) {
      if (!starts_with(std::string_view(r.config).substr(7), s)) continue;
      if (!id.empty() && id != r.config)
        return make_error("image id prefix \"" + std::string(s) + "\" is ambiguous", EINVAL);
      id = r.config;
    }
    if (!id.empty()) return by_config(id);
  }
  if (!key) return std::move(key).error();
  return no_such_image(s);
}

}  // namespace

Result<std::vector<ImageRecord>> Store::load_images() const {
  auto text = read_file(path("images.json"));
  if (!text) {
    if (text.error().code == ENOENT) return std::vector<ImageRecord>{};
    return std::move(text).error();
  }
  EC_ASSIGN(std::vector<ImageRecord> recs, parse_images(*text));
  sort_records(recs);
  return recs;
}

Status Store::update_images(FnRef<Status(std::vector<ImageRecord>&)> fn) {
  EC_ASSIGN(Fd l, lock("images.lock", true));
  EC_ASSIGN(std::vector<ImageRecord> recs, load_images());
  EC_TRY(fn(recs));
  sort_records(recs);
  return write_file_atomic(path("images.json"), images_json(recs), 0600);
}

Result<ImageRecord> Store::record_image(std::string_view ref, std::string_view manifest_digest,
                                        std::string_view index_digest) {
  ImageRecord rec;
  if (!ref.empty()) {
    EC_ASSIGN(rec.ref, key_of(ref));
  }
  rec.manifest = std::string(manifest_digest);
  rec.index = std::string(index_digest);
  if (!rec.index.empty() && !has_blob(rec.index))
    return make_error("record image: index " + rec.index + " is not in the store", ENOENT);
  EC_ASSIGN(std::string mtext, read_blob(manifest_digest));
  EC_ASSIGN(ParsedManifest pm, parse_manifest(mtext));
  if (pm.is_index()) return make_error("record image: " + rec.manifest + " is an index, not an image manifest");
  rec.config = pm.manifest.config.digest;
  EC_ASSIGN(std::string ctext, read_blob(rec.config));
  EC_ASSIGN(ImageConfig cfg, parse_image_config(ctext));
  EC_TRY(check_config_matches(cfg, pm.manifest));
  auto chains = chain_ids(cfg.diff_ids);
  for (size_t i = 0; i < chains.size(); i++) {
    auto info = layer_info(chains[i]);
    if (!info)
      return std::move(info).error().context(strf("record image: layer %zu of %zu", i + 1, chains.size()));
    rec.size += info->size;
  }
  rec.platform = normalize_platform(cfg.platform()).str();
  rec.created = cfg.created;
  rec.tagged = now_rfc3339();
  EC_TRY(update_images([&](std::vector<ImageRecord>& recs) -> Status {
    // A name moves to the new image; the nameless entry of an image goes
    // once it has a name, and none is added for an image that has one.
    bool named = false;
    for (auto& r : recs) named |= !r.ref.empty() && r.config == rec.config;
    std::erase_if(recs, [&](const ImageRecord& r) {
      return (r.ref.empty() && r.config == rec.config) || (!rec.ref.empty() && r.ref == rec.ref);
    });
    if (!rec.ref.empty() || !named) recs.push_back(rec);
    return {};
  }));
  return rec;
}

Result<ImageRecord> Store::resolve(std::string_view s) const {
  EC_ASSIGN(std::vector<ImageRecord> recs, load_images());
  EC_ASSIGN(Found f, find(recs, s));
  return f.rec;
}

Result<ImageRecord> Store::tag(std::string_view source, std::string_view target) {
  EC_ASSIGN(Reference t, parse_reference(target));
  if (!t.digest.empty()) return make_error("tag " + std::string(target) + ": cannot tag with a digest");
  ImageRecord out;
  EC_TRY(update_images([&](std::vector<ImageRecord>& recs) -> Status {
    EC_ASSIGN(Found f, find(recs, source));
    out = f.rec;
    out.ref = t.str();
    out.tagged = now_rfc3339();
    std::erase_if(recs, [&](const ImageRecord& r) {
      return r.ref == out.ref || (r.ref.empty() && r.config == out.config);
    });
    recs.push_back(out);
    return {};
  }));
  return out;
}

Status Store::untag(std::string_view ref) {
  EC_ASSIGN(std::string key, key_of(ref));
  return update_images([&](std::vector<ImageRecord>& recs) -> Status {
    size_t n = std::erase_if(recs, [&](const ImageRecord& r) { return r.ref == key; });
    if (n == 0) return no_such_image(ref);
    return {};
  });
}

Result<std::vector<std::string>> Store::remove_image(std::string_view s, bool force) {
  std::vector<std::string> removed;
  EC_TRY(update_images([&](std::vector<ImageRecord>& recs) -> Status {
    EC_ASSIGN(Found f, find(recs, s));
    if (!f.by_id) {
      removed.push_back(f.rec.ref);
      std::erase_if(recs, [&](const ImageRecord& r) { return r.ref == f.rec.ref; });
      return {};
    }
    std::vector<std::string> names;
    for (auto& r : recs)
      if (r.config == f.rec.config) names.push_back(r.ref.empty() ? r.config : r.ref);
    if (names.size() > 1 && !force)
      return make_error("image " + f.rec.config.substr(7, 12) + " has several names (" + join(names, ", ") +
                            "): remove them by name, or force",
                        EBUSY);
    removed = names;
    std::erase_if(recs, [&](const ImageRecord& r) { return r.config == f.rec.config; });
    return {};
  }));
  return removed;
}

Result<std::vector<ImageRecord>> Store::list_images() const { return load_images(); }

Result<Manifest> Store::image_manifest(const ImageRecord& r) const {
  EC_ASSIGN(std::string text, read_blob(r.manifest));
  EC_ASSIGN(ParsedManifest pm, parse_manifest(text));
  if (pm.is_index()) return make_error("image " + r.ref + ": manifest " + r.manifest + " is an index");
  return std::move(pm.manifest);
}

Result<ImageConfig> Store::image_config(const ImageRecord& r) const {
  EC_ASSIGN(std::string text, read_blob(r.config));
  return parse_image_config(text);
}

Result<std::vector<std::string>> Store::image_layers(const ImageRecord& r) const {
  EC_ASSIGN(ImageConfig c, image_config(r));
  return chain_ids(c.diff_ids);
}

}  // namespace ec::img
