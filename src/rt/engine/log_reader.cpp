// The reader behind `edgectl logs`: json-file entries parsed, tail by a
// backward scan, since/until filters, follow across rotations.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <ctime>

#include "core/clock.h"
#include "core/function_ref.h"
#include "core/rfc3339.h"
#include "rt/engine/log_internal.h"
#include "rt/engine/logfile.h"

namespace ec::engine {

using log_detail::kMaxProbe;
using log_detail::numbered;
using log_detail::take_char;

namespace {

// Longest line the reader accepts (a 16 KiB entry escapes to < 100 KiB); longer
// ones are garbage, e.g. the NUL run a power cut can leave at the end of a file.
constexpr size_t kMaxLine = 1 << 20;
constexpr size_t kBlock = 64 * 1024;

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
          FnRef<void(bool, std::string_view)> out)
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
  FnRef<void(bool, std::string_view)> out_;
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


Status read_logs_in(const std::string& path, const LogReadOptions& o,
                    FnRef<void(bool is_stderr, std::string_view text)> out,
                    FnRef<bool()> stop) {
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

}  // namespace

Status read_logs(const std::string& path, const LogReadOptions& o,
                 FnRef<void(bool is_stderr, std::string_view text)> out,
                 FnRef<bool()> stop) {
  auto st = read_logs_in(path, o, out, stop);
  if (!st) return std::move(st).error().context(path);
  return {};
}

}  // namespace ec::engine
