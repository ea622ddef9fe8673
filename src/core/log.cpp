#include "core/log.h"

#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <ctime>

#include "core/fs.h"
#include "core/json.h"

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

std::string now_rfc3339() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  struct tm tm;
  gmtime_r(&ts.tv_sec, &tm);
  char buf[64];
  snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%09ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec);
  return buf;
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
      line += "\",\"msg\":" + json_quote(msg) + ",\"time\":\"" + now_rfc3339() + "\"}\n";
    } else {
      line = now_rfc3339() + " " + level_name(level) + ": " + msg + "\n";
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
