#include <gtest/gtest.h>

#include <string>

#include "img/reference.h"

using namespace ec;
using namespace ec::img;

namespace {
const std::string kHex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const std::string kDig = "sha256:" + kHex;

struct Valid {
  std::string in;
  std::string domain, path, tag, digest;
  std::string canonical, familiar, registry;
};
}  // namespace

TEST(Reference, ValidTable) {
  const Valid cases[] = {
      {"busybox", "docker.io", "library/busybox", "latest", "", "docker.io/library/busybox:latest", "busybox:latest",
       "registry-1.docker.io"},
      {"busybox:1.36", "docker.io", "library/busybox", "1.36", "", "docker.io/library/busybox:1.36", "busybox:1.36",
       "registry-1.docker.io"},
      {"library/busybox", "docker.io", "library/busybox", "latest", "", "docker.io/library/busybox:latest",
       "busybox:latest", "registry-1.docker.io"},
      {"docker.io/busybox", "docker.io", "library/busybox", "latest", "", "docker.io/library/busybox:latest",
       "busybox:latest", "registry-1.docker.io"},
      {"index.docker.io/busybox:musl", "docker.io", "library/busybox", "musl", "",
       "docker.io/library/busybox:musl", "busybox:musl", "registry-1.docker.io"},
      {"docker.io/library/busybox:latest", "docker.io", "library/busybox", "latest", "",
       "docker.io/library/busybox:latest", "busybox:latest", "registry-1.docker.io"},
      {"user/app", "docker.io", "user/app", "latest", "", "docker.io/user/app:latest", "user/app:latest",
       "registry-1.docker.io"},
      {"user/app/sub:v1", "docker.io", "user/app/sub", "v1", "", "docker.io/user/app/sub:v1", "user/app/sub:v1",
       "registry-1.docker.io"},
      {"docker.io/library/x/y", "docker.io", "library/x/y", "latest", "", "docker.io/library/x/y:latest",
       "library/x/y:latest", "registry-1.docker.io"},
      {"host:5000/a/b:tag", "host:5000", "a/b", "tag", "", "host:5000/a/b:tag", "host:5000/a/b:tag", "host:5000"},
      {"host:5000/a", "host:5000", "a", "latest", "", "host:5000/a:latest", "host:5000/a:latest", "host:5000"},
      {"localhost/app", "localhost", "app", "latest", "", "localhost/app:latest", "localhost/app:latest",
       "localhost"},
      {"localhost:5000/app:1", "localhost:5000", "app", "1", "", "localhost:5000/app:1", "localhost:5000/app:1",
       "localhost:5000"},
      {"127.0.0.1:5000/edge/gw", "127.0.0.1:5000", "edge/gw", "latest", "", "127.0.0.1:5000/edge/gw:latest",
       "127.0.0.1:5000/edge/gw:latest", "127.0.0.1:5000"},
      {"[::1]:5000/app:v2", "[::1]:5000", "app", "v2", "", "[::1]:5000/app:v2", "[::1]:5000/app:v2", "[::1]:5000"},
      {"ghcr.io/org/tool", "ghcr.io", "org/tool", "latest", "", "ghcr.io/org/tool:latest", "ghcr.io/org/tool:latest",
       "ghcr.io"},
      {"Registry.Example.COM/app", "Registry.Example.COM", "app", "latest", "", "Registry.Example.COM/app:latest",
       "Registry.Example.COM/app:latest", "Registry.Example.COM"},
      // Uppercase first component: a registry host, as docker decides.
      {"Host/app", "Host", "app", "latest", "", "Host/app:latest", "Host/app:latest", "Host"},
      {"alpine@" + kDig, "docker.io", "library/alpine", "", kDig, "docker.io/library/alpine@" + kDig,
       "alpine@" + kDig, "registry-1.docker.io"},
      {"alpine:3.19@" + kDig, "docker.io", "library/alpine", "3.19", kDig, "docker.io/library/alpine:3.19@" + kDig,
       "alpine:3.19@" + kDig, "registry-1.docker.io"},
      {"host:5000/a@" + kDig, "host:5000", "a", "", kDig, "host:5000/a@" + kDig, "host:5000/a@" + kDig,
       "host:5000"},
      {"x/a-b__c.d_e--f", "docker.io", "x/a-b__c.d_e--f", "latest", "", "docker.io/x/a-b__c.d_e--f:latest",
       "x/a-b__c.d_e--f:latest", "registry-1.docker.io"},
      // A '.' in the first component makes it a registry, even with '_' around.
      {"a.b/c__d", "a.b", "c__d", "latest", "", "a.b/c__d:latest", "a.b/c__d:latest", "a.b"},
      {"app:Tag_1.0-rc", "docker.io", "library/app", "Tag_1.0-rc", "", "docker.io/library/app:Tag_1.0-rc",
       "app:Tag_1.0-rc", "registry-1.docker.io"},
      {"app:_x", "docker.io", "library/app", "_x", "", "docker.io/library/app:_x", "app:_x", "registry-1.docker.io"},
      // "localhost:5000" without a slash is the image "localhost" tagged 5000.
      {"localhost:5000", "docker.io", "library/localhost", "5000", "", "docker.io/library/localhost:5000",
       "localhost:5000", "registry-1.docker.io"},
      {"app:" + std::string(128, 't'), "docker.io", "library/app", std::string(128, 't'), "",
       "docker.io/library/app:" + std::string(128, 't'), "app:" + std::string(128, 't'), "registry-1.docker.io"},
  };
  for (auto& c : cases) {
    auto r = parse_reference(c.in);
    ASSERT_TRUE(r.ok()) << c.in << ": " << r.error().msg;
    EXPECT_EQ(r->domain, c.domain) << c.in;
    EXPECT_EQ(r->path, c.path) << c.in;
    EXPECT_EQ(r->tag, c.tag) << c.in;
    EXPECT_EQ(r->digest, c.digest) << c.in;
    EXPECT_EQ(r->str(), c.canonical) << c.in;
    EXPECT_EQ(r->familiar(), c.familiar) << c.in;
    EXPECT_EQ(r->registry_host(), c.registry) << c.in;
    // The canonical and familiar forms parse back to the same reference.
    auto again = parse_reference(r->str());
    ASSERT_TRUE(again.ok()) << r->str();
    EXPECT_EQ(again->str(), r->str());
    auto fam = parse_reference(r->familiar());
    ASSERT_TRUE(fam.ok()) << r->familiar();
    EXPECT_EQ(fam->str(), r->str());
  }
}

