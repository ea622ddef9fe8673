// Named volumes: layout, names, create/get/list/remove/prune, crash
// leftovers, and the copy-up of image content (links never followed).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"
#include "core/json.h"
#include "rt/engine/volumes.h"

using namespace ec;
using namespace ec::engine;

namespace {

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/edgectl-vol.XXXXXX";
    if (mkdtemp(tmpl)) path = tmpl;
  }
  ~TempDir() {
    if (!path.empty()) (void)remove_all(path);
  }
  std::string path;
};

std::vector<std::string> names_of(const std::vector<VolumeInfo>& v) {
  std::vector<std::string> out;
  for (auto& x : v) out.push_back(x.name);
  return out;
}

mode_t mode_of(const std::string& p) {
  struct stat st {};
  lstat(p.c_str(), &st);
  return st.st_mode;
}

}  // namespace

TEST(Volumes, CreateLayoutAndMeta) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok()) << vs.error().msg;
  auto v = vs->create("data", {{"app", "web"}, {"tier", "1"}});
  ASSERT_TRUE(v.ok()) << v.error().msg;
  EXPECT_EQ(v->name, "data");
  EXPECT_EQ(v->driver, "local");
  EXPECT_EQ(v->mountpoint, t.path + "/volumes/data/_data");
  EXPECT_EQ(vs->data_path("data"), v->mountpoint);
  EXPECT_FALSE(v->anonymous);
  // RFC 3339 UTC: 2024-01-02T03:04:05Z
  ASSERT_EQ(v->created.size(), 20u) << v->created;
  EXPECT_EQ(v->created[4], '-');
  EXPECT_EQ(v->created[10], 'T');
  EXPECT_EQ(v->created.back(), 'Z');

  struct stat st;
  ASSERT_EQ(stat(v->mountpoint.c_str(), &st), 0);
  EXPECT_TRUE(S_ISDIR(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0755u);

  auto text = read_file(t.path + "/volumes/data/meta.json");
  ASSERT_TRUE(text.ok());
  auto j = json_parse(*text, "meta");
  ASSERT_TRUE(j.ok());
  EXPECT_STREQ(cJSON_GetObjectItem(j->get(), "name")->valuestring, "data");
  EXPECT_STREQ(cJSON_GetObjectItem(j->get(), "driver")->valuestring, "local");
  EXPECT_STREQ(cJSON_GetObjectItem(j->get(), "created")->valuestring, v->created.c_str());
  EXPECT_STREQ(cJSON_GetObjectItem(cJSON_GetObjectItem(j->get(), "labels"), "app")->valuestring, "web");
  EXPECT_TRUE(cJSON_IsObject(cJSON_GetObjectItem(j->get(), "options")));
  EXPECT_TRUE(cJSON_IsFalse(cJSON_GetObjectItem(j->get(), "anonymous")));

  auto g = vs->get("data");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->labels, (std::map<std::string, std::string>{{"app", "web"}, {"tier", "1"}}));
  EXPECT_EQ(g->created, v->created);
  EXPECT_EQ(g->mountpoint, v->mountpoint);
  // Nothing else left in the store dir but the volume and the lock.
  auto names = list_dir(t.path + "/volumes");
  ASSERT_TRUE(names.ok());
  for (auto& n : *names) EXPECT_TRUE(n == "data" || n == ".lock") << n;
}

TEST(Volumes, CreateExistingReturnsIt) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  ASSERT_TRUE(vs->create("keep", {{"a", "1"}}).ok());
  ASSERT_TRUE(write_file(vs->data_path("keep") + "/file", "precious").ok());
  auto again = vs->create("keep", {{"b", "2"}}, true);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->labels, (std::map<std::string, std::string>{{"a", "1"}}));
  EXPECT_FALSE(again->anonymous);
  EXPECT_EQ(*read_file(vs->data_path("keep") + "/file"), "precious");
}

TEST(Volumes, AnonymousGetsRandomName) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  auto a = vs->create("", {}, true);
  auto b = vs->create("", {}, true);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->name.size(), 64u);
  EXPECT_EQ(a->name.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a->name, b->name);
  EXPECT_TRUE(a->anonymous);
  EXPECT_TRUE(vs->get(a->name)->anonymous);
}

