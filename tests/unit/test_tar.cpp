#include <gtest/gtest.h>

#include <string>

#include "img/tar.h"
#include "tar_writer.h"

using namespace ec;
using namespace ec::img;
using tartest::Hdr;
using tartest::Tar;

namespace {

struct Read {
  TarEntry e;
  std::string data;
};

// All entries with their data, or the first error.
Result<std::vector<Read>> read_all(const std::string& archive, TarLimits lim = {}) {
  MemReader in(archive);
  TarReader tr(in, lim);
  std::vector<Read> out;
  while (true) {
    Read r;
    EC_ASSIGN(bool more, tr.next(&r.e));
    if (!more) return out;
    char buf[1000];
    while (true) {
      EC_ASSIGN(size_t n, tr.read(buf, sizeof buf));
      if (n == 0) break;
      r.data.append(buf, n);
    }
    out.push_back(std::move(r));
  }
}

std::string err_of(const std::string& archive, TarLimits lim = {}) {
  auto r = read_all(archive, lim);
  return r.ok() ? std::string("(accepted)") : r.error().msg;
}

}  // namespace

TEST(TarNumber, Table) {
  struct {
    std::string field;
    bool ok;
    int64_t value;
  } cases[] = {
      {std::string("0000644\0", 8), true, 0644},
      {std::string("  644 \0 ", 8), true, 0644},
      {std::string("\0\0\0\0\0\0\0\0", 8), true, 0},
      {std::string("        ", 8), true, 0},
      {std::string("77777777777\0", 12), true, 077777777777},
      {std::string("0000864\0", 8), false, 0},
      {std::string("00-0644\0", 8), false, 0},
      {std::string("0 644\0\0\0", 8), false, 0},
      {std::string("\x80\0\0\0\0\0\0\0\0\0\x01\x00", 12), true, 256},
      {std::string("\x80\0\0\0\x02\0\0\0\0\0\0\0", 12), true, int64_t(2) << 56},
      {std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12), true, -1},
      {std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00", 12), true, -256},
      {std::string("\x80\0\0\x01\0\0\0\0\0\0\0\0", 12), false, 0},       // > 64 bits
      {std::string("\x80\0\0\0\x80\0\0\0\0\0\0\0", 12), false, 0},       // > INT64_MAX
      {std::string("7777777777777777777777\0", 23), false, 0},            // octal overflow
  };
  for (auto& c : cases) {
    auto r = tar_parse_number(c.field.data(), c.field.size());
    EXPECT_EQ(r.ok(), c.ok) << c.value << (r.ok() ? "" : r.error().msg);
    if (r.ok() && c.ok) {
      EXPECT_EQ(*r, c.value);
    }
  }
}

TEST(Tar, EveryEntryType) {
  Tar t;
  t.dir("d/", 0750).file("d/f", "hello", 04755).symlink("d/s", "../anywhere").hardlink("d/h", "d/f");
  t.node("d/c", '3', 1, 3).node("d/b", '4', 8, 1).node("d/p", '6').file("d/c7", "x");
  Hdr v7;
  v7.name = "olddir/";
  v7.type = '\0';
  v7.data = "";
  t.add(v7);
  Hdr contig;
  contig.name = "contig";
  contig.type = '7';
  contig.data = "data7";
  t.add(contig);
  t.end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->size(), 10u);
  auto& v = *r;
  EXPECT_EQ(v[0].e.type, TarType::Dir);
  EXPECT_EQ(v[0].e.mode, 0750u);
  EXPECT_EQ(v[1].e.type, TarType::File);
  EXPECT_EQ(v[1].e.mode, 04755u);
  EXPECT_EQ(v[1].data, "hello");
  EXPECT_EQ(v[1].e.mtime_sec, 1700000000);
  EXPECT_EQ(v[1].e.uname, "root");
  EXPECT_EQ(v[2].e.type, TarType::Symlink);
  EXPECT_EQ(v[2].e.linkname, "../anywhere");
  EXPECT_EQ(v[3].e.type, TarType::Hardlink);
  EXPECT_EQ(v[3].e.linkname, "d/f");
  EXPECT_EQ(v[4].e.type, TarType::CharDev);
  EXPECT_EQ(v[4].e.devmajor, 1u);
  EXPECT_EQ(v[4].e.devminor, 3u);
  EXPECT_EQ(v[5].e.type, TarType::BlockDev);
  EXPECT_EQ(v[6].e.type, TarType::Fifo);
  EXPECT_EQ(v[8].e.type, TarType::Dir);  // V7: '\0' + trailing slash
  EXPECT_EQ(v[9].e.type, TarType::File);
  EXPECT_EQ(v[9].data, "data7");
}

