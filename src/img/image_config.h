// The image configuration (OCI image config / Docker image JSON): what a
// container runs by default and the diff_ids of its layers.
//
// Layers are keyed by chain id (OCI image spec, "Layer ChainID"):
//   chain(0) = diff_id(0)
//   chain(n) = sha256(chain(n-1) + " " + diff_id(n))   as "sha256:<hex>"
// so a layer is identified by its content and everything below it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "img/manifest.h"
#include "img/platform.h"

namespace ec::img {

struct Healthcheck {
  std::vector<std::string> test;  // {"CMD", args...}, {"CMD-SHELL", cmd}, {"NONE"}; empty: inherit
  int64_t interval_ns = 0, timeout_ns = 0, start_period_ns = 0, start_interval_ns = 0;  // 0: default
  int64_t retries = 0;
};

// The "config" object: the defaults for a container of this image.
struct ContainerConfig {
  std::vector<std::string> entrypoint, cmd, env;
  std::string working_dir, user, stop_signal;
  std::vector<std::string> volumes;        // paths, sorted
  std::vector<std::string> exposed_ports;  // "80/tcp", sorted
  Annotations labels;                      // sorted by key
  std::optional<Healthcheck> healthcheck;
};

struct HistoryEntry {
  std::string created, created_by, author, comment;
  bool empty_layer = false;
};

struct ImageConfig {
  std::string architecture, os, variant, os_version;
  std::string created;  // RFC 3339, may be empty
  std::string author;
  ContainerConfig config;
  std::string rootfs_type;            // always "layers"
  std::vector<std::string> diff_ids;  // bottom layer first
  std::vector<HistoryEntry> history;

  Platform platform() const;
};

// Parse and validate (os, architecture, rootfs.type "layers", each diff_id
// a sha256 digest). Errors name the field: "image config: rootfs.diff_ids[1]: ...".
Result<ImageConfig> parse_image_config(std::string_view json);
// Serialise (used for images built by the store itself: import).
std::string image_config_to_json(const ImageConfig& c);

// Chain id of a layer with diff_id over a parent chain ("" for the base).
std::string chain_id(std::string_view parent_chain, std::string_view diff_id);
// Chain ids of all layers, bottom first.
std::vector<std::string> chain_ids(const std::vector<std::string>& diff_ids);

// The config and the manifest must describe the same number of layers.
Status check_config_matches(const ImageConfig& c, const Manifest& m);

}  // namespace ec::img
