// Image archives: load and save docker-archive and oci-archive tarballs,
// and import a root filesystem tarball as a one-layer image.
//
// load: the archive (plain tar, or gzip-compressed as a whole: sniffed) is
// read once. Its members come in any order, so regular files are first
// extracted flat into the store's scratch space (tmp/load-<random>/, no
// archive path is ever used as a file-system path, symlinks and hardlinks
// between members are resolved by name inside the archive), then:
//   docker-archive  manifest.json [{Config, RepoTags, Layers}]: each layer
//                   (tar or tar.gz) is verified against the config's
//                   diff_ids and unpacked; the store records an OCI
//                   manifest describing the layers uncompressed (digest =
//                   diff_id), since the archive carries none.
//   oci-archive     oci-layout + index.json + blobs/sha256/: every blob is
//                   verified against its descriptor; an index inside is
//                   resolved for the platform asked for. Names come from the
//                   annotations io.containerd.image.name (a full reference)
//                   or org.opencontainers.image.ref.name (a reference, or a
//                   bare tag combined with LoadOptions::repository).
// The scratch space is removed afterwards whatever happens.
//
// save: the store keeps unpacked layers, not the original compressed
// blobs, so each layer tar is re-created from layers/<chain>/diff by
// write_layer_tar (uncompressed, deterministic; whiteouts and opaque
// directories converted back to .wh. entries). Its bytes generally differ
// from the tar the image was pulled with, so the saved config carries the
// diff_ids of the tars actually written (and so gets a new digest = image
// id) and the manifests are rewritten to match; a config whose diff_ids all
// match is kept byte for byte. Each layer is generated twice (once to learn
// its digest and size for the headers, once to write it) instead of being
// spooled to flash; the second pass is checked against the first.
// Formats written:
//   docker-archive  manifest.json + blobs/sha256/<hex> (the layout docker
//                   25+ writes, read by every docker load)
//   oci-archive     oci-layout + index.json + blobs/sha256/<hex>
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "img/image_config.h"
#include "img/platform.h"
#include "img/reader.h"
#include "img/store.h"

namespace ec::img {

enum class ArchiveFormat { DockerArchive, OciArchive };

struct LoadOptions {
  // Repository for OCI entries named only by a tag ("3.19"); without it
  // such images load untagged.
  std::string repository;
  // Platform to choose from an index inside an oci-archive (default: host).
  std::optional<Platform> platform;
  // Limits on the archive (after gunzip): bytes extracted and entries.
  uint64_t max_bytes = 16ull << 30;
  uint64_t max_entries = 200000;
};

struct LoadedImage {
  std::string ref;       // canonical reference, or "" when loaded untagged
  std::string id;        // config digest
  std::string manifest;  // manifest digest in the store
};

// Load an archive from a readable stream (a file, stdin).
Result<std::vector<LoadedImage>> load_archive(Store& store, Reader& in, const LoadOptions& opt = {});
Result<std::vector<LoadedImage>> load_archive_file(Store& store, const std::string& path, const LoadOptions& opt = {});

// Write the images named by refs (references or ids) to out_fd.
Status save_archive(Store& store, const std::vector<std::string>& refs, ArchiveFormat format, int out_fd);

struct ImportOptions {
  std::string ref;                  // name to record; "" = untagged
  std::optional<Platform> platform;  // default: host
  ContainerConfig config;           // Cmd, Env, ... for the generated config
  std::string message;              // history comment
  std::string created;              // RFC 3339; default: now
};

// A rootfs tarball (plain or gzip) as a one-layer image with a generated
// config and OCI manifest.
Result<LoadedImage> import_rootfs(Store& store, Reader& tarball, const ImportOptions& opt = {});

}  // namespace ec::img
