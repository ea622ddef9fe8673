// `edgectl pull`: resolve a reference on its registry, pick the platform,
// and bring the image into the store, layers 2-3 at a time, each in one
// streaming pass (download -> sha256 -> gunzip -> sha256 -> unpack) with
// the compressed bytes teed to a resumable partial: a cut connection is
// resumed with Range, and after a kill the next pull replays what is on
// disk instead of fetching it again.
//
// Mirrors: a docker.io reference is tried on each of the config's
// registry-mirrors in turn ("http://host:port" or "https://host[:port]",
// serving docker.io's repositories under the same names), then on docker.io
// itself. Any failure of a mirror (connection refused, 404, 5xx, auth, bad
// content, even mid-way through the layers) moves on to the next source;
// only local failures (disk full, read-only store) stop the pull. Partials
// are per blob digest, so what a failed mirror delivered is not fetched again.
// Plain HTTP to a mirror only when its URL says http:// or it is insecure
// (insecure-registries, or a literal loopback address, as for registries).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/error.h"
#include "img/platform.h"
#include "img/store.h"

namespace ec::img {

// Events of a pull, for the progress display. Called from worker threads,
// never concurrently (the puller serialises them).
class PullProgress {
 public:
  virtual ~PullProgress() = default;
  virtual void resolved(const std::string& /*ref*/, const std::string& /*manifest_digest*/) {}
  virtual void layer_exists(const std::string& /*blob_digest*/) {}
  virtual void layer_start(const std::string& /*blob_digest*/, int64_t /*size*/, uint64_t /*resumed_at*/) {}
  virtual void layer_bytes(const std::string& /*blob_digest*/, uint64_t /*done*/) {}
  virtual void layer_retry(const std::string& /*blob_digest*/, const std::string& /*why*/) {}
  virtual void layer_done(const std::string& /*blob_digest*/) {}
  // A mirror is serving this pull (emitted before resolved()).
  virtual void mirror_used(const std::string& /*mirror_url*/) {}
  // A mirror failed; the pull goes on with the next mirror or the registry.
  virtual void mirror_failed(const std::string& /*mirror_url*/, const std::string& /*why*/) {}
};

struct PullOptions {
  Platform platform;  // normalised target platform (host_platform() by default)
  PullProgress* progress = nullptr;
  int body_attempts = 6;   // per layer, for bodies cut mid-way (each resumes)
  int retry_delay_ms = 300;  // first back-off between body attempts, doubled each time
};

struct PullResult {
  ImageRecord image;
  std::string manifest_digest;  // the digest the reference resolved to (index or manifest)
  bool up_to_date = false;      // the name already pointed at this image
  std::string mirror;           // URL of the registry mirror that served it; "" for the registry itself
};

// Registry options for `host` from the engine config: credentials, CA dir,
// and insecure handling (listed hosts and literal 127.0.0.0/8 and ::1, as docker:
// HTTPS without verification first, then plain HTTP).
bool registry_is_insecure(const EngineConfig& cfg, const std::string& host);

// One entry of registry-mirrors: "http://host:port", "https://host[:port]"
// or a bare "host[:port]" (https). A trailing "/" is fine; a path, query or
// user info is refused (a mirror serves the root of the v2 API).
struct MirrorEndpoint {
  std::string host;         // as Registry takes it: "127.0.0.1:5000", "mirror.lan", "[::1]:5000"
  bool plain_http = false;  // the URL says http://
};
Result<MirrorEndpoint> parse_registry_mirror(std::string_view url);

Result<PullResult> pull_image(Store& store, const EngineConfig& cfg, std::string_view ref, const PullOptions& o);

}  // namespace ec::img
