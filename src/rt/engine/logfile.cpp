// docker json-file logs: writer (in the shim), reader (`edgectl logs`), time parsing.
#include "rt/engine/logfile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/strutil.h"

namespace ec::engine {

namespace {

constexpr int64_t kNs = 1000000000;
// Docker cuts lines at 16 KiB into partial entries; doing the same bounds every entry.
constexpr size_t kMaxEntryRaw = 16 * 1024;
// Longest line the reader accepts (a 16 KiB entry escapes to < 100 KiB); longer
// ones are garbage, e.g. the NUL run a power cut can leave at the end of a file.
constexpr size_t kMaxLine = 1 << 20;
constexpr size_t kBlock = 64 * 1024;
// Rotated files probed: path.1 ... path.kMaxProbe.
constexpr unsigned kMaxProbe = 1000;

// ---- time ---------------------------------------------------------------

// Writes "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ" into buf (>= 40 bytes) without allocating.
size_t format_time_buf(int64_t ns, char* buf, size_t cap) {
  int64_t s = ns / kNs, f = ns % kNs;
  if (f < 0) {
    f += kNs;
    s -= 1;
  }
  time_t t = static_cast<time_t>(s);
  struct tm tm;
  if (!gmtime_r(&t, &tm)) memset(&tm, 0, sizeof tm);
  int n = snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02d.%09lldZ", tm.tm_year + 1900,
                   tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                   static_cast<long long>(f));
  return n < 0 ? 0 : static_cast<size_t>(n) < cap ? static_cast<size_t>(n) : cap - 1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool take_int(std::string_view& s, size_t n, int& v) {
  if (s.size() < n) return false;
  v = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_digit(s[i])) return false;
    v = v * 10 + (s[i] - '0');
  }
  s.remove_prefix(n);
  return true;
}

bool take_char(std::string_view& s, char c) {
  if (s.empty() || s[0] != c) return false;
  s.remove_prefix(1);
  return true;
}

// Fraction digits after the point, as nanoseconds (digits past 9 are dropped).
bool take_fraction(std::string_view& s, int64_t& ns) {
  size_t i = 0;
  ns = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i < 9) ns = ns * 10 + (s[i] - '0');
    i++;
  }
  if (i == 0) return false;
  for (size_t k = i; k < 9; k++) ns *= 10;
  s.remove_prefix(i);
  return true;
}

bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap_year(y) ? 29 : kDays[m - 1];
}

// RFC 3339 and the shorter forms docker takes: date, date+hh:mm, seconds
// optional, fraction optional, Z / ±hh:mm / ±hhmm / ±hh optional (none = local).
bool parse_rfc3339(std::string_view s, int64_t& out) {
  int Y, M, D, h = 0, mi = 0, sec = 0;
  int64_t frac = 0;
  if (!take_int(s, 4, Y) || !take_char(s, '-') || !take_int(s, 2, M) || !take_char(s, '-') ||
      !take_int(s, 2, D))
    return false;
  if (!s.empty() && (s[0] == 'T' || s[0] == 't' || s[0] == ' ')) {
    s.remove_prefix(1);
    if (!take_int(s, 2, h) || !take_char(s, ':') || !take_int(s, 2, mi)) return false;
    if (take_char(s, ':')) {
      if (!take_int(s, 2, sec)) return false;
      if ((take_char(s, '.') || take_char(s, ',')) && !take_fraction(s, frac)) return false;
    }
  }
  bool zone = false;
  int offset = 0;
  if (take_char(s, 'Z') || take_char(s, 'z')) {
    zone = true;
  } else if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    int sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
    int oh, om = 0;
    if (!take_int(s, 2, oh)) return false;
    if (take_char(s, ':')) {
      if (!take_int(s, 2, om)) return false;
    } else if (!s.empty() && !take_int(s, 2, om)) {
      return false;
    }
    if (oh > 23 || om > 59) return false;
    zone = true;
    offset = sign * (oh * 3600 + om * 60);
  }
  if (!s.empty()) return false;
  if (M < 1 || M > 12 || D < 1 || D > days_in_month(Y, M) || h > 23 || mi > 59 || sec > 60)
    return false;
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  tm.tm_year = Y - 1900;
  tm.tm_mon = M - 1;
  tm.tm_mday = D;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  int64_t t;
  if (zone) {
    t = static_cast<int64_t>(timegm(&tm)) - offset;
  } else {
    tm.tm_isdst = -1;  // let the zone rules decide, as docker's local-time parse does
    t = static_cast<int64_t>(mktime(&tm));
  }
  if (t > INT64_MAX / kNs - 1 || t < INT64_MIN / kNs + 1) return false;
  out = t * kNs + frac;
  return true;
}

