// Minimal tar/gzip writer for tests: builds well-formed and deliberately
// broken archives in memory.
#pragma once
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace tartest {

struct Hdr {
  std::string name;
  char type = '0';
  std::string link;
  uint32_t mode = 0644;
  uint64_t uid = 0, gid = 0;
  int64_t mtime = 1700000000;
  uint32_t major = 0, minor = 0;
  std::string prefix;
  bool gnu_magic = false;
  std::string data;
  // Raw 12-byte size field instead of data.size() (for broken archives).
  std::string raw_size;
  bool base256_size = false;
  bool bad_checksum = false;
  bool no_data = false;  // write the header only (truncation tests)
};

inline void put_octal(unsigned char* f, size_t len, uint64_t v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%0*llo", (int)(len - 1), (unsigned long long)v);
  memcpy(f, buf, len - 1);
  f[len - 1] = 0;
}

inline void put_base256(unsigned char* f, size_t len, int64_t v) {
  uint64_t u = static_cast<uint64_t>(v);
  for (size_t i = len; i-- > 0;) {
    f[i] = static_cast<unsigned char>(u & 0xff);
    u = v < 0 ? (u >> 8) | (0xffull << 56) : u >> 8;
  }
  f[0] = v < 0 ? 0xff : 0x80;
}

inline void put_str(unsigned char* f, size_t len, const std::string& s) { memcpy(f, s.data(), s.size() < len ? s.size() : len); }

inline std::string pad(size_t n) { return std::string((512 - n % 512) % 512, '\0'); }

struct Tar {
  std::string out;

  std::string header_block(const Hdr& h) const {
    unsigned char b[512] = {};
    put_str(b, 100, h.name);
    put_octal(b + 100, 8, h.mode);
    put_octal(b + 108, 8, h.uid);
    put_octal(b + 116, 8, h.gid);
    if (!h.raw_size.empty())
      memcpy(b + 124, h.raw_size.data(), h.raw_size.size() < 12 ? h.raw_size.size() : 12);
    else if (h.base256_size)
      put_base256(b + 124, 12, (int64_t)h.data.size());
    else
      put_octal(b + 124, 12, h.data.size());
    if (h.mtime < 0) put_base256(b + 136, 12, h.mtime);
    else put_octal(b + 136, 12, (uint64_t)h.mtime);
    b[156] = static_cast<unsigned char>(h.type);
    put_str(b + 157, 100, h.link);
    if (h.gnu_magic) memcpy(b + 257, "ustar  \0", 8);
    else memcpy(b + 257, "ustar\0" "00", 8);
    put_str(b + 265, 32, "root");
    put_str(b + 297, 32, "root");
    put_octal(b + 329, 8, h.major);
    put_octal(b + 337, 8, h.minor);
    if (!h.gnu_magic) put_str(b + 345, 155, h.prefix);
    memset(b + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : b) sum += c;
    if (h.bad_checksum) sum += 1;
    char ck[8];
    snprintf(ck, sizeof ck, "%06o", sum);
    memcpy(b + 148, ck, 7);  // six digits, NUL, and the space already there
    return std::string(reinterpret_cast<char*>(b), 512);
  }

  Tar& add(const Hdr& h) {
    out += header_block(h);
    if (!h.no_data) out += h.data + pad(h.data.size());
    return *this;
  }
  Tar& file(const std::string& name, const std::string& data, uint32_t mode = 0644) {
    Hdr h;
    h.name = name;
    h.data = data;
    h.mode = mode;
    return add(h);
  }
  Tar& dir(const std::string& name, uint32_t mode = 0755) {
    Hdr h;
    h.name = name;
    h.type = '5';
    h.mode = mode;
    return add(h);
  }
  Tar& symlink(const std::string& name, const std::string& target) {
    Hdr h;
    h.name = name;
    h.type = '2';
    h.link = target;
    h.mode = 0777;
    return add(h);
  }
  Tar& hardlink(const std::string& name, const std::string& target) {
    Hdr h;
    h.name = name;
    h.type = '1';
    h.link = target;
    return add(h);
  }
  Tar& node(const std::string& name, char type, uint32_t major = 0, uint32_t minor = 0, uint32_t mode = 0644) {
    Hdr h;
    h.name = name;
    h.type = type;
    h.major = major;
    h.minor = minor;
    h.mode = mode;
    return add(h);
  }
  static std::string pax_records(const std::vector<std::pair<std::string, std::string>>& recs) {
    std::string body;
    for (auto& [k, v] : recs) {
      size_t n = k.size() + v.size() + 3;  // ' ', '=', '\n'
      size_t len = n + 1;
      while (std::to_string(len).size() + n != len) len = std::to_string(len).size() + n;
      body += std::to_string(len) + " " + k + "=" + v + "\n";
    }
    return body;
  }
  Tar& pax(const std::vector<std::pair<std::string, std::string>>& recs, char type = 'x') {
    Hdr h;
    h.name = "PaxHeaders/x";
    h.type = type;
    h.data = pax_records(recs);
    return add(h);
  }
  Tar& gnu_long(char type, const std::string& value) {
    Hdr h;
    h.name = "././@LongLink";
    h.type = type;
    h.gnu_magic = true;
    h.data = value + std::string(1, '\0');
    return add(h);
  }
  Tar& end() {
    out += std::string(1024, '\0');
    return *this;
  }
  std::string str() const { return out; }
};

inline std::string gzip(const std::string& data, int level = 6) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, 16 + 15, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = data.size();
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = out.size();
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace tartest
