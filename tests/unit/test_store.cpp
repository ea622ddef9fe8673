// The image store: blobs, layer ingest (verification, atomic visibility,
// concurrency), resumable partials, names, gc and check. Unprivileged.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "core/fs.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "image_builder.h"
#include "img/store.h"
#include "tar_writer.h"

using namespace ec;
using namespace ec::img;
using namespace imgtest;

namespace {

// Feeds at most `chunk` bytes per read, optionally sleeping, optionally
// failing after `fail_after` bytes (a cut connection).
class SlowReader : public Reader {
 public:
  SlowReader(std::string_view d, size_t chunk, int sleep_us = 0, size_t fail_after = SIZE_MAX)
      : d_(d), chunk_(chunk), sleep_us_(sleep_us), fail_after_(fail_after) {}
  Result<size_t> read(void* buf, size_t len) override {
    if (pos_ >= fail_after_) return make_error("connection reset", ECONNRESET);
    size_t n = std::min({len, chunk_, d_.size() - pos_, fail_after_ - pos_});
    if (sleep_us_) ::usleep(sleep_us_);
    memcpy(buf, d_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  size_t consumed() const { return pos_; }

 private:
  std::string_view d_;
  size_t chunk_;
  int sleep_us_;
  size_t fail_after_;
  size_t pos_ = 0;
};

class MustNotRead : public Reader {
 public:
  Result<size_t> read(void*, size_t) override {
    ADD_FAILURE() << "stream read although the layer exists";
    return size_t{0};
  }
};

std::string pseudo_random(size_t n, uint32_t seed) {
  std::string s(n, '\0');
  uint32_t x = seed;
  for (auto& c : s) {
    x = x * 1103515245 + 12345;
    c = static_cast<char>(x >> 16);
  }
  return s;
}

class StoreTest : public ::testing::Test {
 protected:
  TempDir tmp;
  std::string root;
  std::optional<Store> store;

  void SetUp() override {
    ASSERT_FALSE(tmp.path().empty());
    root = tmp.path() + "/store";
    auto s = Store::open(root, test_options());
    ASSERT_TRUE(s) << s.error().msg;
    store.emplace(std::move(*s));
  }
  Store& S() { return *store; }

  TestLayer base_layer() {
    tartest::Tar t;
    t.dir("bin", 0755).file("bin/sh", "#!shell", 0755).file("etc/os-release", "ID=test\n").symlink("lib", "usr/lib");
    tartest::Hdr h;
    h.name = "etc/shadow";
    h.data = "root:*:";
    h.mode = 0640;
    t.add(h).end();
    return make_layer(t);
  }

  // Age a path so gc treats it as a leftover of an earlier process.
  static void age(const std::string& p) {
    struct timespec ts[2] = {{1000000000, 0}, {1000000000, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, p.c_str(), ts, AT_SYMLINK_NOFOLLOW), 0) << p;
  }
};

// ---- layout and blobs ------------------------------------------------------

TEST_F(StoreTest, OpenCreatesPrivateLayout) {
  for (const char* d : {"", "/blobs/sha256", "/layers", "/ingest", "/locks", "/tmp"}) {
    mode_t m = mode_of(root + d);
    EXPECT_TRUE(S_ISDIR(m)) << d;
    EXPECT_EQ(m & 0777, 0700u) << d;
  }
  auto again = Store::open(root + "/", test_options());  // idempotent, trailing slash
  ASSERT_TRUE(again) << again.error().msg;
  EXPECT_EQ(again->root(), root);
}

TEST_F(StoreTest, PutBlobVerifiesDigest) {
  std::string data = "{\"hello\":1}";
  std::string good = sha256_digest(data), bad = sha256_digest("other");
  auto r = S().put_blob(data, bad);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().msg, "blob " + bad + ": digest mismatch (got " + good + ", want " + bad + ")");
  EXPECT_EQ(r.error().code, EBADMSG);
  EXPECT_FALSE(S().has_blob(bad));
  EXPECT_TRUE(sorted(root + "/blobs/sha256").empty());

  ASSERT_TRUE(S().put_blob(data, good));
  EXPECT_TRUE(S().has_blob(good));
  EXPECT_TRUE(S().put_blob(data, good));  // idempotent
  auto back = S().read_blob(good);
  ASSERT_TRUE(back) << back.error().msg;
  EXPECT_EQ(*back, data);
  EXPECT_EQ(sorted(root + "/blobs/sha256"), std::vector<std::string>{good.substr(7)});  // no temp files left
  EXPECT_EQ(mode_of(S().blob_path(good)) & 0777, 0644u);

  EXPECT_FALSE(S().put_blob(data, "sha256:xyz"));
  auto missing = S().read_blob(bad);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ENOENT);
}

TEST_F(StoreTest, ReadBlobDetectsCorruption) {
  std::string data = "config bytes";
  std::string d = sha256_digest(data);
  ASSERT_TRUE(S().put_blob(data, d));
  ASSERT_TRUE(write_file(S().blob_path(d), "config bytez"));
  auto r = S().read_blob(d);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, EIO);
  EXPECT_NE(r.error().msg.find("corrupt (content is " + sha256_digest("config bytez") + ")"), std::string::npos)
      << r.error().msg;
}

