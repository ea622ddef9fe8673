#include <gtest/gtest.h>

#include "core/config.h"

using namespace ec;

TEST(EngineConfig, DefaultsWhenEmpty) {
  auto c = parse_engine_config("{}", "cfg");
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->root, "/var/lib/edgectl");
  EXPECT_EQ(c->auth_path(), "/var/lib/edgectl/auth.json");
  EXPECT_EQ(c->max_concurrent_downloads, 3);
  EXPECT_FALSE(c->keep_compressed_blobs);
}

TEST(EngineConfig, AllKeys) {
  auto c = parse_engine_config(R"({"root":"/data/e","run-root":"/run/e",
    "insecure-registries":["127.0.0.1:5000","reg.local"],"registry-mirrors":["https://m:5000"],
    "certs-dir":"/etc/c","auth-file":"/etc/a.json","keep-compressed-blobs":true,
    "max-concurrent-downloads":2,"max-layer-size":"1g","max-gzip-ratio":100,
    "default-runtime":"runc","runtimes":{"runc":{"path":"/usr/bin/runc","args":["--debug"]}}})",
                               "cfg");
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->root, "/data/e");
  EXPECT_EQ(c->run_root, "/run/e");
  EXPECT_TRUE(c->is_insecure("127.0.0.1:5000"));
  EXPECT_FALSE(c->is_insecure("127.0.0.1:5001"));
  EXPECT_TRUE(c->is_insecure("reg.local:443"));
  EXPECT_EQ(c->registry_mirrors.at(0), "https://m:5000");
  EXPECT_EQ(c->auth_path(), "/etc/a.json");
  EXPECT_TRUE(c->keep_compressed_blobs);
  EXPECT_EQ(c->max_concurrent_downloads, 2);
  EXPECT_EQ(c->max_layer_size, 1ULL << 30);
  EXPECT_EQ(c->max_gzip_ratio, 100u);
  EXPECT_EQ(c->default_runtime, "runc");
  ASSERT_EQ(c->runtimes.count("runc"), 1u);
  EXPECT_EQ(c->runtimes["runc"].args.at(0), "--debug");
}

TEST(EngineConfig, ErrorsNameTheKey) {
  struct Case {
    const char* json;
    const char* needle;
  } cases[] = {
      {R"({"roots":"/x"})", "unknown key \"roots\""},
      {R"({"root":5})", "root: expected a string"},
      {R"({"root":"rel/path"})", "absolute"},
      {R"({"insecure-registries":"x"})", "insecure-registries: expected an array"},
      {R"({"insecure-registries":[1]})", "insecure-registries[0]"},
      {R"({"max-concurrent-downloads":0})", "at least 1"},
      {R"({"max-concurrent-downloads":1.5})", "whole number"},
      {R"({"max-layer-size":"lots"})", "invalid size"},
      {R"({"runtimes":{"x":{"path":"runc"}}})", "runtimes.x.path"},
      {R"({"runtimes":{"x":{"path":"/r","bogus":1}}})", "unknown key \"bogus\""},
      {R"({"keep-compressed-blobs":"yes"})", "true or false"},
      {R"([1,2])", "expected a JSON object"},
      {R"({"root": )", "cfg"},
  };
  for (auto& c : cases) {
    auto r = parse_engine_config(c.json, "cfg");
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_NE(r.error().msg.find(c.needle), std::string::npos) << c.json << " -> " << r.error().msg;
  }
}

TEST(EngineConfig, MissingFileIsDefaultsUnlessRequired) {
  EXPECT_TRUE(load_engine_config("/nonexistent/edgectl.json", false).ok());
  auto r = load_engine_config("/nonexistent/edgectl.json", true);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("/nonexistent/edgectl.json"), std::string::npos) << r.error().msg;
}

TEST(ByteSize, Units) {
  EXPECT_EQ(*parse_byte_size("1024"), 1024u);
  EXPECT_EQ(*parse_byte_size("64k"), 65536u);
  EXPECT_EQ(*parse_byte_size("2M"), 2u << 20);
  EXPECT_EQ(*parse_byte_size("3gb"), 3ULL << 30);
  EXPECT_FALSE(parse_byte_size("").ok());
  EXPECT_FALSE(parse_byte_size("-1").ok());
  EXPECT_FALSE(parse_byte_size("12x").ok());
  EXPECT_FALSE(parse_byte_size("99999999999999t").ok());
}