// "1700000000" or "1700000000.123" (fraction = part of a second).
bool parse_unix(std::string_view s, int64_t& out) {
  size_t i = 0;
  int64_t secs = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (secs > (INT64_MAX / kNs - 1) / 10) return false;
    secs = secs * 10 + (s[i] - '0');
    i++;
  }
  if (i == 0) return false;
  s.remove_prefix(i);
  int64_t frac = 0;
  if (take_char(s, '.') && !take_fraction(s, frac)) return false;
  if (!s.empty()) return false;
  out = secs * kNs + frac;
  return true;
}

// Go's time.ParseDuration syntax: [+-]? (number unit)+, units ns us µs ms s m h; "0" alone.
bool parse_duration(std::string_view s, int64_t& out) {
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") {
    out = 0;
    return true;
  }
  if (s.empty()) return false;
  struct Unit {
    const char* name;
    int64_t ns;
  };
  static const Unit kUnits[] = {{"ns", 1},
                                {"us", 1000},
                                {"\xc2\xb5s", 1000},  // U+00B5 micro sign
                                {"\xce\xbcs", 1000},  // U+03BC greek mu
                                {"ms", 1000000},
                                {"s", kNs},
                                {"m", 60 * kNs},
                                {"h", 3600 * kNs}};
  int64_t total = 0;
  while (!s.empty()) {
    int64_t whole = 0;
    size_t i = 0;
    while (i < s.size() && is_digit(s[i])) {
      if (__builtin_mul_overflow(whole, 10, &whole) ||
          __builtin_add_overflow(whole, s[i] - '0', &whole))
        return false;
      i++;
    }
    bool have_digits = i > 0;
    s.remove_prefix(i);
    // Fraction as digits/scale; more than 9 digits add nothing for these units.
    int64_t fnum = 0, fscale = 1;
    if (take_char(s, '.')) {
      size_t k = 0;
      while (k < s.size() && is_digit(s[k])) {
        if (k < 9) {
          fnum = fnum * 10 + (s[k] - '0');
          fscale *= 10;
        }
        k++;
      }
      have_digits = have_digits || k > 0;
      s.remove_prefix(k);
    }
    if (!have_digits) return false;
    const Unit* unit = nullptr;
    for (const Unit& u : kUnits) {
      size_t len = strlen(u.name);
      // Longest match first matters only for "ms" vs "m": "ms" comes earlier in the table.
      if (s.substr(0, len) == u.name) {
        unit = &u;
        s.remove_prefix(len);
        break;
      }
    }
    if (!unit) return false;
    int64_t part;
    if (__builtin_mul_overflow(whole, unit->ns, &part)) return false;
    // fnum < 1e9 and unit <= 3.6e12: the product can overflow, so scale first when large.
    __int128 fpart = static_cast<__int128>(fnum) * unit->ns / fscale;
    if (__builtin_add_overflow(part, static_cast<int64_t>(fpart), &part) ||
        __builtin_add_overflow(total, part, &total))
      return false;
  }
  out = neg ? -total : total;
  return true;
}

// ---- size ---------------------------------------------------------------

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
  v += static_cast<uint64_t>(static_cast<unsigned __int128>(frac) * mult / kNs);
  out = v;
  return true;
}

// ---- writer -------------------------------------------------------------

