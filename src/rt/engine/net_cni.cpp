// --network cni:<name>: the CNI plugins set up the container's namespace.
#include "core/fs.h"
#include "core/strutil.h"
#include "net/cni.h"
#include "net/netns.h"
#include "rt/engine/net_internal.h"

namespace ec::engine {

namespace {

net::CniPaths cni_paths(const NetEnv& env) {
  net::CniPaths p;
  p.conf_dirs = env.cfg->cni_conf_dirs;
  p.bin_dirs = env.cfg->cni_bin_dirs;
  p.cache_dir = env.root + "/cni-cache";
  return p;
}

// The published ports as CNI's portMappings capability argument.
Result<std::string> port_mappings(const std::vector<std::string>& publish) {
  if (publish.empty()) return std::string();
  std::string out = "[";
  for (auto& spec : publish) {
    EC_ASSIGN(auto ports, net::parse_publish(spec));
    EC_TRY(net::assign_ports(ports));
    for (auto& p : ports) {
      if (out.size() > 1) out += ",";
      out += strf("{\"hostPort\":%u,\"containerPort\":%u,\"protocol\":\"%s\"", p.host_port, p.container_port, p.proto.c_str());
      if (!p.host_ip.empty()) out += ",\"hostIP\":\"" + p.host_ip + "\"";
      out += "}";
    }
  }
  return out + "]";
}

net::CniRuntime cni_runtime(const NetEnv& env, const std::string& id) {
  net::CniRuntime rt;
  rt.container_id = id;
  rt.netns_path = netns_file(env.run_root, id);
  return rt;
}

}  // namespace

Status cni_check_config(const NetEnv& env, const std::string& name) {
  auto n = net::cni_load(name, cni_paths(env));
  if (!n) return std::move(n).error();
  return {};
}

Result<NetState> cni_up(const NetEnv& env, const std::string& name, const ContainerRecord& rec) {
  net::CniPaths paths = cni_paths(env);
  EC_ASSIGN(net::CniNetwork n, net::cni_load(name, paths));
  EC_TRY(mkdir_p(paths.cache_dir, 0700));
  NetState st;
  st.netns = netns_file(env.run_root, rec.id);
  st.cni = name;
  EC_TRY(mkdir_p(env.run_root + "/netns", 0755));
  (void)net::netns_remove(st.netns);
  EC_TRY(net::netns_create(st.netns));
  net::CniRuntime rt = cni_runtime(env, rec.id);
  EC_ASSIGN(rt.port_mappings_json, port_mappings(rec.publish));
  st.cni_ports = rt.port_mappings_json;
  EC_TRY(save_net_state(env.ctrs->dir(rec.id), st));
  EC_ASSIGN(net::CniResult res, net::cni_add(n, rt, paths));
  for (auto& ip : res.ips) {
    Endpoint e;
    e.network = "cni:" + name;
    e.ifname = rt.ifname;
    e.address = ip.address;
    e.gateway = ip.gateway;
    st.endpoints.push_back(std::move(e));
  }
  EC_TRY(save_net_state(env.ctrs->dir(rec.id), st));
  return st;
}

Status cni_down(const NetEnv& env, const NetState& st, const std::string& id) {
  net::CniPaths paths = cni_paths(env);
  EC_ASSIGN(net::CniNetwork n, net::cni_load(st.cni, paths));
  net::CniRuntime rt = cni_runtime(env, id);
  rt.port_mappings_json = st.cni_ports;
  return net::cni_del(n, rt, paths);
}

}  // namespace ec::engine
