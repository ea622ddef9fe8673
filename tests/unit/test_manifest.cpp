// Manifests, indexes, platforms, image configs and chain ids.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/sha256.h"
#include "img/image_config.h"
#include "img/manifest.h"
#include "img/platform.h"

using namespace ec;
using namespace ec::img;

namespace {

const std::string D1 = "sha256:" + std::string(64, '1');
const std::string D2 = "sha256:" + std::string(64, '2');
const std::string D3 = "sha256:" + std::string(64, '3');

std::string desc(const std::string& type, const std::string& digest, int size, const std::string& extra = "") {
  std::string s = "{\"mediaType\":\"" + type + "\",\"digest\":\"" + digest + "\",\"size\":" + std::to_string(size);
  if (!extra.empty()) s += "," + extra;
  return s + "}";
}

std::string image_manifest(const std::string& type, const std::string& config_type, const std::string& layer_type,
                           bool with_media_type = true) {
  std::string s = "{\"schemaVersion\":2,";
  if (with_media_type) s += "\"mediaType\":\"" + type + "\",";
  s += "\"config\":" + desc(config_type, D1, 100) + ",\"layers\":[" + desc(layer_type, D2, 2000) + "," +
       desc(layer_type, D3, 3000) + "],\"annotations\":{\"b\":\"2\",\"a\":\"1\"}}";
  return s;
}

std::string plat(const std::string& os, const std::string& arch, const std::string& variant = "") {
  std::string s = "\"platform\":{\"architecture\":\"" + arch + "\",\"os\":\"" + os + "\"";
  if (!variant.empty()) s += ",\"variant\":\"" + variant + "\"";
  return s + "}";
}

std::string index_doc(const std::string& type, const std::vector<std::string>& entries) {
  std::string s = "{\"schemaVersion\":2,\"mediaType\":\"" + type + "\",\"manifests\":[";
  for (size_t i = 0; i < entries.size(); i++) s += (i ? "," : "") + entries[i];
  return s + "]}";
}

std::string str(std::string_view v) { return std::string(v); }

// ---- manifests -----------------------------------------------------------------

TEST(Manifest, OciImageManifest) {
  auto r = parse_manifest(image_manifest(str(media::kOciManifest), str(media::kOciConfig), str(media::kOciLayerGzip)));
  ASSERT_TRUE(r) << r.error().msg;
  ASSERT_FALSE(r->is_index());
  const Manifest& m = r->manifest;
  EXPECT_EQ(m.kind, ManifestKind::OciManifest);
  EXPECT_EQ(m.config.digest, D1);
  EXPECT_EQ(m.config.size, 100);
  ASSERT_EQ(m.layers.size(), 2u);
  EXPECT_EQ(m.layers[1].digest, D3);
  EXPECT_EQ(m.layers[1].size, 3000);
  EXPECT_EQ(m.compression, (std::vector<Compression>{Compression::Gzip, Compression::Gzip}));
  ASSERT_EQ(m.annotations.size(), 2u);
  EXPECT_EQ(m.annotations[0].first, "a");  // sorted
}

TEST(Manifest, DockerSchema2Manifest) {
  auto r = parse_manifest(
      image_manifest(str(media::kDockerManifest), str(media::kDockerConfig), str(media::kDockerLayer)));
  ASSERT_TRUE(r) << r.error().msg;
  EXPECT_EQ(r->kind, ManifestKind::DockerManifest);
  EXPECT_EQ(r->manifest.compression[0], Compression::Gzip);
}

TEST(Manifest, UncompressedOciLayers) {
  auto r = parse_manifest(image_manifest(str(media::kOciManifest), str(media::kOciConfig), str(media::kOciLayer)));
  ASSERT_TRUE(r) << r.error().msg;
  EXPECT_EQ(r->manifest.compression[0], Compression::None);
}

TEST(Manifest, KindFromContentTypeOrShape) {
  std::string body = image_manifest("", str(media::kDockerConfig), str(media::kDockerLayer), false);
  auto by_header = parse_manifest(body, std::string(media::kDockerManifest) + "; charset=utf-8");
  ASSERT_TRUE(by_header) << by_header.error().msg;
  EXPECT_EQ(by_header->kind, ManifestKind::DockerManifest);
  auto by_shape = parse_manifest(body, "application/json");
  ASSERT_TRUE(by_shape) << by_shape.error().msg;
  EXPECT_EQ(by_shape->kind, ManifestKind::OciManifest);
  auto idx = parse_manifest("{\"schemaVersion\":2,\"manifests\":[" + desc(str(media::kOciManifest), D1, 5) + "]}");
  ASSERT_TRUE(idx) << idx.error().msg;
  EXPECT_EQ(idx->kind, ManifestKind::OciIndex);
}

TEST(Manifest, MediaTypeContradictingContentType) {
  auto r = parse_manifest(image_manifest(str(media::kOciManifest), str(media::kOciConfig), str(media::kOciLayer)),
                          media::kDockerList);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().msg.find("does not match the Content-Type"), std::string::npos) << r.error().msg;
}

