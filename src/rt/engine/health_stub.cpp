// Healthchecks compiled out (-Dhealthcheck=disabled): asking for one with a
// flag is an error; an image's Healthcheck is not run (said once, at create);
// the shim never schedules a check.
#include "core/build_features.h"
#include "core/log.h"
#include "rt/engine/health.h"
#include "rt/engine/shim_internal.h"

namespace ec::engine {

Result<std::optional<HealthConfig>> health_config(const RunOptions& o, const img::ImageConfig& ic) {
  const char* flag = !o.health_cmd.empty()            ? "--health-cmd"
                     : !o.health_interval.empty()     ? "--health-interval"
                     : !o.health_timeout.empty()      ? "--health-timeout"
                     : !o.health_retries.empty()      ? "--health-retries"
                     : !o.health_start_period.empty() ? "--health-start-period"
                                                      : nullptr;
  if (flag) return built_without("healthchecks", "healthcheck").context(flag);
  const auto& ih = ic.config.healthcheck;
  if (!o.no_healthcheck && ih && !ih->test.empty() && ih->test[0] != "NONE")
    logf(LogLevel::Warn, "the image's healthcheck will not run: %s", built_without("healthchecks", "healthcheck").msg.c_str());
  return std::optional<HealthConfig>();
}

void Shim::health_arm() {}
int Shim::health_timeout_ms() const { return -1; }
void Shim::health_tick() {}
void Shim::health_output() {}
void Shim::health_done(int) {}
void Shim::health_record(int, const std::string&) {}
void Shim::health_stop() {}

}  // namespace ec::engine