// ---- layers ------------------------------------------------------------------

TEST_F(StoreTest, IngestGzipLayer) {
  TestLayer l = base_layer();
  MemReader r(l.gz);
  LayerSpec spec;
  spec.blob_digest = l.blob_digest;
  spec.blob_size = static_cast<int64_t>(l.gz.size());
  spec.diff_id = l.diff_id;
  spec.compression = LayerCompression::Gzip;
  auto res = S().ingest_layer(r, spec);
  ASSERT_TRUE(res) << res.error().msg;
  EXPECT_FALSE(res->existed);
  EXPECT_EQ(res->chain_id, l.diff_id);  // a base layer's chain id is its diff_id
  EXPECT_EQ(res->diff_id, l.diff_id);
  EXPECT_EQ(res->size, l.tar.size());
  EXPECT_TRUE(S().layer_exists(l.diff_id));

  std::string diff = S().layer_diff(l.diff_id);
  EXPECT_EQ(diff, root + "/layers/" + l.diff_id.substr(7) + "/diff");
  EXPECT_EQ(content(diff + "/bin/sh"), "#!shell");
  EXPECT_EQ(mode_of(diff + "/bin/sh") & 07777, 0755u);
  EXPECT_EQ(mode_of(diff + "/etc/shadow") & 07777, 0640u);
  EXPECT_TRUE(S_ISLNK(mode_of(diff + "/lib")));
  EXPECT_EQ(content(diff + "/etc/os-release"), "ID=test\n");

  auto info = S().layer_info(l.diff_id);
  ASSERT_TRUE(info) << info.error().msg;
  EXPECT_EQ(info->chain_id, l.diff_id);
  EXPECT_EQ(info->diff_id, l.diff_id);
  EXPECT_EQ(info->parent, "");
  EXPECT_EQ(info->size, l.tar.size());
  EXPECT_EQ(info->compressed_size, l.gz.size());
  EXPECT_FALSE(info->created.empty());
  // Only the finished layer: no temp dirs.
  EXPECT_EQ(sorted(root + "/layers"), std::vector<std::string>{l.diff_id.substr(7)});
  EXPECT_EQ(sorted(root + "/layers/" + l.diff_id.substr(7)), (std::vector<std::string>{"diff", "meta.json"}));
}

TEST_F(StoreTest, IngestUncompressedAndSniffed) {
  struct Case {
    LayerCompression c;
    bool gz;
  } cases[] = {{LayerCompression::None, false}, {LayerCompression::Auto, false}, {LayerCompression::Auto, true}};
  int i = 0;
  for (auto& c : cases) {
    TestLayer l = files_layer({{"f" + std::to_string(i++), "x"}});
    const std::string& bytes = c.gz ? l.gz : l.tar;
    MemReader r(bytes);
    LayerSpec spec;
    spec.blob_digest = sha256_digest(bytes);
    spec.diff_id = l.diff_id;
    spec.compression = c.c;
    auto res = S().ingest_layer(r, spec);
    ASSERT_TRUE(res) << res.error().msg;
    EXPECT_TRUE(S().layer_exists(l.diff_id));
    auto info = S().layer_info(l.diff_id);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->compressed_size, bytes.size());
  }
}

TEST_F(StoreTest, ChildLayerChainsOnParent) {
  TestLayer a = base_layer(), b = files_layer({{"etc/os-release", "ID=child\n"}});
  auto img = make_image({a, b});
  auto rec = add_image(S(), img, "busybox:1");
  ASSERT_TRUE(rec) << rec.error().msg;
  ASSERT_EQ(img.chains.size(), 2u);
  EXPECT_EQ(img.chains[1], chain_id(a.diff_id, b.diff_id));
  auto info = S().layer_info(img.chains[1]);
  ASSERT_TRUE(info) << info.error().msg;
  EXPECT_EQ(info->parent, a.diff_id);
  EXPECT_EQ(info->diff_id, b.diff_id);
  EXPECT_EQ(content(S().layer_diff(img.chains[1]) + "/etc/os-release"), "ID=child\n");
}

