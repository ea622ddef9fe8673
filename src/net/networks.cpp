// Network definitions: names, ids, subnets and bridges, one JSON file each.
#include "net/networks.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <ctime>

#include "core/fs.h"
#include "core/json.h"
#include "core/random.h"
#include "core/rfc3339.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "img/store.h"
#include "net/networks_internal.h"

namespace ec::net {

namespace jf = img::jf;

namespace detail {

namespace {

constexpr size_t kMaxName = 64;
constexpr size_t kMaxIfname = 15;  // IFNAMSIZ - 1
constexpr const char* kDefaultNetwork = "bridge";
constexpr const char* kDefaultBridge = "edgectl0";

bool valid_name_chars(std::string_view n) {
  if (n.empty() || n.size() > kMaxName) return false;
  for (size_t i = 0; i < n.size(); i++) {
    char c = n[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '_' && c != '.' && c != '-'))) return false;
  }
  return true;
}

bool is_lower_hex(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return !s.empty();
}

std::string random_id() { return random_hex(32); }

// The kernel's rule for interface names (dev_valid_name).
Status check_ifname(std::string_view b) {
  if (b.empty() || b.size() > kMaxIfname)
    return make_error(strf("invalid bridge name \"%.*s\": 1 to 15 characters", (int)b.size(), b.data()));
  if (b == "." || b == "..") return make_error("invalid bridge name \"" + std::string(b) + "\"");
  for (char c : b)
    if (c == '/' || c == ':' || c <= ' ' || c == 0x7f)
      return make_error("invalid bridge name \"" + std::string(b) + "\": no '/', ':' or blanks");
  return {};
}

std::string def_to_json(const NetworkDef& d) {
  JsonPtr o(cJSON_CreateObject());
  jf::add_str(o.get(), "name", d.name);
  jf::add_str(o.get(), "id", d.id);
  jf::add_str(o.get(), "driver", d.driver);
  jf::add_str(o.get(), "bridge", d.bridge);
  jf::add_str(o.get(), "subnet", to_string(d.subnet));
  jf::add_str(o.get(), "gateway", to_string(d.gateway));
  cJSON_AddBoolToObject(o.get(), "internal", d.internal);
  jf::add_int(o.get(), "mtu", d.mtu);
  jf::add_str_map(o.get(), "labels", jf::Pairs(d.labels.begin(), d.labels.end()));
  jf::add_str(o.get(), "created", d.created);
  return json_print(o.get(), true) + "\n";
}

Result<NetworkDef> def_from_json(std::string_view text, const std::string& path) {
  std::string where = "network file " + path;
  EC_ASSIGN(JsonPtr doc, json_parse(text, where));
  const cJSON* o = doc.get();
  if (!cJSON_IsObject(o)) return make_error(where + ": want an object");
  NetworkDef d;
  EC_ASSIGN(d.name, jf::str(o, "name", where, true));
  EC_ASSIGN(d.id, jf::str(o, "id", where, true));
  if (d.id.size() != 64 || !is_lower_hex(d.id)) return make_error(jf::field(where, "id") + ": want 64 hex digits");
  EC_ASSIGN(d.driver, jf::str(o, "driver", where));
  if (d.driver.empty()) d.driver = "bridge";
  EC_ASSIGN(d.bridge, jf::str(o, "bridge", where, true));
  EC_ASSIGN(std::string subnet, jf::str(o, "subnet", where, true));
  auto c = parse_cidr(subnet);
  if (!c) return std::move(c).error().context(jf::field(where, "subnet"));
  d.subnet = *c;
  EC_ASSIGN(std::string gw, jf::str(o, "gateway", where, true));
  auto g = parse_ip4(gw);
  if (!g) return std::move(g).error().context(jf::field(where, "gateway"));
  d.gateway = *g;
  const cJSON* internal = jf::member(o, "internal");
  if (internal && !cJSON_IsNull(internal) && !cJSON_IsBool(internal))
    return make_error(jf::field(where, "internal") + ": want a boolean");
  d.internal = internal && cJSON_IsTrue(internal);
  EC_ASSIGN(int64_t mtu, jf::count(o, "mtu", where));
  d.mtu = mtu ? static_cast<unsigned>(mtu) : 1500;
  EC_ASSIGN(jf::Pairs labels, jf::str_map(o, "labels", where));
  d.labels = std::map<std::string, std::string>(labels.begin(), labels.end());
  EC_ASSIGN(d.created, jf::str(o, "created", where));
  return d;
}

Status sync_dir(const std::string& dir) {
  Fd d(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!d || ::fsync(d.get()) < 0) return sys_error("fsync " + dir);
  return {};
}

Status unlink_if_exists(const std::string& path) {
  if (::unlink(path.c_str()) < 0 && errno != ENOENT) return sys_error("remove " + path);
  return {};
}

// The definition checked and completed against the other networks; the
// store lock is held.
Result<NetworkDef> create_locked(const StoreDir& s, NetworkDef d, const std::vector<Cidr>& routes) {
  EC_TRY(check_network_name(d.name));
  const std::string what = "network " + d.name;
  if (d.driver.empty()) d.driver = "bridge";
  if (d.driver != "bridge")
    return make_error(what + ": driver \"" + d.driver + "\" is not supported (only bridge)", ENOTSUP);
  if (d.mtu == 0) d.mtu = 1500;
  if (d.mtu < 68 || d.mtu > 65535) return make_error(strf("%s: invalid MTU %u (68 to 65535)", what.c_str(), d.mtu));
  EC_ASSIGN(auto all, load_all(s));
  for (auto& o : all)
    if (o.name == d.name) return make_error("network with name " + d.name + " already exists", EEXIST);

  // Not given: prefix 0, or the untouched default Cidr{} (0.0.0.0/32).
  if (d.subnet.prefix == 0 || d.subnet == Cidr{}) {
    auto c = pick_subnet(all, routes);
    if (!c) return std::move(c).error().context(what);
    d.subnet = *c;
  } else {
    if (d.subnet.prefix < 8 || d.subnet.prefix > 30)
      return make_error(what + ": invalid subnet " + to_string(d.subnet) + ": prefix length must be 8 to 30");
    d.subnet.ip = d.subnet.network();  // host bits given are dropped, as docker does
    for (auto& o : all)
      if (o.subnet.overlaps(d.subnet))
        return make_error(what + ": subnet " + to_string(d.subnet) + " overlaps network " + o.name + " (" +
                              to_string(o.subnet) + ")",
                          EEXIST);
  }
  const Ip4 net = d.subnet.network(), bcast = d.subnet.broadcast();
  if (d.gateway.v == 0) {
    d.gateway = Ip4{net.v + 1};
  } else if (!d.subnet.contains(d.gateway) || d.gateway == net || d.gateway == bcast) {
    return make_error(what + ": gateway " + to_string(d.gateway) + " is not a host address of subnet " +
                      to_string(d.subnet));
  }

  do {
    d.id = random_id();
  } while (std::any_of(all.begin(), all.end(), [&](auto& o) { return o.id.compare(0, 12, d.id, 0, 12) == 0; }));
  if (d.bridge.empty()) d.bridge = d.name == kDefaultNetwork ? kDefaultBridge : "ec-" + d.id.substr(0, 12);
  if (auto r = check_ifname(d.bridge); !r) return std::move(r).error().context(what);
  if (d.bridge == kDefaultBridge && d.name != kDefaultNetwork)
    return make_error(what + ": bridge name " + d.bridge + " is reserved for the network bridge", EEXIST);
  for (auto& o : all)
    if (o.bridge == d.bridge)
      return make_error(what + ": bridge name " + d.bridge + " is in use by network " + o.name, EEXIST);
  if (d.created.empty()) d.created = now_rfc3339();

  // Leases left by a crash half-way through a remove must not come back.
  EC_TRY(unlink_if_exists(s.leases_path(d.name)));
  EC_TRY(write_file_atomic(s.def_path(d.name), def_to_json(d), 0644));
  return d;
}

}  // namespace