TEST(Manifest, OciIndexAndDockerList) {
  for (auto type : {media::kOciIndex, media::kDockerList}) {
    auto r = parse_manifest(index_doc(str(type), {desc(str(media::kDockerManifest), D1, 10, plat("linux", "amd64")),
                                                  desc(str(media::kDockerManifest), D2, 11,
                                                       plat("linux", "arm", "v7") + ",\"urls\":[\"http://x\"]")}));
    ASSERT_TRUE(r) << r.error().msg;
    ASSERT_TRUE(r->is_index());
    EXPECT_EQ(r->kind, type == media::kOciIndex ? ManifestKind::OciIndex : ManifestKind::DockerList);
    ASSERT_EQ(r->index.manifests.size(), 2u);
    ASSERT_TRUE(r->index.manifests[1].platform.has_value());
    EXPECT_EQ(r->index.manifests[1].platform->str(), "linux/arm/v7");
    EXPECT_EQ(r->index.manifests[1].urls, std::vector<std::string>{"http://x"});
  }
}

TEST(Manifest, Schema1Rejected) {
  const std::string want = "schema1 manifests are not supported (deprecated since 2019); re-push the image with a "
                           "current tool";
  std::string v1 = "{\"schemaVersion\":1,\"name\":\"x\",\"tag\":\"latest\",\"fsLayers\":[]}";
  struct Case {
    std::string body, content_type;
  } cases[] = {
      {v1, ""},
      {v1, str(media::kDockerSchema1Signed)},
      {"{\"schemaVersion\":2,\"mediaType\":\"" + str(media::kDockerSchema1) + "\"}", ""},
      {"{}", str(media::kDockerSchema1) + "; charset=utf-8"},
  };
  for (auto& c : cases) {
    auto r = parse_manifest(c.body, c.content_type);
    ASSERT_FALSE(r) << c.body;
    EXPECT_EQ(r.error().msg, want);
  }
}

