// Safe layer unpacking: a hostile corpus (every case must be rejected or
// contained, with a sentinel directory next to the layer proving nothing
// was written outside) and positive tests for every entry type and piece
// of metadata. Runs unprivileged; root-only behaviour is checked when root.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
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
#include "img/gunzip.h"
#include "img/unpack.h"
#include "tar_writer.h"

using namespace ec;
using namespace ec::img;
using tartest::Hdr;
using tartest::Tar;

namespace {

bool is_root() { return ::geteuid() == 0; }

std::vector<std::string> sorted_list(const std::string& dir) {
  auto r = list_dir(dir);
  if (!r) return {"<error: " + r.error().msg + ">"};
  std::sort(r->begin(), r->end());
  return *r;
}

struct stat lstat_of(const std::string& p) {
  struct stat st {};
  if (::lstat(p.c_str(), &st) < 0) st.st_mode = 0;  // 0: missing
  return st;
}

std::string content(const std::string& p) {
  auto r = read_file(p);
  return r ? *r : "<missing>";
}

std::string xattr_of(const std::string& p, const char* name) {
  char buf[256];
  ssize_t n = ::lgetxattr(p.c_str(), name, buf, sizeof buf);
  return n < 0 ? std::string("<none>") : std::string(buf, n);
}

// user.* xattrs on regular files in this directory's filesystem?
bool user_xattrs_supported(const std::string& dir) {
  std::string f = dir + "/.xattr-probe";
  if (!write_file(f, "")) return false;
  bool ok = ::setxattr(f.c_str(), "user.probe", "1", 1, 0) == 0;
  ::unlink(f.c_str());
  return ok;
}

Hdr with_name(const std::string& name, char type = '0', const std::string& link = "") {
  Hdr h;
  h.name = name;
  h.type = type;
  h.link = link;
  return h;
}

class Unpack : public ::testing::Test {
 protected:
  std::string base, layer, outside;
  Fd layerfd;
  struct stat sentinel_st {};