std::vector<Cidr> parse_proc_routes(std::string_view text) {
  std::vector<Cidr> out;
  auto lines = split(text, '\n', true);
  for (size_t i = 1; i < lines.size(); i++) {  // line 0 is the header
    auto f = split(lines[i], '\t', true);
    if (f.size() < 8) f = split(lines[i], ' ', true);
    if (f.size() < 8) continue;
    char* end = nullptr;
    unsigned long dst = std::strtoul(f[1].c_str(), &end, 16);
    if (f[1].empty() || *end) continue;
    unsigned long mask = std::strtoul(f[7].c_str(), &end, 16);
    if (f[7].empty() || *end) continue;
    // The kernel prints the network-order words as host integers.
    uint32_t m = ntohl(static_cast<uint32_t>(mask));
    if (m == 0) continue;  // the default route
    int prefix = 0;
    while (prefix < 32 && (m & (0x80000000u >> prefix))) prefix++;
    out.push_back(Cidr{Ip4{ntohl(static_cast<uint32_t>(dst))}, prefix});
  }
  return out;
}

Result<std::vector<Cidr>> host_routes() {
  auto t = read_file("/proc/net/route");
  if (!t) {
    if (t.error().code == ENOENT) return std::vector<Cidr>{};
    return std::move(t).error();
  }
  return parse_proc_routes(*t);
}