TEST(Tar, UstarPrefixAndGnuMagicIgnoresPrefix) {
  Tar t;
  Hdr h;
  h.name = "file.txt";
  h.prefix = std::string(150, 'p');
  h.data = "x";
  t.add(h);
  Hdr g = h;
  g.gnu_magic = true;  // GNU uses the prefix area for other fields
  t.add(g).end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)[0].e.name, std::string(150, 'p') + "/file.txt");
  EXPECT_EQ((*r)[1].e.name, "file.txt");
}

TEST(Tar, GnuLongNameAndLink) {
  std::string long_name = std::string(300, 'n') + "/" + std::string(200, 'm');
  std::string long_link = std::string(400, 'l');
  Tar t;
  t.gnu_long('L', long_name).gnu_long('K', long_link).symlink("short", "short-target");
  t.file("after", "a").end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].e.name, long_name);
  EXPECT_EQ((*r)[0].e.linkname, long_link);
  EXPECT_EQ((*r)[1].e.name, "after");  // long names apply to one entry only
}

TEST(Tar, PaxRecords) {
  std::string long_path = std::string(250, 'a') + "/" + std::string(250, 'b');
  Tar t;
  t.pax({{"path", long_path},
         {"linkpath", "target-from-pax"},
         {"uid", "3000000000"},
         {"gid", "42"},
         {"uname", "someone"},
         {"mtime", "1700000000.123456789123"},
         {"SCHILY.xattr.user.note", std::string("bin\0ary\n", 8)},
         {"SCHILY.xattr.security.capability", "caps"},
         {"atime", "1.5"},
         {"comment", "ignored"}});
  t.symlink("short", "short-target");
  t.pax({{"mtime", "-1.25"}});
  t.file("neg", "");
  t.pax({{"path", ""}});  // empty: keep the header's name
  t.file("keep", "");
  t.end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  auto& e = (*r)[0].e;
  EXPECT_EQ(e.name, long_path);
  EXPECT_EQ(e.linkname, "target-from-pax");
  EXPECT_EQ(e.uid, 3000000000u);
  EXPECT_EQ(e.gid, 42u);
  EXPECT_EQ(e.uname, "someone");
  EXPECT_EQ(e.mtime_sec, 1700000000);
  EXPECT_EQ(e.mtime_nsec, 123456789u);
  ASSERT_EQ(e.xattrs.size(), 2u);
  EXPECT_EQ(e.xattrs[0].first, "user.note");
  EXPECT_EQ(e.xattrs[0].second, std::string("bin\0ary\n", 8));
  EXPECT_EQ(e.xattrs[1].first, "security.capability");
  EXPECT_EQ((*r)[1].e.mtime_sec, -2);
  EXPECT_EQ((*r)[1].e.mtime_nsec, 750000000u);
  EXPECT_EQ((*r)[2].e.name, "keep");
}

TEST(Tar, PaxSizeOverridesHeaderAndBase256Size) {
  std::string data(3000, 'q');
  Tar t;
  t.pax({{"size", "3000"}});
  Hdr h;
  h.name = "big";
  h.data = data;
  h.raw_size = std::string("00000000000\0", 12);  // header says 0; PAX wins
  t.add(h);
  Hdr b;
  b.name = "b256";
  b.data = "base-256 sized";
  b.base256_size = true;
  t.add(b).end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)[0].data, data);
  EXPECT_EQ((*r)[1].data, "base-256 sized");
}

TEST(Tar, GlobalHeaderAppliesAttributesNotNames) {
  Tar t;
  t.pax({{"uid", "7"}, {"mtime", "5"}, {"path", "global-path"}, {"SCHILY.xattr.user.g", "1"}}, 'g');
  t.file("a", "1");
  t.pax({{"uid", "8"}});
  t.file("b", "2");
  t.pax({{"uid", ""}}, 'g');  // unset
  t.file("c", "3");
  t.end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].e.name, "a");
  EXPECT_EQ((*r)[0].e.uid, 7u);
  EXPECT_EQ((*r)[0].e.mtime_sec, 5);
  ASSERT_EQ((*r)[0].e.xattrs.size(), 1u);
  EXPECT_EQ((*r)[1].e.uid, 8u);
  EXPECT_EQ((*r)[2].e.uid, 0u);
  EXPECT_EQ((*r)[2].e.mtime_sec, 5);
}

