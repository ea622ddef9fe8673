// Resumable partial downloads: ingest/<hex>.partial + ingest/<hex>.json.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "core/fs.h"
#include "core/json.h"
#include "core/log.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "img/store.h"
#include "img/store_internal.h"

namespace ec::img {

using namespace store_detail;

namespace {

constexpr uint64_t kCheckpointEvery = 4ull << 20;

Result<IngestInfo> parse_ingest_json(std::string_view json, const std::string& what) {
  EC_ASSIGN(JsonPtr doc, json_parse(json, what));
  IngestInfo i;
  EC_ASSIGN(i.digest, jf::str(doc.get(), "digest", what, true));
  EC_ASSIGN(int64_t off, jf::count(doc.get(), "offset", what, true));
  i.offset = static_cast<uint64_t>(off);
  const cJSON* t = jf::member(doc.get(), "total");
  if (t && cJSON_IsNumber(t) && t->valuedouble < 0) {
    i.total = -1;
  } else {
    EC_ASSIGN(i.total, jf::count(doc.get(), "total", what));
  }
  EC_ASSIGN(i.started, jf::str(doc.get(), "started", what));
  EC_ASSIGN(i.updated, jf::str(doc.get(), "updated", what));
  return i;
}

// Bytes already on disk (pread, independent of appends), then upstream
// bytes appended to the ingest as they pass.
class IngestReader : public Reader {
 public:
  IngestReader(Ingest& in, Reader& up, int fd, uint64_t have) : in_(in), up_(up), fd_(fd), have_(have) {}

  Result<size_t> read(void* buf, size_t len) override {
    if (pos_ < have_) {
      size_t want = static_cast<size_t>(std::min<uint64_t>(len, have_ - pos_));
      ssize_t n;
      do {
        n = ::pread(fd_, buf, want, static_cast<off_t>(pos_));
      } while (n < 0 && errno == EINTR);
      if (n < 0) return sys_error("read partial download");
      if (n == 0) return make_error("partial download shrank while being read", EIO);
      pos_ += static_cast<uint64_t>(n);
      return static_cast<size_t>(n);
    }
    EC_ASSIGN(size_t n, up_.read(buf, len));
    if (n == 0) return n;
    EC_TRY(in_.append(buf, n));
    since_ += n;
    if (since_ >= kCheckpointEvery) {
      EC_TRY(in_.checkpoint());
      since_ = 0;
    }
    return n;
  }