TEST(Volumes, InvalidNames) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  for (const char* bad : {"a", "-data", ".hidden", "_x", "with/slash", "../escape", "sp ace", "a:b", "tab\t"}) {
    auto r = vs->create(bad, {});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().msg.find(bad), std::string::npos) << r.error().msg;
    EXPECT_FALSE(vs->get(bad).ok()) << bad;
    EXPECT_FALSE(vs->remove(bad, true, {}).ok()) << bad;
  }
  EXPECT_FALSE(vs->create(std::string(256, 'a'), {}).ok());
  for (const char* ok : {"ab", "0x", "my_vol.v2-final", "A1"}) EXPECT_TRUE(vs->create(ok, {}).ok()) << ok;
  EXPECT_FALSE(path_exists(t.path + "/escape"));
}

TEST(Volumes, GetMissing) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  auto r = vs->get("nothere");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_EQ(r.error().msg, "no such volume: nothere");
}

TEST(Volumes, ListSortedSkipsLeftovers) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  for (const char* n : {"zeta", "alpha", "Mid", "beta"}) ASSERT_TRUE(vs->create(n, {}).ok());
  // What a crash leaves: a half-built temp volume, and one renamed away for removal.
  std::string d = t.path + "/volumes";
  ASSERT_TRUE(mkdir_p(d + "/.tmp-deadbeef/_data").ok());
  ASSERT_TRUE(mkdir_p(d + "/.tmp-rm-cafe/_data").ok());
  ASSERT_TRUE(write_file(d + "/.tmp-rm-cafe/meta.json", "{\"name\":\"ghost\"}").ok());
  auto l = vs->list();
  ASSERT_TRUE(l.ok()) << l.error().msg;
  EXPECT_EQ(names_of(*l), (std::vector<std::string>{"Mid", "alpha", "beta", "zeta"}));
  // The next create (under the store lock) clears them.
  ASSERT_TRUE(vs->create("gamma", {}).ok());
  EXPECT_FALSE(path_exists(d + "/.tmp-deadbeef"));
  EXPECT_FALSE(path_exists(d + "/.tmp-rm-cafe"));
  EXPECT_EQ(names_of(*vs->list()), (std::vector<std::string>{"Mid", "alpha", "beta", "gamma", "zeta"}));
}

TEST(Volumes, RemoveAndInUse) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  ASSERT_TRUE(vs->create("busy", {}).ok());
  ASSERT_TRUE(vs->create("idle", {}).ok());
  ASSERT_TRUE(mkdir_p(vs->data_path("idle") + "/sub/dir").ok());
  ASSERT_TRUE(write_file(vs->data_path("idle") + "/sub/dir/f", "x").ok());

  auto r = vs->remove("busy", false, {"other", "busy"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EBUSY);
  EXPECT_EQ(r.error().msg, "volume busy is in use");
  EXPECT_TRUE(vs->get("busy").ok());

  EXPECT_TRUE(vs->remove("idle", false, {"busy"}).ok());
  EXPECT_EQ(vs->get("idle").error().code, ENOENT);
  EXPECT_FALSE(path_exists(t.path + "/volumes/idle"));

  auto missing = vs->remove("idle", false, {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ENOENT);
  EXPECT_EQ(missing.error().msg, "no such volume: idle");
  EXPECT_TRUE(vs->remove("idle", true, {}).ok());  // docker's rm -f ignores missing ones

  EXPECT_TRUE(vs->remove("busy", true, {"busy"}).ok());
  EXPECT_FALSE(vs->get("busy").ok());
  // No .tmp- residue from the removals.
  auto names = list_dir(t.path + "/volumes");
  ASSERT_TRUE(names.ok());
  for (auto& n : *names) EXPECT_EQ(n, ".lock");
}

TEST(Volumes, Prune) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  auto anon1 = vs->create("", {}, true);
  auto anon2 = vs->create("", {}, true);
  ASSERT_TRUE(anon1.ok() && anon2.ok());
  ASSERT_TRUE(vs->create("named", {}).ok());
  ASSERT_TRUE(vs->create("named-used", {}).ok());
  ASSERT_TRUE(write_file(anon1->mountpoint + "/a", std::string(1000, 'a')).ok());
  ASSERT_TRUE(mkdir_p(anon1->mountpoint + "/d").ok());
  ASSERT_TRUE(write_file(anon1->mountpoint + "/d/b", std::string(234, 'b')).ok());
  // A hardlink counts once.
  ASSERT_EQ(link((anon1->mountpoint + "/a").c_str(), (anon1->mountpoint + "/d/a2").c_str()), 0);
  ASSERT_TRUE(write_file(anon2->mountpoint + "/c", std::string(50, 'c')).ok());
  ASSERT_TRUE(write_file(vs->data_path("named") + "/n", std::string(7, 'n')).ok());
  ASSERT_TRUE(mkdir_p(t.path + "/volumes/.tmp-crashed/_data").ok());

  // Default: anonymous ones not in use.
  auto p = vs->prune({anon2->name}, false);
  ASSERT_TRUE(p.ok()) << p.error().msg;
  EXPECT_EQ(p->first, (std::vector<std::string>{anon1->name}));
  EXPECT_EQ(p->second, 1234u);
  EXPECT_FALSE(path_exists(t.path + "/volumes/.tmp-crashed"));
  auto expect_left = std::vector<std::string>{anon2->name, "named", "named-used"};
  std::sort(expect_left.begin(), expect_left.end());
  EXPECT_EQ(names_of(*vs->list()), expect_left);

  // all=true: named ones too, still sparing those in use.
  auto q = vs->prune({"named-used"}, true);
  ASSERT_TRUE(q.ok());
  auto expect_removed = std::vector<std::string>{anon2->name, "named"};
  std::sort(expect_removed.begin(), expect_removed.end());
  EXPECT_EQ(q->first, expect_removed);
  EXPECT_EQ(q->second, 57u);
  EXPECT_EQ(names_of(*vs->list()), (std::vector<std::string>{"named-used"}));

  auto none = vs->prune({}, false);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->first.empty());
  EXPECT_EQ(none->second, 0u);
}