  void SetUp() override {
    char t[] = "/tmp/edgectl-unpack-XXXXXX";
    ASSERT_NE(::mkdtemp(t), nullptr);
    base = t;
    layer = base + "/layer";
    outside = base + "/outside";
    ASSERT_EQ(::mkdir(outside.c_str(), 0755), 0);
    ASSERT_TRUE(write_file(outside + "/sentinel", "keep", 0644).ok());
    sentinel_st = lstat_of(outside + "/sentinel");
    reset_layer();
  }
  void TearDown() override {
    layerfd.reset();
    auto r = remove_tree_at(AT_FDCWD, base);
    EXPECT_TRUE(r.ok()) << r.error().msg;
    EXPECT_FALSE(path_exists(base));
  }
  void reset_layer() {
    layerfd.reset();
    ASSERT_TRUE(remove_tree_at(AT_FDCWD, layer).ok());
    ASSERT_EQ(::mkdir(layer.c_str(), 0755), 0);
    layerfd.reset(::open(layer.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    ASSERT_TRUE(layerfd.valid());
  }
  static UnpackOptions plain() {
    UnpackOptions o;
    o.whiteouts = Whiteouts::Plain;
    o.sync = false;
    return o;
  }
  Result<std::string> unpack(const std::string& tar, UnpackOptions o = plain()) {
    MemReader in(tar);
    return unpack_tar(in, layerfd.get(), o);
  }
  void expect_host_untouched() {
    EXPECT_EQ(sorted_list(base), (std::vector<std::string>{"layer", "outside"}));
    EXPECT_EQ(sorted_list(outside), (std::vector<std::string>{"sentinel"}));
    EXPECT_EQ(content(outside + "/sentinel"), "keep");
    struct stat st = lstat_of(outside + "/sentinel");
    EXPECT_TRUE(S_ISREG(st.st_mode));
    EXPECT_EQ(st.st_ino, sentinel_st.st_ino);
    EXPECT_EQ(st.st_nlink, 1u);
    EXPECT_EQ(st.st_mode, sentinel_st.st_mode);
    EXPECT_EQ(st.st_mtim.tv_sec, sentinel_st.st_mtim.tv_sec);
    EXPECT_FALSE(path_exists("/etc/edgectl-evil"));
    EXPECT_FALSE(path_exists("/tmp/edgectl-evil-" + std::to_string(::getpid())));
    EXPECT_FALSE(path_exists(base + "/evil"));
  }
};

// ---- hostile corpus --------------------------------------------------------

enum class Want { Reject, Contain };

struct Hostile {
  const char* name;
  std::function<std::string(const std::string& base)> build;
  Want want;
  const char* err;  // substring of the error (Reject)
  std::function<void(const std::string& layer)> check = nullptr;
  std::function<void(UnpackOptions&)> tweak = nullptr;
  bool gzip = false;
  GunzipLimits gz_limits = {};
};

std::string evil_tmp() { return "/tmp/edgectl-evil-" + std::to_string(::getpid()); }

std::vector<Hostile> corpus() {
  const std::string big_pax(2 << 20, 'p');
  std::vector<Hostile> c = {
      // Traversal by name.
      {"dotdot", [](auto&) { return Tar().file("../evil", "x").end().str(); }, Want::Reject, "escapes the layer"},
      {"dotdot in the middle", [](auto&) { return Tar().file("a/../../evil", "x").end().str(); }, Want::Reject,
       "escapes the layer"},
      {"deep dotdot", [](auto&) { return Tar().file("a/b/c/../../../../../../../../../evil", "x").end().str(); },
       Want::Reject, "escapes the layer"},
      {"dotdot onto the sentinel", [](auto&) { return Tar().file("../outside/sentinel", "pwned").end().str(); },
       Want::Reject, "escapes the layer"},
      {"dotdot after a legit dir", [](auto&) { return Tar().dir("a/").file("a/../../evil", "x").end().str(); },
       Want::Reject, "escapes the layer"},
      {"absolute /etc path", [](auto&) { return Tar().file("/etc/edgectl-evil", "x").end().str(); }, Want::Contain,
       "", [](auto& l) { EXPECT_EQ(content(l + "/etc/edgectl-evil"), "x"); }},
      {"absolute path of the sentinel",
       [](auto& b) { return Tar().file(b + "/outside/sentinel", "pwned").end().str(); }, Want::Contain, "",
       [](auto& l) { EXPECT_NE(content(l + l.substr(0, l.size() - 6) + "/outside/sentinel"), "<missing>"); }},
      {"absolute dotdot", [](auto&) { return Tar().file("/../../../evil", "x").end().str(); }, Want::Reject,
       "escapes the layer"},
      // Writing through symlinks.
      {"symlink up and out, then write",
       [](auto&) { return Tar().symlink("up", "../outside").file("up/evil", "x").end().str(); }, Want::Reject,
       "is a symlink (not followed)"},
      {"symlink to absolute outside, then write",
       [](auto& b) { return Tar().symlink("abs", b + "/outside").file("abs/evil", "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"symlink to absolute outside, overwrite sentinel",
       [](auto& b) { return Tar().symlink("abs", b + "/outside").file("abs/sentinel", "pwned").end().str(); },
       Want::Reject, "is a symlink"},
      {"symlink to /tmp, then write",
       [](auto&) { return Tar().symlink("t", "/tmp").file("t/" + evil_tmp().substr(5), "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"symlink chain out",
       [](auto&) { return Tar().symlink("a", "b").symlink("b", "../outside").file("a/evil", "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"symlink loop, then write",
       [](auto&) { return Tar().symlink("a", "b").symlink("b", "a").file("a/x", "x").end().str(); }, Want::Reject,
       "is a symlink"},
      {"self-referencing symlink", [](auto&) { return Tar().symlink("s", "s").file("s/x", "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"symlink to dotdot", [](auto&) { return Tar().symlink("s", "..").file("s/evil", "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"symlink deep in the path",
       [](auto&) { return Tar().dir("a/").dir("a/b/").symlink("a/b/c", "../../../outside").file("a/b/c/d/evil", "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"directory replaced by symlink, then entries below",
       [](auto&) { return Tar().dir("d/").symlink("d", "../outside").file("d/evil", "x").end().str(); },
       Want::Reject, "is a symlink"},
      {"file over a symlink to the sentinel",
       [](auto&) { return Tar().symlink("f", "../outside/sentinel").file("f", "pwned").end().str(); },
       Want::Contain, "",
       [](auto& l) {
         EXPECT_TRUE(S_ISREG(lstat_of(l + "/f").st_mode));
         EXPECT_EQ(content(l + "/f"), "pwned");
       }},
      {"directory over a symlink out, then entries",
       [](auto&) { return Tar().symlink("d", "../outside").dir("d/").file("d/x", "inside").end().str(); },
       Want::Contain, "",
       [](auto& l) {
         EXPECT_TRUE(S_ISDIR(lstat_of(l + "/d").st_mode));
         EXPECT_EQ(content(l + "/d/x"), "inside");
       }},
      {"fifo over a symlink",
       [](auto&) { return Tar().symlink("p", "../outside/sentinel").node("p", '6').end().str(); }, Want::Contain,
       "", [](auto& l) { EXPECT_TRUE(S_ISFIFO(lstat_of(l + "/p").st_mode)); }},
      {"symlink over a symlink",
       [](auto&) { return Tar().symlink("s", "../outside").symlink("s", "elsewhere").end().str(); }, Want::Contain,
       "",
       [](auto& l) {
         char buf[64];
         ssize_t n = ::readlink((l + "/s").c_str(), buf, sizeof buf);
         EXPECT_EQ(std::string(buf, n > 0 ? n : 0), "elsewhere");
       }},
      // Hardlinks.
      {"hardlink to a relative outside path",
       [](auto&) { return Tar().hardlink("h", "../outside/sentinel").end().str(); }, Want::Reject,
       "escapes the layer"},
      {"hardlink to the absolute sentinel",
       [](auto& b) { return Tar().hardlink("h", b + "/outside/sentinel").end().str(); }, Want::Reject,
       "No such file or directory"},
      {"hardlink to /etc/passwd", [](auto&) { return Tar().hardlink("h", "/etc/passwd").end().str(); },
       Want::Reject, "hardlink target \"/etc/passwd\""},
      {"hardlink through a symlink",
       [](auto&) { return Tar().symlink("s", "../outside").hardlink("h", "s/sentinel").end().str(); },
       Want::Reject, "is a symlink"},
      {"hardlink through an absolute symlink",
       [](auto& b) { return Tar().symlink("s", b + "/outside").hardlink("h", "s/sentinel").end().str(); },
       Want::Reject, "is a symlink"},
      {"GNU long link hardlink outside",
       [](auto&) { return Tar().gnu_long('K', "../../outside/sentinel").hardlink("h", "x").end().str(); },
       Want::Reject, "escapes the layer"},
      {"PAX linkpath hardlink outside",
       [](auto&) { return Tar().pax({{"linkpath", "../outside/sentinel"}}).hardlink("h", "x").end().str(); },
       Want::Reject, "escapes the layer"},
      {"hardlink to a symlink pointing out links the symlink",
       [](auto&) { return Tar().symlink("s", "../outside/sentinel").hardlink("h", "s").end().str(); },
       Want::Contain, "",
       [](auto& l) {
         // A followed link would make h the sentinel (nlink 2, checked after).
         EXPECT_TRUE(S_ISLNK(lstat_of(l + "/h").st_mode));
         EXPECT_EQ(lstat_of(l + "/h").st_ino, lstat_of(l + "/s").st_ino);
       }},
      {"hardlink to a symlink, then write to it",
       [](auto&) {
         return Tar().symlink("s", "../outside/sentinel").hardlink("h", "s").file("h", "pwned").end().str();
       },
       Want::Contain, "",
       [](auto& l) {
         EXPECT_TRUE(S_ISLNK(lstat_of(l + "/s").st_mode));
         EXPECT_EQ(content(l + "/h"), "pwned");
       }},
      {"hardlink replaced by a file does not write through",
       [](auto&) { return Tar().file("f", "orig").hardlink("h", "f").file("h", "new").end().str(); }, Want::Contain,
       "",
       [](auto& l) {
         EXPECT_EQ(content(l + "/f"), "orig");
         EXPECT_EQ(content(l + "/h"), "new");
       }},
      {"hardlink to the root", [](auto&) { return Tar().hardlink("h", "./").end().str(); }, Want::Reject,
       "hardlink to the layer root"},
      {"hardlink to a directory", [](auto&) { return Tar().dir("d/").hardlink("h", "d").end().str(); },
       Want::Reject, "is a directory"},
      {"hardlink to itself", [](auto&) { return Tar().file("h", "x").hardlink("h", "./h").end().str(); },
       Want::Reject, "hardlink to itself"},
      // Whiteouts.
      {"whiteout of root (.wh..)", [](auto&) { return Tar().file(".wh..", "").end().str(); }, Want::Reject,
       "whiteout of the layer root"},
      {"whiteout of root (./.wh.)", [](auto&) { return Tar().file("./.wh.", "").end().str(); }, Want::Reject,
       "whiteout of the layer root"},
      {"whiteout of a parent", [](auto&) { return Tar().dir("a/").file("a/.wh...", "").end().str(); },
       Want::Reject, "whiteout of the layer root or a parent"},
      {"whiteout with traversal", [](auto&) { return Tar().file("../.wh.outside", "").end().str(); },
       Want::Reject, "escapes the layer"},
      {"whiteout with traversal via a subdir", [](auto&) { return Tar().file("a/../../.wh.outside", "").end().str(); },
       Want::Reject, "escapes the layer"},
      {"whiteout through a symlink",
       [](auto&) { return Tar().symlink("s", "../outside").file("s/.wh.sentinel", "").end().str(); },
       Want::Reject, "is a symlink"},
      {"whiteout through an absolute symlink",
       [](auto& b) { return Tar().symlink("s", b + "/outside").file("s/.wh.sentinel", "").end().str(); },
       Want::Reject, "is a symlink"},
      {"opaque whiteout through a symlink",
       [](auto&) { return Tar().symlink("s", "../outside").file("s/.wh..wh..opq", "").end().str(); },
       Want::Reject, "is a symlink"},
      {"opaque whiteout through an absolute symlink",
       [](auto& b) { return Tar().symlink("s", b + "/outside").file("s/.wh..wh..opq", "").end().str(); },
       Want::Reject, "is a symlink"},
      {"whiteout deep through a symlink",
       [](auto&) { return Tar().symlink("s", "../outside").file("s/sub/.wh.x", "").end().str(); }, Want::Reject,
       "is a symlink"},
      {"whiteout removes a symlink, not its target",
       [](auto&) { return Tar().symlink("s", "../outside/sentinel").file(".wh.s", "").end().str(); },
       Want::Contain, "", [](auto& l) { EXPECT_EQ(lstat_of(l + "/s").st_mode, 0u); }},
      {"AUFS metadata skipped", [](auto&) { return Tar().file(".wh..wh.plnk/1.2", "x").end().str(); },
       Want::Contain, "", [](auto& l) { EXPECT_EQ(sorted_list(l), std::vector<std::string>{}); }},
      // Malformed archives.
      {"oversized PAX header", [=](auto&) { return Tar().pax({{"comment", big_pax}}).file("a", "").end().str(); },
       Want::Reject, "exceeds limit of 1048576 bytes"},
      {"oversized GNU long name",
       [](auto&) { return Tar().gnu_long('L', std::string(128 << 10, 'n')).file("a", "").end().str(); },
       Want::Reject, "GNU long name header of 131073 bytes exceeds limit"},
      {"negative size",
       [](auto&) {
         Hdr h = with_name("n");
         h.raw_size = std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00", 12);
         h.no_data = true;
         return Tar().add(h).end().str();
       },
       Want::Reject, "negative size"},
      {"overflowing size",
       [](auto&) {
         Hdr h = with_name("o");
         h.raw_size = std::string("\x80\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12);
         h.no_data = true;
         return Tar().add(h).end().str();
       },
       Want::Reject, "overflows 64 bits"},
      {"size larger than the stream",
       [](auto&) {
         Hdr h = with_name("big");
         h.raw_size = std::string("77777777777\0", 12);
         h.data = "short";
         return Tar().add(h).end().str();
       },
       Want::Reject, "unexpected end of archive in data of \"big\""},
      {"bad checksum",
       [](auto&) {
         Hdr h = with_name("c");
         h.bad_checksum = true;
         return Tar().add(h).end().str();
       },
       Want::Reject, "header checksum mismatch"},
      {"truncated header", [](auto&) { return Tar().file("a", "x").str().substr(0, 700); }, Want::Reject,
       "unexpected end of archive"},
      {"truncated file data", [](auto&) { return Tar().file("a", std::string(5000, 'x')).str().substr(0, 2000); },
       Want::Reject, "unexpected end of archive in data of \"a\""},
      {"truncated at PAX", [](auto&) { return Tar().pax({{"path", "x"}}).str(); }, Want::Reject,
       "after an extended header"},
      {"no end-of-archive blocks", [](auto&) { return Tar().file("a", "x").str(); }, Want::Reject,
       "missing end-of-archive"},
      {"data after a zero block",
       [](auto&) { return Tar().file("a", "x").str() + std::string(512, '\0') + Tar().file("b", "y").end().str(); },
       Want::Reject, "data after a zero block"},
      {"trailing bytes after the archive are only hashed",
       [](auto&) { return Tar().file("a", "x").end().str() + "trailing junk"; }, Want::Contain, "",
       [](auto& l) { EXPECT_EQ(content(l + "/a"), "x"); }},
      // Names.
      {"PAX path overriding to traversal",
       [](auto&) { return Tar().pax({{"path", "../outside/evil"}}).file("benign", "x").end().str(); },
       Want::Reject, "escapes the layer"},
      {"PAX absolute path with dotdot",
       [](auto&) { return Tar().pax({{"path", "/../../outside/evil"}}).file("benign", "x").end().str(); },
       Want::Reject, "escapes the layer"},
      {"global PAX path is ignored",
       [](auto&) { return Tar().pax({{"path", "../evil"}}, 'g').file("ok", "x").end().str(); }, Want::Contain, "",
       [](auto& l) { EXPECT_EQ(content(l + "/ok"), "x"); }},
      {"GNU long name traversal",
       [](auto&) { return Tar().gnu_long('L', "../../evil").file("benign", "x").end().str(); }, Want::Reject,
       "escapes the layer"},
      {"file named .", [](auto&) { return Tar().file(".", "x").end().str(); }, Want::Reject,
       "would replace the layer root"},
      {"file with an empty name", [](auto&) { return Tar().file("", "x").end().str(); }, Want::Reject,
       "would replace the layer root"},
      {"symlink named /", [](auto&) { return Tar().symlink("/", "../outside").end().str(); }, Want::Reject,
       "would replace the layer root"},
      {"NUL in a header name",
       [](auto&) { return Tar().file(std::string("ok\0../../evil", 13), "x").end().str(); }, Want::Contain, "",
       [](auto& l) { EXPECT_EQ(sorted_list(l), std::vector<std::string>{"ok"}); }},
      {"NUL in a PAX path",
       [](auto&) { return Tar().pax({{"path", std::string("ok\0/../../evil", 14)}}).file("b", "x").end().str(); },
       Want::Reject, "contains NUL"},
      {"10k-deep path",
       [](auto&) {
         std::string p;
         for (int i = 0; i < 10000; i++) p += "a/";
         return Tar().pax({{"path", p + "f"}}).file("short", "x").end().str();
       },
       Want::Reject, "longer than 4096 bytes"},
      {"component longer than NAME_MAX", [](auto&) { return Tar().pax({{"path", std::string(300, 'x')}}).file("short", "x").end().str(); },
       Want::Reject, "File name too long"},
      {"entry below a regular file", [](auto&) { return Tar().file("f", "x").file("f/x", "y").end().str(); },
       Want::Reject, "is not a directory"},
      {"empty symlink target", [](auto&) { return Tar().symlink("s", "").end().str(); }, Want::Reject,
       "empty target"},
      // Types and options.
      {"GNU sparse entry", [](auto&) { return Tar().add(with_name("sp", 'S')).end().str(); }, Want::Reject,
       "unsupported entry type 'S'"},
      {"unknown entry type", [](auto&) { return Tar().add(with_name("z", 'Z')).end().str(); }, Want::Reject,
       "unsupported entry type 'Z'"},
      {"char device when devices are rejected", [](auto&) { return Tar().node("null", '3', 1, 3).end().str(); },
       Want::Reject, "device nodes are not allowed", nullptr,
       [](UnpackOptions& o) { o.devices = DevicePolicy::Reject; }},
      {"char device skipped by default", [](auto&) { return Tar().node("mem", '3', 1, 1).end().str(); },
       Want::Contain, "", [](auto& l) { EXPECT_FALSE(path_exists(l + "/mem")); }},
      {"block device skipped by default", [](auto&) { return Tar().node("sda", '4', 8, 0).end().str(); },
       Want::Contain, "", [](auto& l) { EXPECT_FALSE(path_exists(l + "/sda")); }},
      {"uid -1 is not an owner",
       [](auto&) { return Tar().pax({{"uid", "4294967295"}}).file("u", "x").end().str(); }, Want::Reject,
       "not a valid owner", nullptr, [](UnpackOptions& o) { o.chown = true; }},
      {"overlay xattrs from the archive are dropped",
       [](auto&) {
         return Tar()
             .pax({{"SCHILY.xattr.user.overlay.opaque", "y"}, {"SCHILY.xattr.trusted.overlay.redirect", "/etc"}})
             .dir("d/")
             .end()
             .str();
       },
       Want::Contain, "",
       [](auto& l) {
         EXPECT_EQ(xattr_of(l + "/d", "user.overlay.opaque"), "<none>");
         EXPECT_EQ(xattr_of(l + "/d", "trusted.overlay.redirect"), "<none>");
       }},
      {"directory tree replaced by a file",
       [](auto&) { return Tar().dir("d/").dir("d/e/").file("d/e/x", "x").file("d", "file now").end().str(); },
       Want::Contain, "", [](auto& l) { EXPECT_EQ(content(l + "/d"), "file now"); }},
      {"1000-deep tree is fine",
       [](auto&) {
         std::string p;
         for (int i = 0; i < 1000; i++) p += "d/";
         return Tar().pax({{"path", p + "leaf"}}).file("x", "deep").end().str();
       },
       Want::Contain, ""},
      // Compressed bombs and damage, through the gunzip stage.
      {"gzip bomb over ratio",
       [](auto&) { return tartest::gzip(Tar().file("zeros", std::string(40 << 20, '\0')).end().str(), 9); },
       Want::Reject, "compression ratio exceeds limit of 100:1", nullptr, nullptr, true, GunzipLimits{0, 100, 1 << 20}},
      {"gzip bomb over absolute size",
       [](auto&) { return tartest::gzip(Tar().file("zeros", std::string(8 << 20, '\0')).end().str(), 9); },
       Want::Reject, "decompressed size exceeds limit of 4194304 bytes", nullptr, nullptr, true,
       GunzipLimits{4 << 20, 0, 0}},
      {"corrupt gzip",
       [](auto&) {
         std::string g = tartest::gzip(Tar().file("a", std::string(100000, 'r')).end().str());
         g[g.size() / 2] ^= 0x5a;
         return g;
       },
       Want::Reject, "gzip: corrupt data", nullptr, nullptr, true},
      {"truncated gzip",
       [](auto&) { return tartest::gzip(Tar().file("a", "x").end().str()).substr(0, 30); }, Want::Reject,
       "gzip: unexpected end of stream", nullptr, nullptr, true},
      {"gzip with trailing garbage",
       [](auto&) { return tartest::gzip(Tar().file("a", "x").end().str()) + "garbage"; }, Want::Reject,
       "gzip: trailing garbage", nullptr, nullptr, true},
  };
  return c;
}

}  // namespace

TEST_F(Unpack, HostileCorpus) {
  auto cases = corpus();
  ASSERT_GE(cases.size(), 40u);
  int rejected = 0, contained = 0;
  for (auto& c : cases) {
    SCOPED_TRACE(c.name);
    reset_layer();
    UnpackOptions o = plain();
    if (c.tweak) c.tweak(o);
    std::string bytes = c.build(base);
    Result<std::string> r = make_error("not run");
    if (c.gzip) {
      MemReader raw(bytes);
      GunzipReader gz(raw, c.gz_limits);
      r = unpack_tar(gz, layerfd.get(), o);
    } else {
      r = unpack(bytes, o);
    }
    if (c.want == Want::Reject) {
      ASSERT_FALSE(r.ok()) << "accepted";
      EXPECT_NE(r.error().msg.find(c.err), std::string::npos) << r.error().msg;
      rejected++;
    } else {
      ASSERT_TRUE(r.ok()) << r.error().msg;
      if (!c.gzip) {
        EXPECT_EQ(*r, sha256_digest(bytes));
      }
      contained++;
    }
    if (c.check) c.check(layer);
    expect_host_untouched();
  }
  EXPECT_GT(rejected, 40);
  EXPECT_GT(contained, 10);
}

// ---- positive behaviour -----------------------------------------------------

TEST_F(Unpack, EveryEntryTypeWithMetadata) {
  Tar t;
  Hdr root = with_name("./", '5');
  root.mode = 0751;
  root.mtime = 1111111111;
  t.add(root);
  Hdr d = with_name("dir/", '5');
  d.mode = 02750;
  d.mtime = 1200000000;
  t.add(d);
  t.pax({{"mtime", "1300000000.123456789"}, {"SCHILY.xattr.user.note", "hello xattr"}});
  Hdr f = with_name("dir/suid", '0');
  f.mode = 04755;
  f.data = "#!/bin/sh\n";
  t.add(f);
  Hdr sticky = with_name("tmp/", '5');
  sticky.mode = 01777;
  t.add(sticky);
  Hdr ro = with_name("ro/", '5');
  ro.mode = 0555;
  t.add(ro);
  t.file("ro/inside", "written before the dir became read-only", 0444);
  Hdr sl = with_name("dir/link", '2', "../../../anywhere/at/all");
  sl.mtime = 1400000000;
  t.add(sl);
  t.hardlink("dir/hard", "dir/suid");
  Hdr p = with_name("fifo", '6');
  p.mode = 0620;
  p.mtime = 1500000000;
  t.add(p);
  t.end();
  auto r = unpack(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(*r, sha256_digest(t.str()));

  struct stat st = lstat_of(layer);
  EXPECT_EQ(st.st_mode & 07777, 0751u);
  EXPECT_EQ(st.st_mtim.tv_sec, 1111111111);
  st = lstat_of(layer + "/dir");
  EXPECT_TRUE(S_ISDIR(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 02750u);
  EXPECT_EQ(st.st_mtim.tv_sec, 1200000000);  // set after its entries were created
  st = lstat_of(layer + "/dir/suid");
  EXPECT_TRUE(S_ISREG(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 04755u);
  EXPECT_EQ(st.st_mtim.tv_sec, 1300000000);
  EXPECT_EQ(st.st_mtim.tv_nsec, 123456789);
  EXPECT_EQ(st.st_nlink, 2u);
  EXPECT_EQ(lstat_of(layer + "/dir/hard").st_ino, st.st_ino);
  EXPECT_EQ(content(layer + "/dir/suid"), "#!/bin/sh\n");
  if (user_xattrs_supported(layer)) {
    EXPECT_EQ(xattr_of(layer + "/dir/suid", "user.note"), "hello xattr");
  }
  EXPECT_EQ(lstat_of(layer + "/tmp").st_mode & 07777, 01777u);
  EXPECT_EQ(lstat_of(layer + "/ro").st_mode & 07777, 0555u);
  EXPECT_EQ(lstat_of(layer + "/ro/inside").st_mode & 07777, 0444u);
  st = lstat_of(layer + "/dir/link");
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(st.st_mtim.tv_sec, 1400000000);
  char buf[128];
  ssize_t n = ::readlink((layer + "/dir/link").c_str(), buf, sizeof buf);
  EXPECT_EQ(std::string(buf, n > 0 ? n : 0), "../../../anywhere/at/all");
  st = lstat_of(layer + "/fifo");
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0620u);
  EXPECT_EQ(st.st_mtim.tv_sec, 1500000000);
  expect_host_untouched();
}

TEST_F(Unpack, OwnersFollowTheChownOption) {
  Tar t;
  Hdr f = with_name("owned");
  f.uid = 1234;
  f.gid = 5678;
  f.mode = 06755;
  f.data = "x";
  t.add(f);
  Hdr s = with_name("owned-link", '2', "owned");
  s.uid = 1234;
  s.gid = 5678;
  t.add(s).end();
  if (!is_root()) {
    // Default: not root, so no chown; the file stays ours.
    auto r = unpack(t.str());
    ASSERT_TRUE(r.ok()) << r.error().msg;
    EXPECT_EQ(lstat_of(layer + "/owned").st_uid, ::geteuid());
    reset_layer();
    UnpackOptions o = plain();
    o.chown = true;  // asked for, without the privilege: a clear error
    auto e = unpack(t.str(), o);
    ASSERT_FALSE(e.ok());
    EXPECT_NE(e.error().msg.find("chown 1234:5678"), std::string::npos) << e.error().msg;
    return;
  }
  auto r = unpack(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  struct stat st = lstat_of(layer + "/owned");
  EXPECT_EQ(st.st_uid, 1234u);
  EXPECT_EQ(st.st_gid, 5678u);
  EXPECT_EQ(st.st_mode & 07777, 06755u);  // chmod after chown keeps setuid/setgid
  st = lstat_of(layer + "/owned-link");
  EXPECT_EQ(st.st_uid, 1234u);
  EXPECT_EQ(lstat_of(layer + "/owned").st_uid, 1234u);  // lchown did not follow
}

TEST_F(Unpack, PaxLongPathsBase256AndGnuNames) {
  std::string long_dir = std::string(200, 'a') + "/" + std::string(200, 'b');
  Tar t;
  t.pax({{"path", long_dir + "/file"}}).file("ignored", "pax long");
  t.gnu_long('L', long_dir + "/gnu").file("ignored2", "gnu long");
  t.gnu_long('K', long_dir + "/file").hardlink("hl", "ignored");
  Hdr b = with_name("b256");
  b.data = std::string(70000, 'z');
  b.base256_size = true;
  t.add(b).end();
  auto r = unpack(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(content(layer + "/" + long_dir + "/file"), "pax long");
  EXPECT_EQ(content(layer + "/" + long_dir + "/gnu"), "gnu long");
  EXPECT_EQ(lstat_of(layer + "/hl").st_ino, lstat_of(layer + "/" + long_dir + "/file").st_ino);
  EXPECT_EQ(content(layer + "/b256"), std::string(70000, 'z'));
  EXPECT_FALSE(path_exists(layer + "/ignored"));
}

TEST_F(Unpack, DigestCoversTheWholeStream) {
  Tar t;
  t.file("a", std::string(100000, 'a')).dir("d/").file("d/b", "b").end();
  std::string bytes = t.str() + std::string(8192, '\0');  // record padding, as tar(1) writes
  auto r = unpack(bytes);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(*r, sha256_digest(bytes));
  EXPECT_NE(*r, sha256_digest(t.str()));
}

TEST_F(Unpack, OnePassPipelineVerifiesBothDigests) {
  Tar t;
  for (int i = 0; i < 50; i++) {
    std::string name = "f";  // not "f" + to_string(): GCC 12 -Wrestrict false positive
    name += std::to_string(i);
    std::string data(static_cast<size_t>(i) * 1000, static_cast<char>('a' + i % 26));
    t.file(name, data);
  }
  t.end();
  std::string gz = tartest::gzip(t.str());
  MemReader net(gz);
  DigestReader compressed(net);
  GunzipReader gunzip(compressed);
  auto diff_id = unpack_tar(gunzip, layerfd.get(), plain());
  ASSERT_TRUE(diff_id.ok()) << diff_id.error().msg;
  EXPECT_EQ(*diff_id, sha256_digest(t.str()));
  EXPECT_EQ(compressed.digest(), sha256_digest(gz));
  EXPECT_EQ(compressed.count(), gz.size());
  EXPECT_EQ(content(layer + "/f49"), std::string(49000, 'a' + 49 % 26));
}

TEST_F(Unpack, ExistingDirectoryIsKeptAndUpdated) {
  auto r = unpack(Tar().dir("d/", 0755).file("d/a", "a").dir("d/", 0700).end().str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(content(layer + "/d/a"), "a");
  EXPECT_EQ(lstat_of(layer + "/d").st_mode & 07777, 0700u);
}

TEST_F(Unpack, ImplicitParentsAre0755) {
  mode_t old = ::umask(077);
  auto r = unpack(Tar().file("x/y/z", "deep").end().str());
  ::umask(old);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(lstat_of(layer + "/x").st_mode & 07777, 0755u);
  EXPECT_EQ(lstat_of(layer + "/x/y").st_mode & 07777, 0755u);
}

TEST_F(Unpack, PlainWhiteoutsDeleteLowerData) {
  // The layer dir already holds the lower layers (the vfs way).
  ASSERT_TRUE(unpack(Tar()
                         .file("gone", "lower")
                         .dir("gonedir/")
                         .dir("gonedir/sub/")
                         .file("gonedir/sub/x", "lower")
                         .symlink("gonelink", "../outside/sentinel")
                         .file("keep", "lower")
                         .dir("o/")
                         .file("o/old", "lower")
                         .dir("o/sub/")
                         .file("o/sub/old2", "lower")
                         .end()
                         .str())
                  .ok());
  auto r = unpack(Tar()
                      .file(".wh.gone", "")
                      .file(".wh.gonedir", "")
                      .file(".wh.gonelink", "")
                      .file("missing/.wh.nothing", "")
                      .dir("o/")
                      .file("o/new", "upper")
                      .file("o/.wh..wh..opq", "")
                      .dir("o/sub/")
                      .file("o/sub/new2", "upper")
                      .end()
                      .str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(sorted_list(layer), (std::vector<std::string>{"keep", "o"}));
  EXPECT_EQ(sorted_list(layer + "/o"), (std::vector<std::string>{"new", "sub"}));
  EXPECT_EQ(sorted_list(layer + "/o/sub"), (std::vector<std::string>{"new2"}));
  EXPECT_FALSE(path_exists(layer + "/missing"));  // a whiteout creates nothing in plain mode
  expect_host_untouched();
}

TEST_F(Unpack, OverlayOpaqueMarkerWithUserXattr) {
  if (!user_xattrs_supported(layer)) GTEST_SKIP() << "no user xattrs here";
  UnpackOptions o = plain();
  o.whiteouts = Whiteouts::Overlay;
  o.overlay_userxattr = true;
  auto r = unpack(Tar().dir("d/").file("d/.wh..wh..opq", "").file("d/new", "x").file("e/.wh..wh..opq", "").end().str(), o);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(xattr_of(layer + "/d", "user.overlay.opaque"), "y");
  EXPECT_EQ(xattr_of(layer + "/e", "user.overlay.opaque"), "y");  // parent created for the marker
  EXPECT_EQ(sorted_list(layer + "/d"), std::vector<std::string>{"new"});
}

TEST_F(Unpack, OverlayWhiteoutIsACharDevice00) {
  UnpackOptions o = plain();
  o.whiteouts = Whiteouts::Overlay;
  auto r = unpack(Tar().dir("etc/").file("etc/.wh.motd", "").file(".wh.gone-dir", "").end().str(), o);
  // Since Linux 5.8 anyone may create a whiteout; before, mknod needs
  // CAP_MKNOD and the failure must be explicit, not silent.
  if (!r.ok()) {
    EXPECT_FALSE(is_root());
    EXPECT_NE(r.error().msg.find("mknod whiteout \"motd\""), std::string::npos) << r.error().msg;
    return;
  }
  for (auto p : {"/etc/motd", "/gone-dir"}) {
    struct stat st = lstat_of(layer + p);
    EXPECT_TRUE(S_ISCHR(st.st_mode)) << p;
    EXPECT_EQ(st.st_rdev, makedev(0, 0)) << p;
  }
  if (!is_root()) return;  // trusted.* xattrs need CAP_SYS_ADMIN
  auto op = unpack(Tar().dir("o/").file("o/.wh..wh..opq", "").end().str(), o);
  ASSERT_TRUE(op.ok()) << op.error().msg;
  EXPECT_EQ(xattr_of(layer + "/o", "trusted.overlay.opaque"), "y");
}

TEST_F(Unpack, DevicesWhenAllowed) {
  if (!is_root()) GTEST_SKIP() << "mknod of devices needs root";
  UnpackOptions o = plain();
  o.devices = DevicePolicy::Create;
  auto r = unpack(Tar().node("null", '3', 1, 3, 0666).node("loop", '4', 7, 0, 0660).end().str(), o);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  struct stat st = lstat_of(layer + "/null");
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  EXPECT_EQ(st.st_rdev, makedev(1, 3));
  EXPECT_EQ(st.st_mode & 07777, 0666u);
  EXPECT_TRUE(S_ISBLK(lstat_of(layer + "/loop").st_mode));
}

// ---- unpack_layer: temp dir, rename, cleanup ---------------------------------

TEST_F(Unpack, LayerAppearsOnlyWhenComplete) {
  std::string store = base + "/outside/store";  // the sentinel check is not used here
  ASSERT_EQ(::mkdir(store.c_str(), 0700), 0);
  std::string good = Tar().dir("./", 0755).file("bin/sh", "shell", 0755).end().str();
  UnpackOptions o = plain();
  o.sync = true;  // exercise syncfs + fsync once
  MemReader in(good);
  auto r = unpack_layer(in, store + "/layer1/", o);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(*r, sha256_digest(good));
  EXPECT_EQ(sorted_list(store), std::vector<std::string>{"layer1"});
  EXPECT_EQ(content(store + "/layer1/bin/sh"), "shell");
  EXPECT_EQ(lstat_of(store + "/layer1").st_mode & 07777, 0755u);

  // A failure midway leaves neither the layer nor its temp dir.
  std::string bad = Tar().file("a", "x").dir("deep/er/").file("deep/er/f", "y").file("../escape", "z").end().str();
  MemReader in2(bad);
  auto e = unpack_layer(in2, store + "/layer2", plain());
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.error().msg.find("unpack layer into " + store + "/layer2: tar entry \"../escape\": name \"../escape\" escapes the layer"),
            std::string::npos)
      << e.error().msg;
  EXPECT_EQ(sorted_list(store), std::vector<std::string>{"layer1"});

  // Another pull finished first: EEXIST, ours is discarded.
  MemReader in3(good);
  auto x = unpack_layer(in3, store + "/layer1", plain());
  ASSERT_FALSE(x.ok());
  EXPECT_EQ(x.error().code, EEXIST);
  EXPECT_EQ(sorted_list(store), std::vector<std::string>{"layer1"});

  // A read-only tree (0555 dirs, 0000 dir) still cleans up after a late error.
  std::string ro = Tar().dir("r/", 0555).file("r/f", "x", 0).dir("z/", 0).add(with_name("late", 'Z')).end().str();
  MemReader in4(ro);
  ASSERT_FALSE(unpack_layer(in4, store + "/layer3", plain()).ok());
  EXPECT_EQ(sorted_list(store), std::vector<std::string>{"layer1"});

  MemReader in5(good);
  EXPECT_FALSE(unpack_layer(in5, base + "/no/such/parent/layer", plain()).ok());
}

TEST(RemoveTree, DeepTreeWithFewFdsNeverFollowsSymlinks) {
  char t[] = "/tmp/edgectl-rmtree-XXXXXX";
  ASSERT_NE(::mkdtemp(t), nullptr);
  std::string base = t;
  struct Cleanup {
    std::string dir;
    ~Cleanup() { (void)remove_tree_at(AT_FDCWD, dir); }
  } cleanup{base};
  ASSERT_EQ(::mkdir((base + "/keep").c_str(), 0755), 0);
  ASSERT_TRUE(write_file(base + "/keep/file", "x").ok());
  ASSERT_EQ(::mkdir((base + "/tree").c_str(), 0755), 0);
  // 3000 levels: far more than the fd limit set below.
  Fd cur(::open((base + "/tree").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  for (int i = 0; i < 3000; i++) {
    ASSERT_EQ(::mkdirat(cur.get(), "d", 0755), 0);
    int fd = ::openat(cur.get(), "f", O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    ASSERT_GE(fd, 0);
    ::close(fd);
    if (i % 500 == 0) {
      ASSERT_EQ(::symlinkat((base + "/keep").c_str(), cur.get(), "out"), 0);
      ASSERT_EQ(::mkdirat(cur.get(), "ro", 0), 0);
    }
    cur.reset(::openat(cur.get(), "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    ASSERT_TRUE(cur.valid());
  }
  cur.reset();
  struct rlimit old;
  ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &old), 0);
  struct rlimit low = old;
  low.rlim_cur = 64;
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &low), 0);
  auto r = remove_tree_at(AT_FDCWD, base + "/tree");
  ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &old), 0);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_FALSE(path_exists(base + "/tree"));
  EXPECT_EQ(content(base + "/keep/file"), "x");
  EXPECT_TRUE(remove_tree_at(AT_FDCWD, base + "/missing").ok());
  ASSERT_TRUE(remove_tree_at(AT_FDCWD, base).ok());
  EXPECT_FALSE(path_exists(base));
}
