#include "rt/engine/health.h"

#include "core/strutil.h"

namespace ec::engine {

Result<std::optional<HealthConfig>> health_config(const RunOptions& o, const img::ImageConfig& ic) {
  if (o.no_healthcheck) {
    if (!o.health_cmd.empty()) return make_error("--no-healthcheck conflicts with --health-cmd");
    return std::optional<HealthConfig>();
  }
  HealthConfig h;
  bool have = false;
  if (ic.config.healthcheck) {
    const auto& ih = *ic.config.healthcheck;
    if (!ih.test.empty() && ih.test[0] != "NONE") {
      h.test = ih.test;
      have = true;
    }
    if (ih.interval_ns) h.interval_ns = ih.interval_ns;
    if (ih.timeout_ns) h.timeout_ns = ih.timeout_ns;
    if (ih.start_period_ns) h.start_period_ns = ih.start_period_ns;
    if (ih.retries) h.retries = static_cast<int>(ih.retries);
  }
  if (!o.health_cmd.empty()) {
    h.test = {"CMD-SHELL", o.health_cmd};
    have = true;
  }
  auto dur = [](const std::string& v, const char* flag, int64_t& out) -> Status {
    if (v.empty()) return {};
    auto d = parse_duration_ns(v);
    if (!d) return std::move(d).error().context(flag);
    if (*d <= 0) return make_error(std::string(flag) + ": must be positive");
    out = *d;
    return {};
  };
  EC_TRY(dur(o.health_interval, "--health-interval", h.interval_ns));
  EC_TRY(dur(o.health_timeout, "--health-timeout", h.timeout_ns));
  EC_TRY(dur(o.health_start_period, "--health-start-period", h.start_period_ns));
  if (!o.health_retries.empty()) {
    auto n = parse_i64(o.health_retries);
    if (!n || *n < 1 || *n > 1000) return make_error("--health-retries " + o.health_retries + ": want a positive number");
    h.retries = static_cast<int>(*n);
  }
  if (!have) return std::optional<HealthConfig>();
  return std::optional<HealthConfig>(h);
}

}  // namespace ec::engine