TEST(Manifest, ErrorsNameTheField) {
  struct Case {
    std::string body, want;
  } cases[] = {
      {"[]", "manifest: want a JSON object"},
      {"{\"schemaVersion\":3}", "manifest: schemaVersion: want 2"},
      {image_manifest(str(media::kOciManifest), str(media::kOciConfig), "application/x-foo"),
       "manifest: layers[0] (" + D2 + "): mediaType \"application/x-foo\": unknown layer media type"},
      {"{\"schemaVersion\":2,\"config\":" + desc(str(media::kOciConfig), "sha256:abc", 1) + ",\"layers\":[]}",
       "manifest: config.digest: invalid digest \"sha256:abc\": want 64 lowercase hex characters"},
      {"{\"schemaVersion\":2,\"config\":{\"mediaType\":\"" + str(media::kOciConfig) + "\",\"digest\":\"" + D1 +
           "\"},\"layers\":[]}",
       "manifest: config.size: missing"},
      {"{\"schemaVersion\":2,\"config\":" + desc(str(media::kOciConfig), D1, 1) + ",\"layers\":[{\"mediaType\":\"" +
           str(media::kOciLayer) + "\",\"digest\":\"" + D2 + "\",\"size\":-4}]}",
       "manifest: layers[0].size: want a non-negative integer"},
      {"{\"schemaVersion\":2,\"config\":" + desc(str(media::kOciConfig), D1, 1) + "}", "manifest: layers: missing"},
      {index_doc(str(media::kOciIndex), {desc(str(media::kOciManifest), D1, 1, "\"platform\":{\"os\":\"linux\"}")}),
       "index: manifests[0].platform.architecture: missing"},
      {"{\"schemaVersion\":2,\"mediaType\":\"text/plain\"}", "manifest: mediaType \"text/plain\": not an image manifest or index"},
      {"{\"schemaVersion\":2}", "manifest: mediaType: missing, and the document is neither a manifest nor an index"},
      {"{\"schemaVersion\":2,\"config\":" + desc(str(media::kOciConfig), "sha512:abcd", 1) + ",\"layers\":[]}",
       "manifest: config.digest: unsupported digest algorithm \"sha512\" in \"sha512:abcd\""},
  };
  for (auto& c : cases) {
    auto r = parse_manifest(c.body);
    ASSERT_FALSE(r) << c.body;
    EXPECT_EQ(r.error().msg, c.want);
  }
}

TEST(Manifest, UnsupportedLayers) {
  struct Case {
    std::string_view type;
    const char* needle;
  } cases[] = {
      {media::kOciLayerZstd, "zstd-compressed layers are not supported"},
      {media::kOciLayerNondistGzip, "non-distributable (foreign) layers are not supported"},
      {media::kOciLayerNondist, "non-distributable (foreign) layers are not supported"},
      {media::kDockerForeignLayer, "non-distributable (foreign) layers are not supported"},
  };
  for (auto& c : cases) {
    auto r = parse_manifest(image_manifest(str(media::kOciManifest), str(media::kOciConfig), str(c.type)));
    ASSERT_FALSE(r) << c.type;
    EXPECT_NE(r.error().msg.find(c.needle), std::string::npos) << r.error().msg;
    EXPECT_NE(r.error().msg.find("manifest: layers[0] (" + D2 + ")"), std::string::npos) << r.error().msg;
    EXPECT_EQ(r.error().code, ENOTSUP);
  }
}

TEST(Manifest, ArtifactConfigRejected) {
  auto r = parse_manifest(image_manifest(str(media::kOciManifest), "application/vnd.cncf.helm.config.v1+json",
                                         str(media::kOciLayerGzip)));
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().msg.find("not a container image"), std::string::npos) << r.error().msg;
}

TEST(Manifest, ToJsonRoundTrip) {
  auto r = parse_manifest(image_manifest(str(media::kOciManifest), str(media::kOciConfig), str(media::kOciLayer)));
  ASSERT_TRUE(r);
  std::string j = manifest_to_json(r->manifest);
  auto again = parse_manifest(j);
  ASSERT_TRUE(again) << again.error().msg;
  EXPECT_EQ(again->manifest.layers.size(), 2u);
  EXPECT_EQ(again->manifest.layers[1].digest, D3);
  EXPECT_EQ(again->manifest.annotations, r->manifest.annotations);
  EXPECT_EQ(manifest_to_json(again->manifest), j);  // deterministic
}

TEST(Manifest, AcceptHeaderListsAllKinds) {
  std::string a = manifest_accept_header();
  for (auto t : {media::kOciIndex, media::kOciManifest, media::kDockerList, media::kDockerManifest})
    EXPECT_NE(a.find(t), std::string::npos) << t;
}

// ---- platforms -----------------------------------------------------------------

