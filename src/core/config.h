// Engine configuration: /etc/edgectl/config.json (or --config FILE), in the
// spirit of docker's daemon.json. Every key is optional; unknown keys are
// an error naming them (a typo must not silently change behaviour).
//
//   {
//     "root": "/var/lib/edgectl",            image/layer store and containers
//     "run-root": "/run/edgectl",            volatile state (shims, runtime state)
//     "insecure-registries": ["127.0.0.1:5000"],   plain HTTP / unverified TLS
//     "registry-mirrors": ["https://mirror.example:5000"],   tried first for docker.io
//     "certs-dir": "/etc/edgectl/certs.d",   <certs-dir>/<host:port>/ca.crt
//     "auth-file": "<root>/auth.json",       login credentials (0600)
//     "keep-compressed-blobs": false,        keep layer .tar.gz after unpack
//     "max-concurrent-downloads": 3,
//     "max-layer-size": "8g",  "max-gzip-ratio": 512,   gzip-bomb limits
//     "default-runtime": "builtin",
//     "runtimes": {"runc": {"path": "/usr/bin/runc", "args": []}},
//     "nat-backend": "auto",                 auto | nftables | iptables | userspace
//     "default-network": "bridge",           what `run` uses without --network
//     "cni-conf-dirs": ["/etc/cni/net.d"],
//     "cni-bin-dirs": ["/usr/lib/cni", "/opt/cni/bin"]
//   }
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"

namespace ec {

struct RuntimeEntry {
  std::string path;
  std::vector<std::string> args;
};

struct EngineConfig {
  std::string root = "/var/lib/edgectl";
  std::string run_root = "/run/edgectl";
  std::vector<std::string> insecure_registries;
  std::vector<std::string> registry_mirrors;
  std::string certs_dir = "/etc/edgectl/certs.d";
  std::string auth_file;  // empty: <root>/auth.json
  bool keep_compressed_blobs = false;
  int max_concurrent_downloads = 3;
  uint64_t max_layer_size = 8ULL << 30;
  unsigned max_gzip_ratio = 512;
  std::string default_runtime = "builtin";
  std::map<std::string, RuntimeEntry> runtimes;
  std::string nat_backend = "auto";
  std::string default_network = "bridge";
  std::vector<std::string> cni_conf_dirs{"/etc/cni/net.d"};
  std::vector<std::string> cni_bin_dirs{"/usr/lib/cni", "/opt/cni/bin"};

  std::string auth_path() const { return auth_file.empty() ? root + "/auth.json" : auth_file; }
  // "host:port" listed in insecure-registries (also matches "host" entries for any port).
  bool is_insecure(const std::string& host) const;
};

// Parse a config document; `what` names it in errors.
Result<EngineConfig> parse_engine_config(std::string_view text, std::string_view what);
// Load `path`; a missing file gives the defaults unless `required`.
Result<EngineConfig> load_engine_config(const std::string& path, bool required);

// "512m", "8g", "1024" -> bytes.
Result<uint64_t> parse_byte_size(std::string_view s);

}  // namespace ec
