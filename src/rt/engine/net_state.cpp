// net.json, the NAT backend choice, config.json's netns path and the
// /etc/hosts of network members.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <set>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "rt/engine/net_internal.h"

namespace ec::engine {

namespace jf = img::jf;

std::string veth_name(std::string_view id, unsigned n) {
  return strf("ve%.9s%02x", std::string(id.substr(0, 9)).c_str(), n & 0xff);
}

bool veth_of(std::string_view ifname, std::string_view id) {
  std::string p;
  return is_our_veth(ifname, &p) && p == id.substr(0, 9);
}

bool is_our_veth(std::string_view n, std::string* id_prefix) {
  if (n.size() != 13 || n.substr(0, 2) != "ve") return false;
  for (char c : n.substr(2))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  if (id_prefix) *id_prefix = std::string(n.substr(2, 9));
  return true;
}

Status save_net_state(const std::string& dir, const NetState& st) {
  JsonPtr j(cJSON_CreateObject());
  cJSON* o = j.get();
  jf::add_str(o, "netns", st.netns);
  jf::add_str(o, "backend", st.backend);
  jf::add_str(o, "cni", st.cni);
  jf::add_str(o, "cni_ports", st.cni_ports);
  jf::add_int(o, "proxy_pid", st.proxy_pid);
  jf::add_int(o, "proxy_start", static_cast<int64_t>(st.proxy_start));
  cJSON* eps = cJSON_AddArrayToObject(o, "endpoints");
  for (auto& e : st.endpoints) {
    cJSON* x = cJSON_CreateObject();
    jf::add_str(x, "network", e.network);
    jf::add_str(x, "ifname", e.ifname);
    jf::add_str(x, "veth", e.veth);
    jf::add_str(x, "bridge", e.bridge);
    jf::add_str(x, "address", e.address);
    jf::add_str(x, "gateway", e.gateway);
    cJSON_AddItemToArray(eps, x);
  }
  cJSON* ps = cJSON_AddArrayToObject(o, "ports");
  for (auto& p : st.ports) {
    cJSON* x = cJSON_CreateObject();
    jf::add_str(x, "host_ip", p.host_ip);
    jf::add_int(x, "host_port", p.host_port);
    jf::add_int(x, "container_port", p.container_port);
    jf::add_str(x, "proto", p.proto);
    cJSON_AddItemToArray(ps, x);
  }
  // A power cut takes the namespace, veths and rules with it: no fsync.
  return write_file_atomic(dir + "/net.json", json_print(o, true), 0600, Sync::Volatile);
}

Result<NetState> load_net_state(const std::string& dir) {
  EC_ASSIGN(std::string text, read_file(dir + "/net.json"));
  EC_ASSIGN(JsonPtr j, json_parse(text, dir + "/net.json"));
  const cJSON* o = j.get();
  std::string w = dir + "/net.json";
  NetState st;
  EC_ASSIGN(st.netns, jf::str(o, "netns", w));
  EC_ASSIGN(st.backend, jf::str(o, "backend", w));
  EC_ASSIGN(st.cni, jf::str(o, "cni", w));
  EC_ASSIGN(st.cni_ports, jf::str(o, "cni_ports", w));
  EC_ASSIGN(int64_t pid, jf::count(o, "proxy_pid", w));
  EC_ASSIGN(int64_t start, jf::count(o, "proxy_start", w));
  st.proxy_pid = static_cast<pid_t>(pid);
  st.proxy_start = static_cast<unsigned long long>(start);
  const cJSON* eps = jf::member(o, "endpoints");
  for (const cJSON* x = eps ? eps->child : nullptr; x; x = x->next) {
    Endpoint e;
    EC_ASSIGN(e.network, jf::str(x, "network", w));
    EC_ASSIGN(e.ifname, jf::str(x, "ifname", w));
    EC_ASSIGN(e.veth, jf::str(x, "veth", w));
    EC_ASSIGN(e.bridge, jf::str(x, "bridge", w));
    EC_ASSIGN(e.address, jf::str(x, "address", w));
    EC_ASSIGN(e.gateway, jf::str(x, "gateway", w));
    st.endpoints.push_back(std::move(e));
  }
  const cJSON* ps = jf::member(o, "ports");
  for (const cJSON* x = ps ? ps->child : nullptr; x; x = x->next) {
    net::PortMap p;
    EC_ASSIGN(p.host_ip, jf::str(x, "host_ip", w));
    EC_ASSIGN(int64_t hp, jf::count(x, "host_port", w));
    EC_ASSIGN(int64_t cp, jf::count(x, "container_port", w));
    EC_ASSIGN(p.proto, jf::str(x, "proto", w));
    p.host_port = static_cast<uint16_t>(hp);
    p.container_port = static_cast<uint16_t>(cp);
    st.ports.push_back(std::move(p));
  }
  return st;
}

Result<net::NatBackend> backend_from_name(std::string_view name) {
  for (auto b : {net::NatBackend::Nftables, net::NatBackend::Iptables, net::NatBackend::Userspace})
    if (net::backend_name(b) == name) return b;
  return make_error("unknown NAT backend \"" + std::string(name) + "\"");
}

Result<net::NatBackend> nat_backend(const NetEnv& env) {
  std::string configured = env.cfg->nat_backend.empty() ? "auto" : env.cfg->nat_backend;
  std::string cache = env.run_root + "/nat-backend";
  if (auto t = read_file(cache)) {
    auto parts = split(trim(*t), ' ', true);
    if (parts.size() == 2 && parts[0] == configured)
      if (auto b = backend_from_name(parts[1])) return *b;
  }
  auto b = net::pick_backend(configured);
  if (!b) return std::move(b).error().context("nat-backend " + configured);
  (void)mkdir_p(env.run_root, 0700);
  (void)write_file_atomic(cache, configured + " " + std::string(net::backend_name(*b)) + "\n", 0600, Sync::Volatile);
  return *b;
}

Status set_config_netns(const std::string& dir, const std::string& path) {
  std::string file = dir + "/config.json";
  EC_ASSIGN(std::string text, read_file(file));
  EC_ASSIGN(JsonPtr j, json_parse(text, file));
  cJSON* lx = cJSON_GetObjectItemCaseSensitive(j.get(), "linux");
  cJSON* nss = lx ? cJSON_GetObjectItemCaseSensitive(lx, "namespaces") : nullptr;
  cJSON* e = nullptr;
  cJSON_ArrayForEach(e, nss) {
    cJSON* t = cJSON_GetObjectItemCaseSensitive(e, "type");
    if (!cJSON_IsString(t) || std::string_view(t->valuestring) != "network") continue;
    cJSON_DeleteItemFromObjectCaseSensitive(e, "path");
    cJSON_AddStringToObject(e, "path", path.c_str());
    return write_file_atomic(file, json_print(j.get(), true), 0600, Sync::Volatile);
  }
  return make_error(file + ": no network namespace to join");
}

Status rewrite_in_place(const std::string& path, std::string_view data) {
  Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) return sys_error("open " + path);
  // Peers refresh each other's files concurrently: one writer at a time.
  if (::flock(fd.get(), LOCK_EX) < 0) return sys_error("lock " + path);
  if (::ftruncate(fd.get(), 0) < 0) return sys_error("truncate " + path);
  return write_all(fd.get(), data);
}