TEST_F(StoreTest, DigestMismatchLeavesNothing) {
  TestLayer l = base_layer();
  std::string wrong = sha256_digest("not it");
  struct Case {
    std::string blob, diff, data, want;
  } cases[] = {
      {wrong, l.diff_id, l.gz,
       "layer " + wrong + ": digest mismatch (got " + l.blob_digest + ", want " + wrong + ")"},
      {l.blob_digest, wrong, l.gz,
       "layer " + l.blob_digest + ": diff_id mismatch (got " + l.diff_id + ", want " + wrong + ")"},
      // Corrupt compressed data fails on the way, whatever the digests say.
      {l.blob_digest, l.diff_id, l.gz.substr(0, l.gz.size() / 2), "layer " + l.blob_digest + ": "},
  };
  for (auto& c : cases) {
    MemReader r(c.data);
    LayerSpec spec;
    spec.blob_digest = c.blob;
    spec.diff_id = c.diff;
    auto res = S().ingest_layer(r, spec);
    ASSERT_FALSE(res) << c.want;
    EXPECT_EQ(res.error().msg.substr(0, c.want.size()), c.want);
    EXPECT_TRUE(sorted(root + "/layers").empty()) << c.want;  // no layer, no temp dir
    EXPECT_FALSE(S().layer_exists(c.diff));
    EXPECT_FALSE(S().layer_exists(l.diff_id));
  }
  // Size mismatch with the right digest is still a mismatch.
  MemReader r(l.gz);
  LayerSpec spec;
  spec.blob_digest = l.blob_digest;
  spec.blob_size = static_cast<int64_t>(l.gz.size()) + 1;
  spec.diff_id = l.diff_id;
  auto res = S().ingest_layer(r, spec);
  ASSERT_FALSE(res);
  EXPECT_EQ(res.error().code, EBADMSG);
  EXPECT_NE(res.error().msg.find("size mismatch"), std::string::npos) << res.error().msg;
  EXPECT_TRUE(sorted(root + "/layers").empty());
}

TEST_F(StoreTest, ExistingLayerIsNotReadAgain) {
  TestLayer l = base_layer();
  MemReader r(l.gz);
  LayerSpec spec;
  spec.blob_digest = l.blob_digest;
  spec.diff_id = l.diff_id;
  ASSERT_TRUE(S().ingest_layer(r, spec));
  MustNotRead none;
  auto again = S().ingest_layer(none, spec);
  ASSERT_TRUE(again) << again.error().msg;
  EXPECT_TRUE(again->existed);
  EXPECT_EQ(again->size, l.tar.size());
}

TEST_F(StoreTest, UnsupportedCompressionAndBadSpecs) {
  std::string zstd = std::string("\x28\xb5\x2f\xfd", 4) + "rest of frame";
  MemReader r(zstd);
  LayerSpec spec;
  auto res = S().ingest_layer(r, spec);
  ASSERT_FALSE(res);
  EXPECT_NE(res.error().msg.find("zstd-compressed layers are not supported"), std::string::npos) << res.error().msg;
  EXPECT_TRUE(sorted(root + "/layers").empty());

  TestLayer l = base_layer();
  MemReader r2(l.gz);
  LayerSpec bad;
  bad.diff_id = l.diff_id;
  bad.parent = l.diff_id;
  bad.chain_id = l.diff_id;  // does not follow from parent + diff_id
  auto res2 = S().ingest_layer(r2, bad);
  ASSERT_FALSE(res2);
  EXPECT_NE(res2.error().msg.find("does not follow from parent"), std::string::npos) << res2.error().msg;

  LayerSpec junk;
  junk.diff_id = "md5:1234";
  EXPECT_FALSE(S().ingest_layer(r2, junk));
}

TEST_F(StoreTest, ImportStyleIngestComputesDiffId) {
  TestLayer l = base_layer();
  MemReader r(l.gz);
  LayerSpec spec;  // nothing known in advance
  auto res = S().ingest_layer(r, spec);
  ASSERT_TRUE(res) << res.error().msg;
  EXPECT_EQ(res->diff_id, l.diff_id);
  EXPECT_EQ(res->chain_id, l.diff_id);
  EXPECT_TRUE(S().layer_exists(l.diff_id));
  MemReader r2(l.tar);
  auto again = S().ingest_layer(r2, spec);
  ASSERT_TRUE(again) << again.error().msg;
  EXPECT_TRUE(again->existed);
  EXPECT_EQ(sorted(root + "/layers"), std::vector<std::string>{l.diff_id.substr(7)});
}

// Two processes ingest the same layer at once: one builds it, the other
// waits on the layer's lock and then finds it.
TEST_F(StoreTest, ConcurrentIngestOfSameChainDoesTheWorkOnce) {
  tartest::Tar t;
  for (int i = 0; i < 40; i++) t.file(strf("f%d", i), pseudo_random(8192, i));
  t.end();
  TestLayer l = make_layer(t);
  int go[2], res[2];
  ASSERT_EQ(::pipe(go), 0);
  ASSERT_EQ(::pipe(res), 0);
  pid_t kids[2];
  for (int k = 0; k < 2; k++) {
    kids[k] = ::fork();
    ASSERT_GE(kids[k], 0);
    if (kids[k] == 0) {
      char c;
      if (::read(go[0], &c, 1) != 1) ::_exit(10);
      auto s = Store::open(root, test_options());
      if (!s) ::_exit(11);
      SlowReader r(l.gz, 4096, 2000);  // ~30 reads of 2 ms: long enough to overlap
      LayerSpec spec;
      spec.blob_digest = l.blob_digest;
      spec.diff_id = l.diff_id;
      auto out = s->ingest_layer(r, spec);
      if (!out) {
        std::string m = "E";
        m += out.error().msg;
        (void)!::write(res[1], m.data(), m.size());
        ::_exit(12);
      }
      char flag = out->existed ? 'X' : 'B';  // eXisted / Built
      (void)!::write(res[1], &flag, 1);
      ::_exit(0);
    }
  }
  ::close(res[1]);
  ASSERT_EQ(::write(go[1], "gg", 2), 2);  // start both at once
  std::string flags;
  char buf[512];
  ssize_t n;
  while ((n = ::read(res[0], buf, sizeof buf)) > 0) flags.append(buf, n);
  for (pid_t k : kids) {
    int st = 0;
    ASSERT_EQ(::waitpid(k, &st, 0), k);
    EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << flags;
  }
  ::close(res[0]);
  ::close(go[0]);
  ::close(go[1]);
  std::sort(flags.begin(), flags.end());
  EXPECT_EQ(flags, "BX");  // built once, found once
  EXPECT_EQ(sorted(root + "/layers"), std::vector<std::string>{l.diff_id.substr(7)});
  EXPECT_TRUE(S().layer_exists(l.diff_id));
}

