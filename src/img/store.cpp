// Store basics: layout, locks, blobs, layer metadata.
#include "img/store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include "core/fs.h"
#include "core/json.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "img/store_internal.h"

namespace ec::img {

namespace store_detail {

Result<Fd> lock_path(const std::string& path, bool exclusive, bool wait) {
  for (int attempt = 0; attempt < 64; attempt++) {
    Fd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd) return sys_error("open lock " + path);
    int op = (exclusive ? LOCK_EX : LOCK_SH) | (wait ? 0 : LOCK_NB);
    int r;
    do {
      r = ::flock(fd.get(), op);
    } while (r < 0 && errno == EINTR);
    if (r < 0) return sys_error(errno == EWOULDBLOCK ? EWOULDBLOCK : errno, "flock " + path);
    struct stat held, now;
    if (::fstat(fd.get(), &held) == 0 && ::stat(path.c_str(), &now) == 0 && held.st_ino == now.st_ino &&
        held.st_dev == now.st_dev)
      return fd;
    // gc unlinked the file while we waited for it: lock the new one.
  }
  return make_error("flock " + path + ": lock file keeps being replaced", EAGAIN);
}

Result<std::string> hex_of(std::string_view digest, std::string_view what) {
  auto r = parse_sha256_digest(digest);
  if (!r) return std::move(r).error().context(what);
  return r;
}


Status fsync_dirfd(int fd) {
  if (::fsync(fd) < 0 && errno != EINVAL) return sys_error("fsync directory");
  return {};
}

Status fsync_dir(const std::string& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) return sys_error("open " + dir);
  EC_TRYC(fsync_dirfd(fd.get()), dir);
  return {};
}

int64_t process_start() {
  static int64_t cached = [] {
    int64_t fallback = static_cast<int64_t>(::time(nullptr));
    auto stat = read_file("/proc/self/stat");
    auto sys = read_file("/proc/stat");
    if (!stat || !sys) return fallback;
    // Field 22 (starttime, clock ticks after boot) counts from after the
    // ")" that ends the command name, which may itself hold spaces.
    size_t close = stat->rfind(')');
    if (close == std::string::npos) return fallback;
    auto fields = split(std::string_view(*stat).substr(close + 2), ' ', true);
    if (fields.size() < 20) return fallback;
    auto ticks = parse_u64(fields[19]);
    size_t bt = sys->find("\nbtime ");
    if (!ticks || bt == std::string::npos) return fallback;
    auto btime = parse_u64(trim(std::string_view(*sys).substr(bt + 7, sys->find('\n', bt + 1) - bt - 7)));
    long hz = ::sysconf(_SC_CLK_TCK);
    if (!btime || hz <= 0) return fallback;
    return static_cast<int64_t>(*btime + *ticks / static_cast<uint64_t>(hz));
  }();
  return cached;
}


int64_t mtime_of(const std::string& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) < 0) return -1;
  return static_cast<int64_t>(st.st_mtime);
}

std::string layer_meta_json(const LayerInfo& l) {
  JsonPtr doc(cJSON_CreateObject());
  jf::add_str(doc.get(), "chain_id", l.chain_id);
  jf::add_str(doc.get(), "diff_id", l.diff_id);
  jf::add_str(doc.get(), "parent", l.parent);
  jf::add_int(doc.get(), "size", static_cast<int64_t>(l.size));
  jf::add_int(doc.get(), "compressed_size", static_cast<int64_t>(l.compressed_size));
  jf::add_str(doc.get(), "created", l.created);
  return json_print(doc.get(), true) + "\n";
}

