// Archives: the tar writer, load of docker-archive and oci-archive built
// here, save -> load round trips, and import of a rootfs tarball.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/fs.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "image_builder.h"
#include "img/archive.h"
#include "img/tar.h"
#include "img/tar_write.h"
#include "tar_writer.h"

using namespace ec;
using namespace ec::img;
using namespace imgtest;

namespace {

bool is_root() { return ::geteuid() == 0; }

// Every entry below dir: "path type mode uid size mtime content-or-target".
std::vector<std::string> tree(const std::string& dir) {
  std::vector<std::string> out;
  std::function<void(const std::string&)> walk = [&](const std::string& rel) {
    auto names = list_dir(rel.empty() ? dir : dir + "/" + rel);
    if (!names) {
      out.push_back("<error " + names.error().msg + ">");
      return;
    }
    std::sort(names->begin(), names->end());
    for (auto& n : *names) {
      std::string r = rel.empty() ? n : rel + "/" + n;
      std::string p = dir + "/" + r;
      struct stat st;
      ::lstat(p.c_str(), &st);
      std::string what;
      if (S_ISREG(st.st_mode)) what = "file " + sha256_hex(content(p)).substr(0, 12) + strf(" nlink=%d", (int)st.st_nlink);
      else if (S_ISDIR(st.st_mode)) what = "dir";
      else if (S_ISLNK(st.st_mode)) {
        char buf[4096];
        ssize_t k = ::readlink(p.c_str(), buf, sizeof buf);
        what = "link " + std::string(buf, k < 0 ? 0 : k);
      } else what = "other";
      out.push_back(strf("%s %s %o %u %lld", r.c_str(), what.c_str(), st.st_mode & 07777, st.st_uid,
                         S_ISLNK(st.st_mode) ? 0LL : (long long)st.st_mtime));
      if (S_ISDIR(st.st_mode)) walk(r);
    }
  };
  walk("");
  return out;
}

// Read a tar back: "name type mode size" per entry, plus data and xattrs.
struct ReadEntry {
  TarEntry e;
  std::string data;
};
std::vector<ReadEntry> read_tar(const std::string& bytes) {
  MemReader r(bytes);
  TarReader t(r);
  std::vector<ReadEntry> out;
  TarEntry e;
  while (true) {
    auto more = t.next(&e);
    EXPECT_TRUE(more) << more.error().msg;
    if (!more || !*more) break;
    ReadEntry x{e, ""};
    char buf[4096];
    while (true) {
      auto n = t.read(buf, sizeof buf);
      EXPECT_TRUE(n);
      if (!n || *n == 0) break;
      x.data.append(buf, *n);
    }
    out.push_back(std::move(x));
  }
  return out;
}

class ArchiveTest : public ::testing::Test {
 protected:
  TempDir tmp;
  std::optional<Store> a, b;

  void SetUp() override {
    ASSERT_FALSE(tmp.path().empty());
    auto sa = Store::open(tmp.path() + "/a", test_options());
    auto sb = Store::open(tmp.path() + "/b", test_options());
    ASSERT_TRUE(sa && sb);
    a.emplace(std::move(*sa));
    b.emplace(std::move(*sb));
  }

  std::string write_tmp(const std::string& name, const std::string& data) {
    std::string p = tmp.path() + "/" + name;
    EXPECT_TRUE(write_file(p, data));
    return p;
  }