// ---- partial downloads ------------------------------------------------------

TEST_F(StoreTest, IngestResumeAndCommit) {
  std::string blob = pseudo_random(100000, 7);
  std::string d = sha256_digest(blob);
  {
    auto in = S().open_ingest(d, static_cast<int64_t>(blob.size()));
    ASSERT_TRUE(in) << in.error().msg;
    EXPECT_EQ(in->offset(), 0u);
    ASSERT_TRUE(in->append(blob.data(), 40000));
    ASSERT_TRUE(in->checkpoint());
    auto early = in->commit();  // incomplete: kept for resuming
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, EAGAIN);
  }
  auto list = S().list_ingests();
  ASSERT_TRUE(list) << list.error().msg;
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].digest, d);
  EXPECT_EQ((*list)[0].offset, 40000u);
  EXPECT_EQ((*list)[0].total, 100000);

  // Bytes written after the last checkpoint (lost in a power cut) don't count.
  std::string partial = root + "/ingest/" + d.substr(7) + ".partial";
  {
    Fd fd(::open(partial.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC));
    ASSERT_TRUE(fd);
    ASSERT_TRUE(write_all(fd.get(), "garbage after the synced part"));
  }
  auto in = S().open_ingest(d, static_cast<int64_t>(blob.size()));
  ASSERT_TRUE(in) << in.error().msg;
  EXPECT_EQ(in->offset(), 40000u);
  ASSERT_TRUE(in->append(blob.data() + 40000, blob.size() - 40000));
  auto over = in->append("x", 1);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, EFBIG);
  ASSERT_TRUE(in->commit());
  EXPECT_TRUE(S().has_blob(d));
  auto back = S().read_blob(d);
  ASSERT_TRUE(back) << back.error().msg;
  EXPECT_EQ(*back, blob);
  EXPECT_TRUE(sorted(root + "/ingest").empty());
}

TEST_F(StoreTest, IngestMismatchDeletesPartial) {
  std::string blob = pseudo_random(5000, 3);
  std::string d = sha256_digest(blob);
  auto in = S().open_ingest(d, static_cast<int64_t>(blob.size()));
  ASSERT_TRUE(in);
  std::string bad = blob;
  bad[100] ^= 1;
  ASSERT_TRUE(in->append(bad.data(), bad.size()));
  auto r = in->commit();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, EBADMSG);
  EXPECT_NE(r.error().msg.find("blob " + d + ": digest mismatch (got " + sha256_digest(bad) + ", want " + d + ")"),
            std::string::npos)
      << r.error().msg;
  EXPECT_FALSE(S().has_blob(d));
  EXPECT_TRUE(sorted(root + "/ingest").empty());
}

TEST_F(StoreTest, IngestWithAnotherTotalRestarts) {
  std::string d = sha256_digest("abc");
  {
    auto in = S().open_ingest(d, 10);
    ASSERT_TRUE(in);
    ASSERT_TRUE(in->append("abcde", 5));
  }
  auto in = S().open_ingest(d, 3);
  ASSERT_TRUE(in);
  EXPECT_EQ(in->offset(), 0u);
  ASSERT_TRUE(in->append("abc", 3));
  ASSERT_TRUE(in->commit());
  EXPECT_TRUE(S().has_blob(d));
}

// A pull cut mid-layer resumes: the bytes on disk are replayed into the
// unpack pipeline, the rest comes from the network.
TEST_F(StoreTest, LayerDownloadResumesThroughIngestReader) {
  tartest::Tar t;
  for (int i = 0; i < 20; i++) t.file(strf("d/f%d", i), pseudo_random(20000, 100 + i));
  t.end();
  TestLayer l = make_layer(t);
  LayerSpec spec;
  spec.blob_digest = l.blob_digest;
  spec.blob_size = static_cast<int64_t>(l.gz.size());
  spec.diff_id = l.diff_id;
  spec.compression = LayerCompression::Gzip;
  size_t cut = l.gz.size() / 2;
  {
    auto in = S().open_ingest(l.blob_digest, spec.blob_size);
    ASSERT_TRUE(in);
    SlowReader net(l.gz, 1000, 0, cut);
    auto tee = in->reader(net);
    auto r = S().ingest_layer(*tee, spec);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ECONNRESET) << r.error().msg;
    EXPECT_TRUE(sorted(root + "/layers").empty());
    EXPECT_EQ(in->offset(), cut);
  }  // the destructor checkpoints
  auto in = S().open_ingest(l.blob_digest, spec.blob_size);
  ASSERT_TRUE(in);
  ASSERT_EQ(in->offset(), cut);
  SlowReader rest(std::string_view(l.gz).substr(cut), 1000);  // a Range request's body
  auto tee = in->reader(rest);
  auto r = S().ingest_layer(*tee, spec);
  ASSERT_TRUE(r) << r.error().msg;
  EXPECT_EQ(rest.consumed(), l.gz.size() - cut);  // only the missing part was fetched
  EXPECT_EQ(content(S().layer_diff(l.diff_id) + "/d/f7"), pseudo_random(20000, 107));
  ASSERT_TRUE(in->discard());
  EXPECT_TRUE(sorted(root + "/ingest").empty());
}