TEST(Volumes, StrayEntriesAreNotVolumes) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  ASSERT_TRUE(vs->create("real", {}).ok());
  // A directory without meta.json (not made by create) is not listed.
  ASSERT_TRUE(mkdir_p(t.path + "/volumes/stray").ok());
  EXPECT_EQ(names_of(*vs->list()), (std::vector<std::string>{"real"}));
  // A corrupt meta.json is reported, naming the file.
  ASSERT_TRUE(write_file(t.path + "/volumes/real/meta.json", "{not json").ok());
  auto g = vs->get("real");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.error().msg.find("meta.json"), std::string::npos) << g.error().msg;
}

// ---- copy_image_content ----------------------------------------------------

class CopyUp : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    set_openat2_disabled(GetParam());
    char tmpl[] = "/tmp/edgectl-copyup.XXXXXX";
    ASSERT_TRUE(mkdtemp(tmpl));
    top = tmpl;
    root = top + "/rootfs";
    dst = top + "/vol";
    outside = top + "/outside";
    ASSERT_TRUE(mkdir_p(root + "/var/lib/app/sub/deeper").ok());
    ASSERT_TRUE(mkdir_p(dst).ok());
    ASSERT_TRUE(mkdir_p(outside).ok());
    ASSERT_TRUE(write_file(outside + "/secret", "host secret").ok());
    std::string a = root + "/var/lib/app";
    ASSERT_TRUE(write_file(a + "/conf", "key=value\n", 0640).ok());
    ASSERT_TRUE(write_file(a + "/run.sh", "#!/bin/sh\n", 0755).ok());
    ASSERT_TRUE(write_file(a + "/sub/deeper/data", std::string(200000, 'z')).ok());
    ASSERT_EQ(chmod((a + "/sub/deeper/data").c_str(), 0600), 0);
    ASSERT_EQ(link((a + "/conf").c_str(), (a + "/sub/conf.hard").c_str()), 0);
    ASSERT_EQ(symlink((outside + "/secret").c_str(), (a + "/abs-out").c_str()), 0);
    ASSERT_EQ(symlink("../../../../../../outside", (a + "/rel-out").c_str()), 0);
    ASSERT_EQ(symlink("conf", (a + "/rel-in").c_str()), 0);
    ASSERT_EQ(symlink(outside.c_str(), (a + "/dir-out").c_str()), 0);
    ASSERT_EQ(mkfifo((a + "/fifo").c_str(), 0644), 0);
    ASSERT_EQ(chmod((a + "/sub").c_str(), 0750), 0);
    ASSERT_EQ(chmod(a.c_str(), 0710), 0);
    struct timespec ts[2] = {{1000000, 0}, {1234567890, 123456789}};
    ASSERT_EQ(utimensat(AT_FDCWD, (a + "/conf").c_str(), ts, 0), 0);
    ASSERT_EQ(utimensat(AT_FDCWD, (a + "/abs-out").c_str(), ts, AT_SYMLINK_NOFOLLOW), 0);
    ASSERT_EQ(utimensat(AT_FDCWD, (a + "/sub").c_str(), ts, 0), 0);
    ASSERT_EQ(utimensat(AT_FDCWD, a.c_str(), ts, 0), 0);
    rootfd = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    ASSERT_GE(rootfd, 0);
  }
  void TearDown() override {
    ::close(rootfd);
    (void)remove_all(top);
    set_openat2_disabled(false);
  }
  std::string link_of(const std::string& p) {
    char buf[4096];
    ssize_t n = readlink(p.c_str(), buf, sizeof buf);
    return n < 0 ? "ERR" : std::string(buf, static_cast<size_t>(n));
  }
  std::string top, root, dst, outside;
  int rootfd = -1;
};

