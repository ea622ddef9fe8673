#include "img/tar_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "core/fd.h"
#include "core/fs.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/reader.h"
#include "img/tar.h"

namespace ec::img {

Status FdWriter::write(const void* data, size_t len) {
  return write_all(fd_, std::string_view(static_cast<const char*>(data), len));
}

Status StringWriter::write(const void* data, size_t len) {
  out_.append(static_cast<const char*>(data), len);
  return {};
}

Status DigestWriter::write(const void* data, size_t len) {
  hash_.update(data, len);
  count_ += len;
  return next_ ? next_->write(data, len) : Status{};
}

namespace {

constexpr uint64_t kMax7 = 07777777;          // 8-byte octal fields
constexpr uint64_t kMax11 = 077777777777ull;  // 12-byte octal fields

void put_octal(char* f, size_t len, uint64_t v) {
  // len-1 digits and a NUL, like Go and GNU tar.
  for (size_t i = len - 1; i-- > 0;) {
    f[i] = static_cast<char>('0' + (v & 7));
    v >>= 3;
  }
  f[len - 1] = 0;
}

void put_str(char* f, size_t len, const std::string& s) { memcpy(f, s.data(), std::min(len, s.size())); }

std::string pax_record(const std::string& key, const std::string& val) {
  size_t n = key.size() + val.size() + 3;  // ' ', '=', '\n'
  size_t len = n + 1;
  while (std::to_string(len).size() + n != len) len = std::to_string(len).size() + n;
  return std::to_string(len) + " " + key + "=" + val + "\n";
}

char flag_of(TarType t) {
  switch (t) {
    case TarType::File: return '0';
    case TarType::Hardlink: return '1';
    case TarType::Symlink: return '2';
    case TarType::CharDev: return '3';
    case TarType::BlockDev: return '4';
    case TarType::Dir: return '5';
    case TarType::Fifo: return '6';
    case TarType::Other: break;
  }
  return 0;
}

std::string header(const std::string& name, char flag, const TarEntry& e, uint64_t size, uint64_t uid, uint64_t gid,
                   uint64_t mtime, const std::string& link, const std::string& uname, const std::string& gname) {
  char b[kTarBlock] = {};
  put_str(b, 100, name);
  put_octal(b + 100, 8, e.mode & 07777);
  put_octal(b + 108, 8, uid);
  put_octal(b + 116, 8, gid);
  put_octal(b + 124, 12, size);
  put_octal(b + 136, 12, mtime);
  b[156] = flag;
  put_str(b + 157, 100, link);
  memcpy(b + 257, "ustar\0" "00", 8);
  put_str(b + 265, 32, uname);
  put_str(b + 297, 32, gname);
  if (flag == '3' || flag == '4') {
    put_octal(b + 329, 8, e.devmajor);
    put_octal(b + 337, 8, e.devminor);
  }
  memset(b + 148, ' ', 8);
  unsigned sum = 0;
  for (unsigned char c : b) sum += c;
  put_octal(b + 148, 7, sum);  // six digits and a NUL; the space stays
  return std::string(b, kTarBlock);
}

}  // namespace

Status TarWriter::emit(const void* data, size_t len) {
  EC_TRY(out_.write(data, len));
  bytes_ += len;
  return {};
}

Status TarWriter::close_entry() {
  if (remaining_)
    return make_error(strf("tar: entry %s is %llu bytes short", quote_untrusted(name_).c_str(), (unsigned long long)remaining_));
  static const char zeros[kTarBlock] = {};
  if (padding_) EC_TRY(emit(zeros, padding_));
  padding_ = 0;
  return {};
}

Status TarWriter::add(const TarEntry& e) {
  EC_TRY(close_entry());
  char flag = flag_of(e.type);
  if (!flag) return make_error("tar: cannot write entry " + quote_untrusted(e.name) + " of unsupported type");
  if (e.name.empty() || e.name.find('\0') != std::string::npos) return make_error("tar: invalid entry name");
  if (e.devmajor > kMax7 || e.devminor > kMax7)
    return make_error("tar: device numbers of " + quote_untrusted(e.name) + " do not fit");
  uint64_t size = e.type == TarType::File ? static_cast<uint64_t>(e.size) : 0;
  if (e.size < 0) return make_error("tar: negative size for " + quote_untrusted(e.name));

  std::string pax;
  std::string name = e.name, link = e.linkname, uname = e.uname, gname = e.gname;
  uint64_t uid = e.uid, gid = e.gid, mtime = 0;
  if (name.size() > 100) {
    pax += pax_record("path", name);
    name = name.substr(0, 100);
  }
  if (link.size() > 100) {
    pax += pax_record("linkpath", link);
    link = link.substr(0, 100);
  }
  if (size > kMax11) {
    pax += pax_record("size", std::to_string(size));
  }
  if (uid > kMax7) {
    pax += pax_record("uid", std::to_string(uid));
    uid = 0;
  }
  if (gid > kMax7) {
    pax += pax_record("gid", std::to_string(gid));
    gid = 0;
  }
  if (uname.size() > 32) {
    pax += pax_record("uname", uname);
    uname.clear();
  }
  if (gname.size() > 32) {
    pax += pax_record("gname", gname);
    gname.clear();
  }
  if (e.mtime_sec < 0 || static_cast<uint64_t>(e.mtime_sec) > kMax11 || e.mtime_nsec) {
    std::string v;
    if (e.mtime_sec < 0 && e.mtime_nsec) {
      // -1.25 s is sec -2 + 0.75e9 ns.
      v = strf("-%lld.%09u", -(long long)(e.mtime_sec + 1), 1000000000u - e.mtime_nsec);
    } else {
      v = strf("%lld.%09u", (long long)e.mtime_sec, e.mtime_nsec);
    }
    while (v.back() == '0') v.pop_back();
    if (v.back() == '.') v.pop_back();
    pax += pax_record("mtime", v);
  }
  if (e.mtime_sec >= 0 && static_cast<uint64_t>(e.mtime_sec) <= kMax11) mtime = static_cast<uint64_t>(e.mtime_sec);
  for (auto& [k, v] : e.xattrs) pax += pax_record("SCHILY.xattr." + k, v);

  if (!pax.empty()) {
    // Deterministic PAX header name, as a hint for tools that ignore PAX.
    std::string base = e.name;
    while (!base.empty() && base.back() == '/') base.pop_back();
    base = base.substr(base.rfind('/') == std::string::npos ? 0 : base.rfind('/') + 1);
    std::string pname = ("PaxHeaders.0/" + base).substr(0, 100);
    TarEntry ph;
    ph.mode = 0644;
    EC_TRY(emit(header(pname, 'x', ph, pax.size(), 0, 0, mtime, "", "", "").data(), kTarBlock));
    EC_TRY(emit(pax.data(), pax.size()));
    static const char zeros[kTarBlock] = {};
    if (pax.size() % kTarBlock) EC_TRY(emit(zeros, kTarBlock - pax.size() % kTarBlock));
  }
  EC_TRY(emit(header(name, flag, e, size > kMax11 ? 0 : size, uid, gid, mtime, link, uname, gname).data(), kTarBlock));
  name_ = e.name;
  remaining_ = size;
  padding_ = (kTarBlock - size % kTarBlock) % kTarBlock;
  return {};
}

Status TarWriter::write_data(const void* data, size_t len) {
  if (len > remaining_)
    return make_error(strf("tar: more data than the %s header says", quote_untrusted(name_).c_str()));
  EC_TRY(emit(data, len));
  remaining_ -= len;
  return {};
}

Status TarWriter::finish() {
  EC_TRY(close_entry());
  static const char zeros[2 * kTarBlock] = {};
  return emit(zeros, sizeof zeros);
}

// ---- layer tar of a tree ---------------------------------------------------

namespace {

struct LayerWalker {
  TarWriter& tar;
  const char* opaque_key;
  std::map<std::pair<dev_t, ino_t>, std::string> links;  // first path of multiply-linked files
  std::unique_ptr<char[]> buf{new char[kIoBuffer]};