Platform P(const std::string& os, const std::string& arch, const std::string& variant = "") {
  Platform p;
  p.os = os;
  p.architecture = arch;
  p.variant = variant;
  return p;
}

TEST(Platform, FromUname) {
  struct Case {
    const char* machine;
    bool little;
    const char* want;
  } cases[] = {
      {"x86_64", true, "linux/amd64"},     {"aarch64", true, "linux/arm64/v8"}, {"armv7l", true, "linux/arm/v7"},
      {"armv6l", true, "linux/arm/v6"},    {"armv5tejl", true, "linux/arm/v5"}, {"armv8l", true, "linux/arm/v8"},
      {"mips", true, "linux/mipsle"},      {"mips", false, "linux/mips"},       {"mips64", true, "linux/mips64le"},
      {"mips64", false, "linux/mips64"},   {"i686", true, "linux/386"},         {"riscv64", true, "linux/riscv64"},
      {"ppc64le", true, "linux/ppc64le"},  {"s390x", false, "linux/s390x"},     {"loongarch64", true, "linux/loong64"},
  };
  for (auto& c : cases) EXPECT_EQ(platform_from_uname(c.machine, c.little).str(), c.want) << c.machine;
}

TEST(Platform, HostIsLinuxAndNormalised) {
  Platform h = host_platform();
  EXPECT_EQ(h.os, "linux");
  EXPECT_FALSE(h.architecture.empty());
  EXPECT_EQ(normalize_platform(h), h);
#if defined(__x86_64__)
  EXPECT_EQ(h.str(), "linux/amd64");
#endif
}

TEST(Platform, Parse) {
  struct Case {
    const char* in;
    const char* want;  // nullptr: error
  } cases[] = {
      {"linux/amd64", "linux/amd64"},
      {"linux/x86_64", "linux/amd64"},
      {"amd64", "linux/amd64"},
      {"linux/arm64", "linux/arm64/v8"},
      {"linux/arm64/v8", "linux/arm64/v8"},
      {"linux/aarch64", "linux/arm64/v8"},
      {"linux/armhf", "linux/arm/v7"},
      {"linux/armel", "linux/arm/v6"},
      {"linux/arm", "linux/arm/v7"},
      {"linux/arm/6", "linux/arm/v6"},
      {"linux/i386", "linux/386"},
      {"linux/mipsel", "linux/mipsle"},
      {"Linux/AMD64", "linux/amd64"},
      {"linux/amd64/v1", "linux/amd64"},
      {"", nullptr},
      {"linux//v7", nullptr},
      {"a/b/c/d", nullptr},
      {"linux/am d64", nullptr},
  };
  for (auto& c : cases) {
    auto r = parse_platform(c.in);
    if (!c.want) {
      ASSERT_FALSE(r) << c.in;
      EXPECT_NE(r.error().msg.find("want os/arch[/variant]"), std::string::npos);
      continue;
    }
    ASSERT_TRUE(r) << c.in << ": " << r.error().msg;
    EXPECT_EQ(r->str(), c.want) << c.in;
  }
}

