// The OCI config.json of an engine container: docker's defaults (mounts,
// masked paths, device rules, capabilities, seccomp) merged with the image
// config and the run flags.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "img/image_config.h"
#include "rt/engine/container.h"
#include "rt/engine/etc_files.h"
#include "rt/engine/run_options.h"

namespace ec::engine {

struct SpecInput {
  const RunOptions* opts = nullptr;
  const img::ImageConfig* image = nullptr;
  const ContainerRecord* rec = nullptr;  // id, hostname, args, mounts (volumes resolved to host paths below)
  ResolvedUser user;
  std::string dir;           // the container dir (bundle): hostname/hosts/resolv.conf live there
  std::string init_binary;   // host path of edgectl, for --init
  std::string netns_path;    // the network namespace to join ("" = a new one)
  // Host paths of the record's volume mounts, in the order of rec->mounts
  // ("" for non-volume entries).
  std::vector<std::string> volume_paths;
  // The kernel filters syscalls (rt::kcheck::seccomp_filter_probe). Without,
  // the default profile is left out, as docker does; an explicit one is an error.
  bool kernel_seccomp = true;
};

// Docker's process.env merge: defaults (PATH, HOSTNAME, TERM for a tty),
// then the image's, the env files', the -e values; later ones win per key.
// "-e NAME" without '=' takes the host's value (dropped when unset).
Result<std::vector<std::string>> merge_env(const RunOptions& o, const img::ImageConfig& image,
                                           const std::string& hostname);
// The command: --entrypoint (or the image's) + the args after the image
// (or the image's Cmd unless --entrypoint was given). Empty: an error.
Result<std::vector<std::string>> container_args(const RunOptions& o, const img::ImageConfig& image);
// The capability mask after --privileged/--cap-add/--cap-drop.
Result<uint64_t> capability_mask(const RunOptions& o);

Result<std::string> build_oci_config(const SpecInput& in);

}  // namespace ec::engine
