#include "img/manifest.h"

#include <cerrno>

#include "core/json.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "img/json_fields.h"

namespace ec::img {

namespace {

constexpr const char* kSchema1Msg =
    "schema1 manifests are not supported (deprecated since 2019); re-push the image with a current tool";

bool is_manifest_type(std::string_view t) { return t == media::kOciManifest || t == media::kDockerManifest; }
bool is_index_type(std::string_view t) { return t == media::kOciIndex || t == media::kDockerList; }
bool is_schema1_type(std::string_view t) { return t == media::kDockerSchema1 || t == media::kDockerSchema1Signed; }

ManifestKind kind_of(std::string_view t) {
  if (t == media::kOciIndex) return ManifestKind::OciIndex;
  if (t == media::kDockerList) return ManifestKind::DockerList;
  if (t == media::kDockerManifest) return ManifestKind::DockerManifest;
  return ManifestKind::OciManifest;
}

// "application/json; charset=utf-8" -> "application/json".
std::string bare_type(std::string_view ct) {
  size_t semi = ct.find(';');
  return std::string(trim(ct.substr(0, semi)));
}

Result<Platform> parse_platform_obj(const cJSON* p, const std::string& where) {
  Platform out;
  EC_ASSIGN(out.architecture, jf::str(p, "architecture", where, true));
  EC_ASSIGN(out.os, jf::str(p, "os", where, true));
  EC_ASSIGN(out.variant, jf::str(p, "variant", where));
  EC_ASSIGN(out.os_version, jf::str(p, "os.version", where));
  return out;
}

Result<Descriptor> parse_descriptor(const cJSON* d, const std::string& where) {
  if (!cJSON_IsObject(d)) return make_error(where + ": want an object");
  Descriptor out;
  EC_ASSIGN(out.media_type, jf::str(d, "mediaType", where));
  EC_ASSIGN(out.digest, jf::str(d, "digest", where, true));
  if (auto r = parse_sha256_digest(out.digest); !r) return std::move(r).error().context(jf::field(where, "digest"));
  EC_ASSIGN(out.size, jf::count(d, "size", where, true));
  EC_ASSIGN(const cJSON* plat, jf::object(d, "platform", where));
  if (plat) {
    EC_ASSIGN(Platform p, parse_platform_obj(plat, jf::field(where, "platform")));
    out.platform = std::move(p);
  }
  EC_ASSIGN(out.annotations, jf::str_map(d, "annotations", where));
  EC_ASSIGN(out.urls, jf::str_array(d, "urls", where));
  return out;
}

Result<std::vector<Descriptor>> parse_descriptors(const cJSON* doc, const char* key, const std::string& where) {
  const cJSON* arr = jf::member(doc, key);
  if (!arr || cJSON_IsNull(arr)) return make_error(jf::field(where, key) + ": missing");
  if (!cJSON_IsArray(arr)) return make_error(jf::field(where, key) + ": want an array");
  std::vector<Descriptor> out;
  int i = 0;
  for (const cJSON* e = arr->child; e; e = e->next, i++) {
    EC_ASSIGN(Descriptor d, parse_descriptor(e, strf("%s: %s[%d]", where.c_str(), key, i)));
    out.push_back(std::move(d));
  }
  return out;
}

Result<Manifest> parse_image_manifest(const cJSON* doc, ManifestKind kind, const std::string& type) {
  const std::string where = "manifest";
  Manifest m;
  m.kind = kind;
  m.media_type = type;
  const cJSON* cfg = jf::member(doc, "config");
  if (!cfg || cJSON_IsNull(cfg)) return make_error("manifest: config: missing");
  EC_ASSIGN(m.config, parse_descriptor(cfg, "manifest: config"));
  const std::string& ct = m.config.media_type;
  if (ct.empty() && kind == ManifestKind::DockerManifest)
    return make_error("manifest: config.mediaType: missing");
  if (!ct.empty() && ct != media::kOciConfig && ct != media::kDockerConfig)
    return make_error(strf("manifest: config.mediaType \"%s\": not a container image (an OCI artifact?); want %s "
                           "or %s",
                           ct.c_str(), std::string(media::kOciConfig).c_str(),
                           std::string(media::kDockerConfig).c_str()),
                      ENOTSUP);
  EC_ASSIGN(m.layers, parse_descriptors(doc, "layers", where));
  for (size_t i = 0; i < m.layers.size(); i++) {
    auto c = layer_compression(m.layers[i].media_type);
    if (!c) return std::move(c).error().context(strf("manifest: layers[%zu] (%s)", i, m.layers[i].digest.c_str()));
    m.compression.push_back(*c);
  }
  EC_ASSIGN(m.annotations, jf::str_map(doc, "annotations", where));
  return m;
}

Result<Index> parse_index(const cJSON* doc, ManifestKind kind, const std::string& type) {
  const std::string where = "index";
  Index idx;
  idx.kind = kind;
  idx.media_type = type;
  EC_ASSIGN(idx.manifests, parse_descriptors(doc, "manifests", where));
  for (size_t i = 0; i < idx.manifests.size(); i++) {
    const std::string& t = idx.manifests[i].media_type;
    if (is_schema1_type(t)) continue;  // refused only if chosen
    if (kind == ManifestKind::DockerList && t.empty())
      return make_error(strf("index: manifests[%zu].mediaType: missing", i));
  }
  EC_ASSIGN(idx.annotations, jf::str_map(doc, "annotations", where));
  return idx;
}

}  // namespace

std::string manifest_accept_header() {
  return join({std::string(media::kOciIndex), std::string(media::kOciManifest), std::string(media::kDockerList),
               std::string(media::kDockerManifest)},
              ", ");
}

std::string Descriptor::annotation(std::string_view key) const {
  for (auto& [k, v] : annotations)
    if (k == key) return v;
  return {};
}

Result<Compression> layer_compression(std::string_view t) {
  if (t == media::kOciLayer) return Compression::None;
  if (t == media::kOciLayerGzip || t == media::kDockerLayer) return Compression::Gzip;
  std::string shown(t);
  if (t == media::kOciLayerZstd)
    return make_error("mediaType \"" + shown +
                          "\": zstd-compressed layers are not supported (edgectl reads gzip and uncompressed "
                          "layers); push a gzip variant of the image",
                      ENOTSUP);
  if (t == media::kOciLayerNondist || t == media::kOciLayerNondistGzip || t == media::kOciLayerNondistZstd ||
      t == media::kDockerForeignLayer)
    return make_error("mediaType \"" + shown +
                          "\": non-distributable (foreign) layers are not supported: their content lives outside "
                          "the registry (Windows base layers); edgectl runs Linux images only",
                      ENOTSUP);
  if (t.empty()) return make_error("mediaType: missing");
  return make_error("mediaType \"" + shown + "\": unknown layer media type", ENOTSUP);
}

Result<ParsedManifest> parse_manifest(std::string_view body, std::string_view content_type) {
  EC_ASSIGN(JsonPtr doc, json_parse(body, "manifest"));
  if (!cJSON_IsObject(doc.get())) return make_error("manifest: want a JSON object");
  EC_ASSIGN(std::string field_type, jf::str(doc.get(), "mediaType", "manifest"));
  std::string header_type = bare_type(content_type);
  if (is_schema1_type(field_type) || is_schema1_type(header_type)) return make_error(kSchema1Msg, ENOTSUP);
  const cJSON* sv = jf::member(doc.get(), "schemaVersion");
  if (sv && cJSON_IsNumber(sv) && sv->valuedouble == 1) return make_error(kSchema1Msg, ENOTSUP);
  if (!sv || !cJSON_IsNumber(sv) || sv->valuedouble != 2)
    return make_error("manifest: schemaVersion: want 2");

  std::string type;
  if (!field_type.empty()) {
    if (!is_manifest_type(field_type) && !is_index_type(field_type))
      return make_error("manifest: mediaType \"" + field_type + "\": not an image manifest or index", ENOTSUP);
    // A registry answering with another manifest type than the document
    // declares is broken or hostile; generic types (application/json) are fine.
    if ((is_manifest_type(header_type) || is_index_type(header_type)) && header_type != field_type)
      return make_error("manifest: mediaType \"" + field_type + "\" does not match the Content-Type \"" +
                        header_type + "\"");
    type = field_type;
  } else if (is_manifest_type(header_type) || is_index_type(header_type)) {
    type = header_type;
  } else if (jf::member(doc.get(), "manifests")) {
    type = std::string(media::kOciIndex);
  } else if (jf::member(doc.get(), "config") || jf::member(doc.get(), "layers")) {
    type = std::string(media::kOciManifest);
  } else {
    return make_error("manifest: mediaType: missing, and the document is neither a manifest nor an index");
  }

  ParsedManifest out;
  out.kind = kind_of(type);
  if (out.is_index()) {
    EC_ASSIGN(out.index, parse_index(doc.get(), out.kind, type));
  } else {
    EC_ASSIGN(out.manifest, parse_image_manifest(doc.get(), out.kind, type));
  }
  return out;
}

Result<Descriptor> select_manifest(const Index& idx, const Platform& want) {
  std::vector<Platform> cands;
  for (auto& d : idx.manifests) cands.push_back(d.platform.value_or(Platform{}));
  EC_ASSIGN(size_t i, match_platform(cands, want));
  const Descriptor& d = idx.manifests[i];
  if (is_schema1_type(d.media_type)) return make_error(kSchema1Msg, ENOTSUP);
  if (!d.media_type.empty() && !is_manifest_type(d.media_type) && !is_index_type(d.media_type))
    return make_error("index entry " + d.digest + " for " + want.str() + ": mediaType \"" + d.media_type +
                          "\" is not an image manifest",
                      ENOTSUP);
  return d;
}

std::string manifest_to_json(const Manifest& m) {
  auto desc = [](const Descriptor& d) {
    cJSON* o = cJSON_CreateObject();
    jf::add_str(o, "mediaType", d.media_type);
    jf::add_str(o, "digest", d.digest);
    jf::add_int(o, "size", d.size);
    if (!d.annotations.empty()) jf::add_str_map(o, "annotations", d.annotations);
    if (!d.urls.empty()) jf::add_str_array(o, "urls", d.urls);
    return o;
  };
  JsonPtr doc(cJSON_CreateObject());
  jf::add_int(doc.get(), "schemaVersion", 2);
  jf::add_str(doc.get(), "mediaType", m.media_type.empty() ? std::string(media::kOciManifest) : m.media_type);
  cJSON_AddItemToObject(doc.get(), "config", desc(m.config));
  cJSON* layers = cJSON_CreateArray();
  for (auto& l : m.layers) cJSON_AddItemToArray(layers, desc(l));
  cJSON_AddItemToObject(doc.get(), "layers", layers);
  if (!m.annotations.empty()) jf::add_str_map(doc.get(), "annotations", m.annotations);
  return json_print(doc.get());
}

}  // namespace ec::img
