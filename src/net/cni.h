// CNI (container network interface) by the spec, version 0.3.0 .. 1.0.0:
// network configs from conf dirs (.conflist, .conf, .json), plugins found in
// bin dirs and run with the CNI_* environment, conflist chaining with
// prevResult, DEL in reverse order with the cached result, CHECK.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"

namespace ec::net {

struct CniNetwork {
  std::string name, cni_version;
  std::vector<std::string> plugin_confs;  // each plugin's config JSON (with name and cniVersion added)
  std::string source;                     // the file it came from
  bool disable_check = false;             // the list's "disableCheck": CHECK succeeds without running plugins
};

struct CniIp {
  std::string address;  // "10.22.0.5/16"
  std::string gateway;  // may be ""
};
struct CniResult {
  std::vector<CniIp> ips;
  std::vector<std::string> dns_servers, dns_search;
  std::string json;  // the final result as the last plugin printed it
};

struct CniRuntime {
  std::string container_id, netns_path, ifname = "eth0";
  std::vector<std::string> args;  // CNI_ARGS entries "K=V"
  std::string port_mappings_json; // capability arg "portMappings" (a JSON array), "" = none
  int timeout_s = 60;             // per plugin run; then its process group is killed
};

struct CniPaths {
  std::vector<std::string> conf_dirs{"/etc/cni/net.d"};
  std::vector<std::string> bin_dirs{"/usr/lib/cni", "/opt/cni/bin"};
  std::string cache_dir;  // results kept for DEL/CHECK: <cache_dir>/<network>-<container id>.json
};

// The network called `name` in the conf dirs (first file in lexical order that defines it).
Result<CniNetwork> cni_load(const std::string& name, const CniPaths& p);
Result<CniResult> cni_add(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p);
// DEL runs even without a cached result (plugins must tolerate it); errors of
// later plugins don't stop earlier ones from running; the first is returned.
Status cni_del(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p);
Status cni_check(const CniNetwork& n, const CniRuntime& rt, const CniPaths& p);

}  // namespace ec::net