Result<Cidr> pick_subnet(const std::vector<NetworkDef>& taken, const std::vector<Cidr>& routes) {
  for (uint32_t base : {0xac1e0000u /* 172.30.0.0 */, 0x0a590000u /* 10.89.0.0 */}) {
    for (uint32_t i = 0; i < 256; i++) {
      Cidr c{Ip4{base | (i << 8)}, 24};
      bool used = std::any_of(taken.begin(), taken.end(), [&](auto& n) { return n.subnet.overlaps(c); }) ||
                  std::any_of(routes.begin(), routes.end(), [&](auto& r) { return r.overlaps(c); });
      if (!used) return c;
    }
  }
  return make_error("no free subnet left in 172.30.0.0/16 and 10.89.0.0/16: give one explicitly", ENOSPC);
}

Status check_network_name(std::string_view name) {
  std::string n(name);
  if (n == "host" || n == "none" || starts_with(n, "container:") || starts_with(n, "cni:"))
    return make_error("network name \"" + n + "\" is reserved");
  if (!valid_name_chars(n))
    return make_error("invalid network name \"" + n +
                      "\": want [a-zA-Z0-9][a-zA-Z0-9_.-]*, at most 64 characters");
  return {};
}

Result<NetworkDef> load_def(const StoreDir& s, const std::string& name) {
  std::string path = s.def_path(name);
  auto t = read_file(path);
  if (!t) {
    if (t.error().code == ENOENT) return make_error("network " + name + " not found", ENOENT);
    return std::move(t).error();
  }
  EC_ASSIGN(NetworkDef d, def_from_json(*t, path));
  if (d.name != name) return make_error("network file " + path + ": holds the network \"" + d.name + "\"");
  return d;
}

Result<std::vector<NetworkDef>> load_all(const StoreDir& s) {
  std::vector<NetworkDef> out;
  auto names = list_dir(s.dir);
  if (!names) {
    if (names.error().code == ENOENT) return out;
    return std::move(names).error();
  }
  ec::sort(*names);
  for (auto& f : *names) {
    // Only "<name>.json": skips leases, the lock and write_file_atomic's temp files.
    if (!ends_with(f, ".json")) continue;
    std::string name = f.substr(0, f.size() - 5);
    if (!valid_name_chars(name)) continue;
    auto d = load_def(s, name);
    if (!d) {
      if (d.error().code == ENOENT) continue;  // removed meanwhile
      return std::move(d).error();
    }
    out.push_back(std::move(*d));
  }
  return out;
}