Result<LayerInfo> parse_layer_meta(std::string_view json, std::string_view what) {
  EC_ASSIGN(JsonPtr doc, json_parse(json, what));
  LayerInfo l;
  EC_ASSIGN(l.chain_id, jf::str(doc.get(), "chain_id", what, true));
  EC_ASSIGN(l.diff_id, jf::str(doc.get(), "diff_id", what, true));
  EC_ASSIGN(l.parent, jf::str(doc.get(), "parent", what));
  EC_ASSIGN(int64_t size, jf::count(doc.get(), "size", what));
  EC_ASSIGN(int64_t csize, jf::count(doc.get(), "compressed_size", what));
  EC_ASSIGN(l.created, jf::str(doc.get(), "created", what));
  l.size = static_cast<uint64_t>(size);
  l.compressed_size = static_cast<uint64_t>(csize);
  EC_TRY(hex_of(l.chain_id, jf::field(what, "chain_id")));
  EC_TRY(hex_of(l.diff_id, jf::field(what, "diff_id")));
  if (!l.parent.empty()) EC_TRY(hex_of(l.parent, jf::field(what, "parent")));
  return l;
}

PrefixReader::PrefixReader(const unsigned char* p, size_t n, Reader& rest) : n_(n), rest_(rest) {
  if (n_ > sizeof buf_) n_ = sizeof buf_;
  memcpy(buf_, p, n_);
}

Result<size_t> PrefixReader::read(void* buf, size_t len) {
  if (pos_ < n_) {
    size_t k = std::min(len, n_ - pos_);
    memcpy(buf, buf_ + pos_, k);
    pos_ += k;
    return k;
  }
  return rest_.read(buf, len);
}

Result<bool> sniff_gzip(Reader& in, std::unique_ptr<PrefixReader>* pre, const char* what) {
  unsigned char m[6];
  EC_ASSIGN(size_t n, read_full(in, m, sizeof m));
  *pre = std::make_unique<PrefixReader>(m, n, in);
  auto unsupported = [&](const char* kind) {
    return make_error(strf("%s-compressed %s are not supported (edgectl reads gzip and uncompressed %s)", kind, what,
                           what),
                      ENOTSUP);
  };
  if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b) return true;
  if (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd) return unsupported("zstd");
  if (n >= 6 && memcmp(m, "\xfd" "7zXZ\0", 6) == 0) return unsupported("xz");
  if (n >= 3 && memcmp(m, "BZh", 3) == 0) return unsupported("bzip2");
  return false;
}

Status remove_layer_dir(const Store& s, const std::string& hex) {
  std::string layers = s.path("layers");
  Fd dir(::open(layers.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dir) return sys_error("open " + layers);
  // Invisible first, so a crash mid-delete leaves a leftover, never a
  // half-deleted layer that looks complete.
  std::string tmp = hex + ".tmp-gc-" + random_hex(6);
  if (::renameat(dir.get(), hex.c_str(), dir.get(), tmp.c_str()) < 0) {
    if (errno == ENOENT) return {};
    return sys_error("rename layers/" + hex);
  }
  EC_TRY(fsync_dirfd(dir.get()));
  EC_TRYC(remove_tree_at(dir.get(), tmp), "remove layers/" + tmp);
  return {};
}

}  // namespace store_detail

using namespace store_detail;

Result<Store> Store::open(const std::string& root_in, StoreOptions opts) {
  std::string root = root_in;
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  if (root.empty()) return make_error("image store: empty root path");
  // 0700: layer trees hold setuid binaries and secrets of images; only the
  // engine (root) walks them.
  EC_TRYC(mkdir_p(root, 0700), "image store");
  for (const char* sub : {"blobs", "blobs/sha256", "layers", "ingest", "locks", "tmp"})
    EC_TRYC(mkdir_p(path_join(root, sub), 0700), "image store");
  process_start();  // fix the reference time before any work
  return Store(root, std::move(opts));
}

std::string Store::path(std::string_view rel) const { return path_join(root_, rel); }

Result<Fd> Store::lock(const std::string& name, bool exclusive) const {
  return lock_path(path("locks/" + name), exclusive, true);
}

Result<Lease> Store::lease() const {
  EC_ASSIGN(Fd fd, lock("gc.lock", false));
  return Lease(std::move(fd));
}

