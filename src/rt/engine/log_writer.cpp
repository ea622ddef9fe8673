// The shim's side of json-file logs: --log-opt parsing and LogWriter
// (entries encoded without allocating, size rotation).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/rfc3339.h"
#include "core/strutil.h"
#include "rt/engine/log_internal.h"
#include "rt/engine/logfile.h"

namespace ec::engine {

using log_detail::is_digit;
using log_detail::kMaxProbe;
using log_detail::kNs;
using log_detail::numbered;
using log_detail::take_char;

namespace {

// Docker cuts lines at 16 KiB into partial entries; doing the same bounds every entry.
constexpr size_t kMaxEntryRaw = 16 * 1024;

// Docker's log max-size: a number (fraction allowed) with an optional k/m/g/t
// suffix, decimal like docker's FromHumanSize; "ki"/"mi"/... are binary.
bool parse_log_size(std::string_view s, uint64_t& out) {
  size_t i = 0;
  uint64_t whole = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (__builtin_mul_overflow(whole, 10, &whole) ||
        __builtin_add_overflow(whole, static_cast<uint64_t>(s[i] - '0'), &whole))
      return false;
    i++;
  }
  if (i == 0) return false;
  s.remove_prefix(i);
  int64_t frac = 0;  // nanos of a unit
  if (take_char(s, '.') && !take_fraction(s, frac)) return false;
  if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  int power = 0;
  if (!s.empty()) {
    switch (s[0] | 0x20) {
      case 'k': power = 1; break;
      case 'm': power = 2; break;
      case 'g': power = 3; break;
      case 't': power = 4; break;
      default: break;
    }
    if (power) s.remove_prefix(1);
  }
  uint64_t base = 1000;
  if (power && !s.empty() && (s[0] | 0x20) == 'i') {
    base = 1024;
    s.remove_prefix(1);
  }
  if (!s.empty() && (s[0] | 0x20) == 'b') s.remove_prefix(1);
  if (!s.empty()) return false;
  uint64_t mult = 1;
  for (int k = 0; k < power; k++) mult *= base;
  uint64_t v;
  if (__builtin_mul_overflow(whole, mult, &v)) return false;
  // frac < kNs: frac * mult can overflow, so mult is split by kNs (no __int128 on 32-bit).
  const uint64_t f = static_cast<uint64_t>(frac), ns = static_cast<uint64_t>(kNs);
  v += f * (mult / ns) + f * (mult % ns) / ns;
  out = v;
  return true;
}

// Bytes a byte takes inside a JSON string. Bytes >= 0x80 go out raw, so any
// binary output (invalid UTF-8 included) reads back byte for byte.
inline size_t escaped_len(unsigned char c) {
  if (c == '"' || c == '\\') return 2;
  if (c >= 0x20) return 1;
  switch (c) {
    case '\n': case '\r': case '\t': case '\b': case '\f': return 2;
    default: return 6;
  }
}

// Collects an entry in a stack buffer and writes it out in as few write(2)s as
// the buffer allows. After a failure it drops the rest.
class EntrySink {
 public:
  explicit EntrySink(int fd) : fd_(fd) {}
  void put(const char* s, size_t n) {
    while (n > 0) {
      if (len_ == sizeof buf_) flush();
      size_t k = n < sizeof buf_ - len_ ? n : sizeof buf_ - len_;
      memcpy(buf_ + len_, s, k);
      len_ += k;
      s += k;
      n -= k;
    }
  }
  void flush() {
    const char* p = buf_;
    size_t n = len_;
    len_ = 0;
    while (n > 0 && err_ == 0) {
      ssize_t w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno != EINTR) err_ = errno;
        continue;
      }
      if (w == 0) {
        err_ = ENOSPC;
        break;
      }
      written_ += static_cast<size_t>(w);
      p += w;
      n -= static_cast<size_t>(w);
    }
  }
  size_t written() const { return written_; }
  int error() const { return err_; }

 private:
  int fd_;
  size_t len_ = 0, written_ = 0;
  int err_ = 0;
  char buf_[4096];
};

void put_escaped(EntrySink& s, const char* p, size_t n) {
  static const char kHex[] = "0123456789abcdef";
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && escaped_len(static_cast<unsigned char>(p[j])) == 1) j++;
    if (j > i) s.put(p + i, j - i);
    if (j == n) break;
    unsigned char c = static_cast<unsigned char>(p[j]);
    char e[6] = {'\\', 0, 0, 0, 0, 0};
    size_t len = 2;
    switch (c) {
      case '"': e[1] = '"'; break;
      case '\\': e[1] = '\\'; break;
      case '\n': e[1] = 'n'; break;
      case '\r': e[1] = 'r'; break;
      case '\t': e[1] = 't'; break;
      case '\b': e[1] = 'b'; break;
      case '\f': e[1] = 'f'; break;
      default:
        e[1] = 'u';
        e[2] = '0';
        e[3] = '0';
        e[4] = kHex[c >> 4];
        e[5] = kHex[c & 15];
        len = 6;
    }
    s.put(e, len);
    i = j + 1;
  }
}

const char kHead[] = "{\"log\":\"";
const char kMidOut[] = "\",\"stream\":\"stdout\",\"time\":\"";
const char kMidErr[] = "\",\"stream\":\"stderr\",\"time\":\"";
const char kTailStr[] = "\"}\n";

}  // namespace