// path, path.1, path.2 ...
std::string numbered(const std::string& path, unsigned i) {
  return i == 0 ? path : path + "." + std::to_string(i);
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

// ---- reader -------------------------------------------------------------

struct Entry {
  bool is_stderr = false;
  int64_t time_ns = 0;
  std::string text;
};

void skip_ws(std::string_view& s) {
  while (!s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n'))
    s.remove_prefix(1);
}

int hex_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool take_hex4(std::string_view& s, unsigned& v) {
  if (s.size() < 4) return false;
  v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hex_val(s[i]);
    if (h < 0) return false;
    v = v * 16 + static_cast<unsigned>(h);
  }
  s.remove_prefix(4);
  return true;
}

void put_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

// A JSON string at s[0] == '"'; decoded into *out when out is set. Raw bytes
// (invalid UTF-8, even control characters) are taken as they are: the writer
// never produces raw control bytes, other tools might.
bool take_json_string(std::string_view& s, std::string* out) {
  if (!take_char(s, '"')) return false;
  for (;;) {
    size_t i = 0;
    while (i < s.size() && s[i] != '"' && s[i] != '\\') i++;
    if (out) out->append(s.data(), i);
    s.remove_prefix(i);
    if (s.empty()) return false;
    if (s[0] == '"') {
      s.remove_prefix(1);
      return true;
    }
    s.remove_prefix(1);  // backslash
    if (s.empty()) return false;
    char c = s[0];
    s.remove_prefix(1);
    char lit;
    switch (c) {
      case '"': lit = '"'; break;
      case '\\': lit = '\\'; break;
      case '/': lit = '/'; break;
      case 'b': lit = '\b'; break;
      case 'f': lit = '\f'; break;
      case 'n': lit = '\n'; break;
      case 'r': lit = '\r'; break;
      case 't': lit = '\t'; break;
      case 'u': {
        unsigned cp;
        if (!take_hex4(s, cp)) return false;
        if (cp >= 0xd800 && cp < 0xdc00 && s.size() >= 6 && s[0] == '\\' && s[1] == 'u') {
          std::string_view look = s.substr(2);
          unsigned lo;
          if (take_hex4(look, lo) && lo >= 0xdc00 && lo < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            s.remove_prefix(6);
          }
        }
        if (out) put_utf8(*out, cp);
        continue;
      }
      default: return false;
    }
    if (out) *out += lit;
  }
}

// Skips any JSON value (docker adds "attrs":{...} when labels are logged).
bool skip_value(std::string_view& s, int depth) {
  skip_ws(s);
  if (s.empty() || depth > 16) return false;
  char c = s[0];
  if (c == '"') return take_json_string(s, nullptr);
  if (c == '{' || c == '[') {
    char close = c == '{' ? '}' : ']';
    s.remove_prefix(1);
    skip_ws(s);
    if (take_char(s, close)) return true;
    for (;;) {
      if (c == '{') {
        skip_ws(s);
        if (!take_json_string(s, nullptr)) return false;
        skip_ws(s);
        if (!take_char(s, ':')) return false;
      }
      if (!skip_value(s, depth + 1)) return false;
      skip_ws(s);
      if (take_char(s, close)) return true;
      if (!take_char(s, ',')) return false;
    }
  }
  size_t i = 0;  // number, true, false, null
  while (i < s.size() && (isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-' ||
                          s[i] == '+' || s[i] == '.'))
    i++;
  if (i == 0) return false;
  s.remove_prefix(i);
  return true;
}

// One json-file line; false for anything that is not a whole entry.
bool parse_entry(std::string_view s, Entry& e, std::string& tmp) {
  e.text.clear();
  e.is_stderr = false;
  bool have_log = false, have_time = false;
  skip_ws(s);
  if (!take_char(s, '{')) return false;
  skip_ws(s);
  if (take_char(s, '}')) return false;
  for (;;) {
    skip_ws(s);
    tmp.clear();
    if (!take_json_string(s, &tmp)) return false;
    skip_ws(s);
    if (!take_char(s, ':')) return false;
    skip_ws(s);
    if (tmp == "log") {
      if (s.empty() || s[0] != '"' || !take_json_string(s, &e.text)) return false;
      have_log = true;
    } else if (tmp == "stream") {
      tmp.clear();
      if (s.empty() || s[0] != '"' || !take_json_string(s, &tmp)) return false;
      if (tmp == "stderr") e.is_stderr = true;
      else if (tmp != "stdout") return false;
    } else if (tmp == "time") {
      tmp.clear();
      if (s.empty() || s[0] != '"' || !take_json_string(s, &tmp)) return false;
      if (!parse_rfc3339(tmp, e.time_ns)) return false;
      have_time = true;
    } else if (!skip_value(s, 0)) {
      return false;
    }
    skip_ws(s);
    if (take_char(s, '}')) break;
    if (!take_char(s, ',')) return false;
  }
  skip_ws(s);
  return s.empty() && have_log && have_time;
}

Status pread_full(int fd, char* buf, size_t n, off_t off, size_t& got) {
  got = 0;
  while (got < n) {
    ssize_t r = ::pread(fd, buf + got, n - got, off + static_cast<off_t>(got));
    if (r < 0) {
      if (errno == EINTR) continue;
      return sys_error("read log");
    }
    if (r == 0) break;
    got += static_cast<size_t>(r);
  }
  return {};
}

struct LogFile {
  Fd fd;
  dev_t dev = 0;
  ino_t ino = 0;
  off_t offset = 0;      // next byte to read
  std::string pending;   // start of a line not yet terminated
  bool skipping = false; // inside an over-long line: drop bytes up to its '\n'
};

// Opens path.N ... path.1 and path, oldest first, as one consistent set while
// a writer may rotate: the set is re-checked by name after opening (the held
// fds keep inodes from being reused) and re-taken if anything moved.
std::vector<LogFile> open_all(const std::string& path) {
  std::vector<LogFile> files;
  for (int attempt = 0;; attempt++) {
    files.clear();
    std::vector<std::pair<unsigned, ino_t>> seen;  // index -> inode (0 = missing)
    unsigned misses = 0;
    // A rotation renames one file at a time, so at most one name is missing in
    // the middle; two missing names in a row end the set.
    for (unsigned i = 0; i <= kMaxProbe && misses < 2; i++) {
      std::string name = numbered(path, i);
      int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
      struct stat st;
      if (fd < 0 || ::fstat(fd, &st) < 0) {
        if (fd >= 0) ::close(fd);
        seen.push_back({i, 0});
        misses++;
        continue;
      }
      misses = 0;
      LogFile f;
      f.fd.reset(fd);
      f.dev = st.st_dev;
      f.ino = st.st_ino;
      seen.push_back({i, st.st_ino});
      files.push_back(std::move(f));
    }
    bool same = true;
    for (auto& [i, ino] : seen) {
      struct stat st;
      ino_t now = ::stat(numbered(path, i).c_str(), &st) == 0 ? st.st_ino : 0;
      if (now != ino) {
        same = false;
        break;
      }
    }
    if (same || attempt >= 20) break;
    usleep(1000);
  }
  // Newest first so far; drop duplicates an unsettled set may hold, then flip.
  std::vector<LogFile> out;
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    bool dup = false;
    for (auto& o : out) dup = dup || (o.ino == it->ino && o.dev == it->dev);
    if (!dup) out.push_back(std::move(*it));
  }
  return out;
}

