// Confined path resolution: symlinks and ".." never leave the root, with
// openat2 and with the fallback walker old kernels use.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"

using namespace ec;

class OpenInRoot : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    set_openat2_disabled(GetParam());
    char tmpl[] = "/tmp/edgectl-oir.XXXXXX";
    ASSERT_TRUE(mkdtemp(tmpl));
    top = tmpl;
    root = top + "/root";
    outside = top + "/outside";
    ASSERT_TRUE(mkdir_p(root + "/etc").ok());
    ASSERT_TRUE(mkdir_p(outside).ok());
    ASSERT_TRUE(write_file(outside + "/secret", "host").ok());
    ASSERT_TRUE(write_file(root + "/etc/secret", "container").ok());
    ASSERT_EQ(symlink("/etc", (root + "/abs").c_str()), 0);
    ASSERT_EQ(symlink("../../../../../outside", (root + "/up").c_str()), 0);
    ASSERT_EQ(symlink((outside + "/secret").c_str(), (root + "/hostlink").c_str()), 0);
    ASSERT_EQ(symlink("loop2", (root + "/loop1").c_str()), 0);
    ASSERT_EQ(symlink("loop1", (root + "/loop2").c_str()), 0);
    rootfd = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    ASSERT_GE(rootfd, 0);
  }
  void TearDown() override {
    ::close(rootfd);
    (void)remove_all(top);
    set_openat2_disabled(false);
  }
  std::string read_in_root(const std::string& p) {
    auto fd = open_in_root(rootfd, p, O_RDONLY);
    if (!fd) return "ERR:" + fd.error().msg;
    return *read_fd(fd->get());
  }
  std::string top, root, outside;
  int rootfd = -1;
};

TEST_P(OpenInRoot, PlainAndDotDot) {
  EXPECT_EQ(read_in_root("/etc/secret"), "container");
  EXPECT_EQ(read_in_root("../../../etc/secret"), "container");
  EXPECT_EQ(read_in_root("/etc/../etc/./secret"), "container");
}

TEST_P(OpenInRoot, AbsoluteSymlinkStaysInside) {
  EXPECT_EQ(read_in_root("/abs/secret"), "container");
}

TEST_P(OpenInRoot, RelativeSymlinkUpAndOutIsClamped) {
  // "up" points above the root: it resolves to <root>/outside, which does not exist.
  std::string r = read_in_root("/up/secret");
  EXPECT_EQ(r.rfind("ERR:", 0), 0u) << r;
  EXPECT_NE(r, "host");
}

TEST_P(OpenInRoot, AbsoluteHostPathSymlinkIsReinterpreted) {
  std::string r = read_in_root("/hostlink");
  EXPECT_NE(r, "host");
}

TEST_P(OpenInRoot, SymlinkLoopIsAnError) {
  auto fd = open_in_root(rootfd, "/loop1/x", O_RDONLY);
  ASSERT_FALSE(fd.ok());
  EXPECT_EQ(fd.error().code, ELOOP);
}

TEST_P(OpenInRoot, CreateThroughSymlinkLandsInside) {
  // Creating "/up/new" must not create <top>/outside/new on the host.
  auto dir = mkdir_in_root(rootfd, "/up/new", 0755);
  EXPECT_FALSE(path_exists(outside + "/new"));
  if (dir) EXPECT_TRUE(path_exists(root + "/outside/new"));
  auto t = make_mount_target(rootfd, "/abs/target-file", false);
  ASSERT_TRUE(t.ok()) << t.error().msg;
  EXPECT_TRUE(path_exists(root + "/etc/target-file"));
}

INSTANTIATE_TEST_SUITE_P(Resolver, OpenInRoot, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "fallback" : "openat2"; });