namespace {

// hosts.base plus this container's names on each network and its peers'.
void write_hosts(const NetEnv& env, net::Networks& nets, const std::string& id) {
  std::string dir = env.ctrs->dir(id);
  auto base = read_file(dir + "/hosts.base");
  auto st = load_net_state(dir);
  auto rec = env.ctrs->record(id);
  if (!base || !st || !rec) return;
  std::string out = *base;
  std::set<std::string> seen;
  auto line = [&](const std::string& ip, const std::string& names) {
    if (seen.insert(ip + " " + names).second) out += ip + "\t" + names + "\n";
  };
  std::string own = rec->hostname;
  if (rec->name != rec->hostname) own += " " + rec->name;
  for (auto& e : st->endpoints) line(e.address.substr(0, e.address.find('/')), own);
  for (auto& e : st->endpoints) {
    auto ls = nets.leases(e.network);
    if (!ls) continue;
    for (auto& l : *ls)
      if (l.container_id != id && !l.container_name.empty()) line(net::to_string(l.ip), l.container_name);
  }
  (void)rewrite_in_place(dir + "/hosts", out);
}

}  // namespace

void refresh_hosts(const NetEnv& env, net::Networks& nets, const std::vector<std::string>& networks) {
  std::set<std::string> ids;
  for (auto& n : networks)
    if (auto ls = nets.leases(n))
      for (auto& l : *ls) ids.insert(l.container_id);
  for (auto& id : ids) write_hosts(env, nets, id);
}

}  // namespace ec::engine
