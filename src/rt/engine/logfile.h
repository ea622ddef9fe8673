// Container logs in docker's json-file format: the shim's writer (size
// rotation, no heap growth per write) and the reader behind `edgectl logs`
// (tail, since/until, follow across rotation), plus the time helpers both use.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/fd.h"
#include "core/function_ref.h"
#include "core/rfc3339.h"

namespace ec::engine {

struct LogOptions {
  uint64_t max_size = 0;  // bytes per file; 0 = no rotation
  unsigned max_file = 1;  // files kept, the current one included
};

// Docker's --log-opt list: "max-size=10m" (k/m/g/t decimal as docker; ki/mi/gi
// binary; "-1" = unlimited), "max-file=3" (needs max-size). Errors name the option.
Result<LogOptions> parse_log_opts(const std::vector<std::string>& kv);

// The shim's side. Each write(2) is O_APPEND; entries are encoded through a
// small stack buffer, so writing never allocates.
class LogWriter {
 public:
  // path = .../<id>-json.log, created 0640 if missing. A file whose last line
  // was torn (power cut) gets that line terminated before the next entry.
  static Result<LogWriter> open(const std::string& path, const LogOptions& o);

  LogWriter(LogWriter&&) = default;
  LogWriter& operator=(LogWriter&&) = default;

  // One chunk read from the container's stdout or stderr: one entry per line
  // ({"log":"<line incl. \n>","stream":"stdout|stderr","time":"..."}); a
  // trailing part without newline is its own entry, and lines longer than
  // 16 KiB are cut into several entries (docker's partial messages). Rotates
  // before an entry that would push the file past max_size. A failed write
  // (ENOSPC) returns the error; the rest of the chunk is lost, the writer stays usable.
  Status write(bool is_stderr, const char* data, size_t len, int64_t now_ns);
  int64_t size() const { return size_; }

 private:
  LogWriter(std::string path, const LogOptions& o) : path_(std::move(path)), opts_(o) {}
  Status open_current();
  Status rotate();
  Status write_entry(bool is_stderr, const char* p, size_t n, const char* tm, size_t tm_len);

  std::string path_;
  LogOptions opts_;
  Fd fd_;
  int64_t size_ = 0;
  bool torn_ = false;    // the file ends inside an entry: start the next with '\n'
  bool reopen_ = false;  // rotation renamed the file but creating the new one failed
};

struct LogReadOptions {
  bool follow = false, timestamps = false, want_stdout = true, want_stderr = true;
  int64_t tail = -1;                   // last N entries that pass the filters; -1 all
  int64_t since_ns = 0, until_ns = 0;  // inclusive bounds; 0 none
};

// Reads path.N ... path.1 (oldest first) then path, and calls out() with each
// entry's text (prefixed by its time and a space with timestamps). With follow,
// keeps reading new entries, across rotations, until stop() returns true (or
// until_ns has passed) and everything written before that is drained. Missing
// files are an empty log. Bad lines are skipped. Memory is bounded by the tail
// count and the longest entry, not by the file size.
Status read_logs(const std::string& path, const LogReadOptions& o,
                 FnRef<void(bool is_stderr, std::string_view text)> out,
                 FnRef<bool()> stop);

// --since/--until values: RFC 3339 (date only, with or without seconds,
// fraction, Z or offset; no zone = local time), Unix seconds "1700000000[.123]",
// or a Go duration ("10m", "1h30m", "1.5h", "300ms") meaning now_ns minus it.
Result<int64_t> parse_time_arg(std::string_view v, int64_t now_ns);
// A Go duration alone, in nanoseconds (sign allowed); errors name the value.
Result<int64_t> parse_go_duration(std::string_view v);
// "2026-11-25T14:52:11.123456789Z" and the clock, from core.
using ec::format_time_ns;
using ec::now_realtime_ns;

}  // namespace ec::engine
