// Logging: to stderr and, with --log, to a file in text or JSON-lines
// format ({"level":"error","msg":"...","time":"..."}: containerd reads it).
#pragma once
#include <string>

#include "core/error.h"

namespace ec {

enum class LogLevel { Debug, Info, Warn, Error };

struct LogConfig {
  std::string path;  // empty: no log file
  bool json = false;
  bool debug = false;
};

Status log_init(const LogConfig& cfg);
void log_msg(LogLevel level, const std::string& msg);
void logf(LogLevel level, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void log_error(const Error& e);
bool log_debug_enabled();

}  // namespace ec