  // Sorted xattrs of dir/name (never followed), without overlay's own.
  Result<std::vector<std::pair<std::string, std::string>>> xattrs(int dir, const std::string& name) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string p = fd_path(dir) + "/" + name;
    ssize_t n = ::llistxattr(p.c_str(), nullptr, 0);
    if (n < 0) {
      if (errno == ENOTSUP || errno == EOPNOTSUPP) return out;
      return sys_error("list xattrs");
    }
    std::string names(static_cast<size_t>(n), '\0');
    n = ::llistxattr(p.c_str(), names.data(), names.size());
    if (n < 0) return sys_error("list xattrs");
    names.resize(static_cast<size_t>(n));
    for (auto& k : split(names, '\0', true)) {
      if (starts_with(k, "trusted.overlay.") || starts_with(k, "user.overlay.")) continue;
      ssize_t vn = ::lgetxattr(p.c_str(), k.c_str(), nullptr, 0);
      if (vn < 0) {
        if (errno == ENODATA) continue;  // removed meanwhile
        return sys_error("get xattr " + k);
      }
      std::string v(static_cast<size_t>(vn), '\0');
      vn = ::lgetxattr(p.c_str(), k.c_str(), v.data(), v.size());
      if (vn < 0) return sys_error("get xattr " + k);
      v.resize(static_cast<size_t>(vn));
      out.emplace_back(std::move(k), std::move(v));
    }
    ec::sort(out);
    return out;
  }