Result<LogOptions> parse_log_opts(const std::vector<std::string>& kv) {
  LogOptions o;
  bool have_file = false;
  for (const std::string& item : kv) {
    size_t eq = item.find('=');
    if (eq == std::string::npos)
      return make_error("log option \"" + item + "\": expected key=value");
    std::string key = item.substr(0, eq), val = item.substr(eq + 1);
    if (key == "max-size") {
      if (val == "-1") {
        o.max_size = 0;
        continue;
      }
      uint64_t n;
      if (!parse_log_size(val, n)) return make_error("max-size: invalid size \"" + val + "\"");
      if (n == 0) return make_error("max-size: must be a positive size");
      o.max_size = n;
    } else if (key == "max-file") {
      auto n = parse_u64(val);
      if (!n || *n < 1 || *n > kMaxProbe)
        return make_error(strf("max-file: \"%s\" is not a number from 1 to %u", val.c_str(),
                               kMaxProbe));
      o.max_file = static_cast<unsigned>(*n);
      have_file = true;
    } else {
      return make_error("unknown log option \"" + key + "\" (json-file takes max-size, max-file)");
    }
  }
  if (have_file && o.max_size == 0) return make_error("max-file: needs max-size");
  return o;
}

// ---- public: writer -----------------------------------------------------

Result<LogWriter> LogWriter::open(const std::string& path, const LogOptions& o) {
  LogWriter w(path, o);
  if (w.opts_.max_file < 1) w.opts_.max_file = 1;
  EC_TRY(w.open_current());
  return w;
}

Status LogWriter::open_current() {
  // O_RDWR only to peek at the last byte; writes all go through O_APPEND.
  Fd fd(::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0640));
  if (!fd) return sys_error("open " + path_);
  struct stat st;
  if (::fstat(fd.get(), &st) < 0) return sys_error("stat " + path_);
  size_ = st.st_size;
  torn_ = false;
  if (size_ > 0) {
    char last = '\n';
    if (::pread(fd.get(), &last, 1, size_ - 1) == 1 && last != '\n') torn_ = true;
  }
  fd_ = std::move(fd);
  reopen_ = false;
  return {};
}

Status LogWriter::rotate() {
  // path.(n-2) -> path.(n-1), ..., path -> path.1; the oldest is replaced by the rename.
  // With one file the old one just goes (unlink + create rather than ftruncate,
  // so a follower sees a new inode instead of a file shrinking under it).
  if (opts_.max_file <= 1) {
    if (::unlink(path_.c_str()) < 0 && errno != ENOENT) return sys_error("rotate " + path_);
  } else {
    // Names built on the heap: rotation is rare, and a short-lived string
    // costs the shim less than two PATH_MAX buffers dirtying its stack.
    for (unsigned i = opts_.max_file - 1; i >= 1; i--) {
      std::string from = numbered(path_, i - 1), to = numbered(path_, i);
      if (::rename(from.c_str(), to.c_str()) < 0 && errno != ENOENT)
        return sys_error("rotate " + from);
    }
  }
  fd_.reset();
  size_ = 0;
  torn_ = false;
  reopen_ = true;
  return open_current();
}

Status LogWriter::write_entry(bool is_stderr, const char* p, size_t n, const char* tm,
                              size_t tm_len) {
  if (reopen_) EC_TRY(open_current());
  size_t body = 0;
  for (size_t i = 0; i < n; i++) body += escaped_len(static_cast<unsigned char>(p[i]));
  size_t total = (torn_ ? 1 : 0) + sizeof kHead - 1 + body + sizeof kMidOut - 1 + tm_len +
                 sizeof kTailStr - 1;
  if (opts_.max_size > 0 && size_ > 0 &&
      static_cast<uint64_t>(size_) + total > opts_.max_size)
    EC_TRY(rotate());
  size_t lead = torn_ ? 1 : 0;
  EntrySink s(fd_.get());
  if (torn_) s.put("\n", 1);
  s.put(kHead, sizeof kHead - 1);
  put_escaped(s, p, n);
  if (is_stderr) s.put(kMidErr, sizeof kMidErr - 1);
  else s.put(kMidOut, sizeof kMidOut - 1);
  s.put(tm, tm_len);
  s.put(kTailStr, sizeof kTailStr - 1);
  s.flush();
  size_ += static_cast<int64_t>(s.written());
  if (s.error()) {
    // Whatever part of the entry made it to disk must not glue onto the next one.
    if (s.written() > lead) torn_ = true;
    else if (s.written() == lead) torn_ = false;
    return sys_error(s.error(), "write " + path_);
  }
  torn_ = false;
  return {};
}

Status LogWriter::write(bool is_stderr, const char* data, size_t len, int64_t now_ns) {
  if (len == 0) return {};
  char tm[48];
  size_t tm_len = format_time_buf(now_ns, tm, sizeof tm);
  const char* p = data;
  const char* end = data + len;
  while (p < end) {
    size_t left = static_cast<size_t>(end - p);
    size_t cap = left < kMaxEntryRaw ? left : kMaxEntryRaw;
    const char* nl = static_cast<const char*>(memchr(p, '\n', cap));
    size_t n = nl ? static_cast<size_t>(nl - p) + 1 : cap;
    EC_TRY(write_entry(is_stderr, p, n, tm, tm_len));
    p += n;
  }
  return {};
}

}  // namespace ec::engine
