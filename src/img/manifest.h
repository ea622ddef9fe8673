// Image manifests and indexes: OCI image manifest v1, OCI image index v1,
// Docker v2 schema2 manifest and Docker manifest list v2.
//
// The kind comes from the document's mediaType field, else from the HTTP
// Content-Type the caller got it with, else from its shape ("manifests" =
// index, "config" or "layers" = manifest; early OCI documents had no
// mediaType). Docker schema1 is rejected with a clear message.
//
// Parsing validates what a pull relies on: schemaVersion 2, every digest
// ("sha256:<64 hex>"), sizes, config media type, and each layer's media
// type (gzip and uncompressed tar are supported; zstd and non-distributable
// / foreign layers are refused with the reason). Errors name the field:
//   "manifest: layers[2].digest: invalid digest ..."
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "img/platform.h"

namespace ec::img {

namespace media {
inline constexpr std::string_view kOciManifest = "application/vnd.oci.image.manifest.v1+json";
inline constexpr std::string_view kOciIndex = "application/vnd.oci.image.index.v1+json";
inline constexpr std::string_view kDockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr std::string_view kDockerList = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr std::string_view kDockerSchema1 = "application/vnd.docker.distribution.manifest.v1+json";
inline constexpr std::string_view kDockerSchema1Signed = "application/vnd.docker.distribution.manifest.v1+prettyjws";
inline constexpr std::string_view kOciConfig = "application/vnd.oci.image.config.v1+json";
inline constexpr std::string_view kDockerConfig = "application/vnd.docker.container.image.v1+json";
inline constexpr std::string_view kOciLayer = "application/vnd.oci.image.layer.v1.tar";
inline constexpr std::string_view kOciLayerGzip = "application/vnd.oci.image.layer.v1.tar+gzip";
inline constexpr std::string_view kOciLayerZstd = "application/vnd.oci.image.layer.v1.tar+zstd";
inline constexpr std::string_view kOciLayerNondist = "application/vnd.oci.image.layer.nondistributable.v1.tar";
inline constexpr std::string_view kOciLayerNondistGzip = "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip";
inline constexpr std::string_view kOciLayerNondistZstd = "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd";
inline constexpr std::string_view kDockerLayer = "application/vnd.docker.image.rootfs.diff.tar.gzip";
inline constexpr std::string_view kDockerForeignLayer = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
}  // namespace media

// Value for the Accept header of a manifest request: every kind we parse.
std::string manifest_accept_header();

using Annotations = std::vector<std::pair<std::string, std::string>>;  // sorted by key

struct Descriptor {
  std::string media_type;
  std::string digest;  // validated "sha256:<hex>"
  int64_t size = 0;
  std::optional<Platform> platform;  // as written (not normalised)
  Annotations annotations;
  std::vector<std::string> urls;

  // Value of an annotation, or "".
  std::string annotation(std::string_view key) const;
};

enum class ManifestKind { OciManifest, OciIndex, DockerManifest, DockerList };
// How a layer blob is stored: the pipeline gunzips Gzip layers.
enum class Compression { None, Gzip };

// A single-platform image manifest (OCI or Docker schema2).
struct Manifest {
  ManifestKind kind = ManifestKind::OciManifest;
  std::string media_type;
  Descriptor config;
  std::vector<Descriptor> layers;
  std::vector<Compression> compression;  // one per layer
  Annotations annotations;
};

// A multi-platform index (OCI index or Docker manifest list).
struct Index {
  ManifestKind kind = ManifestKind::OciIndex;
  std::string media_type;
  std::vector<Descriptor> manifests;
  Annotations annotations;
};

struct ParsedManifest {
  ManifestKind kind = ManifestKind::OciManifest;
  bool is_index() const { return kind == ManifestKind::OciIndex || kind == ManifestKind::DockerList; }
  Manifest manifest;  // when !is_index()
  Index index;        // when is_index()
};

// Parse a manifest or index. content_type is the HTTP Content-Type (may be
// empty, may carry parameters such as "; charset=utf-8").
Result<ParsedManifest> parse_manifest(std::string_view body, std::string_view content_type = {});

// The compression of a layer media type, or why it cannot be pulled:
//   "... zstd-compressed layers are not supported ..."
//   "... non-distributable (foreign) layer ..."
Result<Compression> layer_compression(std::string_view media_type);

// Choose the entry of `idx` for platform `want` (see match_platform):
// entries of platform unknown/unknown (attestations) are skipped; the
// error lists what the index offers.
Result<Descriptor> select_manifest(const Index& idx, const Platform& want);

// Serialise a single-platform manifest (used for images the store builds
// itself: load of a docker-archive, import). Deterministic output.
std::string manifest_to_json(const Manifest& m);

}  // namespace ec::img