// ---- names -------------------------------------------------------------------

TEST_F(StoreTest, TagResolveRemove) {
  auto img = make_image({base_layer()});
  auto rec = add_image(S(), img, "busybox:1");
  ASSERT_TRUE(rec) << rec.error().msg;
  EXPECT_EQ(rec->ref, "docker.io/library/busybox:1");
  EXPECT_EQ(rec->config, img.config_digest);
  EXPECT_EQ(rec->manifest, img.manifest_digest);
  EXPECT_EQ(rec->platform, "linux/amd64");
  EXPECT_EQ(rec->created, "2024-02-03T04:05:06Z");
  EXPECT_EQ(rec->size, img.layers[0].tar.size());

  for (std::string q : {std::string("busybox:1"), std::string("docker.io/library/busybox:1"), img.config_digest,
                        img.config_digest.substr(7, 12), "busybox@" + img.manifest_digest}) {
    auto r = S().resolve(q);
    ASSERT_TRUE(r) << q << ": " << r.error().msg;
    EXPECT_EQ(r->config, img.config_digest) << q;
  }
  auto none = S().resolve("busybox:2");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ENOENT);
  EXPECT_EQ(none.error().msg, "no such image: busybox:2");
  EXPECT_FALSE(S().resolve("Bad Name"));

  auto t = S().tag("busybox:1", "registry.local:5000/tools/bb:stable");
  ASSERT_TRUE(t) << t.error().msg;
  EXPECT_EQ(t->ref, "registry.local:5000/tools/bb:stable");
  EXPECT_FALSE(S().tag("busybox:1", "busybox@" + img.manifest_digest));
  auto list = S().list_images();
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].ref, "docker.io/library/busybox:1");  // sorted
  EXPECT_EQ((*list)[1].ref, "registry.local:5000/tools/bb:stable");

  // By id with two names: refused without force.
  auto busy = S().remove_image(img.config_digest.substr(7, 12));
  ASSERT_FALSE(busy);
  EXPECT_EQ(busy.error().code, EBUSY);
  EXPECT_NE(busy.error().msg.find("has several names"), std::string::npos);

  ASSERT_TRUE(S().untag("registry.local:5000/tools/bb:stable"));
  auto gone = S().untag("registry.local:5000/tools/bb:stable");
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().code, ENOENT);
  ASSERT_TRUE(S().tag(img.config_digest, "again:1"));
  auto removed = S().remove_image(img.config_digest, true);
  ASSERT_TRUE(removed) << removed.error().msg;
  EXPECT_EQ(removed->size(), 2u);
  list = S().list_images();
  ASSERT_TRUE(list);
  EXPECT_TRUE(list->empty());
  // Names only: layers and blobs stay until gc.
  EXPECT_TRUE(S().layer_exists(img.chains[0]));
  EXPECT_TRUE(S().has_blob(img.config_digest));
}

TEST_F(StoreTest, RecordImageNeedsAllContent) {
  auto img = make_image({base_layer(), files_layer({{"x", "y"}})});
  ASSERT_TRUE(S().put_blob(img.config, img.config_digest));
  ASSERT_TRUE(S().put_blob(img.manifest, img.manifest_digest));
  auto r = S().record_image("app:1", img.manifest_digest);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_NE(r.error().msg.find("layer 1 of 2"), std::string::npos) << r.error().msg;
  auto list = S().list_images();
  ASSERT_TRUE(list);
  EXPECT_TRUE(list->empty());
}

TEST_F(StoreTest, PulledByDigestAndUntagged) {
  auto img = make_image({base_layer()});
  auto by_digest = add_image(S(), img, "alpine:3.19@" + img.manifest_digest);
  ASSERT_TRUE(by_digest) << by_digest.error().msg;
  EXPECT_EQ(by_digest->ref, "docker.io/library/alpine@" + img.manifest_digest);
  auto nameless = S().record_image("", img.manifest_digest);
  ASSERT_TRUE(nameless);
  auto list = S().list_images();
  ASSERT_TRUE(list);
  EXPECT_EQ(list->size(), 1u);  // the image has a name: no nameless entry

  auto img2 = make_image({files_layer({{"only", "1"}})}, "arm64");
  auto r2 = add_image(S(), img2, "");
  ASSERT_TRUE(r2) << r2.error().msg;
  EXPECT_EQ(r2->ref, "");
  EXPECT_EQ(r2->platform, "linux/arm64/v8");
  auto found = S().resolve(img2.config_digest);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->ref, "");
  ASSERT_TRUE(S().tag(img2.config_digest, "named:1"));
  list = S().list_images();
  ASSERT_TRUE(list);
  EXPECT_EQ(list->size(), 2u);  // the nameless entry became named:1
}

