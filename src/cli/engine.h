// The docker-like engine face: `edgectl [global options] <verb> ...`.
// Verbs stay thin: they parse flags and print; the work lives in src/img
// (and later src/engine).
#pragma once
#include <string>

#include "core/config.h"
#include "img/store.h"

namespace ec::cli {

struct EngineGlobal {
  EngineConfig cfg;
  std::string config_path;  // --config, or "" for the default (optional) file
  bool debug = false;
};

// argv[start] is the first word after "edgectl".
int engine_main(int argc, char** argv, int start);

// The image store at --root, with the error naming it.
Result<img::Store> open_store(const EngineGlobal& g);

class Args;
// logs and events: --since and --until in docker's forms (engine::parse_time_arg),
// stored in *since_ns / *until_ns when given.
Status parse_time_window(const Args& a, int64_t now_ns, int64_t* since_ns, int64_t* until_ns);

using EngineVerbFn = int (*)(const EngineGlobal& g, int argc, char** argv, int start);
struct EngineVerb {
  const char* name;
  EngineVerbFn fn;
  const char* usage;
};

// Registry verbs (pull_verbs.cpp, or pull_verbs_stub.cpp with -Dpull=disabled).
int v_pull(const EngineGlobal& g, int argc, char** argv, int start);
int v_login(const EngineGlobal& g, int argc, char** argv, int start);
int v_logout(const EngineGlobal& g, int argc, char** argv, int start);
// The pull behind run/create (--pull missing|always); progress to stderr.
Status pull_for_run(const EngineGlobal& g, const std::string& ref, bool quiet);

// Image verbs (img_verbs.cpp).
int v_images(const EngineGlobal& g, int argc, char** argv, int start);
int v_rmi(const EngineGlobal& g, int argc, char** argv, int start);
int v_tag(const EngineGlobal& g, int argc, char** argv, int start);
int v_image_inspect(const EngineGlobal& g, int argc, char** argv, int start);
int v_image_prune(const EngineGlobal& g, int argc, char** argv, int start);
int v_load(const EngineGlobal& g, int argc, char** argv, int start);
int v_save(const EngineGlobal& g, int argc, char** argv, int start);
int v_import(const EngineGlobal& g, int argc, char** argv, int start);
int v_system_df(const EngineGlobal& g, int argc, char** argv, int start);
int v_system_check(const EngineGlobal& g, int argc, char** argv, int start);
// "sha256:abcdef..." -> "abcdef012345" (n hex digits).
std::string short_hex(const std::string& digest, size_t n = 12);
// Record an image event (pull, tag, untag, ...) in the events log.
void image_event(const EngineGlobal& g, const char* action, const std::string& id, const std::string& name);

// Container verbs (ctr_verbs.cpp, ctr_show.cpp).
int v_run(const EngineGlobal& g, int argc, char** argv, int start);
int v_create(const EngineGlobal& g, int argc, char** argv, int start);
int v_start(const EngineGlobal& g, int argc, char** argv, int start);
int v_stop(const EngineGlobal& g, int argc, char** argv, int start);
int v_restart(const EngineGlobal& g, int argc, char** argv, int start);
int v_kill(const EngineGlobal& g, int argc, char** argv, int start);
int v_rm(const EngineGlobal& g, int argc, char** argv, int start);
int v_pause(const EngineGlobal& g, int argc, char** argv, int start);
int v_unpause(const EngineGlobal& g, int argc, char** argv, int start);
int v_wait(const EngineGlobal& g, int argc, char** argv, int start);
int v_rename(const EngineGlobal& g, int argc, char** argv, int start);
int v_exec(const EngineGlobal& g, int argc, char** argv, int start);
int v_attach(const EngineGlobal& g, int argc, char** argv, int start);
int v_autostart(const EngineGlobal& g, int argc, char** argv, int start);
int v_shutdown(const EngineGlobal& g, int argc, char** argv, int start);
int v_ps(const EngineGlobal& g, int argc, char** argv, int start);
int v_inspect(const EngineGlobal& g, int argc, char** argv, int start);
int v_logs(const EngineGlobal& g, int argc, char** argv, int start);
int v_volume(const EngineGlobal& g, int argc, char** argv, int start);
int v_network(const EngineGlobal& g, int argc, char** argv, int start);
int v_port(const EngineGlobal& g, int argc, char** argv, int start);
int v_cp(const EngineGlobal& g, int argc, char** argv, int start);
int v_export(const EngineGlobal& g, int argc, char** argv, int start);
int v_stats(const EngineGlobal& g, int argc, char** argv, int start);
int v_top(const EngineGlobal& g, int argc, char** argv, int start);
int v_update(const EngineGlobal& g, int argc, char** argv, int start);
int v_container_prune(const EngineGlobal& g, int argc, char** argv, int start);
int v_info(const EngineGlobal& g, int argc, char** argv, int start);
int v_events(const EngineGlobal& g, int argc, char** argv, int start);
// Kernel check (check_verb.cpp).
int v_check(const EngineGlobal& g, int argc, char** argv, int start);

}  // namespace ec::cli