TEST_P(CopyUp, CopiesTreeWithMetadata) {
  auto st = copy_image_content(rootfd, "/var/lib/app", dst);
  ASSERT_TRUE(st.ok()) << st.error().msg;
  EXPECT_EQ(*read_file(dst + "/conf"), "key=value\n");
  EXPECT_EQ(*read_file(dst + "/run.sh"), "#!/bin/sh\n");
  EXPECT_EQ(read_file(dst + "/sub/deeper/data")->size(), 200000u);
  EXPECT_EQ(mode_of(dst + "/conf") & 07777, 0640u);
  EXPECT_EQ(mode_of(dst + "/run.sh") & 07777, 0755u);
  EXPECT_EQ(mode_of(dst + "/sub/deeper/data") & 07777, 0600u);
  EXPECT_EQ(mode_of(dst + "/sub") & 07777, 0750u);
  // The volume root takes the image directory's mode and times.
  EXPECT_EQ(mode_of(dst) & 07777, 0710u);

  struct stat s1, s2, sd, sroot;
  ASSERT_EQ(stat((dst + "/conf").c_str(), &s1), 0);
  EXPECT_EQ(s1.st_mtim.tv_sec, 1234567890);
  EXPECT_EQ(s1.st_mtim.tv_nsec, 123456789);
  ASSERT_EQ(stat((dst + "/sub").c_str(), &sd), 0);
  EXPECT_EQ(sd.st_mtim.tv_sec, 1234567890);
  ASSERT_EQ(stat(dst.c_str(), &sroot), 0);
  EXPECT_EQ(sroot.st_mtim.tv_sec, 1234567890);
  ASSERT_EQ(stat((dst + "/sub/conf.hard").c_str(), &s2), 0);
  EXPECT_EQ(s1.st_ino, s2.st_ino);  // hardlink kept
  struct stat ls;
  ASSERT_EQ(lstat((dst + "/abs-out").c_str(), &ls), 0);
  EXPECT_EQ(ls.st_mtim.tv_sec, 1234567890);

  // Owners: same as the source (whoever runs the test).
  struct stat src;
  ASSERT_EQ(stat((root + "/var/lib/app/conf").c_str(), &src), 0);
  EXPECT_EQ(s1.st_uid, src.st_uid);
  EXPECT_EQ(s1.st_gid, src.st_gid);

  // Fifo skipped.
  EXPECT_FALSE(path_exists(dst + "/fifo"));
}