std::string Store::blob_path(std::string_view digest) const {
  auto hex = parse_sha256_digest(digest);
  return hex ? path("blobs/sha256/" + *hex) : std::string();
}

bool Store::has_blob(std::string_view digest) const {
  std::string p = blob_path(digest);
  struct stat st;
  return !p.empty() && ::lstat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Status Store::put_blob(std::string_view data, std::string_view digest) {
  EC_ASSIGN(std::string hex, hex_of(digest, "put blob"));
  std::string got = sha256_digest(data);
  if (got != digest)
    return make_error(strf("blob %.*s: digest mismatch (got %s, want %.*s)", (int)digest.size(), digest.data(),
                           got.c_str(), (int)digest.size(), digest.data()),
                      EBADMSG);
  if (has_blob(digest)) return {};
  // write_file_atomic's temp name is per process; threads of one pull may
  // put the same blob, so the temp name here is unique.
  std::string dst = path("blobs/sha256/" + hex);
  std::string tmp = dst + ".tmp." + random_hex(6);
  auto fail = [&](Error e) {
    ::unlink(tmp.c_str());
    return std::move(e).context("put blob " + std::string(digest));
  };
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644));
  if (!fd) return sys_error("put blob: create " + tmp);
  if (auto r = write_all(fd.get(), data); !r) return fail(std::move(r).error());
  if (::fsync(fd.get()) < 0) return fail(sys_error("fsync " + tmp));
  fd.reset();
  if (::rename(tmp.c_str(), dst.c_str()) < 0) return fail(sys_error("rename " + tmp));
  EC_TRYC(fsync_dir(path("blobs/sha256")), "put blob " + std::string(digest));
  return {};
}

Result<std::string> Store::read_blob(std::string_view digest) const {
  EC_ASSIGN(std::string hex, hex_of(digest, "read blob"));
  std::string p = path("blobs/sha256/" + hex);
  auto data = read_file(p);
  if (!data) {
    if (data.error().code == ENOENT)
      return make_error("blob " + std::string(digest) + ": not in the store", ENOENT);
    return std::move(data).error().context("blob " + std::string(digest));
  }
  std::string got = sha256_digest(*data);
  if (got != digest)
    return make_error("blob " + std::string(digest) + ": corrupt (content is " + got + "); run check with repair",
                      EIO);
  return data;
}

Status Store::remove_blob(std::string_view digest) {
  EC_ASSIGN(std::string hex, hex_of(digest, "remove blob"));
  std::string p = path("blobs/sha256/" + hex);
  if (::unlink(p.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + p);
  return {};
}

std::string Store::layer_dir(std::string_view chain_id) const {
  auto hex = parse_sha256_digest(chain_id);
  return hex ? path("layers/" + *hex) : std::string();
}

std::string Store::layer_diff(std::string_view chain_id) const {
  std::string d = layer_dir(chain_id);
  return d.empty() ? d : d + "/diff";
}

bool Store::layer_exists(std::string_view chain_id) const {
  std::string d = layer_dir(chain_id);
  struct stat st;
  // meta.json is written last inside the temp dir, and the dir is renamed
  // only then: a layer directory with meta.json is complete.
  return !d.empty() && ::lstat((d + "/meta.json").c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Result<LayerInfo> Store::layer_info(std::string_view chain_id) const {
  std::string d = layer_dir(chain_id);
  if (d.empty()) return make_error("invalid layer chain id \"" + std::string(chain_id) + "\"");
  auto json = read_file(d + "/meta.json");
  if (!json) {
    if (json.error().code == ENOENT)
      return make_error("layer " + std::string(chain_id) + ": not in the store", ENOENT);
    return std::move(json).error().context("layer " + std::string(chain_id));
  }
  EC_ASSIGN(LayerInfo l, parse_layer_meta(*json, "layer " + std::string(chain_id) + " meta.json"));
  if (l.chain_id != chain_id)
    return make_error("layer " + std::string(chain_id) + ": meta.json names chain " + l.chain_id, EIO);
  return l;
}

}  // namespace ec::img