TEST(Tar, HeaderOnlyTypesCarryNoData) {
  // A symlink header claiming 1000 bytes is followed directly by the next header.
  Tar t;
  Hdr s;
  s.name = "link";
  s.type = '2';
  s.link = "x";
  s.raw_size = std::string("00000001750\0", 12);
  t.add(s).file("next", "ok").end();
  auto r = read_all(t.str());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].e.size, 0);
  EXPECT_EQ((*r)[1].data, "ok");
}

TEST(Tar, SkipsUnreadDataAndStopsAtEnd) {
  Tar t;
  t.file("a", std::string(70000, 'a')).file("b", "bee").end();
  std::string archive = t.str() + std::string(9216, '\0') + "TRAILER";
  MemReader in(archive);
  TarReader tr(in);
  TarEntry e;
  ASSERT_TRUE(*tr.next(&e));
  char c;
  ASSERT_EQ(*tr.read(&c, 1), 1u);  // read one byte, leave the rest
  ASSERT_TRUE(*tr.next(&e));
  EXPECT_EQ(e.name, "b");
  auto more = tr.next(&e);
  ASSERT_TRUE(more.ok()) << more.error().msg;
  EXPECT_FALSE(*more);
  EXPECT_FALSE(*tr.next(&e));  // stays at the end
  // Exactly the archive was consumed; the rest is left for the caller.
  EXPECT_EQ(tr.offset(), t.str().size());
  std::string rest(20000, '\0');
  EXPECT_EQ(*read_full(in, rest.data(), rest.size()), 9216u + 7);
}

TEST(Tar, LoneZeroBlockIsAnEnd) {
  Tar t;
  t.file("a", "x");
  auto r = read_all(t.str() + std::string(512, '\0'));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->size(), 1u);
}

TEST(Tar, MissingEndOfArchive) {
  Tar t;
  t.file("a", "x");
  EXPECT_NE(err_of(t.str()).find("missing end-of-archive"), std::string::npos) << err_of(t.str());
  TarLimits lax;
  lax.allow_missing_eof = true;
  EXPECT_EQ(err_of(t.str(), lax), "(accepted)");
}

