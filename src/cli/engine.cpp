#include "cli/engine.h"

#include <cstring>
#include <vector>

#include "cli/args.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/log.h"

namespace ec::cli {

namespace {

const EngineVerb kEngineVerbs[] = {
    {"pull", v_pull, "pull an image from a registry"},
    {"images", v_images, "list images"},
    {"rmi", v_rmi, "remove images"},
    {"tag", v_tag, "add a name to an image"},
    {"login", v_login, "store credentials for a registry"},
    {"logout", v_logout, "remove stored credentials"},
    {"load", v_load, "load images from a docker-archive or oci-archive"},
    {"save", v_save, "save images to an archive"},
    {"import", v_import, "create an image from a rootfs tarball"},
    {"run", v_run, "create and start a container"},
    {"create", v_create, "create a container"},
    {"start", v_start, "start containers"},
    {"stop", v_stop, "stop containers (stop signal, then SIGKILL)"},
    {"restart", v_restart, "restart containers"},
    {"kill", v_kill, "send a signal to containers"},
    {"rm", v_rm, "remove containers"},
    {"ps", v_ps, "list containers"},
    {"logs", v_logs, "show a container's logs"},
    {"inspect", v_inspect, "show containers in detail"},
    {"exec", v_exec, "run a command in a running container"},
    {"attach", v_attach, "attach to a running container"},
    {"wait", v_wait, "wait for containers to stop, print exit codes"},
    {"pause", v_pause, "pause containers"},
    {"unpause", v_unpause, "unpause containers"},
    {"rename", v_rename, "rename a container"},
    {"autostart", v_autostart, "start containers whose restart policy asks for it (boot)"},
    {"shutdown", v_shutdown, "stop all containers for a host shutdown (autostart brings them back)"},
    {"volume", v_volume, "manage volumes: create, ls, inspect, rm, prune"},
    {"cp", v_cp, "copy files between a container and the host"},
    {"network", v_network, "manage networks: create, ls, inspect, rm, connect, disconnect, prune"},
    {"port", v_port, "list a container's published ports"},
    {"export", v_export, "export a container's filesystem as a tar archive"},
    {"stats", v_stats, "resource usage of containers (from their cgroups)"},
    {"top", v_top, "the processes of a container"},
    {"update", v_update, "change a container's resources or restart policy"},
    {"info", v_info, "storage, cgroups, runtimes and kernel features"},
    {"check", v_check, "check the kernel for what containers need (--config FILE, --format json)"},
    {"events", v_events, "container and image events (--since, --until, follow)"},
};

// `edgectl container <sub>`: docker's management-command spelling.
const EngineVerb kContainerVerbs[] = {
    {"ls", v_ps, ""},          {"list", v_ps, ""},       {"ps", v_ps, ""},         {"run", v_run, ""},
    {"create", v_create, ""},  {"start", v_start, ""},   {"stop", v_stop, ""},     {"restart", v_restart, ""},
    {"kill", v_kill, ""},      {"rm", v_rm, ""},         {"logs", v_logs, ""},     {"inspect", v_inspect, ""},
    {"exec", v_exec, ""},      {"attach", v_attach, ""}, {"wait", v_wait, ""},     {"pause", v_pause, ""},
    {"unpause", v_unpause, ""}, {"rename", v_rename, ""}, {"cp", v_cp, ""},        {"export", v_export, ""},
    {"stats", v_stats, ""},    {"top", v_top, ""},       {"update", v_update, ""}, {"prune", v_container_prune, ""},
    {"port", v_port, ""},
};

// `edgectl image <sub>` and `edgectl system <sub>`.
const EngineVerb kImageVerbs[] = {
    {"ls", v_images, "list images"},          {"list", v_images, "list images"},
    {"inspect", v_image_inspect, "show an image's config"},
    {"rm", v_rmi, "remove images"},           {"prune", v_image_prune, "remove unused layers and blobs"},
    {"pull", v_pull, "pull an image"},        {"tag", v_tag, "add a name to an image"},
    {"load", v_load, "load images"},          {"save", v_save, "save images"},
    {"import", v_import, "import a rootfs tarball"},
};
const EngineVerb kSystemVerbs[] = {
    {"df", v_system_df, "disk usage of the store"},
    {"check", v_system_check, "verify (and with --repair fix) the store"},
};

template <size_t N>
const EngineVerb* find(const EngineVerb (&table)[N], const std::string& name) {
  for (auto& v : table)
    if (name == v.name) return &v;
  return nullptr;
}

void engine_usage() {
  std::string s =
      "usage: edgectl [--root DIR] [--config FILE] [--debug] <command> [arguments]\n\n"
      "commands:\n";
  for (auto& v : kEngineVerbs) s += strf("  %-10s %s\n", v.name, v.usage);
  s += "  image      ls, inspect, rm, prune, pull, tag, load, save, import\n"
       "  system     df, check\n"
       "  container  the container verbs under docker's management name, and prune\n"
       "  oci        the OCI runtime (runc-compatible); also the edgectl-runc symlink\n"
       "  version    print the version\n";
  out(s);
}

}  // namespace

Result<img::Store> open_store(const EngineGlobal& g) {
  auto s = img::Store::open(g.cfg.root);
  if (!s) return std::move(s).error().context("store " + g.cfg.root);
  return s;
}

int engine_main(int argc, char** argv, int start) {
  static const std::vector<Flag> globals = {
      {"root", 0, true}, {"config", 0, true}, {"debug", 'D', false}, {"help", 'h', false},
  };
  auto a = Args::parse(argc, argv, start, globals);
  if (!a) return fail(a.error());
  LogConfig lc;
  lc.debug = a->flag("debug");
  if (auto r = log_init(lc); !r) return fail(r.error());
  if (a->flag("help") || a->positional.empty()) {
    engine_usage();
    return a->positional.empty() && !a->flag("help") ? 1 : 0;
  }
  EngineGlobal g;
  g.debug = lc.debug;
  auto cfg_path = a->get("config");
  auto cfg = load_engine_config(cfg_path ? *cfg_path : "/etc/edgectl/config.json", cfg_path.has_value());
  if (!cfg) return fail(cfg.error());
  g.cfg = std::move(*cfg);
  if (cfg_path) g.config_path = *cfg_path;
  if (auto r = a->get("root")) g.cfg.root = *r;
  if (g.cfg.root.empty() || g.cfg.root[0] != '/') return fail(make_error("--root must be an absolute path"));

  int idx = argc - static_cast<int>(a->positional.size());
  std::string verb = a->positional[0];
  const EngineVerb* v = find(kEngineVerbs, verb);
  if (!v && (verb == "image" || verb == "system" || verb == "container")) {
    if (a->positional.size() < 2) return fail(make_error(verb + ": a subcommand is required"));
    v = verb == "image" ? find(kImageVerbs, a->positional[1])
        : verb == "system" ? find(kSystemVerbs, a->positional[1])
                           : find(kContainerVerbs, a->positional[1]);
    if (!v) return fail(make_error("unknown command \"" + verb + " " + a->positional[1] + "\""));
    idx++;
  }
  if (!v) return fail(make_error("unknown command \"" + verb + "\" (see edgectl help)"));
  return v->fn(g, argc, argv, idx + 1);
}

}  // namespace ec::cli