// Reads f from f.offset to EOF and calls fn for each complete line (without
// its '\n'). The unterminated rest stays in f.pending for the next call.
template <class Fn>
Status read_lines(LogFile& f, std::string& buf, Fn&& fn) {
  buf.resize(kBlock);
  for (;;) {
    size_t got;
    EC_TRY(pread_full(f.fd.get(), buf.data(), kBlock, f.offset, got));
    if (got == 0) return {};
    f.offset += static_cast<off_t>(got);
    std::string_view chunk(buf.data(), got);
    while (!chunk.empty()) {
      size_t nl = chunk.find('\n');
      if (nl == std::string_view::npos) {
        if (!f.skipping) f.pending.append(chunk);
        if (f.pending.size() > kMaxLine) {
          f.pending.clear();
          f.skipping = true;
        }
        break;
      }
      if (f.skipping) {
        f.skipping = false;
      } else if (f.pending.empty()) {
        fn(chunk.substr(0, nl));
      } else {
        f.pending.append(chunk.substr(0, nl));
        if (f.pending.size() <= kMaxLine) fn(std::string_view(f.pending));
        f.pending.clear();
      }
      chunk.remove_prefix(nl + 1);
    }
  }
}

// Position just after the last '\n' before `end` (0 when there is none).
Result<off_t> last_line_end(int fd, off_t end) {
  char buf[4096];
  while (end > 0) {
    size_t n = end < static_cast<off_t>(sizeof buf) ? static_cast<size_t>(end) : sizeof buf;
    size_t got;
    EC_TRY(pread_full(fd, buf, n, end - static_cast<off_t>(n), got));
    if (got != n) return make_error("read log: file shrank", EIO);
    for (size_t i = n; i > 0; i--)
      if (buf[i - 1] == '\n') return end - static_cast<off_t>(n - i);
    end -= static_cast<off_t>(n);
  }
  return static_cast<off_t>(0);
}