TEST_P(CopyUp, OwnersCopied) {
  if (geteuid() != 0) GTEST_SKIP() << "chown to other ids needs root";
  std::string a = root + "/var/lib/app";
  ASSERT_EQ(lchown((a + "/conf").c_str(), 1234, 5678), 0);
  ASSERT_EQ(lchown((a + "/abs-out").c_str(), 4321, 8765), 0);
  ASSERT_EQ(lchown((a + "/sub").c_str(), 42, 43), 0);
  ASSERT_EQ(lchown(a.c_str(), 7, 8), 0);
  // chown clears set-id bits: the mode must be applied after the owner.
  ASSERT_EQ(chmod((a + "/run.sh").c_str(), 04755), 0);
  ASSERT_EQ(lchown((a + "/run.sh").c_str(), 99, 99), 0);
  ASSERT_EQ(chmod((a + "/run.sh").c_str(), 04755), 0);
  ASSERT_TRUE(copy_image_content(rootfd, "/var/lib/app", dst).ok());
  struct stat st;
  ASSERT_EQ(lstat((dst + "/conf").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 1234u);
  EXPECT_EQ(st.st_gid, 5678u);
  ASSERT_EQ(lstat((dst + "/sub/conf.hard").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 1234u);
  ASSERT_EQ(lstat((dst + "/abs-out").c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(st.st_uid, 4321u);
  EXPECT_EQ(st.st_gid, 8765u);
  ASSERT_EQ(lstat((dst + "/sub").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 42u);
  ASSERT_EQ(lstat((dst + "/run.sh").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 99u);
  EXPECT_EQ(st.st_mode & 07777, 04755u);
  ASSERT_EQ(lstat(dst.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 7u);
  EXPECT_EQ(st.st_gid, 8u);
  // The symlink's owner change must not have reached its target on the host.
  ASSERT_EQ(stat((outside + "/secret").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, geteuid());
}

TEST_P(CopyUp, SymlinksCopiedNotFollowed) {
  ASSERT_TRUE(copy_image_content(rootfd, "/var/lib/app", dst).ok());
  EXPECT_TRUE(S_ISLNK(mode_of(dst + "/abs-out")));
  EXPECT_EQ(link_of(dst + "/abs-out"), outside + "/secret");
  EXPECT_TRUE(S_ISLNK(mode_of(dst + "/rel-out")));
  EXPECT_EQ(link_of(dst + "/rel-out"), "../../../../../../outside");
  EXPECT_TRUE(S_ISLNK(mode_of(dst + "/dir-out")));
  EXPECT_EQ(link_of(dst + "/rel-in"), "conf");
  // The host's file was neither copied into the volume nor touched.
  auto names = list_dir(outside);
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, (std::vector<std::string>{"secret"}));
}

TEST_P(CopyUp, MountPointBehindSymlinkResolvesInsideRoot) {
  // The image's mount point is a link pointing at an absolute path: it is
  // resolved inside the rootfs, never on the host.
  ASSERT_TRUE(mkdir_p(root + "/data").ok());
  ASSERT_EQ(symlink(outside.c_str(), (root + "/data/link").c_str()), 0);
  ASSERT_TRUE(copy_image_content(rootfd, "/data/link", dst).ok());
  EXPECT_TRUE(list_dir(dst)->empty());  // <root><outside> does not exist: nothing copied

  // A link to a path inside the image is followed within it.
  ASSERT_EQ(symlink("/var/lib/app/sub", (root + "/data/insub").c_str()), 0);
  ASSERT_TRUE(copy_image_content(rootfd, "/data/insub", dst).ok());
  EXPECT_EQ(read_file(dst + "/deeper/data")->size(), 200000u);
}

TEST_P(CopyUp, NonEmptyDestinationLeftAlone) {
  ASSERT_TRUE(write_file(dst + "/existing", "mine").ok());
  ASSERT_EQ(chmod(dst.c_str(), 0777), 0);
  ASSERT_TRUE(copy_image_content(rootfd, "/var/lib/app", dst).ok());
  EXPECT_EQ(*list_dir(dst), (std::vector<std::string>{"existing"}));
  EXPECT_EQ(*read_file(dst + "/existing"), "mine");
  EXPECT_EQ(mode_of(dst) & 07777, 0777u);
}

TEST_P(CopyUp, MissingOrNonDirectorySourceDoesNothing) {
  EXPECT_TRUE(copy_image_content(rootfd, "/no/such/path", dst).ok());
  EXPECT_TRUE(copy_image_content(rootfd, "/var/lib/app/conf", dst).ok());
  EXPECT_TRUE(list_dir(dst)->empty());
  // A missing destination is an error naming it.
  auto r = copy_image_content(rootfd, "/var/lib/app", top + "/nodst");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("nodst"), std::string::npos);
}

TEST_P(CopyUp, IntoAFreshVolume) {
  TempDir t;
  auto vs = VolumeStore::open(t.path);
  ASSERT_TRUE(vs.ok());
  auto v = vs->create("appdata", {});
  ASSERT_TRUE(v.ok());
  ASSERT_TRUE(copy_image_content(rootfd, "var/lib/app", v->mountpoint).ok());
  EXPECT_EQ(*read_file(v->mountpoint + "/conf"), "key=value\n");
  // Second mount: already filled, untouched.
  ASSERT_TRUE(write_file(v->mountpoint + "/conf", "changed").ok());
  ASSERT_TRUE(copy_image_content(rootfd, "var/lib/app", v->mountpoint).ok());
  EXPECT_EQ(*read_file(v->mountpoint + "/conf"), "changed");
}

INSTANTIATE_TEST_SUITE_P(Resolvers, CopyUp, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "fallback" : "openat2"; });
