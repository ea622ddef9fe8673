// `edgectl network create|ls|inspect|rm|connect|disconnect|prune`.
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/function_ref.h"
#include "core/json.h"
#include "core/strutil.h"
#include "net/networks.h"
#include "rt/engine/ops.h"

namespace ec::cli {

namespace {

cJSON* network_json(const net::NetworkDef& d, const std::vector<net::Lease>& leases) {
  cJSON* o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "Name", d.name.c_str());
  cJSON_AddStringToObject(o, "Id", d.id.c_str());
  cJSON_AddStringToObject(o, "Created", d.created.c_str());
  cJSON_AddStringToObject(o, "Scope", "local");
  cJSON_AddStringToObject(o, "Driver", d.driver.c_str());
  cJSON_AddBoolToObject(o, "Internal", d.internal);
  cJSON* ipam = cJSON_AddObjectToObject(o, "IPAM");
  cJSON_AddStringToObject(ipam, "Driver", "default");
  cJSON* cfgs = cJSON_AddArrayToObject(ipam, "Config");
  cJSON* c = cJSON_CreateObject();
  cJSON_AddStringToObject(c, "Subnet", net::to_string(net::Cidr{d.subnet.network(), d.subnet.prefix}).c_str());
  cJSON_AddStringToObject(c, "Gateway", net::to_string(d.gateway).c_str());
  cJSON_AddItemToArray(cfgs, c);
  cJSON* opts = cJSON_AddObjectToObject(o, "Options");
  cJSON_AddStringToObject(opts, "com.docker.network.bridge.name", d.bridge.c_str());
  cJSON_AddStringToObject(opts, "com.docker.network.driver.mtu", std::to_string(d.mtu).c_str());
  cJSON* ctrs = cJSON_AddObjectToObject(o, "Containers");
  for (auto& l : leases) {
    cJSON* e = cJSON_AddObjectToObject(ctrs, l.container_id.c_str());
    cJSON_AddStringToObject(e, "Name", l.container_name.c_str());
    cJSON_AddStringToObject(e, "IPv4Address", net::to_string(net::Cidr{l.ip, d.subnet.prefix}).c_str());
  }
  cJSON* labels = cJSON_AddObjectToObject(o, "Labels");
  for (auto& [k, v] : d.labels) cJSON_AddStringToObject(labels, k.c_str(), v.c_str());
  return o;
}

Result<net::NetworkDef> create_def(const Args& a) {
  net::NetworkDef d;
  if (a.positional.size() != 1) return make_error("network create: want exactly one NAME");
  d.name = a.positional[0];
  std::string driver = a.get_or("driver", "bridge");
  if (driver != "bridge") return make_error("network create: driver " + driver + " is not supported (only bridge)");
  if (auto s = a.get("subnet")) {
    EC_ASSIGN(d.subnet, net::parse_cidr(*s));
  }
  if (auto gw = a.get("gateway")) {
    if (d.subnet.prefix == 0 && !a.has("subnet")) return make_error("--gateway needs --subnet");
    EC_ASSIGN(d.gateway, net::parse_ip4(*gw));
  }
  d.internal = a.flag("internal");
  for (auto& l : a.all("label")) {
    auto eq = l.find('=');
    d.labels[l.substr(0, eq)] = eq == std::string::npos ? "" : l.substr(eq + 1);
  }
  auto set_mtu = [&](const std::string& v) -> Status {
    auto n = parse_i64(v);
    if (!n || *n < 68 || *n > 65535) return make_error("mtu " + v + ": want 68 to 65535");
    d.mtu = static_cast<unsigned>(*n);
    return {};
  };
  if (auto b = a.get("bridge")) d.bridge = *b;
  for (auto& o : a.all("opt")) {
    auto eq = o.find('=');
    std::string k = o.substr(0, eq), v = eq == std::string::npos ? "" : o.substr(eq + 1);
    if (k == "com.docker.network.bridge.name") d.bridge = v;
    else if (k == "com.docker.network.driver.mtu" || k == "mtu") EC_TRY(set_mtu(v));
    else return make_error("network create: unknown option " + k);
  }
  if (auto m = a.get("mtu")) EC_TRY(set_mtu(*m));
  return d;
}

int each(const std::vector<std::string>& names, FnRef<Status(const std::string&)> fn) {
  int rc = 0;
  for (auto& n : names)
    if (auto r = fn(n); !r) {
      fail(r.error());
      rc = 1;
    }
  return rc;
}

}  // namespace