TEST(Reference, FamiliarName) {
  EXPECT_EQ(parse_reference("busybox")->familiar_name(), "busybox");
  EXPECT_EQ(parse_reference("docker.io/user/app:1")->familiar_name(), "user/app");
  EXPECT_EQ(parse_reference("host:5000/a/b")->familiar_name(), "host:5000/a/b");
  EXPECT_EQ(parse_reference("busybox")->name(), "docker.io/library/busybox");
}

TEST(Reference, NameLengthLimit) {
  // docker.io/library/ is 18 characters: 237 more make exactly 255.
  std::string ok(237, 'a');
  EXPECT_TRUE(parse_reference(ok).ok());
  auto r = parse_reference(ok + "a");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("longer than 255"), std::string::npos) << r.error().msg;
}

TEST(Reference, InvalidTable) {
  struct {
    std::string in, err;
  } cases[] = {
      {"", "empty reference"},
      {"Busybox", "must be lowercase"},
      {"user/App", "must be lowercase"},
      {"host:5000/Upper/app", "must be lowercase"},
      {"busybox:", "invalid tag"},
      {"busybox:-x", "invalid tag"},
      {"busybox:.x", "invalid tag"},
      {"busybox:a/b", "invalid registry"},  // a ":" before the first "/" marks a registry
      {"busybox:" + std::string(129, 't'), "longer than 128"},
      {"busybox:t@g", "invalid digest"},
      {"busybox@", "invalid digest"},
      {"busybox@sha256:abc", "64 lowercase hex"},
      {"busybox@sha256:" + std::string(64, 'A'), "64 lowercase hex"},
      {"busybox@sha512:" + kHex + kHex, "unsupported digest algorithm"},
      {"busybox@" + kHex, "invalid digest"},
      {kHex, "image ID"},
      {"a..b", "invalid repository name"},
      {"a___b", "invalid repository name"},
      {"-a", "invalid repository name"},
      {"a-", "invalid repository name"},
      {"a/", "invalid repository name"},
      {"/a", "invalid repository name"},
      {"a//b", "invalid repository name"},
      {":tag", "empty repository name"},
      {"@" + kDig, "empty repository name"},
      {"host:port/app", "invalid registry"},
      {"host:/app", "invalid registry"},
      {"-host.io/app", "invalid registry"},
      {"ho_st.io/app", "invalid registry"},
      {"[::1/app", "invalid registry"},
      {"[zz]:5000/app", "invalid registry"},
      {"a b", "invalid repository name"},
      {"app:tag with space", "invalid tag"},
      {"host.io/", "empty repository name"},
  };
  for (auto& c : cases) {
    auto r = parse_reference(c.in);
    ASSERT_FALSE(r.ok()) << "accepted: " << c.in;
    EXPECT_NE(r.error().msg.find(c.err), std::string::npos) << c.in << " -> " << r.error().msg;
    EXPECT_EQ(r.error().msg.rfind("invalid reference \"", 0), 0u) << r.error().msg;
  }
}

TEST(Reference, ErrorNamesTheReferenceBounded) {
  auto r = parse_reference("Busybox");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "invalid reference \"Busybox\": repository name \"library/Busybox\" must be lowercase");
  std::string huge(100000, 'A');
  auto h = parse_reference(huge);
  ASSERT_FALSE(h.ok());
  EXPECT_LT(h.error().msg.size(), 1000u);
  auto ctl = parse_reference(std::string("bad\x01name\n"));
  ASSERT_FALSE(ctl.ok());
  EXPECT_EQ(ctl.error().msg, "invalid reference \"bad?name?\": invalid repository name \"library/bad?name?\"");
  // The reason is bounded too, not only the quoted reference.
  auto longpath = parse_reference("a/" + std::string(5000, '-'));
  ASSERT_FALSE(longpath.ok());
  EXPECT_LT(longpath.error().msg.size(), 1000u);
}
