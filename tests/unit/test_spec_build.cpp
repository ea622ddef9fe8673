// The engine's OCI config: docker's defaults merged with the image and the
// flags, and the seccomp decision for builds and kernels without it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "core/fs.h"
#include "core/json.h"
#include "edgectl_config.h"
#include "rt/engine/spec_build.h"

using namespace ec;
using namespace ec::engine;

namespace {

struct Spec {
  RunOptions opts;
  img::ImageConfig image;
  ContainerRecord rec;
  SpecInput in;

  Spec() {
    image.config.env = {"PATH=/usr/bin:/bin", "FROM_IMAGE=1"};
    rec.id = std::string(64, 'a');
    rec.hostname = "box";
    rec.args = {"/bin/sh", "-c", "true"};
    in.opts = &opts;
    in.image = &image;
    in.rec = &rec;
    in.dir = "/var/lib/edgectl/containers/" + rec.id;
  }
  Result<JsonPtr> build() {
    EC_ASSIGN(std::string text, build_oci_config(in));
    return json_parse(text, "config.json");
  }
};

const cJSON* at(const cJSON* j, std::initializer_list<const char*> path) {
  for (const char* k : path) j = j ? cJSON_GetObjectItemCaseSensitive(j, k) : nullptr;
  return j;
}

bool has_string(const cJSON* arr, const char* want) {
  const cJSON* e;
  cJSON_ArrayForEach(e, arr) if (cJSON_IsString(e) && std::string(e->valuestring) == want) return true;
  return false;
}

TEST(SpecBuild, DockerDefaults) {
  Spec s;
  auto doc = s.build();
  ASSERT_TRUE(doc) << doc.error().msg;
  const cJSON* j = doc->get();
  EXPECT_STREQ(cJSON_GetStringValue(at(j, {"process", "cwd"})), "/");
  EXPECT_STREQ(cJSON_GetStringValue(at(j, {"hostname"})), "box");
  const cJSON* env = at(j, {"process", "env"});
  EXPECT_TRUE(has_string(env, "FROM_IMAGE=1"));
  EXPECT_TRUE(has_string(env, "HOSTNAME=box"));
  EXPECT_TRUE(has_string(env, "HOME=/"));
  const cJSON* bounding = at(j, {"process", "capabilities", "bounding"});
  EXPECT_TRUE(has_string(bounding, "CAP_CHOWN"));
  EXPECT_TRUE(has_string(bounding, "CAP_NET_BIND_SERVICE"));
  EXPECT_FALSE(has_string(bounding, "CAP_SYS_ADMIN"));
  EXPECT_FALSE(cJSON_IsTrue(at(j, {"process", "noNewPrivileges"})));
  EXPECT_EQ(at(j, {"linux", "seccomp"}) != nullptr, EDGECTL_HAVE_SECCOMP != 0);
  if (EDGECTL_HAVE_SECCOMP) EXPECT_STREQ(cJSON_GetStringValue(at(j, {"linux", "seccomp", "defaultAction"})), "SCMP_ACT_ERRNO");
}

TEST(SpecBuild, FlagsReachTheProcess) {
  Spec s;
  s.opts.workdir = "/srv";
  s.opts.env = {"FROM_IMAGE=2"};
  s.opts.cap_add = {"SYS_ADMIN"};
  s.opts.cap_drop = {"CHOWN"};
  s.opts.security_opt = {"no-new-privileges"};
  auto doc = s.build();
  ASSERT_TRUE(doc) << doc.error().msg;
  const cJSON* j = doc->get();
  EXPECT_STREQ(cJSON_GetStringValue(at(j, {"process", "cwd"})), "/srv");
  EXPECT_TRUE(has_string(at(j, {"process", "env"}), "FROM_IMAGE=2"));
  EXPECT_FALSE(has_string(at(j, {"process", "env"}), "FROM_IMAGE=1"));
  const cJSON* bounding = at(j, {"process", "capabilities", "bounding"});
  EXPECT_TRUE(has_string(bounding, "CAP_SYS_ADMIN"));
  EXPECT_FALSE(has_string(bounding, "CAP_CHOWN"));
  EXPECT_TRUE(cJSON_IsTrue(at(j, {"process", "noNewPrivileges"})));
}

TEST(SpecBuild, BadFlagsNameThemselves) {
  Spec s;
  s.opts.workdir = "relative";
  auto doc = s.build();
  ASSERT_FALSE(doc);
  EXPECT_NE(doc.error().msg.find("-w relative"), std::string::npos) << doc.error().msg;

  Spec t;
  t.opts.security_opt = {"bogus=1"};
  doc = t.build();
  ASSERT_FALSE(doc);
  EXPECT_NE(doc.error().msg.find("--security-opt bogus=1"), std::string::npos) << doc.error().msg;
}

// docker on a kernel without CONFIG_SECCOMP_FILTER: the default profile is
// left out and the container runs; an explicit profile cannot be honoured.
TEST(SpecBuild, KernelWithoutSeccompSkipsTheDefaultProfile) {
  Spec s;
  s.in.kernel_seccomp = false;
  auto doc = s.build();
  ASSERT_TRUE(doc) << doc.error().msg;
  EXPECT_EQ(at(doc->get(), {"linux", "seccomp"}), nullptr);

  Spec u;
  u.in.kernel_seccomp = false;
  u.opts.security_opt = {"seccomp=unconfined"};
  doc = u.build();
  ASSERT_TRUE(doc) << doc.error().msg;
  EXPECT_EQ(at(doc->get(), {"linux", "seccomp"}), nullptr);
}

TEST(SpecBuild, KernelWithoutSeccompRefusesAnExplicitProfile) {
  if (!EDGECTL_HAVE_SECCOMP) GTEST_SKIP() << "built without seccomp (its own error, tested by the matrix build)";
  char dir[] = "/tmp/spec-build-XXXXXX";
  ASSERT_NE(mkdtemp(dir), nullptr);
  std::string profile = std::string(dir) + "/profile.json";
  ASSERT_TRUE(write_file(profile, R"({"defaultAction": "SCMP_ACT_ALLOW"})", 0644));

  Spec on;
  on.opts.security_opt = {"seccomp=" + profile};
  auto doc = on.build();
  ASSERT_TRUE(doc) << doc.error().msg;
  EXPECT_STREQ(cJSON_GetStringValue(at(doc->get(), {"linux", "seccomp", "defaultAction"})), "SCMP_ACT_ALLOW");

  Spec off;
  off.in.kernel_seccomp = false;
  off.opts.security_opt = {"seccomp=" + profile};
  doc = off.build();
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.error().code, ENOSYS);
  EXPECT_NE(doc.error().msg.find("seccomp=" + profile), std::string::npos) << doc.error().msg;
  EXPECT_NE(doc.error().msg.find("CONFIG_SECCOMP_FILTER"), std::string::npos) << doc.error().msg;

  // --privileged runs without seccomp anyway.
  off.opts.privileged = true;
  doc = off.build();
  ASSERT_TRUE(doc) << doc.error().msg;
  EXPECT_EQ(at(doc->get(), {"linux", "seccomp"}), nullptr);

  ::unlink(profile.c_str());
  ::rmdir(dir);
}

}  // namespace
