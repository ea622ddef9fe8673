#include <gtest/gtest.h>

#include <string>

#include "img/gunzip.h"
#include "tar_writer.h"

using namespace ec;
using namespace ec::img;

namespace {

// Feeds at most `chunk` bytes per read, to exercise refills at every offset.
class SlowReader : public Reader {
 public:
  SlowReader(std::string_view d, size_t chunk) : d_(d), chunk_(chunk) {}
  Result<size_t> read(void* buf, size_t len) override {
    size_t n = std::min({len, chunk_, d_.size()});
    memcpy(buf, d_.data(), n);
    d_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view d_;
  size_t chunk_;
};

class FailingReader : public Reader {
 public:
  Result<size_t> read(void*, size_t) override { return make_error("network down", EIO); }
};

Result<std::string> gunzip_all(Reader& in, GunzipLimits lim = {}, size_t out_chunk = 65536) {
  GunzipReader gz(in, lim);
  std::string out, buf(out_chunk, '\0');
  while (true) {
    EC_ASSIGN(size_t n, gz.read(buf.data(), buf.size()));
    if (n == 0) return out;
    out.append(buf.data(), n);
  }
}

Result<std::string> gunzip_str(const std::string& gz, GunzipLimits lim = {}) {
  MemReader in(gz);
  return gunzip_all(in, lim);
}

std::string pseudo_random(size_t n) {
  std::string s(n, '\0');
  uint32_t x = 12345;
  for (auto& c : s) {
    x = x * 1103515245 + 12345;
    c = static_cast<char>(x >> 16);
  }
  return s;
}

}  // namespace

TEST(Gunzip, RoundTripsTextAndRandomData) {
  for (size_t n : {0, 1, 100, 65536, 65537, 1000000}) {
    std::string data = pseudo_random(n);
    auto r = gunzip_str(tartest::gzip(data));
    ASSERT_TRUE(r.ok()) << n << ": " << r.error().msg;
    EXPECT_EQ(*r, data) << n;
  }
}

TEST(Gunzip, TinyInputAndOutputChunks) {
  std::string data = pseudo_random(20000) + std::string(50000, 'z');
  std::string gz = tartest::gzip(data);
  for (size_t in_chunk : {1, 7, 512}) {
    for (size_t out_chunk : {1, 13, 4096}) {
      SlowReader in(gz, in_chunk);
      auto r = gunzip_all(in, {}, out_chunk);
      ASSERT_TRUE(r.ok()) << in_chunk << "/" << out_chunk << ": " << r.error().msg;
      EXPECT_EQ(*r, data);
    }
  }
}

TEST(Gunzip, MultiMemberStreams) {
  std::string a = "first member\n", b = pseudo_random(70000), c = "";
  std::string gz = tartest::gzip(a) + tartest::gzip(b) + tartest::gzip(c) + tartest::gzip("end");
  MemReader in(gz);
  GunzipReader r(in);
  std::string out, buf(1000, '\0');
  while (true) {
    auto n = r.read(buf.data(), buf.size());
    ASSERT_TRUE(n.ok()) << n.error().msg;
    if (*n == 0) break;
    out.append(buf.data(), *n);
  }
  EXPECT_EQ(out, a + b + c + "end");
  EXPECT_EQ(r.members(), 4);
  EXPECT_EQ(r.compressed_bytes(), gz.size());
  EXPECT_EQ(r.decompressed_bytes(), out.size());
  // Reading after the end keeps returning 0.
  auto again = r.read(buf.data(), buf.size());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0u);
}

TEST(Gunzip, Errors) {
  std::string good = tartest::gzip(pseudo_random(5000));
  std::string corrupt_crc = good;
  corrupt_crc[corrupt_crc.size() - 6] ^= 0x55;  // inside the CRC32 trailer
  std::string corrupt_len = good;
  corrupt_len[corrupt_len.size() - 2] ^= 0x01;  // ISIZE trailer
  std::string corrupt_body = good;
  corrupt_body[good.size() / 2] ^= 0xff;
  std::string bad_magic = good;
  bad_magic[1] = 0x00;
  struct {
    const char* what;
    std::string in, err;
  } cases[] = {
      {"empty", "", "gzip: empty stream"},
      {"not gzip", "plain text, not gzip", "gzip: not gzip data (first byte 0x70)"},
      {"zlib not gzip", std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8), "gzip: not gzip data"},
      {"bad second magic byte", bad_magic, "gzip: corrupt data in member 1"},
      {"truncated header", good.substr(0, 5), "gzip: unexpected end of stream in member 1"},
      {"truncated body", good.substr(0, good.size() / 2), "gzip: unexpected end of stream"},
      {"truncated trailer", good.substr(0, good.size() - 3), "gzip: unexpected end of stream"},
      {"bad crc", corrupt_crc, "gzip: corrupt data in member 1"},
      {"bad length", corrupt_len, "gzip: corrupt data in member 1"},
      {"corrupt body", corrupt_body, "gzip: corrupt data"},
      {"trailing garbage", good + "GARBAGE", "gzip: trailing garbage after member 1"},
      {"trailing zeros", good + std::string(512, '\0'), "gzip: trailing garbage after member 1"},
      {"truncated second member", good + tartest::gzip("abc").substr(0, 12), "member 2"},
  };
  for (auto& c : cases) {
    auto r = gunzip_str(c.in);
    ASSERT_FALSE(r.ok()) << c.what;
    EXPECT_NE(r.error().msg.find(c.err), std::string::npos) << c.what << ": " << r.error().msg;
  }
}

TEST(Gunzip, InputErrorsPropagateWithContext) {
  FailingReader in;
  auto r = gunzip_all(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EIO);
  EXPECT_EQ(r.error().msg, "gzip: read compressed stream: network down");
}

TEST(Gunzip, BombOverAbsoluteSize) {
  std::string gz = tartest::gzip(std::string(8 << 20, '\0'), 9);
  GunzipLimits lim;
  lim.max_output = 1 << 20;
  lim.max_ratio = 0;
  auto r = gunzip_str(gz, lim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EFBIG);
  EXPECT_EQ(r.error().msg, "gzip: decompressed size exceeds limit of 1048576 bytes");
  // Exactly at the limit is fine.
  lim.max_output = 8 << 20;
  auto ok = gunzip_str(gz, lim);
  ASSERT_TRUE(ok.ok()) << ok.error().msg;
  EXPECT_EQ(ok->size(), 8u << 20);
}

TEST(Gunzip, BombOverRatio) {
  std::string gz = tartest::gzip(std::string(32 << 20, '\0'), 9);  // ~1000:1
  GunzipLimits lim;
  lim.max_ratio = 100;
  lim.ratio_grace = 1 << 20;
  auto r = gunzip_str(gz, lim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, EFBIG);
  EXPECT_NE(r.error().msg.find("gzip: compression ratio exceeds limit of 100:1"), std::string::npos)
      << r.error().msg;
  // Under the grace size a high ratio is fine; without limits everything passes.
  lim.ratio_grace = 64 << 20;
  EXPECT_TRUE(gunzip_str(gz, lim).ok());
  EXPECT_TRUE(gunzip_str(gz, GunzipLimits{0, 0, 0}).ok());
  // Incompressible data has a ratio near 1 and passes a strict limit.
  GunzipLimits strict{0, 2, 0};
  EXPECT_TRUE(gunzip_str(tartest::gzip(pseudo_random(3 << 20)), strict).ok());
}
