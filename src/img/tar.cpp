#include "img/tar.h"

#include <cerrno>
#include <cstring>
#include <string_view>

#include "core/strutil.h"

namespace ec::img {

namespace {


// Header field offsets (POSIX ustar; GNU reuses the prefix area).
constexpr size_t kName = 0, kMode = 100, kUid = 108, kGid = 116, kSize = 124, kMtime = 136, kChksum = 148,
                 kType = 156, kLink = 157, kMagic = 257, kUname = 265, kGname = 297, kDevMajor = 329,
                 kDevMinor = 337, kPrefix = 345;

std::string field_str(const unsigned char* blk, size_t off, size_t len) {
  const char* p = reinterpret_cast<const char*>(blk + off);
  size_t n = strnlen(p, len);  // the format stops a string at its first NUL
  return std::string(p, n);
}

Error terr(const std::string& msg, int code = EINVAL) { return make_error("tar: " + msg, code); }

bool all_zero(const unsigned char* blk) {
  for (size_t i = 0; i < kTarBlock; i++)
    if (blk[i]) return false;
  return true;
}

bool checksum_ok(const unsigned char* blk) {
  auto want = tar_parse_number(reinterpret_cast<const char*>(blk + kChksum), 8);
  if (!want) return false;
  // Historic writers summed signed chars; accept either sum, as GNU tar does.
  int64_t usum = 0, ssum = 0;
  for (size_t i = 0; i < kTarBlock; i++) {
    bool in_field = i >= kChksum && i < kChksum + 8;
    usum += in_field ? ' ' : blk[i];
    ssum += in_field ? ' ' : static_cast<signed char>(blk[i]);
  }
  return *want == usum || *want == ssum;
}

Result<uint64_t> parse_dec(std::string_view v, const char* key) {
  auto n = parse_u64(v);
  if (!n || v.empty() || v[0] < '0' || v[0] > '9') return make_error(strf("invalid PAX %s value %s", key, quote_untrusted(v).c_str()));
  return *n;
}

// PAX times: "<sec>[.<fraction>]", possibly negative.
Status parse_pax_time(std::string_view v, int64_t* sec, uint32_t* nsec) {
  std::string_view s = v;
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  size_t dot = s.find('.');
  std::string_view ip = s.substr(0, dot), fp = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  auto bad = [&] { return make_error(strf("invalid PAX mtime %s", quote_untrusted(v).c_str())); };
  if (ip.empty() || ip.size() > 18) return bad();
  for (char c : ip)
    if (c < '0' || c > '9') return bad();
  for (char c : fp)
    if (c < '0' || c > '9') return bad();
  int64_t whole = static_cast<int64_t>(*parse_u64(ip));
  uint32_t frac = 0;
  for (size_t i = 0; i < 9; i++) frac = frac * 10 + (i < fp.size() ? fp[i] - '0' : 0);
  if (neg && frac) {
    // -1.25 is 1.25 s before the epoch: sec -2, nsec 0.75e9.
    *sec = -whole - 1;
    *nsec = 1000000000u - frac;
  } else {
    *sec = neg ? -whole : whole;
    *nsec = frac;
  }
  return {};
}

using Records = std::vector<std::pair<std::string, std::string>>;

// "<len> <key>=<value>\n" records; len counts the whole record.
Result<Records> parse_pax(std::string_view s) {
  Records out;
  while (!s.empty()) {
    size_t sp = s.find(' ');
    if (sp == std::string_view::npos || sp == 0 || sp > 20) return terr("malformed PAX record length");
    for (size_t i = 0; i < sp; i++)
      if (s[i] < '0' || s[i] > '9') return terr("malformed PAX record length");
    uint64_t len = *parse_u64(s.substr(0, sp));
    if (len < sp + 3 || len > s.size()) return terr("PAX record length out of range");
    std::string_view rec = s.substr(sp + 1, len - sp - 1);
    if (rec.back() != '\n') return terr("PAX record not terminated by a newline");
    rec.remove_suffix(1);
    size_t eq = rec.find('=');
    if (eq == std::string_view::npos || eq == 0) return terr("malformed PAX record (no key)");
    std::string_view key = rec.substr(0, eq), val = rec.substr(eq + 1);
    if (key.find('\0') != std::string_view::npos) return terr("PAX key contains NUL");
    bool name_like = key == "path" || key == "linkpath" || key == "uname" || key == "gname";
    if (name_like && val.find('\0') != std::string_view::npos)
      return terr(strf("PAX %.*s contains NUL", (int)key.size(), key.data()));
    out.emplace_back(std::string(key), std::string(val));
    s.remove_prefix(len);
  }
  return out;
}

constexpr std::string_view kXattr = "SCHILY.xattr.";

// Apply one PAX record to an entry. Global records ('g') carry only
// attributes: a global path, link or size would name every later file the
// same, which no real writer means.
Status apply_pax(TarEntry* e, const std::string& key, const std::string& val, bool global) {
  if (starts_with(key, "GNU.sparse.")) return make_error("GNU sparse files are not supported");
  if (key == "path" || key == "linkpath" || key == "size") {
    if (global || val.empty()) return {};  // empty: keep the header's value
    if (key == "path") e->name = val;
    else if (key == "linkpath") e->linkname = val;
    else {
      EC_ASSIGN(uint64_t n, parse_dec(val, "size"));
      if (n > static_cast<uint64_t>(INT64_MAX)) return make_error("PAX size out of range");
      e->size = static_cast<int64_t>(n);
    }
  } else if (key == "uid" || key == "gid") {
    if (val.empty()) return {};
    EC_ASSIGN(uint64_t n, parse_dec(val, key.c_str()));
    if (n > UINT32_MAX) return make_error(strf("PAX %s %s out of range", key.c_str(), val.c_str()));
    (key == "uid" ? e->uid : e->gid) = static_cast<uint32_t>(n);
  } else if (key == "uname") {
    e->uname = val;
  } else if (key == "gname") {
    e->gname = val;
  } else if (key == "mtime") {
    if (val.empty()) return {};
    EC_TRY(parse_pax_time(val, &e->mtime_sec, &e->mtime_nsec));
  } else if (starts_with(key, kXattr) && key.size() > kXattr.size()) {
    std::string name = key.substr(kXattr.size());
    for (auto& x : e->xattrs)
      if (x.first == name) {
        x.second = val;
        return {};
      }
    e->xattrs.emplace_back(std::move(name), val);
  }
  // Anything else (atime, ctime, comment, charset, vendor keys) is ignored.
  return {};
}

TarType type_of(char flag) {
  switch (flag) {
    case '0': case '\0': case '7': return TarType::File;
    case '1': return TarType::Hardlink;
    case '2': return TarType::Symlink;
    case '3': return TarType::CharDev;
    case '4': return TarType::BlockDev;
    case '5': return TarType::Dir;
    case '6': return TarType::Fifo;
    default: return TarType::Other;
  }
}

bool header_only(TarType t) { return t != TarType::File && t != TarType::Other; }

}  // namespace

Result<int64_t> tar_parse_number(const char* f, size_t len) {
  if (len == 0) return int64_t{0};
  auto u = reinterpret_cast<const unsigned char*>(f);
  if (u[0] & 0x80) {
    // Base-256, two's complement; bit 0x40 of the first byte is the sign.
    unsigned char inv = (u[0] & 0x40) ? 0xff : 0;
    uint64_t x = 0;
    for (size_t i = 0; i < len; i++) {
      unsigned char c = u[i] ^ inv;
      if (i == 0) c &= 0x7f;
      if (x >> 56) return terr("base-256 number overflows 64 bits");
      x = (x << 8) | c;
    }
    if (x >> 63) return terr("base-256 number overflows 64 bits");
    return inv ? ~static_cast<int64_t>(x) : static_cast<int64_t>(x);
  }
  size_t b = 0, e = len;
  while (b < e && (f[b] == ' ' || f[b] == '\0')) b++;
  while (e > b && (f[e - 1] == ' ' || f[e - 1] == '\0')) e--;
  uint64_t x = 0;
  for (size_t i = b; i < e; i++) {
    if (f[i] < '0' || f[i] > '7') return terr(strf("invalid octal field \"%s\"", quote_untrusted(std::string_view(f, len)).c_str()));
    if (x >> 60) return terr("octal number overflows 64 bits");
    x = x * 8 + (f[i] - '0');
  }
  if (x >> 63) return terr("octal number overflows 64 bits");
  return static_cast<int64_t>(x);
}

TarReader::TarReader(Reader& in, TarLimits limits) : in_(in), lim_(limits) {}

Status TarReader::read_block(unsigned char* blk, const char* what) {
  auto r = read_full(in_, blk, kTarBlock);
  if (!r) return std::move(r).error();
  offset_ += *r;
  if (*r != kTarBlock)
    return terr(strf("unexpected end of archive in %s at offset %llu", what, (unsigned long long)offset_), EIO);
  return {};
}

Status TarReader::skip(uint64_t n, const char* what) {
  if (n == 0) return {};
  if (!scratch_) scratch_.reset(new char[kIoBuffer]);
  while (n > 0) {
    size_t want = n < kIoBuffer ? static_cast<size_t>(n) : kIoBuffer;
    EC_ASSIGN(size_t got, in_.read(scratch_.get(), want));
    if (got == 0)
      return terr(strf("unexpected end of archive in %s at offset %llu", what, (unsigned long long)offset_), EIO);
    offset_ += got;
    n -= got;
  }
  return {};
}

Result<std::string> TarReader::read_special(int64_t size, uint64_t limit, const char* what) {
  if (size < 0) return terr(strf("negative size in %s header", what));
  if (static_cast<uint64_t>(size) > limit)
    return terr(strf("%s header of %lld bytes exceeds limit of %llu bytes", what, (long long)size,
                     (unsigned long long)limit), EFBIG);
  std::string data(static_cast<size_t>(size), '\0');
  EC_ASSIGN(size_t got, read_full(in_, data.data(), data.size()));
  offset_ += got;
  if (got != data.size())
    return terr(strf("unexpected end of archive in %s data at offset %llu", what, (unsigned long long)offset_), EIO);
  EC_TRY(skip((kTarBlock - size % kTarBlock) % kTarBlock, what));
  return data;
}

Result<bool> TarReader::next(TarEntry* out) {
  if (end_) return false;
  EC_TRY(skip(remaining_, "entry data"));
  EC_TRY(skip(padding_, "entry padding"));
  remaining_ = padding_ = 0;

  Records pax;
  std::string long_name, long_link;
  bool have_long_name = false, have_long_link = false, have_meta = false;
  unsigned char blk[kTarBlock];
  while (true) {
    // A clean end: zero block(s), or (if allowed) the end of the stream.
    auto r = read_full(in_, blk, kTarBlock);
    if (!r) return std::move(r).error();
    offset_ += *r;
    if (*r == 0 && !have_meta && (lim_.allow_missing_eof)) {
      end_ = true;
      return false;
    }
    if (*r != kTarBlock) {
      if (have_meta) return terr("unexpected end of archive after an extended header", EIO);
      return terr(strf("unexpected end of archive at offset %llu (truncated header or missing end-of-archive "
                       "blocks)", (unsigned long long)offset_), EIO);
    }
    if (all_zero(blk)) {
      if (have_meta) return terr("extended header not followed by an entry");
      // The second zero block may be missing (a "lone zero block"); anything
      // else after the first one is corruption.
      auto r2 = read_full(in_, blk, kTarBlock);
      if (!r2) return std::move(r2).error();
      offset_ += *r2;
      if (*r2 == kTarBlock && !all_zero(blk)) return terr("data after a zero block (corrupt archive)");
      if (*r2 != 0 && *r2 != kTarBlock) return terr("truncated end-of-archive block", EIO);
      end_ = true;
      return false;
    }
    if (!checksum_ok(blk))
      return terr(strf("header checksum mismatch at offset %llu", (unsigned long long)(offset_ - kTarBlock)));

    char flag = static_cast<char>(blk[kType]);
    EC_ASSIGN(int64_t size, tar_parse_number(reinterpret_cast<char*>(blk + kSize), 12));
    if (flag == 'x' || flag == 'g') {
      EC_ASSIGN(std::string data, read_special(size, lim_.max_pax, "PAX"));
      EC_ASSIGN(Records recs, parse_pax(data));
      if (flag == 'g') {
        for (auto& kv : recs) {
          if (starts_with(kv.first, "GNU.sparse.")) return terr("GNU sparse files are not supported");
          std::erase_if(global_, [&](auto& g) { return g.first == kv.first; });
          if (!kv.second.empty()) global_.push_back(std::move(kv));  // empty: unset
        }
        continue;  // a global header is not an entry and needs none after it
      }
      for (auto& kv : recs) pax.push_back(std::move(kv));
      have_meta = true;
      continue;
    }
    if (flag == 'L' || flag == 'K') {
      EC_ASSIGN(std::string data, read_special(size, lim_.max_long_name, flag == 'L' ? "GNU long name" : "GNU long link"));
      data.resize(strnlen(data.c_str(), data.size()));
      if (flag == 'L') {
        long_name = std::move(data);
        have_long_name = true;
      } else {
        long_link = std::move(data);
        have_long_link = true;
      }
      have_meta = true;
      continue;
    }

    TarEntry e;
    e.typeflag = flag;
    e.type = type_of(flag);
    std::string magic(reinterpret_cast<char*>(blk + kMagic), 6);
    e.name = field_str(blk, kName, 100);
    if (magic == std::string("ustar\0", 6)) {
      // POSIX ustar: name = prefix "/" name. star archives end the prefix early.
      bool star = memcmp(blk + 508, "tar\0", 4) == 0;
      std::string prefix = field_str(blk, kPrefix, star ? 131 : 155);
      if (!prefix.empty()) e.name = prefix + "/" + e.name;
    }
    e.linkname = field_str(blk, kLink, 100);
    e.uname = field_str(blk, kUname, 32);
    e.gname = field_str(blk, kGname, 32);
    EC_ASSIGN(int64_t mode, tar_parse_number(reinterpret_cast<char*>(blk + kMode), 8));
    EC_ASSIGN(int64_t uid, tar_parse_number(reinterpret_cast<char*>(blk + kUid), 8));
    EC_ASSIGN(int64_t gid, tar_parse_number(reinterpret_cast<char*>(blk + kGid), 8));
    EC_ASSIGN(int64_t mtime, tar_parse_number(reinterpret_cast<char*>(blk + kMtime), 12));
    EC_ASSIGN(int64_t major, tar_parse_number(reinterpret_cast<char*>(blk + kDevMajor), 8));
    EC_ASSIGN(int64_t minor, tar_parse_number(reinterpret_cast<char*>(blk + kDevMinor), 8));
    if (mode < 0 || uid < 0 || uid > UINT32_MAX || gid < 0 || gid > UINT32_MAX || major < 0 || major > UINT32_MAX ||
        minor < 0 || minor > UINT32_MAX)
      return terr(strf("numeric field out of range in header of %s", quote_untrusted(e.name).c_str()));
    e.mode = static_cast<uint32_t>(mode) & 07777;
    e.uid = static_cast<uint32_t>(uid);
    e.gid = static_cast<uint32_t>(gid);
    e.mtime_sec = mtime;
    e.devmajor = static_cast<uint32_t>(major);
    e.devminor = static_cast<uint32_t>(minor);
    e.size = size;

    for (auto& kv : global_)
      if (auto st = apply_pax(&e, kv.first, kv.second, true); !st) return terr("global PAX header: " + st.error().msg);
    for (auto& kv : pax)
      if (auto st = apply_pax(&e, kv.first, kv.second, false); !st)
        return terr("PAX header of " + quote_untrusted(e.name) + ": " + st.error().msg);
    // GNU long names win over PAX, as in Go's archive/tar, which wrote most layers.
    if (have_long_name) e.name = std::move(long_name);
    if (have_long_link) e.linkname = std::move(long_link);
    if (flag == '\0' && ends_with(e.name, "/")) e.type = TarType::Dir;  // V7 directories
    if (e.size < 0) return terr(strf("negative size in header of %s", quote_untrusted(e.name).c_str()));
    // Header-only types carry no data whatever their size field says.
    if (header_only(e.type)) e.size = 0;
    remaining_ = static_cast<uint64_t>(e.size);
    padding_ = (kTarBlock - remaining_ % kTarBlock) % kTarBlock;
    cur_name_ = e.name;
    *out = std::move(e);
    return true;
  }
}

Result<size_t> TarReader::read(void* buf, size_t len) {
  if (remaining_ == 0 || len == 0) return size_t{0};
  if (len > remaining_) len = static_cast<size_t>(remaining_);
  EC_ASSIGN(size_t n, in_.read(buf, len));
  if (n == 0)
    return terr(strf("unexpected end of archive in data of %s (%llu bytes missing)", quote_untrusted(cur_name_).c_str(),
                     (unsigned long long)remaining_), EIO);
  remaining_ -= n;
  offset_ += n;
  return n;
}

}  // namespace ec::img
