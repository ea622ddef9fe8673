#include "core/log.h"

#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <ctime>

#include "core/fs.h"
#include "core/json.h"
#include "core/rfc3339.h"

namespace ec {
namespace {
int g_fd = -1;
bool g_json = false;
bool g_debug = false;

const char* level_name(LogLevel l) {
  switch (l) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warn: return "warning";
    case LogLevel::Error: return "error";
  }
  return "info";
}

}  // namespace

Status log_init(const LogConfig& cfg) {
  g_json = cfg.json;
  g_debug = cfg.debug;
  if (!cfg.path.empty()) {
    int fd = ::open(cfg.path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return sys_error("open log file " + cfg.path);
    if (g_fd >= 0) ::close(g_fd);
    g_fd = fd;
  }
  return {};
}

bool log_debug_enabled() { return g_debug; }

void log_msg(LogLevel level, const std::string& msg) {
  if (level == LogLevel::Debug && !g_debug) return;
  if (g_fd >= 0) {
    std::string line;
    if (g_json) {
      line = "{\"level\":\"";
      line += level_name(level);
      line += "\",\"msg\":" + json_quote(msg) + ",\"time\":\"" + format_time_ns(now_realtime_ns()) + "\"}\n";
    } else {
      line = format_time_ns(now_realtime_ns()) + " " + level_name(level) + ": " + msg + "\n";
    }
    (void)write_all(g_fd, line);
  }
  // Errors always reach stderr; other levels only when there is no log file.
  if (level == LogLevel::Error || g_fd < 0) {
    std::string line = "edgectl: ";
    if (level != LogLevel::Error) line += std::string(level_name(level)) + ": ";
    line += msg + "\n";
    (void)write_all(2, line);
  }
}

void logf(LogLevel level, const char* fmt, ...) {
  if (level == LogLevel::Debug && !g_debug) return;
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  log_msg(level, buf);
}

void log_error(const Error& e) { log_msg(LogLevel::Error, e.msg); }

}  // namespace ec