  bool is_opaque(int dirfd) {
    char v[4];
    ssize_t n = ::fgetxattr(dirfd, opaque_key, v, sizeof v);
    return n == 1 && v[0] == 'y';
  }

  static TarEntry base_entry(const std::string& name, const struct stat& st) {
    TarEntry e;
    e.name = name;
    e.mode = st.st_mode & 07777;
    e.uid = st.st_uid;
    e.gid = st.st_gid;
    e.mtime_sec = st.st_mtim.tv_sec;
    e.mtime_nsec = static_cast<uint32_t>(st.st_mtim.tv_nsec);
    return e;
  }

  Status file_data(int dir, const std::string& name, const struct stat& st) {
    Fd fd(::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd) return sys_error("open");
    uint64_t left = static_cast<uint64_t>(st.st_size);
    while (left > 0) {
      ssize_t n = ::read(fd.get(), buf.get(), std::min<uint64_t>(left, kIoBuffer));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return sys_error("read");
      if (n == 0) return make_error("file shrank while being archived", EIO);
      EC_TRY(tar.write_data(buf.get(), static_cast<size_t>(n)));
      left -= static_cast<uint64_t>(n);
    }
    return {};
  }

  // One entry of directory `dir`, whose archive path is `prefix` ("" or "a/b/").
  // Returns true when it is a directory to descend into.
  Result<bool> entry(int dir, const std::string& prefix, const std::string& name) {
    struct stat st;
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return sys_error("stat");
    std::string path = prefix + name;
    TarEntry e = base_entry(path, st);
    if (S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0)) {
      // An overlay whiteout: the layer removes `name` from the layers below.
      e.name = prefix + ".wh." + name;
      e.type = TarType::File;
      e.mode = 0;
      EC_TRY(tar.add(e));
      return false;
    }
    if (S_ISSOCK(st.st_mode)) return false;  // not archivable, as in tar(1)
    if (!S_ISLNK(st.st_mode)) {
      EC_ASSIGN(e.xattrs, xattrs(dir, name));
    }
    if (S_ISDIR(st.st_mode)) {
      e.type = TarType::Dir;
      e.name += "/";
      EC_TRY(tar.add(e));
      Fd sub(::openat(dir, name.c_str(), kDirNoFollow));
      if (!sub) return sys_error("open directory");
      if (is_opaque(sub.get())) {
        TarEntry o = base_entry(path + "/.wh..wh..opq", st);
        o.type = TarType::File;
        o.mode = 0;
        EC_TRY(tar.add(o));
      }
      return true;
    }
    if (S_ISREG(st.st_mode)) {
      if (st.st_nlink > 1) {
        auto [it, fresh] = links.emplace(std::make_pair(st.st_dev, st.st_ino), path);
        if (!fresh) {
          e.type = TarType::Hardlink;
          e.linkname = it->second;
          EC_TRY(tar.add(e));
          return false;
        }
      }
      e.type = TarType::File;
      e.size = st.st_size;
      EC_TRY(tar.add(e));
      EC_TRY(file_data(dir, name, st));
      return false;
    }
    if (S_ISLNK(st.st_mode)) {
      std::string target(static_cast<size_t>(st.st_size) + 1, '\0');
      ssize_t n = ::readlinkat(dir, name.c_str(), target.data(), target.size());
      if (n < 0) return sys_error("readlink");
      if (static_cast<size_t>(n) >= target.size()) return make_error("symlink changed while being archived", EIO);
      target.resize(static_cast<size_t>(n));
      e.type = TarType::Symlink;
      e.linkname = std::move(target);
      EC_TRY(tar.add(e));
      return false;
    }
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
      e.type = S_ISCHR(st.st_mode) ? TarType::CharDev : TarType::BlockDev;
      e.devmajor = major(st.st_rdev);
      e.devminor = minor(st.st_rdev);
      EC_TRY(tar.add(e));
      return false;
    }
    if (S_ISFIFO(st.st_mode)) {
      e.type = TarType::Fifo;
      EC_TRY(tar.add(e));
      return false;
    }
    return false;
  }

  Result<std::vector<std::string>> sorted_names(int dir) {
    EC_ASSIGN(std::vector<std::string> names, list_dir_at(dir));
    ec::sort(names);
    return names;
  }

  Status walk(int root) {
    struct Level {
      std::string prefix;
      std::vector<std::string> names;
      size_t next = 0;
    };
    Fd cur(::fcntl(root, F_DUPFD_CLOEXEC, 3));
    if (!cur) return sys_error("dup layer directory");
    std::vector<Level> levels;
    EC_ASSIGN(std::vector<std::string> top, sorted_names(cur.get()));
    levels.push_back({"", std::move(top), 0});
    while (!levels.empty()) {
      Level& lv = levels.back();
      if (lv.next == lv.names.size()) {
        levels.pop_back();
        if (levels.empty()) break;
        // Back up with "..": the tree is an immutable layer, nothing moves.
        Fd up(::openat(cur.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!up) return sys_error("open ..");
        cur = std::move(up);
        continue;
      }
      std::string name = lv.names[lv.next++];
      auto descend = entry(cur.get(), lv.prefix, name);
      if (!descend) return std::move(descend).error().context("archive " + quote_untrusted(lv.prefix + name));
      if (!*descend) continue;
      Fd sub(::openat(cur.get(), name.c_str(), kDirNoFollow));
      if (!sub) return sys_error("open directory " + quote_untrusted(lv.prefix + name));
      EC_ASSIGN(std::vector<std::string> names, sorted_names(sub.get()));
      std::string prefix = lv.prefix + name + "/";  // lv may move on push_back
      cur = std::move(sub);
      levels.push_back({std::move(prefix), std::move(names), 0});
    }
    return {};
  }
};

}  // namespace

Status write_layer_tar(int dirfd, TarWriter& tar, const LayerTarOptions& opt) {
  LayerWalker w{tar, opt.overlay_userxattr ? "user.overlay.opaque" : "trusted.overlay.opaque", {}};
  EC_TRY(w.walk(dirfd));
  return tar.finish();
}

}  // namespace ec::img