Result<NetworkDef> resolve(const StoreDir& s, const std::string& q) {
  if (q.empty()) return make_error("network name or id is empty");
  if (valid_name_chars(q)) {
    auto d = load_def(s, q);
    if (d || d.error().code != ENOENT) return d;
  }
  if (q.size() <= 64 && is_lower_hex(q)) {
    EC_ASSIGN(auto all, load_all(s));
    std::vector<NetworkDef*> hits;
    for (auto& d : all)
      if (starts_with(d.id, q)) hits.push_back(&d);
    if (hits.size() == 1) return std::move(*hits[0]);
    if (hits.size() > 1) {
      std::vector<std::string> names;
      for (auto* h : hits) names.push_back(h->name);
      return make_error("network id prefix " + q + " is ambiguous: it matches " + join(names, ", "));
    }
  }
  return make_error("network " + q + " not found", ENOENT);
}

Result<NetworkDef> create_network(const StoreDir& s, NetworkDef d, const std::vector<Cidr>& routes) {
  EC_TRY(check_network_name(d.name));  // before the lock: a clear message for a bad name
  EC_ASSIGN(FileLock lk, FileLock::acquire(s.lock_path()));
  return create_locked(s, std::move(d), routes);
}

Result<NetworkDef> resolve_or_create_locked(const StoreDir& s, const std::string& q) {
  auto d = resolve(s, q);
  if (d || d.error().code != ENOENT || q != kDefaultNetwork) return d;
  EC_ASSIGN(auto routes, host_routes());
  NetworkDef def;
  def.name = kDefaultNetwork;
  return create_locked(s, std::move(def), routes);
}

}  // namespace detail

Result<Networks> Networks::open(const std::string& root, const std::string& run_root) {
  std::string dir = root + "/networks";
  EC_TRYC(mkdir_p(dir, 0700), "network store");
  std::string leases = run_root.empty() ? "" : run_root + "/networks";
  if (!leases.empty()) EC_TRYC(mkdir_p(leases, 0700), "network leases");
  return Networks(dir, leases);
}

Result<NetworkDef> Networks::create(NetworkDef d) {
  EC_ASSIGN(auto routes, detail::host_routes());
  return detail::create_network({dir_, lease_dir_}, std::move(d), routes);
}

Result<NetworkDef> Networks::get(const std::string& name_or_id) {
  detail::StoreDir s{dir_, lease_dir_};
  auto d = detail::resolve(s, name_or_id);
  if (d || d.error().code != ENOENT || name_or_id != detail::kDefaultNetwork) return d;
  // First use of the default network: racing processes agree under the lock.
  EC_ASSIGN(FileLock lk, FileLock::acquire(s.lock_path()));
  return detail::resolve_or_create_locked(s, name_or_id);
}

Result<std::vector<NetworkDef>> Networks::list() {
  // The default network is always listed, as docker's is.
  EC_TRY(get(detail::kDefaultNetwork));
  return detail::load_all({dir_});
}

Status Networks::remove(const std::string& name_or_id) {
  detail::StoreDir s{dir_, lease_dir_};
  auto refuse = [] {
    return make_error("network bridge is the default network and can't be removed", EPERM);
  };
  if (name_or_id == detail::kDefaultNetwork) return refuse();
  EC_ASSIGN(FileLock lk, FileLock::acquire(s.lock_path()));
  EC_ASSIGN(NetworkDef d, detail::resolve(s, name_or_id));
  if (d.name == detail::kDefaultNetwork) return refuse();
  EC_ASSIGN(auto leases, detail::load_leases(s, d.name));
  if (!leases.empty()) {
    std::vector<std::string> who;
    for (auto& l : leases) who.push_back(l.container_name.empty() ? l.container_id.substr(0, 12) : l.container_name);
    return make_error("network " + d.name + " has active endpoints: " + join(who, ", "), EBUSY);
  }
  // Leases first: a crash in between leaves a network without leases, never
  // leases without their network.
  EC_TRY(detail::unlink_if_exists(s.leases_path(d.name)));
  EC_TRY(detail::unlink_if_exists(s.def_path(d.name)));
  return detail::sync_dir(dir_);
}

}  // namespace ec::net