  // A layer with every kind of entry a round trip must preserve.
  static TestLayer rich_layer() {
    tartest::Tar t;
    t.dir("bin", 0755).file("bin/sh", "#!/bin/busybox sh\n", 04755).hardlink("bin/sh2", "bin/sh");
    t.dir("etc", 0750).file("etc/passwd", "root:x:0:0::/root:/bin/sh\n", 0600).file("etc/empty", "", 0444);
    t.symlink("etc/localtime", "/usr/share/zoneinfo/UTC").symlink("lib", "usr/lib");
    std::string deep = "very/" + std::string(90, 'd') + "/" + std::string(60, 'e') + "/file-with-a-long-name.txt";
    t.pax({{"path", deep}}).file("placeholder", "deep content", 0640);
    t.dir("tmp", 01777).node("run/fifo", '6', 0, 0, 0600);
    t.end();
    return make_layer(t);
  }
};

// ---- tar writer -----------------------------------------------------------------

TEST(TarWriter, PaxForWhatUstarCannotHold) {
  std::string out;
  StringWriter sw(out);
  TarWriter tw(sw);
  std::string long_name = std::string(120, 'n') + "/x", long_link = "/" + std::string(150, 'l');
  TarEntry f;
  f.type = TarType::File;
  f.name = long_name;
  f.mode = 0754;
  f.uid = 3000000;  // over 7 octal digits
  f.gid = 7;
  f.mtime_sec = 1700000000;
  f.mtime_nsec = 250000000;
  f.size = 5;
  f.xattrs = {{"user.a", "1"}, {"security.capability", std::string("\x01\x00\x00\x02", 4)}};
  ASSERT_TRUE(tw.add(f));
  ASSERT_TRUE(tw.write_data("hello", 5));
  TarEntry l;
  l.type = TarType::Symlink;
  l.name = "link";
  l.linkname = long_link;
  l.mode = 0777;
  l.mtime_sec = -5;  // before 1970
  ASSERT_TRUE(tw.add(l));
  TarEntry d;
  d.type = TarType::CharDev;
  d.name = "dev/null";
  d.mode = 0666;
  d.devmajor = 1;
  d.devminor = 3;
  ASSERT_TRUE(tw.add(d));
  ASSERT_TRUE(tw.finish());
  EXPECT_EQ(out.size() % 512, 0u);
  EXPECT_EQ(tw.bytes(), out.size());

  auto entries = read_tar(out);
  ASSERT_EQ(entries.size(), 3u);
  const TarEntry& rf = entries[0].e;
  EXPECT_EQ(rf.name, long_name);
  EXPECT_EQ(rf.mode, 0754u);
  EXPECT_EQ(rf.uid, 3000000u);
  EXPECT_EQ(rf.gid, 7u);
  EXPECT_EQ(rf.mtime_sec, 1700000000);
  EXPECT_EQ(rf.mtime_nsec, 250000000u);
  EXPECT_EQ(entries[0].data, "hello");
  ASSERT_EQ(rf.xattrs.size(), 2u);
  EXPECT_EQ(rf.xattrs[1].second, std::string("\x01\x00\x00\x02", 4));
  EXPECT_EQ(entries[1].e.type, TarType::Symlink);
  EXPECT_EQ(entries[1].e.linkname, long_link);
  EXPECT_EQ(entries[1].e.mtime_sec, -5);
  EXPECT_EQ(entries[2].e.type, TarType::CharDev);
  EXPECT_EQ(entries[2].e.devmajor, 1u);
  EXPECT_EQ(entries[2].e.devminor, 3u);
}

TEST(TarWriter, EntrySizeIsEnforced) {
  std::string out;
  StringWriter sw(out);
  TarWriter tw(sw);
  TarEntry f;
  f.type = TarType::File;
  f.name = "f";
  f.size = 3;
  ASSERT_TRUE(tw.add(f));
  EXPECT_FALSE(tw.write_data("four", 4));
  ASSERT_TRUE(tw.write_data("ab", 2));
  auto r = tw.finish();
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().msg.find("1 bytes short"), std::string::npos) << r.error().msg;
}

