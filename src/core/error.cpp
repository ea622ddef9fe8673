#include "core/error.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace ec {

Error Error::context(std::string_view what) && {
  std::string m(what);
  if (!msg.empty()) {
    m += ": ";
    m += msg;
  }
  msg = std::move(m);
  return std::move(*this);
}

Error Error::context(std::string_view what) const& {
  Error copy = *this;
  return std::move(copy).context(what);
}

namespace result_detail {

Error* box(Error&& e) { return new Error(std::move(e)); }
Error* clone(const Error* e) { return new Error(*e); }
void unbox(Error* e) { delete e; }

Error* add_context(Error* e, std::string_view what) {
  *e = std::move(*e).context(what);
  return e;
}

Error& no_error() {
  static Error none;  // only read: error() on a Result that holds none
  return none;
}

Error* stolen() {
  static Error mark;
  return &mark;
}

}  // namespace result_detail

Error sys_error(int code, std::string_view what) {
  Error e;
  e.code = code;
  e.msg = std::string(what);
  e.msg += ": ";
  e.msg += strerror(code);
  return e;
}

Error sys_error(std::string_view what) { return sys_error(errno, what); }

Error make_error(std::string_view msg, int code) {
  Error e;
  e.code = code;
  e.msg = std::string(msg);
  return e;
}

std::string strf(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return {};
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, n);
  std::string out(n, '\0');
  va_start(ap, fmt);
  vsnprintf(out.data(), n + 1, fmt, ap);
  va_end(ap);
  return out;
}

}  // namespace ec
