#include "cli/oci.h"

#include <unistd.h>

#include <cstring>

#include "core/fs.h"
#include "core/log.h"
#include "edgectl_config.h"

namespace ec::cli {

int fail(const Error& e) {
  log_error(e);
  return 1;
}

static void oci_usage() {
  std::string out =
      "usage: edgectl oci [global options] <command> [options] [arguments]\n"
      "       edgectl-runc [global options] <command> ...   (runc-compatible)\n\n"
      "global options:\n"
      "  --root DIR           state directory (default /run/edgectl/oci)\n"
      "  --log FILE           write log messages to FILE\n"
      "  --log-format FORMAT  text or json\n"
      "  --debug              debug logging\n"
      "  --systemd-cgroup     cgroupsPath is slice:prefix:name\n\ncommands:\n";
  size_t n;
  const Verb* v = oci_verbs(&n);
  for (size_t i = 0; i < n; i++) out += strf("  %-9s %s\n", v[i].name, v[i].usage);
  (void)write_all(1, out);
}

int oci_main(int argc, char** argv, int start) {
  static const std::vector<Flag> globals = {
      {"root", 0, true},       {"log", 0, true},    {"log-format", 0, true},    {"debug", 0, false},
      {"systemd-cgroup", 0, false}, {"rootless", 0, true}, {"criu", 0, true}, {"help", 'h', false},
      {"version", 'v', false},
  };
  auto a = Args::parse(argc, argv, start, globals);
  if (!a) return fail(a.error());
  LogConfig lc;
  lc.path = a->get_or("log", "");
  std::string fmt = a->get_or("log-format", "text");
  if (fmt != "text" && fmt != "json") return fail(make_error("invalid --log-format " + fmt + " (text or json)"));
  lc.json = fmt == "json";
  lc.debug = a->flag("debug");
  if (auto r = log_init(lc); !r) return fail(r.error());
  if (a->flag("version")) {
    (void)write_all(1, strf("edgectl version %s\nspec: 1.2.0\n", EDGECTL_VERSION));
    return 0;
  }
  if (a->flag("help") || a->positional.empty()) {
    oci_usage();
    return a->positional.empty() && !a->flag("help") ? 1 : 0;
  }
  rt::Global g;
  g.root = a->get_or("root", g.root);
  g.systemd_cgroup = a->flag("systemd-cgroup");
  const std::string& verb = a->positional[0];
  const Verb* v = find_oci_verb(verb.c_str());
  if (!v) return fail(make_error("unknown command \"" + verb + "\" (see edgectl oci --help)"));
  // Re-locate the verb in argv so it parses its own flags.
  int idx = argc - static_cast<int>(a->positional.size());
  return v->fn(g, argc, argv, idx + 1);
}

}  // namespace ec::cli
