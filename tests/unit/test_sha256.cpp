#include <gtest/gtest.h>

#include <string>

#include "core/sha256.h"

using namespace ec;

TEST(Sha256, KnownVectors) {
  struct {
    std::string in, hex;
  } cases[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (auto& c : cases) {
    EXPECT_EQ(sha256_hex(c.in), c.hex) << c.in.size();
    EXPECT_EQ(sha256_digest(c.in), "sha256:" + c.hex);
  }
}

TEST(Sha256, StreamingInOddChunksEqualsOneShot) {
  std::string data;
  for (int i = 0; i < 100000; i++) data += static_cast<char>(i * 7 + (i >> 8));
  for (size_t chunk : {1, 3, 63, 64, 65, 4096, 99999}) {
    Sha256 h;
    for (size_t off = 0; off < data.size(); off += chunk) h.update(std::string_view(data).substr(off, chunk));
    EXPECT_EQ(h.finish_hex(), sha256_hex(data)) << chunk;
  }
}

TEST(Sha256, MillionAsStreamedAndCopiedMidway) {
  Sha256 h;
  std::string block(1000, 'a');
  for (int i = 0; i < 500; i++) h.update(block);
  Sha256 copy = h;  // continues independently
  for (int i = 0; i < 500; i++) h.update(block);
  EXPECT_EQ(h.finish_hex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(copy.finish_hex(), sha256_hex(std::string(500000, 'a')));
}

TEST(Sha256, FinishRestarts) {
  Sha256 h;
  h.update("abc");
  h.finish();
  EXPECT_EQ(h.finish_hex(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  h.update("abc");
  EXPECT_EQ(h.finish_digest(), "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, HexEncode) {
  const unsigned char b[] = {0x00, 0x01, 0x7f, 0x80, 0xab, 0xff};
  EXPECT_EQ(hex_encode(b, sizeof b), "00017f80abff");
  EXPECT_EQ(hex_encode(b, 0), "");
}

TEST(Sha256, ParseDigest) {
  std::string hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  auto ok = parse_sha256_digest("sha256:" + hex);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, hex);
  struct {
    std::string in, err;
  } bad[] = {
      {"", "invalid digest"},
      {hex, "invalid digest"},
      {":" + hex, "invalid digest"},
      {"sha256:", "64 lowercase hex"},
      {"sha256:" + hex.substr(1), "64 lowercase hex"},
      {"sha256:" + hex + "0", "64 lowercase hex"},
      {"sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", "64 lowercase hex"},
      {"sha256:" + hex.substr(0, 63) + "g", "64 lowercase hex"},
      {"sha512:" + hex + hex, "unsupported digest algorithm \"sha512\""},
      {"SHA256:" + hex, "unsupported digest algorithm"},
  };
  for (auto& c : bad) {
    auto r = parse_sha256_digest(c.in);
    ASSERT_FALSE(r.ok()) << c.in;
    EXPECT_NE(r.error().msg.find(c.err), std::string::npos) << r.error().msg;
  }
  EXPECT_TRUE(is_sha256_hex(hex));
  EXPECT_FALSE(is_sha256_hex("sha256:" + hex));
}
