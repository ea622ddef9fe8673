// One error type for the whole project: errno plus a chain of context,
// returned by value (no exceptions across module boundaries).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ec {

struct Error {
  int code = 0;     // errno value, 0 when the failure is not a system error
  std::string msg;  // "outer context: inner context: strerror"

  // Prepend context: err.context("open config.json") -> "open config.json: <msg>".
  Error context(std::string_view what) &&;
  Error context(std::string_view what) const&;
};

// Build an error from the current errno: "<what>: <strerror(errno)>".
Error sys_error(std::string_view what);
Error sys_error(int code, std::string_view what);
// Build an error with a plain message (code defaults to EINVAL).
Error make_error(std::string_view msg, int code = 22);
// printf-style helper used instead of std::format (keeps the binary small).
std::string strf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T v) : val_(std::move(v)) {}
  Result(Error e) : err_(std::move(e)) {}
  bool ok() const { return val_.has_value(); }
  explicit operator bool() const { return ok(); }
  T& value() & { return *val_; }
  T&& value() && { return std::move(*val_); }
  const T& value() const& { return *val_; }
  T& operator*() & { return *val_; }
  T&& operator*() && { return std::move(*val_); }
  const T& operator*() const& { return *val_; }
  T* operator->() { return &*val_; }
  const T* operator->() const { return &*val_; }
  Error& error() & { return err_; }
  Error&& error() && { return std::move(err_); }
  const Error& error() const& { return err_; }

 private:
  std::optional<T> val_;
  Error err_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error e) : err_(std::move(e)), failed_(true) {}
  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  Error& error() & { return err_; }
  Error&& error() && { return std::move(err_); }
  const Error& error() const& { return err_; }

 private:
  Error err_;
  bool failed_ = false;
};

using Status = Result<void>;

}  // namespace ec

// Propagate a failed Result/Status from the current function.
#define EC_TRY(expr)                                  \
  do {                                                \
    auto _ec_r = (expr);                              \
    if (!_ec_r.ok()) return std::move(_ec_r).error(); \
  } while (0)

// Same, adding context to the error.
#define EC_TRYC(expr, ctx)                                            \
  do {                                                                \
    auto _ec_r = (expr);                                              \
    if (!_ec_r.ok()) return std::move(_ec_r).error().context(ctx);    \
  } while (0)

#define EC_CAT2(a, b) a##b
#define EC_CAT(a, b) EC_CAT2(a, b)
// Declare `var` from a Result<T>, returning the error on failure.
#define EC_ASSIGN(var, expr)                                     \
  auto EC_CAT(_ec_a_, __LINE__) = (expr);                        \
  if (!EC_CAT(_ec_a_, __LINE__).ok())                            \
    return std::move(EC_CAT(_ec_a_, __LINE__)).error();          \
  var = std::move(*EC_CAT(_ec_a_, __LINE__))