// ---- maintenance --------------------------------------------------------------

TEST_F(StoreTest, GcRemovesWhatNoImageReaches) {
  TestLayer base = base_layer();
  auto a = make_image({base, files_layer({{"a", "1"}})}, "amd64", "/a");
  auto b = make_image({base, files_layer({{"b", "2"}})}, "amd64", "/b");
  ASSERT_TRUE(add_image(S(), a, "a:1"));
  ASSERT_TRUE(add_image(S(), b, "b:1"));
  ASSERT_TRUE(S().untag("b:1"));

  // Leftovers of an interrupted earlier command, and a fresh one.
  std::string stale_tmp = root + "/layers/" + std::string(64, 'c') + ".tmp-0011223344556677";
  std::string fresh_tmp = root + "/layers/" + std::string(64, 'd') + ".tmp-8899aabbccddeeff";
  ASSERT_TRUE(mkdir_p(stale_tmp + "/diff"));
  ASSERT_TRUE(mkdir_p(fresh_tmp + "/diff"));
  // A builder holds its layer's lock while the .tmp- dir exists: gc keeps
  // a locked one (a running pull), and removes an unlocked one at any age.
  auto builder = S().lock("layer-" + std::string(64, 'd') + ".lock", true);
  ASSERT_TRUE(builder) << builder.error().msg;
  age(stale_tmp);
  std::string stale_partial = root + "/ingest/" + std::string(64, 'e') + ".partial";
  ASSERT_TRUE(write_file(stale_partial, "half a blob"));
  age(stale_partial);
  std::string stale_load = root + "/tmp/load-0123";
  ASSERT_TRUE(mkdir_p(stale_load));
  age(stale_load);

  auto dry = S().gc(GcOptions{{}, true});
  ASSERT_TRUE(dry) << dry.error().msg;
  EXPECT_EQ(dry->removed_layers, std::vector<std::string>{b.chains[1]});
  EXPECT_TRUE(S().layer_exists(b.chains[1]));  // dry run

  auto keep = S().gc(GcOptions{{b.chains[1]}, false});  // a container still uses the layer
  ASSERT_TRUE(keep) << keep.error().msg;
  EXPECT_TRUE(keep->removed_layers.empty());
  EXPECT_TRUE(S().layer_exists(b.chains[1]));
  std::vector<std::string> blobs = keep->removed_blobs;
  std::sort(blobs.begin(), blobs.end());
  std::vector<std::string> want = {b.config_digest, b.manifest_digest};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(blobs, want);
  EXPECT_FALSE(S().has_blob(b.config_digest));
  EXPECT_TRUE(S().has_blob(a.config_digest));

  auto rep = S().gc();
  ASSERT_TRUE(rep) << rep.error().msg;
  EXPECT_EQ(rep->removed_layers, std::vector<std::string>{b.chains[1]});
  EXPECT_TRUE(rep->removed_blobs.empty());
  EXPECT_GT(rep->bytes_freed, 0u);
  EXPECT_FALSE(S().layer_exists(b.chains[1]));
  EXPECT_TRUE(S().layer_exists(base.diff_id));  // shared with a:1
  EXPECT_TRUE(S().layer_exists(a.chains[1]));
  EXPECT_FALSE(path_exists(stale_tmp));
  EXPECT_TRUE(path_exists(fresh_tmp)) << join(keep->removed_temp, ",") << " / " << join(rep->removed_temp, ",");  // locked: a running pull
  EXPECT_FALSE(path_exists(stale_partial));
  EXPECT_FALSE(path_exists(stale_load));
  auto check = S().check(false);
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->ok()) << join(check->problems, "\n");
  EXPECT_TRUE(S().resolve("a:1"));

  // Nothing named: everything goes.
  ASSERT_TRUE(S().untag("a:1"));
  ASSERT_TRUE(remove_all(fresh_tmp));
  auto all = S().gc();
  ASSERT_TRUE(all) << all.error().msg;
  EXPECT_TRUE(sorted(root + "/layers").empty());
  EXPECT_TRUE(sorted(root + "/blobs/sha256").empty());
}