// Calls fn for each line of [0, end) from the last to the first, until fn
// returns false; `end` is 0 or just after a '\n'. Holds at most one line plus
// one block.
template <class Fn>
Status scan_backward(int fd, off_t end, Fn&& fn) {
  if (end <= 0) return {};
  off_t pos = end - 1;  // the last line's '\n'
  std::string work, carry;  // carry: the end of a line that starts before pos
  bool skipping = false;    // carry outgrew kMaxLine: drop back to its start
  while (pos > 0) {
    size_t n = pos < static_cast<off_t>(kBlock) ? static_cast<size_t>(pos) : kBlock;
    pos -= static_cast<off_t>(n);
    work.resize(n);
    size_t got;
    EC_TRY(pread_full(fd, work.data(), n, pos, got));
    if (got != n) return make_error("read log: file shrank", EIO);
    if (!skipping) work += carry;
    size_t e = work.size();
    while (e > 0) {
      size_t k = work.rfind('\n', e - 1);
      if (k == std::string::npos) break;
      if (skipping) {
        skipping = false;
      } else if (!fn(std::string_view(work.data() + k + 1, e - k - 1))) {
        return {};
      }
      e = k;
    }
    if (skipping) continue;
    carry.assign(work, 0, e);
    if (carry.size() > kMaxLine) {
      carry.clear();
      skipping = true;
    }
  }
  if (!skipping) fn(std::string_view(carry));
  return {};
}

class Emitter {
 public:
  Emitter(const LogReadOptions& o,
          const std::function<void(bool, std::string_view)>& out)
      : o_(o), out_(out) {}
  bool pass(const Entry& e) const {
    if (e.is_stderr ? !o_.want_stderr : !o_.want_stdout) return false;
    if (o_.since_ns && e.time_ns < o_.since_ns) return false;
    if (o_.until_ns && e.time_ns > o_.until_ns) return false;
    return true;
  }
  void emit(const Entry& e) {
    if (!o_.timestamps) {
      out_(e.is_stderr, e.text);
      return;
    }
    char tb[48];
    size_t n = format_time_buf(e.time_ns, tb, sizeof tb);
    line_.assign(tb, n);
    line_ += ' ';
    line_ += e.text;
    out_(e.is_stderr, line_);
  }
  // A raw line: parsed, filtered, emitted; bad lines vanish.
  void line(std::string_view s) {
    if (parse_entry(s, e_, tmp_) && pass(e_)) emit(e_);
  }

 private:
  const LogReadOptions& o_;
  const std::function<void(bool, std::string_view)>& out_;
  Entry e_;
  std::string tmp_, line_;
};

// The last o.tail passing entries of files (oldest first), emitted in order.
// Returns the newest file's offset after its last whole line (where follow goes on).
Result<off_t> emit_tail(std::vector<LogFile>& files, const LogReadOptions& o, Emitter& em) {
  std::vector<Entry> got;  // newest first
  size_t want = static_cast<size_t>(o.tail);
  Entry e;
  std::string tmp;
  off_t newest_end = 0;
  for (size_t i = files.size(); i-- > 0;) {
    if (i + 1 != files.size() && got.size() >= want) break;
    struct stat st;
    if (::fstat(files[i].fd.get(), &st) < 0) return sys_error("stat log");
    EC_ASSIGN(off_t end, last_line_end(files[i].fd.get(), st.st_size));
    if (i + 1 == files.size()) newest_end = end;
    if (got.size() >= want) continue;  // tail 0: only the follow offset was wanted
    EC_TRY(scan_backward(files[i].fd.get(), end, [&](std::string_view line) {
      if (parse_entry(line, e, tmp) && em.pass(e)) got.push_back(e);
      return got.size() < want;
    }));
  }
  for (size_t i = got.size(); i-- > 0;) em.emit(got[i]);
  return newest_end;
}

