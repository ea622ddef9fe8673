// `edgectl pull`: resolve a reference on its registry, pick the platform,
// and bring the image into the store, layers 2-3 at a time, each in one
// streaming pass (download -> sha256 -> gunzip -> sha256 -> unpack) with
// the compressed bytes teed to a resumable partial: a cut connection is
// resumed with Range, and after a kill the next pull replays what is on
// disk instead of fetching it again.
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
};

// Registry options for `host` from the engine config: credentials, CA dir,
// and insecure handling (listed hosts and literal 127.0.0.0/8 and ::1, as docker:
// HTTPS without verification first, then plain HTTP).
bool registry_is_insecure(const EngineConfig& cfg, const std::string& host);

Result<PullResult> pull_image(Store& store, const EngineConfig& cfg, std::string_view ref, const PullOptions& o);

}  // namespace ec::img