// gc right after a killed pull (rmi, image prune) must not throw away the
// progress the next pull resumes; partials older than a day go.
TEST_F(StoreTest, GcKeepsRecentPartialsAndRemovesOldOnes) {
  auto set_age = [](const std::string& p, int64_t secs) {
    struct timespec ts[2];
    ts[0].tv_sec = ts[1].tv_sec = static_cast<time_t>(::time(nullptr) - secs);
    ts[0].tv_nsec = ts[1].tv_nsec = 0;
    ASSERT_EQ(::utimensat(AT_FDCWD, p.c_str(), ts, AT_SYMLINK_NOFOLLOW), 0) << p;
  };
  auto start_partial = [&](const std::string& blob, size_t n) -> std::string {
    std::string d = sha256_digest(blob);
    auto in = S().open_ingest(d, static_cast<int64_t>(blob.size()));
    EXPECT_TRUE(in) << in.error().msg;
    EXPECT_TRUE(in->append(blob.data(), n));
    EXPECT_TRUE(in->checkpoint());
    return d.substr(7);
  };  // the Ingest goes away: like a killed pull, nothing holds the lock
  std::string recent_blob = pseudo_random(100000, 11), old_blob = pseudo_random(5000, 12),
              young_blob = pseudo_random(3000, 13);
  std::string recent = start_partial(recent_blob, 40000);
  std::string old = start_partial(old_blob, 1000);
  std::string young = start_partial(young_blob, 1000);
  std::string ing = root + "/ingest/";
  // The record decides: a partial last written 25 h ago whose record was
  // checkpointed 23 h ago is kept; one whose record is 25 h old goes.
  set_age(ing + recent + ".partial", kPartialKeepSeconds + 3600);
  set_age(ing + recent + ".json", kPartialKeepSeconds - 3600);
  set_age(ing + old + ".partial", kPartialKeepSeconds + 3600);
  set_age(ing + old + ".json", kPartialKeepSeconds + 60);
  // Seconds old (gc right after the killed pull).
  set_age(ing + young + ".partial", 2);
  set_age(ing + young + ".json", 2);
  // A temp file of an interrupted record write: garbage at any age.
  std::string tmpf = ing + recent + ".json.tmp.4242";
  ASSERT_TRUE(write_file(tmpf, "{"));
  // A fresh record whose partial is gone, and a fresh partial without a
  // record: nothing of either would be trusted on resume.
  std::string orphan_rec = ing + std::string(64, 'f') + ".json";
  ASSERT_TRUE(write_file(orphan_rec, "{}"));
  std::string orphan_part = ing + std::string(64, 'e') + ".partial";
  ASSERT_TRUE(write_file(orphan_part, "bytes"));
  // A two-day-old partial a running pull holds: kept.
  std::string held_blob = pseudo_random(2000, 14);
  auto held = S().open_ingest(sha256_digest(held_blob), static_cast<int64_t>(held_blob.size()));
  ASSERT_TRUE(held) << held.error().msg;
  ASSERT_TRUE(held->append(held_blob.data(), 500));
  ASSERT_TRUE(held->checkpoint());
  std::string held_hex = sha256_digest(held_blob).substr(7);
  set_age(ing + held_hex + ".partial", 2 * kPartialKeepSeconds);
  set_age(ing + held_hex + ".json", 2 * kPartialKeepSeconds);

  auto rep = S().gc();
  ASSERT_TRUE(rep) << rep.error().msg;
  std::vector<std::string> removed = rep->removed_temp;
  std::sort(removed.begin(), removed.end());
  std::vector<std::string> want = {"ingest/" + old + ".json",
                                   "ingest/" + old + ".partial",
                                   "ingest/" + recent + ".json.tmp.4242",
                                   "ingest/" + std::string(64, 'e') + ".partial",
                                   "ingest/" + std::string(64, 'f') + ".json"};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(removed, want) << join(removed, "\n");
  EXPECT_TRUE(path_exists(ing + recent + ".partial"));
  EXPECT_TRUE(path_exists(ing + recent + ".json"));
  EXPECT_TRUE(path_exists(ing + young + ".partial"));
  EXPECT_TRUE(path_exists(ing + young + ".json"));
  EXPECT_FALSE(path_exists(ing + old + ".partial"));
  EXPECT_FALSE(path_exists(ing + old + ".json"));
  EXPECT_FALSE(path_exists(tmpf));
  EXPECT_FALSE(path_exists(orphan_rec));
  EXPECT_FALSE(path_exists(orphan_part));
  EXPECT_TRUE(path_exists(ing + held_hex + ".partial"));
  EXPECT_GE(rep->bytes_freed, 1000u + 5 + 2 + 1);

  // The kept partial resumes where the killed pull stopped.
  {
    auto in = S().open_ingest(sha256_digest(recent_blob), static_cast<int64_t>(recent_blob.size()));
    ASSERT_TRUE(in) << in.error().msg;
    EXPECT_EQ(in->offset(), 40000u);
    ASSERT_TRUE(in->append(recent_blob.data() + 40000, recent_blob.size() - 40000));
    ASSERT_TRUE(in->commit());
  }
  EXPECT_TRUE(S().has_blob(sha256_digest(recent_blob)));
  EXPECT_FALSE(path_exists(ing + recent + ".partial"));

  // Once its pull lets go, the two-day-old partial is garbage too.
  held = Result<Ingest>(make_error("released"));
  set_age(ing + held_hex + ".json", 2 * kPartialKeepSeconds);  // the Ingest checkpointed on release
  auto again = S().gc();
  ASSERT_TRUE(again) << again.error().msg;
  EXPECT_FALSE(path_exists(ing + held_hex + ".partial"));
  EXPECT_TRUE(path_exists(ing + young + ".partial"));
}