TEST_F(ArchiveTest, LayerTarIsDeterministicAndRoundTrips) {
  TestLayer l = rich_layer();
  MemReader r(l.gz);
  LayerSpec spec;
  spec.diff_id = l.diff_id;
  ASSERT_TRUE(a->ingest_layer(r, spec));
  std::string diff = a->layer_diff(l.diff_id);
  Fd fd(::open(diff.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  ASSERT_TRUE(fd);
  std::string one, two;
  StringWriter w1(one), w2(two);
  TarWriter t1(w1), t2(w2);
  ASSERT_TRUE(write_layer_tar(fd.get(), t1));
  ASSERT_TRUE(write_layer_tar(fd.get(), t2));
  EXPECT_EQ(one, two);
  auto entries = read_tar(one);
  std::vector<std::string> names;
  for (auto& e : entries) names.push_back(e.e.name);
  // Sorted per directory, directories with "/", the hardlink after its file.
  std::vector<std::string> want = {"bin/", "bin/sh", "bin/sh2", "etc/", "etc/empty", "etc/localtime", "etc/passwd",
                                   "lib", "run/", "run/fifo", "tmp/", "very/"};
  ASSERT_GE(names.size(), want.size());
  EXPECT_EQ(std::vector<std::string>(names.begin(), names.begin() + 12), want);
  for (auto& e : entries) {
    if (e.e.name == "bin/sh2") {
      EXPECT_EQ(e.e.type, TarType::Hardlink);
      EXPECT_EQ(e.e.linkname, "bin/sh");
    }
    if (e.e.name == "bin/sh") {
      EXPECT_EQ(e.e.mode, 04755u);
    }
    if (e.e.name == "tmp/") {
      EXPECT_EQ(e.e.mode, 01777u);
    }
    if (e.e.name == "run/fifo") {
      EXPECT_EQ(e.e.type, TarType::Fifo);
    }
  }
  // Unpacking it again gives the same tree.
  MemReader again(one);
  LayerSpec s2;
  auto res = b->ingest_layer(again, s2);
  ASSERT_TRUE(res) << res.error().msg;
  EXPECT_EQ(res->diff_id, sha256_digest(one));
  EXPECT_EQ(tree(b->layer_diff(res->chain_id)), tree(diff));
}

// Overlay whiteouts (0:0 char devices, trusted.overlay.opaque) go back to
// .wh. entries. Creating them needs root.
TEST_F(ArchiveTest, OverlayWhiteoutsBecomeWhFiles) {
  if (!is_root()) GTEST_SKIP() << "mknod of a whiteout needs CAP_MKNOD";
  std::string d = tmp.path() + "/tree";
  ASSERT_TRUE(mkdir_p(d + "/etc/opaque"));
  ASSERT_TRUE(write_file(d + "/etc/opaque/kept", "k"));
  ASSERT_EQ(::mknod((d + "/etc/gone").c_str(), S_IFCHR | 0, makedev(0, 0)), 0);
  if (::setxattr((d + "/etc/opaque").c_str(), "trusted.overlay.opaque", "y", 1, 0) != 0)
    GTEST_SKIP() << "no trusted xattrs on this file system";
  Fd fd(::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  std::string out;
  StringWriter sw(out);
  TarWriter tw(sw);
  ASSERT_TRUE(write_layer_tar(fd.get(), tw));
  std::vector<std::string> names;
  for (auto& e : read_tar(out)) {
    names.push_back(e.e.name);
    for (auto& x : e.e.xattrs) EXPECT_FALSE(starts_with(x.first, "trusted.overlay.")) << e.e.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"etc/", "etc/.wh.gone", "etc/opaque/", "etc/opaque/.wh..wh..opq",
                                             "etc/opaque/kept"}));
  // And the unpacker turns them into whiteouts again.
  StoreOptions o = test_options();
  o.unpack.whiteouts = Whiteouts::Overlay;
  auto s = Store::open(tmp.path() + "/c", o);
  ASSERT_TRUE(s);
  MemReader r(out);
  auto res = s->ingest_layer(r, LayerSpec{});
  ASSERT_TRUE(res) << res.error().msg;
  struct stat st;
  ASSERT_EQ(::lstat((s->layer_diff(res->chain_id) + "/etc/gone").c_str(), &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0));
}

// The same with user.overlay.opaque (userxattr overlays), which needs no root.
TEST_F(ArchiveTest, UserXattrOpaqueMarker) {
  std::string d = tmp.path() + "/tree";
  ASSERT_TRUE(mkdir_p(d + "/opq"));
  if (::setxattr((d + "/opq").c_str(), "user.overlay.opaque", "y", 1, 0) != 0)
    GTEST_SKIP() << "no user xattrs on this file system";
  ASSERT_EQ(::setxattr((d + "/opq").c_str(), "user.note", "hi", 2, 0), 0);
  Fd fd(::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  std::string out;
  StringWriter sw(out);
  TarWriter tw(sw);
  LayerTarOptions o;
  o.overlay_userxattr = true;
  ASSERT_TRUE(write_layer_tar(fd.get(), tw, o));
  auto entries = read_tar(out);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].e.name, "opq/");
  ASSERT_EQ(entries[0].e.xattrs.size(), 1u);  // user.note only, not the marker
  EXPECT_EQ(entries[0].e.xattrs[0].first, "user.note");
  EXPECT_EQ(entries[1].e.name, "opq/.wh..wh..opq");
}