TEST(Platform, Rank) {
  struct Case {
    Platform want, have;
    int rank;
  } cases[] = {
      {P("linux", "amd64"), P("linux", "amd64"), 0},
      {P("linux", "amd64"), P("linux", "arm64"), -1},
      {P("linux", "amd64"), P("windows", "amd64"), -1},
      {P("linux", "arm", "v7"), P("linux", "arm", "v7"), 0},
      {P("linux", "arm", "v7"), P("linux", "arm", "v6"), 1},
      {P("linux", "arm", "v7"), P("linux", "arm", "v5"), 2},
      {P("linux", "arm", "v6"), P("linux", "arm", "v7"), -1},
      {P("linux", "arm", "v7"), P("linux", "arm"), 0},  // arm without variant is v7
      {P("linux", "arm", "v8"), P("linux", "arm", "v7"), 1},
      {P("linux", "arm64"), P("linux", "arm64", "v8"), 0},
      {P("linux", "arm64", "v8"), P("linux", "aarch64"), 0},
      {P("linux", "arm64", "v8"), P("linux", "arm64", "v9"), -1},
      {P("linux", "arm64", "v9"), P("linux", "arm64", "v8"), 1000},
      {P("linux", "mipsle"), P("linux", "mipsle"), 0},
      {P("linux", "mipsle"), P("linux", "mips"), -1},
      {P("linux", "mipsle"), P("linux", "mipsel"), 0},
      {P("linux", "amd64", "v3"), P("linux", "amd64"), 2},
      {P("linux", "amd64"), P("linux", "amd64", "v2"), -1},
      {P("linux", "amd64"), P("unknown", "unknown"), -1},
      {P("linux", "riscv64"), P("linux", "riscv64", "rva22"), -1},
  };
  for (auto& c : cases)
    EXPECT_EQ(platform_rank(c.want, c.have), c.rank) << c.want.str() << " <- " << c.have.str();
}

TEST(Platform, MatchPicksBestAndSkipsAttestations) {
  std::vector<Platform> idx = {P("unknown", "unknown"), P("linux", "arm", "v5"), P("linux", "arm", "v6"),
                               P("linux", "amd64"), P("linux", "arm64", "v8"), P("unknown", "unknown")};
  struct Case {
    Platform want;
    int index;  // -1: no match
  } cases[] = {
      {P("linux", "arm", "v7"), 2},      // v6 beats v5
      {P("linux", "arm", "v6"), 2},      // exact
      {P("linux", "arm", "v5"), 1},      // exact
      {P("linux", "arm64"), 4},          // arm64 == arm64/v8
      {P("linux", "amd64"), 3},
      {P("linux", "mipsle"), -1},
      {P("unknown", "unknown"), -1},     // attestations are never chosen
  };
  for (auto& c : cases) {
    auto r = match_platform(idx, c.want);
    if (c.index < 0) {
      ASSERT_FALSE(r) << c.want.str();
      continue;
    }
    ASSERT_TRUE(r) << c.want.str() << ": " << r.error().msg;
    EXPECT_EQ(static_cast<int>(*r), c.index) << c.want.str();
  }
  // Ties go to the first entry.
  auto tie = match_platform({P("linux", "amd64"), P("linux", "amd64")}, P("linux", "amd64"));
  ASSERT_TRUE(tie);
  EXPECT_EQ(*tie, 0u);
}

TEST(Platform, NoMatchListsWhatTheIndexOffers) {
  auto idx = parse_manifest(index_doc(str(media::kOciIndex),
                                      {desc(str(media::kOciManifest), D1, 1, plat("linux", "amd64")),
                                       desc(str(media::kOciManifest), D2, 1, plat("linux", "arm64", "v8")),
                                       desc(str(media::kOciManifest), D3, 1, plat("unknown", "unknown"))}));
  ASSERT_TRUE(idx) << idx.error().msg;
  auto r = select_manifest(idx->index, P("linux", "mipsle"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, "no image for linux/mipsle in the index; available: linux/amd64, linux/arm64/v8");
  EXPECT_EQ(r.error().code, ENOENT);
  auto ok = select_manifest(idx->index, P("linux", "aarch64"));
  ASSERT_TRUE(ok) << ok.error().msg;
  EXPECT_EQ(ok->digest, D2);
}

TEST(Platform, SelectRefusesSchema1Entry) {
  auto idx = parse_manifest(
      index_doc(str(media::kDockerList), {desc(str(media::kDockerSchema1Signed), D1, 1, plat("linux", "amd64"))}));
  ASSERT_TRUE(idx) << idx.error().msg;
  auto r = select_manifest(idx->index, P("linux", "amd64"));
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().msg.find("schema1"), std::string::npos);
}

// ---- image config ---------------------------------------------------------------

