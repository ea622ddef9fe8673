// `edgectl check [--config FILE] [--format json]`: can this kernel run
// containers, and what degrades without the optional parts (rt/kernel_check.h).
#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "rt/kernel_check.h"

namespace ec::cli {

int v_check(const EngineGlobal&, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"config", 0, true}, {"format", 'f', true}}, false);
  if (!a) return fail(a.error());
  if (!a->positional.empty()) return fail(make_error("check: unexpected argument " + a->positional[0]));
  std::string format = a->get_or("format", "text");
  if (format != "text" && format != "json") return fail(make_error("check: --format " + format + ": want text or json"));
  rt::kcheck::Sources src;
  src.config = a->get_or("config", "");
  auto r = rt::kcheck::check(src);
  if (!r) return fail(r.error().context("check: --config"));
  out(format == "json" ? rt::kcheck::format_json(*r) : rt::kcheck::format_text(*r));
  return r->can_run ? 0 : 1;
}

}  // namespace ec::cli