// ---- load ---------------------------------------------------------------------

TEST_F(ArchiveTest, LoadDockerArchive) {
  TestLayer l1 = rich_layer(), l2 = files_layer({{"app/run", "v1"}});
  auto img = make_image({l1, l2}, "arm", "/app/run");
  std::string cfg_name = img.config_digest.substr(7) + ".json";
  // Members in an unhelpful order: manifest first, layers last, one layer
  // gzip-compressed, one reached through a symlink (docker save dedup).
  tartest::Tar t;
  t.file("manifest.json", "[{\"Config\":\"" + cfg_name +
                              "\",\"RepoTags\":[\"app:1\",\"registry.local/team/app:v1\"],\"Layers\":[\"aaa/layer.tar\","
                              "\"bbb/layer.tar\"]}]");
  t.file(cfg_name, img.config);
  t.dir("aaa").symlink("aaa/layer.tar", "../real/layer.tar");
  t.dir("bbb").file("bbb/layer.tar", l2.gz);
  t.dir("real").file("real/layer.tar", l1.tar).end();

  for (bool gz : {false, true}) {
    std::string archive = gz ? tartest::gzip(t.str()) : t.str();
    MemReader in(archive);
    auto res = load_archive(*b, in);
    ASSERT_TRUE(res) << res.error().msg;
    ASSERT_EQ(res->size(), 2u);
    EXPECT_EQ((*res)[0].ref, "docker.io/library/app:1");
    EXPECT_EQ((*res)[1].ref, "registry.local/team/app:v1");
    EXPECT_EQ((*res)[0].id, img.config_digest);  // the image id is kept
    auto rec = b->resolve("app:1");
    ASSERT_TRUE(rec) << rec.error().msg;
    EXPECT_EQ(rec->platform, "linux/arm/v7");
    auto layers = b->image_layers(*rec);
    ASSERT_TRUE(layers);
    EXPECT_EQ(*layers, img.chains);
    EXPECT_EQ(content(b->layer_diff(img.chains[1]) + "/app/run"), "v1");
    EXPECT_EQ(mode_of(b->layer_diff(img.chains[0]) + "/bin/sh") & 07777, 04755u);
    EXPECT_TRUE(sorted(b->root() + "/tmp").empty());  // scratch space removed
    auto check = b->check(false);
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok()) << join(check->problems, "\n");
  }
}