const char* kConfig = R"({
  "created": "2024-01-02T03:04:05Z",
  "architecture": "arm",
  "variant": "v7",
  "os": "linux",
  "config": {
    "User": "app",
    "ExposedPorts": {"8080/tcp": {}, "53/udp": {}},
    "Env": ["PATH=/usr/bin:/bin", "A=b"],
    "Entrypoint": ["/entry"],
    "Cmd": ["serve", "--port", "8080"],
    "Volumes": {"/data": {}},
    "WorkingDir": "/srv",
    "Labels": {"z": "last", "a": "first"},
    "StopSignal": "SIGINT",
    "Healthcheck": {"Test": ["CMD-SHELL", "wget -q localhost"], "Interval": 30000000000,
                    "Timeout": 5000000000, "Retries": 3, "StartPeriod": 1000000000}
  },
  "rootfs": {"type": "layers", "diff_ids": [
    "sha256:4fbec69b941195fd56f8212a5000e304129451d82efca94ff0e0fb2d5355472e",
    "sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2"]},
  "history": [{"created": "2024-01-01T00:00:00Z", "created_by": "ADD rootfs"},
              {"created_by": "ENV A=b", "empty_layer": true},
              {"created_by": "COPY x", "comment": "c"}]
})";

TEST(ImageConfig, ParsesEverything) {
  auto r = parse_image_config(kConfig);
  ASSERT_TRUE(r) << r.error().msg;
  const ImageConfig& c = *r;
  EXPECT_EQ(c.platform().str(), "linux/arm/v7");
  EXPECT_EQ(c.created, "2024-01-02T03:04:05Z");
  EXPECT_EQ(c.config.user, "app");
  EXPECT_EQ(c.config.exposed_ports, (std::vector<std::string>{"53/udp", "8080/tcp"}));
  EXPECT_EQ(c.config.env, (std::vector<std::string>{"PATH=/usr/bin:/bin", "A=b"}));
  EXPECT_EQ(c.config.entrypoint, std::vector<std::string>{"/entry"});
  EXPECT_EQ(c.config.cmd, (std::vector<std::string>{"serve", "--port", "8080"}));
  EXPECT_EQ(c.config.volumes, std::vector<std::string>{"/data"});
  EXPECT_EQ(c.config.working_dir, "/srv");
  ASSERT_EQ(c.config.labels.size(), 2u);
  EXPECT_EQ(c.config.labels[0], std::make_pair(std::string("a"), std::string("first")));
  EXPECT_EQ(c.config.stop_signal, "SIGINT");
  ASSERT_TRUE(c.config.healthcheck);
  EXPECT_EQ(c.config.healthcheck->test, (std::vector<std::string>{"CMD-SHELL", "wget -q localhost"}));
  EXPECT_EQ(c.config.healthcheck->interval_ns, 30000000000);
  EXPECT_EQ(c.config.healthcheck->timeout_ns, 5000000000);
  EXPECT_EQ(c.config.healthcheck->retries, 3);
  EXPECT_EQ(c.config.healthcheck->start_period_ns, 1000000000);
  EXPECT_EQ(c.diff_ids.size(), 2u);
  ASSERT_EQ(c.history.size(), 3u);
  EXPECT_TRUE(c.history[1].empty_layer);
  EXPECT_EQ(c.history[2].comment, "c");
}

TEST(ImageConfig, ToJsonRoundTrip) {
  auto r = parse_image_config(kConfig);
  ASSERT_TRUE(r);
  std::string j = image_config_to_json(*r);
  auto again = parse_image_config(j);
  ASSERT_TRUE(again) << again.error().msg << "\n" << j;
  EXPECT_EQ(image_config_to_json(*again), j);
  EXPECT_EQ(again->config.healthcheck->retries, 3);
  EXPECT_EQ(again->config.labels, r->config.labels);
  EXPECT_EQ(again->diff_ids, r->diff_ids);
}

