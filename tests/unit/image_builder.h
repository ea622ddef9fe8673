// Test images built in memory (layer tars, config, manifest) and helpers
// to put them into a store the way a pull does.
#pragma once
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/fs.h"
#include "core/sha256.h"
#include "img/image_config.h"
#include "img/manifest.h"
#include "img/store.h"
#include "tar_writer.h"

namespace imgtest {

using namespace ec;
using namespace ec::img;

struct TestLayer {
  std::string tar, gz;
  std::string diff_id, blob_digest;  // blob = gz
};

inline TestLayer make_layer(const tartest::Tar& t) {
  TestLayer l;
  l.tar = t.str();
  l.gz = tartest::gzip(l.tar);
  l.diff_id = sha256_digest(l.tar);
  l.blob_digest = sha256_digest(l.gz);
  return l;
}

// A layer of regular files (name, content), mode 0644, sorted as given.
inline TestLayer files_layer(const std::vector<std::pair<std::string, std::string>>& files) {
  tartest::Tar t;
  for (auto& [n, c] : files) t.file(n, c);
  t.end();
  return make_layer(t);
}

struct TestImage {
  std::vector<TestLayer> layers;
  std::vector<std::string> chains;
  std::string config, config_digest;
  std::string manifest, manifest_digest;
};

inline TestImage make_image(std::vector<TestLayer> layers, const std::string& arch = "amd64",
                            const std::string& cmd = "/bin/sh") {
  TestImage img;
  img.layers = std::move(layers);
  std::vector<std::string> diff;
  for (auto& l : img.layers) diff.push_back(l.diff_id);
  img.chains = chain_ids(diff);
  img.config = "{\"architecture\":\"" + arch +
               "\",\"os\":\"linux\",\"created\":\"2024-02-03T04:05:06Z\",\"config\":{\"Cmd\":[\"" + cmd +
               "\"],\"Env\":[\"PATH=/bin\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[";
  for (size_t i = 0; i < diff.size(); i++) img.config += (i ? ",\"" : "\"") + diff[i] + "\"";
  img.config += "]}}";
  img.config_digest = sha256_digest(img.config);
  Manifest m;
  m.media_type = std::string(media::kOciManifest);
  m.config = {std::string(media::kOciConfig), img.config_digest, static_cast<int64_t>(img.config.size()), {}, {}, {}};
  for (auto& l : img.layers)
    m.layers.push_back({std::string(media::kOciLayerGzip), l.blob_digest, static_cast<int64_t>(l.gz.size()), {}, {}, {}});
  img.manifest = manifest_to_json(m);
  img.manifest_digest = sha256_digest(img.manifest);
  return img;
}

// What a pull does: layers (gzip), config and manifest blobs, the name.
inline Result<ImageRecord> add_image(Store& s, const TestImage& img, const std::string& ref) {
  std::string parent;
  for (size_t i = 0; i < img.layers.size(); i++) {
    MemReader r(img.layers[i].gz);
    LayerSpec spec;
    spec.blob_digest = img.layers[i].blob_digest;
    spec.diff_id = img.layers[i].diff_id;
    spec.parent = parent;
    spec.compression = LayerCompression::Gzip;
    EC_ASSIGN(LayerResult lr, s.ingest_layer(r, spec));
    parent = lr.chain_id;
  }
  EC_TRY(s.put_blob(img.config, img.config_digest));
  EC_TRY(s.put_blob(img.manifest, img.manifest_digest));
  return s.record_image(ref, img.manifest_digest);
}

inline StoreOptions test_options() {
  StoreOptions o;
  o.unpack.whiteouts = Whiteouts::Plain;  // overlay whiteouts need CAP_MKNOD
  o.unpack.sync = false;                  // tmpfs/ext4 syncs only cost time here
  return o;
}

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/edgectl-store-test-XXXXXX";
    const char* p = ::mkdtemp(tmpl);
    path_ = p ? p : "";
  }
  ~TempDir() {
    if (!path_.empty()) (void)remove_all(path_);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline std::vector<std::string> sorted(const std::string& dir) {
  auto r = list_dir(dir);
  if (!r) return {"<error: " + r.error().msg + ">"};
  std::sort(r->begin(), r->end());
  return *r;
}

inline std::string content(const std::string& p) {
  auto r = read_file(p);
  return r ? *r : "<missing>";
}

inline mode_t mode_of(const std::string& p) {
  struct stat st {};
  if (::lstat(p.c_str(), &st) < 0) return 0;
  return st.st_mode;
}

}  // namespace imgtest