TEST_F(ArchiveTest, LoadDockerArchiveRejectsWrongLayer) {
  TestLayer l1 = files_layer({{"a", "1"}}), l2 = files_layer({{"b", "2"}});
  auto img = make_image({l1});
  tartest::Tar t;
  t.file("c.json", img.config).file("l/layer.tar", l2.tar);  // not the layer the config names
  t.file("manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":[\"x:1\"],\"Layers\":[\"l/layer.tar\"]}]").end();
  std::string archive = t.str();
  MemReader in(archive);
  auto res = load_archive(*b, in);
  ASSERT_FALSE(res);
  EXPECT_NE(res.error().msg.find("diff_id mismatch"), std::string::npos) << res.error().msg;
  EXPECT_NE(res.error().msg.find("manifest.json: [0]: Layers[0]"), std::string::npos) << res.error().msg;
  EXPECT_TRUE(sorted(b->root() + "/layers").empty());
  EXPECT_TRUE(sorted(b->root() + "/tmp").empty());
  auto list = b->list_images();
  ASSERT_TRUE(list);
  EXPECT_TRUE(list->empty());
}

struct OciBuilder {
  tartest::Tar t;
  void blob(const std::string& data) { t.file("blobs/sha256/" + sha256_hex(data), data); }
  void image(const TestImage& img) {
    for (auto& l : img.layers) blob(l.gz);
    blob(img.config);
    blob(img.manifest);
  }
  std::string desc(const std::string& type, const std::string& data, const std::string& extra = "") {
    return "{\"mediaType\":\"" + type + "\",\"digest\":\"" + sha256_digest(data) + "\",\"size\":" +
           std::to_string(data.size()) + (extra.empty() ? "" : "," + extra) + "}";
  }
  std::string finish(const std::vector<std::string>& entries) {
    t.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
    t.file("index.json", "{\"schemaVersion\":2,\"manifests\":[" + join(entries, ",") + "]}");
    t.end();
    return t.str();
  }
};

TEST_F(ArchiveTest, LoadOciArchive) {
  auto img = make_image({rich_layer(), files_layer({{"srv/index.html", "<h1>hi</h1>"}})});
  OciBuilder o;
  o.image(img);
  std::string archive = o.finish({o.desc(std::string(media::kOciManifest), img.manifest,
                                         "\"annotations\":{\"io.containerd.image.name\":\"docker.io/library/web:2\","
                                         "\"org.opencontainers.image.ref.name\":\"2\"}")});
  MemReader in(archive);
  auto res = load_archive(*b, in);
  ASSERT_TRUE(res) << res.error().msg;
  ASSERT_EQ(res->size(), 1u);
  EXPECT_EQ((*res)[0].ref, "docker.io/library/web:2");
  EXPECT_EQ((*res)[0].manifest, img.manifest_digest);  // original blobs kept as they were
  EXPECT_TRUE(b->has_blob(img.manifest_digest));
  EXPECT_TRUE(b->has_blob(img.config_digest));
  EXPECT_EQ(content(b->layer_diff(img.chains[1]) + "/srv/index.html"), "<h1>hi</h1>");
  EXPECT_TRUE(sorted(b->root() + "/tmp").empty());
}

TEST_F(ArchiveTest, LoadOciArchiveWithIndexPicksPlatform) {
  auto amd = make_image({files_layer({{"arch", "amd64"}})}, "amd64");
  auto arm = make_image({files_layer({{"arch", "arm64"}})}, "arm64");
  OciBuilder o;
  o.image(amd);
  o.image(arm);
  std::string M = std::string(media::kOciManifest);
  std::string att = "{\"schemaVersion\":2,\"mediaType\":\"" + M + "\",\"attestation\":true}";
  std::string index = "{\"schemaVersion\":2,\"mediaType\":\"" + std::string(media::kOciIndex) + "\",\"manifests\":[" +
                      o.desc(M, amd.manifest, "\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}") + "," +
                      o.desc(M, arm.manifest, "\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}") +
                      "," + o.desc(M, att, "\"platform\":{\"architecture\":\"unknown\",\"os\":\"unknown\"}") + "]}";
  o.blob(index);
  std::string archive =
      o.finish({o.desc(std::string(media::kOciIndex), index,
                       "\"annotations\":{\"org.opencontainers.image.ref.name\":\"1.0\"}")});
  LoadOptions opt;
  opt.platform = Platform{"linux", "aarch64", "", ""};
  opt.repository = "example.com/tool";
  MemReader in(archive);
  auto res = load_archive(*b, in, opt);
  ASSERT_TRUE(res) << res.error().msg;
  ASSERT_EQ(res->size(), 1u);
  EXPECT_EQ((*res)[0].ref, "example.com/tool:1.0");
  EXPECT_EQ((*res)[0].id, arm.config_digest);
  auto rec = b->resolve("example.com/tool:1.0");
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->index, sha256_digest(index));
  EXPECT_EQ(rec->platform, "linux/arm64/v8");
  EXPECT_EQ(content(b->layer_diff(arm.chains[0]) + "/arch"), "arm64");
  EXPECT_FALSE(b->layer_exists(amd.chains[0]));  // only the chosen platform

  opt.platform = Platform{"linux", "mipsle", "", ""};
  MemReader in2(archive);
  auto none = load_archive(*b, in2, opt);
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().msg.find("no image for linux/mipsle in the index; available: linux/amd64, linux/arm64/v8"),
            std::string::npos)
      << none.error().msg;
}

TEST_F(ArchiveTest, LoadOciArchiveVerifiesBlobs) {
  auto img = make_image({files_layer({{"f", "1"}})});
  OciBuilder o;
  o.blob(img.layers[0].gz);
  o.t.file("blobs/sha256/" + img.config_digest.substr(7), img.config + " ");  // tampered
  o.blob(img.manifest);
  std::string archive = o.finish({o.desc(std::string(media::kOciManifest), img.manifest)});
  MemReader in(archive);
  auto res = load_archive(*b, in);
  ASSERT_FALSE(res);
  EXPECT_NE(res.error().msg.find("blob " + img.config_digest + ": digest mismatch"), std::string::npos)
      << res.error().msg;
  EXPECT_TRUE(sorted(b->root() + "/tmp").empty());
  EXPECT_FALSE(b->has_blob(img.manifest_digest));
}