TEST(ImageConfig, ErrorsNameTheField) {
  struct Case {
    const char* body;
    const char* want;
  } cases[] = {
      {R"({"os":"linux","rootfs":{"type":"layers","diff_ids":[]}})", "image config: architecture: missing"},
      {R"({"os":"linux","architecture":"amd64"})", "image config: rootfs: missing"},
      {R"({"os":"linux","architecture":"amd64","rootfs":{"type":"layers"}})", "image config: rootfs.diff_ids: missing"},
      {R"({"os":"linux","architecture":"amd64","rootfs":{"type":"tarballs","diff_ids":[]}})",
       "image config: rootfs.type \"tarballs\": want \"layers\""},
      {R"({"os":"linux","architecture":"amd64","rootfs":{"type":"layers","diff_ids":["sha256:12"]}})",
       "image config: rootfs.diff_ids[0]: invalid digest \"sha256:12\": want 64 lowercase hex characters"},
      {R"({"os":"linux","architecture":"amd64","config":{"Cmd":"ls"},"rootfs":{"type":"layers","diff_ids":[]}})",
       "image config: config.Cmd: want an array of strings"},
      {R"({"os":"linux","architecture":"amd64","config":{"Env":["A",1]},"rootfs":{"type":"layers","diff_ids":[]}})",
       "image config: config.Env[1]: want a string"},
      {R"({"os":"linux","architecture":"amd64","config":{"Healthcheck":{"Retries":-1}},"rootfs":{"type":"layers","diff_ids":[]}})",
       "image config: config.Healthcheck.Retries: want a non-negative integer"},
  };
  for (auto& c : cases) {
    auto r = parse_image_config(c.body);
    ASSERT_FALSE(r) << c.body;
    EXPECT_EQ(r.error().msg, c.want);
  }
}

TEST(ImageConfig, NullsAreEmpty) {
  auto r = parse_image_config(
      R"({"os":"linux","architecture":"amd64","config":{"Entrypoint":null,"Cmd":null,"Volumes":null},"rootfs":{"type":"layers","diff_ids":[]}})");
  ASSERT_TRUE(r) << r.error().msg;
  EXPECT_TRUE(r->config.entrypoint.empty());
  EXPECT_FALSE(r->config.healthcheck);
}

TEST(ImageConfig, ChainIdsKnownValues) {
  // Computed independently (Python hashlib) from diff_ids = sha256("layer0".."layer2").
  std::vector<std::string> diff = {sha256_digest("layer0"), sha256_digest("layer1"), sha256_digest("layer2")};
  ASSERT_EQ(diff[0], "sha256:4fbec69b941195fd56f8212a5000e304129451d82efca94ff0e0fb2d5355472e");
  auto chains = chain_ids(diff);
  ASSERT_EQ(chains.size(), 3u);
  EXPECT_EQ(chains[0], diff[0]);
  EXPECT_EQ(chains[1], "sha256:ef232af0eb422cdfd7917631657cd8ed2bfd5b9461b37c427aa0d3e0a19adf79");
  EXPECT_EQ(chains[2], "sha256:7ad3896338947cc04ee0b35b50d400ff32538d63f42f85ec87feac78bf71a54d");
  EXPECT_EQ(chain_id(chains[1], diff[2]), chains[2]);
  EXPECT_EQ(chain_id("", diff[1]), diff[1]);
  EXPECT_TRUE(chain_ids({}).empty());
}

TEST(ImageConfig, DiffIdsMustMatchManifestLayers) {
  auto c = parse_image_config(kConfig);
  auto m = parse_manifest(image_manifest(str(media::kOciManifest), str(media::kOciConfig), str(media::kOciLayer)));
  ASSERT_TRUE(c && m);
  EXPECT_TRUE(check_config_matches(*c, m->manifest));
  m->manifest.layers.pop_back();
  auto st = check_config_matches(*c, m->manifest);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().msg, "image config lists 2 diff_ids but the manifest has 1 layers");
}

}  // namespace
