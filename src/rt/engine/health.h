// Healthchecks at create: the container's check from the image's
// Healthcheck and the --health-* / --no-healthcheck flags (docker's merge).
// The shim runs it (shim_health.cpp). With -Dhealthcheck=disabled
// (health_stub.cpp) a --health-* flag fails with "built without
// healthchecks" and an image's Healthcheck is not run (warned at create).
#pragma once
#include <optional>

#include "core/error.h"
#include "img/image_config.h"
#include "rt/engine/container.h"
#include "rt/engine/run_options.h"

namespace ec::engine {

Result<std::optional<HealthConfig>> health_config(const RunOptions& o, const img::ImageConfig& ic);

}  // namespace ec::engine