TEST_F(ArchiveTest, LoadRejectsHostileOrForeignArchives) {
  struct Case {
    std::string archive, want;
  } cases[] = {
      {tartest::Tar().file("../../etc/evil", "x").end().str(), "escapes the archive"},
      {tartest::Tar().file("hello.txt", "x").end().str(), "not a docker-archive or oci-archive"},
      {std::string("\x28\xb5\x2f\xfd", 4) + "zzzz", "zstd-compressed archives are not supported"},
      {tartest::Tar().file("manifest.json", "{}").end().str(), "manifest.json: want an array"},
      {tartest::Tar().file("manifest.json", "[{\"Config\":\"missing.json\",\"Layers\":[]}]").end().str(),
       "archive member \"missing.json\" not found"},
      {tartest::Tar().symlink("manifest.json", "manifest.json").end().str(), "archive member \"manifest.json\" not found"},
      // A link out of the archive names nothing, and is never followed on disk.
      {tartest::Tar().symlink("manifest.json", "../../etc/passwd").end().str(), "not a docker-archive"},
  };
  for (auto& c : cases) {
    MemReader in(c.archive);
    auto res = load_archive(*b, in);
    ASSERT_FALSE(res) << c.want;
    EXPECT_NE(res.error().msg.find(c.want), std::string::npos) << res.error().msg;
    EXPECT_TRUE(sorted(b->root() + "/tmp").empty()) << c.want;
  }
  LoadOptions small;
  small.max_bytes = 10;
  std::string archive = tartest::Tar().file("manifest.json", std::string(100, ' ')).end().str();
  MemReader in(archive);
  auto big = load_archive(*b, in, small);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().code, EFBIG) << big.error().msg;
}

// ---- save ---------------------------------------------------------------------