int v_network(const EngineGlobal& g, int argc, char** argv, int start) {
  if (start >= argc) return fail(make_error("network: want create, ls, inspect, rm, connect, disconnect or prune"));
  std::string sub = argv[start];
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  engine::NetEnv env = engine::net_env(*e);
  auto nets = net::Networks::open(g.cfg.root, g.cfg.run_root);
  if (!nets) return fail(nets.error());
  if (sub == "create") {
    auto a = Args::parse(argc, argv, start + 1,
                         {{"subnet", 0, true}, {"gateway", 0, true}, {"internal", 0, false}, {"label", 0, true},
                          {"driver", 'd', true}, {"opt", 'o', true}, {"bridge", 0, true}, {"mtu", 0, true}});
    if (!a) return fail(a.error());
    auto d = create_def(*a);
    if (!d) return fail(d.error());
    auto made = nets->create(*d);
    if (!made) return fail(made.error());
    out(made->id + "\n");
    return 0;
  }
  if (sub == "ls" || sub == "list") {
    auto a = Args::parse(argc, argv, start + 1, {{"quiet", 'q', false}, {"format", 0, true}});
    if (!a) return fail(a.error());
    (void)nets->get("bridge");  // the default network is listed even before its first use
    auto list = nets->list();
    if (!list) return fail(list.error());
    if (a->flag("quiet")) {
      std::string s;
      for (auto& d : *list) s += d.id.substr(0, 12) + "\n";
      out(s);
    } else if (a->get_or("format", "") == "json") {
      JsonPtr arr(cJSON_CreateArray());
      for (auto& d : *list) {
        auto ls = nets->leases(d.name);
        cJSON_AddItemToArray(arr.get(), network_json(d, ls ? *ls : std::vector<net::Lease>{}));
      }
      out(json_print(arr.get(), true) + "\n");
    } else {
      std::vector<std::vector<std::string>> t = {{"NETWORK ID", "NAME", "DRIVER", "SUBNET", "BRIDGE"}};
      for (auto& d : *list) t.push_back({d.id.substr(0, 12), d.name, d.driver, net::to_string(d.subnet), d.bridge});
      out(format_table(t));
    }
    return 0;
  }
  if (sub == "inspect") {
    auto a = Args::parse(argc, argv, start + 1, {{"format", 'f', true}}, false);
    if (!a) return fail(a.error());
    if (a->positional.empty()) return fail(make_error("network inspect: want a NETWORK"));
    JsonPtr arr(cJSON_CreateArray());
    int rc = each(a->positional, [&](const std::string& n) -> Status {
      EC_ASSIGN(net::NetworkDef d, nets->get(n));
      EC_ASSIGN(auto ls, nets->leases(d.name));
      cJSON_AddItemToArray(arr.get(), network_json(d, ls));
      return {};
    });
    out(json_print(arr.get(), true) + "\n");
    return rc;
  }
  if (sub == "rm" || sub == "remove") {
    auto a = Args::parse(argc, argv, start + 1, {{"force", 'f', false}}, false);
    if (!a) return fail(a.error());
    return each(a->positional, [&](const std::string& n) -> Status {
      EC_TRY(engine::network_remove(env, n));
      out(n + "\n");
      return {};
    });
  }
  if (sub == "connect" || sub == "disconnect") {
    auto a = Args::parse(argc, argv, start + 1, {{"force", 'f', false}}, false);
    if (!a) return fail(a.error());
    if (a->positional.size() != 2) return fail(make_error("network " + sub + ": want NETWORK CONTAINER"));
    auto id = e->ctrs.resolve(a->positional[1]);
    if (!id) return fail(id.error());
    auto r = sub == "connect" ? engine::net_connect(env, *id, a->positional[0])
                              : engine::net_disconnect(env, *id, a->positional[0]);
    if (!r) return fail(r.error());
    return 0;
  }
  if (sub == "prune") {
    auto a = Args::parse(argc, argv, start + 1, {{"force", 'f', false}}, false);
    if (!a) return fail(a.error());
    std::string s;
    for (auto& c : engine::net_reconcile(env)) s += "Cleaned " + c + "\n";
    auto list = nets->list();
    if (!list) return fail(list.error());
    s += "Deleted Networks:\n";
    for (auto& d : *list) {
      if (d.name == "bridge") continue;
      auto ls = nets->leases(d.name);
      if (!ls || !ls->empty()) continue;
      if (engine::network_remove(env, d.name)) s += d.name + "\n";
    }
    out(s);
    return 0;
  }
  return fail(make_error("unknown command \"network " + sub + "\""));
}

}  // namespace ec::cli

namespace ec::cli {

// `edgectl port CONTAINER [PRIVATE_PORT[/PROTO]]`: its published ports.
int v_port(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {}, false);
  if (!a) return fail(a.error());
  if (a->positional.empty() || a->positional.size() > 2) return fail(make_error("port: want CONTAINER [PRIVATE_PORT[/PROTO]]"));
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto id = e->ctrs.resolve(a->positional[0]);
  if (!id) return fail(id.error());
  auto st = engine::load_net_state(e->ctrs.dir(*id));
  std::string s;
  if (st)
    for (auto& p : st->ports) {
      std::string priv = std::to_string(p.container_port) + "/" + p.proto;
      if (a->positional.size() == 2 && a->positional[1] != priv && a->positional[1] != std::to_string(p.container_port)) continue;
      std::string host = (p.host_ip.empty() ? "0.0.0.0" : p.host_ip) + ":" + std::to_string(p.host_port);
      s += a->positional.size() == 2 ? host + "\n" : priv + " -> " + host + "\n";
    }
  if (s.empty() && a->positional.size() == 2)
    return fail(make_error("no public port '" + a->positional[1] + "' published for " + a->positional[0], ENOENT));
  out(s);
  return 0;
}

}  // namespace ec::cli