 private:
  Ingest& in_;
  Reader& up_;
  int fd_;
  uint64_t have_, pos_ = 0, since_ = 0;
};

}  // namespace

Ingest::Ingest(Ingest&&) noexcept = default;
Ingest& Ingest::operator=(Ingest&&) noexcept = default;

Ingest::~Ingest() {
  if (!fd_) return;
  // Keep what arrived for the next attempt.
  if (offset_ != synced_)
    if (auto r = checkpoint(); !r) logf(LogLevel::Warn, "ingest %s: %s", digest_.c_str(), r.error().msg.c_str());
}

Status Ingest::append(const void* data, size_t len) {
  if (!fd_) return make_error("ingest " + digest_ + ": already finished");
  if (total_ >= 0 && offset_ + len > static_cast<uint64_t>(total_))
    return make_error(strf("blob %s: more data than its size of %lld bytes", digest_.c_str(), (long long)total_),
                      EFBIG);
  const char* p = static_cast<const char*>(data);
  size_t left = len;
  while (left > 0) {
    ssize_t n = ::pwrite(fd_.get(), p, left, static_cast<off_t>(offset_));
    if (n < 0) {
      if (errno == EINTR) continue;
      return sys_error("write " + dir_ + "/" + hex_ + ".partial");
    }
    p += n;
    left -= static_cast<size_t>(n);
    offset_ += static_cast<uint64_t>(n);
  }
  return {};
}

Status Ingest::checkpoint() {
  if (!fd_) return make_error("ingest " + digest_ + ": already finished");
  if (::fdatasync(fd_.get()) < 0) return sys_error("fdatasync " + dir_ + "/" + hex_ + ".partial");
  JsonPtr doc(cJSON_CreateObject());
  jf::add_str(doc.get(), "digest", digest_);
  jf::add_int(doc.get(), "offset", static_cast<int64_t>(offset_));
  jf::add_int(doc.get(), "total", total_);
  jf::add_str(doc.get(), "started", started_);
  jf::add_str(doc.get(), "updated", now_rfc3339());
  EC_TRY(write_file_atomic(dir_ + "/" + hex_ + ".json", json_print(doc.get(), true) + "\n", 0600));
  synced_ = offset_;
  return {};
}

Status Ingest::restart() {
  if (!fd_) return make_error("ingest " + digest_ + ": already finished");
  if (::ftruncate(fd_.get(), 0) < 0) return sys_error("truncate " + dir_ + "/" + hex_ + ".partial");
  offset_ = 0;
  started_ = now_rfc3339();
  return checkpoint();
}

std::unique_ptr<Reader> Ingest::reader(Reader& upstream) {
  return std::make_unique<IngestReader>(*this, upstream, fd_.get(), offset_);
}

Status Ingest::commit() {
  if (!fd_) return make_error("ingest " + digest_ + ": already finished");
  if (total_ >= 0 && offset_ != static_cast<uint64_t>(total_))
    return make_error(strf("blob %s: incomplete (%llu of %lld bytes); resume the download", digest_.c_str(),
                           (unsigned long long)offset_, (long long)total_),
                      EAGAIN);
  // Hash what is on disk: that is what gets published.
  Sha256 h;
  std::unique_ptr<char[]> buf(new char[kIoBuffer]);
  uint64_t pos = 0;
  while (pos < offset_) {
    ssize_t n = ::pread(fd_.get(), buf.get(), kIoBuffer, static_cast<off_t>(pos));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return sys_error("read " + dir_ + "/" + hex_ + ".partial");
    if (n == 0) break;
    h.update(buf.get(), static_cast<size_t>(n));
    pos += static_cast<uint64_t>(n);
  }
  std::string got = h.finish_digest();
  if (got != digest_ || pos != offset_) {
    std::string msg = "blob " + digest_ + ": digest mismatch (got " + got + ", want " + digest_ + ")";
    if (auto r = discard(); !r) msg += "; " + r.error().msg;
    return make_error(msg + "; the partial download was deleted", EBADMSG);
  }
  if (::fsync(fd_.get()) < 0) return sys_error("fsync " + dir_ + "/" + hex_ + ".partial");
  ::fchmod(fd_.get(), 0644);
  std::string blob = blobs_ + "/" + hex_;
  std::string partial = dir_ + "/" + hex_ + ".partial";
  if (::rename(partial.c_str(), blob.c_str()) < 0) return sys_error("rename " + partial + " to " + blob);
  EC_TRY(fsync_dir(blobs_));
  fd_.reset();
  std::string json = dir_ + "/" + hex_ + ".json";
  if (::unlink(json.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + json);
  lock_.reset();
  return {};
}

Status Ingest::discard() {
  if (!fd_ && !lock_) return {};
  fd_.reset();
  for (const char* ext : {".partial", ".json"}) {
    std::string p = dir_ + "/" + hex_ + ext;
    if (::unlink(p.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + p);
  }
  lock_.reset();
  return {};
}

Result<Ingest> Store::open_ingest(std::string_view digest, int64_t total) {
  EC_ASSIGN(std::string hex, hex_of(digest, "ingest"));
  Ingest in;
  in.dir_ = path("ingest");
  in.blobs_ = path("blobs/sha256");
  in.digest_ = std::string(digest);
  in.hex_ = hex;
  in.total_ = total < 0 ? -1 : total;
  EC_ASSIGN(in.lock_, lock("ingest-" + hex + ".lock", true));

  std::string partial = in.dir_ + "/" + hex + ".partial";
  uint64_t trusted = 0;
  if (auto json = read_file(in.dir_ + "/" + hex + ".json")) {
    auto info = parse_ingest_json(*json, "ingest/" + hex + ".json");
    if (info && info->digest == digest && info->total == in.total_) {
      trusted = info->offset;
      in.started_ = info->started;
    } else if (!info) {
      logf(LogLevel::Warn, "%s; restarting the download", info.error().msg.c_str());
    }
  }
  in.fd_.reset(::open(partial.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
  if (!in.fd_) return sys_error("open " + partial);
  struct stat st;
  if (::fstat(in.fd_.get(), &st) < 0) return sys_error("stat " + partial);
  // Only bytes known synced count: after a power cut the tail may be junk.
  uint64_t size = static_cast<uint64_t>(st.st_size);
  if (trusted > size) trusted = size;
  if (in.total_ >= 0 && trusted > static_cast<uint64_t>(in.total_)) trusted = 0;
  if (trusted != size && ::ftruncate(in.fd_.get(), static_cast<off_t>(trusted)) < 0)
    return sys_error("truncate " + partial);
  in.offset_ = trusted;
  if (in.started_.empty()) in.started_ = now_rfc3339();
  EC_TRY(in.checkpoint());
  return in;
}

Result<std::vector<IngestInfo>> Store::list_ingests() const {
  EC_ASSIGN(std::vector<std::string> names, list_dir(path("ingest")));
  std::vector<IngestInfo> out;
  for (auto& n : names) {
    if (!ends_with(n, ".json") || !is_sha256_hex(n.substr(0, n.size() - 5))) continue;
    auto json = read_file(path("ingest/" + n));
    if (!json) continue;  // finished or discarded meanwhile
    auto info = parse_ingest_json(*json, "ingest/" + n);
    if (!info) {
      logf(LogLevel::Warn, "%s", info.error().msg.c_str());
      continue;
    }
    out.push_back(std::move(*info));
  }
  return out;
}

}  // namespace ec::img