TEST_F(ArchiveTest, SaveLoadRoundTrip) {
  auto img = make_image({rich_layer(), files_layer({{"app/run", "v2"}, {"bin/sh", "overridden"}})}, "amd64", "/app/run");
  ASSERT_TRUE(add_image(*a, img, "app:2"));
  ASSERT_TRUE(a->tag("app:2", "mirror.local/app:2"));

  for (ArchiveFormat fmt : {ArchiveFormat::DockerArchive, ArchiveFormat::OciArchive}) {
    SCOPED_TRACE(fmt == ArchiveFormat::DockerArchive ? "docker-archive" : "oci-archive");
    std::string path = tmp.path() + (fmt == ArchiveFormat::DockerArchive ? "/docker.tar" : "/oci.tar");
    {
      Fd out(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
      ASSERT_TRUE(out);
      auto st = save_archive(*a, {"app:2", "mirror.local/app:2"}, fmt, out.get());
      ASSERT_TRUE(st) << st.error().msg;
    }
    // Deterministic: saving again gives the same bytes.
    std::string again_path = path + ".2";
    {
      Fd out(::open(again_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
      ASSERT_TRUE(save_archive(*a, {"app:2", "mirror.local/app:2"}, fmt, out.get()));
    }
    EXPECT_EQ(content(path), content(again_path));

    auto store = Store::open(tmp.path() + (fmt == ArchiveFormat::DockerArchive ? "/rt-docker" : "/rt-oci"),
                             test_options());
    ASSERT_TRUE(store);
    auto res = load_archive_file(*store, path);
    ASSERT_TRUE(res) << res.error().msg;
    ASSERT_EQ(res->size(), 2u);
    std::vector<std::string> refs = {(*res)[0].ref, (*res)[1].ref};
    std::sort(refs.begin(), refs.end());
    EXPECT_EQ(refs, (std::vector<std::string>{"docker.io/library/app:2", "mirror.local/app:2"}));

    auto rec = store->resolve("app:2");
    ASSERT_TRUE(rec);
    auto cfg = store->image_config(*rec);
    ASSERT_TRUE(cfg) << cfg.error().msg;
    EXPECT_EQ(cfg->config.cmd, std::vector<std::string>{"/app/run"});  // the rest of the config survives
    auto orig = a->image_config(*a->resolve("app:2"));
    ASSERT_TRUE(orig);
    ASSERT_EQ(cfg->diff_ids.size(), 2u);
    auto chains = store->image_layers(*rec);
    ASSERT_TRUE(chains);
    for (size_t i = 0; i < 2; i++)
      EXPECT_EQ(tree(store->layer_diff((*chains)[i])), tree(a->layer_diff(img.chains[i]))) << "layer " << i;
    // Re-created tars differ from the pulled ones; the config says what was written.
    EXPECT_NE(cfg->diff_ids, orig->diff_ids);
    auto check = store->check(false);
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok()) << join(check->problems, "\n");

    // A second round trip is stable: the written tars reproduce themselves.
    std::string path2 = path + ".round2";
    {
      Fd out(::open(path2.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
      ASSERT_TRUE(save_archive(*store, {"app:2"}, fmt, out.get()));
    }
    auto store2 = Store::open(path2 + ".store", test_options());
    ASSERT_TRUE(store2);
    auto res2 = load_archive_file(*store2, path2);
    ASSERT_TRUE(res2) << res2.error().msg;
    if (is_root()) {
      EXPECT_EQ((*res2)[0].id, rec->config);  // owners survive only as root
    }
  }
}

TEST_F(ArchiveTest, SaveByIdAndUnknownName) {
  auto img = make_image({files_layer({{"x", "1"}})});
  ASSERT_TRUE(add_image(*a, img, "x:1"));
  std::string out;
  std::string path = tmp.path() + "/byid.tar";
  {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    ASSERT_TRUE(save_archive(*a, {img.config_digest.substr(7, 12)}, ArchiveFormat::DockerArchive, fd.get()));
    auto bad = save_archive(*a, {"nope:1"}, ArchiveFormat::DockerArchive, fd.get());
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().msg.find("no such image: nope:1"), std::string::npos);
  }
  auto res = load_archive_file(*b, path);
  ASSERT_TRUE(res) << res.error().msg;
  ASSERT_EQ(res->size(), 1u);
  EXPECT_EQ((*res)[0].ref, "");  // saved by id: loads untagged
  auto rec = b->resolve((*res)[0].id);
  ASSERT_TRUE(rec);
}

// ---- import --------------------------------------------------------------------

TEST_F(ArchiveTest, ImportRootfs) {
  tartest::Tar t;
  t.dir("bin").file("bin/hello", "#!/bin/sh\necho hi\n", 0755).end();
  std::string gz = tartest::gzip(t.str());
  ImportOptions opt;
  opt.ref = "local/hello:1";
  opt.platform = Platform{"linux", "arm", "v7", ""};
  opt.config.cmd = {"/bin/hello"};
  opt.config.env = {"PATH=/bin"};
  opt.message = "imported for a test";
  opt.created = "2024-05-06T07:08:09Z";
  MemReader in(gz);
  auto res = import_rootfs(*a, in, opt);
  ASSERT_TRUE(res) << res.error().msg;
  EXPECT_EQ(res->ref, "docker.io/local/hello:1");
  auto rec = a->resolve("local/hello:1");
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->platform, "linux/arm/v7");
  EXPECT_EQ(rec->created, "2024-05-06T07:08:09Z");
  auto cfg = a->image_config(*rec);
  ASSERT_TRUE(cfg) << cfg.error().msg;
  EXPECT_EQ(cfg->config.cmd, std::vector<std::string>{"/bin/hello"});
  EXPECT_EQ(cfg->diff_ids, std::vector<std::string>{sha256_digest(t.str())});
  ASSERT_EQ(cfg->history.size(), 1u);
  EXPECT_EQ(cfg->history[0].comment, "imported for a test");
  auto layers = a->image_layers(*rec);
  ASSERT_TRUE(layers);
  EXPECT_EQ(content(a->layer_diff((*layers)[0]) + "/bin/hello"), "#!/bin/sh\necho hi\n");
  auto m = a->image_manifest(*rec);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->layers[0].digest, cfg->diff_ids[0]);  // uncompressed: digest = diff_id
  EXPECT_EQ(m->layers[0].media_type, media::kOciLayer);
  auto check = a->check(false);
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->ok()) << join(check->problems, "\n");
}

}  // namespace