void sleep_ms(int ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
  }
}

}  // namespace

// ---- public: time -------------------------------------------------------

int64_t now_realtime_ns() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * kNs + ts.tv_nsec;
}

std::string format_time_ns(int64_t ns) {
  char buf[48];
  size_t n = format_time_buf(ns, buf, sizeof buf);
  return std::string(buf, n);
}

Result<int64_t> parse_time_arg(std::string_view v, int64_t now_ns) {
  std::string_view s = trim(v);
  int64_t t = 0;
  bool ok;
  if (s.size() >= 5 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      s[4] == '-') {
    ok = parse_rfc3339(s, t);
  } else if (!s.empty() && (is_digit(s[0]) || s[0] == '.') &&
             s.find_first_not_of("0123456789.") == std::string_view::npos) {
    ok = parse_unix(s, t);
  } else {
    int64_t d = 0;
    ok = parse_duration(s, d) && !__builtin_sub_overflow(now_ns, d, &t);
  }
  if (!ok)
    return make_error("invalid time \"" + std::string(v) +
                      "\": want RFC 3339 (2026-11-25T14:52:11Z), Unix seconds or a duration "
                      "like 10m");
  return t;
}

// ---- public: options ----------------------------------------------------

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

// ---- public: reader -----------------------------------------------------

Status read_logs(const std::string& path, const LogReadOptions& o,
                 const std::function<void(bool is_stderr, std::string_view text)>& out,
                 const std::function<bool()>& stop) {
  Emitter em(o, out);
  std::string buf;
  auto emit_line = [&](std::string_view s) { em.line(s); };

  std::vector<LogFile> files = open_all(path);
  LogFile cur;  // the file being followed; fd unset while there is none yet
  if (o.tail >= 0) {
    EC_ASSIGN(off_t end, emit_tail(files, o, em));
    if (!files.empty()) {
      cur = std::move(files.back());
      cur.offset = end;
    }
  } else {
    for (size_t i = 0; i < files.size(); i++) {
      EC_TRY(read_lines(files[i], buf, emit_line));
      if (i + 1 == files.size()) cur = std::move(files[i]);
    }
  }
  if (!o.follow) return {};

  // Reads everything new: the rest of cur, then the files that came after it
  // if the writer rotated (several rotations included, as long as the files
  // are still there).
  auto drain = [&]() -> Status {
    for (int guard = 0; guard < 100000; guard++) {
      if (cur.fd) EC_TRY(read_lines(cur, buf, emit_line));
      struct stat st;
      if (::stat(path.c_str(), &st) < 0) return {};  // mid-rotation or removed: look again later
      if (cur.fd && st.st_ino == cur.ino && st.st_dev == cur.dev) {
        if (st.st_size >= cur.offset) return {};
        cur.offset = 0;  // truncated by someone else: start over
        cur.pending.clear();
        cur.skipping = false;
        continue;
      }
      std::vector<LogFile> now = open_all(path);
      size_t next = 0;
      if (cur.fd) {
        for (size_t i = 0; i < now.size(); i++)
          if (now[i].ino == cur.ino && now[i].dev == cur.dev) next = i + 1;
      }
      // cur not found: it was rotated out entirely, so every file here is newer.
      if (next >= now.size()) return {};
      for (size_t i = next; i + 1 < now.size(); i++) EC_TRY(read_lines(now[i], buf, emit_line));
      cur = std::move(now.back());  // a torn line left in the old file is dropped
    }
    return {};
  };

  for (;;) {
    // Decided before draining, so everything written before stop() turned
    // true is still read.
    bool last = (stop && stop()) || (o.until_ns && now_realtime_ns() > o.until_ns);
    EC_TRY(drain());
    if (last) return {};
    sleep_ms(100);
  }
}

}  // namespace ec::engine