TEST(Tar, Rejects) {
  std::string file_a = Tar().file("a", "hello").str();
  Hdr bad;
  bad.name = "bad";
  bad.bad_checksum = true;
  std::string big_pax(1 << 20, 'p');
  struct {
    const char* what;
    std::string archive;
    std::string err;
    TarLimits lim;
  } cases[] = {
      {"bad checksum", Tar().add(bad).end().str(), "header checksum mismatch at offset 0"},
      {"truncated header", file_a.substr(0, 300), "truncated header"},
      {"truncated data", file_a.substr(0, 514), "unexpected end of archive in data of \"a\""},
      {"truncated padding", file_a.substr(0, 600), "unexpected end of archive in entry padding"},
      {"data after zero block", Tar().file("a", "x").str() + std::string(512, '\0') + Tar().file("b", "y").str(),
       "data after a zero block"},
      {"truncated eof block", file_a + std::string(512, '\0') + std::string(100, '\0'),
       "truncated end-of-archive block"},
      {"negative size", [] { Hdr h; h.name = "n"; h.raw_size = std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00", 12); h.no_data = true; return Tar().add(h).end().str(); }(),
       "negative size"},
      {"overflowing size", [] { Hdr h; h.name = "o"; h.raw_size = std::string("\x80\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12); h.no_data = true; return Tar().add(h).end().str(); }(),
       "overflows 64 bits"},
      {"octal garbage size", [] { Hdr h; h.name = "g"; h.raw_size = std::string("0000000009x\0", 12); h.no_data = true; return Tar().add(h).end().str(); }(),
       "invalid octal field"},
      {"huge size runs out", [] { Hdr h; h.name = "h"; h.raw_size = std::string("77777777777\0", 12); h.data = "x"; return Tar().add(h).end().str(); }(),
       "unexpected end of archive in data of \"h\""},
      {"oversized PAX", Tar().pax({{"comment", big_pax}}).file("a", "").end().str(), "PAX header of 1048593 bytes exceeds limit of 1048576 bytes"},
      {"oversized GNU long name", Tar().gnu_long('L', std::string(128 << 10, 'n')).file("a", "").end().str(),
       "GNU long name header of 131073 bytes exceeds limit of 65536 bytes"},
      {"oversized GNU long link", Tar().gnu_long('K', std::string(128 << 10, 'n')).file("a", "").end().str(),
       "GNU long link header"},
      {"truncated at PAX header", Tar().pax({{"path", "x"}}).str(), "after an extended header"},
      {"truncated in PAX data", Tar().pax({{"path", std::string(2000, 'x')}}).str().substr(0, 1000), "unexpected end of archive in PAX data"},
      {"PAX then end", Tar().pax({{"path", "x"}}).end().str(), "extended header not followed by an entry"},
      {"GNU long name then end", Tar().gnu_long('L', "x").end().str(), "extended header not followed by an entry"},
      {"PAX bad length", [] { Hdr h; h.name = "p"; h.type = 'x'; h.data = "99 path=x\n"; return Tar().add(h).file("a", "").end().str(); }(),
       "PAX record length out of range"},
      {"PAX no newline", [] { Hdr h; h.name = "p"; h.type = 'x'; h.data = "10 path=xy"; return Tar().add(h).file("a", "").end().str(); }(),
       "not terminated by a newline"},
      {"PAX no key", [] { Hdr h; h.name = "p"; h.type = 'x'; h.data = "6 =xy\n"; return Tar().add(h).file("a", "").end().str(); }(),
       "no key"},
      {"PAX non-numeric length", [] { Hdr h; h.name = "p"; h.type = 'x'; h.data = "1a path=x\n"; return Tar().add(h).file("a", "").end().str(); }(),
       "malformed PAX record length"},
      {"PAX NUL in path", Tar().pax({{"path", std::string("ok\0../../x", 10)}}).file("a", "").end().str(), "PAX path contains NUL"},
      {"PAX negative size", Tar().pax({{"size", "-5"}}).file("a", "").end().str(), "invalid PAX size"},
      {"PAX uid overflow", Tar().pax({{"uid", "4294967296"}}).file("a", "").end().str(), "PAX uid 4294967296 out of range"},
      {"PAX bad mtime", Tar().pax({{"mtime", "12x"}}).file("a", "").end().str(), "invalid PAX mtime"},
      {"PAX sparse", Tar().pax({{"GNU.sparse.major", "1"}}).file("a", "").end().str(), "sparse files are not supported"},
  };
  for (auto& c : cases) {
    std::string got = err_of(c.archive, c.lim);
    EXPECT_NE(got.find(c.err), std::string::npos) << c.what << ": " << got;
    EXPECT_EQ(got.rfind("tar: ", 0), 0u) << c.what << ": " << got;
  }
}

TEST(Tar, CustomLimits) {
  TarLimits lim;
  lim.max_pax = 100;
  lim.max_long_name = 10;
  EXPECT_NE(err_of(Tar().pax({{"path", std::string(200, 'x')}}).file("a", "").end().str(), lim).find("exceeds limit of 100"),
            std::string::npos);
  EXPECT_NE(err_of(Tar().gnu_long('L', "0123456789ab").file("a", "").end().str(), lim).find("exceeds limit of 10"),
            std::string::npos);
}

TEST(Tar, SignedChecksumAccepted) {
  // Historic tars summed signed chars: a name byte >= 0x80 changes the sum.
  Hdr h;
  h.name = "caf\xc3\xa9";
  Tar t;
  std::string blk = t.header_block(h);
  unsigned sum = 0;
  int ssum = 0;
  for (size_t i = 0; i < 512; i++) {
    unsigned char c = (i >= 148 && i < 156) ? ' ' : blk[i];
    sum += c;
    ssum += (i >= 148 && i < 156) ? ' ' : static_cast<signed char>(blk[i]);
  }
  ASSERT_NE(sum, (unsigned)ssum);
  char ck[8];
  snprintf(ck, sizeof ck, "%06o", ssum);
  memcpy(&blk[148], ck, 7);
  auto r = read_all(blk + std::string(1024, '\0'));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ((*r)[0].e.name, "caf\xc3\xa9");
}