TEST_F(StoreTest, CheckFindsAndRepairsDamage) {
  auto a = make_image({base_layer()}, "amd64", "/a");
  auto b = make_image({files_layer({{"b", "2"}})}, "amd64", "/b");
  ASSERT_TRUE(add_image(S(), a, "a:1"));
  ASSERT_TRUE(add_image(S(), b, "b:1"));
  auto clean = S().check(false);
  ASSERT_TRUE(clean);
  EXPECT_TRUE(clean->ok()) << join(clean->problems, "\n");

  // Flash rot in a's config; b's layer lost its meta.json.
  ASSERT_TRUE(write_file(S().blob_path(a.config_digest), a.config + " "));
  ASSERT_EQ(::unlink((S().layer_dir(b.chains[0]) + "/meta.json").c_str()), 0);

  auto rep = S().check(false);
  ASSERT_TRUE(rep) << rep.error().msg;
  std::string all = join(rep->problems, "\n");
  EXPECT_NE(all.find("blob " + a.config_digest + ": corrupt (content is " + sha256_digest(a.config + " ") + ")"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("layer " + b.chains[0] + ": meta.json missing"), std::string::npos) << all;
  EXPECT_NE(all.find("image docker.io/library/a:1: "), std::string::npos) << all;
  EXPECT_NE(all.find("image docker.io/library/b:1: layer " + b.chains[0] + " missing"), std::string::npos) << all;
  EXPECT_TRUE(rep->repaired.empty());
  EXPECT_TRUE(path_exists(S().blob_path(a.config_digest)));  // report only

  auto fix = S().check(true);
  ASSERT_TRUE(fix) << fix.error().msg;
  EXPECT_FALSE(fix->ok());
  EXPECT_EQ(fix->repaired.size(), 4u) << join(fix->repaired, "\n");  // blob, layer, two images
  EXPECT_FALSE(path_exists(S().blob_path(a.config_digest)));
  EXPECT_FALSE(path_exists(S().layer_dir(b.chains[0])));
  auto list = S().list_images();
  ASSERT_TRUE(list);
  EXPECT_TRUE(list->empty());
  auto after = S().check(false);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->ok()) << join(after->problems, "\n");
}

TEST_F(StoreTest, GcRefusesWhenANamedImageIsUnreadable) {
  auto a = make_image({base_layer()});
  ASSERT_TRUE(add_image(S(), a, "a:1"));
  ASSERT_TRUE(write_file(S().blob_path(a.config_digest), "rot"));
  auto r = S().gc();
  ASSERT_FALSE(r);  // deleting its layers on a guess would lose data
  EXPECT_NE(r.error().msg.find("run check with repair first"), std::string::npos) << r.error().msg;
  EXPECT_TRUE(S().layer_exists(a.chains[0]));
}

TEST_F(StoreTest, DiskUsage) {
  TestLayer base = base_layer();
  auto a = make_image({base, files_layer({{"a", "1"}})}, "amd64", "/a");
  auto b = make_image({base}, "amd64", "/b");
  ASSERT_TRUE(add_image(S(), a, "a:1"));
  ASSERT_TRUE(add_image(S(), b, "b:1"));
  ASSERT_TRUE(S().tag("b:1", "b:2"));
  auto du = S().disk_usage();
  ASSERT_TRUE(du) << du.error().msg;
  EXPECT_EQ(du->images, 2u);
  EXPECT_EQ(du->names, 3u);
  EXPECT_EQ(du->layers, 2u);
  EXPECT_EQ(du->layers_bytes, base.tar.size() + a.layers[1].tar.size());
  EXPECT_EQ(du->blobs, 4u);
  EXPECT_EQ(du->reclaimable_bytes, 0u);
  ASSERT_TRUE(S().untag("a:1"));
  du = S().disk_usage();
  ASSERT_TRUE(du);
  EXPECT_EQ(du->reclaimable_layers, 1u);
  EXPECT_EQ(du->reclaimable_blobs, 2u);
  EXPECT_EQ(du->reclaimable_bytes, a.layers[1].tar.size() + a.config.size() + a.manifest.size());
}

TEST_F(StoreTest, LeaseHoldsOffGc) {
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  pid_t kid = ::fork();
  ASSERT_GE(kid, 0);
  if (kid == 0) {
    auto s = Store::open(root, test_options());
    auto lease = s->lease();
    (void)!::write(ready[1], "x", 1);
    ::usleep(300000);
    ::_exit(lease ? 0 : 1);
  }
  char c;
  ASSERT_EQ(::read(ready[0], &c, 1), 1);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  auto r = S().gc();
  clock_gettime(CLOCK_MONOTONIC, &t1);
  ASSERT_TRUE(r) << r.error().msg;
  double waited = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
  EXPECT_GT(waited, 0.15);  // gc waited for the lease
  int st;
  ASSERT_EQ(::waitpid(kid, &st, 0), kid);
  EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  ::close(ready[0]);
  ::close(ready[1]);
}

}  // namespace
